nationality = 국적
temp = { $t } ℃
