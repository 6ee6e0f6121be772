//! What a reader sees: every document set with the longest sample names in
//! every language is inspected glyph by glyph (no overprinted lines, no
//! text off the page, no value broken over lines, no signature alone on a
//! page), and a deliberately crushed template is caught.

use gaozhi_core::document::{DOCUMENTS, ResidentNeed};
use gaozhi_core::{Layout, Resident};
use gaozhi_render::Fit;
use gaozhi_render::inspect::{Fault, Problem};
use gaozhi_testkit::{compose_on, office, renderer_with_templates as renderer, root, sample};

/// The sample resident `file`, reading `lang`.
fn reading(file: &str, lang: &str) -> Resident {
    Resident {
        language: Some(lang.parse().expect("tag")),
        ..sample(file)
    }
}

fn compose_doc(id: &str, resident: &Resident, layout: Layout) -> gaozhi_core::Composition {
    let document = gaozhi_core::document::find(id).expect("document");
    compose_on(document, Some(resident), &office(), None, layout).expect("composition")
}

#[test]
fn the_longest_names_print_cleanly_in_every_language() {
    let renderer = renderer(None);
    let mut problems = Vec::new();
    let mut pages = 0;
    for lang in ["en", "ja", "ko", "ru", "fr", "de", "es", "it", "zh-Hant"] {
        // The longest name and address of the samples, and a Russian name
        // with its patronymic.
        for file in ["max-schwarzenberg.toml", "konstantin-vyacheslavovich.toml"] {
            let resident = reading(file, lang);
            for doc in DOCUMENTS
                .iter()
                .filter(|d| d.resident != ResidentNeed::None)
            {
                let comp = compose_doc(doc.id, &resident, Layout::Bilingual);
                let (fit, found) = renderer.inspect(&comp).expect("laid out");
                assert!(
                    fit.pages <= doc.max_pages,
                    "{} in {lang} with {file}: {} pages",
                    doc.id,
                    fit.pages
                );
                pages += fit.pages;
                problems.extend(
                    found
                        .into_iter()
                        .map(|p| format!("{} in {lang} with {file}: {p}", doc.id)),
                );
            }
        }
    }
    assert!(pages > 150, "only {pages} pages inspected");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn chinese_alone_and_the_translation_alone_print_cleanly() {
    let renderer = renderer(None);
    let resident = reading("maria-fernandez.toml", "es");
    for layout in [Layout::ChineseOnly, Layout::TranslationOnly] {
        for doc in DOCUMENTS
            .iter()
            .filter(|d| d.resident != ResidentNeed::None)
        {
            let comp = compose_doc(doc.id, &resident, layout);
            let (_, found) = renderer.inspect(&comp).expect("laid out");
            assert!(found.is_empty(), "{} {layout:?}: {found:?}", doc.id);
        }
    }
}

/// Copies the templates into a temporary directory, with `edit` applied to
/// `lib.typ`.
fn edited_templates(edit: impl Fn(&str) -> String) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for entry in std::fs::read_dir(root().join("templates")).expect("templates") {
        let path = entry.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("template");
        let name = path.file_name().expect("name");
        let text = if name == "lib.typ" { edit(&text) } else { text };
        std::fs::write(dir.path().join(name), text).expect("write");
    }
    dir
}

/// What the layout check finds in `document` for `resident` (bilingual),
/// laid out with `lib.typ` edited by `edit`, and how it fits.
fn inspect_edited(
    edit: impl Fn(&str) -> String,
    document: &str,
    resident: &Resident,
) -> (Fit, Vec<Problem>) {
    let dir = edited_templates(edit);
    let renderer = renderer(Some(dir.path().to_owned()));
    let comp = compose_doc(document, resident, Layout::Bilingual);
    renderer.inspect(&comp).expect("laid out")
}

#[test]
fn lines_set_closer_than_they_are_tall_are_caught() {
    let (_, found) = inspect_edited(
        |lib| {
            let crushed = lib.replace(
                "set par(leading: if l.cjk { 0.55em } else { 0.5em })",
                "set par(leading: 0.05em)",
            );
            assert!(crushed != lib, "the leading rule moved: update this test");
            crushed
        },
        "home-observation-notice",
        &reading("max-schwarzenberg.toml", "de"),
    );
    assert!(
        found
            .iter()
            .any(|p| matches!(p.fault, Fault::Overlap { .. })),
        "{found:?}"
    );
}

#[test]
fn a_value_allowed_to_break_is_caught() {
    // Without its box, a long phone number in a narrow cell wraps.
    let resident = Resident {
        phone: Some("+49 151 2345 6789 0000 1111 2222 3333".to_owned()),
        ..reading("max-schwarzenberg.toml", "de")
    };
    let (_, found) = inspect_edited(
        |lib| {
            let loose = lib.replace("texts.map(t => box(t))", "texts").replace(
                "show digit-space: it => it.text.replace(\" \", \"\\u{a0}\")",
                "",
            );
            assert!(loose != lib, "the value boxes moved: update this test");
            loose
        },
        "home-observation-notice",
        &resident,
    );
    assert!(
        found.iter().any(|p| p.fault
            == Fault::BrokenValue {
                field: "phone".into()
            }),
        "{found:?}"
    );
}

#[test]
fn a_count_of_days_parted_from_its_unit_is_caught() {
    // Without the rule that keeps a count and its unit together, the entry
    // pass's validity breaks as "(14 | дней)" and "（共 14 | 天）".
    let (_, found) = inspect_edited(
        |lib| {
            let loose = lib.replace("  show unbroken-patterns.at(5): box\n", "");
            assert!(loose != lib, "the unit rule moved: update this test");
            loose
        },
        "entry-pass",
        &reading("konstantin-vyacheslavovich.toml", "ru"),
    );
    assert!(
        found.iter().any(|p| p.fault
            == Fault::BrokenValue {
                field: "valid_from".into()
            }),
        "{found:?}"
    );
}

#[test]
fn a_signature_left_alone_on_a_page_is_caught() {
    // The acknowledgement kept with the last section, but the signature
    // lines pushed onto a page of their own.
    let (fit, found) = inspect_edited(
        |lib| {
            let split = lib.replace(
                "      clauses((id,))\n      v(pick((3mm, 2mm, 1.5mm)))\n      sign-off(d)\n    })",
                "      clauses((id,))\n    })\n    pagebreak()\n    sign-off(d)",
            );
            assert_ne!(
                split, lib,
                "the acknowledgement block moved: update this test"
            );
            split
        },
        "home-observation-notice",
        &reading("kim-minjun.toml", "ko"),
    );
    assert!(fit.pages >= 2);
    assert!(
        found
            .iter()
            .any(|p| p.fault == Fault::OrphanSignature && p.page == fit.pages),
        "{found:?}"
    );
}

#[test]
fn a_hong_kong_resident_has_a_region_not_a_nationality() {
    let chan = sample("chan-tai-man.toml");
    let comp = compose_doc("health-commitment", &chan, Layout::Bilingual);
    assert_eq!(
        comp.message("field-nationality").expect("label"),
        ["国籍/地区", "國籍/地區"]
    );
    let kim = sample("kim-minjun.toml");
    let comp = compose_doc("health-commitment", &kim, Layout::Bilingual);
    assert_eq!(comp.message("field-nationality").expect("label")[0], "国籍");
}

#[test]
fn greetings_follow_the_residents_sex_where_the_language_needs_it() {
    let greeting = |file: &str, lang: &str| {
        let comp = compose_doc(
            "home-observation-notice",
            &reading(file, lang),
            Layout::Bilingual,
        );
        comp.message("home-observation-notice-greeting")
            .expect("greeting")[1]
            .clone()
    };
    assert!(greeting("maria-fernandez.toml", "es").starts_with("Estimada "));
    assert!(greeting("maria-fernandez.toml", "ru").starts_with("Уважаемая "));
    assert!(greeting("max-schwarzenberg.toml", "de").starts_with("Sehr geehrter Herr "));
    assert!(greeting("max-schwarzenberg.toml", "fr").starts_with("Monsieur "));
    let unknown = Resident {
        sex: None,
        ..reading("max-schwarzenberg.toml", "de")
    };
    let comp = compose_doc("home-observation-notice", &unknown, Layout::Bilingual);
    let texts = comp
        .message("home-observation-notice-greeting")
        .expect("greeting");
    assert!(texts[0].starts_with("尊敬的 ") && !texts[0].contains("先生"));
    assert!(texts[1].starts_with("Guten Tag "));
}
