# Health commitment letter: signed by a resident on arrival or on return to
# a compound, school or workplace.

health-commitment-title = Verpflichtungserklärung zur Gesundheit
health-commitment-intro = Zur Vorbeugung und Eindämmung der Epidemie und zum Schutz Ihrer Gesundheit und der Gesundheit anderer füllen Sie bitte die folgenden Angaben wahrheitsgemäß aus, beantworten Sie jede Erklärung einzeln und bestätigen Sie dies mit Ihrer Unterschrift.
health-commitment-section-info = Persönliche Angaben
health-commitment-section-declarations = Gesundheitserklärung (bitte das Kästchen vor „Ja“ oder „Nein“ mit „✓“ markieren)
health-commitment-declare-case = In den letzten { $days } Tagen wurde bei mir eine bestätigte oder vermutete COVID-19-Erkrankung oder eine asymptomatische Infektion festgestellt.
health-commitment-declare-symptoms = In den letzten { $days } Tagen hatte ich mindestens ein Symptom wie Fieber (Körpertemperatur ab { $threshold } °C), Husten, Atemnot, Erschöpfung, Halsschmerzen, Geruchs- oder Geschmacksstörungen oder Durchfall.
health-commitment-declare-contact = In den letzten { $days } Tagen hatte ich Kontakt zu einem bestätigten Fall oder Verdachtsfall oder zu einer Person mit Fieber aus einem Gebiet mit Krankheitsausbruch.
health-commitment-declare-building = In meinem Wohngebäude gibt es einen bestätigten Fall oder Verdachtsfall.
health-commitment-declare-medicine = In den letzten { $days } Tagen habe ich fiebersenkende Medikamente eingenommen.
health-commitment-section-pledges = Ich versichere feierlich
health-commitment-pledge-true = Die obigen Angaben sind wahr, richtig und vollständig.
health-commitment-pledge-report = Tritt bei mir eines der genannten Symptome auf, melde ich dies sofort meinem Nachbarschaftskomitee oder meiner Arbeitsstelle und begebe mich nach Anweisung in ärztliche Behandlung.
health-commitment-pledge-obey = Ich befolge die Anordnungen zu medizinischer Beobachtung, PCR-Tests und allen weiteren Schutzmaßnahmen und wirke dabei mit.
health-commitment-pledge-mask = An öffentlichen Orten und in Verkehrsmitteln trage ich durchgehend eine Maske.
health-commitment-liability = Mir ist bekannt: Wer Angaben verschweigt oder falsche Angaben macht oder Tests oder Isolation verweigert, haftet rechtlich nach dem „Gesetz der Volksrepublik China zur Vorbeugung und Behandlung von Infektionskrankheiten“ (Artikel 12 und 77) und weiteren Vorschriften; dies kann zudem in meinem Eintrag im Sozialkreditsystem vermerkt werden.
