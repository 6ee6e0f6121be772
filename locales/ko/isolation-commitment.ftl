# Isolation commitment letter: the resident's own pledge to complete the
# isolation, signed in front of a witness (often the staff of the resident's
# embassy). The same letter serves home isolation and centralized
# observation; $setting says which: "home" or "site".
# Variables: $setting ("home" or "site"), $days (length of isolation).

# Title when the resident is isolated at home.
isolation-commitment-title = 자가 격리 서약서
# Title when the resident is observed at a designated hotel or site.
isolation-commitment-title-site = 집중 관찰 서약서
# Opening sentence, before the numbered pledges.
isolation-commitment-intro = 감염병 예방·통제에 협조하고 본인과 가족, 다른 사람의 건강을 보호하기 위하여 본인은 다음과 같이 엄숙히 서약합니다.
# Pledge: complete the whole period at the place given in the table.
isolation-commitment-pledge-complete =
    { $setting ->
        [site] 위 표에 기재된 관찰 시설과 방에서 { $days }일간의 집중 의학 관찰을 마치겠습니다. 시작일과 종료일은 위 표에 따릅니다.
       *[home] 위 표에 기재된 주소에서 { $days }일간의 자가 격리를 마치겠습니다. 시작일과 종료일은 위 표에 따릅니다.
    }
# Pledge: take the temperature twice a day and report it.
isolation-commitment-pledge-report = 매일 아침과 저녁에 한 번씩 체온을 측정하여 사실대로 보고하고, 발열, 기침 등의 증상이 나타나면 즉시 보고하겠습니다.
# Pledge: accept door sensors, visits and phone checks.
isolation-commitment-pledge-checks = 도어 센서, 방문 점검, 전화 확인 등의 방식으로 이루어지는 점검을 받아들이고 협조하겠습니다.
# Pledge: not leave without permission.
isolation-commitment-pledge-leave =
    { $setting ->
        [site] 관찰 시설 직원의 동의 없이 지정된 방을 떠나지 않겠습니다.
       *[home] 커뮤니티의 동의 없이 격리 장소를 떠나지 않으며, 방문객을 받지 않겠습니다.
    }
# What breaking the pledge entails.
isolation-commitment-liability = 본인은 위의 서약을 위반할 경우 「중화인민공화국 전염병 예방치료법」, 「중화인민공화국 치안관리처벌법」 등 관련 규정에 따라 그에 상응하는 법적 책임을 진다는 것을 알고 있습니다.
# Above the signatures: the resident signed in front of the witness.
isolation-commitment-witnessed = 본인은 입회인 앞에서 이 서약서에 서명하였습니다.
