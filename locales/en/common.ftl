# Labels and phrases shared by every document.

## Language names, used in notes that name the binding version.

language-name = English

## Field labels

field-name = Full name (as in passport)
field-nationality = Nationality
field-passport = Passport or ID number
field-sex = Sex
field-birth-date = Date of birth
field-phone = Phone number
field-address = Address in China
field-employer = Employer or school
field-entry-date = Date of entry
field-port-of-entry = Port of entry
field-flight = Flight, train or vehicle number
field-seat = Seat number
field-visited = Countries and cities visited in the last { $days } days
field-observation-period = Medical observation period
field-issue-date = Date of issue
field-document-no = Number

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

## Contacts

role-community = Community contact
role-grid-worker = Grid worker
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
