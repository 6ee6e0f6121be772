days = { $n ->
    [0] 오늘
    [other] { $n }일
}
