# End-of-observation certificate: certifies that a resident completed
# medical observation with no abnormal findings; issued under the office's
# seal.
# Variables: $name (the resident), $days (length of observation), $start and
# $end (first and last day, dates), $monitoring (days of further
# self-monitoring), $hotline (phone number).

# Title of the certificate.
observation-end-certificate-title = 観察期間終了証明書
# The certifying sentence.
observation-end-certificate-body = { $name } 氏が{ $start }から{ $end }まで、規定どおり{ $days }日間の医学観察を終えたことを証明します。観察期間中に発熱などの異常は認められなかったため、ここに医学観察を解除します。
# Heading of the advice after release.
observation-end-certificate-section-advice = 観察解除後の注意事項
# Advice: go straight home.
observation-end-certificate-advice-home = まっすぐ住まいへ戻り、移動中は常にマスクを着用し、人が密集する場所には行かないでください。
# Advice: keep monitoring health for a further period.
observation-end-certificate-advice-monitor = 引き続き{ $monitoring }日間、ご自身で健康状態を観察し、毎日、朝と夜に一回ずつ体温を測ってください。
# Advice: call the hotline if symptoms appear.
observation-end-certificate-advice-symptoms = 発熱やせきなどの症状が現れた場合は、直ちにホットライン（{ $hotline }）に電話し、指示に従って医療機関を受診してください。公共交通機関は利用しないでください。
