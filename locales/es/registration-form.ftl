# Arrival registration form: filled in on arrival, by the resident or by
# staff; printed blank (boxes to write in) or pre-filled from a record.
# Temperature, symptoms and home conditions are always filled in on the spot.
# Variables: $days (how many days back travel is asked for, used by the
# field label), $hours (police registration deadline).

# Title of the form.
registration-form-title = Formulario de registro de llegada
# Instruction at the top.
registration-form-intro = Rellene con veracidad los datos siguientes. Solo se utilizarán para la prevención y el control de la epidemia.
# Heading: the journey.
registration-form-section-travel = Datos del viaje
# Heading: the person.
registration-form-section-personal = Datos personales
# Heading: health on arrival, filled in on the spot.
registration-form-section-health = Estado de salud
# Label of the box for the time of arrival (written by hand, e.g. 14:30).
registration-form-arrival-time = Hora de llegada
# Label of the box for the temperature measured on arrival.
registration-form-temperature = Temperatura a la llegada (°C)
# Question with yes/no boxes: any symptoms now.
registration-form-symptoms = ¿Tiene actualmente fiebre, tos, dificultad para respirar, cansancio, dolor de garganta, disminución del olfato o del gusto, diarrea u otros síntomas similares?
# Label of the line to describe the symptoms, if any.
registration-form-symptoms-detail = En caso afirmativo, indique los síntomas
# Question with yes/no boxes: can the resident be isolated at home.
registration-form-home-conditions = ¿Su vivienda permite el aislamiento domiciliario (habitación individual y baño propio)?
# The resident's declaration above the signature.
registration-form-declaration = Declaro que la información anterior es verdadera, exacta y completa.
# One-line reminder of the duty to register with the police.
registration-form-police-reminder = Los extranjeros que residan o se alojen fuera de un hotel deben registrarse, personalmente o a través de su anfitrión, en la comisaría de policía de su lugar de residencia en un plazo de { $hours } horas desde que se instalen en el alojamiento (artículo 39 de la «Ley de Administración de Entrada y Salida de la República Popular China»).
