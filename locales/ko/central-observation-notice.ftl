# Centralized medical observation notice: handed to, and signed by, a
# resident placed under medical observation at a designated hotel or site.
# The site's name, address and the room number are printed in the table
# above the text.
# Variables: $name (the resident), $days (length of observation), $start and
# $end (first and last day, dates), $ambulance (phone number).

# Title of the notice.
central-observation-notice-title = 집중 의학 관찰 개인 안내문
# Salutation before the text; $name is the resident's name as in the passport.
central-observation-notice-greeting = 존경하는 { $name } 님께
# Opening paragraph: the length and dates of the observation.
central-observation-notice-intro = 감염병 예방·통제 관련 규정에 따라 귀하는 위의 집중 의학 관찰 시설에서 { $days }일간 집중 의학 관찰을 받아야 합니다. 관찰 기간은 { $start }부터 { $end }까지입니다. 관찰 기간에는 다음 사항을 지켜 주십시오.
# Heading of the numbered rules.
central-observation-notice-section-rules = 관찰 기간 준수 사항
# Rule: stay in the room the site assigned.
central-observation-notice-rule-room = 지정된 방에서 혼자 지내고, 관찰 기간에는 허가 없이 방을 나가지 마십시오.
# Rule: no visiting between rooms, no visitors from outside.
central-observation-notice-rule-visits = 다른 방을 방문하거나 서로 왕래하지 마십시오. 가족이나 친구의 방문도 받을 수 없습니다.
# Rule: staff take the temperature twice a day.
central-observation-notice-rule-temperature = 직원이 매일 두 차례 체온을 측정하니 협조해 주십시오.
# Rule: report symptoms to the staff; transfer to hospital by ambulance.
central-observation-notice-rule-symptoms = 발열, 마른기침, 피로감, 인후통, 후각 또는 미각 저하, 설사 등의 증상이 나타나면 즉시 직원에게 알리십시오. 병원에 가야 할 경우에는 구급차({ $ambulance })로 이송됩니다.
# Rule: meals are left at the door; open it only when the staff have gone.
central-observation-notice-rule-meals = 하루 세 끼 식사는 직원이 방문 앞까지 가져다 드립니다. 배달 직원이 떠난 뒤에 문을 열고, 마스크를 착용한 채 식사를 받으십시오.
# Rule: waste is bagged and left at the door for the staff.
central-observation-notice-rule-waste = 생활 쓰레기는 봉투에 담아 단단히 묶은 뒤 방문 앞에 두십시오. 직원이 일괄 수거하여 처리합니다.
# Rule: costs borne by the resident where local rules say so; damage paid for.
central-observation-notice-rule-costs = 현지 규정에 따라 관찰 기간의 식비·숙박비 등을 본인이 부담하는 경우에는 규정에 따라 납부하십시오. 관찰 시설의 설비나 물품을 훼손한 경우에는 그 가액을 배상해야 합니다.
# Rule: at the end, a notice of release is issued.
central-observation-notice-rule-release = 관찰 기간이 끝나고 이상이 없으면 관찰 시설에서 의학 관찰 해제 안내서를 발급합니다.
# Heading of the consequences.
central-observation-notice-section-consequences = 규정을 위반할 경우
# Consequence: punishment under the Public Security Administration Punishments Law, criminal liability.
central-observation-notice-consequence-law = 협조를 거부하거나 무단으로 관찰 시설을 떠난 경우 「중화인민공화국 치안관리처벌법」 제50조에 따라 처벌받을 수 있으며, 감염병을 전파시킨 경우에는 법에 따라 형사책임을 지게 됩니다.
# Heading of the contact table.
central-observation-notice-section-contacts = 연락처
# Printed above the resident's signature.
central-observation-notice-acknowledge = 본인은 이 안내문의 내용을 모두 읽고 이해하였으며, 이를 준수할 것을 약속합니다.
