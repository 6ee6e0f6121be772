# Open letter to foreign residents: a one-page letter from the office to all
# foreign residents. Not about one resident; signed by the office and dated.
# Variables: $days (how many days back travel is to be reported), $distance
# (metres, a number), $hours (police registration deadline),
# $hotline, $citizen, $ambulance (phone numbers).

# Title of the letter.
open-letter-title = Открытое письмо иностранным гражданам
# Salutation.
open-letter-greeting = Дорогие иностранные друзья!
# The situation, in one sentence, and what follows.
open-letter-situation = Сейчас профилактика и контроль эпидемии находятся на решающем этапе. Ради вашего здоровья и безопасности, а также здоровья и безопасности окружающих просим вас с пониманием отнестись к следующим мерам и поддержать их:
# Request: follow official information.
open-letter-request-information = Узнавайте об эпидемии и о действующих мерах из официальных государственных источников; не верьте слухам и не распространяйте их.
# Request: go out less.
open-letter-request-stay-home = Как можно реже выходите из дома, избегайте встреч и застолий, не посещайте места скопления людей.
# Request: hygiene and distance.
open-letter-request-hygiene = Выходя из дома, надевайте маску; чаще мойте руки и проветривайте помещения; держитесь от других людей на расстоянии не менее { $distance } м.
# Request: report travel and health truthfully.
open-letter-request-report = Правдиво сообщайте о своих поездках, контактах и состоянии здоровья. Если вы приехали (вернулись) сюда из-за рубежа или из другого региона за последние { $days ->
        [one] { $days } день
        [few] { $days } дня
       *[many] { $days } дней
        [other] { $days } дня
    }, сами сообщите об этом в комитет квартала.
# Request: obey the law and the measures.
open-letter-request-law = Соблюдайте законы и нормативные акты Китая и все противоэпидемические правила, содействуйте комитету квартала в контроле состояния здоровья, медицинском наблюдении и другой работе.
# Request: register with the police.
open-letter-request-register = Если вы живёте не в гостинице, в течение { $hours ->
        [one] { $hours } часа
        [few] { $hours } часов
       *[many] { $hours } часов
        [other] { $hours } часа
    } после заселения зарегистрируйтесь в полиции по месту проживания.
# Where to get help; the contact table follows.
open-letter-help = Если вам нужна помощь, звоните на круглосуточную горячую линию { $hotline } или на городскую горячую линию { $citizen }, обращайтесь к указанным ниже сотрудникам или в посольство (консульство) своей страны в Китае. При повышенной температуре и других симптомах вызывайте скорую помощь ({ $ambulance }); не пользуйтесь общественным транспортом.
# The languages the hotline serves, with interpreting; the office's list of
# languages, each named in its own language, follows on a line of its own.
open-letter-languages = Круглосуточная горячая линия { $hotline } консультирует и предоставляет услуги перевода на следующих языках:
# Closing thanks.
open-letter-thanks = Благодарим вас за понимание, поддержку и содействие! Вместе мы преодолеем трудности.
