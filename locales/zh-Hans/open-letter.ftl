# 致外籍人士的公开信: a one-page letter from the office to all foreign
# residents. Not about one resident; signed by the office and dated.
# Variables: $days (how many days back travel is to be reported), $distance
# (metres, a number), $hours (police registration deadline),
# $hotline, $citizen, $ambulance (phone numbers).

# Title of the letter.
open-letter-title = 致外籍人士的公开信
# Salutation.
open-letter-greeting = 各位外籍朋友：
# The situation, in one sentence, and what follows.
open-letter-situation = 当前，疫情防控工作正处于关键时期。为保障您和他人的健康安全，我们恳请您理解和支持以下防控措施：
# Request: follow official information.
open-letter-request-information = 通过政府官方渠道了解疫情信息和防控要求，不信谣、不传谣。
# Request: go out less.
open-letter-request-stay-home = 尽量减少外出，避免聚会聚餐，不前往人员密集场所。
# Request: hygiene and distance.
open-letter-request-hygiene = 外出时佩戴口罩，勤洗手、常通风，与他人保持 { $distance } 米以上距离。
# Request: report travel and health truthfully.
open-letter-request-report = 如实报告旅行史、接触史和健康状况；近 { $days } 天内从境外或其他地区来（返）本地的，请主动向所在社区报告。
# Request: obey the law and the measures.
open-letter-request-law = 遵守中国法律法规和各项防控规定，配合社区开展健康监测、医学观察等工作。
# Request: register with the police.
open-letter-request-register = 在旅馆以外的住所居住的，请在入住后 { $hours } 小时内向居住地公安机关办理住宿登记。
# Where to get help; the contact table follows.
open-letter-help = 如需帮助，请拨打 24 小时服务热线 { $hotline } 或市民服务热线 { $citizen }，也可联系下列工作人员或本国驻华使领馆。如出现发热等症状，请拨打急救电话 { $ambulance }，不要乘坐公共交通工具。
# The languages the hotline serves, with interpreting; the office's list of
# languages, each named in its own language, follows on a line of its own.
open-letter-languages = 24 小时服务热线 { $hotline } 可使用以下语言提供咨询和翻译服务：
# Closing thanks.
open-letter-thanks = 感谢您对疫情防控工作的理解、支持与配合！让我们携手同心，共渡难关。
