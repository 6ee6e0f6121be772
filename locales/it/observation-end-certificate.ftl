# End-of-observation certificate: certifies that a resident completed
# medical observation with no abnormal findings; issued under the office's
# seal.
# Variables: $name (the resident), $days (length of observation), $start and
# $end (first and last day, dates), $monitoring (days of further
# self-monitoring), $hotline (phone number).

# Title of the certificate.
observation-end-certificate-title = Certificato di fine osservazione
# The certifying sentence.
observation-end-certificate-body = Si certifica che { $name } ha completato, come previsto, { $days } giorni di osservazione medica, dal { $start } al { $end }. Durante tale periodo non sono state riscontrate febbre né altre anomalie; l’osservazione medica è pertanto conclusa.
# Heading of the advice after release.
observation-end-certificate-section-advice = Dopo la fine dell’osservazione
# Advice: go straight home.
observation-end-certificate-advice-home = Torni direttamente a casa, indossi la mascherina per tutto il tragitto ed eviti i luoghi affollati.
# Advice: keep monitoring health for a further period.
observation-end-certificate-advice-monitor = Continui a monitorare la Sua salute per altri { $monitoring } giorni e si misuri la temperatura ogni mattina e ogni sera.
# Advice: call the hotline if symptoms appear.
observation-end-certificate-advice-symptoms = In caso di febbre, tosse o altri sintomi, chiami subito la linea di assistenza { $hotline } e si faccia visitare secondo le indicazioni; non usi i mezzi pubblici.
