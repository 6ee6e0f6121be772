# Labels and phrases shared by every document.
# Chinese (zh-Hans) is the reference and binding text.

## Language names, used in notes that name the binding version.

language-name = 한국어

## Field labels

field-name = 성명(여권상 표기와 동일)
field-nationality = 국적
# For a resident of Hong Kong, Macao or Taiwan.
field-nationality-region = 국적/지역
field-passport = 여권 또는 신분증 번호
field-sex = 성별
field-birth-date = 생년월일
field-phone = 연락처
field-address = 중국 내 거주지 주소
field-employer = 직장 또는 학교
# The person to contact at the resident's employer or school (home notice).
field-employer-contact = 직장·학교 담당자
# That contact's phone number.
field-employer-phone = 담당자 전화번호
field-entry-date = 입국일
field-port-of-entry = 입국지(공항·항구 등)
field-flight = 항공편·열차 번호 또는 차량 번호
field-seat = 좌석 번호
field-visited = 최근 { $days }일간 방문한 국가 및 도시
field-observation-period = 의학 관찰 기간
field-issue-date = 발급일
field-document-no = 번호
# The designated hotel or site of centralized medical observation.
field-site-name = 집중 관찰 시설 명칭
# The observation site's street address.
field-site-address = 관찰 시설 주소
# The resident's room at the observation site.
field-room = 방 번호
# The residential compound (小区) an entry pass is issued for.
field-compound = 주거 단지명
# Building and flat of the household, on an entry pass.
field-building-room = 동·호수
# The resident named on an entry pass, as head of the household.
field-household-head = 세대주 성명
# How many people live in the household; the value is a number.
field-household-size = 가구원 수
# The days an entry pass is valid; the value is a period (see `period`).
field-validity = 유효 기간
# The phase an entry pass belongs to (compounds issue new passes, with a new
# seal, each phase); the value is a number or code.
field-phase = 발급 차수
# Where the resident's journey to this city began (city, country).
field-departure = 출발지

## Field values

sex-female = 여
sex-male = 남
sex-unspecified = 미기재
answer-yes = 예
answer-no = 아니요
# A period of days from one date to another, both included.
period = { $start }~{ $end }({ $days }일간)

## Signature block

sign-resident = 본인 서명
sign-guardian = 보호자 서명(미성년자인 경우)
sign-date = 날짜
sign-seal = (직인)
issued-by = 발급 기관
# Witness who watched the resident sign (for example the embassy's staff).
sign-witness = 입회인 서명
# The witness's organisation and position, written by the witness.
sign-witness-organization = 입회인 소속 및 직위
# The staff member who filled in or checked a form.
sign-staff = 담당자 서명

## Contacts

role-community = 커뮤니티(사구) 담당자
role-grid-worker = 구역 담당 관리원
role-doctor = 커뮤니티 의사
role-police = 커뮤니티 담당 경찰관
role-foreign-affairs = 외사 담당 직원
hotline-24h = 24시간 서비스 핫라인
emergency-ambulance = 구급차
emergency-police = 경찰 신고
emergency-citizen = 시민 서비스 핫라인
fever-clinic = 발열 진료소
embassy-phone = 본국 주중 대사관·총영사관

## Notes

# Printed on a page that carries only the translation.
binding-note = 이 문서는 중국어 원문을 기준으로 합니다. 번역문은 이해를 돕기 위한 참고용입니다.

## Pages of a document that runs on to a second page ("페이지 2/2")

page-number = 페이지
page-continued = 다음 페이지에 계속
