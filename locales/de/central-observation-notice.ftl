# Centralized medical observation notice: handed to, and signed by, a
# resident placed under medical observation at a designated hotel or site.
# The site's name, address and the room number are printed in the table
# above the text.
# Variables: $name (the resident), $days (length of observation), $start and
# $end (first and last day, dates), $ambulance (phone number).

# Title of the notice.
central-observation-notice-title = Persönliche Mitteilung über zentrale medizinische Beobachtung
# Salutation before the text; $name is the resident's name as in the passport.
central-observation-notice-greeting = { $sex ->
        [female] Sehr geehrte Frau { $name },
        [male] Sehr geehrter Herr { $name },
       *[other] Guten Tag { $name },
    }
# Opening paragraph: the length and dates of the observation.
central-observation-notice-intro = Gemäß den Vorschriften zur Vorbeugung und Eindämmung der Epidemie müssen Sie sich { $days } Tage lang, vom { $start } bis zum { $end }, in der oben genannten Einrichtung in zentrale medizinische Beobachtung begeben. Bitte beachten Sie während dieser Zeit folgende Vorgaben:
# Heading of the numbered rules.
central-observation-notice-section-rules = Hinweise für den Beobachtungszeitraum
# Rule: stay in the room the site assigned.
central-observation-notice-rule-room = Sie wohnen allein in dem Ihnen zugewiesenen Zimmer und dürfen es während der Beobachtung nicht ohne Erlaubnis verlassen.
# Rule: no visiting between rooms, no visitors from outside.
central-observation-notice-rule-visits = Besuche in anderen Zimmern sind nicht gestattet; Besuch von Angehörigen und Freunden ist nicht möglich.
# Rule: staff take the temperature twice a day.
central-observation-notice-rule-temperature = Das Personal misst zweimal täglich Ihre Temperatur; bitte wirken Sie dabei mit.
# Rule: report symptoms to the staff; transfer to hospital by ambulance.
central-observation-notice-rule-symptoms = Treten Symptome wie Fieber, trockener Husten, Erschöpfung, Halsschmerzen, Geruchs- oder Geschmacksstörungen oder Durchfall auf, melden Sie dies sofort dem Personal. Müssen Sie ins Krankenhaus, erfolgt der Transport mit dem Rettungswagen ({ $ambulance }).
# Rule: meals are left at the door; open it only when the staff have gone.
central-observation-notice-rule-meals = Das Personal stellt Ihnen dreimal täglich die Mahlzeiten vor die Zimmertür. Öffnen Sie die Tür erst, wenn es gegangen ist, und tragen Sie beim Hereinholen eine Maske.
# Rule: waste is bagged and left at the door for the staff.
central-observation-notice-rule-waste = Geben Sie Ihren Abfall in einen fest verschlossenen Beutel und stellen Sie ihn vor die Tür; das Personal holt ihn ab und entsorgt ihn.
# Rule: costs borne by the resident where local rules say so; damage paid for.
central-observation-notice-rule-costs = Müssen Sie nach den örtlichen Vorschriften Kosten für Unterkunft, Verpflegung usw. während der Beobachtung selbst tragen, begleichen Sie diese bitte wie vorgeschrieben. Schäden an Anlagen oder Gegenständen der Einrichtung sind zum vollen Wert zu ersetzen.
# Rule: at the end, a notice of release is issued.
central-observation-notice-rule-release = Endet der Beobachtungszeitraum ohne Auffälligkeiten, stellt Ihnen die Einrichtung eine Mitteilung über die Aufhebung der medizinischen Beobachtung aus.
# Heading of the consequences.
central-observation-notice-section-consequences = Folgen bei Verstößen
# Consequence: punishment under the Public Security Administration Punishments Law, criminal liability.
central-observation-notice-consequence-law = Wer die Mitwirkung verweigert oder die Einrichtung ohne Erlaubnis verlässt, kann nach dem „Gesetz der VR China über Strafen in der Verwaltung der öffentlichen Sicherheit“ (Artikel 50) bestraft werden; wer die Ausbreitung der Epidemie verursacht, wird strafrechtlich zur Verantwortung gezogen.
# Heading of the contact table.
central-observation-notice-section-contacts = Kontakt
# Printed above the resident's signature.
central-observation-notice-acknowledge = Ich habe diese Mitteilung vollständig gelesen und verstanden und verpflichte mich, sie einzuhalten.
