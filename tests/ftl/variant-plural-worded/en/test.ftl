length = { $days ->
    [one] one day
   *[other] { $days } days
}
