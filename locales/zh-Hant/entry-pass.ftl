# Entry pass: a pocket card for one household of a residential compound,
# with a grid on the back to log each exit and return. The grid has one
# dated row per day the pass is valid.
# No variables.

# Title of the pass.
entry-pass-title = 出入證
# Conditions of use, under the household's details.
entry-pass-rules = 本證僅限本戶人員使用，不得轉借、塗改。出入時請主動出示，並配合量度體溫。
# Heading of the log on the back.
entry-pass-log = 出入登記
# Column heading: the day.
entry-pass-log-date = 日期
# Column heading: time the person went out.
entry-pass-log-out = 外出時間
# Column heading: time the person came back.
entry-pass-log-return = 返回時間
# Column heading: temperature taken at the gate.
entry-pass-log-temperature = 體溫（℃）
