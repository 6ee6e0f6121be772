# The desk tool (`gaozhi serve`): every word of its pages.

ui-app-name = Gaozhi notice desk
ui-nav-documents = Documents
ui-nav-roster = Print a roster
ui-interface-language = Interface language
ui-privacy-note = This tool keeps no resident data: what you type and the rosters you upload are handled in memory only, never written to disk or logged.

## Home page

ui-home-heading = Choose a document to print
ui-home-open = Fill in and print
ui-thumbnail-alt = { $title } (sample)
ui-home-roster-heading = Print a whole roster
ui-home-roster-text = Upload a CSV or Excel roster and download one PDF per resident in a ZIP.
ui-home-roster-button = Upload a roster
ui-office-heading = Office profile in use
ui-office-hotline = Hotline
ui-office-contacts = Contacts
ui-office-source = Profile file
ui-office-sample = Built-in sample (examples/office.toml): before printing for residents, start with --office and your own office's profile.

## Document page

ui-doc-back = ← All documents
ui-doc-language-heading = The resident's language
ui-doc-resident-language = Language the resident reads
ui-doc-language-auto = From the nationality
ui-doc-layout = Layout
ui-layout-bilingual = Chinese and the resident's language (bilingual)
ui-layout-chinese = Chinese only
ui-layout-translation = The resident's language only (with a note that the Chinese text is binding)
ui-doc-details = Resident's details
ui-required-note = Fields marked * are required.
ui-doc-optional-resident = Optional; with a nationality the card prints that country's embassy number.
ui-required = required
ui-field-first-day = (first day)
ui-field-list-hint = (separate places with commas)
ui-choose = Choose…
ui-countries-common = Common nationalities at this office
ui-countries-all = All countries and regions
ui-download = Download PDF
ui-print = Open PDF to print
ui-errors-heading = Please correct these first:
ui-preview = Preview (page 1)
ui-preview-waiting = The preview appears here once the required fields are filled in.
ui-preview-updating = Updating the preview…
ui-preview-failed = The preview failed; please try again in a moment.
ui-preview-alt = Preview of page 1 of the document
ui-noscript = JavaScript is off, so there is no preview; downloading and printing the PDF still work.

## Roster page

ui-roster-heading = Print a whole roster
ui-roster-intro = The first row of the roster is the header (name, nationality, passport, date of birth, address, observation start, language, …). Every row is checked first and all problems are listed at once.
ui-roster-file = Roster file (CSV or Excel, up to { $mb } MB and { $rows } rows)
ui-roster-document = Document to print
ui-roster-document-column = As the roster's "document" column says
ui-roster-language = Language for rows that name none
ui-roster-check = Check the roster
ui-roster-again = ← Upload another roster
ui-roster-report = Roster check
ui-roster-all-valid = All rows can be printed: { $valid }.
ui-roster-summary = Rows ready to print: { $valid }. Rows with problems: { $invalid } (see the table).
ui-roster-ignored = These columns are not resident details and were ignored: { $columns }
ui-roster-nothing = No row can be printed. Correct the spreadsheet and upload it again.
ui-roster-skip-invalid = Skip the rows with problems ({ $invalid }) and print the others
ui-roster-fix = Or correct the spreadsheet and upload it again. Skipped rows are listed in rejected.csv inside the ZIP.
ui-roster-render = Make the PDFs ({ $valid })
ui-roster-progress = Making PDFs: { $done } of { $total }
ui-roster-done = Done: { $done } PDF files.
ui-roster-refresh = Refresh the progress
ui-roster-download = Download the ZIP (PDFs and manifest.csv)
ui-roster-download-note = The ZIP can be downloaded once; after that, or after 30 minutes, the roster and its files are cleared from the server.
ui-roster-expired = This roster job no longer exists (it is cleared after download or after 30 minutes). Please upload the roster again.
ui-roster-failed = Making the PDFs failed: { $reason }
ui-roster-col-row = Row
ui-roster-col-column = Column
ui-roster-col-value = Value
ui-roster-col-reason = Problem

## Errors

ui-error-too-large = The file is too large: at most { $mb } MB. Split the roster and upload the parts.
ui-error-form-too-large = The form is too long (at most { $kb } KB).
ui-error-too-many-rows = The roster has { $rows } rows; at most { $max } can be uploaded at once. Split it and upload the parts.
ui-error-no-file = Choose a roster file first.
ui-error-file-type = Only CSV (.csv) or Excel (.xlsx, .xls, .ods) files can be uploaded.
ui-error-bad-upload = The upload could not be read; please choose the file and upload it again.
ui-error-bad-form = The form could not be read; please reload the page and try again.
ui-error-roster = The roster cannot be read: { $reason }
ui-error-not-found = There is no such page.
ui-error-token = An access token is needed: open this tool at the address it printed when it started (with ?token=).
ui-error-host = This tool answers only requests addressed to this machine (localhost or 127.0.0.1).
ui-error-busy = Too many rosters are being handled; try again shortly, or download the finished ones first.
ui-error-internal = Internal error: { $reason }

## Dates, card sheets, refusals

ui-date-year = Year
ui-date-month = Month
ui-date-day = Day
ui-doc-sheet = Lay the cards out on a whole A4 sheet (to cut apart)
ui-error-cross-origin = This request came from another web page and was refused. Use the tool's own pages.
ui-error-choose-document = Choose the document to print first.
ui-roster-unreadable-workbook = This Excel file cannot be opened; it may be damaged. Save it again in Excel as .xlsx or CSV and upload it again.
ui-roster-unreadable-encoding = The text encoding of this CSV file is not recognised. In Excel, use “Save as CSV UTF-8” and upload it again.
ui-roster-unreadable-no-name = The roster has no name column. The first row must be the header, with a column called 姓名 (or name).

## What is wrong with a value (beside a field, in the roster's problem
## column and in rejected.csv)

ui-reason-required = This must be filled in.
ui-reason-date = This date does not exist. Check the year, month and day.
ui-reason-date-year = The year { $year } looks wrong. Please check it.
ui-reason-country = There is no such country or region. Choose one from the list (or write it as KR, KOR or South Korea).
ui-reason-sex = Choose female, male or not stated.
ui-reason-language = There is no translation in this language. Choose one from the list.
ui-reason-number = Enter a suitable whole number here.
ui-reason-control = Contains an invisible control character ({ $code }). Delete it and type the text again.
ui-reason-glyph = The character “{ $character }” ({ $code }) cannot be printed: no font has it. Write it another way.
ui-reason-not-text = This could not be read as text. Please type it again.
ui-reason-document = The roster's document column names a document that does not exist.
ui-reason-no-document = No document given: choose one when uploading, or add a document column (文书) to the roster.
ui-reason-other = Cannot print: { $detail }
