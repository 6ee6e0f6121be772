# Centralized medical observation notice: handed to, and signed by, a
# resident placed under medical observation at a designated hotel or site.
# The site's name, address and the room number are printed in the table
# above the text.
# Variables: $name (the resident), $days (length of observation), $start and
# $end (first and last day, dates), $ambulance (phone number).

# Title of the notice.
central-observation-notice-title = 集中医学観察に関する通知書
# Salutation before the text; $name is the resident's name as in the passport.
central-observation-notice-greeting = { $name } 様
# Opening paragraph: the length and dates of the observation.
central-observation-notice-intro = 感染症対策に関する規定に基づき、あなたには上記の集中医学観察施設で{ $days }日間、集中医学観察を受けていただく必要があります。期間は{ $start }から{ $end }までです。観察期間中は、以下の事項を守ってください。
# Heading of the numbered rules.
central-observation-notice-section-rules = 観察期間中の注意事項
# Rule: stay in the room the site assigned.
central-observation-notice-rule-room = 指定された部屋で一人で過ごし、観察期間中は許可なく部屋を出ないでください。
# Rule: no visiting between rooms, no visitors from outside.
central-observation-notice-rule-visits = ほかの部屋を訪ねたり、互いに行き来したりしないでください。ご家族やご友人の面会もお断りします。
# Rule: staff take the temperature twice a day.
central-observation-notice-rule-temperature = スタッフが毎日2回体温を測りますので、ご協力ください。
# Rule: report symptoms to the staff; transfer to hospital by ambulance.
central-observation-notice-rule-symptoms = 発熱、乾いたせき、倦怠感、のどの痛み、嗅覚または味覚の低下、下痢などの症状が現れた場合は、直ちにスタッフに知らせてください。病院へ行く必要がある場合は、救急車（{ $ambulance }）で搬送されます。
# Rule: meals are left at the door; open it only when the staff have gone.
central-observation-notice-rule-meals = 食事は1日3回、スタッフが部屋のドアの前まで届けます。配膳スタッフが立ち去ってからドアを開け、マスクを着用して受け取ってください。
# Rule: waste is bagged and left at the door for the staff.
central-observation-notice-rule-waste = 生活ごみは袋に入れて口をしっかり縛り、部屋のドアの前に置いてください。スタッフがまとめて回収・処理します。
# Rule: costs borne by the resident where local rules say so; damage paid for.
central-observation-notice-rule-costs = 地域の規定により観察期間中の食費・宿泊費などを本人が負担する場合は、規定どおりお支払いください。観察施設の設備や備品を壊した場合は、弁償していただきます。
# Rule: at the end, a notice of release is issued.
central-observation-notice-rule-release = 観察期間が満了し、異常がなかった場合は、観察施設から医学観察解除通知書が発行されます。
# Heading of the consequences.
central-observation-notice-section-consequences = 規定に違反した場合
# Consequence: punishment under the Public Security Administration Punishments Law, criminal liability.
central-observation-notice-consequence-law = 協力を拒んだり、無断で観察施設を離れたりした場合は、「中華人民共和国治安管理処罰法」第50条に基づき処罰されることがあります。感染を拡大させた場合は、法に基づき刑事責任が問われます。
# Heading of the contact table.
central-observation-notice-section-contacts = 連絡先
# Printed above the resident's signature.
central-observation-notice-acknowledge = 私は本通知書の内容をすべて読んで理解しました。これを守ることを誓約します。
