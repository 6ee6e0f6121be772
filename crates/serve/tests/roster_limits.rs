//! The roster upload against spreadsheets built to exhaust the server
//! (cells past the last column, a gigantic cell, rows past the limit,
//! repeat counts in the billions), and against values a spreadsheet
//! program would run as formulas in `manifest.csv` and `rejected.csv`.

mod common;

use std::io::Read;
use std::time::{Duration, Instant};

use axum::http::{StatusCode, header};

use common::{app, form, get, multipart, root, send};

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
    let reply = send(
        &app,
        multipart(
            "/roster",
            &[
                ("roster", Some("r.csv"), roster.as_bytes()),
                ("document", None, b"home-observation-notice"),
                ("language", None, b""),
            ],
        ),
    )
    .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.text());
    let job = reply
        .header(header::LOCATION)
        .strip_prefix("/roster/")
        .unwrap()
        .to_owned();
    let reply = send(
        &app,
        form(&format!("/roster/{job}/render"), &[("skip_invalid", "1")]),
    )
    .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    let started = Instant::now();
    loop {
        let status: serde_json::Value =
            serde_json::from_slice(&send(&app, get(&format!("/roster/{job}/status"))).await.body)
                .unwrap();
        if status["finished"] == true {
            break;
        }
        assert!(status["failed"].is_null(), "{status}");
        assert!(started.elapsed() < Duration::from_secs(120));
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let reply = send(&app, get(&format!("/roster/{job}/download"))).await;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(reply.body.to_vec())).unwrap();
    let mut text = |name: &str| {
        let mut s = String::new();
        zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
        s
    };
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
