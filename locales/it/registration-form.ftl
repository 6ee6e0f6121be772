# Arrival registration form: filled in on arrival, by the resident or by
# staff; printed blank (boxes to write in) or pre-filled from a record.
# Temperature, symptoms and home conditions are always filled in on the spot.
# Variables: $days (how many days back travel is asked for, used by the
# field label), $hours (police registration deadline).

# Title of the form.
registration-form-title = Modulo di registrazione all’arrivo
# Instruction at the top.
registration-form-intro = Compili in modo veritiero i dati seguenti. Saranno utilizzati esclusivamente per la prevenzione e il controllo dell’epidemia.
# Heading: the journey.
registration-form-section-travel = Viaggio
# Heading: the person.
registration-form-section-personal = Dati personali
# Heading: health on arrival, filled in on the spot.
registration-form-section-health = Stato di salute
# Label of the box for the time of arrival (written by hand, e.g. 14:30).
registration-form-arrival-time = Ora di arrivo
# Label of the box for the temperature measured on arrival.
registration-form-temperature = Temperatura all’arrivo (°C)
# Question with yes/no boxes: any symptoms now.
registration-form-symptoms = Ha attualmente febbre, tosse, difficoltà respiratorie, stanchezza, mal di gola, riduzione dell’olfatto o del gusto, diarrea o sintomi simili?
# Label of the line to describe the symptoms, if any.
registration-form-symptoms-detail = Se sì, indichi i sintomi
# Question with yes/no boxes: can the resident be isolated at home.
registration-form-home-conditions = Il Suo alloggio consente l’isolamento domiciliare (camera singola e bagno riservato)?
# The resident's declaration above the signature.
registration-form-declaration = Dichiaro che le informazioni sopra riportate sono veritiere, esatte e complete.
# One-line reminder of the duty to register with the police.
registration-form-police-reminder = Gli stranieri che abitano o alloggiano fuori da un albergo devono registrarsi, di persona o tramite chi li ospita, presso la polizia del luogo di residenza entro { $hours } ore dall’arrivo nell’alloggio (articolo 39 della «Legge della RPC sull’amministrazione dell’ingresso e dell’uscita»).
