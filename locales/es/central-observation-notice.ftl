# Centralized medical observation notice: handed to, and signed by, a
# resident placed under medical observation at a designated hotel or site.
# The site's name, address and the room number are printed in the table
# above the text.
# Variables: $name (the resident), $days (length of observation), $start and
# $end (first and last day, dates), $ambulance (phone number).

# Title of the notice.
central-observation-notice-title = Notificación personal de observación médica centralizada
# Salutation before the text; $name is the resident's name as in the passport.
central-observation-notice-greeting = { $sex ->
        [female] Estimada { $name }:
        [male] Estimado { $name }:
       *[other] Estimado/a { $name }:
    }
# Opening paragraph: the length and dates of the observation.
central-observation-notice-intro = De acuerdo con la normativa de prevención y control de la epidemia, usted debe permanecer en observación médica centralizada en el centro indicado arriba durante { $days } días, del { $start } al { $end }. Durante este período, cumpla las siguientes normas:
# Heading of the numbered rules.
central-observation-notice-section-rules = Normas durante la observación
# Rule: stay in the room the site assigned.
central-observation-notice-rule-room = Permanezca solo/a en la habitación que se le ha asignado y no salga de ella sin autorización durante la observación.
# Rule: no visiting between rooms, no visitors from outside.
central-observation-notice-rule-visits = No visite otras habitaciones; no se admiten visitas de familiares ni amigos.
# Rule: staff take the temperature twice a day.
central-observation-notice-rule-temperature = El personal le tomará la temperatura dos veces al día; le rogamos que colabore.
# Rule: report symptoms to the staff; transfer to hospital by ambulance.
central-observation-notice-rule-symptoms = Si presenta fiebre, tos seca, cansancio, dolor de garganta, disminución del olfato o del gusto, diarrea u otros síntomas, comuníquelo de inmediato al personal. Si debe ir al hospital, el traslado se hará en ambulancia ({ $ambulance }).
# Rule: meals are left at the door; open it only when the staff have gone.
central-observation-notice-rule-meals = El personal le dejará las tres comidas del día en la puerta de la habitación. Abra la puerta solo cuando se haya marchado y póngase la mascarilla para recoger la comida.
# Rule: waste is bagged and left at the door for the staff.
central-observation-notice-rule-waste = Meta la basura en una bolsa bien cerrada y déjela delante de la puerta; el personal se encargará de recogerla.
# Rule: costs borne by the resident where local rules say so; damage paid for.
central-observation-notice-rule-costs = Si la normativa local establece que usted debe correr con los gastos de alojamiento y manutención durante la observación, abónelos según lo previsto. Los daños causados a las instalaciones o bienes del centro deberán indemnizarse según su valor.
# Rule: at the end, a notice of release is issued.
central-observation-notice-rule-release = Si al finalizar el período de observación no se ha detectado ninguna anomalía, el centro le entregará una notificación de fin de la observación médica.
# Heading of the consequences.
central-observation-notice-section-consequences = Consecuencias del incumplimiento
# Consequence: punishment under the Public Security Administration Punishments Law, criminal liability.
central-observation-notice-consequence-law = La negativa a colaborar o el abandono del centro sin autorización pueden sancionarse conforme al artículo 50 de la «Ley de Sanciones de la Administración de Seguridad Pública de la República Popular China»; si se provoca la propagación de la epidemia, se exigirá responsabilidad penal conforme a la ley.
# Heading of the contact table.
central-observation-notice-section-contacts = Contactos
# Printed above the resident's signature.
central-observation-notice-acknowledge = He leído y comprendido íntegramente esta notificación y me comprometo a cumplirla.
