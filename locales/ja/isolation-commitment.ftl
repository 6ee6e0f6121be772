# Isolation commitment letter: the resident's own pledge to complete the
# isolation, signed in front of a witness (often the staff of the resident's
# embassy). The same letter serves home isolation and centralized
# observation; $setting says which: "home" or "site".
# Variables: $setting ("home" or "site"), $days (length of isolation).

# Title when the resident is isolated at home.
isolation-commitment-title = 自宅隔離誓約書
# Title when the resident is observed at a designated hotel or site.
isolation-commitment-title-site = 集中観察誓約書
# Opening sentence, before the numbered pledges.
isolation-commitment-intro = 感染症対策に協力し、私自身、家族およびほかの方々の健康を守るため、次のとおり誓約します。
# Pledge: complete the whole period at the place given in the table.
isolation-commitment-pledge-complete =
    { $setting ->
        [site] 上記の観察施設・部屋で、{ $days }日間の集中医学観察を最後まで受けます。開始日と終了日は上記のとおりです。
       *[home] 上記の住所で、{ $days }日間の自宅隔離を最後まで行います。開始日と終了日は上記のとおりです。
    }
# Pledge: take the temperature twice a day and report it.
isolation-commitment-pledge-report = 毎日、朝と夜に一回ずつ体温を測って事実どおりに報告し、発熱やせきなどの症状が現れた場合は直ちに報告します。
# Pledge: accept door sensors, visits and phone checks.
isolation-commitment-pledge-checks = ドアセンサー、訪問、電話での聞き取りなどによる確認を受け入れ、協力します。
# Pledge: not leave without permission.
isolation-commitment-pledge-leave =
    { $setting ->
        [site] 観察施設のスタッフの同意なしに、指定された部屋を離れません。
       *[home] 社区（地域の住民委員会）の同意なしに隔離先の住所を離れず、来客を受け入れません。
    }
# What breaking the pledge entails.
isolation-commitment-liability = 私は、上記の誓約に違反した場合、「中華人民共和国伝染病防治法」「中華人民共和国治安管理処罰法」などの関連規定に基づき、相応の法的責任を負うことを承知しています。
# Above the signatures: the resident signed in front of the witness.
isolation-commitment-witnessed = 私は立会人の面前で本誓約書に署名しました。
