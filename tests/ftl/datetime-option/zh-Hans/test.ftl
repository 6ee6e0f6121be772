a = { DATETIME($start, timeStyle: "short") }
b = { DATETIME($start, fields: "YMDT") }
c = { DATETIME($start, dateStyle: "long", fields: "MD") }
d = { DATETIME($start, fields: "MD", length: "short") } { DATETIME($end, dateStyle: "full") }
