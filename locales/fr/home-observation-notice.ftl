# Home medical observation notice: handed to, and signed by, a resident
# placed under home medical observation.

home-observation-notice-title = Notification individuelle d’observation médicale à domicile
# Sex unknown or X: "Bonjour" and the full name, as French gender-neutral
# usage advises ("Madame, Monsieur" takes no name after it).
home-observation-notice-greeting = { $sex ->
        [female] Madame { $name },
        [male] Monsieur { $name },
       *[other] Bonjour { $name },
    }
home-observation-notice-intro = Conformément aux dispositions en vigueur en matière de prévention et de contrôle de l’épidémie, vous devez vous soumettre à { $days } jours d’observation médicale à domicile, à l’adresse indiquée ci-dessus, du { $start } au { $end }. Pendant cette période, veuillez respecter les consignes suivantes :
home-observation-notice-section-rules = Consignes pendant la période d’observation
home-observation-notice-rule-stay = Vous ne devez pas sortir de votre domicile pendant l’observation.
home-observation-notice-rule-room = Restez dans une pièce individuelle bien aérée, porte fermée, et évitez autant que possible tout contact avec votre famille.
home-observation-notice-rule-visitors = Aucune visite n’est admise ; une seule personne désignée, au plus, peut s’occuper de vous.
home-observation-notice-rule-temperature = Prenez votre température chaque matin et chaque soir, et communiquez-la le jour même au comité de quartier.
home-observation-notice-rule-symptoms = En cas de fièvre, toux sèche, fatigue, mal de gorge, baisse de l’odorat ou du goût, diarrhée ou autre symptôme, prévenez immédiatement le comité de quartier. Si vous devez vous rendre dans une clinique de la fièvre, le transfert se fera en ambulance ({ $ambulance }) ; il est interdit de prendre les transports en commun.
home-observation-notice-rule-mask = Portez un masque dès que quelqu’un se trouve près de vous.
home-observation-notice-rule-tableware = Utilisez vos propres serviettes, vaisselle et couverts, séparément des autres.
home-observation-notice-rule-waste = Jetez les masques et mouchoirs usagés dans une poubelle fermée par un couvercle ; mettez vos ordures ménagères dans un double sac et remettez-les au personnel du comité de quartier.
home-observation-notice-rule-supplies = Pour vos besoins courants, vous pouvez demander au comité de quartier de vous livrer les produits nécessaires.
home-observation-notice-section-consequences = Conséquences en cas d’infraction
home-observation-notice-consequence-transfer = Toute personne qui enfreint les règles de l’observation à domicile sera transférée en observation médicale centralisée (éventuellement à ses frais, selon la réglementation locale), et la période d’observation recommencera à zéro.
home-observation-notice-consequence-law = Toute infraction peut être sanctionnée en vertu de l’article 50 de la « Loi de la RPC sur les sanctions administratives en matière de sécurité publique » ; si elle entraîne la propagation de l’épidémie, son auteur engage sa responsabilité pénale conformément à la loi.
home-observation-notice-section-contacts = Coordonnées
home-observation-notice-acknowledge = J’ai lu et compris l’intégralité de la présente notification et je m’engage à la respecter.
