# End-of-observation certificate: certifies that a resident completed
# medical observation with no abnormal findings; issued under the office's
# seal.
# Variables: $name (the resident), $days (length of observation), $start and
# $end (first and last day, dates), $monitoring (days of further
# self-monitoring), $hotline (phone number).

# Title of the certificate.
observation-end-certificate-title = Certificado de fin de la observación
# The certifying sentence.
observation-end-certificate-body = Por la presente se certifica que { $name } ha completado, conforme a lo establecido, { $days } días de observación médica, del { $start } al { $end }. Durante este período no se ha detectado fiebre ni ninguna otra anomalía, por lo que se da por finalizada la observación médica.
# Heading of the advice after release.
observation-end-certificate-section-advice = Tras el fin de la observación
# Advice: go straight home.
observation-end-certificate-advice-home = Vuelva directamente a su domicilio, lleve mascarilla durante todo el trayecto y evite los lugares concurridos.
# Advice: keep monitoring health for a further period.
observation-end-certificate-advice-monitor = Siga vigilando usted mismo/a su salud durante { $monitoring } días más y tómese la temperatura cada mañana y cada noche.
# Advice: call the hotline if symptoms appear.
observation-end-certificate-advice-symptoms = Si tiene fiebre, tos u otros síntomas, llame de inmediato a la línea de atención { $hotline } y acuda al médico según se le indique; no utilice el transporte público.
