# Labels and phrases shared by every document.
# Chinese (zh-Hans) is the reference and binding text.

## Language names, used in notes that name the binding version.

language-name = 中文

## Field labels

field-name = 姓名（与护照一致）
field-nationality = 国籍
# For a resident of Hong Kong, Macao or Taiwan.
field-nationality-region = 国籍/地区
field-passport = 护照或证件号码
field-sex = 性别
field-birth-date = 出生日期
field-phone = 联系电话
field-address = 在华居住地址
field-employer = 工作单位或学校
# The person to contact at the resident's employer or school (home notice).
field-employer-contact = 单位联系人
# That contact's phone number.
field-employer-phone = 单位联系电话
field-entry-date = 入境日期
field-port-of-entry = 入境口岸
field-flight = 航班、车次或车牌号
field-seat = 座位号
field-visited = 近 { $days } 天到访的国家和城市
field-observation-period = 医学观察期
field-issue-date = 签发日期
field-document-no = 编号
# The designated hotel or site of centralized medical observation.
field-site-name = 集中观察点名称
# The observation site's street address.
field-site-address = 观察点地址
# The resident's room at the observation site.
field-room = 房间号
# The residential compound (小区) an entry pass is issued for.
field-compound = 小区名称
# Building and flat of the household, on an entry pass.
field-building-room = 楼栋及门牌号
# The resident named on an entry pass, as head of the household.
field-household-head = 户主姓名
# How many people live in the household; the value is a number.
field-household-size = 家庭人数
# The days an entry pass is valid; the value is a period (see `period`).
field-validity = 有效期
# The phase an entry pass belongs to (compounds issue new passes, with a new
# seal, each phase); the value is a number or code.
field-phase = 期次
# Where the resident's journey to this city began (city, country).
field-departure = 出发地

## Field values

sex-female = 女
sex-male = 男
sex-unspecified = 未注明
answer-yes = 是
answer-no = 否
# A period of days from one date to another, both included.
period = { $start } 至 { $end }（共 { $days } 天）

## Signature block

sign-resident = 本人签名
sign-guardian = 监护人签名（未成年人填写）
sign-date = 日期
sign-seal = （盖章）
issued-by = 签发单位
# Witness who watched the resident sign (for example the embassy's staff).
sign-witness = 见证人签名
# The witness's organisation and position, written by the witness.
sign-witness-organization = 见证人单位及职务
# The staff member who filled in or checked a form.
sign-staff = 经办人签名

## Contacts

role-community = 社区联系人
role-grid-worker = 网格员
role-doctor = 社区医生
role-police = 社区民警
role-foreign-affairs = 外事工作人员
hotline-24h = 24 小时服务热线
emergency-ambulance = 急救电话
emergency-police = 报警电话
emergency-citizen = 市民服务热线
fever-clinic = 发热门诊
embassy-phone = 本国驻华使领馆电话

## Notes

# Printed on a page that carries only the translation.
binding-note = 本文件以中文文本为准。译文仅供理解参考。

## Pages of a document that runs on to a second page ("页码 2/2")

page-number = 页码
page-continued = 续见下页
