# Warm reminder: a small card (A6) of health tips, printed four to an A4
# sheet. Not about one resident.
# Variables: $distance (metres, a number), $threshold (°C, a
# number), $hotline (phone number), $hours (police registration deadline).

# Title of the card.
reminder-card-title = Promemoria
# Tip: masks.
reminder-card-tip-mask = Indossi la mascherina quando esce e nei luoghi pubblici.
# Tip: hand washing.
reminder-card-tip-hands = Si lavi spesso le mani con acqua corrente e sapone; non si tocchi bocca, occhi e naso con le mani sporche.
# Tip: going out less, crowds and distance.
reminder-card-tip-distance = Esca meno, eviti gli assembramenti e mantenga almeno { $distance } m di distanza dagli altri.
# Tip: ventilation.
reminder-card-tip-ventilate = Apra spesso le finestre per arieggiare la casa.
# Tip: temperature, and what counts as fever.
reminder-card-tip-temperature = Si misuri la temperatura ogni giorno; una temperatura pari o superiore a { $threshold } °C indica febbre.
# Tip: what to do with symptoms.
reminder-card-tip-symptoms = In caso di febbre, tosse o altri sintomi, chiami il { $hotline } e si faccia visitare secondo le indicazioni; non usi i mezzi pubblici.
# Tip: registering with the police.
reminder-card-tip-register = Se non alloggia in albergo, registri il Suo alloggio presso la polizia del luogo di residenza entro { $hours } ore dall’arrivo nell’alloggio.
