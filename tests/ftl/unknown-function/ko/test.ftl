temp = 체온 { NUMBR($t) } ℃
