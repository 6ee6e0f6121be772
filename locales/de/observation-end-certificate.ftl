# End-of-observation certificate: certifies that a resident completed
# medical observation with no abnormal findings; issued under the office's
# seal.
# Variables: $name (the resident), $days (length of observation), $start and
# $end (first and last day, dates), $monitoring (days of further
# self-monitoring), $hotline (phone number).

# Title of the certificate.
observation-end-certificate-title = Bescheinigung über das Ende der Beobachtung
# The certifying sentence.
observation-end-certificate-body = Hiermit wird bescheinigt, dass { $name } vom { $start } bis zum { $end } die vorgeschriebene medizinische Beobachtung von { $days } Tagen abgeschlossen hat. Während dieser Zeit wurden weder Fieber noch sonstige Auffälligkeiten festgestellt; die medizinische Beobachtung wird hiermit aufgehoben.
# Heading of the advice after release.
observation-end-certificate-section-advice = Nach der Aufhebung der Beobachtung
# Advice: go straight home.
observation-end-certificate-advice-home = Kehren Sie direkt nach Hause zurück, tragen Sie unterwegs durchgehend eine Maske und meiden Sie Menschenansammlungen.
# Advice: keep monitoring health for a further period.
observation-end-certificate-advice-monitor = Beobachten Sie Ihre Gesundheit noch { $monitoring } Tage lang selbst und messen Sie jeden Morgen und Abend Ihre Temperatur.
# Advice: call the hotline if symptoms appear.
observation-end-certificate-advice-symptoms = Bei Fieber, Husten oder anderen Symptomen rufen Sie sofort die Hotline { $hotline } an und begeben Sie sich nach Anweisung in ärztliche Behandlung; benutzen Sie keine öffentlichen Verkehrsmittel.
