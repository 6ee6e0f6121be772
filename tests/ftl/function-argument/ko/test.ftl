from = { NUMBER($start) }부터
length = 총 { DATETIME($days) }일
who = 성명: { DATETIME($name, dateStyle: "long") }
