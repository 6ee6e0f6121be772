# 结束观察期证明: certifies that a resident completed medical observation
# with no abnormal findings; issued under the office's seal.
# Variables: $name (the resident), $days (length of observation), $start and
# $end (first and last day, dates), $monitoring (days of further
# self-monitoring), $hotline (phone number).

# Title of the certificate.
observation-end-certificate-title = 结束观察期证明
# The certifying sentence.
observation-end-certificate-body = 兹证明 { $name } 自 { $start } 起至 { $end } 止，已按规定完成 { $days } 天医学观察。观察期间未发现发热等异常情况，现予解除医学观察。
# Heading of the advice after release.
observation-end-certificate-section-advice = 解除观察后请注意
# Advice: go straight home.
observation-end-certificate-advice-home = 请直接返回住所，途中全程佩戴口罩，避免前往人员密集场所。
# Advice: keep monitoring health for a further period.
observation-end-certificate-advice-monitor = 继续自我健康监测 { $monitoring } 天，每天早晚各测量一次体温。
# Advice: call the hotline if symptoms appear.
observation-end-certificate-advice-symptoms = 如出现发热、咳嗽等症状，请立即拨打服务热线 { $hotline }，按要求就医，不要乘坐公共交通工具。
