# Labels and phrases shared by every document.
# Chinese (zh-Hans) is the reference and binding text.

## Language names, used in notes that name the binding version.

language-name = Deutsch

## Field labels

field-name = Vollständiger Name (wie im Reisepass)
field-nationality = Staatsangehörigkeit
# For a resident of Hong Kong, Macao or Taiwan.
field-nationality-region = Staatsangehörigkeit/Region
field-passport = Reisepass- oder Ausweisnummer
field-sex = Geschlecht
field-birth-date = Geburtsdatum
field-phone = Telefonnummer
field-address = Wohnadresse in China
field-employer = Arbeitgeber oder Schule
# The person to contact at the resident's employer or school (home notice).
field-employer-contact = Ansprechperson beim Arbeitgeber oder an der Schule
# That contact's phone number.
field-employer-phone = Telefon der Ansprechperson
field-entry-date = Einreisedatum
field-port-of-entry = Einreiseort
field-flight = Flug-, Zugnummer oder Kfz-Kennzeichen
field-seat = Sitzplatz
field-visited = In den letzten { $days } Tagen besuchte Länder und Städte
field-observation-period = Zeitraum der medizinischen Beobachtung
field-issue-date = Ausstellungsdatum
field-document-no = Nummer
# The designated hotel or site of centralized medical observation.
field-site-name = Beobachtungseinrichtung
# The observation site's street address.
field-site-address = Adresse der Einrichtung
# The resident's room at the observation site.
field-room = Zimmernummer
# The residential compound (小区) an entry pass is issued for.
field-compound = Wohnanlage
# Building and flat of the household, on an entry pass.
field-building-room = Gebäude und Wohnung
# The resident named on an entry pass, as head of the household.
field-household-head = Vorstand des Haushalts
# How many people live in the household; the value is a number.
field-household-size = Personen im Haushalt
# The days an entry pass is valid; the value is a period (see `period`).
field-validity = Gültigkeit
# The phase an entry pass belongs to (compounds issue new passes, with a new
# seal, each phase); the value is a number or code.
field-phase = Ausgabephase
# Where the resident's journey to this city began (city, country).
field-departure = Abreiseort

## Field values

sex-female = Weiblich
sex-male = Männlich
sex-unspecified = Keine Angabe
answer-yes = Ja
answer-no = Nein
# A period of days from one date to another, both included.
period = { $start } bis { $end } ({ $days } Tage)

## Signature block

sign-resident = Unterschrift
sign-guardian = Unterschrift des Erziehungsberechtigten (bei Minderjährigen)
sign-date = Datum
sign-seal = (Siegel)
issued-by = Ausstellende Stelle
# Witness who watched the resident sign (for example the embassy's staff).
sign-witness = Unterschrift des Zeugen
# The witness's organisation and position, written by the witness.
sign-witness-organization = Dienststelle und Funktion des Zeugen
# The staff member who filled in or checked a form.
sign-staff = Unterschrift des Sachbearbeiters

## Contacts

role-community = Ansprechperson im Nachbarschaftskomitee
role-grid-worker = Gebietsbetreuer/in
role-doctor = Arzt/Ärztin im Wohnviertel
role-police = Polizei im Wohnviertel
role-foreign-affairs = Ansprechperson für Ausländerangelegenheiten
hotline-24h = 24-Stunden-Hotline
emergency-ambulance = Rettungsdienst
emergency-police = Polizeinotruf
emergency-citizen = Bürgertelefon
fever-clinic = Fieberambulanz
embassy-phone = Botschaft oder Konsulat Ihres Landes in China

## Notes

# Printed on a page that carries only the translation.
binding-note = Maßgeblich ist der chinesische Text dieses Dokuments. Die Übersetzung dient nur dem besseren Verständnis.

## Pages of a document that runs on to a second page ("Seite 2/2")

page-number = Seite
page-continued = Fortsetzung auf der nächsten Seite
