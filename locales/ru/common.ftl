# Labels and phrases shared by every document.
# Chinese (zh-Hans) is the reference and binding text.

## Language names, used in notes that name the binding version.

language-name = Русский

## Field labels

field-name = Фамилия и имя (как в паспорте)
field-nationality = Гражданство
# For a resident of Hong Kong, Macao or Taiwan.
field-nationality-region = Гражданство/регион
field-passport = Номер паспорта или иного документа
field-sex = Пол
field-birth-date = Дата рождения
field-phone = Контактный телефон
field-address = Адрес проживания в Китае
field-employer = Место работы или учёбы
# The person to contact at the resident's employer or school (home notice).
field-employer-contact = Контактное лицо на работе или в учебном заведении
# That contact's phone number.
field-employer-phone = Телефон контактного лица
field-entry-date = Дата въезда
field-port-of-entry = Пункт пропуска при въезде
field-flight = Номер рейса, поезда или автомобиля
field-seat = Номер места
field-visited = Страны и города, посещённые за последние { $days ->
        [one] { $days } день
        [few] { $days } дня
       *[many] { $days } дней
        [other] { $days } дня
    }
field-observation-period = Срок медицинского наблюдения
field-issue-date = Дата выдачи
field-document-no = Номер
# The designated hotel or site of centralized medical observation.
field-site-name = Пункт централизованного наблюдения
# The observation site's street address.
field-site-address = Адрес пункта наблюдения
# The resident's room at the observation site.
field-room = Номер комнаты
# The residential compound (小区) an entry pass is issued for.
field-compound = Жилой комплекс
# Building and flat of the household, on an entry pass.
field-building-room = Корпус и номер квартиры
# The resident named on an entry pass, as head of the household.
field-household-head = Глава семьи
# How many people live in the household; the value is a number.
field-household-size = Число членов семьи
# The days an entry pass is valid; the value is a period (see `period`).
field-validity = Срок действия
# The phase an entry pass belongs to (compounds issue new passes, with a new
# seal, each phase); the value is a number or code.
field-phase = Этап выдачи
# Where the resident's journey to this city began (city, country).
field-departure = Пункт отправления

## Field values

sex-female = Женский
sex-male = Мужской
sex-unspecified = Не указан
answer-yes = Да
answer-no = Нет
# A period of days from one date to another, both included.
period = с { $start } по { $end } ({ $days ->
        [one] { $days } день
        [few] { $days } дня
       *[many] { $days } дней
        [other] { $days } дня
    })

## Signature block

sign-resident = Личная подпись
sign-guardian = Подпись законного представителя (для несовершеннолетних)
sign-date = Дата
sign-seal = (Печать)
issued-by = Кем выдано
# Witness who watched the resident sign (for example the embassy's staff).
sign-witness = Подпись свидетеля
# The witness's organisation and position, written by the witness.
sign-witness-organization = Организация и должность свидетеля
# The staff member who filled in or checked a form.
sign-staff = Подпись ответственного сотрудника

## Contacts

role-community = Контактное лицо комитета квартала
role-grid-worker = Ответственный за участок
role-doctor = Участковый врач
role-police = Участковый полицейский
role-foreign-affairs = Сотрудник по работе с иностранцами
hotline-24h = Круглосуточная горячая линия
emergency-ambulance = Скорая помощь
emergency-police = Полиция
emergency-citizen = Городская горячая линия
fever-clinic = Отделение для пациентов с лихорадкой
embassy-phone = Телефон посольства или консульства Вашей страны в Китае

## Notes

# Printed on a page that carries only the translation.
binding-note = Обязательную силу имеет текст документа на китайском языке. Перевод приведён только для понимания.

## Pages of a document that runs on to a second page ("Страница 2/2")

page-number = Страница
page-continued = Продолжение на следующей странице
