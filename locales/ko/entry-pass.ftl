# Entry pass: a pocket card for one household of a residential compound,
# with a grid on the back to log each exit and return. The grid has one
# dated row per day the pass is valid.
# No variables.

# Title of the pass.
entry-pass-title = 출입증
# Conditions of use, under the household's details.
entry-pass-rules = 이 출입증은 해당 세대 구성원만 사용할 수 있으며, 다른 사람에게 빌려주거나 고쳐 쓸 수 없습니다. 출입할 때에는 자진하여 제시하고 체온 측정에 협조해 주십시오.
# Heading of the log on the back.
entry-pass-log = 출입 기록
# Column heading: the day.
entry-pass-log-date = 날짜
# Column heading: time the person went out.
entry-pass-log-out = 외출 시각
# Column heading: time the person came back.
entry-pass-log-return = 귀가 시각
# Column heading: temperature taken at the gate.
entry-pass-log-temperature = 체온(℃)
