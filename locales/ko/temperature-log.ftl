# Temperature and symptom log: the resident writes down a morning and an
# evening temperature, and any symptoms, for each day of the observation
# period (one row per day).
# Variables: $threshold (°C, a number), $hotline (phone number).

# Title of the log.
temperature-log-title = 체온 및 증상 기록표
# Instructions above the grid.
temperature-log-intro = 관찰 기간에는 매일 아침과 저녁에 한 번씩 체온을 측정하여 아래 표에 사실대로 기록하고, 당일에 커뮤니티에 보고하십시오. 체온이 { $threshold }℃ 이상이거나 증상이 나타나면 즉시 { $hotline }번으로 전화하여 보고하십시오.
# Column heading: day number of the observation (1, 2, 3 …).
temperature-log-col-day = 일차
# Column heading: the date.
temperature-log-col-date = 날짜
# Column heading: the morning temperature.
temperature-log-col-morning = 아침 체온(℃)
# Column heading: the evening temperature.
temperature-log-col-evening = 저녁 체온(℃)
# Column heading: any symptoms that day.
temperature-log-col-symptoms = 증상
# Under the grid: which symptoms to note.
temperature-log-symptoms-hint = 증상에는 발열, 마른기침, 피로감, 인후통, 후각 또는 미각 저하, 설사 등이 있습니다.
