//! Rosters: many residents in a spreadsheet exported as CSV.
//!
//! Staff export rosters from Excel, so this module takes what they type:
//! column headers as record field names or their Chinese and English labels
//! ([`Column`], [`Field`]'s headers), dates as `2020-03-01`, `2020/3/1`, `2020.3.1` or
//! `2020年3月1日`, nationality as an alpha-2 or alpha-3 code or a country
//! name, sex as `M/F/X` or `男/女`. CSV files may be UTF-8 (with or without
//! a byte-order mark), GB18030/GBK or Windows-1252 ([`Encoding`]); spreadsheets
//! are read within limits a hostile file cannot push past (`workbook`).
//! Row numbers are always the spreadsheet's (the header is row 1), blank
//! lines included, and no roster has more than [`MAX_ROWS`] rows or a cell
//! longer than [`MAX_CELL_CHARS`] characters.
//!
//! Every row is checked before anything is rendered and every problem is
//! reported at once, each with its spreadsheet row (the header is row 1),
//! column, value and reason.

mod encoding;
mod workbook;

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::io::Read;
use std::path::Path;

use unicode_normalization::UnicodeNormalization;

pub use encoding::{Encoding, decode};
pub use workbook::{MAX_CELL_BYTES, MAX_UNPACKED_BYTES};

use crate::document::{self, DocumentSpec};
use crate::error::{Cause, Error, ErrorKind, Location, Result};
use crate::field::Field;
use crate::record::Resident;

/// A column a roster may have: a record field, or the document to print
/// for the row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Column {
    /// A record field (its headers are [`crate::field::FieldInfo::columns`]).
    Field(Field),
    /// The row's own document id.
    Document,
}

/// The headers staff use for the document column.
const DOCUMENT_HEADERS: &[&str] = &["文书", "文书类型", "Document"];

impl Column {
    /// Every column a roster may have.
    pub fn all() -> impl Iterator<Item = Column> {
        Field::ALL
            .into_iter()
            .map(Column::Field)
            .chain([Column::Document])
    }

    /// The column's key (the record key, or `document`).
    pub fn key(self) -> &'static str {
        match self {
            Column::Field(f) => f.key(),
            Column::Document => "document",
        }
    }

    /// The headers staff use for the column besides its key (compared
    /// ignoring case, spaces and punctuation).
    pub fn headers(self) -> &'static [&'static str] {
        match self {
            Column::Field(f) => f.info().columns,
            Column::Document => DOCUMENT_HEADERS,
        }
    }
}

/// Most resident rows a roster may have.
pub const MAX_ROWS: usize = 100_000;

/// Most characters a cell may have; a longer one is a problem of its row
/// (no name or address is that long).
pub const MAX_CELL_CHARS: usize = 500;

/// Largest roster file read, in bytes.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// One problem in one cell (or row) of a roster.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowProblem {
    /// Where: the spreadsheet row as the line (the header is row 1), and
    /// the column as its header reads as the field (none for a problem of
    /// the whole row). The roster's file is the caller's to name.
    pub at: Location,
    /// The cell's value.
    pub value: String,
    /// What is wrong.
    pub reason: String,
    /// What the problem is about, where a program may word it itself.
    pub cause: Option<Cause>,
}

impl RowProblem {
    /// A problem of `row`, in the column headed `column` (empty: the whole
    /// row), with the cell's value.
    pub fn new(
        row: usize,
        column: impl Into<String>,
        value: impl Into<String>,
        reason: impl Into<String>,
    ) -> RowProblem {
        let column = column.into();
        RowProblem {
            at: Location {
                line: Some(row),
                field: (!column.is_empty()).then_some(column),
                ..Location::default()
            },
            value: value.into(),
            reason: reason.into(),
            cause: None,
        }
    }

    /// Says what the problem is about, as data.
    pub fn because(mut self, cause: Option<Cause>) -> RowProblem {
        self.cause = cause;
        self
    }

    /// The spreadsheet row.
    pub fn row(&self) -> usize {
        self.at.line.expect("a row problem is made with its row")
    }

    /// The column as its header reads (empty for a problem of the whole
    /// row).
    pub fn column(&self) -> &str {
        self.at.field.as_deref().unwrap_or_default()
    }
}

/// A valid roster row.
#[derive(Debug, Clone, PartialEq)]
pub struct RosterRow {
    /// Spreadsheet row number.
    pub row: usize,
    /// The resident.
    pub resident: Resident,
    /// The row's own document id, from a `document` column.
    pub document: Option<String>,
}

/// A read and checked roster.
#[derive(Debug, Clone, Default)]
pub struct Roster {
    /// Valid rows.
    pub rows: Vec<RosterRow>,
    /// Problems, by row; a row with any problem is not in `rows`.
    pub problems: Vec<RowProblem>,
    /// Columns that are not record fields (序号, 备注), ignored.
    pub ignored_columns: Vec<String>,
    /// The columns present, each with its header as typed.
    pub columns: Vec<(Column, String)>,
}

impl Roster {
    /// The header as typed for the column with key `key` (a record key or
    /// `document`; the key itself if the roster has no such column).
    pub fn header(&self, key: &str) -> String {
        self.columns
            .iter()
            .find(|(c, _)| c.key() == key)
            .map(|(_, h)| h.clone())
            .unwrap_or_else(|| key.to_owned())
    }
}

impl Roster {
    /// The document for `entry`: its own `document` column, else
    /// `default`; otherwise a problem naming the row, the column and the
    /// value.
    pub fn document_for(
        &self,
        entry: &RosterRow,
        default: Option<&'static DocumentSpec>,
    ) -> Result<&'static DocumentSpec, Box<RowProblem>> {
        let problem = |column: String, value: &str, reason: &str| {
            Box::new(RowProblem::new(entry.row, column, value, reason))
        };
        match (&entry.document, default) {
            (Some(id), _) => document::find(id).ok_or_else(|| {
                problem(self.header(Column::Document.key()), id, "unknown document")
            }),
            (None, Some(d)) => Ok(d),
            (None, None) => Err(problem(
                "document".to_owned(),
                "",
                "no document: name one for the whole roster or in a `document` column",
            )),
        }
    }
}

/// Reads a spreadsheet roster (`.xlsx`, `.xls`, `.ods`): the named
/// worksheet, or the first. Date cells become dates and whole numbers stay
/// whole (passport and phone numbers typed as numbers).
pub fn read_workbook(path: &Path, worksheet: Option<&str>) -> Result<Roster> {
    let bytes = read_capped(path)?;
    parse_workbook(&bytes, worksheet).map_err(|e| e.in_file(path.display()))
}

/// Reads a spreadsheet roster from memory (an upload): `.xlsx`, `.xls`,
/// `.xlsb` or `.ods`, told apart by their content. Otherwise as
/// [`read_workbook`].
pub fn parse_workbook(bytes: &[u8], worksheet: Option<&str>) -> Result<Roster> {
    let cells = workbook::read(bytes, worksheet)?;
    // Sheets often have a title above the header: the header is the first
    // of the top rows that has a name column.
    let first = cells.keys().next().copied().unwrap_or(1);
    let header_row = cells
        .range(first..first + 10)
        .find(|(_, row)| row.iter().any(|(_, c)| column_for(c) == Some(NAME)))
        .map_or(first, |(row, _)| *row);
    let mut headers = Vec::new();
    if let Some(row) = cells.get(&header_row) {
        for (col, text) in row {
            if headers.len() <= *col {
                headers.resize(col + 1, String::new());
            }
            headers[*col] = text.clone();
        }
    }
    let rows: Vec<(usize, Vec<(usize, String)>)> = cells
        .into_iter()
        .filter(|(row, _)| *row > header_row)
        .map(|(row, cells)| {
            let kept = cells
                .into_iter()
                .filter(|(c, _)| *c < headers.len())
                .collect();
            (row, kept)
        })
        .collect();
    table_at(&headers, rows, header_row)
}

/// Reads a file of at most [`MAX_FILE_BYTES`].
fn read_capped(path: &Path) -> Result<Vec<u8>> {
    let file = std::fs::File::open(path).map_err(|e| Error::io(path.display(), &e))?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(path.display(), &e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Error::invalid(format!(
            "the roster is larger than {} MB; split it into smaller rosters",
            MAX_FILE_BYTES / (1024 * 1024)
        ))
        .in_file(path.display()));
    }
    Ok(bytes)
}

/// Reads a CSV roster file.
pub fn read_csv(path: &Path, encoding: Encoding) -> Result<Roster> {
    let bytes = read_capped(path)?;
    parse_csv(&bytes, encoding).map_err(|e| e.in_file(path.display()))
}

/// Parses CSV bytes into checked rows. Row numbers are those a spreadsheet
/// shows for the file: blank lines count, and a cell with line breaks
/// takes one row.
pub fn parse_csv(bytes: &[u8], encoding: Encoding) -> Result<Roster> {
    let text = decode(bytes, encoding)?;
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(false)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let mut header_row = 1;
    // Line breaks inside quoted cells so far: lines that are not rows.
    let mut inner_breaks = 0u64;
    let breaks = |r: &csv::StringRecord| r.iter().map(|f| line_breaks(f.as_bytes())).sum::<u64>();
    // The line a record starts on, from its byte offset (past the blank
    // lines the reader skipped), counted on from the previous record.
    let bytes = text.as_bytes();
    let mut counted = (0usize, 1u64);
    let mut row_of = |r: &csv::StringRecord, inner: u64| {
        let mut start = r
            .position()
            .map_or(0, |p| p.byte() as usize)
            .min(bytes.len());
        while start < bytes.len() && matches!(bytes[start], b'\n' | b'\r') {
            start += 1;
        }
        let (from, lines) = counted;
        let more = line_breaks(&bytes[from.min(start)..start]);
        counted = (start.max(from), lines + more);
        (counted.1 - inner) as usize
    };
    let headers: Vec<String> = match records.next() {
        Some(Ok(record)) => {
            header_row = row_of(&record, 0);
            inner_breaks += breaks(&record);
            record.iter().map(|h| h.trim().to_owned()).collect()
        }
        Some(Err(e)) => {
            return Err(Error::invalid(format!("cannot read the header row: {e}")).at_line(1));
        }
        None => Vec::new(),
    };
    let mut rows = Vec::new();
    for record in records {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line() as usize);
            Error::invalid(format!("not valid CSV: {e}")).at_line(line)
        })?;
        let row = row_of(&record, inner_breaks);
        inner_breaks += breaks(&record);
        if rows.len() >= MAX_ROWS {
            return Err(Error::invalid(format!(
                "the roster has more than {MAX_ROWS} rows; split it into smaller rosters"
            )));
        }
        let cells: Vec<(usize, String)> = record
            .iter()
            .enumerate()
            .take(headers.len())
            .map(|(col, value)| (col, value.trim().chars().take(MAX_CELL_CHARS + 1).collect()))
            .filter(|(_, value): &(usize, String)| !value.is_empty())
            .collect();
        rows.push((row, cells));
    }
    table_at(&headers, rows, header_row)
}

/// The line breaks in `bytes` as a CSV reader sees them: `\r\n`, `\n`
/// or a lone `\r`.
fn line_breaks(bytes: &[u8]) -> u64 {
    let mut n = 0;
    for (i, b) in bytes.iter().enumerate() {
        match b {
            b'\n' => n += 1,
            b'\r' if bytes.get(i + 1) != Some(&b'\n') => n += 1,
            _ => {}
        }
    }
    n
}

/// Checks a table of cells (the header, then one vector per row), with
/// the header on spreadsheet row 1.
pub fn from_table(headers: &[String], rows: &[Vec<String>]) -> Result<Roster> {
    let rows = rows
        .iter()
        .enumerate()
        .map(|(i, cells)| {
            let cells = cells
                .iter()
                .enumerate()
                .map(|(col, c)| (col, c.chars().take(MAX_CELL_CHARS + 1).collect()))
                .collect();
            (i + 2, cells)
        })
        .collect();
    table_at(headers, rows, 1)
}

/// Checks a table whose header is on spreadsheet row `header_row`: each
/// row has its spreadsheet row number and its cells with a value, each
/// with its column. Each header is matched to a field once.
fn table_at(
    headers: &[String],
    rows: Vec<(usize, Vec<(usize, String)>)>,
    header_row: usize,
) -> Result<Roster> {
    let mut fields: Vec<Option<Column>> = Vec::with_capacity(headers.len());
    let mut ignored = Vec::new();
    let mut seen = BTreeSet::new();
    for header in headers {
        let field = column_for(header);
        if let Some(f) = field
            && !seen.insert(f)
        {
            return Err(Error::new(
                ErrorKind::Invalid,
                format!(
                    "two columns are both `{}` (the second is `{header}`)",
                    f.key()
                ),
            )
            .at_line(header_row));
        }
        if field.is_none() && !header.trim().is_empty() {
            ignored.push(header.clone());
        }
        fields.push(field);
    }
    if !fields.contains(&Some(NAME)) {
        return Err(Error::new(
            ErrorKind::Invalid,
            "the roster has no name column (姓名 / name)",
        )
        .at_line(header_row));
    }

    let mut roster = Roster {
        ignored_columns: ignored,
        columns: fields
            .iter()
            .zip(headers)
            .filter_map(|(f, h)| f.map(|f| (f, h.clone())))
            .collect(),
        ..Roster::default()
    };
    for (row, cells) in rows {
        if cells.iter().all(|(_, c)| c.trim().is_empty()) {
            continue;
        }
        let mut resident = Resident::default();
        let mut document = None;
        let mut problems = Vec::new();
        for (col, cell) in &cells {
            let col = *col;
            let Some(Some(field)) = fields.get(col) else {
                continue;
            };
            let value = cell.trim();
            if value.is_empty() {
                continue;
            }
            if value.chars().count() > MAX_CELL_CHARS {
                problems.push(RowProblem::new(
                    row,
                    headers[col].clone(),
                    shorten(value),
                    format!("longer than {MAX_CELL_CHARS} characters: not a name, address or date"),
                ));
                continue;
            }
            let Column::Field(field) = *field else {
                document = Some(value.to_owned());
                continue;
            };
            if let Err(Error {
                message: reason, ..
            }) = resident.set(field, value)
            {
                problems.push(RowProblem::new(
                    row,
                    headers[col].clone(),
                    value.to_owned(),
                    reason,
                ));
            }
        }
        if problems.is_empty()
            && let Err(e) = resident.validate()
        {
            let field = e.at.field.clone().unwrap_or_default();
            let column = fields
                .iter()
                .position(|f| f.is_some_and(|f| f.key() == field))
                .map(|c| headers[c].clone())
                .unwrap_or(field);
            problems.push(RowProblem::new(row, column, String::new(), e.message).because(e.cause));
        }
        if problems.is_empty() {
            roster.rows.push(RosterRow {
                row,
                resident,
                document,
            });
        } else {
            roster.problems.extend(problems);
        }
    }
    Ok(roster)
}

/// A value cut to a length a report can show.
pub fn shorten(value: &str) -> String {
    const SHOWN: usize = 60;
    if value.chars().count() > SHOWN {
        format!("{}…", value.chars().take(SHOWN).collect::<String>())
    } else {
        value.to_owned()
    }
}

/// A cell for a CSV file that staff open in a spreadsheet program: a value
/// starting with `=`, `+`, `-`, `@`, a tab or a carriage return would be
/// taken for a formula (`=HYPERLINK(…)` runs when the file is opened), so it
/// gets a leading `'`, as OWASP advises against CSV injection. Quoting for
/// CSV is left to the writer.
pub fn spreadsheet_safe(value: &str) -> Cow<'_, str> {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{value}"))
    } else {
        Cow::Borrowed(value)
    }
}

/// The column a header names.
pub fn column_for(header: &str) -> Option<Column> {
    let wanted = fold(header);
    Column::all().find(|column| {
        fold(column.key()) == wanted || column.headers().iter().any(|h| fold(h) == wanted)
    })
}

/// The name column, which every roster has.
const NAME: Column = Column::Field(Field::Name);

fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Fills a file name pattern (`gaozhi batch --name`: `{row}`, `{row:04}`,
/// `{name}`, `{document}`, `{language}`), adds `.pdf`, and makes the result safe as a file name on
/// every file system: no separators or reserved characters, no reserved
/// Windows names, no leading or trailing dots and spaces; Unicode is kept.
pub fn file_name(
    pattern: &str,
    row: usize,
    name: &str,
    document: &str,
    language: &str,
) -> Result<String> {
    let mut out = String::new();
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = rest[open..]
            .find('}')
            .ok_or_else(|| Error::usage(format!("--name: unclosed `{{` in `{pattern}`")))?;
        let key = &rest[open + 1..open + close];
        let value = match key {
            "row" => row.to_string(),
            "row:04" => format!("{row:04}"),
            "name" => name.to_owned(),
            "document" => document.to_owned(),
            "language" => language.to_owned(),
            other => {
                return Err(Error::usage(format!(
                    "--name: unknown placeholder `{{{other}}}` (use row, row:04, name, document, language)"
                )));
            }
        };
        out.push_str(&value);
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    // One form for composed letters (é, not e + ◌́), as macOS stores them.
    let mut safe: String = out
        .nfc()
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '_',
            c if c.is_control() || crate::record::is_direction_control(c) => '_',
            c => c,
        })
        .collect();
    safe = safe
        .trim_matches(|c: char| c == '.' || c.is_whitespace())
        .to_owned();
    // Keep names well under the common 255-byte limit, on a char boundary.
    while safe.len() > 150 {
        safe.pop();
    }
    let stem = safe.split('.').next().unwrap_or("").to_ascii_uppercase();
    let reserved = matches!(stem.as_str(), "CON" | "PRN" | "AUX" | "NUL")
        || ((stem.starts_with("COM") || stem.starts_with("LPT"))
            && stem.len() == 4
            && stem.as_bytes()[3].is_ascii_digit());
    if reserved || safe.is_empty() {
        safe.insert(0, '_');
    }
    Ok(format!("{safe}.pdf"))
}

/// The form of a file name that file systems which ignore case (Windows,
/// macOS) or Unicode normalisation (macOS) see: two names with the same key
/// are the same file there.
pub fn file_key(name: &str) -> String {
    name.nfc()
        .flat_map(char::to_lowercase)
        .collect::<String>()
        .nfc()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_in_chinese_or_english() {
        assert_eq!(column_for("姓名"), Some(NAME));
        let passport = Some(Column::Field(Field::Passport));
        assert_eq!(column_for("Passport No."), passport);
        let birth = Some(Column::Field(Field::BirthDate));
        assert_eq!(column_for("birth_date"), birth);
        assert_eq!(column_for("文书类型"), Some(Column::Document));
        assert_eq!(column_for("序号"), None);
    }

    #[test]
    fn gbk_and_utf8_with_bom_decode_alike() {
        let text = "姓名,国籍\n金敏俊,韩国\n";
        let (gbk, _, _) = encoding_rs::GBK.encode(text);
        let bom = [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
        for bytes in [gbk.as_ref(), bom.as_slice(), text.as_bytes()] {
            let roster = parse_csv(bytes, Encoding::Detect).unwrap();
            assert_eq!(roster.rows[0].resident.name, "金敏俊");
            assert_eq!(roster.rows[0].resident.nationality.unwrap().alpha2(), "KR");
        }
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let csv = "序号,姓名,国籍,出生日期,性别,备注\n\
                   1,KIM MINJUN,KR,1985-07-14,M,\n\
                   2,,JP,1990/11/3,F,\n\
                   3,SATO YUI,XX,1990-13-01,W,late\n\
                   4,Emily Clarke,英国,1979年2月21日,女,\n";
        let roster = parse_csv(csv.as_bytes(), Encoding::Utf8).unwrap();
        assert_eq!(
            roster.rows.iter().map(|r| r.row).collect::<Vec<_>>(),
            [2, 5]
        );
        assert_eq!(roster.ignored_columns, ["序号", "备注"]);
        let problems: Vec<(usize, &str)> = roster
            .problems
            .iter()
            .map(|p| (p.row(), p.column()))
            .collect();
        assert_eq!(
            problems,
            [(3, "姓名"), (4, "国籍"), (4, "出生日期"), (4, "性别")]
        );
        assert_eq!(roster.problems[1].value, "XX");
    }

    #[test]
    fn a_roster_without_names_is_refused() {
        let err = parse_csv("国籍\nKR\n".as_bytes(), Encoding::Utf8).unwrap_err();
        assert_eq!(err.at.line, Some(1));
    }

    #[test]
    fn file_names_are_safe_everywhere() {
        let f = |p: &str, name: &str| file_name(p, 7, name, "contact-card", "ko").unwrap();
        assert_eq!(
            f("{row:04}-{name}-{document}", "김민준"),
            "0007-김민준-contact-card.pdf"
        );
        assert_eq!(
            f("{name}", "a/b\\c:d*e?f\"g<h>i|j"),
            "a_b_c_d_e_f_g_h_i_j.pdf"
        );
        assert_eq!(f("{name}", "CON"), "_CON.pdf");
        assert_eq!(f("{name}", "..hidden.."), "hidden.pdf");
        assert!(file_name("{nmae}", 1, "x", "d", "ko").is_err());
    }
}
