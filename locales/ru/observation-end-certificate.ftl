# End-of-observation certificate: certifies that a resident completed
# medical observation with no abnormal findings; issued under the office's
# seal.
# Variables: $name (the resident), $days (length of observation), $start and
# $end (first and last day, dates), $monitoring (days of further
# self-monitoring), $hotline (phone number).

# Title of the certificate.
observation-end-certificate-title = Справка о завершении наблюдения
# The certifying sentence.
observation-end-certificate-body = Настоящим удостоверяется, что { $name } в установленном порядке прошёл (прошла) медицинское наблюдение сроком { $days ->
        [one] { $days } день
        [few] { $days } дня
       *[many] { $days } дней
        [other] { $days } дня
    } — с { $start } по { $end } включительно. В период наблюдения повышенной температуры и других отклонений не выявлено; медицинское наблюдение снимается.
# Heading of the advice after release.
observation-end-certificate-section-advice = После снятия наблюдения
# Advice: go straight home.
observation-end-certificate-advice-home = Отправляйтесь прямо домой, всю дорогу не снимайте маску и избегайте мест скопления людей.
# Advice: keep monitoring health for a further period.
observation-end-certificate-advice-monitor = Продолжайте следить за своим здоровьем ещё { $monitoring ->
        [one] { $monitoring } день
        [few] { $monitoring } дня
       *[many] { $monitoring } дней
        [other] { $monitoring } дня
    } и измеряйте температуру каждый день утром и вечером.
# Advice: call the hotline if symptoms appear.
observation-end-certificate-advice-symptoms = При повышенной температуре, кашле и других симптомах немедленно позвоните на горячую линию ({ $hotline }) и обратитесь к врачу в установленном порядке; не пользуйтесь общественным транспортом.
