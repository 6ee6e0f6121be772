# Labels and phrases shared by every document.
# Chinese (zh-Hans) is the reference and binding text.

## Language names, used in notes that name the binding version.

language-name = 繁體中文

## Field labels

field-name = 姓名（與護照一致）
field-nationality = 國籍
# For a resident of Hong Kong, Macao or Taiwan.
field-nationality-region = 國籍/地區
field-passport = 護照或證件號碼
field-sex = 性別
field-birth-date = 出生日期
field-phone = 聯絡電話
field-address = 在華居住地址
field-employer = 工作單位或學校
# The person to contact at the resident's employer or school (home notice).
field-employer-contact = 單位聯絡人
# That contact's phone number.
field-employer-phone = 單位聯絡電話
field-entry-date = 入境日期
field-port-of-entry = 入境口岸
field-flight = 航班、車次或車牌號碼
field-seat = 座位號碼
field-visited = 近 { $days } 天曾到訪的國家及城市
field-observation-period = 醫學觀察期
field-issue-date = 簽發日期
field-document-no = 編號
# The designated hotel or site of centralized medical observation.
field-site-name = 集中觀察點名稱
# The observation site's street address.
field-site-address = 觀察點地址
# The resident's room at the observation site.
field-room = 房間號碼
# The residential compound (小区) an entry pass is issued for.
field-compound = 住宅區名稱
# Building and flat of the household, on an entry pass.
field-building-room = 樓棟及門牌號碼
# The resident named on an entry pass, as head of the household.
field-household-head = 戶主姓名
# How many people live in the household; the value is a number.
field-household-size = 家庭人數
# The days an entry pass is valid; the value is a period (see `period`).
field-validity = 有效期
# The phase an entry pass belongs to (compounds issue new passes, with a new
# seal, each phase); the value is a number or code.
field-phase = 期次
# Where the resident's journey to this city began (city, country).
field-departure = 出發地

## Field values

sex-female = 女
sex-male = 男
sex-unspecified = 未註明
answer-yes = 是
answer-no = 否
# A period of days from one date to another, both included.
period = { $start } 至 { $end }（共 { $days } 天）

## Signature block

sign-resident = 本人簽名
sign-guardian = 監護人簽名（未成年人適用）
sign-date = 日期
sign-seal = （蓋章）
issued-by = 簽發單位
# Witness who watched the resident sign (for example the embassy's staff).
sign-witness = 見證人簽名
# The witness's organisation and position, written by the witness.
sign-witness-organization = 見證人所屬機構及職位
# The staff member who filled in or checked a form.
sign-staff = 經辦人簽名

## Contacts

role-community = 社區聯絡人
role-grid-worker = 網格員（社區分區負責人）
role-doctor = 社區醫生
role-police = 社區警員
role-foreign-affairs = 外事工作人員
hotline-24h = 24 小時服務熱線
emergency-ambulance = 急救電話
emergency-police = 報警電話
emergency-citizen = 市民服務熱線
fever-clinic = 發燒門診
embassy-phone = 本國駐華使領館電話

## Notes

# Printed on a page that carries only the translation.
binding-note = 本文件以簡體中文文本為準。譯文僅供理解參考。

## Pages of a document that runs on to a second page ("頁碼 2/2")

page-number = 頁碼
page-continued = 續見下頁
