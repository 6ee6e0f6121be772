# Labels and phrases shared by every document.
# Chinese (zh-Hans) is the reference and binding text.

## Language names, used in notes that name the binding version.

language-name = 日本語

## Field labels

field-name = 氏名（パスポートの表記どおり）
field-nationality = 国籍
# For a resident of Hong Kong, Macao or Taiwan.
field-nationality-region = 国籍/地域
field-passport = パスポートまたは身分証明書の番号
field-sex = 性別
field-birth-date = 生年月日
field-phone = 連絡先電話番号
field-address = 中国国内の住所
field-employer = 勤務先または学校
# The person to contact at the resident's employer or school (home notice).
field-employer-contact = 勤務先・学校の連絡担当者
# That contact's phone number.
field-employer-phone = 連絡担当者の電話番号
field-entry-date = 入国日
field-port-of-entry = 入国地（空港・港など）
field-flight = 便名・列車番号・車両ナンバー
field-seat = 座席番号
field-visited = 過去{ $days }日間に訪れた国・都市
field-observation-period = 医学観察期間
field-issue-date = 発行日
field-document-no = 番号
# The designated hotel or site of centralized medical observation.
field-site-name = 集中観察施設の名称
# The observation site's street address.
field-site-address = 観察施設の住所
# The resident's room at the observation site.
field-room = 部屋番号
# The residential compound (小区) an entry pass is issued for.
field-compound = 住宅団地（小区）名
# Building and flat of the household, on an entry pass.
field-building-room = 棟・部屋番号
# The resident named on an entry pass, as head of the household.
field-household-head = 世帯主氏名
# How many people live in the household; the value is a number.
field-household-size = 世帯人数
# The days an entry pass is valid; the value is a period (see `period`).
field-validity = 有効期間
# The phase an entry pass belongs to (compounds issue new passes, with a new
# seal, each phase); the value is a number or code.
field-phase = 発行回
# Where the resident's journey to this city began (city, country).
field-departure = 出発地

## Field values

sex-female = 女性
sex-male = 男性
sex-unspecified = 未記載
answer-yes = はい
answer-no = いいえ
# A period of days from one date to another, both included.
period = { $start }～{ $end }（{ $days }日間）

## Signature block

sign-resident = 本人署名
sign-guardian = 保護者署名（未成年者の場合）
sign-date = 日付
sign-seal = （公印）
issued-by = 発行機関
# Witness who watched the resident sign (for example the embassy's staff).
sign-witness = 立会人署名
# The witness's organisation and position, written by the witness.
sign-witness-organization = 立会人の所属・役職
# The staff member who filled in or checked a form.
sign-staff = 担当者署名

## Contacts

role-community = 社区（住民委員会）の担当者
role-grid-worker = 網格員（地区担当スタッフ）
role-doctor = 地域診療所の医師
role-police = 地域担当の警察官
role-foreign-affairs = 外事担当職員
hotline-24h = 24時間対応ホットライン
emergency-ambulance = 救急車
emergency-police = 警察
emergency-citizen = 市民サービスホットライン
fever-clinic = 発熱外来
embassy-phone = 自国の在中国大使館・総領事館

## Notes

# Printed on a page that carries only the translation.
binding-note = 本文書は中国語の本文を正文とします。訳文は内容を理解するための参考です。

## Pages of a document that runs on to a second page ("ページ 2/2")

page-number = ページ
page-continued = 次のページに続きます
