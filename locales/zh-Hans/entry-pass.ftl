# 出入证: a pocket card for one household of a residential compound, with a
# grid on the back to log each exit and return. The grid has one dated row
# per day the pass is valid.
# No variables.

# Title of the pass.
entry-pass-title = 出入证
# Conditions of use, under the household's details.
entry-pass-rules = 本证仅限本户人员使用，不得转借、涂改。出入时请主动出示，并配合测量体温。
# Heading of the log on the back.
entry-pass-log = 出入登记
# Column heading: the day.
entry-pass-log-date = 日期
# Column heading: time the person went out.
entry-pass-log-out = 外出时间
# Column heading: time the person came back.
entry-pass-log-return = 返回时间
# Column heading: temperature taken at the gate.
entry-pass-log-temperature = 体温（℃）
