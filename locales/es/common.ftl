# Labels and phrases shared by every document.
# Chinese (zh-Hans) is the reference and binding text.

## Language names, used in notes that name the binding version.

language-name = Español

## Field labels

field-name = Nombre completo (como en el pasaporte)
field-nationality = Nacionalidad
# For a resident of Hong Kong, Macao or Taiwan.
field-nationality-region = Nacionalidad/región
field-passport = N.º de pasaporte o documento de identidad
field-sex = Sexo
field-birth-date = Fecha de nacimiento
field-phone = Teléfono de contacto
field-address = Domicilio en China
field-employer = Centro de trabajo o de estudios
# The person to contact at the resident's employer or school (home notice).
field-employer-contact = Persona de contacto en el trabajo o centro de estudios
# That contact's phone number.
field-employer-phone = Teléfono de la persona de contacto
field-entry-date = Fecha de entrada
field-port-of-entry = Punto de entrada
field-flight = N.º de vuelo, de tren o matrícula del vehículo
field-seat = N.º de asiento
field-visited = Países y ciudades visitados en los últimos { $days } días
field-observation-period = Período de observación médica
field-issue-date = Fecha de expedición
field-document-no = Número
# The designated hotel or site of centralized medical observation.
field-site-name = Centro de observación
# The observation site's street address.
field-site-address = Dirección del centro
# The resident's room at the observation site.
field-room = N.º de habitación
# The residential compound (小区) an entry pass is issued for.
field-compound = Complejo residencial
# Building and flat of the household, on an entry pass.
field-building-room = Edificio y n.º de vivienda
# The resident named on an entry pass, as head of the household.
field-household-head = Cabeza de familia
# How many people live in the household; the value is a number.
field-household-size = N.º de miembros del hogar
# The days an entry pass is valid; the value is a period (see `period`).
field-validity = Validez
# The phase an entry pass belongs to (compounds issue new passes, with a new
# seal, each phase); the value is a number or code.
field-phase = Fase de emisión
# Where the resident's journey to this city began (city, country).
field-departure = Lugar de partida

## Field values

sex-female = Mujer
sex-male = Hombre
sex-unspecified = No indicado
answer-yes = Sí
answer-no = No
# A period of days from one date to another, both included.
period = del { $start } al { $end } ({ $days } días)

## Signature block

sign-resident = Firma del interesado
sign-guardian = Firma del tutor (en caso de menores)
sign-date = Fecha
sign-seal = (Sello)
issued-by = Organismo emisor
# Witness who watched the resident sign (for example the embassy's staff).
sign-witness = Firma del testigo
# The witness's organisation and position, written by the witness.
sign-witness-organization = Entidad y cargo del testigo
# The staff member who filled in or checked a form.
sign-staff = Firma del funcionario responsable

## Contacts

role-community = Contacto del comité vecinal
role-grid-worker = Responsable vecinal de zona
role-doctor = Médico de barrio
role-police = Agente de policía del barrio
role-foreign-affairs = Funcionario de asuntos exteriores
hotline-24h = Línea de atención 24 horas
emergency-ambulance = Ambulancia
emergency-police = Policía
emergency-citizen = Línea de atención ciudadana
fever-clinic = Clínica de fiebre
embassy-phone = Teléfono de la embajada o consulado de su país

## Notes

# Printed on a page that carries only the translation.
binding-note = El texto en chino de este documento es el vinculante. La traducción es solo una referencia para facilitar su comprensión.

## Pages of a document that runs on to a second page ("Página 2/2")

page-number = Página
page-continued = Continúa en la página siguiente
