# Arrival registration form: filled in on arrival, by the resident or by
# staff; printed blank (boxes to write in) or pre-filled from a record.
# Temperature, symptoms and home conditions are always filled in on the spot.
# Variables: $days (how many days back travel is asked for, used by the
# field label), $hours (police registration deadline).

# Title of the form.
registration-form-title = Anmeldeformular für Einreisende
# Instruction at the top.
registration-form-intro = Bitte machen Sie die folgenden Angaben wahrheitsgemäß. Sie werden ausschließlich zur Vorbeugung und Eindämmung der Epidemie verwendet.
# Heading: the journey.
registration-form-section-travel = Reiseangaben
# Heading: the person.
registration-form-section-personal = Persönliche Angaben
# Heading: health on arrival, filled in on the spot.
registration-form-section-health = Gesundheitszustand
# Label of the box for the time of arrival (written by hand, e.g. 14:30).
registration-form-arrival-time = Ankunftszeit
# Label of the box for the temperature measured on arrival.
registration-form-temperature = Temperatur bei Ankunft (°C)
# Question with yes/no boxes: any symptoms now.
registration-form-symptoms = Haben Sie derzeit Fieber, Husten, Atemnot, Erschöpfung, Halsschmerzen, Geruchs- oder Geschmacksstörungen, Durchfall oder ähnliche Symptome?
# Label of the line to describe the symptoms, if any.
registration-form-symptoms-detail = Falls ja, welche Symptome?
# Question with yes/no boxes: can the resident be isolated at home.
registration-form-home-conditions = Ist in Ihrer Unterkunft häusliche Isolation möglich (eigenes Zimmer, eigenes Bad)?
# The resident's declaration above the signature.
registration-form-declaration = Ich versichere, dass die obigen Angaben wahr, richtig und vollständig sind.
# One-line reminder of the duty to register with the police.
registration-form-police-reminder = Ausländer, die außerhalb von Hotels wohnen oder übernachten, müssen sich innerhalb von { $hours } Stunden nach dem Einzug selbst oder über ihren Gastgeber bei der örtlichen Polizei anmelden (Artikel 39 des „Gesetzes der VR China über die Verwaltung der Aus- und Einreise“).
