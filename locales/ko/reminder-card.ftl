# Warm reminder: a small card (A6) of health tips, printed four to an A4
# sheet. Not about one resident.
# Variables: $distance (metres, a number), $threshold (°C, a
# number), $hotline (phone number), $hours (police registration deadline).

# Title of the card.
reminder-card-title = 알려 드립니다
# Tip: masks.
reminder-card-tip-mask = 외출할 때와 공공장소에서는 마스크를 착용하십시오.
# Tip: hand washing.
reminder-card-tip-hands = 비누와 흐르는 물로 손을 자주 씻고, 씻지 않은 손으로 입, 눈, 코를 만지지 마십시오.
# Tip: going out less, crowds and distance.
reminder-card-tip-distance = 외출을 줄이고 모임을 피하며, 다른 사람과 { $distance }미터 이상 거리를 유지하십시오.
# Tip: ventilation.
reminder-card-tip-ventilate = 창문을 자주 열어 실내를 환기하고, 공기가 잘 통하게 하십시오.
# Tip: temperature, and what counts as fever.
reminder-card-tip-temperature = 매일 체온을 측정하십시오. 체온이 { $threshold }℃ 이상이면 발열입니다.
# Tip: what to do with symptoms.
reminder-card-tip-symptoms = 발열, 기침 등의 증상이 나타나면 { $hotline }번으로 전화하고, 안내에 따라 진료를 받으십시오. 대중교통은 이용하지 마십시오.
# Tip: registering with the police.
reminder-card-tip-register = 호텔이 아닌 곳에 거주하는 경우, 입주 후 { $hours }시간 이내에 거주지 공안기관에서 숙박 등록을 하십시오.
