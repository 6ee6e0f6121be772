# Labels and phrases shared by every document.
# Chinese (zh-Hans) is the reference and binding text.

## Language names, used in notes that name the binding version.

language-name = Français

## Field labels

field-name = Nom et prénom (comme sur le passeport)
field-nationality = Nationalité
# For a resident of Hong Kong, Macao or Taiwan.
field-nationality-region = Nationalité/région
field-passport = N° de passeport ou de pièce d’identité
field-sex = Sexe
field-birth-date = Date de naissance
field-phone = Téléphone
field-address = Adresse de résidence en Chine
field-employer = Employeur ou établissement scolaire
# The person to contact at the resident's employer or school (home notice).
field-employer-contact = Contact chez l'employeur ou à l'école
# That contact's phone number.
field-employer-phone = Téléphone du contact
field-entry-date = Date d’entrée
field-port-of-entry = Point d’entrée
field-flight = N° de vol, de train ou d’immatriculation
field-seat = N° de siège
field-visited = Pays et villes visités au cours des { $days } derniers jours
field-observation-period = Période d’observation médicale
field-issue-date = Date de délivrance
field-document-no = Numéro
# The designated hotel or site of centralized medical observation.
field-site-name = Site d’observation
# The observation site's street address.
field-site-address = Adresse du site
# The resident's room at the observation site.
field-room = N° de chambre
# The residential compound (小区) an entry pass is issued for.
field-compound = Résidence
# Building and flat of the household, on an entry pass.
field-building-room = Bâtiment et n° d’appartement
# The resident named on an entry pass, as head of the household.
field-household-head = Chef de famille
# How many people live in the household; the value is a number.
field-household-size = Nombre de personnes du foyer
# The days an entry pass is valid; the value is a period (see `period`).
field-validity = Validité
# The phase an entry pass belongs to (compounds issue new passes, with a new
# seal, each phase); the value is a number or code.
field-phase = Phase de délivrance
# Where the resident's journey to this city began (city, country).
field-departure = Lieu de départ

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
# Witness who watched the resident sign (for example the embassy's staff).
sign-witness = Signature du témoin
# The witness's organisation and position, written by the witness.
sign-witness-organization = Organisme et fonction du témoin
# The staff member who filled in or checked a form.
sign-staff = Signature de l’agent responsable

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

## Pages of a document that runs on to a second page ("Page 2/2")

page-number = Page
page-continued = Suite à la page suivante
