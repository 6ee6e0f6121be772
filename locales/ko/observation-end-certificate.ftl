# End-of-observation certificate: certifies that a resident completed
# medical observation with no abnormal findings; issued under the office's
# seal.
# Variables: $name (the resident), $days (length of observation), $start and
# $end (first and last day, dates), $monitoring (days of further
# self-monitoring), $hotline (phone number).

# Title of the certificate.
observation-end-certificate-title = 관찰 기간 종료 증명서
# The certifying sentence.
observation-end-certificate-body = { $name } 님이 { $start }부터 { $end }까지 규정에 따라 { $days }일간의 의학 관찰을 마쳤음을 증명합니다. 관찰 기간에 발열 등 이상 소견이 발견되지 않았으므로 이에 의학 관찰을 해제합니다.
# Heading of the advice after release.
observation-end-certificate-section-advice = 관찰 해제 후 유의 사항
# Advice: go straight home.
observation-end-certificate-advice-home = 곧바로 거처로 돌아가고, 이동하는 동안 계속 마스크를 착용하며, 사람이 많이 모이는 장소는 피하십시오.
# Advice: keep monitoring health for a further period.
observation-end-certificate-advice-monitor = 앞으로 { $monitoring }일간 스스로 건강 상태를 계속 점검하고, 매일 아침과 저녁에 한 번씩 체온을 측정하십시오.
# Advice: call the hotline if symptoms appear.
observation-end-certificate-advice-symptoms = 발열, 기침 등의 증상이 나타나면 즉시 서비스 핫라인({ $hotline })으로 전화하고 안내에 따라 진료를 받으십시오. 대중교통은 이용하지 마십시오.
