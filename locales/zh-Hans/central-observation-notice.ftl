# 集中医学观察个人告知书: handed to, and signed by, a resident placed under
# medical observation at a designated hotel or site. The site's name,
# address and the room number are printed in the table above the text.
# Variables: $name (the resident), $days (length of observation), $start and
# $end (first and last day, dates), $ambulance (phone number).

# Title of the notice.
central-observation-notice-title = 集中医学观察个人告知书
# Salutation before the text; $name is the resident's name as in the passport.
central-observation-notice-greeting = { $sex ->
        [female] 尊敬的 { $name } 女士：
        [male] 尊敬的 { $name } 先生：
       *[other] 尊敬的 { $name }：
    }
# Opening paragraph: the length and dates of the observation.
central-observation-notice-intro = 根据疫情防控有关规定，您需在上述集中医学观察点接受 { $days } 天集中医学观察，自 { $start } 起至 { $end } 止。观察期间，请遵守以下要求：
# Heading of the numbered rules.
central-observation-notice-section-rules = 观察期间须知
# Rule: stay in the room the site assigned.
central-observation-notice-rule-room = 在指定房间内单独居住，观察期间不得擅自离开房间。
# Rule: no visiting between rooms, no visitors from outside.
central-observation-notice-rule-visits = 不得串门或互相探视，谢绝亲友来访。
# Rule: staff take the temperature twice a day.
central-observation-notice-rule-temperature = 工作人员每天两次为您测量体温，请予以配合。
# Rule: report symptoms to the staff; transfer to hospital by ambulance.
central-observation-notice-rule-symptoms = 如出现发热、干咳、乏力、咽痛、嗅觉或味觉减退、腹泻等症状，请立即告知工作人员；需前往医院的，由急救车（{ $ambulance }）转运。
# Rule: meals are left at the door; open it only when the staff have gone.
central-observation-notice-rule-meals = 一日三餐由工作人员送至房门口；请待送餐人员离开后再开门取餐，取餐时佩戴口罩。
# Rule: waste is bagged and left at the door for the staff.
central-observation-notice-rule-waste = 生活垃圾请装袋扎紧，放在房门口，由工作人员统一收集处理。
# Rule: costs borne by the resident where local rules say so; damage paid for.
central-observation-notice-rule-costs = 按当地规定由本人承担观察期间食宿等费用的，请按规定缴纳；损坏观察点设施、物品的，须照价赔偿。
# Rule: at the end, a notice of release is issued.
central-observation-notice-rule-release = 观察期满且无异常情况的，由观察点出具解除医学观察告知单。
# Heading of the consequences.
central-observation-notice-section-consequences = 违反规定的后果
# Consequence: punishment under the Public Security Administration Punishments Law, criminal liability.
central-observation-notice-consequence-law = 拒不配合或擅自离开观察点的，可依照《中华人民共和国治安管理处罚法》第五十条予以处罚；造成疫情传播的，依法追究刑事责任。
# Heading of the contact table.
central-observation-notice-section-contacts = 联系方式
# Printed above the resident's signature.
central-observation-notice-acknowledge = 本人已阅读并理解本告知书的全部内容，承诺遵守。
