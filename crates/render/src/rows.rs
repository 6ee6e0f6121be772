//! Checking a roster row by composing it: what only composing can tell
//! (the document, the language, required fields, characters no font has,
//! and, for rows with long fields, a document pushed past its page
//! budget), reported as a [`RowProblem`] naming the row, the column and the
//! value.
//! [`crate::plan`] checks every row of a roster with this, for `gaozhi
//! batch` and the desk tool's roster upload alike.

use gaozhi_core::Date;
use gaozhi_core::document::DocumentSpec;
use gaozhi_core::roster::{Roster, RosterRow, RowProblem};
use gaozhi_core::{Composition, Error, Layout, Locales, Office, Request, Tag, compose};

use crate::renderer::Renderer;

/// What every row of a roster is composed with.
#[derive(Debug, Clone, Copy)]
pub struct RowSettings<'a> {
    /// The document for rows without a `document` column.
    pub document: Option<&'static DocumentSpec>,
    /// The language for rows without a `language` column.
    pub language: Option<&'a Tag>,
    /// The office profile.
    pub office: &'a Office,
    /// The issue date.
    pub today: Date,
    /// Characters no font has are warnings instead of problems.
    pub allow_missing_glyphs: bool,
}

/// A row that composed.
#[derive(Debug)]
pub struct CheckedRow {
    /// Its document.
    pub document: &'static DocumentSpec,
    /// Every text its document prints.
    pub composition: Composition,
    /// Characters no font has, when they are allowed.
    pub warnings: Vec<String>,
}

/// The value of the record field with key `key`, as written; empty for a
/// key that is not a record field's.
fn value_text(resident: &gaozhi_core::Resident, key: &str) -> String {
    gaozhi_core::Field::from_key(key)
        .map(|f| resident.value_text(f))
        .unwrap_or_default()
}

/// A row's error as a problem: the roster column and the value of the field
/// it names. An error in another file (the office profile) names that file
/// and no column.
pub fn problem(roster: &Roster, entry: &RosterRow, e: Error) -> RowProblem {
    let field = e.at.field.clone().unwrap_or_default();
    let value = value_text(&entry.resident, &field);
    let (column, reason) = if e.at.file.is_some() {
        (String::new(), e.to_string())
    } else {
        (roster.header(&field), e.message)
    };
    RowProblem::new(entry.row, column, value, reason).because(e.cause)
}

/// Why a row cannot be printed: every problem found, and whether they are
/// characters no font has (an error of its own kind, exit 2 in `gaozhi
/// batch` as in `gaozhi render`).
#[derive(Debug)]
pub struct Refused {
    /// The problems, each naming the row and column.
    pub problems: Vec<RowProblem>,
    /// Whether the problems are characters no font has.
    pub missing_glyphs: bool,
}

/// Composes `entry` and checks what only composing can tell: its
/// document, language and required fields, every character no font has
/// (one problem for each), and a document its long fields push past its
/// page budget.
pub fn check_row(
    renderer: &Renderer,
    locales: &Locales,
    roster: &Roster,
    entry: &RosterRow,
    settings: &RowSettings<'_>,
) -> Result<CheckedRow, Refused> {
    let refused = |problems| Refused {
        problems,
        missing_glyphs: false,
    };
    let document = roster
        .document_for(entry, settings.document)
        .map_err(|p| refused(vec![*p]))?;
    let composition = compose(locales, &row_request(document, entry, settings))
        .map_err(|e| refused(vec![problem(roster, entry, e)]))?;
    // Every uncovered character, each once per field.
    let missing = renderer.missing_glyphs(&composition);
    if missing.is_empty() || settings.allow_missing_glyphs {
        if let Some(problem) = over_budget(renderer, roster, entry, &composition) {
            return Err(refused(vec![problem]));
        }
        return Ok(CheckedRow {
            document,
            composition,
            warnings: missing.iter().map(Error::to_string).collect(),
        });
    }
    let problems = missing
        .into_iter()
        .map(|e| problem(roster, entry, e))
        .collect();
    Err(Refused {
        problems,
        missing_glyphs: true,
    })
}

/// Text fields longer than this are laid out while checking, to catch a
/// document they push past its page budget.
const LONG_FIELD_CHARS: usize = 40;

/// A problem for a row whose long field pushes its document past its
/// page budget (a "one-page" notice on three pages), naming the longest
/// field. Rows without long fields are not laid out here.
fn over_budget(
    renderer: &Renderer,
    roster: &Roster,
    entry: &RosterRow,
    composition: &Composition,
) -> Option<RowProblem> {
    let (field, value) = entry
        .resident
        .text_fields()
        .into_iter()
        .filter(|(_, v)| v.chars().count() > LONG_FIELD_CHARS)
        .max_by_key(|(_, v)| v.chars().count())?;
    let laid = renderer.lay_out_for_merge(composition, true).ok()?;
    let document = composition.document;
    (laid.pages() > document.max_pages).then(|| {
        RowProblem::new(
            entry.row,
            roster.header(field),
            gaozhi_core::roster::shorten(value),
            format!(
                "too long for the page: `{}` would run to {} pages, and it is laid out for {}",
                document.id,
                laid.pages(),
                document.max_pages
            ),
        )
    })
}

/// What a roster row asks to compose: its document, bilingual, with the
/// batch's office, default language and issue date.
fn row_request<'a>(
    document: &'static gaozhi_core::DocumentSpec,
    entry: &'a RosterRow,
    settings: &RowSettings<'a>,
) -> Request<'a> {
    Request {
        document,
        resident: Some(&entry.resident),
        office: settings.office,
        default_language: settings.language,
        layout: Layout::Bilingual,
        today: settings.today,
    }
}
