# Centralized medical observation notice: handed to, and signed by, a
# resident placed under medical observation at a designated hotel or site.
# The site's name, address and the room number are printed in the table
# above the text.
# Variables: $name (the resident), $days (length of observation), $start and
# $end (first and last day, dates), $ambulance (phone number).

# Title of the notice.
central-observation-notice-title = Notification individuelle d’observation médicale centralisée
# Salutation before the text; $name is the resident's name as in the passport.
# Sex unknown or X: "Bonjour" and the full name, as French gender-neutral
# usage advises ("Madame, Monsieur" takes no name after it).
central-observation-notice-greeting = { $sex ->
        [female] Madame { $name },
        [male] Monsieur { $name },
       *[other] Bonjour { $name },
    }
# Opening paragraph: the length and dates of the observation.
central-observation-notice-intro = Conformément aux dispositions en vigueur en matière de prévention et de contrôle de l’épidémie, vous devez vous soumettre à { $days } jours d’observation médicale centralisée sur le site indiqué ci-dessus, du { $start } au { $end }. Pendant cette période, veuillez respecter les consignes suivantes :
# Heading of the numbered rules.
central-observation-notice-section-rules = Consignes pendant la période d’observation
# Rule: stay in the room the site assigned.
central-observation-notice-rule-room = Restez seul(e) dans la chambre qui vous a été attribuée ; ne la quittez pas sans autorisation pendant l’observation.
# Rule: no visiting between rooms, no visitors from outside.
central-observation-notice-rule-visits = N’allez pas dans les autres chambres ; les visites de parents et d’amis ne sont pas admises.
# Rule: staff take the temperature twice a day.
central-observation-notice-rule-temperature = Le personnel prendra votre température deux fois par jour ; merci de vous y prêter.
# Rule: report symptoms to the staff; transfer to hospital by ambulance.
central-observation-notice-rule-symptoms = En cas de fièvre, toux sèche, fatigue, mal de gorge, baisse de l’odorat ou du goût, diarrhée ou autre symptôme, prévenez immédiatement le personnel. Si vous devez vous rendre à l’hôpital, le transfert se fera en ambulance ({ $ambulance }).
# Rule: meals are left at the door; open it only when the staff have gone.
central-observation-notice-rule-meals = Le personnel dépose vos trois repas quotidiens devant votre porte. N’ouvrez qu’après son départ, et portez un masque pour prendre votre repas.
# Rule: waste is bagged and left at the door for the staff.
central-observation-notice-rule-waste = Mettez vos déchets dans un sac bien fermé et déposez-le devant votre porte ; le personnel se charge de la collecte.
# Rule: costs borne by the resident where local rules say so; damage paid for.
central-observation-notice-rule-costs = Si la réglementation locale met à votre charge les frais d’hébergement et de repas pendant l’observation, veuillez les régler comme prévu. Toute détérioration des installations ou des biens du site doit être indemnisée à sa valeur.
# Rule: at the end, a notice of release is issued.
central-observation-notice-rule-release = À la fin de la période d’observation, si aucune anomalie n’a été constatée, le site vous remettra un avis de levée de l’observation médicale.
# Heading of the consequences.
central-observation-notice-section-consequences = Conséquences en cas d’infraction
# Consequence: punishment under the Public Security Administration Punishments Law, criminal liability.
central-observation-notice-consequence-law = Le refus de coopérer ou le fait de quitter le site sans autorisation peut être sanctionné en vertu de l’article 50 de la « Loi de la RPC sur les sanctions administratives en matière de sécurité publique » ; si la propagation de l’épidémie en résulte, son auteur engage sa responsabilité pénale conformément à la loi.
# Heading of the contact table.
central-observation-notice-section-contacts = Coordonnées
# Printed above the resident's signature.
central-observation-notice-acknowledge = J’ai lu et compris l’intégralité de la présente notification et je m’engage à la respecter.
