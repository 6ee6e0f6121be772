//! PDF/A-2b and PDF/UA-1 output: every document rendered with both
//! standards at once carries their identification, a title in both
//! languages, the office as author and alternative text for its images, and
//! passes `qpdf --check` (where qpdf is installed; CI installs it, and
//! under CI a missing qpdf fails the test). typst-pdf
//! itself refuses to write a file that breaks the rules it can validate
//! (missing title, missing glyphs, images without alternative text).
//!
//! Every document in Korean, German and Russian with PDF/UA-1 passes the
//! independent `pdfua` checker (PyPI; CI installs it and sets
//! `GAOZHI_REQUIRE_PDFUA`, so that it fails rather than skips without it)
//! with no finding at all. Every PDF, standard or not, merged volumes
//! included, asks the viewer to show its title.

use std::path::{Path, PathBuf};
use std::process::Command;

use gaozhi_core::document::{DOCUMENTS, DocumentSpec, ResidentNeed};
use gaozhi_core::{Composition, Layout, Office, Resident};
use gaozhi_render::merge::Volume;
use gaozhi_render::{PdfStandard, RenderOptions, Renderer, RendererConfig};
use gaozhi_testkit::{self as testkit, compose_on, office, renderer_with_templates};

/// `doc` for the sample resident (when it takes one) in Chinese and `lang`.
fn composition(
    doc: &'static DocumentSpec,
    office: &Office,
    kim: &Resident,
    lang: &str,
) -> Composition {
    let resident = match doc.resident {
        ResidentNeed::Required | ResidentNeed::Optional => Some(kim),
        #[allow(unreachable_patterns)]
        _ => None,
    };
    let mut resident = resident.cloned();
    if let Some(r) = resident.as_mut() {
        r.language = None;
    }
    compose_on(
        doc,
        resident.as_ref(),
        office,
        Some(lang),
        Layout::Bilingual,
    )
    .unwrap()
}

fn sample() -> (Office, Resident) {
    (office(), testkit::sample("kim-minjun.toml"))
}

/// Whether qpdf is installed (CI installs it).
fn has_qpdf() -> bool {
    let found = Command::new("qpdf").arg("--version").output().is_ok();
    if !found {
        testkit::missing_tool("qpdf", "qpdf --check", "apt-get install qpdf");
    }
    found
}

fn qpdf_check(path: &Path) {
    let out = Command::new("qpdf")
        .arg("--check")
        .arg(path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}: qpdf --check: {}",
        path.display(),
        String::from_utf8_lossy(&out.stdout)
    );
}

/// PDFs written to a temporary folder: each checked by `qpdf --check` as
/// it is added (when qpdf is installed), all by `pdfua` at the end.
struct Checked {
    dir: tempfile::TempDir,
    qpdf: bool,
    files: Vec<PathBuf>,
}

impl Checked {
    fn new() -> Checked {
        Checked {
            dir: tempfile::tempdir().unwrap(),
            qpdf: has_qpdf(),
            files: Vec::new(),
        }
    }

    /// Writes `pdf` as `name` and checks it with qpdf.
    fn add(&mut self, name: &str, pdf: &[u8]) {
        let path = self.dir.path().join(name);
        std::fs::write(&path, pdf).unwrap();
        if self.qpdf {
            qpdf_check(&path);
        }
        self.files.push(path);
    }

    /// Runs `pdfua check` on every file added (`rules` only, if given).
    fn pdfua(&self, rules: Option<&str>) {
        if let Some(pdfua) = pdfua() {
            pdfua_check(pdfua, rules, &self.files);
        }
    }
}

#[test]
fn every_document_is_archival_and_accessible_in_one_file() {
    let (office, kim) = sample();
    let renderer = renderer_with_templates(None);
    let mut checked = Checked::new();
    for doc in DOCUMENTS {
        let comp = composition(doc, &office, &kim, "ko");
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
            "/DisplayDocTitle true",
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
        checked.add(&format!("{}.pdf", doc.id), pdf);
    }
}

/// The `pdfua` checker, if installed; its absence fails the test when
/// `GAOZHI_REQUIRE_PDFUA` is set (as CI sets it).
fn pdfua() -> Option<Command> {
    let found = Command::new("pdfua")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var_os("GAOZHI_REQUIRE_PDFUA").is_none(),
            "GAOZHI_REQUIRE_PDFUA is set but `pdfua` is not installed (pip install pdfua)"
        );
        eprintln!("pdfua is not installed: the PDF/UA checker is skipped");
        return None;
    }
    Some(Command::new("pdfua"))
}

/// Runs `pdfua check` on `files` (and `rules` only, if given): no finding
/// of any severity is allowed.
fn pdfua_check(mut pdfua: Command, rules: Option<&str>, files: &[PathBuf]) {
    pdfua.arg("check");
    if let Some(rules) = rules {
        pdfua.arg("--rules").arg(rules);
    }
    let out = pdfua.args(files).output().unwrap();
    assert!(
        out.status.success(),
        "pdfua check: exit {:?}\n{}{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn every_document_in_three_languages_passes_the_pdfua_checker() {
    let (office, kim) = sample();
    let renderer = renderer_with_templates(None);
    let mut checked = Checked::new();
    for lang in ["ko", "de", "ru"] {
        for doc in DOCUMENTS {
            let comp = composition(doc, &office, &kim, lang);
            let rendered = renderer
                .render(
                    &comp,
                    &RenderOptions {
                        pdf_standards: vec![PdfStandard::Ua_1],
                        ..RenderOptions::default()
                    },
                )
                .unwrap_or_else(|e| panic!("{} in {lang}: {e}", doc.id));
            checked.add(&format!("{}.{lang}.pdf", doc.id), &rendered.files[0]);
        }
    }
    checked.pdfua(None);
}

#[test]
fn card_sheets_are_archival_and_accessible_with_one_copy_read() {
    let (office, kim) = sample();
    let renderer = renderer_with_templates(None);
    let mut checked = Checked::new();
    for id in ["contact-card", "entry-pass", "reminder-card"] {
        let doc = gaozhi_core::document::find(id).unwrap();
        let comp = composition(doc, &office, &kim, "ko");
        let render = |sheet: bool| {
            renderer
                .render(
                    &comp,
                    &RenderOptions {
                        sheet,
                        pdf_standards: vec![PdfStandard::A_2b, PdfStandard::Ua_1],
                        ..RenderOptions::default()
                    },
                )
                .unwrap_or_else(|e| panic!("{id}: {e}"))
        };
        let (single, sheet) = (render(false), render(true));
        assert_eq!(sheet.pages, single.pages, "{id}: one sheet per face");
        let pdf = &sheet.files[0];
        let text = String::from_utf8_lossy(pdf);
        for mark in [
            "<pdfaid:part>2</pdfaid:part>",
            "<pdfuaid:part>1</pdfuaid:part>",
            "/StructTreeRoot",
        ] {
            assert!(text.contains(mark), "{id}: no {mark}");
        }
        // The copies and the cut marks are artifacts: a screen reader reads
        // the sheet as it reads the card alone, once.
        let marked = |pdf: &[u8]| {
            String::from_utf8_lossy(&inflate_all(pdf))
                .matches("/MCID")
                .count()
        };
        let read = marked(&single.files[0]);
        assert!(read > 0, "{id}: no marked content");
        assert_eq!(marked(pdf), read, "{id}");
        checked.add(&format!("{id}-sheet.pdf"), pdf);
    }
    checked.pdfua(None);
}

#[test]
fn every_pdf_asks_the_viewer_to_show_its_title() {
    let (office, kim) = sample();
    let renderer = renderer_with_templates(None);
    let mut checked = Checked::new();
    let mut volume = Volume::new(true);
    let has_flag = |name: &str, pdf: &[u8]| {
        assert!(
            find(pdf, b"/DisplayDocTitle true").is_some(),
            "{name}: no /DisplayDocTitle true"
        );
    };
    for doc in DOCUMENTS {
        let comp = composition(doc, &office, &kim, "ko");
        // No standard asked for: typst-pdf sets the flag only for PDF/UA.
        let rendered = renderer
            .render(&comp, &RenderOptions::default())
            .unwrap_or_else(|e| panic!("{}: {e}", doc.id));
        has_flag(doc.id, &rendered.files[0]);
        checked.add(&format!("{}.pdf", doc.id), &rendered.files[0]);
        volume.push(renderer.lay_out_for_merge(&comp, false).unwrap());
    }
    let merged = volume.finish("合并 / Merged").unwrap();
    has_flag("merged", &merged);
    checked.add("merged.pdf", &merged);
    // These files claim no PDF/UA conformance: only the title rules.
    checked.pdfua(Some("UA-07"));
}

#[test]
fn the_qr_code_has_alternative_text() {
    let office = office();
    let renderer = Renderer::new(&RendererConfig::default()).unwrap();
    let doc = gaozhi_core::document::find("contact-card").unwrap();
    let comp = compose_on(doc, None, &office, Some("en"), Layout::Bilingual).unwrap();
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
        at = begin + len + b"endstream".len();
    }
    out
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}
