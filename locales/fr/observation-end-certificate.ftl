# End-of-observation certificate: certifies that a resident completed
# medical observation with no abnormal findings; issued under the office's
# seal.
# Variables: $name (the resident), $days (length of observation), $start and
# $end (first and last day, dates), $monitoring (days of further
# self-monitoring), $hotline (phone number).

# Title of the certificate.
observation-end-certificate-title = Attestation de fin d’observation
# The certifying sentence.
observation-end-certificate-body = La présente atteste que { $name } a effectué, conformément à la réglementation, { $days } jours d’observation médicale, du { $start } au { $end }. Aucune fièvre ni autre anomalie n’ayant été constatée pendant cette période, il est mis fin à l’observation médicale.
# Heading of the advice after release.
observation-end-certificate-section-advice = Après la levée de l’observation
# Advice: go straight home.
observation-end-certificate-advice-home = Rentrez directement chez vous, portez un masque pendant tout le trajet et évitez les lieux très fréquentés.
# Advice: keep monitoring health for a further period.
observation-end-certificate-advice-monitor = Continuez à surveiller vous-même votre santé pendant { $monitoring } jours, et prenez votre température chaque matin et chaque soir.
# Advice: call the hotline if symptoms appear.
observation-end-certificate-advice-symptoms = En cas de fièvre, de toux ou d’autres symptômes, appelez immédiatement la ligne d’assistance au { $hotline } et consultez un médecin selon les instructions ; ne prenez pas les transports en commun.
