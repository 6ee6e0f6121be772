-site = 第 { $n } 观察点
ok = 请前往{ -site(n: 3) }。
bad = 请前往{ -site }。
