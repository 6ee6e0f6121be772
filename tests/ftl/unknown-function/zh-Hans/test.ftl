temp = 体温 { NUMBER($t) } ℃
