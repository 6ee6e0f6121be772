# Entry pass: a pocket card for one household of a residential compound,
# with a grid on the back to log each exit and return. The grid has one
# dated row per day the pass is valid.
# No variables.

# Title of the pass.
entry-pass-title = Passierschein
# Conditions of use, under the household's details.
entry-pass-rules = Dieser Passierschein gilt nur für Mitglieder dieses Haushalts und darf weder weitergegeben noch verändert werden. Zeigen Sie ihn beim Verlassen und Betreten unaufgefordert vor und lassen Sie Ihre Temperatur messen.
# Heading of the log on the back.
entry-pass-log = Ausgänge und Rückkehr
# Column heading: the day.
entry-pass-log-date = Datum
# Column heading: time the person went out.
entry-pass-log-out = Ausgang
# Column heading: time the person came back.
entry-pass-log-return = Rückkehr
# Column heading: temperature taken at the gate.
entry-pass-log-temperature = Temp. (°C)
