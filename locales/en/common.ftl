# Labels and phrases shared by every document.

## Language names, used in notes that name the binding version.

language-name = English

## Field labels

field-name = Full name (as in passport)
field-nationality = Nationality
# For a resident of Hong Kong, Macao or Taiwan.
field-nationality-region = Nationality/region
field-passport = Passport or ID number
field-sex = Sex
field-birth-date = Date of birth
field-phone = Phone number
field-address = Address in China
field-employer = Employer or school
# The person to contact at the resident's employer or school (home notice).
field-employer-contact = Contact at employer or school
# That contact's phone number.
field-employer-phone = Contact's phone
field-entry-date = Date of entry
field-port-of-entry = Port of entry
field-flight = Flight, train or vehicle number
field-seat = Seat number
field-visited = Countries and cities visited in the last { $days } days
field-observation-period = Medical observation period
field-issue-date = Date of issue
field-document-no = Number
# The designated hotel or site of centralized medical observation.
field-site-name = Observation site
# The observation site's street address.
field-site-address = Address of the site
# The resident's room at the observation site.
field-room = Room number
# The residential compound (小区) an entry pass is issued for.
field-compound = Residential compound
# Building and flat of the household, on an entry pass.
field-building-room = Building and flat
# The resident named on an entry pass, as head of the household.
field-household-head = Head of household
# How many people live in the household; the value is a number.
field-household-size = Household members
# The days an entry pass is valid; the value is a period (see `period`).
field-validity = Valid
# The phase an entry pass belongs to (compounds issue new passes, with a new
# seal, each phase); the value is a number or code.
field-phase = Issue phase
# Where the resident's journey to this city began (city, country).
field-departure = Place of departure

## Field values

sex-female = Female
sex-male = Male
sex-unspecified = Unspecified
answer-yes = Yes
answer-no = No
# A period of days from one date to another, both included.
period = { $start } to { $end } ({ $days } days)

## Signature block

sign-resident = Signature
sign-guardian = Signature of guardian (for minors)
sign-date = Date
sign-seal = (Seal)
issued-by = Issued by
# Witness who watched the resident sign (for example the embassy's staff).
sign-witness = Signature of witness
# The witness's organisation and position, written by the witness.
sign-witness-organization = Witness’s organization and position
# The staff member who filled in or checked a form.
sign-staff = Signature of staff member

## Contacts

role-community = Community contact
role-grid-worker = Neighbourhood grid worker
role-doctor = Community doctor
role-police = Community police officer
role-foreign-affairs = Foreign affairs officer
hotline-24h = 24-hour hotline
emergency-ambulance = Ambulance
emergency-police = Police
emergency-citizen = Citizen service hotline
fever-clinic = Fever clinic
embassy-phone = Your embassy or consulate

## Notes

# Printed on a page that carries only the translation.
binding-note = The Chinese text of this document is binding. This translation is for your understanding only.

## Pages of a document that runs on to a second page ("Page 2/2")

page-number = Page
page-continued = Continued on the next page
