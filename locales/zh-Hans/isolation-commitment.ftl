# 居家隔离承诺书 / 集中观察承诺书: the resident's own pledge to complete the
# isolation, signed in front of a witness (often the staff of the resident's
# embassy). The same letter serves home isolation and centralized
# observation; $setting says which: "home" or "site".
# Variables: $setting ("home" or "site"), $days (length of isolation).

# Title when the resident is isolated at home.
isolation-commitment-title = 居家隔离承诺书
# Title when the resident is observed at a designated hotel or site.
isolation-commitment-title-site = 集中观察承诺书
# Opening sentence, before the numbered pledges.
isolation-commitment-intro = 为配合疫情防控工作，保护本人、家人和他人的健康，本人郑重承诺：
# Pledge: complete the whole period at the place given in the table.
isolation-commitment-pledge-complete =
    { $setting ->
        [site] 在上表所列观察点和房间完成 { $days } 天集中医学观察，起止日期以上表为准。
       *[home] 在上表所列地址完成 { $days } 天居家隔离，起止日期以上表为准。
    }
# Pledge: take the temperature twice a day and report it.
isolation-commitment-pledge-report = 每天早晚各测量一次体温，如实报告；出现发热、咳嗽等症状时立即报告。
# Pledge: accept door sensors, visits and phone checks.
isolation-commitment-pledge-checks = 接受并配合门磁、上门走访、电话询问等方式的检查。
# Pledge: not leave without permission.
isolation-commitment-pledge-leave =
    { $setting ->
        [site] 未经观察点工作人员同意，不离开指定房间。
       *[home] 未经社区同意，不离开隔离地址，不接待访客。
    }
# What breaking the pledge entails.
isolation-commitment-liability = 本人知悉：违反上述承诺的，将依照《中华人民共和国传染病防治法》《中华人民共和国治安管理处罚法》等有关规定承担相应法律责任。
# Above the signatures: the resident signed in front of the witness.
isolation-commitment-witnessed = 本承诺书由本人在见证人面前签署。
