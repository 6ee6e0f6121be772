//! The desk tool in a real headless browser (Chromium through
//! chromedriver, driven by fantoccini): a Korean resident's
//! home-observation notice typed in, the live preview seen, the PDF fetched
//! as the download button would, and a roster uploaded and downloaded.
//! Screenshots of each page go to `$CARGO_TARGET_TMPDIR/screenshots/` (or
//! `GAOZHI_SCREENSHOTS`) for a person to look at.
//!
//! Skips, saying so, when Chromium or chromedriver is not installed
//! (`apt-get install chromium chromium-driver`); `GAOZHI_CHROMIUM` and
//! `GAOZHI_CHROMEDRIVER` name other binaries.

mod common;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

/// Flags without which Chromium stalls on a machine with no internet.
const CHROMIUM_FLAGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1400,1700",
];

fn binary(var: &str, candidates: &[&str]) -> Option<PathBuf> {
    if let Some(path) = std::env::var_os(var) {
        return Some(PathBuf::from(path)).filter(|p| p.exists());
    }
    candidates.iter().map(PathBuf::from).find(|p| p.exists())
}

fn screenshots() -> PathBuf {
    let dir = std::env::var_os("GAOZHI_SCREENSHOTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("screenshots"));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

async fn shoot(client: &Client, name: &str) {
    let png = client.screenshot().await.expect("screenshot");
    let path = screenshots().join(format!("{name}.png"));
    std::fs::write(&path, png).unwrap();
    eprintln!("screenshot: {}", path.display());
}

/// Polls `script` (which returns a value) until `done` says yes.
async fn wait_for(
    client: &Client,
    what: &str,
    script: &str,
    done: impl Fn(&Value) -> bool,
) -> Value {
    let started = Instant::now();
    loop {
        let value = client.execute(script, vec![]).await.expect("script");
        if done(&value) {
            return value;
        }
        assert!(
            started.elapsed() < Duration::from_secs(90),
            "timed out waiting for {what}: last {value}"
        );
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_korean_residents_notice_and_a_roster_in_a_real_browser() {
    let (Some(chromium), Some(chromedriver)) = (
        binary(
            "GAOZHI_CHROMIUM",
            &["/usr/bin/chromium", "/usr/bin/chromium-browser"],
        ),
        binary("GAOZHI_CHROMEDRIVER", &["/usr/bin/chromedriver"]),
    ) else {
        println!(
            "SKIPPED browser test: chromium or chromedriver is not installed \
             (apt-get install chromium chromium-driver)"
        );
        return;
    };

    // The desk tool on a real socket.
    let app = common::app();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
    let router = app.router();
    tokio::spawn(async move { axum::serve(listener, router).await });

    let port = free_port();
    let _driver = tokio::process::Command::new(&chromedriver)
        .arg(format!("--port={port}"))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("start chromedriver");
    let started = Instant::now();
    while tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .is_err()
    {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "chromedriver did not start"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    let profile = tempfile::tempdir().unwrap();
    let downloads = tempfile::tempdir().unwrap();
    let mut args: Vec<String> = CHROMIUM_FLAGS.iter().map(|s| s.to_string()).collect();
    args.push(format!("--user-data-dir={}", profile.path().display()));
    let mut capabilities = serde_json::Map::new();
    capabilities.insert(
        "goog:chromeOptions".to_owned(),
        json!({
            "binary": chromium,
            "args": args,
            "prefs": { "download.default_directory": downloads.path() },
        }),
    );
    let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(capabilities)
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .expect("a browser session");

    let result = drive(&client, &base).await;
    let _ = client.close().await;
    result.expect("the browser run");
}

async fn drive(client: &Client, base: &str) -> Result<(), fantoccini::error::CmdError> {
    // Home: a card per document, thumbnails drawn.
    client.goto(&format!("{base}/")).await?;
    wait_for(
        client,
        "the thumbnails",
        "return Array.from(document.querySelectorAll('img.thumb')).every(i => i.complete && i.naturalWidth > 0);",
        |v| v == &Value::Bool(true),
    )
    .await;
    shoot(client, "1-home").await;

    // The notice's form, in Korean for the resident.
    client
        .goto(&format!("{base}/doc/home-observation-notice"))
        .await?;
    shoot(client, "2-form-empty").await;
    client
        .find(Locator::Css("#f-language"))
        .await?
        .select_by_value("ko")
        .await?;
    client
        .find(Locator::Css("#f-name"))
        .await?
        .send_keys("KIM MINJUN 김민준")
        .await?;
    client
        .find(Locator::Css("#f-nationality"))
        .await?
        .select_by_value("KR")
        .await?;
    client
        .find(Locator::Css("#f-passport"))
        .await?
        .send_keys("M12345678")
        .await?;
    client
        .find(Locator::Css("#f-address"))
        .await?
        .send_keys("示例区和平街 3 号院 2 号楼 501 室")
        .await?;
    // Date pickers take keys in the browser's own order; set the value as
    // the picker would.
    client
        .execute(
            "const d = document.getElementById('f-observation_start');
             d.value = '2020-03-01';
             d.dispatchEvent(new Event('change', { bubbles: true }));",
            vec![],
        )
        .await?;
    wait_for(
        client,
        "the preview",
        "const i = document.getElementById('preview-image');
         return !i.hidden && i.complete && i.naturalWidth > 0 && i.src.startsWith('blob:');",
        |v| v == &Value::Bool(true),
    )
    .await;
    shoot(client, "3-form-preview").await;

    // The PDF exactly as the download button posts the form.
    let bytes = client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             const form = document.getElementById('doc-form');
             fetch(form.action, { method: 'POST', body: new URLSearchParams(new FormData(form)) })
               .then(r => r.arrayBuffer())
               .then(b => done(Array.from(new Uint8Array(b))))
               .catch(e => done(String(e)));",
            vec![],
        )
        .await?;
    let pdf: Vec<u8> = bytes
        .as_array()
        .unwrap_or_else(|| panic!("no PDF: {bytes}"))
        .iter()
        .map(|b| b.as_u64().unwrap_or(0) as u8)
        .collect();
    assert!(pdf.starts_with(b"%PDF"), "not a PDF");
    let text = common::pdf_text(&pdf);
    assert!(text.contains("KIMMINJUN김민준"), "{text}");
    assert!(text.contains(&common::message("ko", "home-observation-notice-title")));
    assert!(text.contains(&common::message("zh-Hans", "home-observation-notice-title")));

    // A required field emptied: its message appears beside it.
    client
        .execute(
            "const a = document.getElementById('f-address');
             a.value = '';
             a.dispatchEvent(new Event('input', { bubbles: true }));",
            vec![],
        )
        .await?;
    let message = wait_for(
        client,
        "the address error",
        "return document.getElementById('error-address').textContent;",
        |v| v.as_str().is_some_and(|s| !s.is_empty()),
    )
    .await;
    assert!(
        message
            .as_str()
            .unwrap()
            .contains("is required for `home-observation-notice`"),
        "{message}"
    );
    shoot(client, "4-form-error").await;

    // The interface in English.
    client
        .goto(&format!("{base}/ui?lang=en&back=/roster"))
        .await?;
    shoot(client, "5-roster-upload-en").await;

    // A roster with one bad row: report, skip, progress, download link.
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("residents.csv");
    std::fs::write(
        &csv,
        "序号,姓名,国籍,在华居住地址,观察开始日期\n\
         1,KIM MINJUN 김민준,KR,示例区和平街 3 号,2020-03-01\n\
         2,SATO YUI,XX,示例区和平街 4 号,2020-03-02\n\
         3,Emily Clarke,GB,示例区和平街 6 号,2020/3/3\n",
    )
    .unwrap();
    client
        .find(Locator::Css("#f-roster"))
        .await?
        .send_keys(&csv.display().to_string())
        .await?;
    client
        .find(Locator::Css("#f-document"))
        .await?
        .select_by_value("home-observation-notice")
        .await?;
    client
        .find(Locator::Css(".roster-form button[type=submit]"))
        .await?
        .click()
        .await?;
    client
        .wait()
        .for_element(Locator::Css("table.problems"))
        .await?;
    shoot(client, "6-roster-report").await;
    client
        .find(Locator::Css("input[name=skip_invalid]"))
        .await?
        .click()
        .await?;
    client
        .find(Locator::Css(".roster-form button[type=submit]"))
        .await?
        .click()
        .await?;
    wait_for(
        client,
        "the ZIP link",
        "const a = document.getElementById('roster-download'); return !!a && !a.hidden;",
        |v| v == &Value::Bool(true),
    )
    .await;
    shoot(client, "7-roster-done").await;
    let size = client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             fetch(document.getElementById('roster-download').href)
               .then(r => r.arrayBuffer()).then(b => done(b.byteLength))
               .catch(e => done(String(e)));",
            vec![],
        )
        .await?;
    assert!(size.as_u64().is_some_and(|n| n > 10_000), "ZIP: {size}");
    Ok(())
}
