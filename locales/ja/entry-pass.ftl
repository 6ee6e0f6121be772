# Entry pass: a pocket card for one household of a residential compound,
# with a grid on the back to log each exit and return. The grid has one
# dated row per day the pass is valid.
# No variables.

# Title of the pass.
entry-pass-title = 出入証
# Conditions of use, under the household's details.
entry-pass-rules = 本証はこの世帯の方に限り使用できます。貸し借りや書き換えはできません。出入りの際は自ら提示し、検温にご協力ください。
# Heading of the log on the back.
entry-pass-log = 出入記録
# Column heading: the day.
entry-pass-log-date = 日付
# Column heading: time the person went out.
entry-pass-log-out = 外出時刻
# Column heading: time the person came back.
entry-pass-log-return = 帰宅時刻
# Column heading: temperature taken at the gate.
entry-pass-log-temperature = 体温（℃）
