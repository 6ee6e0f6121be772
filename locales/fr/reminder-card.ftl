# Warm reminder: a small card (A6) of health tips, printed four to an A4
# sheet. Not about one resident.
# Variables: $distance (metres, a number), $threshold (°C, a
# number), $hotline (phone number), $hours (police registration deadline).

# Title of the card.
reminder-card-title = Rappel amical
# Tip: masks.
reminder-card-tip-mask = Portez un masque pour sortir et dans les lieux publics.
# Tip: hand washing.
reminder-card-tip-hands = Lavez-vous souvent les mains au savon et à l’eau courante ; ne touchez pas votre bouche, vos yeux ou votre nez avec des mains sales.
# Tip: going out less, crowds and distance.
reminder-card-tip-distance = Sortez moins, évitez les rassemblements et gardez au moins { $distance } m de distance avec les autres.
# Tip: ventilation.
reminder-card-tip-ventilate = Ouvrez souvent les fenêtres pour bien aérer votre logement.
# Tip: temperature, and what counts as fever.
reminder-card-tip-temperature = Prenez votre température chaque jour ; à partir de { $threshold } °C, c’est de la fièvre.
# Tip: what to do with symptoms.
reminder-card-tip-symptoms = En cas de fièvre, de toux ou d’autres symptômes, appelez le { $hotline } et consultez un médecin selon les instructions ; ne prenez pas les transports en commun.
# Tip: registering with the police.
reminder-card-tip-register = Si vous logez ailleurs qu’à l’hôtel, faites enregistrer votre hébergement auprès de la police locale dans les { $hours } heures suivant votre arrivée.
