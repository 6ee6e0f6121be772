# Home medical observation notice: handed to, and signed by, a resident
# placed under home medical observation.

home-observation-notice-title = 자가 의학 관찰 개인 안내문
home-observation-notice-greeting = 존경하는 { $name } 님께
home-observation-notice-intro = 감염병 예방·통제 관련 규정에 따라 귀하는 위의 거주지 주소에서 { $days }일간 자가 의학 관찰을 받아야 합니다. 관찰 기간은 { $start }부터 { $end }까지입니다. 관찰 기간에는 다음 사항을 지켜 주십시오.
home-observation-notice-section-rules = 관찰 기간 준수 사항
home-observation-notice-rule-stay = 자가 관찰 기간에는 외출하지 마십시오.
home-observation-notice-rule-room = 환기가 잘되는 방에서 혼자 지내고, 방문을 닫아 두며, 가족과의 접촉을 최대한 피하십시오.
home-observation-notice-rule-visitors = 방문객은 받지 마십시오. 돌보는 사람은 지정된 한 명까지만 허용됩니다.
home-observation-notice-rule-temperature = 매일 아침과 저녁에 한 번씩 체온을 측정하고, 당일에 커뮤니티에 보고하십시오.
home-observation-notice-rule-symptoms = 발열, 마른기침, 피로감, 인후통, 후각 또는 미각 저하, 설사 등의 증상이 나타나면 즉시 커뮤니티에 보고하십시오. 발열 진료소에 가야 할 경우에는 구급차({ $ambulance })로 이송되며, 대중교통을 이용해서는 안 됩니다.
home-observation-notice-rule-mask = 주변에 다른 사람이 있을 때에는 마스크를 착용하십시오.
home-observation-notice-rule-tableware = 수건, 식기 등은 다른 사람과 따로 사용하십시오.
home-observation-notice-rule-waste = 사용한 마스크와 휴지는 뚜껑이 있는 쓰레기통에 버리고, 생활 쓰레기는 이중 봉투에 담아 커뮤니티 직원에게 전달하십시오.
home-observation-notice-rule-supplies = 생활용품이 필요한 경우 커뮤니티에 연락하시면 대신 배달해 드립니다.
home-observation-notice-section-consequences = 규정을 위반할 경우
home-observation-notice-consequence-transfer = 자가 관찰 규정을 위반한 경우 집중 의학 관찰로 전환되며(현지 규정에 따라 비용을 본인이 부담할 수 있습니다), 관찰 기간은 처음부터 다시 계산됩니다.
home-observation-notice-consequence-law = 규정을 위반한 경우 「중화인민공화국 치안관리처벌법」 제50조에 따라 처벌받을 수 있으며, 감염병을 전파시킨 경우에는 법에 따라 형사책임을 지게 됩니다.
home-observation-notice-section-contacts = 연락처
home-observation-notice-acknowledge = 본인은 이 안내문의 내용을 모두 읽고 이해하였으며, 이를 준수할 것을 약속합니다.
