# Arrival registration form: filled in on arrival, by the resident or by
# staff; printed blank (boxes to write in) or pre-filled from a record.
# Temperature, symptoms and home conditions are always filled in on the spot.
# Variables: $days (how many days back travel is asked for, used by the
# field label), $hours (police registration deadline).

# Title of the form.
registration-form-title = Регистрационная анкета прибывшего
# Instruction at the top.
registration-form-intro = Правдиво заполните сведения ниже. Они используются только для профилактики и контроля эпидемии.
# Heading: the journey.
registration-form-section-travel = Сведения о поездке
# Heading: the person.
registration-form-section-personal = Личные данные
# Heading: health on arrival, filled in on the spot.
registration-form-section-health = Состояние здоровья
# Label of the box for the time of arrival (written by hand, e.g. 14:30).
registration-form-arrival-time = Время прибытия
# Label of the box for the temperature measured on arrival.
registration-form-temperature = Температура при прибытии (°C)
# Question with yes/no boxes: any symptoms now.
registration-form-symptoms = Есть ли у Вас сейчас повышенная температура, кашель, одышка, слабость, боль в горле, снижение обоняния или вкуса, диарея или другие симптомы?
# Label of the line to describe the symptoms, if any.
registration-form-symptoms-detail = Если да, укажите симптомы
# Question with yes/no boxes: can the resident be isolated at home.
registration-form-home-conditions = Есть ли в Вашем жилье условия для домашней изоляции (отдельная комната, отдельный санузел)?
# The resident's declaration above the signature.
registration-form-declaration = Подтверждаю, что приведённые выше сведения достоверны, точны и полны.
# One-line reminder of the duty to register with the police.
registration-form-police-reminder = Иностранцы, проживающие или остановившиеся не в гостинице, обязаны в течение { $hours ->
        [one] { $hours } часа
        [few] { $hours } часов
       *[many] { $hours } часов
        [other] { $hours } часа
    } после заселения лично или через принимающую сторону зарегистрироваться в полиции по месту проживания (статья 39 Закона КНР «Об управлении выездом и въездом»).
