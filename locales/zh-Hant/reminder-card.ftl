# Warm reminder: a small card (A6) of health tips, printed four to an A4
# sheet. Not about one resident.
# Variables: $distance (metres, a number), $threshold (°C, a
# number), $hotline (phone number), $hours (police registration deadline).

# Title of the card.
reminder-card-title = 溫馨提示
# Tip: masks.
reminder-card-tip-mask = 外出及在公眾場所請佩戴口罩。
# Tip: hand washing.
reminder-card-tip-hands = 經常用肥皂和流動清水洗手，不要用未清潔的手觸摸口、眼、鼻。
# Tip: going out less, crowds and distance.
reminder-card-tip-distance = 減少外出，避免聚集，與他人保持 { $distance } 米以上距離。
# Tip: ventilation.
reminder-card-tip-ventilate = 居室經常開窗通風，保持空氣流通。
# Tip: temperature, and what counts as fever.
reminder-card-tip-temperature = 每日量度體溫；體溫達 { $threshold } ℃ 或以上即為發燒。
# Tip: what to do with symptoms.
reminder-card-tip-symptoms = 如出現發燒、咳嗽等症狀，請致電 { $hotline }，按指示就醫，不要搭乘公共交通工具。
# Tip: registering with the police.
reminder-card-tip-register = 在旅館以外的住所居住者，請於入住後 { $hours } 小時內到居住地公安機關辦理住宿登記。
