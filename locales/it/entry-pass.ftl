# Entry pass: a pocket card for one household of a residential compound,
# with a grid on the back to log each exit and return. The grid has one
# dated row per day the pass is valid.
# No variables.

# Title of the pass.
entry-pass-title = Lasciapassare
# Conditions of use, under the household's details.
entry-pass-rules = Il presente lasciapassare è riservato ai componenti di questo nucleo familiare e non può essere prestato né alterato. Lo mostri a ogni uscita e rientro e si sottoponga alla misurazione della temperatura.
# Heading of the log on the back.
entry-pass-log = Uscite e rientri
# Column heading: the day.
entry-pass-log-date = Data
# Column heading: time the person went out.
entry-pass-log-out = Uscita
# Column heading: time the person came back.
entry-pass-log-return = Rientro
# Column heading: temperature taken at the gate.
entry-pass-log-temperature = Temp. (°C)
