# Labels and phrases shared by every document.
# Chinese (zh-Hans) is the reference and binding text.

## Language names, used in notes that name the binding version.

language-name = Français

## Field labels

field-name = Nom et prénom (comme sur le passeport)
field-nationality = Nationalité
field-passport = N° de passeport ou de pièce d’identité
field-sex = Sexe
field-birth-date = Date de naissance
field-phone = Téléphone
field-address = Adresse de résidence en Chine
field-employer = Employeur ou établissement scolaire
field-entry-date = Date d’entrée
field-port-of-entry = Point d’entrée
field-flight = N° de vol, de train ou d’immatriculation
field-seat = N° de siège
field-visited = Pays et villes visités au cours des { $days } derniers jours
field-observation-period = Période d’observation médicale
field-issue-date = Date de délivrance
field-document-no = Numéro

## Field values

sex-female = Féminin
sex-male = Masculin
sex-unspecified = Non précisé
answer-yes = Oui
answer-no = Non
# A period of days from one date to another, both included.
period = du { $start } au { $end } ({ $days } jours)

## Signature block

sign-resident = Signature de l’intéressé(e)
sign-guardian = Signature du tuteur légal (pour les mineurs)
sign-date = Date
sign-seal = (Cachet)
issued-by = Délivré par

## Contacts

role-community = Contact du comité de quartier
role-grid-worker = Agent de secteur
role-doctor = Médecin du quartier
role-police = Policier du quartier
role-foreign-affairs = Agent des affaires étrangères
hotline-24h = Ligne d’assistance 24 h/24
emergency-ambulance = Urgences médicales (ambulance)
emergency-police = Police secours
emergency-citizen = Ligne de service aux habitants
fever-clinic = Clinique de la fièvre
embassy-phone = Ambassade ou consulat de votre pays en Chine

## Notes

# Printed on a page that carries only the translation.
binding-note = Seul le texte chinois du présent document fait foi. La traduction n’est fournie que pour en faciliter la compréhension.
