# Arrival registration form: filled in on arrival, by the resident or by
# staff; printed blank (boxes to write in) or pre-filled from a record.
# Temperature, symptoms and home conditions are always filled in on the spot.
# Variables: $days (how many days back travel is asked for, used by the
# field label), $hours (police registration deadline).

# Title of the form.
registration-form-title = 입국자 등록표
# Instruction at the top.
registration-form-intro = 아래 정보를 사실대로 기재하여 주십시오. 기재하신 정보는 방역 목적으로만 사용됩니다.
# Heading: the journey.
registration-form-section-travel = 여정 정보
# Heading: the person.
registration-form-section-personal = 인적 사항
# Heading: health on arrival, filled in on the spot.
registration-form-section-health = 건강 상태
# Label of the box for the time of arrival (written by hand, e.g. 14:30).
registration-form-arrival-time = 도착 시각
# Label of the box for the temperature measured on arrival.
registration-form-temperature = 도착 시 체온(℃)
# Question with yes/no boxes: any symptoms now.
registration-form-symptoms = 현재 발열, 기침, 호흡 곤란, 피로감, 인후통, 후각 또는 미각 저하, 설사 등의 증상이 있습니까?
# Label of the line to describe the symptoms, if any.
registration-form-symptoms-detail = 있는 경우 증상을 적어 주십시오
# Question with yes/no boxes: can the resident be isolated at home.
registration-form-home-conditions = 거주지가 자가 격리 조건(독립된 방, 전용 화장실)을 갖추고 있습니까?
# The resident's declaration above the signature.
registration-form-declaration = 본인은 위의 정보가 사실이며 정확하고 빠짐없이 작성되었음을 서약합니다.
# One-line reminder of the duty to register with the police.
registration-form-police-reminder = 외국인이 호텔 이외의 곳에 거주하거나 숙박하는 경우, 입주 후 { $hours }시간 이내에 본인 또는 숙소 제공자가 거주지 공안기관에서 숙박 등록을 하여야 합니다(「중화인민공화국 출경입경관리법」 제39조).
