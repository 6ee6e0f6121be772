//! A document's form: which inputs its registry fields get, reading a
//! submission into a resident record with every problem beside its field
//! (in the interface language, see [`crate::reason`]), and rendering the
//! live preview (PNG of page 1), the PDF and the home page's thumbnails.
//!
//! A date is typed in three boxes (year, month, day) set in the order the
//! interface language writes dates, so that the server, not the browser,
//! reads it: a day that does not exist is said so, and a year no one
//! means (0301, 2099) is questioned.
//!
//! A submission is read, rendered and dropped within its request.

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

use gaozhi_core::document::{self, DocumentSpec, ResidentNeed};
use gaozhi_core::values::Date;
use gaozhi_core::{Composition, Error, Layout, Request, Resident, Tag, compose, roster};
use gaozhi_render::{Format, RenderOptions, Rendered};

use crate::App;
use crate::pages;
use crate::reason::{self, Reason};
use crate::ui::Ui;

/// The form input for the resident's language (empty: from nationality).
pub(crate) const LANGUAGE: &str = "language";
/// The form input for the layout.
pub(crate) const LAYOUT: &str = "layout";
/// The form input asking for a card sheet (cards n-up on A4).
pub(crate) const SHEET: &str = "sheet";
/// The three boxes of a date input, each named `{field}-{part}`.
pub(crate) const DATE_PARTS: [&str; 3] = ["year", "month", "day"];

/// Pixels per point of the live preview (A4 is 595 pt wide).
const PREVIEW_SCALE: f32 = 1.5;
/// Pixels per point of the home page's thumbnails.
const THUMBNAIL_SCALE: f32 = 0.6;

/// The kind of input a record field gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Free text.
    Text,
    /// A date picker (`YYYY-MM-DD`).
    Date,
    /// The country list, by localized name.
    Country,
    /// F / M / X.
    Sex,
    /// A whole number.
    Number,
    /// Several values separated by commas.
    List,
}

/// The input for a field, by its name (fields the registry adds later are
/// text unless their name says date or days).
pub(crate) fn kind(field: &str) -> Kind {
    match field {
        "nationality" => Kind::Country,
        "sex" => Kind::Sex,
        "visited" => Kind::List,
        f if f.ends_with("_date") || f.ends_with("_start") || f.ends_with("_end") => Kind::Date,
        f if f.ends_with("_days") => Kind::Number,
        _ => Kind::Text,
    }
}

/// The layouts offered, with their form values.
pub(crate) const LAYOUTS: &[(&str, Layout, &str)] = &[
    ("bilingual", Layout::Bilingual, "ui-layout-bilingual"),
    ("chinese", Layout::ChineseOnly, "ui-layout-chinese"),
    (
        "translation",
        Layout::TranslationOnly,
        "ui-layout-translation",
    ),
];

/// A submitted form: input name → value (the last one wins).
#[derive(Debug, Clone, Default)]
pub(crate) struct Submission(BTreeMap<String, String>);

impl Submission {
    /// Reads an `application/x-www-form-urlencoded` body. A value that is
    /// not UTF-8 once decoded is refused with the input's name: it would
    /// print as replacement characters on the page.
    pub(crate) fn parse(body: &[u8]) -> Result<Submission, NotText> {
        let mut values = BTreeMap::new();
        for pair in body.split(|b| *b == b'&').filter(|p| !p.is_empty()) {
            let (key, value) = match pair.iter().position(|b| *b == b'=') {
                Some(at) => (&pair[..at], &pair[at + 1..]),
                None => (pair, &b""[..]),
            };
            let key = decode(key).map_err(|_| NotText(String::new()))?;
            let value = decode(value).map_err(|_| NotText(key.clone()))?;
            values.insert(key, value);
        }
        Ok(Submission(values))
    }

    /// The value of input `name`, trimmed ("" if absent).
    pub(crate) fn get(&self, name: &str) -> &str {
        self.0.get(name).map_or("", |v| v.trim())
    }

    /// The value of field `name` as the record reads it: a date from its
    /// three boxes (`2020-3-1`) when they were sent, else the one value.
    pub(crate) fn value(&self, name: &str) -> String {
        if kind(name) == Kind::Date {
            let parts = DATE_PARTS.map(|p| self.get(&format!("{name}-{p}")));
            if parts.iter().any(|p| !p.is_empty()) {
                return parts.join("-");
            }
        }
        self.get(name).to_owned()
    }

    /// The three boxes of date field `name` as typed (year, month, day);
    /// a date sent as one value is split at its separators.
    pub(crate) fn date_parts(&self, name: &str) -> [String; 3] {
        let parts = DATE_PARTS.map(|p| self.get(&format!("{name}-{p}")).to_owned());
        if parts.iter().any(|p| !p.is_empty()) {
            return parts;
        }
        let whole = self.get(name);
        let pieces: Vec<&str> = whole
            .split(|c: char| !c.is_ascii_digit())
            .filter(|p| !p.is_empty())
            .collect();
        match pieces.as_slice() {
            [y, m, d] => [y.to_string(), m.to_string(), d.to_string()],
            _ => [whole.to_owned(), String::new(), String::new()],
        }
    }
}

/// A submission with a value that is not text: the input's name.
#[derive(Debug)]
pub(crate) struct NotText(pub(crate) String);

/// One name or value of a form body: `+` is a space, `%XX` a byte, and the
/// bytes must be UTF-8.
fn decode(raw: &[u8]) -> Result<String, std::str::Utf8Error> {
    let spaced: Vec<u8> = raw
        .iter()
        .map(|b| if *b == b'+' { b' ' } else { *b })
        .collect();
    percent_encoding::percent_decode(&spaced)
        .decode_utf8()
        .map(|s| s.into_owned())
}

/// What is wrong with a submission: messages for form fields, and the
/// rest (office profile, rendering) for the top of the form.
#[derive(Debug, Clone, Default, Serialize)]
pub(crate) struct Problems {
    /// Field name → message.
    pub(crate) fields: BTreeMap<String, String>,
    /// Messages about no one field.
    pub(crate) general: Vec<String>,
}

impl Problems {
    fn one(message: String) -> Problems {
        Problems {
            fields: BTreeMap::new(),
            general: vec![message],
        }
    }

    fn is_empty(&self) -> bool {
        self.fields.is_empty() && self.general.is_empty()
    }

    /// Puts `reason` beside field `name` (the first problem of a field is
    /// the one to fix first).
    fn field(&mut self, ui: &Ui, name: &str, reason: Reason) {
        self.fields
            .entry(name.to_owned())
            .or_insert_with(|| reason.text(ui));
    }

    /// Puts an error beside its field when the form has that field and
    /// the error is about the submitted record (not the office file), in
    /// the interface language.
    fn add(&mut self, ui: &Ui, doc: &DocumentSpec, form: &Submission, err: Error) {
        match &err.field {
            Some(field) if err.file.is_none() && is_input(doc, field) => {
                let reason = Reason::classify(field, &form.value(field), &err.message);
                self.field(ui, field, reason);
            }
            _ => self
                .general
                .push(Reason::classify("", "", &err.to_string()).text(ui)),
        }
    }
}

/// Whether the form for `doc` has an input called `name`.
fn is_input(doc: &DocumentSpec, name: &str) -> bool {
    name == LANGUAGE || doc.field(name).is_some()
}

/// A submission read into what `compose` takes.
struct Checked {
    resident: Resident,
    /// Whether anything about the resident was given (a document that
    /// needs no resident is composed without one otherwise).
    given: bool,
    layout: Layout,
    sheet: bool,
    default_language: Option<Tag>,
}

/// Reads a submission as the roster reads a row: each field parsed as
/// staff type it, every problem collected, then the record's own checks
/// and the document's required fields.
fn check(ui: &Ui, doc: &'static DocumentSpec, form: &Submission) -> Result<Checked, Problems> {
    let this_year = i32::from(Date::today().year());
    let mut problems = Problems::default();
    let mut resident = Resident::default();
    let mut given = false;
    let inputs = doc
        .fields
        .iter()
        .map(|f| f.name)
        .chain([LANGUAGE])
        .filter(|n| *n != LAYOUT);
    for name in inputs {
        let value = form.value(name);
        if value.is_empty() {
            continue;
        }
        given |= name != LANGUAGE;
        if let Err(message) = roster::set_field(&mut resident, name, &value) {
            problems.field(ui, name, Reason::classify(name, &value, &message));
        } else if kind(name) == Kind::Date
            && let Ok(date) = roster::parse_date(&value)
            && !reason::plausible_year(i32::from(date.year()), this_year)
        {
            let year = i32::from(date.year());
            problems.field(ui, name, Reason::DateImplausible { year });
        }
    }
    if problems.fields.is_empty()
        && let Err(err) = resident.validate()
    {
        // A document without a name field (a contact card) has no name
        // to require.
        let about_absent_name = err.field.as_deref() == Some("name") && doc.field("name").is_none();
        if !about_absent_name {
            problems.add(ui, doc, form, err);
        }
    }
    if given || doc.resident == ResidentNeed::Required {
        for err in gaozhi_core::compose::missing_required(doc, &resident) {
            if let Some(field) = &err.field
                && is_input(doc, field)
            {
                // Boxes of a date filled only in part are not "missing".
                let reason = Reason::classify(field, &form.value(field), "");
                problems.field(ui, field, reason);
            } else {
                problems.add(ui, doc, form, err);
            }
        }
    }
    let layout = LAYOUTS
        .iter()
        .find(|(v, ..)| *v == form.get(LAYOUT))
        .map_or(Layout::Bilingual, |(_, l, _)| *l);
    // Chinese alone needs no resident language; otherwise the language
    // chosen serves a document composed without a resident (a contact
    // card) too.
    let default_language = if layout == Layout::ChineseOnly {
        gaozhi_core::lang::REFERENCE.parse().ok()
    } else {
        resident.language.clone()
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Checked {
        resident,
        given,
        layout,
        sheet: doc.page.is_card() && !form.get(SHEET).is_empty(),
        default_language,
    })
}

/// Composes `doc` for today with the office in use.
fn compose_page(
    app: &App,
    doc: &'static DocumentSpec,
    resident: Option<&Resident>,
    default_language: Option<&Tag>,
    layout: Layout,
) -> gaozhi_core::Result<Composition> {
    // A document that is the same for every resident (a reminder card, an
    // open letter) takes no record: only the language the form chose.
    let (resident, chosen) = if doc.resident == ResidentNeed::None {
        (None, resident.and_then(|r| r.language.clone()))
    } else {
        (resident, None)
    };
    compose(
        app.locales,
        &Request {
            document: doc,
            resident,
            office: &app.config.office,
            default_language: default_language.or(chosen.as_ref()),
            layout,
            today: Date::today(),
        },
    )
}

/// Checks, composes and renders a submission (blocking: call from a
/// blocking thread).
fn render(
    app: &App,
    ui: &Ui,
    doc: &'static DocumentSpec,
    form: &Submission,
    format: Format,
) -> Result<(Rendered, String), Problems> {
    let checked = check(ui, doc, form)?;
    let mut problems = Problems::default();
    let resident =
        (checked.given || doc.resident == ResidentNeed::Required).then_some(&checked.resident);
    let composition = compose_page(
        app,
        doc,
        resident,
        checked.default_language.as_ref(),
        checked.layout,
    );
    let composition = match composition {
        Ok(c) => c,
        Err(e) => {
            problems.add(ui, doc, form, e);
            return Err(problems);
        }
    };
    let options = RenderOptions {
        format,
        sheet: checked.sheet,
        allow_missing_glyphs: app.config.allow_missing_glyphs,
        ..RenderOptions::default()
    };
    match app.renderer.render(&composition, &options) {
        Ok(rendered) => Ok((rendered, composition.resident_lang.to_string())),
        Err(e) => {
            problems.add(ui, doc, form, e);
            Err(problems)
        }
    }
}

/// Runs `render` on a blocking thread, at most two at once.
async fn render_off_runtime(
    app: Arc<App>,
    ui: &Ui,
    doc: &'static DocumentSpec,
    form: Submission,
    format: Format,
) -> Result<(Rendered, String), Problems> {
    let internal = |e: &dyn std::fmt::Display| {
        Problems::one(ui.s("ui-error-internal", &[("reason", &e.to_string())]))
    };
    let _permit = app.renders.acquire().await.map_err(|e| internal(&e))?;
    let worker = app.clone();
    let in_thread = ui.clone();
    tokio::task::spawn_blocking(move || render(&worker, &in_thread, doc, &form, format))
        .await
        .map_err(|e| internal(&e))?
}

/// The document an address names.
fn find(id: &str) -> Option<&'static DocumentSpec> {
    document::find(id)
}

/// A form body, or the status and problems that say why it cannot be
/// read (a value that is not text beside its field).
fn body(
    ui: &Ui,
    body: Result<Bytes, BytesRejection>,
) -> Result<Submission, (StatusCode, Problems)> {
    match body {
        Ok(bytes) => Submission::parse(&bytes).map_err(|NotText(name)| {
            let mut problems = Problems::default();
            if name.is_empty() {
                problems.general.push(ui.t("ui-error-bad-form"));
            } else {
                problems.field(ui, &name, Reason::NotText);
            }
            (StatusCode::BAD_REQUEST, problems)
        }),
        Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => Err((
            StatusCode::PAYLOAD_TOO_LARGE,
            Problems::one(ui.n(
                "ui-error-form-too-large",
                &[("kb", crate::MAX_FORM_BYTES / 1024)],
            )),
        )),
        Err(_) => Err((
            StatusCode::BAD_REQUEST,
            Problems::one(ui.t("ui-error-bad-form")),
        )),
    }
}

/// `GET /doc/{doc}`: the empty form.
pub(crate) async fn page(State(app): State<Arc<App>>, ui: Ui, Path(id): Path<String>) -> Response {
    let Some(doc) = find(&id) else {
        return pages::not_found_page(&ui);
    };
    pages::document(&app, &ui, doc, &Submission::default(), &Problems::default()).into_response()
}

/// `POST /doc/{doc}/preview`: page 1 as PNG, or 422 with the problems as
/// JSON (`{"fields": {"name": "…"}, "general": ["…"]}`); the time the
/// server took is in `Server-Timing`.
pub(crate) async fn preview(
    State(app): State<Arc<App>>,
    ui: Ui,
    Path(id): Path<String>,
    form: Result<Bytes, BytesRejection>,
) -> Response {
    let Some(doc) = find(&id) else {
        return (
            StatusCode::NOT_FOUND,
            Json(Problems::one(ui.t("ui-error-not-found"))),
        )
            .into_response();
    };
    let form = match body(&ui, form) {
        Ok(f) => f,
        Err((status, problems)) => return (status, Json(problems)).into_response(),
    };
    let started = std::time::Instant::now();
    let mut response = match render_off_runtime(
        app,
        &ui,
        doc,
        form,
        Format::Png {
            scale: PREVIEW_SCALE,
        },
    )
    .await
    {
        Ok((rendered, _)) => png(rendered.files.into_iter().next().unwrap_or_default()),
        Err(problems) => (StatusCode::UNPROCESSABLE_ENTITY, Json(problems)).into_response(),
    };
    // How long the server took, for the page's timing (and the browser
    // test that holds the preview to its delay).
    let took = started.elapsed().as_secs_f64() * 1000.0;
    if let Ok(v) = HeaderValue::from_str(&format!("render;dur={took:.1}")) {
        response.headers_mut().insert("server-timing", v);
    }
    response
}

/// `?inline=1`: show the PDF in the browser (to print) rather than save it.
#[derive(Deserialize)]
pub(crate) struct PdfQuery {
    #[serde(default)]
    inline: Option<String>,
}

/// `POST /doc/{doc}/pdf`: the PDF, or the form again with the problems
/// beside their fields (422).
pub(crate) async fn pdf(
    State(app): State<Arc<App>>,
    ui: Ui,
    Path(id): Path<String>,
    Query(query): Query<PdfQuery>,
    form: Result<Bytes, BytesRejection>,
) -> Response {
    let Some(doc) = find(&id) else {
        return pages::not_found_page(&ui);
    };
    let form = match body(&ui, form) {
        Ok(f) => f,
        Err((status, problems)) => {
            // The form cannot be read back: an empty one, with the reason.
            let empty = Submission::default();
            return (status, pages::document(&app, &ui, doc, &empty, &problems)).into_response();
        }
    };
    let kept = form.clone();
    match render_off_runtime(app.clone(), &ui, doc, form, Format::Pdf).await {
        Ok((rendered, language)) => {
            let bytes = rendered.files.into_iter().next().unwrap_or_default();
            let disposition = if query.inline.is_some() {
                "inline"
            } else {
                "attachment"
            };
            let mut response = ([(header::CONTENT_TYPE, "application/pdf")], bytes).into_response();
            let name = kept.get("name");
            if let Ok(v) =
                HeaderValue::from_str(&content_disposition(disposition, name, doc, &language))
            {
                response
                    .headers_mut()
                    .insert(header::CONTENT_DISPOSITION, v);
            }
            response
        }
        Err(problems) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            pages::document(&app, &ui, doc, &kept, &problems),
        )
            .into_response(),
    }
}

/// The PDF's file name: the resident's name, the document and the
/// language (`KIM MINJUN 김민준-home-observation-notice-ko.pdf`), made safe
/// for every file system as `gaozhi batch` names files. Browsers read the
/// UTF-8 name (`filename*`); the plain `filename` is an ASCII fallback.
fn content_disposition(disposition: &str, name: &str, doc: &DocumentSpec, lang: &str) -> String {
    let lang: String = lang
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    let fallback = format!("{}-{lang}.pdf", doc.id);
    let pattern = if name.is_empty() {
        "{document}-{language}"
    } else {
        "{name}-{document}-{language}"
    };
    let full = roster::file_name(pattern, 0, name, doc.id, &lang).unwrap_or(fallback.clone());
    let encoded: String =
        percent_encoding::utf8_percent_encode(&full, percent_encoding::NON_ALPHANUMERIC)
            .to_string()
            .replace("%2D", "-")
            .replace("%2E", ".")
            .replace("%5F", "_");
    format!("{disposition}; filename=\"{fallback}\"; filename*=UTF-8''{encoded}")
}

fn png(bytes: Vec<u8>) -> Response {
    ([(header::CONTENT_TYPE, "image/png")], bytes).into_response()
}

/// `GET /thumbnail/{doc}`: page 1 of the document for the sample resident
/// in Chinese and English, rendered once and kept.
pub(crate) async fn thumbnail(State(app): State<Arc<App>>, Path(id): Path<String>) -> Response {
    let Some(doc) = find(&id) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let cached = app
        .thumbnails
        .lock()
        .ok()
        .and_then(|m| m.get(doc.id).cloned());
    if let Some(bytes) = cached {
        return png(bytes.as_ref().clone());
    }
    let worker = app.clone();
    let made = tokio::task::spawn_blocking(move || {
        let mut sample = worker.config.sample.clone().unwrap_or_default();
        sample.language = "en".parse().ok();
        let resident =
            (doc.resident == ResidentNeed::Required || !sample.name.is_empty()).then_some(&sample);
        let composition = compose_page(&worker, doc, resident, None, Layout::Bilingual)?;
        let options = RenderOptions {
            format: Format::Png {
                scale: THUMBNAIL_SCALE,
            },
            allow_missing_glyphs: true,
            ..RenderOptions::default()
        };
        worker
            .renderer
            .render(&composition, &options)
            .map(|r| r.files.into_iter().next().unwrap_or_default())
    })
    .await;
    match made {
        Ok(Ok(bytes)) => {
            let bytes = Arc::new(bytes);
            if let Ok(mut m) = app.thumbnails.lock() {
                m.insert(doc.id, bytes.clone());
            }
            png(bytes.as_ref().clone())
        }
        _ => StatusCode::NOT_FOUND.into_response(),
    }
}
