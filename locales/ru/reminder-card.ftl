# Warm reminder: a small card (A6) of health tips, printed four to an A4
# sheet. Not about one resident.
# Variables: $distance (metres, a number), $threshold (°C, a
# number), $hotline (phone number), $hours (police registration deadline).

# Title of the card.
reminder-card-title = Памятка
# Tip: masks.
reminder-card-tip-mask = Выходя из дома и в общественных местах, носите маску.
# Tip: hand washing.
reminder-card-tip-hands = Чаще мойте руки с мылом под проточной водой; не трогайте рот, глаза и нос немытыми руками.
# Tip: going out less, crowds and distance.
reminder-card-tip-distance = Реже выходите из дома, избегайте скоплений людей, держитесь от других на расстоянии не менее { $distance } м.
# Tip: ventilation.
reminder-card-tip-ventilate = Чаще открывайте окна и проветривайте жилые помещения.
# Tip: temperature, and what counts as fever.
reminder-card-tip-temperature = Ежедневно измеряйте температуру; { $threshold } °C и выше — это повышенная температура.
# Tip: what to do with symptoms.
reminder-card-tip-symptoms = При повышенной температуре, кашле и других симптомах звоните по номеру { $hotline } и обращайтесь к врачу по указанию; не пользуйтесь общественным транспортом.
# Tip: registering with the police.
reminder-card-tip-register = Проживающим не в гостинице необходимо в течение { $hours ->
        [one] { $hours } часа
        [few] { $hours } часов
       *[many] { $hours } часов
        [other] { $hours } часа
    } после заселения зарегистрироваться в полиции по месту проживания.
