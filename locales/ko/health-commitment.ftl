# Health commitment letter: signed by a resident on arrival or on return to
# a compound, school or workplace.

health-commitment-title = 건강 서약서
health-commitment-intro = 감염병 예방·통제를 철저히 하고 귀하와 다른 사람의 건강을 보호하기 위하여, 아래 정보를 사실대로 기재하고 각 항목에 대해 신고한 후 서명하여 주십시오.
health-commitment-section-info = 인적 사항
health-commitment-section-declarations = 건강 상태 신고(‘예’ 또는 ‘아니요’ 앞의 네모 칸에 ‘✓’ 표시를 하십시오)
health-commitment-declare-case = 최근 { $days }일 이내에 코로나19 확진자, 의심 환자 또는 무증상 감염자로 진단받은 적이 있습니다.
health-commitment-declare-symptoms = 최근 { $days }일 이내에 발열(체온 { $threshold }℃ 이상), 기침, 호흡 곤란, 피로감, 인후통, 후각 또는 미각 저하, 설사 등의 증상 중 하나 이상이 나타난 적이 있습니다.
health-commitment-declare-contact = 최근 { $days }일 이내에 확진자나 의심 환자, 또는 감염병 발생 지역에서 온 발열자와 접촉한 적이 있습니다.
health-commitment-declare-building = 제가 거주하는 건물(동)에 확진자 또는 의심 환자가 있습니다.
health-commitment-declare-medicine = 최근 { $days }일 이내에 해열제를 복용한 적이 있습니다.
health-commitment-section-pledges = 본인은 다음과 같이 엄숙히 서약합니다
health-commitment-pledge-true = 위에 기재한 정보는 사실이며, 정확하고 빠짐없이 작성되었습니다.
health-commitment-pledge-report = 위의 증상 중 어느 하나라도 나타나면 즉시 거주지 커뮤니티 또는 직장·학교에 보고하고, 안내에 따라 진료를 받겠습니다.
health-commitment-pledge-obey = 의학 관찰, 핵산(PCR) 검사 등 각종 방역 조치에 따르고 협조하겠습니다.
health-commitment-pledge-mask = 공공장소에 있거나 교통수단을 이용할 때에는 항상 마스크를 착용하겠습니다.
health-commitment-liability = 본인은 정보를 숨기거나 허위로 신고한 경우, 또는 검사나 격리를 거부한 경우 「중화인민공화국 전염병 예방치료법」 제12조·제77조 등의 규정에 따라 그에 상응하는 법적 책임을 지며, 사회신용체계의 개인 기록에 남을 수 있음을 알고 있습니다.
