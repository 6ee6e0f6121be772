# Temperature and symptom log: the resident writes down a morning and an
# evening temperature, and any symptoms, for each day of the observation
# period (one row per day).
# Variables: $threshold (°C, a number), $hotline (phone number).

# Title of the log.
temperature-log-title = Registro della temperatura e dei sintomi
# Instructions above the grid.
temperature-log-intro = Durante l’osservazione si misuri la temperatura ogni mattina e ogni sera, la annoti fedelmente nella tabella e la comunichi al comitato di quartiere in giornata. Se la temperatura raggiunge o supera { $threshold } °C o compaiono sintomi, chiami subito il { $hotline } per segnalarlo.
# Column heading: day number of the observation (1, 2, 3 …).
temperature-log-col-day = Giorno
# Column heading: the date.
temperature-log-col-date = Data
# Column heading: the morning temperature.
temperature-log-col-morning = Mattina (°C)
# Column heading: the evening temperature.
temperature-log-col-evening = Sera (°C)
# Column heading: any symptoms that day.
temperature-log-col-symptoms = Sintomi
# Under the grid: which symptoms to note.
temperature-log-symptoms-hint = Sintomi: febbre, tosse secca, stanchezza, mal di gola, riduzione dell’olfatto o del gusto, diarrea, ecc.
