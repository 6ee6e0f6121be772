//! Reading spreadsheet rosters (`.xlsx`, `.xlsb`, `.ods`, `.xls`) into
//! sparse rows of text cells, within limits that a hostile or damaged file
//! cannot push past.
//!
//! A spreadsheet is a ZIP of XML (or, for `.xls`, a compound file). Before
//! any of it is parsed, every member is unpacked once into nothing while
//! the bytes are counted ([`MAX_UNPACKED_BYTES`]: a ZIP bomb stops there),
//! runs of text without markup are measured (one giant cell), and every
//! cell reference of an Excel sheet is checked against Excel's own last
//! cell, XFD1048576. Only then are cells read, one at a time, keeping only
//! those with a value: the size of a sheet comes from the cells it has,
//! never from what a reference or a repeat count claims. OpenDocument
//! sheets are read here directly, since their repeat counts would
//! otherwise be expanded cell by cell.

use std::collections::BTreeMap;
use std::io::{Cursor, Read};

use calamine::Reader as _;

use quick_xml::events::{BytesStart, Event};

use super::{MAX_CELL_CHARS, MAX_ROWS};
use crate::error::{Error, Result};

/// Most bytes a spreadsheet may unpack to, all members together.
pub const MAX_UNPACKED_BYTES: u64 = 64 * 1024 * 1024;

/// Most bytes of text one cell may hold in the file before the file is
/// refused outright (longer than [`MAX_CELL_CHARS`] is a row problem).
pub const MAX_CELL_BYTES: u64 = 1024 * 1024;

/// Excel's last column (XFD), 1-based.
const MAX_COLUMN: u64 = 16_384;

/// Excel's last row, 1-based.
const MAX_ROW: u64 = 1_048_576;

/// A sheet's cells that have a value: spreadsheet row (1-based) to
/// `(column (0-based), text)` in column order.
pub(crate) type Cells = BTreeMap<usize, Vec<(usize, String)>>;

/// Reads worksheet `worksheet` (or the first) of a spreadsheet in memory.
pub(crate) fn read(bytes: &[u8], worksheet: Option<&str>) -> Result<Cells> {
    // Whatever a damaged file does inside the spreadsheet parser, it is a
    // refusal, never a crash of the batch or the desk tool.
    std::panic::catch_unwind(|| read_unguarded(bytes, worksheet)).unwrap_or_else(|_| {
        Err(Error::invalid(
            "cannot open the workbook: it is damaged (save it again from the spreadsheet program)",
        ))
    })
}

fn read_unguarded(bytes: &[u8], worksheet: Option<&str>) -> Result<Cells> {
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return read_xls(bytes, worksheet);
    }
    if !bytes.starts_with(b"PK") {
        return Err(Error::invalid(
            "not a spreadsheet (.xlsx, .xls or .ods) that gaozhi can read",
        ));
    }
    let names = check_zip(bytes)?;
    let has = |n: &str| names.iter().any(|m| m == n);
    if has("xl/workbook.xml") {
        let book = calamine::Xlsx::new(Cursor::new(bytes)).map_err(unreadable)?;
        read_cells(book, worksheet, |book, name| {
            let mut reader = book.worksheet_cells_reader(name).map_err(unreadable)?;
            collect(|| reader.next_cell().map_err(unreadable))
        })
    } else if has("xl/workbook.bin") {
        let book = calamine::Xlsb::new(Cursor::new(bytes)).map_err(unreadable)?;
        read_cells(book, worksheet, |book, name| {
            let mut reader = book.worksheet_cells_reader(name).map_err(unreadable)?;
            collect(|| reader.next_cell().map_err(unreadable))
        })
    } else if has("content.xml") {
        read_ods(bytes, worksheet)
    } else {
        Err(Error::invalid(
            "not a spreadsheet (.xlsx, .xls or .ods) that gaozhi can read",
        ))
    }
}

fn unreadable(e: impl std::fmt::Display) -> Error {
    Error::invalid(format!("cannot open the workbook: {e}"))
}

/// The worksheet to read: `wanted`, or the first.
fn choose_sheet(names: &[String], wanted: Option<&str>) -> Result<String> {
    match wanted {
        Some(w) => names
            .iter()
            .find(|n| n.as_str() == w)
            .cloned()
            .ok_or_else(|| {
                Error::usage(format!(
                    "no worksheet `{w}` (the workbook has: {})",
                    names.join(", ")
                ))
            }),
        None => names
            .first()
            .cloned()
            .ok_or_else(|| Error::invalid("the workbook has no worksheet")),
    }
}

fn read_cells<'a, B: calamine::Reader<Cursor<&'a [u8]>>>(
    mut book: B,
    worksheet: Option<&str>,
    cells: impl FnOnce(&mut B, &str) -> Result<Cells>,
) -> Result<Cells> {
    let name = choose_sheet(&book.sheet_names(), worksheet)?;
    cells(&mut book, &name)
}

/// Collects the cells a calamine cell reader yields.
fn collect<'s>(
    mut next: impl FnMut() -> Result<Option<calamine::Cell<calamine::DataRef<'s>>>>,
) -> Result<Cells> {
    let mut cells = Cells::new();
    while let Some(cell) = next()? {
        let (row, col) = cell.get_position();
        let (row, col) = (u64::from(row) + 1, u64::from(col) + 1);
        check_position(row, col, &|| reference(row, col))?;
        add(
            &mut cells,
            row as usize,
            col as usize - 1,
            data_ref_text(cell.get_value()),
        )?;
    }
    Ok(cells)
}

/// An old `.xls` workbook (BIFF8 holds at most 65,536 rows of 256 columns).
fn read_xls(bytes: &[u8], worksheet: Option<&str>) -> Result<Cells> {
    use calamine::Reader;
    let mut book = calamine::Xls::new(Cursor::new(bytes)).map_err(unreadable)?;
    let name = choose_sheet(&book.sheet_names(), worksheet)?;
    let range = book.worksheet_range(&name).map_err(unreadable)?;
    let (top, left) = range.start().unwrap_or((0, 0));
    let mut cells = Cells::new();
    for (row, col, value) in range.used_cells() {
        let text = data_text(value);
        add(
            &mut cells,
            top as usize + row + 1,
            left as usize + col,
            text,
        )?;
    }
    Ok(cells)
}

/// A cell's text as staff see it: date cells as `YYYY-MM-DD`, whole
/// numbers without a decimal point (passport and phone numbers typed as
/// numbers).
fn data_ref_text(d: &calamine::DataRef<'_>) -> String {
    data_text(&calamine::Data::from(d.clone()))
}

fn data_text(d: &calamine::Data) -> String {
    use calamine::Data as D;
    match d {
        D::Empty => String::new(),
        D::String(s) => s.clone(),
        D::Int(i) => i.to_string(),
        D::Float(f) => float_text(*f),
        D::Bool(b) => b.to_string(),
        D::DateTime(dt) => {
            let (y, m, d, ..) = dt.to_ymd_hms_milli();
            format!("{y:04}-{m:02}-{d:02}")
        }
        D::DateTimeIso(s) => s.chars().take(10).collect(),
        D::DurationIso(s) => s.clone(),
        D::Error(e) => format!("#{e:?}"),
    }
}

fn float_text(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        f.to_string()
    }
}

/// Adds a cell with a value (trimmed; empty cells are dropped). Text past
/// [`MAX_CELL_CHARS`] is cut to one character more, so the row check can
/// still tell it was too long.
fn add(cells: &mut Cells, row: usize, col: usize, text: String) -> Result<()> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(());
    }
    let text: String = text.chars().take(MAX_CELL_CHARS + 1).collect();
    if !cells.contains_key(&row) && cells.len() >= MAX_ROWS + HEADER_ROWS {
        return Err(too_many_rows());
    }
    let cells_of_row = cells.entry(row).or_default();
    match cells_of_row.binary_search_by_key(&col, |(c, _)| *c) {
        Ok(at) => cells_of_row[at].1 = text,
        Err(at) => cells_of_row.insert(at, (col, text)),
    }
    Ok(())
}

/// Rows a sheet may have above its residents (a title, the header).
const HEADER_ROWS: usize = 10;

fn too_many_rows() -> Error {
    Error::invalid(format!(
        "the roster has more than {MAX_ROWS} rows; split it into smaller rosters"
    ))
}

/// Refuses a cell past Excel's last row or column.
fn check_position(row: u64, col: u64, name: &dyn Fn() -> String) -> Result<()> {
    if col > MAX_COLUMN {
        return Err(Error::invalid(format!(
            "cell {} is past the last column a spreadsheet can have (XFD)",
            name()
        )));
    }
    if row > MAX_ROW || row == 0 {
        return Err(Error::invalid(format!(
            "cell {} is past the last row a spreadsheet can have (1048576)",
            name()
        )));
    }
    Ok(())
}

/// A1-style name of a cell (1-based row and column).
fn reference(row: u64, col: u64) -> String {
    let mut letters = Vec::new();
    let mut c = col;
    while c > 0 {
        let rem = ((c - 1) % 26) as u8;
        letters.push(b'A' + rem);
        c = (c - 1) / 26;
    }
    letters.reverse();
    format!("{}{row}", String::from_utf8_lossy(&letters))
}

/// Parses an A1 reference (`B7`, `XFD1048576`, or a bare row number `7`
/// as `<row r>` has it) into 1-based (row, column), refusing anything past
/// Excel's limits; the column is 0 for a bare row.
fn parse_reference(text: &[u8]) -> Result<(u64, u64)> {
    let shown = || String::from_utf8_lossy(&text[..text.len().min(40)]).into_owned();
    let bad = || Error::invalid(format!("`{}` is not a cell reference", shown()));
    let letters = text.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let (col_part, row_part) = text.split_at(letters);
    if row_part.is_empty() || !row_part.iter().all(u8::is_ascii_digit) {
        return Err(bad());
    }
    // More digits or letters than Excel has are refused before any
    // arithmetic can overflow.
    if letters > 3 {
        return Err(Error::invalid(format!(
            "cell {} is past the last column a spreadsheet can have (XFD)",
            shown()
        )));
    }
    if row_part.len() > 7 {
        return Err(Error::invalid(format!(
            "cell {} is past the last row a spreadsheet can have (1048576)",
            shown()
        )));
    }
    let col = col_part.iter().fold(0u64, |acc, b| {
        acc * 26 + u64::from(b.to_ascii_uppercase() - b'A' + 1)
    });
    let row = row_part
        .iter()
        .fold(0u64, |acc, b| acc * 10 + u64::from(b - b'0'));
    if letters > 0 {
        check_position(row, col, &shown)?;
    } else {
        check_position(row, 1, &shown)?;
    }
    Ok((row, col))
}

/// A reader that counts what it unpacks: it fails past
/// [`MAX_UNPACKED_BYTES`] in all, or past [`MAX_CELL_BYTES`] of text
/// without markup (`<`) when `text` is set.
struct Metered<'t, R> {
    inner: R,
    total: &'t mut u64,
    run: u64,
    text: bool,
}

/// Why a [`Metered`] reader stopped.
#[derive(Debug)]
struct OverLimit(&'static str);

impl std::fmt::Display for OverLimit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl std::error::Error for OverLimit {}

const TOO_BIG: &str = "the workbook unpacks to more than 64 MB; it is not a roster (or is damaged)";
const CELL_TOO_BIG: &str =
    "the workbook has a cell of more than 1 MB of text; no name or address is that long";

impl<R: Read> Read for Metered<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        *self.total += n as u64;
        if *self.total > MAX_UNPACKED_BYTES {
            return Err(std::io::Error::other(OverLimit(TOO_BIG)));
        }
        if self.text {
            let chunk = &buf[..n];
            match memchr::memchr(b'<', chunk) {
                None => self.run += n as u64,
                Some(first) => {
                    if self.run + first as u64 > MAX_CELL_BYTES {
                        return Err(std::io::Error::other(OverLimit(CELL_TOO_BIG)));
                    }
                    let last = memchr::memrchr(b'<', chunk).unwrap_or(first);
                    self.run = (n - last - 1) as u64;
                }
            }
            if self.run > MAX_CELL_BYTES {
                return Err(std::io::Error::other(OverLimit(CELL_TOO_BIG)));
            }
        }
        Ok(n)
    }
}

/// The message of an I/O error from a [`Metered`] reader.
fn metered_error(e: &std::io::Error) -> Error {
    match e.get_ref().and_then(|i| i.downcast_ref::<OverLimit>()) {
        Some(OverLimit(message)) => Error::invalid(*message),
        None => unreadable(e),
    }
}

/// Unpacks every member of a ZIP once into nothing, within the limits,
/// then checks every cell reference of the Excel worksheets (and that they
/// have no more rows than a roster may); returns the members' names.
fn check_zip(bytes: &[u8]) -> Result<Vec<String>> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(unreadable)?;
    if archive.len() > 10_000 {
        return Err(Error::invalid(
            "the workbook has more than 10,000 parts; it is not a roster",
        ));
    }
    let mut total = 0u64;
    let mut names = Vec::with_capacity(archive.len());
    for i in 0..archive.len() {
        let entry = archive.by_index(i).map_err(unreadable)?;
        let name = entry.name().to_owned();
        let xml = name.ends_with(".xml") || name.ends_with(".rels");
        let mut metered = Metered {
            inner: entry,
            total: &mut total,
            run: 0,
            text: xml,
        };
        std::io::copy(&mut metered, &mut std::io::sink()).map_err(|e| metered_error(&e))?;
        names.push(name);
    }
    for name in &names {
        if name.starts_with("xl/worksheets/") && name.ends_with(".xml") {
            let entry = archive.by_name(name).map_err(unreadable)?;
            check_sheet_references(entry)?;
        }
    }
    Ok(names)
}

/// Checks the `r` reference of every row and cell of an Excel worksheet,
/// and counts its rows with cells.
fn check_sheet_references<R: Read>(xml: R) -> Result<()> {
    let mut reader = quick_xml::Reader::from_reader(std::io::BufReader::new(xml));
    let mut buf = Vec::new();
    let mut rows = 0usize;
    loop {
        buf.clear();
        let event = reader.read_event_into(&mut buf).map_err(unreadable)?;
        let (Event::Start(e) | Event::Empty(e)) = &event else {
            if matches!(event, Event::Eof) {
                return Ok(());
            }
            continue;
        };
        let local = e.local_name();
        let local = local.as_ref();
        if local == b"row" && matches!(event, Event::Start(_)) {
            rows += 1;
            if rows > MAX_ROWS + HEADER_ROWS {
                return Err(too_many_rows());
            }
        }
        if (local == b"c" || local == b"row")
            && let Some(r) = attribute(e, b"r")
        {
            parse_reference(&r)?;
        }
    }
}

/// The raw value of attribute `key` (matched by local name).
fn attribute(e: &BytesStart<'_>, key: &[u8]) -> Option<Vec<u8>> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == key)
        .map(|a| a.value.into_owned())
}

/// Reads an OpenDocument spreadsheet's `content.xml`: the named table or
/// the first. Repeated rows and cells are expanded only when they hold a
/// value, and only up to the limits.
fn read_ods(bytes: &[u8], worksheet: Option<&str>) -> Result<Cells> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(unreadable)?;
    let entry = archive.by_name("content.xml").map_err(unreadable)?;
    let mut total = 0u64;
    let metered = Metered {
        inner: entry,
        total: &mut total,
        run: 0,
        text: true,
    };
    let mut reader = quick_xml::Reader::from_reader(std::io::BufReader::new(metered));
    let xml_error = |e: quick_xml::Error| match e {
        quick_xml::Error::Io(io) => metered_error(&io),
        other => unreadable(other),
    };
    let mut buf = Vec::new();
    let mut seen = Vec::new();
    loop {
        buf.clear();
        match reader.read_event_into(&mut buf).map_err(xml_error)? {
            Event::Start(e) if e.local_name().as_ref() == b"table" => {
                let name = attribute(&e, b"name")
                    .map(|n| String::from_utf8_lossy(&n).into_owned())
                    .unwrap_or_default();
                if worksheet.is_none_or(|w| w == name) {
                    return read_ods_table(&mut reader);
                }
                seen.push(name);
                let end = e.to_end().into_owned();
                reader
                    .read_to_end_into(end.name(), &mut Vec::new())
                    .map_err(xml_error)?;
            }
            Event::Eof => break,
            _ => {}
        }
    }
    choose_sheet(&seen, worksheet).map(|_| Cells::new())
}

/// One OpenDocument cell being read.
#[derive(Default)]
struct OdsCell {
    repeat: u64,
    value: Option<String>,
    text: String,
    paragraphs: usize,
}

fn read_ods_table<R: std::io::BufRead>(reader: &mut quick_xml::Reader<R>) -> Result<Cells> {
    let xml_error = |e: quick_xml::Error| match e {
        quick_xml::Error::Io(io) => metered_error(&io),
        other => unreadable(other),
    };
    let repeat_of = |e: &BytesStart<'_>, key: &[u8]| -> Result<u64> {
        match attribute(e, key) {
            None => Ok(1),
            Some(v) => std::str::from_utf8(&v)
                .ok()
                .and_then(|s| s.trim().parse::<u64>().ok())
                .filter(|n| *n >= 1)
                .ok_or_else(|| Error::invalid("cannot open the workbook: a bad repeat count")),
        }
    };
    let mut cells = Cells::new();
    let mut buf = Vec::new();
    // 1-based row of the next row, 0-based column of the next cell.
    let mut row: u64 = 1;
    let mut col: u64 = 0;
    let mut row_repeat: u64 = 1;
    let mut row_cells: Vec<(u64, u64, String)> = Vec::new();
    let mut cell: Option<OdsCell> = None;
    let mut depth_in_cell = 0usize;
    let finish_cell = |cell: OdsCell, col: &mut u64, row_cells: &mut Vec<(u64, u64, String)>| {
        let text = cell.value.unwrap_or(cell.text);
        if !text.trim().is_empty() {
            row_cells.push((*col, cell.repeat, text));
        }
        *col = col.saturating_add(cell.repeat);
    };
    loop {
        buf.clear();
        let event = reader.read_event_into(&mut buf).map_err(xml_error)?;
        let empty = matches!(event, Event::Empty(_));
        match event {
            Event::Start(e) | Event::Empty(e)
                if cell.is_none() && e.local_name().as_ref() == b"table-row" =>
            {
                row_repeat = repeat_of(&e, b"number-rows-repeated")?;
                col = 0;
                row_cells.clear();
                // An empty `<table:table-row/>` has no end tag.
                if empty {
                    row = row.saturating_add(row_repeat);
                }
            }
            Event::End(e) if cell.is_none() && e.local_name().as_ref() == b"table-row" => {
                if !row_cells.is_empty() {
                    for r in 0..row_repeat {
                        let at = row + r;
                        for (c, repeat, text) in &row_cells {
                            for k in 0..*repeat {
                                let (at_col, at_row) = (c + k + 1, at);
                                check_position(at_row, at_col, &|| reference(at_row, at_col))?;
                                add(&mut cells, at_row as usize, (c + k) as usize, text.clone())?;
                            }
                        }
                    }
                }
                row = row.saturating_add(row_repeat);
            }
            Event::End(e) if cell.is_none() && e.local_name().as_ref() == b"table" => break,
            Event::Start(e) | Event::Empty(e)
                if cell.is_none()
                    && matches!(
                        e.local_name().as_ref(),
                        b"table-cell" | b"covered-table-cell"
                    ) =>
            {
                let repeat = repeat_of(&e, b"number-columns-repeated")?;
                let kind = attribute(&e, b"value-type").unwrap_or_default();
                let value = match kind.as_slice() {
                    b"date" => attribute(&e, b"date-value")
                        .map(|v| String::from_utf8_lossy(&v).chars().take(10).collect()),
                    b"float" | b"percentage" | b"currency" => attribute(&e, b"value").map(|v| {
                        let v = String::from_utf8_lossy(&v).into_owned();
                        v.parse::<f64>().map(float_text).unwrap_or(v)
                    }),
                    _ => None,
                };
                let new = OdsCell {
                    repeat,
                    value,
                    ..OdsCell::default()
                };
                if empty {
                    finish_cell(new, &mut col, &mut row_cells);
                } else {
                    cell = Some(new);
                    depth_in_cell = 0;
                }
            }
            Event::End(e)
                if depth_in_cell == 0
                    && matches!(
                        e.local_name().as_ref(),
                        b"table-cell" | b"covered-table-cell"
                    ) =>
            {
                if let Some(c) = cell.take() {
                    finish_cell(c, &mut col, &mut row_cells);
                }
            }
            Event::Start(e) if cell.is_some() => {
                depth_in_cell += 1;
                if let Some(c) = cell.as_mut()
                    && e.local_name().as_ref() == b"p"
                {
                    if c.paragraphs > 0 {
                        push_capped(&mut c.text, "\n");
                    }
                    c.paragraphs += 1;
                }
            }
            Event::Empty(e) if cell.is_some() => {
                if let Some(c) = cell.as_mut() {
                    match e.local_name().as_ref() {
                        b"s" => {
                            let n = attribute(&e, b"c")
                                .and_then(|v| String::from_utf8_lossy(&v).parse::<usize>().ok())
                                .unwrap_or(1)
                                .min(MAX_CELL_CHARS + 1);
                            push_capped(&mut c.text, &" ".repeat(n));
                        }
                        b"tab" => push_capped(&mut c.text, "\t"),
                        b"line-break" => push_capped(&mut c.text, "\n"),
                        b"p" => {
                            if c.paragraphs > 0 {
                                push_capped(&mut c.text, "\n");
                            }
                            c.paragraphs += 1;
                        }
                        _ => {}
                    }
                }
            }
            Event::End(_) if cell.is_some() => depth_in_cell = depth_in_cell.saturating_sub(1),
            Event::Text(t) if cell.is_some() => {
                if let Some(c) = cell.as_mut() {
                    let text = t.decode().map_err(unreadable)?;
                    push_capped(&mut c.text, &text);
                }
            }
            Event::GeneralRef(r) if cell.is_some() => {
                if let Some(c) = cell.as_mut() {
                    let name = r.decode().map_err(unreadable)?;
                    let resolved = match name.as_ref() {
                        "amp" => Some('&'),
                        "lt" => Some('<'),
                        "gt" => Some('>'),
                        "quot" => Some('"'),
                        "apos" => Some('\''),
                        _ => r.resolve_char_ref().ok().flatten(),
                    };
                    if let Some(ch) = resolved {
                        push_capped(&mut c.text, ch.encode_utf8(&mut [0; 4]));
                    }
                }
            }
            Event::Eof => return Err(unreadable("the sheet ends early")),
            _ => {}
        }
    }
    Ok(cells)
}

/// Appends to a cell's text, keeping at most one character past the cap.
fn push_capped(text: &mut String, more: &str) {
    let room = (MAX_CELL_CHARS + 1).saturating_sub(text.chars().count());
    text.extend(more.chars().take(room));
}
