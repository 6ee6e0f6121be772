# Arrival registration form: filled in on arrival, by the resident or by
# staff; printed blank (boxes to write in) or pre-filled from a record.
# Temperature, symptoms and home conditions are always filled in on the spot.
# Variables: $days (how many days back travel is asked for, used by the
# field label), $hours (police registration deadline).

# Title of the form.
registration-form-title = 入境人員登記表
# Instruction at the top.
registration-form-intro = 請如實填寫以下資料。所填資料僅用於疫情防控工作。
# Heading: the journey.
registration-form-section-travel = 行程資料
# Heading: the person.
registration-form-section-personal = 個人資料
# Heading: health on arrival, filled in on the spot.
registration-form-section-health = 健康狀況
# Label of the box for the time of arrival (written by hand, e.g. 14:30).
registration-form-arrival-time = 抵達時間
# Label of the box for the temperature measured on arrival.
registration-form-temperature = 抵達時體溫（℃）
# Question with yes/no boxes: any symptoms now.
registration-form-symptoms = 目前是否有發燒、咳嗽、呼吸急促、疲倦乏力、喉嚨痛、嗅覺或味覺減退、腹瀉等症狀
# Label of the line to describe the symptoms, if any.
registration-form-symptoms-detail = 如有，請註明症狀
# Question with yes/no boxes: can the resident be isolated at home.
registration-form-home-conditions = 住所是否具備居家隔離條件（獨立房間、獨立洗手間）
# The resident's declaration above the signature.
registration-form-declaration = 本人承諾以上資料真實、準確、完整。
# One-line reminder of the duty to register with the police.
registration-form-police-reminder = 外國人在旅館以外的住所居住或住宿者，應當在入住後 { $hours } 小時內由本人或留宿人向居住地公安機關辦理住宿登記（《中華人民共和國出境入境管理法》第三十九條）。
