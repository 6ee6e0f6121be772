temp = 体温 { NUMBER($t, minimumFractionDigits: 1) } ℃
