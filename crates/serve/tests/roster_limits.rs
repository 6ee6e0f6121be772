//! The roster upload against spreadsheets built to exhaust the server
//! (cells past the last column, a gigantic cell, rows past the limit,
//! repeat counts in the billions), and against values a spreadsheet
//! program would run as formulas in `manifest.csv` and `rejected.csv`.

mod common;

use std::time::{Duration, Instant};

use axum::http::StatusCode;

use common::{app, get, multipart, render_roster, root, send, upload_roster};

fn hostile(name: &str) -> Vec<u8> {
    std::fs::read(root().join("tests/rosters/hostile").join(name)).unwrap()
}

#[tokio::test]
async fn spreadsheet_bombs_are_refused_with_a_message() {
    let app = app();
    for (file, says) in [
        ("past-last-column.xlsx", "ZZZZ3"),
        ("huge-cell.xlsx", "Excel"),
        ("many-rows.xlsx", "100000"),
        ("repeated-rows.ods", "100000"),
        ("repeated-cells.ods", "XFD"),
    ] {
        let started = Instant::now();
        let reply = send(
            &app,
            multipart(
                "/roster",
                &[
                    ("roster", Some(file), &hostile(file)),
                    ("document", None, b"home-observation-notice"),
                    ("language", None, b""),
                ],
            ),
        )
        .await;
        let took = started.elapsed();
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{file}");
        assert!(reply.text().contains(says), "{file}: {}", reply.text());
        // Under a second on a quiet machine; the margin is for a loaded one.
        assert!(took < Duration::from_secs(10), "{file}: {took:?}");
    }
    // The server is still there.
    assert_eq!(send(&app, get("/roster")).await.status, StatusCode::OK);
}

#[tokio::test]
async fn formulas_are_neutralised_in_the_zip() {
    let app = app();
    let roster = "姓名,国籍,在华居住地址,观察开始日期,语言\n\
                  =HYPERLINK(\"http://example.invalid\"),KR,示例区和平街 3 号,2020-03-01,ko\n\
                  +cmd,XX,示例区和平街 4 号,2020-03-01,ko\n";
    let job = upload_roster(&app, "r.csv", roster.as_bytes(), "home-observation-notice").await;
    let mut zip = render_roster(&app, &job).await;
    let mut text = |name: &str| zip.text(name);
    let manifest = text("manifest.csv");
    let rejected = text("rejected.csv");
    assert!(manifest.contains("\"'=HYPERLINK("), "{manifest}");
    for (name, csv) in [("manifest.csv", &manifest), ("rejected.csv", &rejected)] {
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        for record in reader.records() {
            for field in record.unwrap().iter() {
                assert!(
                    !field.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{name}: {field:?}"
                );
            }
        }
    }
}
