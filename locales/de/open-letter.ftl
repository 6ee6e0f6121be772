# Open letter to foreign residents: a one-page letter from the office to all
# foreign residents. Not about one resident; signed by the office and dated.
# Variables: $days (how many days back travel is to be reported), $distance
# (metres, a number), $hours (police registration deadline),
# $hotline, $citizen, $ambulance (phone numbers).

# Title of the letter.
open-letter-title = Offener Brief an ausländische Mitbürgerinnen und Mitbürger
# Salutation.
open-letter-greeting = Liebe ausländische Freundinnen und Freunde,
# The situation, in one sentence, and what follows.
open-letter-situation = Die Vorbeugung und Eindämmung der Epidemie befindet sich in einer entscheidenden Phase. Zum Schutz Ihrer Gesundheit und Sicherheit und der anderer bitten wir Sie um Verständnis und Unterstützung für folgende Maßnahmen:
# Request: follow official information.
open-letter-request-information = Informieren Sie sich über die Epidemie und die geltenden Maßnahmen aus offiziellen Quellen der Behörden; glauben und verbreiten Sie keine Gerüchte.
# Request: go out less.
open-letter-request-stay-home = Gehen Sie so wenig wie möglich aus, verzichten Sie auf Feiern und gemeinsame Essen und meiden Sie Menschenansammlungen.
# Request: hygiene and distance.
open-letter-request-hygiene = Tragen Sie draußen eine Maske, waschen Sie häufig die Hände, lüften Sie regelmäßig und halten Sie mindestens { $distance } m Abstand zu anderen.
# Request: report travel and health truthfully.
open-letter-request-report = Machen Sie wahrheitsgemäße Angaben zu Reisen, Kontakten und Gesundheitszustand. Sind Sie in den letzten { $days } Tagen aus dem Ausland oder einer anderen Region hierhergekommen oder hierher zurückgekehrt, melden Sie dies unaufgefordert Ihrem Nachbarschaftskomitee.
# Request: obey the law and the measures.
open-letter-request-law = Halten Sie die chinesischen Gesetze und Vorschriften sowie alle Schutzmaßnahmen ein und unterstützen Sie Ihr Nachbarschaftskomitee bei Gesundheitsüberwachung, medizinischer Beobachtung und weiteren Aufgaben.
# Request: register with the police.
open-letter-request-register = Wenn Sie nicht in einem Hotel wohnen, melden Sie sich innerhalb von { $hours } Stunden nach dem Einzug bei der örtlichen Polizei an.
# Where to get help; the contact table follows.
open-letter-help = Wenn Sie Hilfe brauchen, rufen Sie die 24-Stunden-Hotline { $hotline } oder das Bürgertelefon { $citizen } an oder wenden Sie sich an die unten genannten Ansprechpersonen oder an die Botschaft bzw. das Konsulat Ihres Landes. Bei Fieber oder anderen Symptomen rufen Sie den Rettungsdienst ({ $ambulance }); benutzen Sie keine öffentlichen Verkehrsmittel.
# The languages the hotline serves, with interpreting; the office's list of
# languages, each named in its own language, follows on a line of its own.
open-letter-languages = Die 24-Stunden-Hotline { $hotline } berät Sie und dolmetscht für Sie in folgenden Sprachen:
# Closing thanks.
open-letter-thanks = Vielen Dank für Ihr Verständnis, Ihre Unterstützung und Ihre Mitwirkung! Gemeinsam werden wir diese schwierige Zeit überstehen.
