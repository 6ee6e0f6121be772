//! Rosters that once crashed, stalled or misread the reader: each is
//! refused with a message, quickly, or read with the right row numbers.

use std::io::Write;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use gaozhi_core::roster::{
    Encoding, MAX_CELL_CHARS, file_key, file_name, parse_csv, parse_workbook, spreadsheet_safe,
};

fn hostile(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/rosters/hostile")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Reads a workbook that must be refused, in bounded time; the message.
fn refused(bytes: &[u8]) -> String {
    let started = Instant::now();
    let err = parse_workbook(bytes, None).expect_err("a hostile workbook was accepted");
    // Under a second on a quiet machine; the margin is for a loaded one.
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "took {:?}",
        started.elapsed()
    );
    assert_eq!(err.kind, gaozhi_core::ErrorKind::Invalid, "{err}");
    err.to_string()
}

#[test]
fn a_cell_at_the_last_cell_is_read_without_sizing_the_sheet_from_it() {
    // XFD1048576 is a real cell: the sheet is read from the cells present,
    // and the far cell is in no column with a header.
    let roster = parse_workbook(&hostile("last-cell.xlsx"), None).unwrap();
    assert_eq!(roster.rows.len(), 1);
    assert_eq!(roster.rows[0].row, 2);
    assert_eq!(roster.rows[0].resident.name, "KIM MINJUN");
}

#[test]
fn a_reference_past_the_last_column_is_refused() {
    let message = refused(&hostile("past-last-column.xlsx"));
    assert!(
        message.contains("ZZZZ3") && message.contains("XFD"),
        "{message}"
    );
}

#[test]
fn a_huge_cell_is_refused_while_unpacking() {
    let message = refused(&hostile("huge-cell.xlsx"));
    assert!(message.contains("1 MB"), "{message}");
}

#[test]
fn too_many_rows_stop_the_reader() {
    let message = refused(&hostile("many-rows.xlsx"));
    assert!(message.contains("more than 100000 rows"), "{message}");
}

#[test]
fn repeated_ods_rows_and_cells_are_not_expanded_past_the_limits() {
    let message = refused(&hostile("repeated-rows.ods"));
    assert!(message.contains("rows"), "{message}");
    let message = refused(&hostile("repeated-cells.ods"));
    assert!(message.contains("XFD"), "{message}");
}

#[test]
fn an_ods_roster_reads_with_spreadsheet_rows() {
    let roster = parse_workbook(&hostile("good.ods"), None).unwrap();
    assert!(roster.problems.is_empty(), "{:?}", roster.problems);
    assert_eq!(roster.rows.len(), 1);
    let row = &roster.rows[0];
    // A title on row 1, the header on row 2, a blank row 3.
    assert_eq!(row.row, 4);
    assert_eq!(row.resident.name, "KIM MINJUN");
    assert_eq!(row.resident.birth_date.unwrap().to_string(), "1985-07-14");
}

/// A minimal XLSX whose one sheet holds `rows` (the XML inside
/// `<sheetData>`), deflated.
fn xlsx(rows: &[u8]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    let parts: [(&str, &[u8]); 4] = [
        (
            "[Content_Types].xml",
            br#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#,
        ),
        (
            "xl/workbook.xml",
            br#"<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="s" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
        ),
        (
            "xl/_rels/workbook.xml.rels",
            br#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#,
        ),
        (
            "_rels/.rels",
            br#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
        ),
    ];
    for (name, data) in parts {
        zip.start_file(name, options).unwrap();
        zip.write_all(data).unwrap();
    }
    zip.start_file("xl/worksheets/sheet1.xml", options).unwrap();
    zip.write_all(br#"<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#)
        .unwrap();
    zip.write_all(rows).unwrap();
    zip.write_all(b"</sheetData></worksheet>").unwrap();
    zip.finish().unwrap().into_inner()
}

const HEADER: &[u8] = br#"<row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c></row>"#;

#[test]
fn a_zip_bomb_is_refused_while_unpacking() {
    // 80 MB of formatting that packs to well under 1 MB.
    let mut rows = HEADER.to_vec();
    let filler = br#"<row r="2" spans="1:1"/>"#;
    while rows.len() < 80 * 1024 * 1024 {
        rows.extend_from_slice(filler);
    }
    let bytes = xlsx(&rows);
    assert!(bytes.len() < 1024 * 1024, "{}", bytes.len());
    let message = refused(&bytes);
    assert!(message.contains("64 MB"), "{message}");
}

#[test]
fn references_that_would_overflow_are_refused() {
    for r in ["A99999999999", "AAAAAAAAAAAAAAA1", "XFE1", "A1048577", "A0"] {
        let mut rows = HEADER.to_vec();
        rows.extend_from_slice(
            format!(r#"<row r="2"><c r="{r}" t="inlineStr"><is><t>x</t></is></c></row>"#)
                .as_bytes(),
        );
        let message = refused(&xlsx(&rows));
        assert!(message.contains(&r[..r.len().min(20)]), "{r}: {message}");
    }
}

#[test]
fn a_long_cell_is_a_problem_of_its_row() {
    let long = "A".repeat(10_000);
    let mut rows = HEADER.to_vec();
    rows.extend_from_slice(
        format!(r#"<row r="2"><c r="A2" t="inlineStr"><is><t>{long}</t></is></c></row>"#)
            .as_bytes(),
    );
    rows.extend_from_slice(
        br#"<row r="3"><c r="A3" t="inlineStr"><is><t>KIM MINJUN</t></is></c></row>"#,
    );
    for roster in [
        parse_workbook(&xlsx(&rows), None).unwrap(),
        parse_csv(
            format!("name\n{long}\nKIM MINJUN\n").as_bytes(),
            Encoding::Utf8,
        )
        .unwrap(),
    ] {
        assert_eq!(roster.rows.len(), 1);
        assert_eq!(roster.rows[0].row, 3);
        assert_eq!(roster.problems.len(), 1);
        let p = &roster.problems[0];
        assert_eq!(p.row(), 2);
        assert!(
            p.reason.contains(&MAX_CELL_CHARS.to_string()),
            "{}",
            p.reason
        );
        // The report shows the start of the value, not all of it.
        assert!(p.value.chars().count() < 100);
    }
}

#[test]
fn csv_row_numbers_are_the_spreadsheets_across_blank_lines() {
    let csv =
        "姓名,国籍,备注\n\nKIM MINJUN,KR,\n\n\nSATO YUI,JP,\"two\nlines\"\nEmily Clarke,XX,\n";
    let roster = parse_csv(csv.as_bytes(), Encoding::Utf8).unwrap();
    let rows: Vec<usize> = roster.rows.iter().map(|r| r.row).collect();
    // Line 6 holds a cell with a line break: one spreadsheet row.
    assert_eq!(rows, [3, 6]);
    assert_eq!(roster.problems.len(), 1);
    assert_eq!(roster.problems[0].row(), 7);
    // Old Mac line ends (a lone CR) end rows too.
    let csv = "姓名,国籍\r\rKIM MINJUN,KR\r\nSATO YUI,JP\rEmily Clarke,XX\n";
    let roster = parse_csv(csv.as_bytes(), Encoding::Utf8).unwrap();
    let rows: Vec<usize> = roster.rows.iter().map(|r| r.row).collect();
    assert_eq!(rows, [3, 4]);
    assert_eq!(roster.problems[0].row(), 5);
}

#[test]
fn direction_controls_are_refused_in_names() {
    for c in [
        '\u{202E}', '\u{202A}', '\u{2066}', '\u{2069}', '\u{200E}', '\u{200F}', '\u{061C}',
    ] {
        let csv = format!("name\nKIM{c}MINJUN\n");
        let roster = parse_csv(csv.as_bytes(), Encoding::Utf8).unwrap();
        assert!(roster.rows.is_empty(), "U+{:04X} accepted", c as u32);
        assert!(
            roster.problems[0]
                .reason
                .contains(&format!("U+{:04X}", c as u32)),
            "{:?}",
            roster.problems
        );
        // Nor do they reach a file name.
        let name = file_name("{name}", 2, &format!("KIM{c}MINJUN"), "d", "ko").unwrap();
        assert_eq!(name, "KIM_MINJUN.pdf");
    }
}

#[test]
fn file_names_differing_only_in_case_or_normalisation_are_one_file() {
    assert_eq!(file_key("KIM MINJUN.pdf"), file_key("Kim Minjun.pdf"));
    let composed = file_name("{name}", 2, "Ren\u{e9}e", "d", "fr").unwrap();
    let decomposed = file_name("{name}", 3, "Rene\u{301}e", "d", "fr").unwrap();
    assert_eq!(composed, decomposed, "file names are written in one form");
    assert_ne!(file_key("Renee.pdf"), file_key(&composed));
}

#[test]
fn formulas_are_neutralised_for_spreadsheets() {
    for v in [
        "=HYPERLINK(\"x\")",
        "+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(A1)",
        "\tx",
        "\rx",
    ] {
        assert_eq!(spreadsheet_safe(v), format!("'{v}"), "{v:?}");
    }
    for v in ["KIM MINJUN", "김민준", "", "a=b"] {
        assert_eq!(spreadsheet_safe(v), v);
    }
}
