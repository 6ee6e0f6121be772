# Entry pass: a pocket card for one household of a residential compound,
# with a grid on the back to log each exit and return. The grid has one
# dated row per day the pass is valid.
# No variables.

# Title of the pass.
entry-pass-title = Entry Pass
# Conditions of use, under the household's details.
entry-pass-rules = This pass is for members of this household only and may not be lent or altered. Show it whenever you go out or come in, and have your temperature taken.
# Heading of the log on the back.
entry-pass-log = Exits and returns
# Column heading: the day.
entry-pass-log-date = Date
# Column heading: time the person went out.
entry-pass-log-out = Out
# Column heading: time the person came back.
entry-pass-log-return = Back
# Column heading: temperature taken at the gate.
entry-pass-log-temperature = Temp. (°C)
