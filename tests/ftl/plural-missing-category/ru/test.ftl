days = { NUMBER($n) ->
    [one] { $n } день
    [few] { $n } дня
   *[other] { $n } дня
}
