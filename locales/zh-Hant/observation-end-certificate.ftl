# End-of-observation certificate: certifies that a resident completed
# medical observation with no abnormal findings; issued under the office's
# seal.
# Variables: $name (the resident), $days (length of observation), $start and
# $end (first and last day, dates), $monitoring (days of further
# self-monitoring), $hotline (phone number).

# Title of the certificate.
observation-end-certificate-title = 結束觀察期證明
# The certifying sentence.
observation-end-certificate-body = 茲證明 { $name } 自 { $start } 起至 { $end } 止，已按規定完成 { $days } 天醫學觀察。觀察期間未發現發燒等異常情況，現予解除醫學觀察。
# Heading of the advice after release.
observation-end-certificate-section-advice = 解除觀察後請注意
# Advice: go straight home.
observation-end-certificate-advice-home = 請直接返回住所，途中全程佩戴口罩，避免前往人群聚集的場所。
# Advice: keep monitoring health for a further period.
observation-end-certificate-advice-monitor = 繼續自我健康監測 { $monitoring } 天，每日早晚各量一次體溫。
# Advice: call the hotline if symptoms appear.
observation-end-certificate-advice-symptoms = 如出現發燒、咳嗽等症狀，請立即致電服務熱線 { $hotline }，按指示就醫，不要搭乘公共交通工具。
