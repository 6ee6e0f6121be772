# Labels and phrases shared by every document.
# Chinese (zh-Hans) is the reference and binding text.

## Language names, used in notes that name the binding version.

language-name = Italiano

## Field labels

field-name = Nome e cognome (come da passaporto)
field-nationality = Nazionalità
# For a resident of Hong Kong, Macao or Taiwan.
field-nationality-region = Nazionalità/regione
field-passport = Numero di passaporto o documento d’identità
field-sex = Sesso
field-birth-date = Data di nascita
field-phone = Recapito telefonico
field-address = Indirizzo di residenza in Cina
field-employer = Luogo di lavoro o scuola
# The person to contact at the resident's employer or school (home notice).
field-employer-contact = Referente presso il datore di lavoro o la scuola
# That contact's phone number.
field-employer-phone = Telefono del referente
field-entry-date = Data di ingresso
field-port-of-entry = Punto di ingresso
field-flight = Numero di volo, di treno o targa del veicolo
field-seat = Numero di posto
field-visited = Paesi e città visitati negli ultimi { $days } giorni
field-observation-period = Periodo di osservazione medica
field-issue-date = Data di rilascio
field-document-no = Numero
# The designated hotel or site of centralized medical observation.
field-site-name = Struttura di osservazione
# The observation site's street address.
field-site-address = Indirizzo della struttura
# The resident's room at the observation site.
field-room = Numero di camera
# The residential compound (小区) an entry pass is issued for.
field-compound = Complesso residenziale
# Building and flat of the household, on an entry pass.
field-building-room = Edificio e interno
# The resident named on an entry pass, as head of the household.
field-household-head = Capofamiglia
# How many people live in the household; the value is a number.
field-household-size = Componenti del nucleo familiare
# The days an entry pass is valid; the value is a period (see `period`).
field-validity = Validità
# The phase an entry pass belongs to (compounds issue new passes, with a new
# seal, each phase); the value is a number or code.
field-phase = Fase di rilascio
# Where the resident's journey to this city began (city, country).
field-departure = Luogo di partenza

## Field values

sex-female = Femmina
sex-male = Maschio
sex-unspecified = Non indicato
answer-yes = Sì
answer-no = No
# A period of days from one date to another, both included.
period = dal { $start } al { $end } ({ $days } giorni)

## Signature block

sign-resident = Firma dell’interessato
sign-guardian = Firma del tutore (per i minori)
sign-date = Data
sign-seal = (Timbro)
issued-by = Ente emittente
# Witness who watched the resident sign (for example the embassy's staff).
sign-witness = Firma del testimone
# The witness's organisation and position, written by the witness.
sign-witness-organization = Ente e qualifica del testimone
# The staff member who filled in or checked a form.
sign-staff = Firma dell’incaricato

## Contacts

role-community = Referente del comitato di quartiere
role-grid-worker = Operatore di quartiere
role-doctor = Medico di quartiere
role-police = Agente di polizia di quartiere
role-foreign-affairs = Funzionario per gli affari esteri
hotline-24h = Linea di assistenza 24 ore su 24
emergency-ambulance = Ambulanza
emergency-police = Polizia
emergency-citizen = Linea di servizio ai cittadini
fever-clinic = Ambulatorio per la febbre
embassy-phone = Telefono dell’ambasciata o del consolato del Suo Paese

## Notes

# Printed on a page that carries only the translation.
binding-note = Fa fede il testo cinese del presente documento. La traduzione è fornita solo come riferimento per facilitarne la comprensione.

## Pages of a document that runs on to a second page ("Pagina 2/2")

page-number = Pagina
page-continued = Continua alla pagina seguente
