# The desk tool (`gaozhi serve`): every word of its pages.

ui-app-name = Гаочжи — печать уведомлений
ui-nav-documents = Документы
ui-nav-roster = Печать по списку
ui-interface-language = Язык интерфейса
ui-privacy-note = Этот инструмент не хранит данные жителей: введённое и загруженные списки обрабатываются только в памяти и не попадают ни на диск, ни в журналы.

## Home page

ui-home-heading = Выберите документ для печати
ui-home-open = Заполнить и напечатать
ui-thumbnail-alt = { $title } (образец)
ui-home-roster-heading = Печать по списку
ui-home-roster-text = Загрузите список в CSV или Excel и скачайте ZIP с отдельным PDF для каждого жителя.
ui-home-roster-button = Загрузить список
ui-office-heading = Используемый профиль учреждения
ui-office-hotline = Горячая линия
ui-office-contacts = Контакты
ui-office-source = Файл профиля
ui-office-sample = Встроенный образец (examples/office.toml): перед печатью для жителей запустите с --office и профилем своего учреждения.

## Document page

ui-doc-back = ← Все документы
ui-doc-language-heading = Язык жителя
ui-doc-resident-language = Язык, на котором читает житель
ui-doc-language-auto = По гражданству
ui-doc-layout = Вид страницы
ui-layout-bilingual = Китайский и язык жителя (двуязычный)
ui-layout-chinese = Только китайский
ui-layout-translation = Только язык жителя (с пометкой, что силу имеет китайский текст)
ui-doc-details = Данные жителя
ui-required-note = Поля со * обязательны.
ui-doc-optional-resident = Необязательно; если указать гражданство, на карточке будет телефон посольства этой страны.
ui-required = обязательно
ui-field-first-day = (первый день)
ui-field-list-hint = (места через запятую)
ui-choose = Выберите…
ui-countries-common = Частые гражданства в этом учреждении
ui-countries-all = Все страны и регионы
ui-download = Скачать PDF
ui-print = Открыть PDF для печати
ui-errors-heading = Сначала исправьте следующее:
ui-preview = Предпросмотр (стр. 1)
ui-preview-waiting = Предпросмотр появится здесь, когда будут заполнены обязательные поля.
ui-preview-updating = Обновляем предпросмотр…
ui-preview-failed = Предпросмотр не удался; попробуйте чуть позже.
ui-preview-alt = Предпросмотр первой страницы документа
ui-noscript = JavaScript отключён, поэтому предпросмотра нет; скачать и напечатать PDF всё равно можно.

## Roster page

ui-roster-heading = Печать по списку
ui-roster-intro = Первая строка списка — заголовок (имя, гражданство, паспорт, дата рождения, адрес, начало наблюдения, язык…). Сначала проверяются все строки, и все проблемы выводятся сразу.
ui-roster-file = Файл списка (CSV или Excel, до { $mb } МБ и { $rows } строк)
ui-roster-document = Документ для печати
ui-roster-document-column = По столбцу «документ» в списке
ui-roster-language = Язык для строк, где он не указан
ui-roster-check = Проверить список
ui-roster-again = ← Загрузить другой список
ui-roster-report = Проверка списка
ui-roster-all-valid = Все строки можно напечатать: { $valid }.
ui-roster-summary = Строк к печати: { $valid }. Строк с проблемами: { $invalid } (см. таблицу).
ui-roster-ignored = Эти столбцы не относятся к данным жителей и пропущены: { $columns }
ui-roster-nothing = Нет строк для печати. Исправьте таблицу и загрузите её снова.
ui-roster-skip-invalid = Пропустить строки с проблемами ({ $invalid }) и напечатать остальные
ui-roster-fix = Или исправьте таблицу и загрузите её снова. Пропущенные строки перечислены в rejected.csv внутри ZIP.
ui-roster-render = Создать PDF ({ $valid })
ui-roster-progress = Создаём PDF: { $done } из { $total }
ui-roster-done = Готово. Файлов PDF: { $done }.
ui-roster-refresh = Обновить ход работы
ui-roster-download = Скачать ZIP (PDF и manifest.csv)
ui-roster-download-note = ZIP можно скачать один раз; после этого или через 30 минут список и файлы удаляются с сервера.
ui-roster-expired = Этого задания больше нет (оно удаляется после скачивания или через 30 минут). Загрузите список снова.
ui-roster-failed = Не удалось создать PDF: { $reason }
ui-roster-col-row = Строка
ui-roster-col-column = Столбец
ui-roster-col-value = Значение
ui-roster-col-reason = Проблема

## Errors

ui-error-too-large = Файл слишком большой: не более { $mb } МБ. Разделите список на части.
ui-error-form-too-large = Форма слишком длинная (не более { $kb } КБ).
ui-error-too-many-rows = В списке строк: { $rows }; за один раз можно загрузить не более { $max }. Разделите его на части.
ui-error-no-file = Сначала выберите файл списка.
ui-error-file-type = Можно загружать только файлы CSV (.csv) или Excel (.xlsx, .xls, .ods).
ui-error-bad-upload = Не удалось прочитать загрузку; выберите файл и загрузите его снова.
ui-error-bad-form = Не удалось прочитать форму; обновите страницу и попробуйте снова.
ui-error-roster = Не удалось прочитать список: { $reason }
ui-error-not-found = Такой страницы нет.
ui-error-token = Нужен токен доступа: откройте инструмент по адресу, который он показал при запуске (с ?token=).
ui-error-host = Инструмент отвечает только на запросы к этому компьютеру (localhost или 127.0.0.1).
ui-error-busy = Обрабатывается слишком много списков; попробуйте чуть позже или сначала скачайте готовые.
ui-error-internal = Внутренняя ошибка: { $reason }

## Dates, card sheets, refusals

ui-date-year = Год
ui-date-month = Месяц
ui-date-day = День
ui-doc-sheet = Разместить карточки на целом листе A4 (для разрезания)
ui-error-cross-origin = Запрос пришёл с другой веб-страницы и отклонён. Работайте на страницах самой программы.
ui-error-choose-document = Сначала выберите документ для печати.
ui-roster-unreadable-workbook = Не удаётся открыть этот файл Excel; возможно, он повреждён. Сохраните его в Excel заново как .xlsx или CSV и загрузите снова.
ui-roster-unreadable-encoding = Кодировка этого CSV-файла не распознана. В Excel выберите «Сохранить как CSV UTF-8» и загрузите файл снова.
ui-roster-unreadable-no-name = В списке нет столбца с именем. Первая строка — заголовок, и в ней должен быть столбец 姓名 (или name).

## What is wrong with a value (beside a field, in the roster's problem
## column and in rejected.csv)

ui-reason-required = Это поле нужно заполнить.
ui-reason-date = Такой даты не существует. Проверьте год, месяц и день.
ui-reason-date-year = Год { $year } выглядит неверным. Проверьте его.
ui-reason-country = Такой страны или региона нет. Выберите из списка (или напишите так: KR, KOR, South Korea).
ui-reason-sex = Выберите: женский, мужской или не указан.
ui-reason-language = Перевода на этот язык нет. Выберите язык из списка.
ui-reason-number = Введите подходящее целое число.
ui-reason-control = Содержит невидимый управляющий символ ({ $code }). Удалите его и введите текст заново.
ui-reason-glyph = Символ «{ $character }» ({ $code }) нельзя напечатать: его нет ни в одном шрифте. Напишите иначе.
ui-reason-not-text = Не удаётся прочитать как текст. Введите ещё раз.
ui-reason-document = В столбце документа указан документ, которого нет.
ui-reason-no-document = Документ не указан: выберите его при загрузке или добавьте в список столбец документа (文书).
ui-reason-other = Печать невозможна: { $detail }
