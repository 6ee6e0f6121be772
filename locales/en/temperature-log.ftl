# Temperature and symptom log: the resident writes down a morning and an
# evening temperature, and any symptoms, for each day of the observation
# period (one row per day).
# Variables: $threshold (°C, a number), $hotline (phone number).

# Title of the log.
temperature-log-title = Temperature and Symptom Log
# Instructions above the grid.
temperature-log-intro = During the observation period, take your temperature every morning and every evening, write it down below truthfully and report it to your community the same day. If your temperature is { $threshold } °C or higher, or you have symptoms, call { $hotline } at once.
# Column heading: day number of the observation (1, 2, 3 …).
temperature-log-col-day = Day
# Column heading: the date.
temperature-log-col-date = Date
# Column heading: the morning temperature.
temperature-log-col-morning = Morning (°C)
# Column heading: the evening temperature.
temperature-log-col-evening = Evening (°C)
# Column heading: any symptoms that day.
temperature-log-col-symptoms = Symptoms
# Under the grid: which symptoms to note.
temperature-log-symptoms-hint = Symptoms include fever, dry cough, fatigue, sore throat, loss of smell or taste and diarrhoea.
