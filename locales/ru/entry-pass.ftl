# Entry pass: a pocket card for one household of a residential compound,
# with a grid on the back to log each exit and return. The grid has one
# dated row per day the pass is valid.
# No variables.

# Title of the pass.
entry-pass-title = Пропуск
# Conditions of use, under the household's details.
entry-pass-rules = Пропуском могут пользоваться только члены этой семьи; передавать его другим и вносить в него исправления запрещено. Предъявляйте пропуск при каждом выходе и входе и давайте измерить себе температуру.
# Heading of the log on the back.
entry-pass-log = Учёт выходов и возвращений
# Column heading: the day.
entry-pass-log-date = Дата
# Column heading: time the person went out.
entry-pass-log-out = Выход
# Column heading: time the person came back.
entry-pass-log-return = Возвращение
# Column heading: temperature taken at the gate.
entry-pass-log-temperature = Темп. (°C)
