# Arrival registration form: filled in on arrival, by the resident or by
# staff; printed blank (boxes to write in) or pre-filled from a record.
# Temperature, symptoms and home conditions are always filled in on the spot.
# Variables: $days (how many days back travel is asked for, used by the
# field label), $hours (police registration deadline).

# Title of the form.
registration-form-title = Fiche d’enregistrement à l’arrivée
# Instruction at the top.
registration-form-intro = Veuillez remplir fidèlement les informations ci-dessous. Elles serviront uniquement à la prévention et au contrôle de l’épidémie.
# Heading: the journey.
registration-form-section-travel = Voyage
# Heading: the person.
registration-form-section-personal = Informations personnelles
# Heading: health on arrival, filled in on the spot.
registration-form-section-health = État de santé
# Label of the box for the time of arrival (written by hand, e.g. 14:30).
registration-form-arrival-time = Heure d’arrivée
# Label of the box for the temperature measured on arrival.
registration-form-temperature = Température à l’arrivée (°C)
# Question with yes/no boxes: any symptoms now.
registration-form-symptoms = Avez-vous actuellement de la fièvre, de la toux, un essoufflement, de la fatigue, un mal de gorge, une baisse de l’odorat ou du goût, de la diarrhée ou un autre symptôme de ce type ?
# Label of the line to describe the symptoms, if any.
registration-form-symptoms-detail = Si oui, précisez les symptômes
# Question with yes/no boxes: can the resident be isolated at home.
registration-form-home-conditions = Votre logement permet-il l’isolement à domicile (chambre individuelle, salle de bains séparée) ?
# The resident's declaration above the signature.
registration-form-declaration = Je certifie que les informations ci-dessus sont véridiques, exactes et complètes.
# One-line reminder of the duty to register with the police.
registration-form-police-reminder = L’étranger qui réside ou séjourne ailleurs qu’à l’hôtel doit se faire enregistrer, en personne ou par son hébergeur, auprès de la police de son lieu de résidence dans les { $hours } heures suivant son arrivée (article 39 de la « Loi de la RPC sur l’administration des entrées et sorties »).
