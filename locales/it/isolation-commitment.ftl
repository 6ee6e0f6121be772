# Isolation commitment letter: the resident's own pledge to complete the
# isolation, signed in front of a witness (often the staff of the resident's
# embassy). The same letter serves home isolation and centralized
# observation; $setting says which: "home" or "site".
# Variables: $setting ("home" or "site"), $days (length of isolation).

# Title when the resident is isolated at home.
isolation-commitment-title = Dichiarazione di impegno all’isolamento domiciliare
# Title when the resident is observed at a designated hotel or site.
isolation-commitment-title-site = Dichiarazione di impegno all’osservazione centralizzata
# Opening sentence, before the numbered pledges.
isolation-commitment-intro = Per sostenere la prevenzione e il controllo dell’epidemia e tutelare la salute mia, dei miei familiari e degli altri, mi impegno solennemente a:
# Pledge: complete the whole period at the place given in the table.
isolation-commitment-pledge-complete =
    { $setting ->
        [site] completare { $days } giorni di osservazione medica centralizzata nella struttura e nella camera sopra indicate, nelle date ivi riportate;
       *[home] completare { $days } giorni di isolamento domiciliare all’indirizzo sopra indicato, nelle date ivi riportate;
    }
# Pledge: take the temperature twice a day and report it.
isolation-commitment-pledge-report = misurarmi la temperatura ogni mattina e ogni sera e comunicarla in modo veritiero, e segnalare subito febbre, tosse o altri sintomi;
# Pledge: accept door sensors, visits and phone checks.
isolation-commitment-pledge-checks = accettare i controlli tramite sensore alla porta, visite a domicilio, telefonate o altri mezzi, e collaborare;
# Pledge: not leave without permission.
isolation-commitment-pledge-leave =
    { $setting ->
        [site] non lasciare la camera senza il permesso del personale della struttura.
       *[home] non lasciare l’indirizzo di isolamento senza il consenso del comitato di quartiere e non ricevere visite.
    }
# What breaking the pledge entails.
isolation-commitment-liability = Sono consapevole che, se violo il presente impegno, incorrerò nella relativa responsabilità legale ai sensi della «Legge della RPC sulla prevenzione e il trattamento delle malattie infettive», della «Legge della RPC sulle sanzioni amministrative per la pubblica sicurezza» e delle altre disposizioni applicabili.
# Above the signatures: the resident signed in front of the witness.
isolation-commitment-witnessed = Ho firmato la presente dichiarazione in presenza del testimone.
