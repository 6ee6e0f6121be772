# Open letter to foreign residents: a one-page letter from the office to all
# foreign residents. Not about one resident; signed by the office and dated.
# Variables: $days (how many days back travel is to be reported), $distance
# (metres, a number), $hours (police registration deadline),
# $hotline, $citizen, $ambulance (phone numbers).

# Title of the letter.
open-letter-title = Carta abierta a los residentes extranjeros
# Salutation.
open-letter-greeting = Estimados amigos extranjeros:
# The situation, in one sentence, and what follows.
open-letter-situation = La prevención y el control de la epidemia atraviesan una fase decisiva. Para proteger su salud y seguridad y las de los demás, les rogamos que comprendan y apoyen las siguientes medidas:
# Request: follow official information.
open-letter-request-information = Infórmense sobre la epidemia y las medidas vigentes a través de los canales oficiales del Gobierno; no crean ni difundan rumores.
# Request: go out less.
open-letter-request-stay-home = Salgan lo menos posible, eviten reuniones y comidas en grupo y no acudan a lugares concurridos.
# Request: hygiene and distance.
open-letter-request-hygiene = Lleven mascarilla al salir, lávense las manos a menudo, ventilen con frecuencia y mantengan una distancia mínima de { $distance } m con los demás.
# Request: report travel and health truthfully.
open-letter-request-report = Informen con veracidad de sus viajes, contactos y estado de salud. Si en los últimos { $days } días han llegado o regresado aquí desde el extranjero o desde otra región, comuníquenlo por iniciativa propia a su comité vecinal.
# Request: obey the law and the measures.
open-letter-request-law = Respeten las leyes y normas de China y todas las medidas de prevención, y colaboren con su comité vecinal en el seguimiento de la salud, la observación médica y demás tareas.
# Request: register with the police.
open-letter-request-register = Si no se alojan en un hotel, registren su alojamiento en la comisaría de policía de su lugar de residencia en un plazo de { $hours } horas desde que se instalen en él.
# Where to get help; the contact table follows.
open-letter-help = Si necesitan ayuda, llamen a la línea de atención 24 horas { $hotline } o a la línea de atención ciudadana { $citizen }, o contacten con el personal indicado abajo o con la embajada o el consulado de su país. Si tienen fiebre u otros síntomas, llamen a una ambulancia ({ $ambulance }); no utilicen el transporte público.
# The languages the hotline serves, with interpreting; the office's list of
# languages, each named in its own language, follows on a line of its own.
open-letter-languages = La línea de atención 24 horas { $hotline } ofrece asesoramiento e interpretación en los siguientes idiomas:
# Closing thanks.
open-letter-thanks = ¡Gracias por su comprensión, apoyo y colaboración! Juntos superaremos estas dificultades.
