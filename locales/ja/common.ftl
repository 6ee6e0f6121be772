# Labels and phrases shared by every document.
# Chinese (zh-Hans) is the reference and binding text.

## Language names, used in notes that name the binding version.

language-name = 日本語

## Field labels

field-name = 氏名（パスポートの表記どおり）
field-nationality = 国籍
field-passport = パスポートまたは身分証明書の番号
field-sex = 性別
field-birth-date = 生年月日
field-phone = 連絡先電話番号
field-address = 中国国内の住所
field-employer = 勤務先または学校
field-entry-date = 入国日
field-port-of-entry = 入国地（空港・港など）
field-flight = 便名・列車番号・車両ナンバー
field-seat = 座席番号
field-visited = 過去{ $days }日間に訪れた国・都市
field-observation-period = 医学観察期間
field-issue-date = 発行日
field-document-no = 番号

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

## Contacts

role-community = 社区（コミュニティ）担当者
role-grid-worker = 網格員（地区担当スタッフ）
role-doctor = 社区医師
role-police = 社区担当警察官
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
