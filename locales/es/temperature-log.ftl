# Temperature and symptom log: the resident writes down a morning and an
# evening temperature, and any symptoms, for each day of the observation
# period (one row per day).
# Variables: $threshold (°C, a number), $hotline (phone number).

# Title of the log.
temperature-log-title = Registro de temperatura y síntomas
# Instructions above the grid.
temperature-log-intro = Durante la observación, tómese la temperatura cada mañana y cada noche, anótela con veracidad en la tabla y comuníquela al comité vecinal el mismo día. Si alcanza o supera los { $threshold } °C o tiene síntomas, llame de inmediato al { $hotline } para comunicarlo.
# Column heading: day number of the observation (1, 2, 3 …).
temperature-log-col-day = Día
# Column heading: the date.
temperature-log-col-date = Fecha
# Column heading: the morning temperature.
temperature-log-col-morning = Mañana (°C)
# Column heading: the evening temperature.
temperature-log-col-evening = Noche (°C)
# Column heading: any symptoms that day.
temperature-log-col-symptoms = Síntomas
# Under the grid: which symptoms to note.
temperature-log-symptoms-hint = Síntomas: fiebre, tos seca, cansancio, dolor de garganta, disminución del olfato o del gusto, diarrea, etc.
