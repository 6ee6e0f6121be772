nationality = Nationality
temp = { $t } °C
