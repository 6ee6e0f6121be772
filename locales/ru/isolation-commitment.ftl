# Isolation commitment letter: the resident's own pledge to complete the
# isolation, signed in front of a witness (often the staff of the resident's
# embassy). The same letter serves home isolation and centralized
# observation; $setting says which: "home" or "site".
# Variables: $setting ("home" or "site"), $days (length of isolation).

# Title when the resident is isolated at home.
isolation-commitment-title = Обязательство о домашней изоляции
# Title when the resident is observed at a designated hotel or site.
isolation-commitment-title-site = Обязательство о централизованном наблюдении
# Opening sentence, before the numbered pledges.
isolation-commitment-intro = В целях содействия профилактике и контролю эпидемии, для защиты своего здоровья, здоровья своей семьи и окружающих торжественно обязуюсь:
# Pledge: complete the whole period at the place given in the table.
isolation-commitment-pledge-complete =
    { $setting ->
        [site] пройти централизованное медицинское наблюдение сроком { $days ->
            [one] { $days } день
            [few] { $days } дня
           *[many] { $days } дней
            [other] { $days } дня
        } в указанных выше пункте наблюдения и комнате, в указанные выше даты;
       *[home] пройти домашнюю изоляцию сроком { $days ->
            [one] { $days } день
            [few] { $days } дня
           *[many] { $days } дней
            [other] { $days } дня
        } по указанному выше адресу, в указанные выше даты;
    }
# Pledge: take the temperature twice a day and report it.
isolation-commitment-pledge-report = ежедневно утром и вечером измерять температуру и правдиво сообщать её, а при повышенной температуре, кашле и других симптомах немедленно сообщать об этом;
# Pledge: accept door sensors, visits and phone checks.
isolation-commitment-pledge-checks = соглашаться на проверки с помощью дверных датчиков, посещений на дому, телефонных звонков и другими способами и содействовать им;
# Pledge: not leave without permission.
isolation-commitment-pledge-leave =
    { $setting ->
        [site] не покидать отведённую мне комнату без разрешения сотрудников пункта наблюдения.
       *[home] не покидать место изоляции без разрешения комитета квартала и не принимать посетителей.
    }
# What breaking the pledge entails.
isolation-commitment-liability = Мне известно, что за нарушение настоящего обязательства я несу юридическую ответственность согласно Закону КНР «О предупреждении и лечении инфекционных заболеваний», Закону КНР «О наказаниях за нарушения в сфере общественной безопасности» и другим применимым положениям.
# Above the signatures: the resident signed in front of the witness.
isolation-commitment-witnessed = Настоящее обязательство подписано мной в присутствии свидетеля.
