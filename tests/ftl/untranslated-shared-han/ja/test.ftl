nationality = 国籍
temp = { $t } ℃
