//! End-to-end: records and the sample office through composition and Typst
//! to real PDFs, whose text is read back and checked.

use gaozhi_core::Date;
use gaozhi_core::document::{DOCUMENTS, DocumentSpec, PageFormat, ResidentNeed};
use gaozhi_core::{
    Composition, ErrorKind, Lang, Layout, Locales, Office, Request, Resident, compose,
    compose_blank, document,
};
use gaozhi_render::{Format, RenderOptions, Rendered};
use gaozhi_testkit::{
    compose_on, office, page_texts, pdf_text, renderer, renderer_with_templates, resident, squash,
};

/// U+2060 WORD JOINER, which must never reach a PDF's text.
const WORD_JOINER: char = '\u{2060}';

const KIM: &str = r#"
name = "KIM MINJUN 김민준"
nationality = "KR"
passport = "M12345678"
sex = "M"
birth_date = 1985-07-14
address = "示例区和平街 3 号院 2 号楼 501 室"
entry_date = 2020-02-29
visited = ["대구", "서울"]
observation_start = 2020-03-01
site_name = "示例区和平宾馆"
room = "1208"
compound = "和平街 3 号院"
flat = "2 号楼 501 室"
household_size = 2
"#;

fn compose_for(
    doc: &'static DocumentSpec,
    r: Option<&Resident>,
    lang: &str,
    layout: Layout,
) -> Composition {
    compose_with(doc, r, &office(), lang, layout)
}

fn compose_with(
    doc: &'static DocumentSpec,
    r: Option<&Resident>,
    office: &Office,
    lang: &str,
    layout: Layout,
) -> Composition {
    compose_on(doc, r, office, Some(lang), layout).expect("compose")
}

/// Why `r`'s `doc` cannot be composed (in the record's own language).
fn compose_err(doc: &'static DocumentSpec, r: &Resident) -> gaozhi_core::Error {
    compose_on(doc, Some(r), &office(), None, Layout::Bilingual).unwrap_err()
}

fn render(comp: &Composition, options: &RenderOptions) -> Rendered {
    renderer().render(comp, options).expect("render")
}

fn foreign_langs() -> Vec<Lang> {
    Locales::embedded()
        .unwrap()
        .languages()
        .into_iter()
        .filter(|l| !l.is_reference())
        .collect()
}

#[test]
fn every_document_in_every_language_prints_its_text() {
    let locales = Locales::embedded().unwrap();
    let kim = resident(KIM);
    let zh = Lang::reference();
    for lang in foreign_langs() {
        for doc in DOCUMENTS {
            let record = (doc.resident != ResidentNeed::None).then_some(&kim);
            let comp = compose_for(doc, record, lang.as_str(), Layout::Bilingual);
            let out = render(&comp, &RenderOptions::default());
            assert!(out.warnings.is_empty(), "{}: {:?}", doc.id, out.warnings);
            let text = pdf_text(&out.files[0]);
            let id = format!("{} {lang}", doc.id);

            // Letters and notices as designed: one A4 page; cards their
            // faces (business card front and back, A6 cards as declared).
            let expected_pages = match doc.page {
                PageFormat::A4 => 1..=doc.max_pages,
                PageFormat::BusinessCard => 2..=2,
                PageFormat::A6 => doc.max_pages..=doc.max_pages,
            };
            assert!(
                expected_pages.contains(&out.pages),
                "{id}: {} pages",
                out.pages
            );

            // The title in both languages: the document's, or its variant
            // for a record with an observation site (集中观察承诺书).
            let site_title = format!("{}-site", doc.title);
            let title_id = if comp.message(&site_title).is_some() {
                site_title.as_str()
            } else {
                doc.title
            };
            for l in [&zh, &lang] {
                let title = locales.format(l, title_id, None).unwrap();
                assert!(
                    text.contains(&squash(&title)),
                    "{id}: title {title:?} missing"
                );
            }
            if doc.field(gaozhi_core::Field::Name).is_some() {
                assert!(
                    text.contains(&squash("KIM MINJUN 김민준")),
                    "{id}: name missing"
                );
            }
            if doc.page != PageFormat::BusinessCard {
                // One key clause per document, in both languages.
                let clause = doc.key_clause;
                for t in comp.message(clause).unwrap() {
                    assert!(text.contains(&squash(t)), "{id}: clause {t:?} missing");
                }
            }
            assert!(
                !text.contains(WORD_JOINER),
                "{id}: word joiner in the text layer"
            );
            assert!(
                !text.contains('\u{2068}') && !text.contains('\u{2069}'),
                "{id}: isolation marks"
            );
        }
    }
}

#[test]
fn dates_print_in_each_languages_form() {
    let kim = resident(KIM);
    let notice = document::find("home-observation-notice").unwrap();
    let health = document::find("health-commitment").unwrap();
    for (lang, start, end, birth) in [
        ("ko", "2020년 3월 1일", "2020년 3월 14일", "1985년 7월 14일"),
        ("ja", "2020年3月1日", "2020年3月14日", "1985年7月14日"),
        ("en", "March 1, 2020", "March 14, 2020", "July 14, 1985"),
    ] {
        let text = pdf_text(
            &render(
                &compose_for(notice, Some(&kim), lang, Layout::Bilingual),
                &RenderOptions::default(),
            )
            .files[0],
        );
        for date in ["2020年3月1日", "2020年3月14日", start, end] {
            assert!(
                text.contains(&squash(date)),
                "{lang}: {date} missing from the notice"
            );
        }
        let text = pdf_text(
            &render(
                &compose_for(health, Some(&kim), lang, Layout::Bilingual),
                &RenderOptions::default(),
            )
            .files[0],
        );
        for date in ["1985年7月14日", birth] {
            assert!(
                text.contains(&squash(date)),
                "{lang}: {date} missing from the letter"
            );
        }
    }
}

#[test]
fn observation_end_is_start_plus_days_minus_one() {
    let mut r = resident(KIM);
    r.observation_start = Date::new(2020, 2, 20);
    r.observation_days = Some(14);
    let comp = compose_for(
        document::find("home-observation-notice").unwrap(),
        Some(&r),
        "en",
        Layout::Bilingual,
    );
    let period = &comp.value("observation_start").unwrap()[1];
    assert_eq!(period, "February 20, 2020 to March 4, 2020 (14 days)");
}

#[test]
fn hostile_names_print_literally() {
    let hostile = r##"#panic("x") *bold* $x$ <a> \ _u_ @ref [link] // #set page(width: 1cm)"##;
    let mut r = resident(KIM);
    r.name = hostile.to_owned();
    r.address = Some("#{ 1 + 1 } `raw` = - + /".to_owned());
    for doc in ["health-commitment", "home-observation-notice"] {
        let comp = compose_for(
            document::find(doc).unwrap(),
            Some(&r),
            "en",
            Layout::Bilingual,
        );
        let out = render(&comp, &RenderOptions::default());
        let text = pdf_text(&out.files[0]);
        assert!(text.contains(&squash(hostile)), "{doc}: {text}");
        assert!(text.contains(&squash("#{ 1 + 1 } `raw` = - + /")), "{doc}");
    }
}

#[test]
fn korean_lines_break_only_between_words_and_text_extracts_clean() {
    let comp = compose_for(
        document::find("home-observation-notice").unwrap(),
        Some(&resident(KIM)),
        "ko",
        Layout::Bilingual,
    );
    let pdf = &render(&comp, &RenderOptions::default()).files[0];
    let raw = pdf_extract::extract_text_from_mem(pdf).unwrap();
    assert!(!raw.contains(WORD_JOINER));
    // Every Korean word of every clause appears whole in the extracted text:
    // no line broke inside a word.
    let lines: Vec<&str> = raw.lines().collect();
    for id in comp.document.messages {
        for word in comp.message(id).unwrap()[1].split_whitespace() {
            if word.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c)) {
                assert!(
                    lines.iter().any(|l| l.contains(word)),
                    "Korean word {word:?} was split across lines"
                );
            }
        }
    }
}

#[test]
fn translation_only_carries_the_binding_note_and_chinese_only_has_no_translation() {
    let locales = Locales::embedded().unwrap();
    let doc = document::find("health-commitment").unwrap();
    let kim = resident(KIM);
    let zh = Lang::reference();
    let ko = locales.negotiate(&"ko".parse().unwrap()).unwrap();
    let note_zh = locales.format(&zh, "binding-note", None).unwrap();

    let comp = compose_for(doc, Some(&kim), "ko", Layout::TranslationOnly);
    let text = pdf_text(&render(&comp, &RenderOptions::default()).files[0]);
    assert!(text.contains(&squash(&note_zh)));
    let title_zh = locales.format(&zh, doc.title, None).unwrap();
    let title_ko = locales.format(&ko, doc.title, None).unwrap();
    assert!(text.contains(&squash(&title_ko)));
    assert!(
        !text.contains(&squash(&title_zh)),
        "Chinese title on a translation-only page"
    );

    let comp = compose_for(doc, Some(&kim), "ko", Layout::ChineseOnly);
    let text = pdf_text(&render(&comp, &RenderOptions::default()).files[0]);
    assert!(text.contains(&squash(&title_zh)));
    assert!(!text.contains(&squash(&title_ko)) && !text.contains(&squash(&note_zh)));
}

#[test]
fn embedded_fonts_give_identical_bytes() {
    let doc = document::find("home-observation-notice").unwrap();
    let comp = compose_for(doc, Some(&resident(KIM)), "ko", Layout::Bilingual);
    let first = render(&comp, &RenderOptions::default()).files.remove(0);
    let fresh = renderer_with_templates(None);
    let second = fresh
        .render(&comp, &RenderOptions::default())
        .unwrap()
        .files
        .remove(0);
    assert!(first == second, "two renders differ");
}

#[test]
fn characters_no_font_covers_are_refused_or_warned() {
    let mut r = resident(KIM);
    r.name = "Abebe ሀይሌ".to_owned();
    let comp = compose_for(
        document::find("health-commitment").unwrap(),
        Some(&r),
        "en",
        Layout::Bilingual,
    );
    let err = renderer()
        .render(&comp, &RenderOptions::default())
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::MissingGlyph);
    assert_eq!(err.at.field.as_deref(), Some("name"));
    assert!(err.message.contains("U+1200"), "{err}");

    let out = renderer()
        .render(
            &comp,
            &RenderOptions {
                allow_missing_glyphs: true,
                ..Default::default()
            },
        )
        .unwrap();
    assert!(
        out.warnings.iter().any(|w| w.contains("U+1200")),
        "{:?}",
        out.warnings
    );
}

#[test]
fn rare_names_draw_from_the_embedded_fonts() {
    // 𠮷 (JIS X 0213), Polish, Turkish and Vietnamese letters, Greek.
    let mut r = resident(KIM);
    r.name = "𠮷田 Łukasz Şahin Nguyễn Ἀθηνᾶ".to_owned();
    let comp = compose_for(
        document::find("health-commitment").unwrap(),
        Some(&r),
        "ja",
        Layout::Bilingual,
    );
    let out = render(&comp, &RenderOptions::default());
    assert!(out.warnings.is_empty(), "{:?}", out.warnings);
    assert!(pdf_text(&out.files[0]).contains(&squash("𠮷田 Łukasz Şahin Nguyễn Ἀθηνᾶ")));
}

#[test]
fn contact_cards_print_alone_and_ten_to_a_sheet() {
    let doc = document::find("contact-card").unwrap();
    let comp = compose_for(doc, Some(&resident(KIM)), "ko", Layout::Bilingual);
    let single = render(&comp, &RenderOptions::default());
    assert_eq!(single.pages, 2);
    let text = pdf_text(&single.files[0]);
    for needle in ["010-85310700", "120", "110", "12345", "010-65000000"] {
        assert!(text.contains(needle), "{needle} missing: {text}");
    }
    let sheet = render(
        &comp,
        &RenderOptions {
            sheet: true,
            ..Default::default()
        },
    );
    assert_eq!(sheet.pages, 2);
    let text = pdf_text(&sheet.files[0]);
    assert_eq!(text.matches("010-85310700").count(), 10);
}

#[test]
fn a_card_without_a_resident_has_no_embassy_line() {
    let locales = Locales::embedded().unwrap();
    let doc = document::find("contact-card").unwrap();
    let comp = compose_for(doc, None, "en", Layout::Bilingual);
    let text = pdf_text(&render(&comp, &RenderOptions::default()).files[0]);
    let en = locales.negotiate(&"en".parse().unwrap()).unwrap();
    let label = locales.format(&en, "embassy-phone", None).unwrap();
    assert!(!text.contains(&squash(&label)), "{text}");
}

#[test]
fn png_output_is_one_image_per_page() {
    let doc = document::find("contact-card").unwrap();
    let comp = compose_for(doc, Some(&resident(KIM)), "ja", Layout::Bilingual);
    let out = render(
        &comp,
        &RenderOptions {
            format: Format::Png { scale: 2.0 },
            ..Default::default()
        },
    );
    assert_eq!(out.files.len(), 2);
    for png in &out.files {
        assert_eq!(&png[1..4], b"PNG");
        // 90 mm at 144 dpi is 510 pixels wide.
        let width = u32::from_be_bytes(png[16..20].try_into().unwrap());
        assert_eq!(width, 510);
    }
}

#[test]
fn required_fields_are_checked_per_document() {
    let mut r = resident(KIM);
    r.observation_start = None;
    let err = compose_err(document::find("home-observation-notice").unwrap(), &r);
    assert_eq!(err.at.field.as_deref(), Some("observation_start"));
    assert_eq!(err.kind, ErrorKind::Invalid);
}

#[test]
fn thresholds_and_days_come_from_the_office() {
    let mut office = office();
    office.fever_threshold = 37.5;
    office.observation_days = 21;
    let tag = "en".parse().unwrap();
    let comp = compose(
        Locales::embedded().unwrap(),
        &Request {
            document: document::find("health-commitment").unwrap(),
            resident: Some(&resident(KIM)),
            office: &office,
            default_language: Some(&tag),
            layout: Layout::Bilingual,
            today: Date::new(2020, 3, 2).unwrap(),
        },
    )
    .unwrap();
    let symptoms = comp.message("health-commitment-declare-symptoms").unwrap();
    assert!(
        symptoms[0].contains("37.5") && symptoms[0].contains("21"),
        "{symptoms:?}"
    );
    assert!(
        symptoms[1].contains("37.5") && symptoms[1].contains("21"),
        "{symptoms:?}"
    );
}

#[test]
fn the_qr_code_decodes_to_the_office_profile_value() {
    let doc = document::find("contact-card").unwrap();
    let comp = compose_for(doc, Some(&resident(KIM)), "ko", Layout::Bilingual);
    let out = render(
        &comp,
        &RenderOptions {
            format: Format::Png { scale: 4.0 },
            ..Default::default()
        },
    );
    let back = image::load_from_memory(&out.files[1])
        .expect("PNG")
        .to_luma8();
    let mut prepared = rqrr::PreparedImage::prepare(back);
    let grids = prepared.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code on the back of the card");
    let (_, content) = grids[0].decode().expect("decodable QR code");
    assert_eq!(content, office().qr.unwrap());
}

#[test]
fn a_page_over_budget_is_reported() {
    let mut r = resident(KIM);
    r.address = Some("示例区和平街 3 号院 2 号楼 501 室".repeat(400));
    let comp = compose_for(
        document::find("home-observation-notice").unwrap(),
        Some(&r),
        "en",
        Layout::Bilingual,
    );
    let out = render(&comp, &RenderOptions::default());
    assert!(out.pages > 2);
    assert!(
        out.warnings
            .iter()
            .any(|w| w.contains("runs to") && w.contains("zh-Hans + en")),
        "{:?}",
        out.warnings
    );
}

#[test]
fn a_stream_of_residents_renders_in_parallel_with_every_result_accounted_for() {
    use std::sync::Arc;
    let renderer = Arc::new(renderer_with_templates(None));
    let doc = document::find("home-observation-notice").unwrap();
    let langs = ["ko", "ja", "en"];
    let names: Vec<String> = (0..12).map(|i| format!("RESIDENT NUMBER {i:02}")).collect();
    let comps: Vec<Composition> = names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let mut r = resident(KIM);
            r.name = name.clone();
            r.language = None;
            compose_for(doc, Some(&r), langs[i % 3], Layout::Bilingual)
        })
        .collect();
    let mut seen = vec![false; comps.len()];
    for done in gaozhi_render::batch::render_stream(renderer, comps, RenderOptions::default()) {
        let out = done.result.expect("render");
        assert!(!seen[done.index], "index {} twice", done.index);
        seen[done.index] = true;
        let text = pdf_text(&out.files[0]);
        assert!(
            text.contains(&squash(&names[done.index])),
            "result {} is not its resident",
            done.index
        );
    }
    assert!(seen.iter().all(|s| *s), "missing results: {seen:?}");
}

/// Many documents laid out in one compile come out as each would alone:
/// the same pages, text and metadata, whatever their language, document or
/// density (German notices need a tighter page than English ones), and a
/// document that cannot be rendered fails alone.
#[test]
fn rendering_many_at_once_gives_each_document_as_alone() {
    let notice = document::find("home-observation-notice").unwrap();
    let commitment = document::find("health-commitment").unwrap();
    let mut comps = Vec::new();
    for (i, lang) in ["en", "de", "ko", "en", "de", "ja"].iter().enumerate() {
        let mut r = resident(KIM);
        r.name = format!("RESIDENT NUMBER {i:02}");
        r.language = None;
        let doc = if i == 3 { commitment } else { notice };
        comps.push(compose_for(doc, Some(&r), lang, Layout::Bilingual));
    }
    // A name no font has: refused, the others still rendered.
    let mut broken = resident(KIM);
    broken.name = "\u{E000} PRIVATE USE".into();
    broken.language = None;
    comps.insert(
        2,
        compose_for(notice, Some(&broken), "en", Layout::Bilingual),
    );

    let options = RenderOptions::default();
    let many = renderer().render_many(&comps, &options);
    assert_eq!(many.len(), comps.len());
    for (comp, result) in comps.iter().zip(&many) {
        let alone = renderer().render(comp, &options);
        match (result, alone) {
            (Ok(together), Ok(alone)) => {
                assert_eq!(together.pages, alone.pages, "{}", comp.title);
                assert_eq!(
                    pdf_text(&together.files[0]),
                    pdf_text(&alone.files[0]),
                    "{}",
                    comp.title
                );
                assert_eq!(together.files[0], alone.files[0], "{}", comp.title);
            }
            (Err(together), Err(alone)) => assert_eq!(together.kind, alone.kind),
            (together, alone) => panic!("{together:?} but alone {alone:?}"),
        }
    }
    assert_eq!(many[2].as_ref().unwrap_err().kind, ErrorKind::MissingGlyph);
}

/// A consumer that exports while every worker waits for room in the channel
/// (a merged batch writing a volume) must not wait forever: PDF export needs
/// rayon's global pool, so the workers may not be that pool.
#[test]
fn exporting_volumes_while_the_workers_wait_does_not_deadlock() {
    use gaozhi_render::merge::Volume;
    use std::sync::mpsc;
    use std::time::Duration;
    let doc = document::find("home-observation-notice").unwrap();
    let comps: Vec<Composition> = (0..16)
        .map(|i| {
            let mut r = resident(KIM);
            r.name = format!("RESIDENT NUMBER {i:02}");
            r.language = None;
            compose_for(doc, Some(&r), "en", Layout::Bilingual)
        })
        .collect();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let work = |comp: Composition| renderer().lay_out_for_merge(&comp, false);
        let mut pages = 0;
        for (n, done) in gaozhi_render::batch::stream(comps, work).enumerate() {
            if n == 0 {
                // Let the workers fill the channel and block.
                std::thread::sleep(Duration::from_millis(1500));
            }
            let mut volume = Volume::new(false);
            volume.push(done.result.expect("lay out"));
            pages += volume.pages();
            volume.finish("volume").expect("export");
        }
        let _ = tx.send(pages);
    });
    let pages = rx
        .recv_timeout(Duration::from_secs(120))
        .expect("the batch deadlocked: exporting waited for blocked workers");
    assert_eq!(pages, 16);
}

/// A form with nothing filled in (`--blank`), in `lang`.
fn blank_for(doc: &'static DocumentSpec, office: &Office, lang: &str) -> Composition {
    let tag = lang.parse().unwrap();
    compose_blank(
        Locales::embedded().unwrap(),
        &Request {
            document: doc,
            resident: None,
            office,
            default_language: Some(&tag),
            layout: Layout::Bilingual,
            today: Date::new(2020, 3, 2).unwrap(),
        },
    )
    .expect("compose")
}

#[test]
fn a_blank_registration_form_has_boxes_and_no_placeholders() {
    let locales = Locales::embedded().unwrap();
    let doc = document::find("registration-form").unwrap();
    let office = office();
    let zh = Lang::reference();
    for lang in locales.languages() {
        let comp = blank_for(doc, &office, lang.as_str());
        let out = render(&comp, &RenderOptions::default());
        assert_eq!(out.pages, 1, "{lang}");
        let text = pdf_text(&out.files[0]);
        for l in [&zh, &lang] {
            let title = locales.format(l, doc.title, None).unwrap();
            assert!(text.contains(&squash(&title)), "{lang}: {title:?} missing");
        }
        // The police reminder, with its number of hours.
        let reminder = &comp.message("registration-form-police-reminder").unwrap()[0];
        assert!(reminder.contains("24"), "{reminder}");
        assert!(text.contains(&squash(reminder)), "{lang}: reminder missing");
        // Nothing that is not meant for a reader: no Fluent or Typst syntax,
        // no `none`, no write-in lines, no field or message ids.
        let lower = text.to_lowercase();
        for stray in ["{", "}", "$", "none", "_", "field-", "registration-form-"] {
            assert!(!lower.contains(stray), "{lang}: {stray:?} in {text}");
        }
    }
}

#[test]
fn a_blank_notice_leaves_lines_to_write_the_name_and_dates_on() {
    let doc = document::find("observation-end-certificate").unwrap();
    let comp = blank_for(doc, &office(), "en");
    let body = &comp.message("observation-end-certificate-body").unwrap()[1];
    assert!(
        body.starts_with("This is to certify that __________ has completed 14 days"),
        "{body}"
    );
    let out = render(&comp, &RenderOptions::default());
    assert_eq!(out.pages, 1);
    assert!(!pdf_text(&out.files[0]).contains('{'));
}

#[test]
fn the_end_certificate_ends_on_start_plus_days_minus_one() {
    let mut r = resident(KIM);
    r.observation_start = Date::new(2020, 2, 25);
    r.observation_days = Some(10);
    let doc = document::find("observation-end-certificate").unwrap();
    let comp = compose_for(doc, Some(&r), "en", Layout::Bilingual);
    let body = comp.message("observation-end-certificate-body").unwrap();
    assert!(
        body[0].contains("2020年2月25日") && body[0].contains("2020年3月5日"),
        "{}",
        body[0]
    );
    assert!(
        body[1].contains("10 days") && body[1].contains("from February 25, 2020 to March 5, 2020"),
        "{}",
        body[1]
    );
    let text = pdf_text(&render(&comp, &RenderOptions::default()).files[0]);
    for date in ["2020年3月5日", "March 5, 2020"] {
        assert!(text.contains(&squash(date)), "{date} missing");
    }
    // 2020 is a leap year: 10 days from February 25 end on March 5, not 6.
    assert!(!text.contains("2020年3月6日"));
}

/// Each row of a log or a pass carries its date, so counting the dates on
/// the grid's page counts the rows.
fn dated_rows(page: &str) -> usize {
    page.matches('月').count()
}

#[test]
fn the_entry_pass_has_one_dated_row_per_day_of_validity() {
    let doc = document::find("entry-pass").unwrap();
    for days in [9, 30] {
        let mut r = resident(KIM);
        r.valid_from = Date::new(2020, 3, 20);
        r.observation_days = Some(days);
        let comp = compose_for(doc, Some(&r), "en", Layout::Bilingual);
        assert_eq!(comp.days.len(), days as usize);
        let out = render(&comp, &RenderOptions::default());
        assert_eq!(out.pages, 2, "{days} days");
        let pages = page_texts(&out.files[0]);
        assert_eq!(dated_rows(&pages[1]), days as usize, "{}", pages[1]);
        let last = Date::new(2020, 3, 20)
            .unwrap()
            .plus_days(i64::from(days) - 1)
            .unwrap();
        let last_zh = format!("{}月{}日", last.month(), last.day());
        assert!(pages[1].contains(&last_zh), "{last_zh} missing");
        assert!(pages[1].starts_with(&squash("出入登记")), "{}", pages[1]);
        // The validity on the front: from the first to the last row's day.
        assert!(
            pages[0].contains(&format!("2020年3月20日至2020年{last_zh}")),
            "{}",
            pages[0]
        );
    }

    // More days than the back holds is refused, naming the field.
    let mut r = resident(KIM);
    r.observation_days = Some(40);
    let err = compose_err(doc, &r);
    assert_eq!(err.at.field.as_deref(), Some("observation_days"));
}

#[test]
fn the_temperature_log_has_a_row_for_each_day_the_office_sets() {
    let doc = document::find("temperature-log").unwrap();
    let mut office = office();
    for days in [21, 45] {
        office.observation_days = days;
        let comp = compose_with(doc, Some(&resident(KIM)), &office, "ko", Layout::Bilingual);
        let out = render(&comp, &RenderOptions::default());
        assert_eq!(out.pages, 1, "{days} days");
        let text = pdf_text(&out.files[0]);
        // The dates of the rows, plus the period's first and last day.
        assert_eq!(dated_rows(&text), days as usize + 2, "{days}: {text}");
        let last = Date::new(2020, 3, 1)
            .unwrap()
            .plus_days(i64::from(days) - 1)
            .unwrap();
        let row = format!("{days}{}月{}日", last.month(), last.day());
        assert!(text.contains(&row), "{days}: last row {row} missing");
    }
}

#[test]
fn reminder_cards_print_alone_and_four_to_a_sheet() {
    let doc = document::find("reminder-card").unwrap();
    let comp = compose_for(doc, None, "ru", Layout::Bilingual);
    let single = render(
        &comp,
        &RenderOptions {
            format: Format::Png { scale: 2.0 },
            ..Default::default()
        },
    );
    assert_eq!(single.files.len(), 1);
    // 105 mm at 144 dpi is 595 pixels wide.
    let width = u32::from_be_bytes(single.files[0][16..20].try_into().unwrap());
    assert_eq!(width, 595);
    let sheet = render(
        &comp,
        &RenderOptions {
            sheet: true,
            ..Default::default()
        },
    );
    assert_eq!(sheet.pages, 1);
    assert!(sheet.warnings.is_empty(), "{:?}", sheet.warnings);
    let text = pdf_text(&sheet.files[0]);
    assert_eq!(text.matches("温馨提示").count(), 4, "{text}");
}

/// Width and height in pixels of a PNG.
fn png_size(png: &[u8]) -> (u32, u32) {
    let at = |i: usize| u32::from_be_bytes(png[i..i + 4].try_into().unwrap());
    (at(16), at(20))
}

/// PNG output at two pixels a millimetre.
const TWO_PX_PER_MM: Format = Format::Png {
    scale: (2.0 * 25.4 / 72.0) as f32,
};

#[test]
fn every_page_has_the_size_style_toml_gives_its_format() {
    let style = renderer().style();
    let kim = resident(KIM);
    for doc in DOCUMENTS {
        let record = (doc.resident != ResidentNeed::None).then_some(&kim);
        let comp = compose_for(doc, record, "en", Layout::Bilingual);
        let out = render(
            &comp,
            &RenderOptions {
                format: TWO_PX_PER_MM,
                ..Default::default()
            },
        );
        let (w, h) = style.page_mm(doc.page);
        for png in &out.files {
            assert_eq!(
                png_size(png),
                ((2.0 * w).round() as u32, (2.0 * h).round() as u32),
                "{}",
                doc.id
            );
        }
    }
}

#[test]
fn an_office_s_style_toml_changes_the_templates_and_gaozhi_alike() {
    let dir = tempfile::tempdir().unwrap();
    let style =
        std::fs::read_to_string(gaozhi_testkit::root().join("templates/style.toml")).unwrap();
    let edited = style
        .replace(
            "width_mm = 105\nheight_mm = 148",
            "width_mm = 100\nheight_mm = 140",
        )
        .replace("ink = \"#1a1a1a\"", "ink = \"#ff0000\"");
    assert!(edited.matches("#ff0000").count() == 1 && edited.contains("height_mm = 140"));
    // Only the style: the embedded templates fill in for the rest.
    std::fs::write(dir.path().join("style.toml"), edited).unwrap();
    let renderer = renderer_with_templates(Some(dir.path().to_owned()));
    assert_eq!(renderer.style().page_mm(PageFormat::A6), (100.0, 140.0));
    let doc = document::find("reminder-card").unwrap();
    let comp = compose_for(doc, None, "en", Layout::Bilingual);
    let single = renderer
        .render(
            &comp,
            &RenderOptions {
                format: TWO_PX_PER_MM,
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(png_size(&single.files[0]), (200, 280));
    let page = image::load_from_memory(&single.files[0]).unwrap().to_rgb8();
    assert!(
        page.pixels()
            .any(|p| p.0[0] > 200 && p.0[1] < 60 && p.0[2] < 60),
        "no text in the style's ink"
    );
    // Four of the smaller cards still go on an A4 sheet.
    let sheet = renderer
        .render(
            &comp,
            &RenderOptions {
                sheet: true,
                format: TWO_PX_PER_MM,
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(sheet.files.len(), 1);
    assert_eq!(png_size(&sheet.files[0]), (420, 594));
}

#[test]
fn documents_for_everyone_take_no_record() {
    let doc = document::find("open-letter").unwrap();
    let err = compose_err(doc, &resident(KIM));
    assert_eq!(err.kind, ErrorKind::Usage);
    let comp = compose_for(doc, None, "fr", Layout::Bilingual);
    let text = pdf_text(&render(&comp, &RenderOptions::default()).files[0]);
    // Signed by the office, dated: 2 mars 2020.
    for needle in ["示例区人民政府外事办公室", "2020年3月2日", "2mars2020"] {
        assert!(text.contains(needle), "{needle} missing");
    }
}

#[test]
fn the_office_emblem_prints_in_the_header_of_every_a4_document() {
    // A 64 × 64 pure red square.
    let mut png = Vec::new();
    image::RgbImage::from_pixel(64, 64, image::Rgb([255, 0, 0]))
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let mut office = office();
    office.emblem_data = Some(gaozhi_core::office::Emblem {
        data: png,
        format: "png",
    });
    let kim = resident(KIM);
    for doc in DOCUMENTS.iter().filter(|d| d.page == PageFormat::A4) {
        let record = (doc.resident != ResidentNeed::None).then_some(&kim);
        let comp = compose_with(doc, record, &office, "en", Layout::Bilingual);
        let out = render(
            &comp,
            &RenderOptions {
                format: Format::Png { scale: 1.0 },
                ..Default::default()
            },
        );
        let page = image::load_from_memory(&out.files[0]).unwrap().to_rgb8();
        // Red pixels in the top fifth of the page: the 12 mm emblem.
        let red = page
            .enumerate_pixels()
            .filter(|(_, y, p)| *y < page.height() / 5 && p.0 == [255, 0, 0])
            .count();
        assert!(red > 500, "{}: {red} red pixels", doc.id);
    }
}

#[test]
fn the_entry_pass_prints_its_phase_and_number_beside_the_seal() {
    let doc = document::find("entry-pass").unwrap();
    let mut r = resident(KIM);
    r.phase = Some("3".into());
    r.document_no = Some("JW-2020-000318".into());
    let comp = compose_for(doc, Some(&r), "ru", Layout::Bilingual);
    let pages = page_texts(&render(&comp, &RenderOptions::default()).files[0]);
    let front = &pages[0];
    for needle in ["期次", "Этапвыдачи", "编号", "Номер", "JW-2020-000318"] {
        assert!(front.contains(needle), "{needle} missing: {front}");
    }
    // Without a phase or number, neither label prints.
    let comp = compose_for(doc, Some(&resident(KIM)), "ru", Layout::Bilingual);
    let front = &page_texts(&render(&comp, &RenderOptions::default()).files[0])[0];
    assert!(
        !front.contains("期次") && !front.contains("编号"),
        "{front}"
    );
}

#[test]
fn the_home_notice_prints_the_employers_contact() {
    let doc = document::find("home-observation-notice").unwrap();
    let mut r = resident(KIM);
    r.employer = Some("示例贸易有限公司".into());
    r.employer_contact = Some("刘经理".into());
    r.employer_phone = Some("138 1000 5566".into());
    let comp = compose_for(doc, Some(&r), "de", Layout::Bilingual);
    let out = render(&comp, &RenderOptions::default());
    let text = pdf_text(&out.files[0]);
    for needle in [
        "单位联系人",
        "AnsprechpersonbeimArbeitgeber",
        "刘经理",
        "13810005566",
    ] {
        assert!(text.contains(needle), "{needle} missing: {text}");
    }
    // The phone number is one line of the page, never split.
    let lines = pdf_extract::extract_text_from_mem(&out.files[0]).unwrap();
    assert!(
        lines.lines().any(|l| squash(l).contains("13810005566")),
        "{lines}"
    );
}

#[test]
fn the_open_letter_names_the_hotlines_languages_each_in_its_own() {
    let doc = document::find("open-letter").unwrap();
    let comp = compose_for(doc, None, "ja", Layout::Bilingual);
    let text = pdf_text(&render(&comp, &RenderOptions::default()).files[0]);
    for needle in [
        "可使用以下语言提供咨询和翻译服务",
        "次の言語で相談と通訳に対応しています",
        "English",
        "日本語",
        "한국어",
        "Русский",
        "Français",
        "Deutsch",
        "Español",
        "Italiano",
    ] {
        assert!(text.contains(needle), "{needle} missing: {text}");
    }
    // An office that names no languages prints no such lines.
    let mut office = office();
    office.hotline_languages.clear();
    let comp = compose_with(doc, None, &office, "ja", Layout::Bilingual);
    let text = pdf_text(&render(&comp, &RenderOptions::default()).files[0]);
    assert!(!text.contains("以下语言"), "{text}");
}

#[test]
fn a_hotline_language_without_a_locale_is_an_office_error() {
    let doc = document::find("open-letter").unwrap();
    let mut office = office();
    office.hotline_languages = vec!["sw".parse().unwrap()];
    let err = compose(
        Locales::embedded().unwrap(),
        &Request {
            document: doc,
            resident: None,
            office: &office,
            default_language: Some(&"en".parse().unwrap()),
            layout: Layout::Bilingual,
            today: Date::new(2020, 3, 2).unwrap(),
        },
    )
    .unwrap_err();
    assert_eq!(err.at.field.as_deref(), Some("hotline_languages"), "{err}");
}
