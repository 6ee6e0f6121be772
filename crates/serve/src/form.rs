//! A document's form: which inputs its registry fields get, reading a
//! submission into a resident record with every problem beside its field
//! (in the interface language, see [`crate::reason`]), and rendering it.
//! The routes that serve the form, its preview, its PDF and the home
//! page's thumbnails are in [`crate::form_routes`]; the HTML is in
//! [`crate::pages`], which reads this module and is not read by it.
//!
//! A date is typed in three boxes (year, month, day) set in the order the
//! interface language writes dates, so that the server, not the browser,
//! reads it: a day that does not exist is said so, and a year no one
//! means (0301, 2099) is questioned.
//!
//! A submission is read, rendered and dropped within its request.

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::http::StatusCode;
use serde::Serialize;

use gaozhi_core::Date;
use gaozhi_core::document::{self, DocumentSpec, ResidentNeed};
use gaozhi_core::{Composition, Error, Field, Layout, Request, Resident, Tag, compose};
use gaozhi_render::{Format, RenderOptions, Rendered};

use crate::App;
use crate::reason::{self, Reason};
use crate::ui::Ui;

pub(crate) use crate::inputs::{DATE_PARTS, Kind, LANGUAGE, LAYOUT, LAYOUTS, SHEET, kind};

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
    pub(crate) fn one(message: String) -> Problems {
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
        match &err.at.field {
            Some(field) if err.at.file.is_none() && is_input(doc, field) => {
                let reason = Reason::classify(field, &form.value(field), err.cause, &err.message);
                self.field(ui, field, reason);
            }
            _ => self
                .general
                .push(Reason::classify("", "", err.cause, &err.to_string()).text(ui)),
        }
    }
}

/// Whether the form for `doc` has an input called `name`.
fn is_input(doc: &DocumentSpec, name: &str) -> bool {
    name == LANGUAGE || Field::from_key(name).is_some_and(|f| doc.field(f).is_some())
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
    let inputs = doc.fields.iter().map(|f| f.field).chain([Field::Language]);
    for field in inputs {
        let name = field.key();
        let value = form.value(name);
        if value.is_empty() {
            continue;
        }
        given |= field != Field::Language;
        if let Err(Error { message, cause, .. }) = resident.set(field, &value) {
            problems.field(ui, name, Reason::classify(name, &value, cause, &message));
        } else if kind(name) == Kind::Date
            && let Ok(date) = Date::parse_typed(&value)
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
        let about_absent_name =
            err.at.field.as_deref() == Some(Field::Name.key()) && doc.field(Field::Name).is_none();
        if !about_absent_name {
            problems.add(ui, doc, form, err);
        }
    }
    if given || doc.resident == ResidentNeed::Required {
        for err in gaozhi_core::compose::missing_required(doc, &resident) {
            if let Some(field) = &err.at.field
                && is_input(doc, field)
            {
                // Boxes of a date filled only in part are not "missing".
                let reason = Reason::classify(field, &form.value(field), None, "");
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
        gaozhi_core::REFERENCE.parse().ok()
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
pub(crate) fn compose_page(
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
pub(crate) async fn render_off_runtime(
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
pub(crate) fn find(id: &str) -> Option<&'static DocumentSpec> {
    document::find(id)
}

/// A form body, or the status and problems that say why it cannot be
/// read (a value that is not text beside its field).
pub(crate) fn body(
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
