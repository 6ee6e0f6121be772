//! Planning a roster: reading it, judging every row, and naming each
//! document's file, before anything is rendered. `gaozhi batch` and the
//! desk tool's roster page both plan with this, so the two judge a roster
//! identically, and both write `manifest.csv` and `rejected.csv` with
//! [`manifest_line`] and [`rejected_csv`].
//!
//! # Overview
//!
//! 1. [`RosterKind::detect`] tells CSV from a spreadsheet by content, then
//!    by extension; [`read_roster`] (bytes) and [`read_roster_file`] (a
//!    path) read it into a [`Roster`].
//! 2. A [`Planner`] judges each row: a date in a year no one means
//!    ([`plausible_year`]), then composing it with [`check_row`] (document,
//!    language, required fields, characters no font has, page budget).
//! 3. The [`Plan`] holds the rows to render in roster order, each a
//!    [`PlannedRow`] with its file name (from a pattern such as
//!    [`DEFAULT_FILE_NAME`]), and every problem, by row.
//!
//! Rendering the plan is the caller's: [`crate::batch`] streams it on
//! every core.

use std::borrow::Cow;
use std::collections::HashMap;
use std::path::Path;

use gaozhi_core::document::DocumentSpec;
use gaozhi_core::roster::{
    self, Encoding, Roster, RosterRow, RowProblem, file_key, file_name, spreadsheet_safe,
};
use gaozhi_core::{Cause, Composition, Error, Field, FieldValue, Locales, Result};

use crate::renderer::Renderer;
use crate::rows::{RowSettings, check_row};

/// The file name pattern of each row's PDF when none is given: `{row:04}`,
/// `{row}`, `{name}`, `{document}` and `{language}` are filled in.
pub const DEFAULT_FILE_NAME: &str = "{row:04}-{name}-{document}";

/// How a roster file is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RosterKind {
    /// Comma-separated text.
    Csv,
    /// A spreadsheet: `.xlsx`, `.xlsm`, `.xls`, `.xlsb` or `.ods`.
    Workbook,
}

impl RosterKind {
    /// CSV or spreadsheet, by content first (a renamed spreadsheet still
    /// reads), then by the extension of `file_name`; `None` for anything
    /// else (a PDF, a picture).
    pub fn detect(file_name: &str, bytes: &[u8]) -> Option<RosterKind> {
        if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
            return Some(RosterKind::Workbook);
        }
        let ext = Path::new(file_name)
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .unwrap_or_default();
        match ext.as_str() {
            "xlsx" | "xlsm" | "xls" | "xlsb" | "ods" => Some(RosterKind::Workbook),
            "csv" | "txt" | "" => Some(RosterKind::Csv),
            _ => None,
        }
    }
}

/// Why a roster is not read: it is neither CSV nor a spreadsheet.
fn not_a_roster() -> Error {
    Error::usage("rosters are CSV (.csv) or spreadsheets (.xlsx, .xls, .ods)")
}

/// Reads a roster from memory (an upload named `file_name`), CSV in
/// `encoding` or the sheet `worksheet` (the first when `None`).
pub fn read_roster(
    file_name: &str,
    bytes: &[u8],
    encoding: Encoding,
    worksheet: Option<&str>,
) -> Result<Roster> {
    match RosterKind::detect(file_name, bytes).ok_or_else(not_a_roster)? {
        RosterKind::Csv => roster::parse_csv(bytes, encoding),
        RosterKind::Workbook => roster::parse_workbook(bytes, worksheet),
    }
}

/// Reads a roster file, as [`read_roster`] reads one in memory (and within
/// the same size limit).
pub fn read_roster_file(
    path: &Path,
    encoding: Encoding,
    worksheet: Option<&str>,
) -> Result<Roster> {
    let mut head = [0u8; 4];
    let read = std::fs::File::open(path)
        .and_then(|mut f| std::io::Read::read(&mut f, &mut head))
        .map_err(|e| Error::io(path.display(), &e))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    match RosterKind::detect(&name, &head[..read]) {
        Some(RosterKind::Csv) => roster::read_csv(path, encoding),
        Some(RosterKind::Workbook) => roster::read_workbook(path, worksheet),
        None => Err(not_a_roster().in_file(path.display())),
    }
}

/// The reason of a row whose date is in a year no one means; the desk
/// tool words it for its reader.
pub const IMPLAUSIBLE_YEAR: &str = "implausible year";

/// The years a date may fall in: from 1900 (the oldest birth date) to next
/// year (an observation planned ahead). Anything else is a typing slip
/// (0301 for 2020-03-01, 2099) and is questioned.
pub fn plausible_year(year: i32, this_year: i32) -> bool {
    (1900..=this_year + 1).contains(&year)
}

/// A date of the row in a year no one means, as a problem: the row is not
/// printed until someone has looked at it.
fn questioned_date(roster: &Roster, entry: &RosterRow, this_year: i32) -> Option<RowProblem> {
    Field::ALL.into_iter().find_map(|field| {
        let Some(FieldValue::Date(date)) = entry.resident.get(field) else {
            return None;
        };
        (!plausible_year(i32::from(date.year()), this_year)).then(|| {
            RowProblem::new(
                entry.row,
                roster.header(field.key()),
                date.to_string(),
                IMPLAUSIBLE_YEAR.to_owned(),
            )
            .because(Some(Cause::ImplausibleYear(i32::from(date.year()))))
        })
    })
}

/// What plans a roster: the renderer and locales rows are checked with,
/// how they are composed, and how their files are named.
#[derive(Debug, Clone, Copy)]
pub struct Planner<'a> {
    /// Checks glyphs and page budgets.
    pub renderer: &'a Renderer,
    /// The messages rows are composed with.
    pub locales: &'a Locales,
    /// Document, language, office and issue date for every row.
    pub settings: RowSettings<'a>,
    /// The file name pattern ([`DEFAULT_FILE_NAME`] unless asked).
    pub file_names: &'a str,
    /// Two rows whose files would be one file (on Windows and macOS too)
    /// are an error; off when every row goes into one merged PDF.
    pub distinct_files: bool,
    /// Keep each row's composition in its [`PlannedRow`] (the desk tool
    /// renders them at once); without it memory stays flat on long
    /// rosters and rows are composed again to render.
    pub keep_compositions: bool,
}

/// A row that passed every check, ready to render.
#[derive(Debug)]
pub struct PlannedRow {
    /// Its spreadsheet row.
    pub row: usize,
    /// Its index in the roster's rows.
    pub entry: usize,
    /// Its document.
    pub document: &'static DocumentSpec,
    /// The resident's name.
    pub name: String,
    /// The resident's language.
    pub language: String,
    /// Its PDF's file name.
    pub file: String,
    /// Characters no font has, when they are allowed.
    pub warnings: Vec<String>,
    /// Its composition, when the planner keeps them.
    pub composition: Option<Composition>,
}

/// A roster, judged: the rows to render and the problems of the others.
#[derive(Debug, Default)]
pub struct Plan {
    /// Rows to render, in roster order.
    pub rows: Vec<PlannedRow>,
    /// Every problem (the reader's and the checks'), by row.
    pub problems: Vec<RowProblem>,
    /// Whether some problems are characters no font has (an error of its
    /// own kind on the command line).
    pub missing_glyphs: bool,
}

impl Planner<'_> {
    /// Judges every row of `roster`. An error is one for the whole run: a
    /// file name pattern that cannot be filled in, or (with
    /// [`Planner::distinct_files`]) two rows given one file.
    pub fn plan(&self, roster: &Roster) -> Result<Plan> {
        let mut plan = Plan {
            problems: roster.problems.clone(),
            ..Plan::default()
        };
        let this_year = i32::from(self.settings.today.year());
        // File names as Windows and macOS compare them, with their row.
        let mut names: HashMap<String, (usize, String)> = HashMap::new();
        for (index, entry) in roster.rows.iter().enumerate() {
            if let Some(problem) = questioned_date(roster, entry, this_year) {
                plan.problems.push(problem);
                continue;
            }
            let checked =
                match check_row(self.renderer, self.locales, roster, entry, &self.settings) {
                    Ok(checked) => checked,
                    Err(refused) => {
                        plan.missing_glyphs |= refused.missing_glyphs;
                        plan.problems.extend(refused.problems);
                        continue;
                    }
                };
            let (document, composition) = (checked.document, checked.composition);
            let language = composition.resident_lang.to_string();
            let file = file_name(
                self.file_names,
                entry.row,
                &entry.resident.name,
                document.id,
                &language,
            )?;
            if self.distinct_files
                && let Some((other_row, other)) =
                    names.insert(file_key(&file), (entry.row, file.clone()))
            {
                let alike = if other == file {
                    String::new()
                } else {
                    format!(" (`{other}` and `{file}` are one file on Windows and macOS)")
                };
                return Err(Error::usage(format!(
                    "--name gives rows {other_row} and {} the same file name{alike}; add {{row}} to it",
                    entry.row
                )));
            }
            plan.rows.push(PlannedRow {
                row: entry.row,
                entry: index,
                document,
                name: entry.resident.name.clone(),
                language,
                file,
                warnings: checked.warnings,
                composition: self.keep_compositions.then_some(composition),
            });
        }
        plan.problems.sort_by_key(|p| p.row());
        Ok(plan)
    }
}

/// The header of `manifest.csv`; `document` is the last column when asked
/// for (`gaozhi batch` resumes by it).
pub fn manifest_header(with_document: bool) -> String {
    let columns: &[&str] = if with_document {
        &[
            "row", "name", "language", "file", "pages", "sha256", "document",
        ]
    } else {
        &["row", "name", "language", "file", "pages", "sha256"]
    };
    csv_line(columns.iter().map(|c| Cow::Borrowed(*c)))
}

/// One line of `manifest.csv` for `plan`, its PDF in `file` (a merged
/// volume, or its own file) with `pages` pages and SHA-256 `sha256`.
pub fn manifest_line(
    plan: &PlannedRow,
    file: &str,
    pages: usize,
    sha256: &str,
    with_document: bool,
) -> String {
    let mut fields = vec![
        Cow::Owned(plan.row.to_string()),
        spreadsheet_safe(&plan.name),
        spreadsheet_safe(&plan.language),
        spreadsheet_safe(file),
        Cow::Owned(pages.to_string()),
        Cow::Borrowed(sha256),
    ];
    if with_document {
        fields.push(Cow::Borrowed(plan.document.id));
    }
    csv_line(fields)
}

/// `rejected.csv`: a row per problem, its cells never formulas.
pub fn rejected_csv(problems: &[RowProblem]) -> String {
    let mut text = csv_line(["row", "column", "value", "reason"].map(Cow::Borrowed));
    for p in problems {
        text.push_str(&csv_line([
            Cow::Owned(p.row().to_string()),
            spreadsheet_safe(p.column()),
            spreadsheet_safe(&p.value),
            spreadsheet_safe(&p.reason),
        ]));
    }
    text
}

/// One CSV record and its line end, quoted where it must be.
fn csv_line<'s>(fields: impl IntoIterator<Item = Cow<'s, str>>) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record(fields.into_iter().map(|f| f.into_owned()))
        .expect("writing CSV to memory cannot fail");
    let bytes = writer
        .into_inner()
        .expect("flushing CSV to memory cannot fail");
    String::from_utf8(bytes).expect("CSV of strings is UTF-8")
}
