-brand = Gaozhi
about = About { -brand }
    .title = { about }
button = OK
    .title = Click { button }
period = { DATETIME($start, dateStyle: "long") } to { DATETIME($end, dateStyle: "long") } ({ $days ->
    [one] one day
   *[other] { $days } days
})
temp = Temperature ≥ { NUMBER($t, minimumFractionDigits: 1) } °C
pronoun = { $sex ->
    [male] he
    [female] she
   *[other] they
}
multi =
    First line
    second line
