//! PDF/A-2b and PDF/UA-1 output: every document rendered with both
//! standards at once carries their identification, a title in both
//! languages, the office as author and alternative text for its images, and
//! passes `qpdf --check` (where qpdf is installed; CI installs it). typst-pdf
//! itself refuses to write a file that breaks the rules it can validate
//! (missing title, missing glyphs, images without alternative text).

use std::path::Path;
use std::process::Command;

use gaozhi_core::document::{DOCUMENTS, ResidentNeed};
use gaozhi_core::values::Date;
use gaozhi_core::{Layout, Locales, Office, Request, Resident, compose};
use gaozhi_render::{FontChoice, FontConfig, PdfStandard, RenderOptions, Renderer, RendererConfig};

#[test]
fn every_document_is_archival_and_accessible_in_one_file() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let office = Office::from_path(&root.join("examples/office.toml")).unwrap();
    let kim = Resident::from_path(&root.join("examples/residents/kim-minjun.toml")).unwrap();
    let renderer = Renderer::new(&RendererConfig {
        fonts: FontConfig {
            choice: FontChoice::Embedded,
            dirs: vec![],
        },
        templates: None,
    })
    .unwrap();
    let qpdf = Command::new("qpdf").arg("--version").output().is_ok();
    if !qpdf {
        eprintln!("qpdf is not installed: structure checks only");
    }
    let dir = tempfile::tempdir().unwrap();
    let korean = "ko".parse().unwrap();
    for doc in DOCUMENTS {
        let resident = match doc.resident {
            ResidentNeed::Required | ResidentNeed::Optional => Some(&kim),
            #[allow(unreachable_patterns)]
            _ => None,
        };
        let comp = compose(
            Locales::embedded().unwrap(),
            &Request {
                document: doc,
                resident,
                office: &office,
                default_language: Some(&korean),
                layout: Layout::Bilingual,
                today: Date::new(2020, 3, 2).unwrap(),
            },
        )
        .unwrap();
        let rendered = renderer
            .render(
                &comp,
                &RenderOptions {
                    pdf_standards: vec![PdfStandard::A_2b, PdfStandard::Ua_1],
                    ..RenderOptions::default()
                },
            )
            .unwrap_or_else(|e| panic!("{}: {e}", doc.id));
        let pdf = &rendered.files[0];
        let text = String::from_utf8_lossy(pdf);
        for mark in [
            "<pdfaid:part>2</pdfaid:part>",
            "<pdfaid:conformance>B</pdfaid:conformance>",
            "<pdfuaid:part>1</pdfuaid:part>",
            "/StructTreeRoot",
            "/Marked true",
        ] {
            assert!(text.contains(mark), "{}: no {mark}", doc.id);
        }
        // The title in both languages, the office as author.
        assert!(
            text.contains(&format!("{}</rdf:li>", comp.title)) && comp.title.contains(" / "),
            "{}: title {}",
            doc.id,
            comp.title
        );
        assert!(
            text.contains("<rdf:li>示例区人民政府外事办公室</rdf:li>"),
            "{}: author",
            doc.id
        );
        if qpdf {
            let path = dir.path().join(format!("{}.pdf", doc.id));
            std::fs::write(&path, pdf).unwrap();
            let out = Command::new("qpdf")
                .arg("--check")
                .arg(&path)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{}: qpdf --check: {}",
                doc.id,
                String::from_utf8_lossy(&out.stdout)
            );
        }
    }
}

#[test]
fn the_qr_code_has_alternative_text() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let office = Office::from_path(&root.join("examples/office.toml")).unwrap();
    let renderer = Renderer::new(&RendererConfig::default()).unwrap();
    let doc = gaozhi_core::document::find("contact-card").unwrap();
    let tag = "en".parse().unwrap();
    let comp = compose(
        Locales::embedded().unwrap(),
        &Request {
            document: doc,
            resident: None,
            office: &office,
            default_language: Some(&tag),
            layout: Layout::Bilingual,
            today: Date::new(2020, 3, 2).unwrap(),
        },
    )
    .unwrap();
    let pdf = renderer
        .render(
            &comp,
            &RenderOptions {
                pdf_standards: vec![PdfStandard::Ua_1],
                ..RenderOptions::default()
            },
        )
        .unwrap();
    // Alternative text is a UTF-16 string in the structure tree, which may
    // sit in a compressed object stream: look for it after inflating.
    let alt = comp.messages["contact-card-qr-alt"][0].clone();
    assert!(!alt.is_empty());
    let inflated = inflate_all(&pdf.files[0]);
    let utf16: Vec<u8> = alt.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
    let hex: String = utf16.iter().map(|b| format!("{b:02x}")).collect();
    assert!(
        inflated.windows(utf16.len()).any(|w| w == utf16.as_slice())
            || String::from_utf8_lossy(&inflated)
                .to_lowercase()
                .contains(&hex),
        "no /Alt text `{alt}` in the PDF"
    );
}

/// The PDF with every Flate stream inflated, appended after the raw bytes.
fn inflate_all(pdf: &[u8]) -> Vec<u8> {
    use std::io::Read;
    let mut out = pdf.to_vec();
    let mut at = 0;
    while let Some(start) = find(&pdf[at..], b"stream") {
        let mut begin = at + start + b"stream".len();
        if pdf.get(begin) == Some(&b'\r') {
            begin += 1;
        }
        if pdf.get(begin) == Some(&b'\n') {
            begin += 1;
        }
        let Some(len) = find(&pdf[begin..], b"endstream") else {
            break;
        };
        let mut data = Vec::new();
        let _ = flate2::read::ZlibDecoder::new(&pdf[begin..begin + len]).read_to_end(&mut data);
        out.extend_from_slice(&data);
        at = begin + len;
    }
    out
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}
