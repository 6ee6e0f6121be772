temp = 체온 { NUMBER($t, minimumFractionDigit: 1) } ℃
