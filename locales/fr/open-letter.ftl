# Open letter to foreign residents: a one-page letter from the office to all
# foreign residents. Not about one resident; signed by the office and dated.
# Variables: $days (how many days back travel is to be reported), $distance
# (metres, a number), $hours (police registration deadline),
# $hotline, $citizen, $ambulance (phone numbers).

# Title of the letter.
open-letter-title = Lettre ouverte aux résidents étrangers
# Salutation.
open-letter-greeting = Chers amis étrangers,
# The situation, in one sentence, and what follows.
open-letter-situation = La prévention et le contrôle de l’épidémie traversent une phase décisive. Pour protéger votre santé et votre sécurité, ainsi que celles des autres, nous vous demandons de bien vouloir comprendre et soutenir les mesures suivantes :
# Request: follow official information.
open-letter-request-information = Informez-vous sur l’épidémie et sur les mesures en vigueur auprès des sources officielles des autorités ; ne croyez pas les rumeurs et ne les propagez pas.
# Request: go out less.
open-letter-request-stay-home = Sortez le moins possible, évitez les fêtes et les repas en groupe, et ne vous rendez pas dans les lieux très fréquentés.
# Request: hygiene and distance.
open-letter-request-hygiene = Portez un masque lorsque vous sortez, lavez-vous souvent les mains, aérez régulièrement et gardez une distance d’au moins { $distance } m avec les autres.
# Request: report travel and health truthfully.
open-letter-request-report = Déclarez fidèlement vos déplacements, vos contacts et votre état de santé. Si vous êtes arrivé(e) ou revenu(e) de l’étranger ou d’une autre région au cours des { $days } derniers jours, signalez-le de vous-même à votre comité de quartier.
# Request: obey the law and the measures.
open-letter-request-law = Respectez les lois et règlements chinois ainsi que les mesures de prévention, et coopérez avec votre comité de quartier pour le suivi sanitaire, l’observation médicale et les autres actions.
# Request: register with the police.
open-letter-request-register = Si vous logez ailleurs qu’à l’hôtel, faites enregistrer votre hébergement auprès de la police de votre lieu de résidence dans les { $hours } heures suivant votre arrivée.
# Where to get help; the contact table follows.
open-letter-help = Si vous avez besoin d’aide, appelez la ligne d’assistance 24 h/24 au { $hotline } ou la ligne de service aux habitants au { $citizen }, ou contactez les agents ci-dessous ou l’ambassade ou le consulat de votre pays en Chine. En cas de fièvre ou d’autres symptômes, appelez les urgences médicales au { $ambulance } ; ne prenez pas les transports en commun.
# The languages the hotline serves, with interpreting; the office's list of
# languages, each named in its own language, follows on a line of its own.
open-letter-languages = La ligne d’assistance 24 h/24 { $hotline } vous répond et vous propose un service d’interprétation dans les langues suivantes :
# Closing thanks.
open-letter-thanks = Merci de votre compréhension, de votre soutien et de votre coopération ! Ensemble, nous surmonterons cette épreuve.
