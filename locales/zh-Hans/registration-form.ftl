# 入境人员登记表: filled in on arrival, by the resident or by staff; printed
# blank (boxes to write in) or pre-filled from a record. Temperature,
# symptoms and home conditions are always filled in on the spot.
# Variables: $days (how many days back travel is asked for, used by the
# field label), $hours (police registration deadline).

# Title of the form.
registration-form-title = 入境人员登记表
# Instruction at the top.
registration-form-intro = 请如实填写以下信息。所填信息仅用于疫情防控工作。
# Heading: the journey.
registration-form-section-travel = 行程信息
# Heading: the person.
registration-form-section-personal = 个人信息
# Heading: health on arrival, filled in on the spot.
registration-form-section-health = 健康状况
# Label of the box for the time of arrival (written by hand, e.g. 14:30).
registration-form-arrival-time = 抵达时间
# Label of the box for the temperature measured on arrival.
registration-form-temperature = 抵达时体温（℃）
# Question with yes/no boxes: any symptoms now.
registration-form-symptoms = 目前是否有发热、咳嗽、气促、乏力、咽痛、嗅觉或味觉减退、腹泻等症状
# Label of the line to describe the symptoms, if any.
registration-form-symptoms-detail = 如有，请注明症状
# Question with yes/no boxes: can the resident be isolated at home.
registration-form-home-conditions = 住所是否具备居家隔离条件（单独房间、独立卫生间）
# The resident's declaration above the signature.
registration-form-declaration = 本人承诺以上信息真实、准确、完整。
# One-line reminder of the duty to register with the police.
registration-form-police-reminder = 外国人在旅馆以外的住所居住或住宿的，应当在入住后 { $hours } 小时内由本人或留宿人向居住地公安机关办理住宿登记（《中华人民共和国出境入境管理法》第三十九条）。
