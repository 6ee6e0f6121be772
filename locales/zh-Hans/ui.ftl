# The desk tool (`gaozhi serve`): every word of its pages.
# Chinese (zh-Hans) is the reference.

ui-app-name = 告知 · 涉外告知书打印台
ui-nav-documents = 文书
ui-nav-roster = 名单批量打印
ui-interface-language = 界面语言
ui-privacy-note = 本工具不保存任何居民信息：填写的内容和上传的名单只在内存中处理，不写入磁盘，不记录日志。

## Home page

ui-home-heading = 选择要打印的文书
ui-home-open = 填写并打印
ui-thumbnail-alt = { $title }（样张）
ui-home-roster-heading = 按名单批量打印
ui-home-roster-text = 上传 CSV 或 Excel 名单，每位居民生成一份 PDF，打包下载。
ui-home-roster-button = 上传名单
ui-office-heading = 正在使用的单位信息
ui-office-hotline = 热线
ui-office-contacts = 联系人
ui-office-source = 单位信息文件
ui-office-sample = 内置示例（examples/office.toml）：正式打印前，请用 --office 指定本单位的信息文件。

## Document page

ui-doc-back = ← 返回文书列表
ui-doc-language-heading = 居民的语言
ui-doc-resident-language = 居民阅读的语言
ui-doc-language-auto = 按国籍自动选择
ui-doc-layout = 版式
ui-layout-bilingual = 中文和居民的语言（双语）
ui-layout-chinese = 只印中文
ui-layout-translation = 只印居民的语言（注明以中文为准）
ui-doc-details = 居民信息
ui-required-note = 带 * 的为必填项。
ui-doc-optional-resident = 可以不填；填写国籍后会印上该国使馆的电话。
ui-required = 必填
ui-field-first-day = （第一天）
ui-field-list-hint = （多个地点用逗号分隔）
ui-choose = 请选择
ui-countries-common = 本单位常见国籍
ui-countries-all = 全部国家和地区
ui-download = 下载 PDF
ui-print = 打开 PDF 打印
ui-errors-heading = 请先更正以下问题：
ui-preview = 预览（第 1 页）
ui-preview-waiting = 填好必填项后，这里会显示预览。
ui-preview-updating = 正在更新预览……
ui-preview-failed = 预览失败，请稍后再试。
ui-preview-alt = 文书第 1 页的预览
ui-noscript = 浏览器没有开启 JavaScript，看不到预览；仍然可以下载和打印 PDF。

## Roster page

ui-roster-heading = 按名单批量打印
ui-roster-intro = 名单的第一行是表头（姓名、国籍、护照号码、出生日期、在华居住地址、观察开始日期、语言等）。每一行都会先检查，全部问题一次列出。
ui-roster-file = 名单文件（CSV 或 Excel，最大 { $mb } MB，最多 { $rows } 行）
ui-roster-document = 要打印的文书
ui-roster-document-column = 按名单中“文书”一列
ui-roster-language = 名单没有写语言时使用的语言
ui-roster-check = 检查名单
ui-roster-again = ← 上传另一份名单
ui-roster-report = 名单检查结果
ui-roster-all-valid = 全部 { $valid } 行都可以打印。
ui-roster-summary = { $valid } 行可以打印，{ $invalid } 行有问题（见下表）。
ui-roster-ignored = 以下列不是居民信息，已忽略：{ $columns }
ui-roster-nothing = 没有可以打印的行。请在表格中更正后重新上传。
ui-roster-skip-invalid = 跳过有问题的 { $invalid } 行，只打印其余各行
ui-roster-fix = 也可以在表格中更正后重新上传。跳过的行会列在 ZIP 中的 rejected.csv 里。
ui-roster-render = 生成 { $valid } 份 PDF
ui-roster-progress = 正在生成：{ $done } / { $total }
ui-roster-done = 已完成：{ $done } 份 PDF。
ui-roster-refresh = 刷新进度
ui-roster-download = 下载 ZIP（PDF 和 manifest.csv）
ui-roster-download-note = ZIP 只能下载一次；下载后或 30 分钟后，服务器上的名单和文件即被清除。
ui-roster-expired = 这项名单任务已不存在（下载后或 30 分钟后自动清除）。请重新上传名单。
ui-roster-failed = 生成失败：{ $reason }
ui-roster-col-row = 行
ui-roster-col-column = 列
ui-roster-col-value = 内容
ui-roster-col-reason = 问题

## Errors

ui-error-too-large = 文件太大：最大 { $mb } MB。请把名单分成几份上传。
ui-error-form-too-large = 填写的内容太长（最多 { $kb } KB）。
ui-error-too-many-rows = 名单有 { $rows } 行，一次最多 { $max } 行。请把名单分成几份上传。
ui-error-no-file = 请先选择一个名单文件。
ui-error-file-type = 只能上传 CSV（.csv）或 Excel（.xlsx、.xls、.ods）文件。
ui-error-bad-upload = 上传的内容无法读取，请重新选择文件上传。
ui-error-bad-form = 表单内容无法读取，请刷新页面后再试。
ui-error-roster = 名单无法读取：{ $reason }
ui-error-not-found = 没有这个页面。
ui-error-token = 需要访问口令：请用启动时显示的地址（带 ?token=）打开本工具。
ui-error-host = 本工具只接受发往本机（localhost 或 127.0.0.1）的访问。
ui-error-busy = 正在处理的名单太多，请稍后再试，或先下载已完成的名单。
ui-error-internal = 内部错误：{ $reason }

## Dates, card sheets, refusals

ui-date-year = 年
ui-date-month = 月
ui-date-day = 日
ui-doc-sheet = 排版成整张 A4 卡片页（裁开使用）
ui-error-cross-origin = 这个请求来自别的网页，已拒绝。请直接在本工具的页面上操作。
ui-error-choose-document = 请先选择要打印的文书。
ui-roster-unreadable-workbook = 这个 Excel 文件打不开，可能已损坏。请在 Excel 中另存为 .xlsx 或 CSV 后重新上传。
ui-roster-unreadable-encoding = 这个 CSV 文件的文字编码无法识别。请在 Excel 中“另存为 CSV UTF-8”后重新上传。
ui-roster-unreadable-no-name = 名单没有“姓名”一列。第一行应是表头，其中一列叫“姓名”（或 name）。

## What is wrong with a value (beside a field, in the roster's problem
## column and in rejected.csv)

ui-reason-required = 这一项必须填写。
ui-reason-date = 这个日期不存在，请检查年、月、日。
ui-reason-date-year = 年份 { $year } 看起来不对，请检查。
ui-reason-country = 没有这个国家或地区。请从列表中选择（或写成 KR、KOR、韩国 这样）。
ui-reason-sex = 请选择性别：女、男或不注明。
ui-reason-language = 没有这种语言的译文，请从列表中选择。
ui-reason-number = 这里要填一个合适的整数。
ui-reason-control = 含有看不见的控制字符（{ $code }），请删去后重新输入。
ui-reason-glyph = 字符“{ $character }”（{ $code }）无法打印，没有字体包含它。请换一种写法。
ui-reason-not-text = 内容无法识别为文字，请重新输入。
ui-reason-document = 名单“文书”一列写的文书不存在。
ui-reason-no-document = 没有指定文书：请在上传时选择文书，或在名单中加“文书”一列。
ui-reason-other = 无法打印：{ $detail }
