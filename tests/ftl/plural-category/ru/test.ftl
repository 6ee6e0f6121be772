days = { $n ->
    [one] { $n } день
    [two] { $n } дня
    [few] { $n } дня
    [many] { $n } дней
   *[other] { $n } дня
}
