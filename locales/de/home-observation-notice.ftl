# Home medical observation notice: handed to, and signed by, a resident
# placed under home medical observation.

home-observation-notice-title = Persönliche Mitteilung über häusliche medizinische Beobachtung
home-observation-notice-greeting = { $sex ->
        [female] Sehr geehrte Frau { $name },
        [male] Sehr geehrter Herr { $name },
       *[other] Guten Tag { $name },
    }
home-observation-notice-intro = Gemäß den Vorschriften zur Vorbeugung und Eindämmung der Epidemie müssen Sie sich an der oben genannten Wohnadresse { $days } Tage lang, vom { $start } bis zum { $end }, in häusliche medizinische Beobachtung begeben. Bitte beachten Sie während dieser Zeit folgende Vorgaben:
home-observation-notice-section-rules = Hinweise für den Beobachtungszeitraum
home-observation-notice-rule-stay = Während der häuslichen Beobachtung dürfen Sie die Wohnung nicht verlassen.
home-observation-notice-rule-room = Bleiben Sie allein in einem gut belüfteten Zimmer, halten Sie die Tür geschlossen und vermeiden Sie möglichst jeden Kontakt mit Familienangehörigen.
home-observation-notice-rule-visitors = Besuche sind nicht gestattet; höchstens eine festgelegte Person darf Sie versorgen.
home-observation-notice-rule-temperature = Messen Sie täglich morgens und abends Ihre Temperatur und melden Sie die Werte noch am selben Tag dem Nachbarschaftskomitee.
home-observation-notice-rule-symptoms = Treten Symptome wie Fieber, trockener Husten, Erschöpfung, Halsschmerzen, Geruchs- oder Geschmacksstörungen oder Durchfall auf, melden Sie dies sofort dem Nachbarschaftskomitee. Müssen Sie eine Fieberambulanz aufsuchen, erfolgt der Transport mit dem Rettungswagen ({ $ambulance }); öffentliche Verkehrsmittel dürfen Sie nicht benutzen.
home-observation-notice-rule-mask = Tragen Sie eine Maske, sobald sich jemand in Ihrer Nähe aufhält.
home-observation-notice-rule-tableware = Benutzen Sie eigene Handtücher, eigenes Geschirr usw., getrennt von anderen.
home-observation-notice-rule-waste = Werfen Sie gebrauchte Masken und Taschentücher in einen Mülleimer mit Deckel; verpacken Sie Ihren Hausmüll doppelt in Beuteln und übergeben Sie ihn dem Personal des Nachbarschaftskomitees.
home-observation-notice-rule-supplies = Benötigen Sie Dinge des täglichen Bedarfs, kann das Nachbarschaftskomitee sie Ihnen auf Anfrage liefern.
home-observation-notice-section-consequences = Folgen bei Verstößen
home-observation-notice-consequence-transfer = Wer gegen die Regeln der häuslichen Beobachtung verstößt, wird in eine zentrale medizinische Beobachtung verlegt (je nach örtlichen Vorschriften ggf. auf eigene Kosten); der Beobachtungszeitraum beginnt dann von vorn.
home-observation-notice-consequence-law = Verstöße können nach dem „Gesetz der VR China über Strafen in der Verwaltung der öffentlichen Sicherheit“ (Artikel 50) geahndet werden; wer die Ausbreitung der Epidemie verursacht, wird strafrechtlich zur Verantwortung gezogen.
home-observation-notice-section-contacts = Kontakt
home-observation-notice-acknowledge = Ich habe diese Mitteilung vollständig gelesen und verstanden und verpflichte mich, sie einzuhalten.
