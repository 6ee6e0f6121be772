days = { $n ->
    [0] 오늘
    [0] 당일
   *[other] { $n }일
}
