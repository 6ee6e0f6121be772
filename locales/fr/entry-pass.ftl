# Entry pass: a pocket card for one household of a residential compound,
# with a grid on the back to log each exit and return. The grid has one
# dated row per day the pass is valid.
# No variables.

# Title of the pass.
entry-pass-title = Laissez-passer
# Conditions of use, under the household's details.
entry-pass-rules = Ce laissez-passer est réservé aux membres du foyer ; il ne peut être ni prêté ni modifié. Présentez-le à chaque sortie et à chaque retour, et laissez prendre votre température.
# Heading of the log on the back.
entry-pass-log = Sorties et retours
# Column heading: the day.
entry-pass-log-date = Date
# Column heading: time the person went out.
entry-pass-log-out = Sortie
# Column heading: time the person came back.
entry-pass-log-return = Retour
# Column heading: temperature taken at the gate.
entry-pass-log-temperature = Temp. (°C)
