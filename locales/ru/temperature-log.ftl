# Temperature and symptom log: the resident writes down a morning and an
# evening temperature, and any symptoms, for each day of the observation
# period (one row per day).
# Variables: $threshold (°C, a number), $hotline (phone number).

# Title of the log.
temperature-log-title = Журнал температуры и симптомов
# Instructions above the grid.
temperature-log-intro = В период наблюдения ежедневно измеряйте температуру утром и вечером, правдиво записывайте её в таблицу ниже и в тот же день сообщайте в комитет квартала. Если температура { $threshold } °C и выше или появились симптомы, немедленно позвоните по номеру { $hotline }.
# Column heading: day number of the observation (1, 2, 3 …).
temperature-log-col-day = День
# Column heading: the date.
temperature-log-col-date = Дата
# Column heading: the morning temperature.
temperature-log-col-morning = Утро (°C)
# Column heading: the evening temperature.
temperature-log-col-evening = Вечер (°C)
# Column heading: any symptoms that day.
temperature-log-col-symptoms = Симптомы
# Under the grid: which symptoms to note.
temperature-log-symptoms-hint = К симптомам относятся повышенная температура, сухой кашель, слабость, боль в горле, снижение обоняния или вкуса, диарея и т. п.
