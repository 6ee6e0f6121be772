# Warm reminder: a small card (A6) of health tips, printed four to an A4
# sheet. Not about one resident.
# Variables: $distance (metres, a number), $threshold (°C, a
# number), $hotline (phone number), $hours (police registration deadline).

# Title of the card.
reminder-card-title = A Friendly Reminder
# Tip: masks.
reminder-card-tip-mask = Wear a mask when you go out and in public places.
# Tip: hand washing.
reminder-card-tip-hands = Wash your hands often with soap and running water; do not touch your mouth, eyes or nose with unwashed hands.
# Tip: going out less, crowds and distance.
reminder-card-tip-distance = Go out less, avoid gatherings and keep at least { $distance } m from other people.
# Tip: ventilation.
reminder-card-tip-ventilate = Open the windows often to air your rooms.
# Tip: temperature, and what counts as fever.
reminder-card-tip-temperature = Take your temperature every day; { $threshold } °C or higher is a fever.
# Tip: what to do with symptoms.
reminder-card-tip-symptoms = If you have fever, a cough or other symptoms, call { $hotline } and seek medical care as instructed; do not take public transport.
# Tip: registering with the police.
reminder-card-tip-register = If you are not staying in a hotel, register with the local police within { $hours } hours of moving in.
