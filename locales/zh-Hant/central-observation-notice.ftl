# Centralized medical observation notice: handed to, and signed by, a
# resident placed under medical observation at a designated hotel or site.
# The site's name, address and the room number are printed in the table
# above the text.
# Variables: $name (the resident), $days (length of observation), $start and
# $end (first and last day, dates), $ambulance (phone number).

# Title of the notice.
central-observation-notice-title = 集中醫學觀察個人告知書
# Salutation before the text; $name is the resident's name as in the passport.
central-observation-notice-greeting = { $sex ->
        [female] 尊敬的 { $name } 女士：
        [male] 尊敬的 { $name } 先生：
       *[other] 尊敬的 { $name }：
    }
# Opening paragraph: the length and dates of the observation.
central-observation-notice-intro = 根據疫情防控相關規定，您須在上述集中醫學觀察點接受 { $days } 天集中醫學觀察，自 { $start } 起至 { $end } 止。觀察期間，請遵守以下規定：
# Heading of the numbered rules.
central-observation-notice-section-rules = 觀察期間須知
# Rule: stay in the room the site assigned.
central-observation-notice-rule-room = 獨自居住於指定房間，觀察期間不得擅自離開房間。
# Rule: no visiting between rooms, no visitors from outside.
central-observation-notice-rule-visits = 不得前往其他房間或互相探訪，謝絕親友來訪。
# Rule: staff take the temperature twice a day.
central-observation-notice-rule-temperature = 工作人員每日為您量兩次體溫，請予以配合。
# Rule: report symptoms to the staff; transfer to hospital by ambulance.
central-observation-notice-rule-symptoms = 如出現發燒、乾咳、疲倦乏力、喉嚨痛、嗅覺或味覺減退、腹瀉等症狀，請立即告知工作人員；需前往醫院者，由救護車（{ $ambulance }）轉送。
# Rule: meals are left at the door; open it only when the staff have gone.
central-observation-notice-rule-meals = 一日三餐由工作人員送至房門口；請待送餐人員離開後再開門取餐，取餐時須佩戴口罩。
# Rule: waste is bagged and left at the door for the staff.
central-observation-notice-rule-waste = 生活垃圾請裝袋綁緊，放在房門口，由工作人員統一收集處理。
# Rule: costs borne by the resident where local rules say so; damage paid for.
central-observation-notice-rule-costs = 按當地規定須由本人承擔觀察期間食宿等費用者，請按規定繳付；損壞觀察點設施、物品者，須照價賠償。
# Rule: at the end, a notice of release is issued.
central-observation-notice-rule-release = 觀察期滿且無異常情況者，由觀察點發出解除醫學觀察告知單。
# Heading of the consequences.
central-observation-notice-section-consequences = 違反規定的後果
# Consequence: punishment under the Public Security Administration Punishments Law, criminal liability.
central-observation-notice-consequence-law = 拒不配合或擅自離開觀察點者，可依照《中華人民共和國治安管理處罰法》第五十條予以處罰；造成疫情傳播者，依法追究刑事責任。
# Heading of the contact table.
central-observation-notice-section-contacts = 聯絡方式
# Printed above the resident's signature.
central-observation-notice-acknowledge = 本人已閱讀並理解本告知書的全部內容，承諾遵守。
