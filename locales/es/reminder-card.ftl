# Warm reminder: a small card (A6) of health tips, printed four to an A4
# sheet. Not about one resident.
# Variables: $distance (metres, a number), $threshold (°C, a
# number), $hotline (phone number), $hours (police registration deadline).

# Title of the card.
reminder-card-title = Recordatorio
# Tip: masks.
reminder-card-tip-mask = Lleve mascarilla al salir y en lugares públicos.
# Tip: hand washing.
reminder-card-tip-hands = Lávese las manos a menudo con agua corriente y jabón; no se toque la boca, los ojos ni la nariz con las manos sucias.
# Tip: going out less, crowds and distance.
reminder-card-tip-distance = Salga menos, evite las aglomeraciones y mantenga al menos { $distance } m de distancia con los demás.
# Tip: ventilation.
reminder-card-tip-ventilate = Abra a menudo las ventanas para ventilar su vivienda.
# Tip: temperature, and what counts as fever.
reminder-card-tip-temperature = Tómese la temperatura a diario; a partir de { $threshold } °C se considera fiebre.
# Tip: what to do with symptoms.
reminder-card-tip-symptoms = Si tiene fiebre, tos u otros síntomas, llame al { $hotline } y acuda al médico según se le indique; no utilice el transporte público.
# Tip: registering with the police.
reminder-card-tip-register = Si no se aloja en un hotel, registre su alojamiento en la comisaría de policía de su lugar de residencia en un plazo de { $hours } horas desde que se instale en él.
