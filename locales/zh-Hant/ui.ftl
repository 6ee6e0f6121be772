# The desk tool (`gaozhi serve`): every word of its pages.

ui-app-name = 告知 · 涉外告知書列印台
ui-nav-documents = 文書
ui-nav-roster = 名單批次列印
ui-interface-language = 介面語言
ui-privacy-note = 本工具不保存任何居民資料：填寫的內容和上傳的名單只在記憶體中處理，不寫入磁碟，不記錄日誌。

## Home page

ui-home-heading = 選擇要列印的文書
ui-home-open = 填寫並列印
ui-thumbnail-alt = { $title }（樣張）
ui-home-roster-heading = 依名單批次列印
ui-home-roster-text = 上傳 CSV 或 Excel 名單，每位居民產生一份 PDF，打包下載。
ui-home-roster-button = 上傳名單
ui-office-heading = 使用中的單位資料
ui-office-hotline = 熱線
ui-office-contacts = 聯絡人
ui-office-source = 單位資料檔
ui-office-sample = 內建範例（examples/office.toml）：正式列印前，請用 --office 指定本單位的資料檔。

## Document page

ui-doc-back = ← 返回文書列表
ui-doc-language-heading = 居民的語言
ui-doc-resident-language = 居民閱讀的語言
ui-doc-language-auto = 依國籍自動選擇
ui-doc-layout = 版式
ui-layout-bilingual = 中文和居民的語言（雙語）
ui-layout-chinese = 只印中文
ui-layout-translation = 只印居民的語言（註明以中文為準）
ui-doc-details = 居民資料
ui-required-note = 標 * 的為必填項目。
ui-doc-optional-resident = 可以不填；填寫國籍後會印上該國使館的電話。
ui-required = 必填
ui-field-first-day = （第一天）
ui-field-list-hint = （多個地點用逗號分隔）
ui-choose = 請選擇
ui-countries-common = 本單位常見國籍
ui-countries-all = 全部國家和地區
ui-download = 下載 PDF
ui-print = 開啟 PDF 列印
ui-errors-heading = 請先更正以下問題：
ui-preview = 預覽（第 1 頁）
ui-preview-waiting = 填好必填項目後，這裡會顯示預覽。
ui-preview-updating = 正在更新預覽……
ui-preview-failed = 預覽失敗，請稍後再試。
ui-preview-alt = 文書第 1 頁的預覽
ui-noscript = 瀏覽器沒有開啟 JavaScript，看不到預覽；仍然可以下載和列印 PDF。

## Roster page

ui-roster-heading = 依名單批次列印
ui-roster-intro = 名單的第一列是表頭（姓名、國籍、護照號碼、出生日期、在華居住地址、觀察開始日期、語言等）。每一列都會先檢查，所有問題一次列出。
ui-roster-file = 名單檔案（CSV 或 Excel，最大 { $mb } MB，最多 { $rows } 列）
ui-roster-document = 要列印的文書
ui-roster-document-column = 依名單中「文書」一欄
ui-roster-language = 名單沒有寫語言時使用的語言
ui-roster-check = 檢查名單
ui-roster-again = ← 上傳另一份名單
ui-roster-report = 名單檢查結果
ui-roster-all-valid = 全部 { $valid } 列都可以列印。
ui-roster-summary = { $valid } 列可以列印，{ $invalid } 列有問題（見下表）。
ui-roster-ignored = 以下欄位不是居民資料，已略過：{ $columns }
ui-roster-nothing = 沒有可以列印的列。請在表格中更正後重新上傳。
ui-roster-skip-invalid = 略過有問題的 { $invalid } 列，只列印其餘各列
ui-roster-fix = 也可以在表格中更正後重新上傳。略過的列會列在 ZIP 中的 rejected.csv 裡。
ui-roster-render = 產生 { $valid } 份 PDF
ui-roster-progress = 正在產生：{ $done } / { $total }
ui-roster-done = 已完成：{ $done } 份 PDF。
ui-roster-refresh = 重新整理進度
ui-roster-download = 下載 ZIP（PDF 和 manifest.csv）
ui-roster-download-note = ZIP 只能下載一次；下載後或 30 分鐘後，伺服器上的名單和檔案即被清除。
ui-roster-expired = 這項名單工作已不存在（下載後或 30 分鐘後自動清除）。請重新上傳名單。
ui-roster-failed = 產生失敗：{ $reason }
ui-roster-col-row = 列
ui-roster-col-column = 欄
ui-roster-col-value = 內容
ui-roster-col-reason = 問題

## Errors

ui-error-too-large = 檔案太大：最大 { $mb } MB。請把名單分成幾份上傳。
ui-error-form-too-large = 填寫的內容太長（最多 { $kb } KB）。
ui-error-too-many-rows = 名單有 { $rows } 列，一次最多 { $max } 列。請把名單分成幾份上傳。
ui-error-no-file = 請先選擇一個名單檔案。
ui-error-file-type = 只能上傳 CSV（.csv）或 Excel（.xlsx、.xls、.ods）檔案。
ui-error-bad-upload = 上傳的內容無法讀取，請重新選擇檔案上傳。
ui-error-bad-form = 表單內容無法讀取，請重新整理頁面後再試。
ui-error-roster = 名單無法讀取：{ $reason }
ui-error-not-found = 沒有這個頁面。
ui-error-token = 需要存取口令：請用啟動時顯示的網址（帶 ?token=）開啟本工具。
ui-error-host = 本工具只接受發往本機（localhost 或 127.0.0.1）的存取。
ui-error-busy = 正在處理的名單太多，請稍後再試，或先下載已完成的名單。
ui-error-internal = 內部錯誤：{ $reason }

## Dates, card sheets, refusals

ui-date-year = 年
ui-date-month = 月
ui-date-day = 日
ui-doc-sheet = 排版成整張 A4 卡片頁（裁開使用）
ui-error-cross-origin = 這個請求來自別的網頁，已拒絕。請直接在本工具的頁面上操作。
ui-error-choose-document = 請先選擇要列印的文書。
ui-roster-unreadable-workbook = 這個 Excel 檔案打不開，可能已損壞。請在 Excel 中另存為 .xlsx 或 CSV 後重新上傳。
ui-roster-unreadable-encoding = 這個 CSV 檔案的文字編碼無法辨識。請在 Excel 中「另存為 CSV UTF-8」後重新上傳。
ui-roster-unreadable-no-name = 名單沒有「姓名」一欄。第一列應是表頭，其中一欄叫「姓名」（或 name）。

## What is wrong with a value (beside a field, in the roster's problem
## column and in rejected.csv)

ui-reason-required = 這一項必須填寫。
ui-reason-date = 這個日期不存在，請檢查年、月、日。
ui-reason-date-year = 年份 { $year } 看起來不對，請檢查。
ui-reason-country = 沒有這個國家或地區。請從清單中選擇（或寫成 KR、KOR、韩国 這樣）。
ui-reason-sex = 請選擇性別：女、男或不註明。
ui-reason-language = 沒有這種語言的譯文，請從清單中選擇。
ui-reason-number = 這裡要填一個合適的整數。
ui-reason-control = 含有看不見的控制字元（{ $code }），請刪去後重新輸入。
ui-reason-glyph = 字元「{ $character }」（{ $code }）無法列印，沒有字型包含它。請換一種寫法。
ui-reason-not-text = 內容無法辨識為文字，請重新輸入。
ui-reason-document = 名單「文書」一欄寫的文書不存在。
ui-reason-no-document = 沒有指定文書：請在上傳時選擇文書，或在名單中加「文書」一欄。
ui-reason-other = 無法列印：{ $detail }
