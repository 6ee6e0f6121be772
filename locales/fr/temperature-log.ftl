# Temperature and symptom log: the resident writes down a morning and an
# evening temperature, and any symptoms, for each day of the observation
# period (one row per day).
# Variables: $threshold (°C, a number), $hotline (phone number).

# Title of the log.
temperature-log-title = Relevé de température et de symptômes
# Instructions above the grid.
temperature-log-intro = Pendant l’observation, prenez votre température chaque matin et chaque soir, notez-la fidèlement ci-dessous et communiquez-la le jour même au comité de quartier. Si elle atteint ou dépasse { $threshold } °C, ou si vous avez des symptômes, appelez immédiatement le { $hotline }.
# Column heading: day number of the observation (1, 2, 3 …).
temperature-log-col-day = Jour
# Column heading: the date.
temperature-log-col-date = Date
# Column heading: the morning temperature.
temperature-log-col-morning = Matin (°C)
# Column heading: the evening temperature.
temperature-log-col-evening = Soir (°C)
# Column heading: any symptoms that day.
temperature-log-col-symptoms = Symptômes
# Under the grid: which symptoms to note.
temperature-log-symptoms-hint = Symptômes : fièvre, toux sèche, fatigue, mal de gorge, baisse de l’odorat ou du goût, diarrhée, etc.
