# Entry pass: a pocket card for one household of a residential compound,
# with a grid on the back to log each exit and return. The grid has one
# dated row per day the pass is valid.
# No variables.

# Title of the pass.
entry-pass-title = Pase de acceso
# Conditions of use, under the household's details.
entry-pass-rules = Este pase es de uso exclusivo de los miembros de este hogar; no se puede prestar ni alterar. Muéstrelo cada vez que salga o entre y deje que le tomen la temperatura.
# Heading of the log on the back.
entry-pass-log = Salidas y regresos
# Column heading: the day.
entry-pass-log-date = Fecha
# Column heading: time the person went out.
entry-pass-log-out = Salida
# Column heading: time the person came back.
entry-pass-log-return = Regreso
# Column heading: temperature taken at the gate.
entry-pass-log-temperature = Temp. (°C)
