//! The HTML pages, written with maud (every value is escaped; the markup is
//! checked when the crate compiles). Every word on them comes from the
//! Fluent bundles; the pages carry no inline script or style.

use std::sync::Arc;

use axum::extract::State;
use axum::http::{StatusCode, Uri};
use axum::response::{Html, IntoResponse, Response};
use maud::{DOCTYPE, Markup, html};

use gaozhi_core::Lang;
use gaozhi_core::countries;
use gaozhi_core::document::{DOCUMENTS, DocumentSpec, ResidentNeed};
use gaozhi_core::field;
use gaozhi_core::locale::FluentArgs;

use crate::form::{self, Kind, Problems, Submission};
use crate::jobs::{Report, Stage};
use crate::ui::Ui;
use crate::{App, MAX_ROSTER_ROWS, MAX_UPLOAD_BYTES};

/// The roster page's document choice that means "as the roster's
/// document column says".
pub(crate) const FROM_COLUMN: &str = "column";

/// A finished HTML page.
pub(crate) type Page = Html<String>;

/// The frame every page shares: header with navigation and the interface
/// languages, the page, and the note on what the tool keeps.
fn layout(ui: &Ui, title: &str, here: &str, body: Markup) -> Page {
    frame(ui, title, here, None, body)
}

/// [`layout`], for a page whose form `form` (its id) the interface
/// language links take along: each link is then a button that posts the
/// form to `/ui`, so what was typed stays when the language changes.
fn frame(ui: &Ui, title: &str, here: &str, form: Option<&str>, body: Markup) -> Page {
    let back: String = form_urlencoded::byte_serialize(here.as_bytes()).collect();
    let page = html! {
        (DOCTYPE)
        html lang=(ui.lang) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · " (ui.t("ui-app-name")) }
                link rel="stylesheet" href="/static/app.css";
                script src="/static/app.js" defer {}
            }
            body {
                header.top {
                    a.brand href="/" { (ui.t("ui-app-name")) }
                    nav.main {
                        a href="/" { (ui.t("ui-nav-documents")) }
                        a href="/roster" { (ui.t("ui-nav-roster")) }
                    }
                    nav.ui-langs aria-label=(ui.t("ui-interface-language")) {
                        span.label { (ui.t("ui-interface-language")) }
                        @for lang in ui.languages() {
                            @if lang == ui.lang {
                                strong lang=(lang) aria-current="true" { (ui.in_lang(&lang, "language-name")) }
                            } @else if let Some(form) = form {
                                button.link lang=(lang) type="submit" form=(form) formmethod="post"
                                    formaction={ "/ui?lang=" (lang) "&back=" (back) } formtarget="_self"
                                    formnovalidate data-switch="1" {
                                    (ui.in_lang(&lang, "language-name"))
                                }
                            } @else {
                                a lang=(lang) href={ "/ui?lang=" (lang) "&back=" (back) } {
                                    (ui.in_lang(&lang, "language-name"))
                                }
                            }
                        }
                    }
                }
                main { (body) }
                footer.privacy { p { (ui.t("ui-privacy-note")) } }
            }
        }
    };
    Html(page.into_string())
}

/// The name of a document in Chinese and English.
fn titles(ui: &Ui, doc: &DocumentSpec) -> (String, String) {
    let en = ui.lang("en");
    (
        ui.in_lang(&Lang::reference(), doc.title),
        en.map(|en| ui.in_lang(&en, doc.title)).unwrap_or_default(),
    )
}

/// `GET /`: the documents as cards, the roster, the office in use.
pub(crate) async fn home(State(app): State<Arc<App>>, ui: Ui) -> Page {
    let office = &app.config.office;
    let reference = Lang::reference();
    let body = html! {
        h1 { (ui.t("ui-home-heading")) }
        ul.cards {
            @for doc in DOCUMENTS {
                @let (zh, en) = titles(&ui, doc);
                li.card {
                    a.card-link href={ "/doc/" (doc.id) } {
                        img.thumb src={ "/thumbnail/" (doc.id) } alt=(ui.s("ui-thumbnail-alt", &[("title", &zh)]))
                            loading="lazy";
                        span.title-zh lang="zh-Hans" { (zh) }
                        span.title-en lang="en" { (en) }
                        span.button.primary { (ui.t("ui-home-open")) }
                    }
                }
            }
            li.card.roster-card {
                a.card-link href="/roster" {
                    span.title-zh { (ui.t("ui-home-roster-heading")) }
                    span.card-text { (ui.t("ui-home-roster-text")) }
                    span.button { (ui.t("ui-home-roster-button")) }
                }
            }
        }
        section.office {
            h2 { (ui.t("ui-office-heading")) }
            @if let Some(name) = office.name.get(&reference) {
                p.office-name lang="zh-Hans" { (name) }
            }
            @if !ui.lang.is_reference() {
                @if let Some(name) = office.name.get(&ui.lang) {
                    p.office-name-ui { (name) }
                }
            }
            dl {
                dt { (ui.t("ui-office-hotline")) }
                dd { (office.hotline) }
                @if !office.contacts.is_empty() {
                    dt { (ui.t("ui-office-contacts")) }
                    dd {
                        ul.contacts {
                            @for c in &office.contacts {
                                li { (ui.t(c.role.message_id())) " · " (c.name) " · " (c.phone) }
                            }
                        }
                    }
                }
                dt { (ui.t("ui-office-source")) }
                dd {
                    @if let Some(path) = &app.config.office_source {
                        code { (path) }
                    } @else {
                        strong.warning { (ui.t("ui-office-sample")) }
                    }
                }
            }
        }
    };
    layout(&ui, &ui.t("ui-nav-documents"), "/", body)
}

/// The form of a document, filled with `form` and with `problems`
/// beside their fields.
pub(crate) fn document(
    app: &App,
    ui: &Ui,
    doc: &'static DocumentSpec,
    form: &Submission,
    problems: &Problems,
) -> Page {
    let (zh, en) = titles(ui, doc);
    let mut args = FluentArgs::new();
    args.set("days", app.config.office.observation_days);
    let preview_url = format!("/doc/{}/preview", doc.id);
    let pdf_url = format!("/doc/{}/pdf", doc.id);
    let error = |name: &str| problems.fields.get(name).cloned().unwrap_or_default();
    let order = date_order(&ui.lang);
    let body = html! {
        p.back { a href="/" { (ui.t("ui-doc-back")) } }
        h1 { span lang="zh-Hans" { (zh) } br; small lang="en" { (en) } }
        div.doc-page {
            form #doc-form.doc-form method="post" action=(pdf_url) data-preview=(preview_url)
                novalidate {
                div #general-errors.general-errors role="alert" {
                    @if !problems.general.is_empty() {
                        p { strong { (ui.t("ui-errors-heading")) } }
                        ul { @for m in &problems.general { li { (m) } } }
                    }
                }
                fieldset.language-box {
                    legend { (ui.t("ui-doc-language-heading")) }
                    label for="f-language" { (ui.t("ui-doc-resident-language")) }
                    select #f-language.big name=(form::LANGUAGE) {
                        option value="" selected[form.get(form::LANGUAGE).is_empty()] {
                            (ui.t("ui-doc-language-auto"))
                        }
                        @for lang in ui.document_languages() {
                            option value=(lang) lang=(lang) selected[form.get(form::LANGUAGE) == lang.as_str()] {
                                (ui.in_lang(&lang, "language-name")) " (" (lang) ")"
                            }
                        }
                    }
                    p.field-error #error-language { (error(form::LANGUAGE)) }
                    div.layouts role="radiogroup" aria-label=(ui.t("ui-doc-layout")) {
                        span.label { (ui.t("ui-doc-layout")) }
                        @for (i, (value, _, label)) in form::LAYOUTS.iter().enumerate() {
                            @let checked = form.get(form::LAYOUT) == *value
                                || (i == 0 && form.get(form::LAYOUT).is_empty());
                            label.radio {
                                input type="radio" name=(form::LAYOUT) value=(value) checked[checked];
                                (ui.t(label))
                            }
                        }
                    }
                    @if doc.page.is_card() {
                        label.checkbox {
                            input type="checkbox" name=(form::SHEET) value="1" checked[!form.get(form::SHEET).is_empty()];
                            (ui.t("ui-doc-sheet"))
                        }
                    }
                }
                fieldset.details {
                    legend { (ui.t("ui-doc-details")) }
                    @if doc.fields.iter().any(|f| f.required) {
                        p.hint { (ui.t("ui-required-note")) }
                    }
                    @if doc.resident == ResidentNeed::Optional {
                        p.hint { (ui.t("ui-doc-optional-resident")) }
                    }
                    @for spec in doc.fields.iter().filter(|f| f.key() != form::LANGUAGE) {
                        @let id = format!("f-{}", spec.key());
                        @let value = form.get(spec.key());
                        @let bad = problems.fields.contains_key(spec.key());
                        div.field.invalid[bad] {
                            label for=(if form::kind(spec.key()) == Kind::Date { format!("{id}-{}", form::DATE_PARTS[order[0]]) } else { id.clone() }) {
                                (ui.format(spec.label, Some(&args)))
                                @if spec.required {
                                    " " span.req aria-label=(ui.t("ui-required")) { "*" }
                                }
                                @match form::kind(spec.key()) {
                                    Kind::Date if spec.field.kind() == field::Kind::PeriodStart => {
                                        " " small { (ui.t("ui-field-first-day")) }
                                    }
                                    Kind::List => { " " small { (ui.t("ui-field-list-hint")) } }
                                    _ => {}
                                }
                            }
                            @if form::kind(spec.key()) == Kind::Date {
                                (date_input(ui, spec.key(), &id, &form.date_parts(spec.key()), order))
                            } @else {
                                (input(ui, app, spec.key(), &id, value, spec.required))
                            }
                            p.field-error id={ "error-" (spec.key()) } aria-live="polite" { (error(spec.key())) }
                        }
                    }
                }
                div.actions {
                    button.primary.big type="submit" { (ui.t("ui-download")) }
                    button.big type="submit" formaction={ (pdf_url) "?inline=1" } formtarget="_blank" {
                        (ui.t("ui-print"))
                    }
                }
            }
            figure.preview #preview-box data-waiting=(ui.t("ui-preview-waiting"))
                data-updating=(ui.t("ui-preview-updating")) data-failed=(ui.t("ui-preview-failed")) {
                figcaption { (ui.t("ui-preview")) }
                img #preview-image hidden alt=(ui.t("ui-preview-alt"));
                p #preview-status { (ui.t("ui-preview-waiting")) }
                noscript { p { (ui.t("ui-noscript")) } }
            }
        }
    };
    frame(ui, &zh, &format!("/doc/{}", doc.id), Some("doc-form"), body)
}

/// The order a language writes a date in, as indexes into
/// [`form::DATE_PARTS`]: ICU4X's long date for the language, read for
/// where the year, the month and the day stand (2033年11月22日: year,
/// month, day; November 22, 2033: month, day, year; 22. November 2033:
/// day, month, year).
pub(crate) fn date_order(lang: &Lang) -> [usize; 3] {
    const YMD: [usize; 3] = [0, 1, 2];
    let Some(sample) = gaozhi_core::Date::new(2033, 11, 22) else {
        return YMD;
    };
    let Ok(text) = gaozhi_core::intl::format_date(lang, sample) else {
        return YMD;
    };
    let (Some(year), Some(day)) = (text.find("2033"), text.find("22")) else {
        return YMD;
    };
    if year < day {
        return YMD;
    }
    // The day before the year: the month comes first when something is
    // written before the day (November 22), else after it (22 novembre).
    if text[..day].chars().any(char::is_alphanumeric) {
        [1, 2, 0]
    } else {
        [2, 1, 0]
    }
}

/// A date as three boxes (year, month, day) in the interface language's
/// order, each with its own visible label.
fn date_input(ui: &Ui, name: &str, id: &str, parts: &[String; 3], order: [usize; 3]) -> Markup {
    html! {
        span.date-parts role="group" {
            @for i in order {
                @let part = form::DATE_PARTS[i];
                @let size = if i == 0 { "4" } else { "2" };
                label.date-part {
                    input type="text" inputmode="numeric" autocomplete="off" maxlength=(size) size=(size)
                        id={ (id) "-" (part) } name={ (name) "-" (part) } value=(parts[i]);
                    span { (ui.t(["ui-date-year", "ui-date-month", "ui-date-day"][i])) }
                }
            }
        }
    }
}

/// The input for one field.
fn input(ui: &Ui, app: &App, name: &str, id: &str, value: &str, required: bool) -> Markup {
    match form::kind(name) {
        Kind::Country => {
            let mut all: Vec<(&str, String)> = countries::all()
                .iter()
                .map(|c| (c.alpha2.as_str(), ui.t(&format!("country-{}", c.alpha2))))
                .collect();
            sort_for_reader(&ui.lang, &mut all);
            let common_codes = common_nationalities(app);
            let common: Vec<&(&str, String)> = all
                .iter()
                .filter(|(code, _)| common_codes.contains(code))
                .collect();
            let selected = |code: &str| value.eq_ignore_ascii_case(code);
            html! {
                select id=(id) name=(name) required[required] {
                    option value="" { (ui.t("ui-choose")) }
                    @if !common.is_empty() {
                        optgroup label=(ui.t("ui-countries-common")) {
                            @for (code, label) in &common {
                                option value=(code) selected[selected(code)] { (label) " (" (code) ")" }
                            }
                        }
                    }
                    optgroup label=(ui.t("ui-countries-all")) {
                        @for (code, label) in &all {
                            option value=(code) selected[selected(code) && !common.iter().any(|(c, _)| c == code)] {
                                (label) " (" (code) ")"
                            }
                        }
                    }
                }
            }
        }
        Kind::Sex => html! {
            select id=(id) name=(name) required[required] {
                option value="" { (ui.t("ui-choose")) }
                @for (code, message) in [("F", "sex-female"), ("M", "sex-male"), ("X", "sex-unspecified")] {
                    option value=(code) selected[value == code] { (ui.t(message)) }
                }
            }
        },
        Kind::Date => html! {
            input type="date" id=(id) name=(name) value=(value) required[required];
        },
        Kind::Number => html! {
            input type="number" min="1" id=(id) name=(name) value=(value) required[required];
        },
        Kind::Text | Kind::List => html! {
            input type="text" id=(id) name=(name) value=(value) required[required] autocomplete="off";
        },
    }
}

/// Sorts country names the way a reader of `lang` expects them (pinyin
/// for Chinese, the alphabet with its accents for French), with ICU4X's
/// collation; by code point if the language has no collation data.
fn sort_for_reader(lang: &Lang, names: &mut [(&str, String)]) {
    use icu::collator::{Collator, options::CollatorOptions};
    let collator = lang
        .as_str()
        .parse::<icu::locale::Locale>()
        .ok()
        .and_then(|l| Collator::try_new(l.into(), CollatorOptions::default()).ok());
    match collator {
        Some(c) => names.sort_by(|a, b| c.compare(&a.1, &b.1)),
        None => names.sort_by(|a, b| a.1.cmp(&b.1)),
    }
}

/// The nationalities the office sees most, offered first: those its
/// profile has an embassy for, else Korea, Japan, the United States and
/// Russia.
fn common_nationalities(app: &App) -> Vec<&str> {
    let embassies = &app.config.office.embassies;
    if embassies.is_empty() {
        vec!["KR", "JP", "US", "RU"]
    } else {
        embassies.keys().map(String::as_str).collect()
    }
}

/// The roster upload form, with a message when the last upload failed.
pub(crate) fn roster_upload(ui: &Ui, message: Option<&str>) -> Page {
    let body = html! {
        p.back { a href="/" { (ui.t("ui-doc-back")) } }
        h1 { (ui.t("ui-roster-heading")) }
        p { (ui.t("ui-roster-intro")) }
        @if let Some(m) = message {
            div.general-errors role="alert" { p { (m) } }
        }
        form.roster-form method="post" action="/roster" enctype="multipart/form-data" {
            div.field {
                label for="f-roster" {
                    (ui.n("ui-roster-file", &[("mb", MAX_UPLOAD_BYTES / (1024 * 1024)), ("rows", MAX_ROSTER_ROWS)]))
                }
                input #f-roster type="file" name="roster" required
                    accept=".csv,.xlsx,.xls,.ods,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            }
            div.field {
                label for="f-document" { (ui.t("ui-roster-document")) }
                select #f-document name="document" required {
                    option value="" selected disabled { (ui.t("ui-choose")) }
                    @for doc in DOCUMENTS {
                        @let (zh, en) = titles(ui, doc);
                        option value=(doc.id) { (zh) " · " (en) }
                    }
                    option value=(FROM_COLUMN) { (ui.t("ui-roster-document-column")) }
                }
            }
            div.field {
                label for="f-lang" { (ui.t("ui-roster-language")) }
                select #f-lang name="language" {
                    option value="" { (ui.t("ui-doc-language-auto")) }
                    @for lang in ui.document_languages() {
                        option value=(lang) { (ui.in_lang(&lang, "language-name")) " (" (lang) ")" }
                    }
                }
            }
            div.actions { button.primary.big type="submit" { (ui.t("ui-roster-check")) } }
        }
    };
    layout(ui, &ui.t("ui-roster-heading"), "/roster", body)
}

/// A roster job: the check report and the choice to render, the progress,
/// or the download.
pub(crate) fn roster_job(ui: &Ui, id: &str, report: &Report, stage: &Stage) -> Page {
    let invalid_rows = report.invalid_rows();
    let body = html! {
        p.back { a href="/roster" { (ui.t("ui-roster-again")) } }
        h1 { (ui.t("ui-roster-report")) }
        p.summary {
            @if report.problems.is_empty() {
                (ui.n("ui-roster-all-valid", &[("valid", report.valid)]))
            } @else {
                (ui.n("ui-roster-summary", &[("valid", report.valid), ("invalid", invalid_rows)]))
            }
        }
        @if !report.ignored.is_empty() {
            p.hint { (ui.s("ui-roster-ignored", &[("columns", &report.ignored.join(", "))])) }
        }
        @if !report.problems.is_empty() {
            (problem_table(ui, report))
        }
        @match stage {
            Stage::Checked => {
                @if report.valid == 0 {
                    p { strong { (ui.t("ui-roster-nothing")) } }
                } @else {
                    form.roster-form method="post" action={ "/roster/" (id) "/render" } {
                        @if !report.problems.is_empty() {
                            label.checkbox {
                                input type="checkbox" name="skip_invalid" value="1" required;
                                (ui.n("ui-roster-skip-invalid", &[("invalid", invalid_rows)]))
                            }
                            p.hint { (ui.t("ui-roster-fix")) }
                        }
                        div.actions {
                            button.primary.big type="submit" {
                                (ui.n("ui-roster-render", &[("valid", report.valid)]))
                            }
                        }
                    }
                }
            },
            Stage::Rendering { done, total } => {
                (progress(ui, id, *done, *total, false))
            },
            Stage::Finished { files } => {
                (progress(ui, id, *files, *files, true))
            },
            Stage::Failed(reason) => {
                div.general-errors role="alert" { p { (ui.s("ui-roster-failed", &[("reason", reason)])) } }
            },
        }
    };
    layout(
        ui,
        &ui.t("ui-roster-report"),
        &format!("/roster/{id}"),
        body,
    )
}

fn progress(ui: &Ui, id: &str, done: usize, total: usize, finished: bool) -> Markup {
    html! {
        div #roster-progress.progress data-status={ "/roster/" (id) "/status" } {
            progress #roster-bar max=(total.max(1)) value=(done) {}
            p #roster-progress-text aria-live="polite" {
                @if finished {
                    (ui.n("ui-roster-done", &[("done", done)]))
                } @else {
                    (ui.n("ui-roster-progress", &[("done", done), ("total", total)]))
                }
            }
            noscript { p { a href={ "/roster/" (id) } { (ui.t("ui-roster-refresh")) } } }
            p {
                a.button.primary.big #roster-download href={ "/roster/" (id) "/download" } hidden[!finished] {
                    (ui.t("ui-roster-download"))
                }
            }
            p.hint { (ui.t("ui-roster-download-note")) }
        }
    }
}

fn problem_table(ui: &Ui, report: &Report) -> Markup {
    html! {
        div.table-scroll {
        table.problems {
            thead {
                tr {
                    th scope="col" { (ui.t("ui-roster-col-row")) }
                    th scope="col" { (ui.t("ui-roster-col-column")) }
                    th scope="col" { (ui.t("ui-roster-col-value")) }
                    th scope="col" { (ui.t("ui-roster-col-reason")) }
                }
            }
            tbody {
                @for p in &report.problems {
                    tr {
                        td.num { (p.row()) }
                        td { (p.column()) }
                        td { code { (p.value) } }
                        td { (report.reason(p).text(ui)) }
                    }
                }
            }
        }
        }
    }
}

/// A page with one message (and a way home).
pub(crate) fn message(ui: &Ui, status: StatusCode, text: &str) -> Response {
    let body = html! {
        div.general-errors role="alert" { p { (text) } }
        p { a.button href="/" { (ui.t("ui-doc-back")) } }
    };
    (status, layout(ui, text, "/", body)).into_response()
}

/// The 404 page.
pub(crate) fn not_found_page(ui: &Ui) -> Response {
    message(ui, StatusCode::NOT_FOUND, &ui.t("ui-error-not-found"))
}

/// Any address the server does not know.
pub(crate) async fn not_found(ui: Ui, _uri: Uri) -> Response {
    not_found_page(&ui)
}
