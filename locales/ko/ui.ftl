# The desk tool (`gaozhi serve`): every word of its pages.

ui-app-name = 고지 · 외국인 안내문 인쇄 창구
ui-nav-documents = 문서
ui-nav-roster = 명단 일괄 인쇄
ui-interface-language = 화면 언어
ui-privacy-note = 이 도구는 주민 정보를 저장하지 않습니다. 입력한 내용과 올린 명단은 메모리에서만 처리되며 디스크나 로그에 남지 않습니다.

## Home page

ui-home-heading = 인쇄할 문서를 고르세요
ui-home-open = 입력하고 인쇄
ui-thumbnail-alt = { $title }(견본)
ui-home-roster-heading = 명단으로 일괄 인쇄
ui-home-roster-text = CSV 또는 Excel 명단을 올리면 주민마다 PDF를 만들어 ZIP으로 내려받을 수 있습니다.
ui-home-roster-button = 명단 올리기
ui-office-heading = 사용 중인 기관 정보
ui-office-hotline = 상담 전화
ui-office-contacts = 연락처
ui-office-source = 기관 정보 파일
ui-office-sample = 내장 견본(examples/office.toml)입니다. 주민용으로 인쇄하기 전에 --office로 기관의 정보 파일을 지정하세요.

## Document page

ui-doc-back = ← 문서 목록으로
ui-doc-language-heading = 주민의 언어
ui-doc-resident-language = 주민이 읽는 언어
ui-doc-language-auto = 국적에 따라 자동 선택
ui-doc-layout = 배치
ui-layout-bilingual = 중국어와 주민의 언어(이중 언어)
ui-layout-chinese = 중국어만
ui-layout-translation = 주민의 언어만(중국어본이 기준이라는 안내 포함)
ui-doc-details = 주민 정보
ui-required-note = * 표시 항목은 필수입니다.
ui-doc-optional-resident = 선택 사항입니다. 국적을 넣으면 그 나라 대사관 전화번호가 인쇄됩니다.
ui-required = 필수
ui-field-first-day = (첫날)
ui-field-list-hint = (여러 곳은 쉼표로 구분)
ui-choose = 선택하세요
ui-countries-common = 이 기관에서 자주 보는 국적
ui-countries-all = 모든 국가와 지역
ui-download = PDF 내려받기
ui-print = PDF 열어서 인쇄
ui-errors-heading = 먼저 다음 사항을 고쳐 주세요:
ui-preview = 미리 보기(1쪽)
ui-preview-waiting = 필수 항목을 입력하면 여기에 미리 보기가 나타납니다.
ui-preview-updating = 미리 보기를 고치는 중…
ui-preview-failed = 미리 보기에 실패했습니다. 잠시 후 다시 해 보세요.
ui-preview-alt = 문서 1쪽 미리 보기
ui-noscript = JavaScript가 꺼져 있어 미리 보기는 없지만 PDF 내려받기와 인쇄는 됩니다.

## Roster page

ui-roster-heading = 명단으로 일괄 인쇄
ui-roster-intro = 명단의 첫 행은 제목 행입니다(성명, 국적, 여권 번호, 생년월일, 주소, 관찰 시작일, 언어 등). 모든 행을 먼저 확인하고 문제를 한 번에 보여 줍니다.
ui-roster-file = 명단 파일(CSV 또는 Excel, 최대 { $mb } MB, { $rows }행까지)
ui-roster-document = 인쇄할 문서
ui-roster-document-column = 명단의 '문서' 열에 따름
ui-roster-language = 언어가 적히지 않은 행에 쓸 언어
ui-roster-check = 명단 확인
ui-roster-again = ← 다른 명단 올리기
ui-roster-report = 명단 확인 결과
ui-roster-all-valid = 모든 행({ $valid }행)을 인쇄할 수 있습니다.
ui-roster-summary = 인쇄할 수 있는 행: { $valid }. 문제가 있는 행: { $invalid }(아래 표 참고).
ui-roster-ignored = 다음 열은 주민 정보가 아니어서 무시했습니다: { $columns }
ui-roster-nothing = 인쇄할 수 있는 행이 없습니다. 표를 고친 뒤 다시 올려 주세요.
ui-roster-skip-invalid = 문제가 있는 { $invalid }행은 건너뛰고 나머지를 인쇄
ui-roster-fix = 표를 고쳐 다시 올릴 수도 있습니다. 건너뛴 행은 ZIP 안의 rejected.csv에 적힙니다.
ui-roster-render = PDF 만들기({ $valid }건)
ui-roster-progress = 만드는 중: { $done } / { $total }
ui-roster-done = 완료: PDF { $done }건.
ui-roster-refresh = 진행 상황 새로 고침
ui-roster-download = ZIP 내려받기(PDF와 manifest.csv)
ui-roster-download-note = ZIP은 한 번만 내려받을 수 있습니다. 내려받은 뒤나 30분 뒤에는 서버의 명단과 파일이 지워집니다.
ui-roster-expired = 이 명단 작업은 더 이상 없습니다(내려받은 뒤나 30분 뒤에 지워집니다). 명단을 다시 올려 주세요.
ui-roster-failed = PDF를 만들지 못했습니다: { $reason }
ui-roster-col-row = 행
ui-roster-col-column = 열
ui-roster-col-value = 내용
ui-roster-col-reason = 문제

## Errors

ui-error-too-large = 파일이 너무 큽니다(최대 { $mb } MB). 명단을 나누어 올려 주세요.
ui-error-form-too-large = 입력한 내용이 너무 깁니다(최대 { $kb } KB).
ui-error-too-many-rows = 명단이 { $rows }행인데 한 번에 { $max }행까지 올릴 수 있습니다. 나누어 올려 주세요.
ui-error-no-file = 먼저 명단 파일을 고르세요.
ui-error-file-type = CSV(.csv) 또는 Excel(.xlsx, .xls, .ods) 파일만 올릴 수 있습니다.
ui-error-bad-upload = 올린 내용을 읽을 수 없습니다. 파일을 다시 골라 올려 주세요.
ui-error-bad-form = 양식 내용을 읽을 수 없습니다. 페이지를 새로 고친 뒤 다시 해 보세요.
ui-error-roster = 명단을 읽을 수 없습니다: { $reason }
ui-error-not-found = 이런 페이지는 없습니다.
ui-error-token = 접속 토큰이 필요합니다. 시작할 때 표시된 주소(?token= 포함)로 여세요.
ui-error-host = 이 도구는 이 컴퓨터(localhost 또는 127.0.0.1)로 온 요청에만 응답합니다.
ui-error-busy = 처리 중인 명단이 너무 많습니다. 잠시 후에, 또는 끝난 명단을 먼저 내려받은 뒤 다시 해 보세요.
ui-error-internal = 내부 오류: { $reason }

## Dates, card sheets, refusals

ui-date-year = 년
ui-date-month = 월
ui-date-day = 일
ui-doc-sheet = A4 용지 한 장에 카드를 모아 배치(잘라서 사용)
ui-error-cross-origin = 다른 웹페이지에서 보낸 요청이라 거부했습니다. 이 도구의 화면에서 작업하세요.
ui-error-choose-document = 먼저 인쇄할 문서를 선택하세요.
ui-roster-unreadable-workbook = 이 Excel 파일을 열 수 없습니다. 손상되었을 수 있습니다. Excel에서 .xlsx 또는 CSV로 다시 저장한 뒤 업로드하세요.
ui-roster-unreadable-encoding = 이 CSV 파일의 문자 인코딩을 알 수 없습니다. Excel에서 ‘CSV UTF-8’로 저장한 뒤 다시 업로드하세요.
ui-roster-unreadable-no-name = 명단에 이름 열이 없습니다. 첫 행은 제목 행이어야 하며, 그중 한 열의 이름이 姓名(또는 name)이어야 합니다.

## What is wrong with a value (beside a field, in the roster's problem
## column and in rejected.csv)

ui-reason-required = 반드시 입력해야 하는 항목입니다.
ui-reason-date = 존재하지 않는 날짜입니다. 연, 월, 일을 확인하세요.
ui-reason-date-year = { $year }년은 맞지 않는 것 같습니다. 확인하세요.
ui-reason-country = 그런 국가나 지역이 없습니다. 목록에서 선택하세요(KR, KOR, South Korea 같은 표기도 됩니다).
ui-reason-sex = 여성, 남성 또는 미기재 중에서 선택하세요.
ui-reason-language = 이 언어의 번역이 없습니다. 목록에서 선택하세요.
ui-reason-number = 알맞은 정수를 입력하세요.
ui-reason-control = 보이지 않는 제어 문자({ $code })가 들어 있습니다. 지우고 다시 입력하세요.
ui-reason-glyph = 문자 “{ $character }”({ $code })는 어느 글꼴에도 없어 인쇄할 수 없습니다. 다른 표기로 바꾸세요.
ui-reason-not-text = 글자로 읽을 수 없습니다. 다시 입력하세요.
ui-reason-document = 명단의 문서 열에 없는 문서가 적혀 있습니다.
ui-reason-no-document = 문서가 지정되지 않았습니다. 업로드할 때 문서를 선택하거나 명단에 문서 열(文书)을 추가하세요.
ui-reason-other = 인쇄할 수 없습니다: { $detail }
