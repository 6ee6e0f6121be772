# 温馨提示: a small card (A6) of health tips, printed four to an A4 sheet.
# Not about one resident.
# Variables: $distance (metres, a number), $threshold (°C, a
# number), $hotline (phone number), $hours (police registration deadline).

# Title of the card.
reminder-card-title = 温馨提示
# Tip: masks.
reminder-card-tip-mask = 外出及在公共场所请佩戴口罩。
# Tip: hand washing.
reminder-card-tip-hands = 勤用肥皂和流动水洗手，不用脏手触摸口、眼、鼻。
# Tip: going out less, crowds and distance.
reminder-card-tip-distance = 减少外出，避免聚集，与他人保持 { $distance } 米以上距离。
# Tip: ventilation.
reminder-card-tip-ventilate = 居室经常开窗通风，保持空气流通。
# Tip: temperature, and what counts as fever.
reminder-card-tip-temperature = 每天测量体温；体温达到 { $threshold } ℃ 及以上即为发热。
# Tip: what to do with symptoms.
reminder-card-tip-symptoms = 如出现发热、咳嗽等症状，请拨打 { $hotline }，听从安排就医，不要乘坐公共交通工具。
# Tip: registering with the police.
reminder-card-tip-register = 在旅馆以外的住所居住的，请在入住后 { $hours } 小时内到居住地公安机关办理住宿登记。
