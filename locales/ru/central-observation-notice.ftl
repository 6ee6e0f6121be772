# Centralized medical observation notice: handed to, and signed by, a
# resident placed under medical observation at a designated hotel or site.
# The site's name, address and the room number are printed in the table
# above the text.
# Variables: $name (the resident), $days (length of observation), $start and
# $end (first and last day, dates), $ambulance (phone number).

# Title of the notice.
central-observation-notice-title = Уведомление о централизованном медицинском наблюдении
# Salutation before the text; $name is the resident's name as in the passport.
central-observation-notice-greeting = { $sex ->
        [female] Уважаемая { $name }!
        [male] Уважаемый { $name }!
       *[other] Здравствуйте, { $name }!
    }
# Opening paragraph: the length and dates of the observation.
central-observation-notice-intro = Согласно правилам профилактики и контроля эпидемии, Вы должны находиться под централизованным медицинским наблюдением в указанном выше пункте наблюдения { $days ->
        [one] { $days } день
        [few] { $days } дня
       *[many] { $days } дней
        [other] { $days } дня
    }: с { $start } по { $end } включительно. В период наблюдения соблюдайте следующие требования:
# Heading of the numbered rules.
central-observation-notice-section-rules = Правила на период наблюдения
# Rule: stay in the room the site assigned.
central-observation-notice-rule-room = Живите один (одна) в отведённой Вам комнате; самовольно покидать комнату в период наблюдения запрещено.
# Rule: no visiting between rooms, no visitors from outside.
central-observation-notice-rule-visits = Не ходите в другие комнаты и не принимайте у себя соседей; посещения родственников и друзей не допускаются.
# Rule: staff take the temperature twice a day.
central-observation-notice-rule-temperature = Сотрудники измеряют Вам температуру дважды в день; просим оказывать им содействие.
# Rule: report symptoms to the staff; transfer to hospital by ambulance.
central-observation-notice-rule-symptoms = При температуре, сухом кашле, слабости, боли в горле, снижении обоняния или вкуса, диарее и других симптомах немедленно сообщите сотрудникам. Если нужно в больницу, Вас доставит скорая помощь ({ $ambulance }).
# Rule: meals are left at the door; open it only when the staff have gone.
central-observation-notice-rule-meals = Еду три раза в день приносят к двери Вашей комнаты. Открывайте дверь только после того, как сотрудник уйдёт, и забирайте еду в маске.
# Rule: waste is bagged and left at the door for the staff.
central-observation-notice-rule-waste = Бытовые отходы складывайте в пакет, плотно завязывайте его и оставляйте у двери комнаты; сотрудники заберут их.
# Rule: costs borne by the resident where local rules say so; damage paid for.
central-observation-notice-rule-costs = Если по местным правилам расходы на питание, проживание и т. п. в период наблюдения оплачиваете Вы сами, внесите оплату в установленном порядке. Ущерб, причинённый оборудованию и имуществу пункта наблюдения, возмещается в полном размере.
# Rule: at the end, a notice of release is issued.
central-observation-notice-rule-release = Если срок наблюдения истёк и отклонений не выявлено, пункт наблюдения выдаст Вам уведомление о снятии медицинского наблюдения.
# Heading of the consequences.
central-observation-notice-section-consequences = Последствия нарушения правил
# Consequence: punishment under the Public Security Administration Punishments Law, criminal liability.
central-observation-notice-consequence-law = Отказ от сотрудничества или самовольный уход из пункта наблюдения может быть наказан по статье 50 Закона КНР «О наказаниях за нарушения в сфере общественной безопасности»; если это привело к распространению инфекции, наступает уголовная ответственность в соответствии с законом.
# Heading of the contact table.
central-observation-notice-section-contacts = Контакты
# Printed above the resident's signature.
central-observation-notice-acknowledge = Я прочитал(а) и понял(а) всё содержание настоящего уведомления и обязуюсь его соблюдать.
