# Health commitment letter: signed by a resident on arrival or on return to
# a compound, school or workplace.

health-commitment-title = Lettre d’engagement sanitaire
health-commitment-intro = Pour la prévention et le contrôle de l’épidémie, et afin de protéger votre santé et celle des autres, veuillez remplir fidèlement les informations ci-dessous, répondre à chaque point de la déclaration et signer pour confirmer.
health-commitment-section-info = Informations personnelles
health-commitment-section-declarations = Déclaration de santé (cochez « ✓ » la case devant « Oui » ou « Non »)
health-commitment-declare-case = Au cours des { $days } derniers jours, j’ai reçu un diagnostic de cas confirmé ou suspect de COVID-19 ou d’infection asymptomatique.
health-commitment-declare-symptoms = Au cours des { $days } derniers jours, j’ai présenté au moins un symptôme tel que : fièvre (température d’au moins { $threshold } °C), toux, essoufflement, fatigue, mal de gorge, baisse de l’odorat ou du goût, diarrhée.
health-commitment-declare-contact = Au cours des { $days } derniers jours, j’ai été en contact avec un cas confirmé ou suspect, ou avec une personne fiévreuse venant d’une zone touchée par l’épidémie.
health-commitment-declare-building = Il y a un cas confirmé ou suspect dans l’immeuble où je réside.
health-commitment-declare-medicine = Au cours des { $days } derniers jours, j’ai pris des médicaments contre la fièvre.
health-commitment-section-pledges = Je m’engage solennellement
health-commitment-pledge-true = Les informations ci-dessus sont véridiques, exactes et complètes.
health-commitment-pledge-report = Si je présente l’un des symptômes ci-dessus, je le signalerai immédiatement à mon comité de quartier ou à mon employeur et consulterai un médecin selon les instructions.
health-commitment-pledge-obey = Je respecterai l’observation médicale, les tests PCR et toutes les autres mesures de prévention, et j’y coopérerai.
health-commitment-pledge-mask = Je porterai un masque en permanence dans les lieux publics et dans les transports.
health-commitment-liability = J’ai pris connaissance du fait que la dissimulation ou la fausse déclaration d’informations, ainsi que le refus d’un test ou de l’isolement, engagent ma responsabilité juridique en vertu des articles 12 et 77 de la « Loi de la République populaire de Chine sur la prévention et le traitement des maladies infectieuses » et d’autres dispositions, et peuvent être inscrits dans mon dossier du système de crédit social.
