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
ui-countries-common = Частые гражданства (есть телефоны посольств)
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
