# Comments, terms, attributes, selects and functions that are all fine.

-brand = 高知
about = 关于{ -brand }
    .title = { about }
button = 确定
    .title = 点击{ button }
period = { DATETIME($start, dateStyle: "long") }至{ DATETIME($end, dateStyle: "long") }（共 { $days } 天）
temp = 体温 ≥ { NUMBER($t, minimumFractionDigits: 1) } ℃
pronoun = { $sex ->
    [male] 他
    [female] 她
   *[other] 其
}
multi =
    第一行
    第二行
