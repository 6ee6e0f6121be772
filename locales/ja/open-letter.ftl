# Open letter to foreign residents: a one-page letter from the office to all
# foreign residents. Not about one resident; signed by the office and dated.
# Variables: $days (how many days back travel is to be reported), $distance
# (metres, a number), $hours (police registration deadline),
# $hotline, $citizen, $ambulance (phone numbers).

# Title of the letter.
open-letter-title = 外国籍の皆様への公開書簡
# Salutation.
open-letter-greeting = 外国籍の皆様へ
# The situation, in one sentence, and what follows.
open-letter-situation = 現在、感染症対策は重要な局面を迎えています。皆様とほかの方々の健康と安全を守るため、以下の対策にご理解とご協力をお願いいたします。
# Request: follow official information.
open-letter-request-information = 感染状況や対策の内容は政府の公式な情報源から入手し、デマを信じたり広めたりしないでください。
# Request: go out less.
open-letter-request-stay-home = 外出はできるだけ控え、集まりや会食を避け、人が密集する場所には行かないでください。
# Request: hygiene and distance.
open-letter-request-hygiene = 外出時はマスクを着用し、こまめに手を洗い、換気を心がけ、ほかの人と{ $distance }メートル以上の距離を保ってください。
# Request: report travel and health truthfully.
open-letter-request-report = 旅行歴、接触歴、健康状態を事実どおりに報告してください。過去{ $days }日以内に国外またはほかの地域から当地に来た（戻った）方は、お住まいの社区（地域の住民委員会）に自ら申し出てください。
# Request: obey the law and the measures.
open-letter-request-law = 中国の法令と各種の感染対策の規定を守り、社区が行う健康モニタリングや医学観察などに協力してください。
# Request: register with the police.
open-letter-request-register = ホテル以外の住居に滞在する場合は、入居後{ $hours }時間以内に居住地の公安機関で宿泊登記を行ってください。
# Where to get help; the contact table follows.
open-letter-help = お困りのときは、24時間対応ホットライン（{ $hotline }）または市民サービスホットライン（{ $citizen }）にお電話いただくか、下記の担当者または自国の在中国大使館・総領事館にご連絡ください。発熱などの症状がある場合は、救急車（{ $ambulance }）を呼び、公共交通機関は利用しないでください。
# The languages the hotline serves, with interpreting; the office's list of
# languages, each named in its own language, follows on a line of its own.
open-letter-languages = 24時間ホットライン { $hotline } では、次の言語で相談と通訳に対応しています：
# Closing thanks.
open-letter-thanks = 感染症対策へのご理解、ご支援、ご協力に感謝いたします。力を合わせて、この困難を共に乗り越えましょう。
