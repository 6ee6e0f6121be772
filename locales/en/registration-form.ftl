# Arrival registration form: filled in on arrival, by the resident or by
# staff; printed blank (boxes to write in) or pre-filled from a record.
# Temperature, symptoms and home conditions are always filled in on the spot.
# Variables: $days (how many days back travel is asked for, used by the
# field label), $hours (police registration deadline).

# Title of the form.
registration-form-title = Arrival Registration Form
# Instruction at the top.
registration-form-intro = Please fill in the information below truthfully. It is used only for epidemic prevention and control.
# Heading: the journey.
registration-form-section-travel = Journey
# Heading: the person.
registration-form-section-personal = Personal information
# Heading: health on arrival, filled in on the spot.
registration-form-section-health = Health on arrival
# Label of the box for the time of arrival (written by hand, e.g. 14:30).
registration-form-arrival-time = Time of arrival
# Label of the box for the temperature measured on arrival.
registration-form-temperature = Temperature on arrival (°C)
# Question with yes/no boxes: any symptoms now.
registration-form-symptoms = Do you now have fever, cough, shortness of breath, fatigue, sore throat, loss of smell or taste, diarrhoea or similar symptoms?
# Label of the line to describe the symptoms, if any.
registration-form-symptoms-detail = If yes, which symptoms?
# Question with yes/no boxes: can the resident be isolated at home.
registration-form-home-conditions = Can you be isolated where you live (a room of your own, a bathroom of your own)?
# The resident's declaration above the signature.
registration-form-declaration = I declare that the information above is true, accurate and complete.
# One-line reminder of the duty to register with the police.
registration-form-police-reminder = Foreigners staying anywhere other than a hotel must register with the local police within { $hours } hours of moving in, in person or through their host (Exit and Entry Administration Law of the People’s Republic of China, Article 39).
