# Isolation commitment letter: the resident's own pledge to complete the
# isolation, signed in front of a witness (often the staff of the resident's
# embassy). The same letter serves home isolation and centralized
# observation; $setting says which: "home" or "site".
# Variables: $setting ("home" or "site"), $days (length of isolation).

# Title when the resident is isolated at home.
isolation-commitment-title = Lettre d’engagement d’isolement à domicile
# Title when the resident is observed at a designated hotel or site.
isolation-commitment-title-site = Lettre d’engagement d’observation centralisée
# Opening sentence, before the numbered pledges.
isolation-commitment-intro = Afin de contribuer à la prévention et au contrôle de l’épidémie et de protéger ma santé, celle de ma famille et celle des autres, je m’engage solennellement à :
# Pledge: complete the whole period at the place given in the table.
isolation-commitment-pledge-complete =
    { $setting ->
        [site] effectuer { $days } jours d’observation médicale centralisée sur le site et dans la chambre indiqués ci-dessus, aux dates qui y figurent ;
       *[home] effectuer { $days } jours d’isolement à domicile à l’adresse indiquée ci-dessus, aux dates qui y figurent ;
    }
# Pledge: take the temperature twice a day and report it.
isolation-commitment-pledge-report = prendre ma température chaque matin et chaque soir et la déclarer fidèlement, et signaler immédiatement toute fièvre, toux ou autre symptôme ;
# Pledge: accept door sensors, visits and phone checks.
isolation-commitment-pledge-checks = accepter les contrôles par capteur de porte, visite à domicile, appel téléphonique ou tout autre moyen, et y coopérer ;
# Pledge: not leave without permission.
isolation-commitment-pledge-leave =
    { $setting ->
        [site] ne pas quitter ma chambre sans l’autorisation du personnel du site.
       *[home] ne pas quitter le lieu d’isolement sans l’accord du comité de quartier, et ne recevoir aucune visite.
    }
# What breaking the pledge entails.
isolation-commitment-liability = Je suis conscient(e) que tout manquement à cet engagement engage ma responsabilité juridique en vertu de la « Loi de la RPC sur la prévention et le traitement des maladies infectieuses », de la « Loi de la RPC sur les sanctions administratives en matière de sécurité publique » et des autres dispositions applicables.
# Above the signatures: the resident signed in front of the witness.
isolation-commitment-witnessed = J’ai signé la présente lettre en présence du témoin.
