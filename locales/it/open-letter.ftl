# Open letter to foreign residents: a one-page letter from the office to all
# foreign residents. Not about one resident; signed by the office and dated.
# Variables: $days (how many days back travel is to be reported), $distance
# (metres, a number), $hours (police registration deadline),
# $hotline, $citizen, $ambulance (phone numbers).

# Title of the letter.
open-letter-title = Lettera aperta ai cittadini stranieri
# Salutation.
open-letter-greeting = Cari amici stranieri,
# The situation, in one sentence, and what follows.
open-letter-situation = La prevenzione e il controllo dell’epidemia sono in una fase cruciale. Per tutelare la vostra salute e sicurezza e quella degli altri, vi chiediamo di comprendere e sostenere le seguenti misure:
# Request: follow official information.
open-letter-request-information = Informatevi sull’epidemia e sulle misure in vigore attraverso i canali ufficiali del governo; non credete alle voci infondate e non diffondetele.
# Request: go out less.
open-letter-request-stay-home = Uscite il meno possibile, evitate ritrovi e pasti in compagnia e non frequentate luoghi affollati.
# Request: hygiene and distance.
open-letter-request-hygiene = Indossate la mascherina quando uscite, lavatevi spesso le mani, arieggiate spesso gli ambienti e mantenete una distanza di almeno { $distance } m dagli altri.
# Request: report travel and health truthfully.
open-letter-request-report = Comunicate in modo veritiero i vostri spostamenti, i contatti avuti e il vostro stato di salute. Se negli ultimi { $days } giorni siete arrivati o rientrati qui dall’estero o da un’altra regione, segnalatelo spontaneamente al vostro comitato di quartiere.
# Request: obey the law and the measures.
open-letter-request-law = Rispettate le leggi e i regolamenti cinesi e tutte le misure di prevenzione, e collaborate con il comitato di quartiere al monitoraggio sanitario, all’osservazione medica e alle altre attività.
# Request: register with the police.
open-letter-request-register = Se non alloggiate in albergo, registrate il vostro alloggio presso la polizia del luogo di residenza entro { $hours } ore dall’arrivo nell’alloggio.
# Where to get help; the contact table follows.
open-letter-help = Per assistenza chiamate la linea di assistenza 24 ore su 24 { $hotline } o la linea di servizio ai cittadini { $citizen }, oppure contattate il personale indicato sotto o l’ambasciata o il consolato del vostro Paese. In caso di febbre o altri sintomi chiamate un’ambulanza ({ $ambulance }); non usate i mezzi pubblici.
# The languages the hotline serves, with interpreting; the office's list of
# languages, each named in its own language, follows on a line of its own.
open-letter-languages = La linea di assistenza 24 ore su 24 { $hotline } offre consulenza e interpretariato nelle seguenti lingue:
# Closing thanks.
open-letter-thanks = Grazie per la vostra comprensione, il vostro sostegno e la vostra collaborazione! Insieme supereremo questo momento difficile.
