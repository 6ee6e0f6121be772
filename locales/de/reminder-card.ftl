# Warm reminder: a small card (A6) of health tips, printed four to an A4
# sheet. Not about one resident.
# Variables: $distance (metres, a number), $threshold (°C, a
# number), $hotline (phone number), $hours (police registration deadline).

# Title of the card.
reminder-card-title = Freundlicher Hinweis
# Tip: masks.
reminder-card-tip-mask = Tragen Sie draußen und an öffentlichen Orten eine Maske.
# Tip: hand washing.
reminder-card-tip-hands = Waschen Sie häufig die Hände mit Seife unter fließendem Wasser; berühren Sie Mund, Augen und Nase nicht mit ungewaschenen Händen.
# Tip: going out less, crowds and distance.
reminder-card-tip-distance = Gehen Sie weniger aus, meiden Sie Ansammlungen und halten Sie mindestens { $distance } m Abstand zu anderen.
# Tip: ventilation.
reminder-card-tip-ventilate = Öffnen Sie oft die Fenster und lüften Sie Ihre Räume gut.
# Tip: temperature, and what counts as fever.
reminder-card-tip-temperature = Messen Sie täglich Ihre Temperatur; ab { $threshold } °C haben Sie Fieber.
# Tip: what to do with symptoms.
reminder-card-tip-symptoms = Bei Fieber, Husten oder anderen Symptomen rufen Sie { $hotline } an und begeben Sie sich nach Anweisung in ärztliche Behandlung; benutzen Sie keine öffentlichen Verkehrsmittel.
# Tip: registering with the police.
reminder-card-tip-register = Wenn Sie nicht in einem Hotel wohnen, melden Sie sich innerhalb von { $hours } Stunden nach dem Einzug bei der örtlichen Polizei an.
