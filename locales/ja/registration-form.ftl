# Arrival registration form: filled in on arrival, by the resident or by
# staff; printed blank (boxes to write in) or pre-filled from a record.
# Temperature, symptoms and home conditions are always filled in on the spot.
# Variables: $days (how many days back travel is asked for, used by the
# field label), $hours (police registration deadline).

# Title of the form.
registration-form-title = 入国者登録表
# Instruction at the top.
registration-form-intro = 以下の情報を事実どおりに記入してください。記入された情報は感染症対策にのみ使用します。
# Heading: the journey.
registration-form-section-travel = 旅程
# Heading: the person.
registration-form-section-personal = 個人情報
# Heading: health on arrival, filled in on the spot.
registration-form-section-health = 健康状態
# Label of the box for the time of arrival (written by hand, e.g. 14:30).
registration-form-arrival-time = 到着時刻
# Label of the box for the temperature measured on arrival.
registration-form-temperature = 到着時の体温（℃）
# Question with yes/no boxes: any symptoms now.
registration-form-symptoms = 現在、発熱、せき、息切れ、倦怠感、のどの痛み、嗅覚または味覚の低下、下痢などの症状がありますか
# Label of the line to describe the symptoms, if any.
registration-form-symptoms-detail = 「はい」の場合は、症状を記入してください
# Question with yes/no boxes: can the resident be isolated at home.
registration-form-home-conditions = 住居に自宅隔離ができる環境（個室、専用のトイレ・浴室）がありますか
# The resident's declaration above the signature.
registration-form-declaration = 私は、上記の情報が事実であり、正確で漏れのないものであることを誓約します。
# One-line reminder of the duty to register with the police.
registration-form-police-reminder = 外国人がホテル以外の住居に居住または宿泊する場合は、入居後{ $hours }時間以内に、本人または宿泊させる人が居住地の公安機関で宿泊登記を行わなければなりません（「中華人民共和国出境入境管理法」第39条）。
