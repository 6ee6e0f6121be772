//! Bounded random testing (proptest) of everything that reads what staff
//! and translators hand gaozhi: the roster reader (CSV, XLSX, ODS), the
//! resident record parser and the `.ftl` checker. Each must answer every
//! input with a value or an error, within bounded time and memory, never a
//! panic or an abort. Inputs start from the files that once crashed or
//! stalled a reader (the seeds) and are mutated byte by byte.
//!
//! `cargo test` runs a few hundred cases of each (a few seconds). For a
//! long run, set the number of cases, e.g. about an hour:
//!
//! ```sh
//! GAOZHI_FUZZ_CASES=200000 cargo test --release --workspace --test fuzz
//! ```

use std::io::Write;

use proptest::prelude::*;
use proptest::test_runner::{Config, FileFailurePersistence};

use gaozhi_core::Resident;
use gaozhi_core::locale::LocaleFile;
use gaozhi_core::roster::{Encoding, parse_csv, parse_workbook};
use gaozhi_core::source::Format;

/// Cases per target: `GAOZHI_FUZZ_CASES`, else a few hundred.
fn config() -> Config {
    let cases = std::env::var("GAOZHI_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(300);
    Config {
        cases,
        // Failures are reported, not written into the source tree.
        failure_persistence: Some(Box::new(FileFailurePersistence::Off)),
        ..Config::default()
    }
}

/// Applies `edits` (position, byte) to `seed`: overwrite, insert or
/// delete, by the byte's low bits.
fn mutate(seed: &[u8], edits: &[(usize, u8)]) -> Vec<u8> {
    let mut out = seed.to_vec();
    for &(at, byte) in edits {
        let at = if out.is_empty() {
            0
        } else {
            at % (out.len() + 1)
        };
        match byte % 4 {
            0 if at < out.len() => out[at] = byte,
            1 => out.insert(at, byte),
            2 if at < out.len() => {
                out.remove(at);
            }
            _ => out.insert(at, SPECIAL[byte as usize % SPECIAL.len()]),
        }
    }
    out
}

/// Bytes that matter to the formats: markup, quotes, digits, letters of
/// references, separators, line ends, high bytes.
const SPECIAL: &[u8] = b"<>\"'=/,;\n\r\t09AZXFD\x00\x80\xA1\xE9\xFE\xFF";

const CSV_SEEDS: &[&str] = &[
    "姓名,国籍,出生日期,性别,在华居住地址,观察开始日期,语言\nKIM MINJUN,KR,1985-07-14,M,示例区和平街 3 号,2020-03-01,ko\n",
    "name,nationality\n\n\n\"SATO\nYUI\",JP\n,,\n",
    "name\nRen\u{e9}e Dupont\nKIM\u{202E}NUJNIM\n=HYPERLINK(\"x\")\n",
];

/// The sheet XML of the crash inputs, each with a header and a resident.
const SHEET_SEEDS: &[&str] = &[
    r#"<row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>KIM</t></is></c></row><row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>"#,
    r#"<row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c></row><row r="3"><c r="ZZZZ3" t="inlineStr"><is><t>x</t></is></c></row>"#,
    r#"<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="inlineStr"><is><t>出生日期</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>KIM</t></is></c><c r="B2"><v>31242</v></c></row><row><c t="inlineStr"><is><t>A99999999999</t></is></c></row>"#,
];

const ODS_SEEDS: &[&str] = &[
    r#"<table:table-row><table:table-cell office:value-type="string"><text:p>姓名</text:p></table:table-cell></table:table-row><table:table-row table:number-rows-repeated="1000000000"><table:table-cell office:value-type="string"><text:p>SATO</text:p></table:table-cell></table:table-row>"#,
    r#"<table:table-row><table:table-cell office:value-type="string"><text:p>name</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1000000000" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>"#,
    r#"<table:table-row><table:table-cell><text:p>name</text:p><text:p>date</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell office:value-type="date" office:date-value="1985-07-14"><text:p>a<text:s text:c="4"/>b&amp;c</text:p></table:table-cell></table:table-row>"#,
];

fn zip_of(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, data) in parts {
        zip.start_file(*name, options).unwrap();
        zip.write_all(data).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn xlsx(sheet_data: &[u8]) -> Vec<u8> {
    let mut sheet = br#"<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#.to_vec();
    sheet.extend_from_slice(sheet_data);
    sheet.extend_from_slice(b"</sheetData></worksheet>");
    zip_of(&[
        ("[Content_Types].xml", br#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#),
        ("_rels/.rels", br#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
        ("xl/workbook.xml", br#"<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="s" sheetId="1" r:id="rId1"/></sheets></workbook>"#),
        ("xl/_rels/workbook.xml.rels", br#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#),
        ("xl/worksheets/sheet1.xml", &sheet),
    ])
}

fn ods(table: &[u8]) -> Vec<u8> {
    let mut content = br#"<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="s">"#.to_vec();
    content.extend_from_slice(table);
    content.extend_from_slice(
        b"</table:table></office:spreadsheet></office:body></office:document-content>",
    );
    zip_of(&[
        (
            "mimetype",
            b"application/vnd.oasis.opendocument.spreadsheet",
        ),
        ("content.xml", &content),
    ])
}

/// What every roster that reads must hold: rows after the header, in
/// order, problems on rows of the sheet.
fn well_formed(roster: &gaozhi_core::roster::Roster) {
    let rows: Vec<usize> = roster.rows.iter().map(|r| r.row).collect();
    assert!(rows.windows(2).all(|w| w[0] < w[1]), "{rows:?}");
    assert!(rows.iter().all(|r| *r >= 2), "{rows:?}");
    assert!(roster.problems.iter().all(|p| p.row() >= 2));
    for row in &roster.rows {
        assert!(row.resident.validate().is_ok());
    }
}

fn edits() -> impl Strategy<Value = Vec<(usize, u8)>> {
    prop::collection::vec((any::<usize>(), any::<u8>()), 0..12)
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn csv_rosters(seed in 0..CSV_SEEDS.len(), edits in edits(), encoding in 0..4u8) {
        let bytes = mutate(CSV_SEEDS[seed].as_bytes(), &edits);
        let encoding = [Encoding::Detect, Encoding::Utf8, Encoding::Gb18030, Encoding::Windows1252][encoding as usize];
        if let Ok(roster) = parse_csv(&bytes, encoding) {
            well_formed(&roster);
        }
    }

    #[test]
    fn random_csv(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        if let Ok(roster) = parse_csv(&bytes, Encoding::Detect) {
            well_formed(&roster);
        }
    }

    #[test]
    fn xlsx_rosters(seed in 0..SHEET_SEEDS.len(), edits in edits()) {
        let sheet = mutate(SHEET_SEEDS[seed].as_bytes(), &edits);
        if let Ok(roster) = parse_workbook(&xlsx(&sheet), None) {
            well_formed(&roster);
        }
    }

    #[test]
    fn ods_rosters(seed in 0..ODS_SEEDS.len(), edits in edits()) {
        let table = mutate(ODS_SEEDS[seed].as_bytes(), &edits);
        if let Ok(roster) = parse_workbook(&ods(&table), None) {
            well_formed(&roster);
        }
    }

    #[test]
    fn damaged_zips(seed in 0..SHEET_SEEDS.len(), edits in edits()) {
        // The container itself damaged, not only its XML.
        let bytes = mutate(&xlsx(SHEET_SEEDS[seed].as_bytes()), &edits);
        let _ = parse_workbook(&bytes, None);
    }

    #[test]
    fn records(edits in edits(), json in any::<bool>()) {
        let seed: &[u8] = if json {
            br#"{"name": "KIM MINJUN", "nationality": "KR", "birth_date": "1985-07-14", "visited": ["Seoul"], "observation_days": 14}"#
        } else {
            b"name = \"KIM MINJUN\"\nnationality = \"KR\"\nbirth_date = 1985-07-14\nvisited = [\"Seoul\"]\nobservation_days = 14\n"
        };
        let text = String::from_utf8_lossy(&mutate(seed, &edits)).into_owned();
        let format = if json { Format::Json } else { Format::Toml };
        if let Ok(r) = Resident::from_str(&text, format) {
            prop_assert!(!r.name.trim().is_empty());
            prop_assert!(!r.name.chars().any(|c| c.is_control() || gaozhi_core::is_direction_control(c)));
        }
    }

    #[test]
    fn ftl_checker(edits in edits()) {
        let reference = "greet = 你好，{ $user }！\n    .title = 标题\nitems = { $n ->\n    [one] 一个\n   *[other] { $n } 个\n}\n-term = 术语\nuse = { -term } { greet }\n";
        let translation = "greet = Hello, { $user }!\n    .title = Title\nitems = { $n ->\n    [one] one item\n   *[other] { $n } items\n}\n-term = term\nuse = { -term } { greet }\n";
        let text = String::from_utf8_lossy(&mutate(translation.as_bytes(), &edits)).into_owned();
        let files = [
            LocaleFile::new("zh-Hans", "test.ftl", reference),
            LocaleFile::new("en", "test.ftl", text),
        ];
        let report = gaozhi_check::check_with(&files, &[]);
        for finding in &report.findings {
            prop_assert!(!finding.code.is_empty() && !finding.message.is_empty());
        }
    }
}
