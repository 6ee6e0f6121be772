//! A document's form: which inputs its registry fields get, reading a
//! submission into a resident record with every problem beside its field
//! (in the library's own words, as the CLI prints them), and rendering the
//! live preview (PNG of page 1), the PDF and the home page's thumbnails.
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
use crate::ui::Ui;

/// The form input for the resident's language (empty: from nationality).
pub(crate) const LANGUAGE: &str = "language";
/// The form input for the layout.
pub(crate) const LAYOUT: &str = "layout";

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
    /// Reads an `application/x-www-form-urlencoded` body.
    pub(crate) fn parse(body: &[u8]) -> Submission {
        Submission(
            form_urlencoded::parse(body)
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        )
    }

    /// The value of input `name`, trimmed ("" if absent).
    pub(crate) fn get(&self, name: &str) -> &str {
        self.0.get(name).map_or("", |v| v.trim())
    }
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

    /// Puts an error beside its field when the form has that field and
    /// the error is about the submitted record (not the office file).
    fn add(&mut self, doc: &DocumentSpec, err: Error) {
        match &err.field {
            Some(field) if err.file.is_none() && is_input(doc, field) => {
                // The first problem of a field is the one to fix first.
                self.fields.entry(field.clone()).or_insert(err.message);
            }
            _ => self.general.push(err.to_string()),
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
    default_language: Option<Tag>,
}

/// Reads a submission as the roster reads a row: each field parsed as
/// staff type it, every problem collected, then the record's own checks
/// and the document's required fields.
fn check(doc: &'static DocumentSpec, form: &Submission) -> Result<Checked, Problems> {
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
        let value = form.get(name);
        if value.is_empty() {
            continue;
        }
        given |= name != LANGUAGE;
        if let Err(reason) = roster::set_field(&mut resident, name, value) {
            problems.add(doc, Error::invalid(reason).for_field(name));
        }
    }
    if problems.fields.is_empty()
        && let Err(err) = resident.validate()
    {
        // A document without a name field (a contact card) has no name
        // to require.
        let about_absent_name = err.field.as_deref() == Some("name") && doc.field("name").is_none();
        if !about_absent_name {
            problems.add(doc, err);
        }
    }
    if given || doc.resident == ResidentNeed::Required {
        for err in gaozhi_core::compose::missing_required(doc, &resident) {
            problems.add(doc, err);
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
    doc: &'static DocumentSpec,
    form: &Submission,
    format: Format,
) -> Result<(Rendered, String), Problems> {
    let checked = check(doc, form)?;
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
            problems.add(doc, e);
            return Err(problems);
        }
    };
    let options = RenderOptions {
        format,
        allow_missing_glyphs: app.config.allow_missing_glyphs,
        ..RenderOptions::default()
    };
    match app.renderer.render(&composition, &options) {
        Ok(rendered) => Ok((rendered, composition.resident_lang.to_string())),
        Err(e) => {
            problems.add(doc, e);
            Err(problems)
        }
    }
}

/// Runs `render` on a blocking thread, at most two at once.
async fn render_off_runtime(
    app: Arc<App>,
    doc: &'static DocumentSpec,
    form: Submission,
    format: Format,
) -> Result<(Rendered, String), Problems> {
    let _permit = app
        .renders
        .acquire()
        .await
        .map_err(|e| Problems::one(e.to_string()))?;
    let worker = app.clone();
    tokio::task::spawn_blocking(move || render(&worker, doc, &form, format))
        .await
        .map_err(|e| Problems::one(format!("internal error: {e}")))?
}

/// The document an address names.
fn find(id: &str) -> Option<&'static DocumentSpec> {
    document::find(id)
}

/// A form body, or the response that says why it cannot be read.
fn body(ui: &Ui, body: Result<Bytes, BytesRejection>) -> Result<Submission, (StatusCode, String)> {
    match body {
        Ok(bytes) => Ok(Submission::parse(&bytes)),
        Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => Err((
            StatusCode::PAYLOAD_TOO_LARGE,
            ui.n(
                "ui-error-form-too-large",
                &[("kb", crate::MAX_FORM_BYTES / 1024)],
            ),
        )),
        Err(_) => Err((StatusCode::BAD_REQUEST, ui.t("ui-error-bad-form"))),
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
/// JSON (`{"fields": {"name": "…"}, "general": ["…"]}`).
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
        Err((status, message)) => return (status, Json(Problems::one(message))).into_response(),
    };
    match render_off_runtime(
        app,
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
    }
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
        Err((status, message)) => return (status, message).into_response(),
    };
    let kept = form.clone();
    match render_off_runtime(app.clone(), doc, form, Format::Pdf).await {
        Ok((rendered, language)) => {
            let bytes = rendered.files.into_iter().next().unwrap_or_default();
            let lang: String = language
                .chars()
                .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect();
            let disposition = if query.inline.is_some() {
                "inline"
            } else {
                "attachment"
            };
            let mut response = ([(header::CONTENT_TYPE, "application/pdf")], bytes).into_response();
            if let Ok(v) = HeaderValue::from_str(&format!(
                "{disposition}; filename=\"{}-{lang}.pdf\"",
                doc.id
            )) {
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
