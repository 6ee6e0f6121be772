# Isolation commitment letter: the resident's own pledge to complete the
# isolation, signed in front of a witness (often the staff of the resident's
# embassy). The same letter serves home isolation and centralized
# observation; $setting says which: "home" or "site".
# Variables: $setting ("home" or "site"), $days (length of isolation).

# Title when the resident is isolated at home.
isolation-commitment-title = Verpflichtungserklärung zur häuslichen Isolation
# Title when the resident is observed at a designated hotel or site.
isolation-commitment-title-site = Verpflichtungserklärung zur zentralen Beobachtung
# Opening sentence, before the numbered pledges.
isolation-commitment-intro = Um die Vorbeugung und Eindämmung der Epidemie zu unterstützen und meine Gesundheit sowie die meiner Familie und anderer zu schützen, verpflichte ich mich feierlich:
# Pledge: complete the whole period at the place given in the table.
isolation-commitment-pledge-complete =
    { $setting ->
        [site] in der Einrichtung und dem Zimmer laut obiger Tabelle { $days } Tage zentrale medizinische Beobachtung zu den dort genannten Daten vollständig zu absolvieren;
       *[home] an der Adresse laut obiger Tabelle { $days } Tage häusliche Isolation zu den dort genannten Daten vollständig zu absolvieren;
    }
# Pledge: take the temperature twice a day and report it.
isolation-commitment-pledge-report = jeden Morgen und Abend meine Temperatur zu messen und wahrheitsgemäß zu melden sowie Fieber, Husten oder andere Symptome sofort zu melden;
# Pledge: accept door sensors, visits and phone checks.
isolation-commitment-pledge-checks = Kontrollen per Türsensor, Hausbesuch, Anruf oder auf andere Weise zu akzeptieren und dabei mitzuwirken;
# Pledge: not leave without permission.
isolation-commitment-pledge-leave =
    { $setting ->
        [site] mein Zimmer nicht ohne Erlaubnis des Personals der Einrichtung zu verlassen.
       *[home] die Adresse nicht ohne Zustimmung des Nachbarschaftskomitees zu verlassen und keine Besucher zu empfangen.
    }
# What breaking the pledge entails.
isolation-commitment-liability = Mir ist bekannt: Verstoße ich gegen diese Verpflichtung, hafte ich rechtlich nach dem „Gesetz der VR China zur Vorbeugung und Behandlung von Infektionskrankheiten“, dem „Gesetz der VR China über Strafen in der Verwaltung der öffentlichen Sicherheit“ und weiteren einschlägigen Vorschriften.
# Above the signatures: the resident signed in front of the witness.
isolation-commitment-witnessed = Ich habe diese Erklärung in Anwesenheit der Zeugin bzw. des Zeugen unterschrieben.
