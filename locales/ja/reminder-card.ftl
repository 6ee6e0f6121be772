# Warm reminder: a small card (A6) of health tips, printed four to an A4
# sheet. Not about one resident.
# Variables: $distance (metres, a number), $threshold (°C, a
# number), $hotline (phone number), $hours (police registration deadline).

# Title of the card.
reminder-card-title = お知らせ
# Tip: masks.
reminder-card-tip-mask = 外出時や公共の場所では、マスクを着用してください。
# Tip: hand washing.
reminder-card-tip-hands = せっけんと流水でこまめに手を洗い、洗っていない手で口・目・鼻を触らないでください。
# Tip: going out less, crowds and distance.
reminder-card-tip-distance = 外出を控え、人の集まりを避け、ほかの人と{ $distance }メートル以上の距離を保ってください。
# Tip: ventilation.
reminder-card-tip-ventilate = 部屋の窓をこまめに開けて、換気をしてください。
# Tip: temperature, and what counts as fever.
reminder-card-tip-temperature = 毎日体温を測ってください。{ $threshold }℃以上は発熱です。
# Tip: what to do with symptoms.
reminder-card-tip-symptoms = 発熱やせきなどの症状が現れた場合は、{ $hotline } に電話し、指示に従って医療機関を受診してください。公共交通機関は利用しないでください。
# Tip: registering with the police.
reminder-card-tip-register = ホテル以外の住居に滞在する場合は、入居後{ $hours }時間以内に居住地の公安機関で宿泊登記を行ってください。
