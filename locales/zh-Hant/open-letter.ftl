# Open letter to foreign residents: a one-page letter from the office to all
# foreign residents. Not about one resident; signed by the office and dated.
# Variables: $days (how many days back travel is to be reported), $distance
# (metres, a number), $hours (police registration deadline),
# $hotline, $citizen, $ambulance (phone numbers).

# Title of the letter.
open-letter-title = 致外籍人士的公開信
# Salutation.
open-letter-greeting = 各位外籍朋友：
# The situation, in one sentence, and what follows.
open-letter-situation = 目前，疫情防控工作正處於關鍵時期。為保障您和他人的健康安全，我們懇請您理解並支持以下防控措施：
# Request: follow official information.
open-letter-request-information = 透過政府官方途徑了解疫情資訊及防控要求，不輕信、不散播謠言。
# Request: go out less.
open-letter-request-stay-home = 盡量減少外出，避免聚會聚餐，不前往人群聚集的場所。
# Request: hygiene and distance.
open-letter-request-hygiene = 外出時佩戴口罩，勤洗手、常通風，與他人保持 { $distance } 米以上距離。
# Request: report travel and health truthfully.
open-letter-request-report = 如實報告旅行史、接觸史及健康狀況；近 { $days } 天內從境外或其他地區來（返）本地者，請主動向所在社區報告。
# Request: obey the law and the measures.
open-letter-request-law = 遵守中國法律法規及各項防控規定，配合社區進行健康監測、醫學觀察等工作。
# Request: register with the police.
open-letter-request-register = 在旅館以外的住所居住者，請於入住後 { $hours } 小時內向居住地公安機關辦理住宿登記。
# Where to get help; the contact table follows.
open-letter-help = 如需協助，請致電 24 小時服務熱線 { $hotline } 或市民服務熱線 { $citizen }，亦可聯絡下列工作人員或本國駐華使領館。如出現發燒等症狀，請撥打急救電話 { $ambulance }，不要搭乘公共交通工具。
# The languages the hotline serves, with interpreting; the office's list of
# languages, each named in its own language, follows on a line of its own.
open-letter-languages = 24 小時服務熱線 { $hotline } 可使用以下語言提供諮詢和翻譯服務：
# Closing thanks.
open-letter-thanks = 感謝您對疫情防控工作的理解、支持與配合！讓我們攜手同心，共渡難關。
