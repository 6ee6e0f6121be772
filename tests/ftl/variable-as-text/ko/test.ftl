length = 총 ｛ $days ｝일
