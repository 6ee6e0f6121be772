# Isolation commitment letter: the resident's own pledge to complete the
# isolation, signed in front of a witness (often the staff of the resident's
# embassy). The same letter serves home isolation and centralized
# observation; $setting says which: "home" or "site".
# Variables: $setting ("home" or "site"), $days (length of isolation).

# Title when the resident is isolated at home.
isolation-commitment-title = 居家隔離承諾書
# Title when the resident is observed at a designated hotel or site.
isolation-commitment-title-site = 集中觀察承諾書
# Opening sentence, before the numbered pledges.
isolation-commitment-intro = 為配合疫情防控工作，保障本人、家人及他人的健康，本人鄭重承諾：
# Pledge: complete the whole period at the place given in the table.
isolation-commitment-pledge-complete =
    { $setting ->
        [site] 在上表所列觀察點及房間完成 { $days } 天集中醫學觀察，起訖日期以上表為準。
       *[home] 在上表所列地址完成 { $days } 天居家隔離，起訖日期以上表為準。
    }
# Pledge: take the temperature twice a day and report it.
isolation-commitment-pledge-report = 每日早晚各量一次體溫，如實報告；出現發燒、咳嗽等症狀時立即報告。
# Pledge: accept door sensors, visits and phone checks.
isolation-commitment-pledge-checks = 接受並配合門磁感應器、上門探訪、電話查詢等方式的檢查。
# Pledge: not leave without permission.
isolation-commitment-pledge-leave =
    { $setting ->
        [site] 未經觀察點工作人員同意，不離開指定房間。
       *[home] 未經社區同意，不離開隔離地址，不接待訪客。
    }
# What breaking the pledge entails.
isolation-commitment-liability = 本人知悉：違反上述承諾者，將依照《中華人民共和國傳染病防治法》《中華人民共和國治安管理處罰法》等相關規定承擔相應法律責任。
# Above the signatures: the resident signed in front of the witness.
isolation-commitment-witnessed = 本承諾書由本人在見證人面前簽署。
