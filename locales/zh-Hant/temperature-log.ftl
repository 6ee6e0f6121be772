# Temperature and symptom log: the resident writes down a morning and an
# evening temperature, and any symptoms, for each day of the observation
# period (one row per day).
# Variables: $threshold (°C, a number), $hotline (phone number).

# Title of the log.
temperature-log-title = 體溫及症狀記錄表
# Instructions above the grid.
temperature-log-intro = 觀察期間請每日早晚各量一次體溫，如實填寫下表，並於當日向社區報告。體溫達 { $threshold } ℃ 或以上或出現症狀時，請立即致電 { $hotline } 報告。
# Column heading: day number of the observation (1, 2, 3 …).
temperature-log-col-day = 天數
# Column heading: the date.
temperature-log-col-date = 日期
# Column heading: the morning temperature.
temperature-log-col-morning = 早上體溫（℃）
# Column heading: the evening temperature.
temperature-log-col-evening = 晚上體溫（℃）
# Column heading: any symptoms that day.
temperature-log-col-symptoms = 症狀
# Under the grid: which symptoms to note.
temperature-log-symptoms-hint = 症狀包括：發燒、乾咳、疲倦乏力、喉嚨痛、嗅覺或味覺減退、腹瀉等。
