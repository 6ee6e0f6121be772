# 体温及症状记录表: the resident writes down a morning and an evening
# temperature, and any symptoms, for each day of the observation period
# (one row per day).
# Variables: $threshold (°C, a number), $hotline (phone number).

# Title of the log.
temperature-log-title = 体温及症状记录表
# Instructions above the grid.
temperature-log-intro = 观察期间请每天早晚各测量一次体温，如实填写下表，并于当天报告社区。体温达到 { $threshold } ℃ 及以上或出现症状时，请立即拨打 { $hotline } 报告。
# Column heading: day number of the observation (1, 2, 3 …).
temperature-log-col-day = 天数
# Column heading: the date.
temperature-log-col-date = 日期
# Column heading: the morning temperature.
temperature-log-col-morning = 早晨体温（℃）
# Column heading: the evening temperature.
temperature-log-col-evening = 晚间体温（℃）
# Column heading: any symptoms that day.
temperature-log-col-symptoms = 症状
# Under the grid: which symptoms to note.
temperature-log-symptoms-hint = 症状包括：发热、干咳、乏力、咽痛、嗅觉或味觉减退、腹泻等。
