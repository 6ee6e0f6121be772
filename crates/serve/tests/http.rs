//! The desk tool over HTTP, request by request on the router: real PDFs
//! read back, PNG previews decoded, roster ZIPs opened, and the limits and
//! access rules it promises.

mod common;

use std::io::Read;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};

use common::*;
use gaozhi_core::Locales;
use gaozhi_core::document::DOCUMENTS;

#[tokio::test]
async fn form_submission_renders_a_bilingual_pdf_with_the_name() {
    let app = app();
    let reply = send(&app, form("/doc/home-observation-notice/pdf", KIM)).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.text());
    assert_eq!(reply.header(header::CONTENT_TYPE), "application/pdf");
    // The resident's name in the file name (UTF-8), with an ASCII
    // fallback for old browsers.
    let disposition = reply.header(header::CONTENT_DISPOSITION);
    assert!(
        disposition.contains("filename=\"home-observation-notice-ko.pdf\""),
        "{disposition}"
    );
    assert!(
        disposition.contains(
            "filename*=UTF-8''KIM%20MINJUN%20%EA%B9%80%EB%AF%BC%EC%A4%80-home-observation-notice-ko.pdf"
        ),
        "{disposition}"
    );
    let text = pdf_text(&reply.body);
    assert!(text.contains("KIMMINJUN김민준"), "{text}");
    assert!(text.contains(&message("zh-Hans", "home-observation-notice-title")));
    assert!(text.contains(&message("ko", "home-observation-notice-title")));

    // `?inline=1` is the print button: the same PDF, shown in the browser.
    let reply = send(&app, form("/doc/home-observation-notice/pdf?inline=1", KIM)).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert!(
        reply
            .header(header::CONTENT_DISPOSITION)
            .starts_with("inline")
    );
}

#[tokio::test]
async fn chinese_only_needs_no_resident_language() {
    let app = app();
    let pairs = [
        ("layout", "chinese"),
        ("name", "PETROV IVAN"),
        ("address", "示例区和平街 5 号"),
        ("observation_start", "2020-03-01"),
    ];
    let reply = send(&app, form("/doc/home-observation-notice/pdf", &pairs)).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.text());
    let text = pdf_text(&reply.body);
    assert!(text.contains("PETROVIVAN"));
    assert!(!text.contains(&message("en", "home-observation-notice-title")));
}

#[tokio::test]
async fn validation_errors_come_back_beside_each_field_in_the_interface_language() {
    let app = app();
    let pairs = [
        ("language", "ko"),
        ("name", ""),
        ("nationality", "XX"),
        ("observation_start", "2020-13-01"),
    ];
    let reply = send(&app, form("/doc/home-observation-notice/preview", &pairs)).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    let json: serde_json::Value = serde_json::from_slice(&reply.body).unwrap();
    let fields = json["fields"].as_object().unwrap();
    // Chinese by default, in plain words: no field or document ids.
    let said = |field: &str| squash(fields[field].as_str().unwrap());
    assert_eq!(said("name"), message("zh-Hans", "ui-reason-required"));
    assert_eq!(said("address"), message("zh-Hans", "ui-reason-required"));
    assert_eq!(said("nationality"), message("zh-Hans", "ui-reason-country"));
    assert_eq!(
        said("observation_start"),
        message("zh-Hans", "ui-reason-date")
    );
    assert!(said("observation_start").contains("这个日期不存在"));
    assert!(!fields.contains_key("passport"));
    for m in fields.values() {
        let m = m.as_str().unwrap();
        assert!(
            !m.contains('`') && !m.contains("home-observation-notice"),
            "{m}"
        );
    }

    // In English when the interface is English.
    let mut request = form("/doc/home-observation-notice/preview", &pairs);
    request
        .headers_mut()
        .insert(header::COOKIE, "gaozhi_ui=en".parse().unwrap());
    let json: serde_json::Value = serde_json::from_slice(&send(&app, request).await.body).unwrap();
    assert_eq!(
        squash(json["fields"]["nationality"].as_str().unwrap()),
        message("en", "ui-reason-country")
    );

    // Without JavaScript the PDF button gets the form back, messages
    // beside their fields and the values kept (the date in its boxes).
    let reply = send(&app, form("/doc/home-observation-notice/pdf", &pairs)).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    let html = reply.text();
    assert!(html.contains("id=\"error-observation_start\""));
    assert!(squash(&html).contains(&message("zh-Hans", "ui-reason-date")));
    assert!(
        html.contains("name=\"observation_start-month\" value=\"13\""),
        "{html}"
    );
    assert!(html.contains("name=\"observation_start-year\" value=\"2020\""));
}

#[tokio::test]
async fn dates_are_typed_in_boxes_read_by_the_server_and_questioned() {
    let app = app();
    let with_date = |y: &'static str, m: &'static str, d: &'static str| {
        let mut pairs: Vec<(&str, &str)> = KIM
            .iter()
            .copied()
            .filter(|(k, _)| *k != "observation_start")
            .collect();
        pairs.extend([
            ("observation_start-year", y),
            ("observation_start-month", m),
            ("observation_start-day", d),
        ]);
        form("/doc/home-observation-notice/preview", &pairs)
    };
    let error = |reply: &common::Reply| -> String {
        let json: serde_json::Value = serde_json::from_slice(&reply.body).unwrap();
        squash(json["fields"]["observation_start"].as_str().unwrap_or(""))
    };
    // A whole date in the boxes prints.
    let reply = send(&app, with_date("2020", "3", "1")).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.text());
    // 30 February, and a date filled only in part, do not exist.
    for (y, m, d) in [("2020", "2", "30"), ("2020", "3", ""), ("20", "3", "1")] {
        let reply = send(&app, with_date(y, m, d)).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(
            error(&reply),
            message("zh-Hans", "ui-reason-date"),
            "{y}-{m}-{d}"
        );
    }
    // Years no one means are questioned, naming the year.
    for (y, shown) in [("0301", "0301"), ("2099", "2099")] {
        let reply = send(&app, with_date(y, "3", "1")).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
        let said = error(&reply);
        assert!(said.contains(shown), "{said}");
        assert_ne!(said, message("zh-Hans", "ui-reason-date"));
    }

    // The boxes stand in the order the interface language writes dates.
    let order = |html: String| {
        let at = |part: &str| {
            html.find(&format!("name=\"observation_start-{part}\""))
                .unwrap()
        };
        let mut parts = [("y", at("year")), ("m", at("month")), ("d", at("day"))];
        parts.sort_by_key(|(_, at)| *at);
        parts.map(|(p, _)| p).concat()
    };
    let form_in = |lang| page_in(&app, lang, "/doc/home-observation-notice");
    assert_eq!(order(form_in("zh-Hans").await), "ymd");
    assert_eq!(order(form_in("ko").await), "ymd");
    assert_eq!(order(form_in("en").await), "mdy");
    assert_eq!(order(form_in("de").await), "dmy");
    assert_eq!(order(form_in("fr").await), "dmy");
}

/// A page with the interface in `lang`.
async fn page_in(app: &std::sync::Arc<gaozhi_serve::App>, lang: &str, uri: &str) -> String {
    let request = Request::get(uri)
        .header(header::COOKIE, format!("gaozhi_ui={lang}"))
        .body(Body::empty())
        .unwrap();
    send(app, request).await.text()
}

#[tokio::test]
async fn an_unknown_language_is_an_error_beside_the_language_picker() {
    let app = app();
    let mut pairs = KIM.to_vec();
    pairs[0] = ("language", "pt");
    let reply = send(&app, form("/doc/home-observation-notice/preview", &pairs)).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    let json: serde_json::Value = serde_json::from_slice(&reply.body).unwrap();
    assert_eq!(
        squash(json["fields"]["language"].as_str().unwrap()),
        message("zh-Hans", "ui-reason-language"),
        "{json}"
    );
}

#[tokio::test]
async fn a_character_no_font_has_is_named_beside_its_field() {
    let app = app();
    let mut pairs = KIM.to_vec();
    pairs[2] = ("name", "KIM \u{10FFFD}");
    let reply = send(&app, form("/doc/home-observation-notice/preview", &pairs)).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    let json: serde_json::Value = serde_json::from_slice(&reply.body).unwrap();
    assert!(
        json["fields"]["name"]
            .as_str()
            .unwrap()
            .contains("U+10FFFD"),
        "{json}"
    );
}

#[tokio::test]
async fn preview_returns_a_png_of_page_one() {
    let app = app();
    let reply = send(&app, form("/doc/home-observation-notice/preview", KIM)).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.text());
    assert_eq!(reply.header(header::CONTENT_TYPE), "image/png");
    let image = image::load_from_memory(&reply.body).expect("a PNG");
    // A4 is 595 pt wide, previewed at 1.5 px per pt.
    assert!((880..=900).contains(&image.width()), "{}", image.width());
    assert!(image.height() > image.width());
}

#[tokio::test]
async fn a_contact_card_needs_no_resident() {
    let app = app();
    let reply = send(
        &app,
        form("/doc/contact-card/preview", &[("language", "ja")]),
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.text());
}

#[tokio::test]
async fn home_page_shows_every_registered_document_and_the_office() {
    let app = app();
    let reply = send(&app, get("/")).await;
    assert_eq!(reply.status, StatusCode::OK);
    let html = reply.text();
    for doc in DOCUMENTS {
        assert!(
            html.contains(&format!("href=\"/doc/{}\"", doc.id)),
            "{}",
            doc.id
        );
        let locales = Locales::embedded().unwrap();
        let zh = locales
            .format(&gaozhi_core::Lang::reference(), doc.title, None)
            .unwrap();
        assert!(html.contains(&zh), "{zh}");
    }
    assert!(html.contains("示例区人民政府外事办公室"));
    assert!(html.contains("examples/office.toml"));

    let reply = send(&app, get("/thumbnail/home-observation-notice")).await;
    assert_eq!(reply.status, StatusCode::OK);
    image::load_from_memory(&reply.body).expect("a PNG thumbnail");

    for doc in DOCUMENTS {
        let reply = send(&app, get(&format!("/doc/{}", doc.id))).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", doc.id);
        for field in doc.fields {
            assert!(
                reply.text().contains(&format!("name=\"{}", field.key())),
                "{} lacks {}",
                doc.id,
                field.key()
            );
        }
    }
    assert_eq!(
        send(&app, get("/doc/nope")).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_interface_speaks_the_chosen_language() {
    let app = app();
    let reply = send(&app, get("/ui?lang=ko&back=/roster")).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(reply.header(header::LOCATION), "/roster");
    let cookie = reply.header(header::SET_COOKIE);
    assert!(cookie.starts_with("gaozhi_ui=ko;"), "{cookie}");
    let request = Request::get("/roster")
        .header(header::COOKIE, "gaozhi_ui=ko")
        .body(Body::empty())
        .unwrap();
    assert!(
        send(&app, request)
            .await
            .text()
            .contains("<h1>명단으로 일괄 인쇄</h1>")
    );
    let request = Request::get("/")
        .header(header::ACCEPT_LANGUAGE, "en-GB,en;q=0.8")
        .body(Body::empty())
        .unwrap();
    assert!(
        send(&app, request)
            .await
            .text()
            .contains("Choose a document to print")
    );
    // No open redirect: only a path on this server, without the tabs,
    // line breaks and backslashes a browser would drop or turn into `/`.
    for back in [
        "//evil.example/",
        "/%09/evil.example/",
        "/%0D%0A/evil.example/",
        "/%5Cevil.example/",
        "%2F%2Fevil.example",
        "https://evil.example/",
        "/doc/%09x",
        "/\u{e9}",
    ] {
        let reply = send(&app, get(&format!("/ui?lang=en&back={back}"))).await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{back}");
        assert_eq!(reply.header(header::LOCATION), "/", "{back}");
    }
    let reply = send(&app, get("/ui?lang=en&back=/doc/contact-card")).await;
    assert_eq!(reply.header(header::LOCATION), "/doc/contact-card");
}

#[tokio::test]
async fn changing_the_interface_language_keeps_what_was_typed() {
    let app = app();
    let reply = send(
        &app,
        form("/ui?lang=en&back=/doc/home-observation-notice", KIM),
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK);
    assert!(
        reply
            .header(header::SET_COOKIE)
            .starts_with("gaozhi_ui=en;")
    );
    let html = reply.text();
    assert!(html.contains("<html lang=\"en\">"), "{html}");
    assert!(html.contains("value=\"KIM MINJUN 김민준\""));
    assert!(html.contains("value=\"M12345678\""));
    assert!(html.contains("<option value=\"KR\" selected>"));
    assert!(html.contains("name=\"observation_start-day\" value=\"01\""));
    // The language links of a document's page take the form along.
    assert!(html.contains("form=\"doc-form\" formmethod=\"post\""));
}

#[tokio::test]
async fn countries_are_sorted_for_the_reader_with_the_common_ones_first() {
    let app = app();
    let html = page_in(&app, "zh-Hans", "/doc/home-observation-notice").await;
    let (common, all) = html
        .split_once("<optgroup label=\"")
        .unwrap()
        .1
        .split_once("</optgroup>")
        .unwrap();
    // The office profile's embassies are the common ones.
    for code in ["KR", "JP", "GB", "US"] {
        assert!(common.contains(&format!("value=\"{code}\"")), "{code}");
    }
    assert!(!common.contains("value=\"FR\""));
    // Pinyin order: 阿富汗 (a), 巴西 (b), 德国 (d), 中国 (z).
    let at = |code: &str| all.find(&format!("value=\"{code}\"")).unwrap();
    assert!(at("AF") < at("BR") && at("BR") < at("DE") && at("DE") < at("CN"));
    // French order puts accented letters with their base letter: Égypte
    // between Danemark and Espagne.
    let html = page_in(&app, "fr", "/doc/home-observation-notice").await;
    let all = html.rsplit_once("<optgroup").unwrap().1;
    let at = |code: &str| all.find(&format!("value=\"{code}\"")).unwrap();
    assert!(at("DK") < at("EG") && at("EG") < at("ES"));

    // An office without embassies gets Korea, Japan, the United States and
    // Russia on top.
    let mut config = common::config();
    config.office.embassies.clear();
    let bare = common::app_with(config);
    let html = send(&bare, get("/doc/home-observation-notice"))
        .await
        .text();
    let common = html
        .split_once("<optgroup label=\"")
        .unwrap()
        .1
        .split_once("</optgroup>")
        .unwrap()
        .0;
    for code in ["KR", "JP", "US", "RU"] {
        assert!(common.contains(&format!("value=\"{code}\"")), "{code}");
    }
}

#[tokio::test]
async fn every_interface_string_the_code_uses_exists_in_every_interface_language() {
    let sources = [
        include_str!("../src/pages.rs"),
        include_str!("../src/reason.rs"),
        include_str!("../src/form.rs"),
        include_str!("../src/roster.rs"),
        include_str!("../src/guard.rs"),
        include_str!("../src/ui.rs"),
    ];
    let locales = Locales::embedded().unwrap();
    let mut ids = Vec::new();
    for source in sources {
        for piece in source.split('"').skip(1).step_by(2) {
            if piece.starts_with("ui-") && !piece.contains(' ') {
                ids.push(piece);
            }
        }
    }
    assert!(ids.len() > 40, "{ids:?}");
    for lang in locales.languages() {
        for id in &ids {
            assert!(locales.has(&lang, id), "{lang} lacks {id}");
        }
    }
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = app();
    for uri in ["/", "/doc/health-commitment", "/static/app.js", "/nope"] {
        let reply = send(&app, get(uri)).await;
        let csp = reply.header(header::CONTENT_SECURITY_POLICY);
        assert!(csp.contains("default-src 'self'"), "{uri}: {csp}");
        assert!(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"));
        assert_eq!(reply.header(header::X_CONTENT_TYPE_OPTIONS), "nosniff");
        // No address leaves for another site; the tool's own form posts
        // keep their Origin.
        assert_eq!(reply.header(header::REFERRER_POLICY), "same-origin");
        assert_eq!(reply.header(header::CACHE_CONTROL), "no-store");
    }
    // The fonts hold nothing personal and are large: browsers keep them.
    let reply = send(&app, get("/static/cjk-bold.otf")).await;
    let cache = reply.header(header::CACHE_CONTROL);
    assert!(
        cache.contains("max-age") && !cache.contains("no-store"),
        "{cache}"
    );
    let reply = send(&app, form("/doc/home-observation-notice/pdf", KIM)).await;
    assert_eq!(reply.header(header::CACHE_CONTROL), "no-store");
    // No inline script or style anywhere.
    let html = send(&app, get("/doc/home-observation-notice")).await.text();
    assert!(!html.contains("<script>") && !html.contains("style="));
    assert!(html.contains("<script src=\"/static/app.js\""));
}

const ROSTER: &str = "序号,姓名,国籍,护照号码,在华居住地址,观察开始日期,语言\n\
1,KIM MINJUN 김민준,KR,M12345678,示例区和平街 3 号,2020-03-01,ko\n\
2,SATO YUI,JP,TZ1234567,示例区和平街 4 号,2020/3/2,\n\
3,BAD ROW,XX,X1,示例区和平街 5 号,2020-03-02,en\n\
4,Emily Clarke,英国,123456789,示例区和平街 6 号,2020年3月3日,en\n\
5,LEE JIHO,KR,M7654321,示例区和平街 7 号,0301-03-01,ko\n";

#[tokio::test]
async fn roster_upload_gives_a_zip_of_pdfs_with_a_manifest() {
    let app = app();
    let reply = send(
        &app,
        multipart(
            "/roster",
            &[
                ("roster", Some("residents.csv"), ROSTER.as_bytes()),
                ("document", None, b"home-observation-notice"),
                ("language", None, b""),
            ],
        ),
    )
    .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.text());
    let location = reply.header(header::LOCATION);
    let job = location.strip_prefix("/roster/").unwrap().to_owned();
    assert_eq!(job.len(), 32);

    // The report: the bad row as a table row, the ignored column named,
    // the reason in the interface language.
    let page = send(&app, get(&location)).await.text();
    assert!(page.contains("<td class=\"num\">4</td>"), "{page}");
    assert!(page.contains("<code>XX</code>"));
    assert!(page.contains("序号"));
    assert!(squash(&page).contains(&message("zh-Hans", "ui-reason-country")));
    let request = Request::get(location.as_str())
        .header(header::COOKIE, "gaozhi_ui=ja")
        .body(Body::empty())
        .unwrap();
    let page = send(&app, request).await.text();
    assert!(squash(&page).contains(&message("ja", "ui-reason-country")));
    // A year no one means is questioned, not printed.
    assert!(page.contains("<td class=\"num\">6</td>"), "{page}");
    assert!(page.contains("<code>0301-03-01</code>"), "{page}");
    assert!(!squash(&page).contains(&message("ja", "ui-reason-date")));

    // Rows with problems are skipped only when asked.
    let reply = send(&app, form(&format!("/roster/{job}/render"), &[])).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    // Rendered with an English interface: rejected.csv says why in English.
    let mut request = form(&format!("/roster/{job}/render"), &[("skip_invalid", "1")]);
    request
        .headers_mut()
        .insert(header::COOKIE, "gaozhi_ui=en".parse().unwrap());
    let reply = send(&app, request).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    wait_until_finished(&app, &job).await;

    let reply = send(&app, get(&format!("/roster/{job}/download"))).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.header(header::CONTENT_TYPE), "application/zip");
    // Streamed from its file, whole.
    assert_eq!(
        reply.header(header::CONTENT_LENGTH),
        reply.body.len().to_string()
    );
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(reply.body.to_vec())).unwrap();
    let mut manifest = String::new();
    zip.by_name("manifest.csv")
        .unwrap()
        .read_to_string(&mut manifest)
        .unwrap();
    let lines: Vec<&str> = manifest.lines().collect();
    assert_eq!(lines[0], "row,name,language,file,pages,sha256");
    assert_eq!(lines.len(), 4, "{manifest}");
    assert!(lines[1].starts_with(
        "2,KIM MINJUN 김민준,ko,0002-KIM MINJUN 김민준-home-observation-notice.pdf,1,"
    ));
    assert!(lines[2].starts_with("3,SATO YUI,ja,"));
    assert!(lines[3].starts_with("5,Emily Clarke,en,"));
    let pdfs: Vec<String> = zip
        .file_names()
        .filter(|n| n.ends_with(".pdf"))
        .map(str::to_owned)
        .collect();
    assert_eq!(pdfs.len(), 3);
    let mut pdf = Vec::new();
    zip.by_name(&pdfs.iter().find(|n| n.contains("SATO")).unwrap().clone())
        .unwrap()
        .read_to_end(&mut pdf)
        .unwrap();
    let text = pdf_text(&pdf);
    assert!(text.contains("SATOYUI"));
    assert!(text.contains(&message("ja", "home-observation-notice-title")));
    let mut rejected = String::new();
    zip.by_name("rejected.csv")
        .unwrap()
        .read_to_string(&mut rejected)
        .unwrap();
    assert!(rejected.contains("4,国籍,XX,"), "{rejected}");
    assert!(
        squash(&rejected).contains(&message("en", "ui-reason-country")),
        "{rejected}"
    );

    // Downloaded once, then gone.
    let reply = send(&app, get(&format!("/roster/{job}/download"))).await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    let reply = send(&app, get(&format!("/roster/{job}"))).await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_roster_renamed_or_broken_is_a_clear_message_never_a_500() {
    let app = app();
    let file_type = message("en", "ui-error-file-type");
    let no_file = message("en", "ui-error-no-file");
    let workbook = message("en", "ui-roster-unreadable-workbook");
    let no_name = message("en", "ui-roster-unreadable-no-name");
    let encoding = message("en", "ui-roster-unreadable-encoding");
    let cases: Vec<(&str, Vec<u8>, StatusCode, &str)> = vec![
        // A spreadsheet that is not one.
        (
            "roster.xlsx",
            b"PK\x03\x04 not really a workbook".to_vec(),
            StatusCode::UNPROCESSABLE_ENTITY,
            &workbook,
        ),
        // Not a roster at all.
        (
            "scan.pdf",
            b"%PDF-1.7".to_vec(),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            &file_type,
        ),
        // No name column.
        (
            "roster.csv",
            "国籍\nKR\n".as_bytes().to_vec(),
            StatusCode::UNPROCESSABLE_ENTITY,
            &no_name,
        ),
        // Neither UTF-8 nor GB18030.
        (
            "roster.csv",
            vec![0x81, 0x20, 0xFF, 0xFE, 0x00, 0x81],
            StatusCode::UNPROCESSABLE_ENTITY,
            &encoding,
        ),
        // Empty.
        ("roster.csv", Vec::new(), StatusCode::BAD_REQUEST, &no_file),
    ];
    for (name, bytes, status, words) in cases {
        let mut request = multipart(
            "/roster",
            &[
                ("roster", Some(name), &bytes),
                ("document", None, b"home-observation-notice"),
            ],
        );
        request
            .headers_mut()
            .insert(header::ACCEPT_LANGUAGE, "en".parse().unwrap());
        let reply = send(&app, request).await;
        assert_eq!(reply.status, status, "{name}: {}", reply.text());
        let text: String = reply
            .text()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        let words: String = words.chars().filter(|c| !c.is_whitespace()).collect();
        assert!(text.contains(&words), "{name}: {words} not in {text}");
    }

    // Not multipart at all, and multipart cut off in the middle.
    let reply = send(&app, form("/roster", &[("roster", "x")])).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    let truncated = Request::post("/roster")
        .header(header::CONTENT_TYPE, "multipart/form-data; boundary=XYZ")
        .body(Body::from(
            "--XYZ\r\nContent-Disposition: form-data; name=\"roster\"; filename=\"a.csv\"\r\n\r\n姓名\nA",
        ))
        .unwrap();
    assert_eq!(send(&app, truncated).await.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn size_and_row_limits_answer_with_a_message() {
    let app = app();
    let mut big = b"name\n".to_vec();
    big.resize(gaozhi_serve::MAX_UPLOAD_BYTES + 1, b'a');
    let mut request = multipart("/roster", &[("roster", Some("big.csv"), &big)]);
    request
        .headers_mut()
        .insert(header::ACCEPT_LANGUAGE, "en".parse().unwrap());
    let reply = send(&app, request).await;
    assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(reply.text().contains("The file is too large: at most 5 MB"));

    // A body far past the limit is cut off by the server, with the same
    // message.
    let mut huge = b"name\n".to_vec();
    huge.resize(gaozhi_serve::MAX_UPLOAD_BYTES * 2, b'a');
    let reply = send(
        &app,
        multipart("/roster", &[("roster", Some("huge.csv"), &huge)]),
    )
    .await;
    assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(
        reply
            .text()
            .contains(&message("zh-Hans", "ui-roster-heading"))
    );

    let mut rows = String::from("姓名\n");
    for i in 0..=gaozhi_serve::MAX_ROSTER_ROWS {
        rows.push_str(&format!("R{i}\n"));
    }
    let mut request = multipart(
        "/roster",
        &[
            ("roster", Some("rows.csv"), rows.as_bytes()),
            ("document", None, b"contact-card"),
        ],
    );
    request
        .headers_mut()
        .insert(header::ACCEPT_LANGUAGE, "en".parse().unwrap());
    let reply = send(&app, request).await;
    assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(
        reply
            .text()
            .contains("The roster has 2,001 rows; at most 2,000"),
        "{}",
        reply.text()
    );

    let long = "x".repeat(gaozhi_serve::MAX_FORM_BYTES + 1);
    let reply = send(
        &app,
        form("/doc/home-observation-notice/preview", &[("name", &long)]),
    )
    .await;
    assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn a_token_is_required_off_loopback_and_checked_on_every_request() {
    let mut open = config();
    open.listen = "0.0.0.0:8080".parse().unwrap();
    let err =
        gaozhi_serve::App::new(open.clone(), Locales::embedded().unwrap(), renderer()).unwrap_err();
    assert!(err.message.contains("--token"), "{err}");

    open.token = Some("correct horse battery".to_owned());
    let app = app_with(open);
    for uri in ["/", "/static/app.js", "/doc/health-commitment", "/roster"] {
        let reply = send(&app, get(uri)).await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{uri}");
    }
    let reply = send(&app, form("/doc/home-observation-notice/pdf", KIM)).await;
    assert_eq!(reply.status, StatusCode::UNAUTHORIZED);

    let with = |name: header::HeaderName, value: &str| {
        Request::get("/")
            .header(name, value)
            .body(Body::empty())
            .unwrap()
    };
    let reply = send(
        &app,
        with(header::AUTHORIZATION, "Bearer correct horse battery"),
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK);
    let reply = send(&app, with(header::AUTHORIZATION, "Bearer correct horse")).await;
    assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    let reply = send(&app, get("/?token=wrong")).await;
    assert_eq!(reply.status, StatusCode::UNAUTHORIZED);

    // The printed address sets the cookie and drops the token from the
    // address bar.
    let reply = send(&app, get("/?token=correct+horse+battery")).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(reply.header(header::LOCATION), "/");
    let cookie = reply.header(header::SET_COOKIE);
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"));
    let pair = cookie.split(';').next().unwrap();
    let reply = send(&app, with(header::COOKIE, pair)).await;
    assert_eq!(reply.status, StatusCode::OK);
    let reply = send(&app, with(header::COOKIE, "gaozhi_token=nope")).await;
    assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn on_loopback_only_loopback_host_names_are_answered() {
    let app = app();
    let host = |h: &str| {
        Request::get("/")
            .header(header::HOST, h)
            .body(Body::empty())
            .unwrap()
    };
    for ok in [
        "localhost:8080",
        "127.0.0.1:8080",
        "[::1]:8080",
        "LOCALHOST",
    ] {
        assert_eq!(send(&app, host(ok)).await.status, StatusCode::OK, "{ok}");
    }
    for bad in ["evil.example", "evil.example:8080", "192.168.1.2:8080"] {
        assert_eq!(
            send(&app, host(bad)).await.status,
            StatusCode::FORBIDDEN,
            "{bad}"
        );
    }
}

#[tokio::test]
async fn the_page_brings_its_own_cjk_font() {
    let app = app();
    let css = send(&app, get("/static/app.css")).await;
    assert!(css.text().contains("url(\"/static/cjk-regular.otf\")"));
    for file in ["cjk-regular.otf", "cjk-bold.otf"] {
        let font = send(&app, get(&format!("/static/{file}"))).await;
        assert_eq!(font.status, StatusCode::OK, "{file}");
        assert_eq!(font.header(header::CONTENT_TYPE), "font/otf");
        assert!(
            font.body.starts_with(b"OTTO"),
            "{file} is not an OpenType font"
        );
    }
    let missing = send(&app, get("/static/NotoSans-Regular.ttf")).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn every_document_has_a_thumbnail() {
    let app = app();
    for doc in DOCUMENTS {
        let reply = send(&app, get(&format!("/thumbnail/{}", doc.id))).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", doc.id);
        assert!(reply.body.starts_with(b"\x89PNG"), "{}", doc.id);
    }
    // A document that takes no resident prints from the language alone.
    let reply = send(&app, form("/doc/reminder-card/pdf", &[("language", "ko")])).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.text());
    let text = pdf_text(&reply.body);
    assert!(
        text.contains(&squash(&message("ko", "reminder-card-title"))),
        "{text}"
    );
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// A roster upload of one resident's contact card.
fn one_card_roster() -> Request<Body> {
    multipart(
        "/roster",
        &[
            ("roster", Some("r.csv"), "姓名\nA\n".as_bytes()),
            ("document", None, b"contact-card"),
        ],
    )
}

/// `request` as a browser sends it from a page at `origin`, to this server
/// at `host`.
fn from_page(mut request: Request<Body>, host: &str, origin: &str, site: &str) -> Request<Body> {
    let h = request.headers_mut();
    h.insert(header::HOST, host.parse().unwrap());
    h.insert(header::ORIGIN, origin.parse().unwrap());
    h.insert("sec-fetch-site", site.parse().unwrap());
    request
}

#[tokio::test]
async fn changes_asked_for_by_another_web_page_are_refused() {
    let app = app();
    let host = "127.0.0.1:8080";
    // The tool's own page: served.
    let own = from_page(
        form("/doc/home-observation-notice/pdf", KIM),
        host,
        "http://127.0.0.1:8080",
        "same-origin",
    );
    assert_eq!(send(&app, own).await.status, StatusCode::OK);
    // A form of its own posted under a strict referrer policy: `null`.
    let own = from_page(
        form("/doc/home-observation-notice/pdf", KIM),
        host,
        "null",
        "same-origin",
    );
    assert_eq!(send(&app, own).await.status, StatusCode::OK);

    // Another site, another local port (the same "site" to a cookie), a
    // sandboxed page, and a browser that sends only one of the headers.
    let cases = [
        ("http://evil.example", "cross-site"),
        ("http://127.0.0.1:9999", "same-site"),
        ("http://localhost:8080", "same-site"),
        ("null", "cross-site"),
        ("http://127.0.0.1:9999", "same-origin"),
        ("http://127.0.0.1:8080", "cross-site"),
    ];
    for (origin, site) in cases {
        let request = from_page(
            form("/doc/home-observation-notice/pdf", KIM),
            host,
            origin,
            site,
        );
        let reply = send(&app, request).await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN, "{origin} {site}");
        assert!(!reply.body.starts_with(b"%PDF"));
        assert_eq!(
            squash(&reply.text()),
            message("zh-Hans", "ui-error-cross-origin")
        );
    }
    let mut only_site = form("/doc/home-observation-notice/preview", KIM);
    only_site
        .headers_mut()
        .insert("sec-fetch-site", "cross-site".parse().unwrap());
    assert_eq!(send(&app, only_site).await.status, StatusCode::FORBIDDEN);

    // Cross-site roster uploads take no job slot: the staff's own upload
    // after many of them is still accepted.
    for _ in 0..gaozhi_serve::MAX_JOBS + 1 {
        let upload = one_card_roster();
        let reply = send(
            &app,
            from_page(upload, host, "http://evil.example", "cross-site"),
        )
        .await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN);
    }
    let upload = one_card_roster();
    let reply = send(
        &app,
        from_page(upload, host, "http://127.0.0.1:8080", "same-origin"),
    )
    .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.text());
    let job = reply.header(header::LOCATION);
    // Starting and downloading a job are changes too.
    let start = from_page(
        form(&format!("{job}/render"), &[]),
        host,
        "http://evil.example",
        "cross-site",
    );
    assert_eq!(send(&app, start).await.status, StatusCode::FORBIDDEN);
    let mut download = get(&format!("{job}/download"));
    download
        .headers_mut()
        .insert("sec-fetch-site", "cross-site".parse().unwrap());
    assert_eq!(send(&app, download).await.status, StatusCode::FORBIDDEN);
    // Reading a page from a link elsewhere is fine.
    let mut read = get("/");
    read.headers_mut()
        .insert("sec-fetch-site", "cross-site".parse().unwrap());
    assert_eq!(send(&app, read).await.status, StatusCode::OK);

    // With a token the cookie alone does not make another page's request
    // the staff's.
    let mut config = common::config();
    config.listen = "0.0.0.0:8080".parse().unwrap();
    config.token = Some("correct horse battery".to_owned());
    let guarded = common::app_with(config);
    // The staff's token cookie on a notice's PDF request from a page at
    // `origin`.
    let with_cookie = |origin: &str, site: &str| {
        let mut request = from_page(
            form("/doc/home-observation-notice/pdf", KIM),
            "192.168.1.20:8080",
            origin,
            site,
        );
        request.headers_mut().insert(
            header::COOKIE,
            "gaozhi_token=correct%20horse%20battery".parse().unwrap(),
        );
        request
    };
    let request = with_cookie("http://192.168.1.20:9000", "same-site");
    assert_eq!(send(&guarded, request).await.status, StatusCode::FORBIDDEN);
    let request = with_cookie("http://192.168.1.20:8080", "same-origin");
    assert_eq!(send(&guarded, request).await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_form_value_that_is_not_utf8_is_refused_beside_its_field() {
    let app = app();
    let raw = |uri: &str, body: &'static str| {
        Request::post(uri)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .unwrap()
    };
    let body =
        "language=ko&name=KIM%FF%FEMINJUN&nationality=KR&address=x&observation_start=2020-03-01";
    let reply = send(&app, raw("/doc/home-observation-notice/preview", body)).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    let json: serde_json::Value = serde_json::from_slice(&reply.body).unwrap();
    assert_eq!(
        squash(json["fields"]["name"].as_str().unwrap()),
        message("zh-Hans", "ui-reason-not-text")
    );
    // The PDF button: no PDF with "��" in it, the form with the reason.
    let reply = send(&app, raw("/doc/home-observation-notice/pdf", body)).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert!(!reply.body.starts_with(b"%PDF"));
    let html = reply.text();
    assert!(html.contains("id=\"error-name\""));
    assert!(squash(&html).contains(&message("zh-Hans", "ui-reason-not-text")));
    assert!(!html.contains('\u{FFFD}'));
    // Well-formed UTF-8, percent-encoded or with `+` for spaces, is read.
    let good = "language=ko&name=KIM+MINJUN+%EA%B9%80%EB%AF%BC%EC%A4%80&nationality=KR\
                &address=%E7%A4%BA%E4%BE%8B%E5%8C%BA&observation_start=2020-03-01";
    let reply = send(&app, raw("/doc/home-observation-notice/pdf", good)).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.text());
    assert!(pdf_text(&reply.body).contains("KIMMINJUN김민준"));
}

#[tokio::test]
async fn the_roster_page_makes_staff_choose_the_document() {
    let app = app();
    let html = send(&app, get("/roster")).await.text();
    assert!(html.contains("<select id=\"f-document\" name=\"document\" required>"));
    assert!(html.contains("<option value=\"\" selected disabled>"));
    let upload = |document: &'static [u8]| {
        multipart(
            "/roster",
            &[
                (
                    "roster",
                    Some("r.csv"),
                    "姓名,文书\nA,contact-card\n".as_bytes(),
                ),
                ("document", None, document),
            ],
        )
    };
    let reply = send(&app, upload(b"")).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert!(squash(&reply.text()).contains(&message("zh-Hans", "ui-error-choose-document")));
    // "As the roster's document column says" is a choice too.
    let reply = send(&app, upload(b"column")).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.text());
}

#[tokio::test]
async fn a_card_prints_on_a_whole_sheet_when_asked() {
    let app = app();
    let width = |pairs: &[(&str, &str)]| {
        let request = form("/doc/contact-card/preview", pairs);
        let app = app.clone();
        async move {
            let reply = send(&app, request).await;
            assert_eq!(reply.status, StatusCode::OK, "{}", reply.text());
            image::load_from_memory(&reply.body).unwrap().width()
        }
    };
    let card = width(&[("language", "ja")]).await;
    let sheet = width(&[("language", "ja"), ("sheet", "1")]).await;
    // A4 is 595 pt wide, a business card 255 pt, previewed at 1.5 px per pt.
    assert!(card < 500, "{card}");
    assert!((880..=900).contains(&sheet), "{sheet}");
    let html = send(&app, get("/doc/contact-card")).await.text();
    assert!(html.contains("name=\"sheet\""));
    let html = send(&app, get("/doc/home-observation-notice")).await.text();
    assert!(!html.contains("name=\"sheet\""));
}
