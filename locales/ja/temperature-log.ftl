# Temperature and symptom log: the resident writes down a morning and an
# evening temperature, and any symptoms, for each day of the observation
# period (one row per day).
# Variables: $threshold (°C, a number), $hotline (phone number).

# Title of the log.
temperature-log-title = 体温・症状記録表
# Instructions above the grid.
temperature-log-intro = 観察期間中は毎日、朝と夜に一回ずつ体温を測り、下の表に事実どおりに記入して、その日のうちに社区（地域の住民委員会）へ報告してください。体温が{ $threshold }℃以上になった場合や症状が現れた場合は、直ちに{ $hotline } に電話して報告してください。
# Column heading: day number of the observation (1, 2, 3 …).
temperature-log-col-day = 日目
# Column heading: the date.
temperature-log-col-date = 日付
# Column heading: the morning temperature.
temperature-log-col-morning = 朝の体温（℃）
# Column heading: the evening temperature.
temperature-log-col-evening = 夜の体温（℃）
# Column heading: any symptoms that day.
temperature-log-col-symptoms = 症状
# Under the grid: which symptoms to note.
temperature-log-symptoms-hint = 症状には、発熱、乾いたせき、倦怠感、のどの痛み、嗅覚または味覚の低下、下痢などがあります。
