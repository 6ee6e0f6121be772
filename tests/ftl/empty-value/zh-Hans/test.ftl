a = 甲
b = 乙
c = 丙
d = 丁
e = { $setting ->
    [site] 观察点
   *[home] 家
}
