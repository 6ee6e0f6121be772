# Temperature and symptom log: the resident writes down a morning and an
# evening temperature, and any symptoms, for each day of the observation
# period (one row per day).
# Variables: $threshold (°C, a number), $hotline (phone number).

# Title of the log.
temperature-log-title = Temperatur- und Symptomprotokoll
# Instructions above the grid.
temperature-log-intro = Messen Sie während der Beobachtung jeden Morgen und Abend Ihre Temperatur, tragen Sie sie wahrheitsgemäß unten ein und melden Sie sie noch am selben Tag dem Nachbarschaftskomitee. Bei { $threshold } °C oder mehr oder bei Symptomen rufen Sie sofort { $hotline } an.
# Column heading: day number of the observation (1, 2, 3 …).
temperature-log-col-day = Tag
# Column heading: the date.
temperature-log-col-date = Datum
# Column heading: the morning temperature.
temperature-log-col-morning = Morgens (°C)
# Column heading: the evening temperature.
temperature-log-col-evening = Abends (°C)
# Column heading: any symptoms that day.
temperature-log-col-symptoms = Symptome
# Under the grid: which symptoms to note.
temperature-log-symptoms-hint = Zu den Symptomen zählen Fieber, trockener Husten, Erschöpfung, Halsschmerzen, Geruchs- oder Geschmacksstörungen und Durchfall.
