//! The desk tool (`gaozhi serve`) in tests: apps built from the sample
//! data and the shared renderer, requests sent straight to the router,
//! and a roster taken through upload, rendering and download.

use std::io::Read;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, Request, StatusCode, header};
use tower::ServiceExt;

use gaozhi_core::Locales;
use gaozhi_serve::{App, Config};

use crate::{office, renderer, sample};

/// The desk tool's settings: the sample office, Kim Minjun as the sample
/// resident.
pub fn config() -> Config {
    let mut config = Config::new(office(), None);
    config.sample = Some(sample("kim-minjun.toml"));
    config
}

/// An app with `config`.
pub fn app_with(config: Config) -> Arc<App> {
    App::new(
        config,
        Locales::embedded().expect("locales"),
        renderer().clone(),
    )
    .expect("app")
}

/// An app with [`config`].
pub fn app() -> Arc<App> {
    app_with(config())
}

/// A response's status, headers and body.
pub struct Reply {
    /// The status.
    pub status: StatusCode,
    /// The headers.
    pub headers: HeaderMap,
    /// The body.
    pub body: Bytes,
}

impl Reply {
    /// The body as text.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// Header `name`, empty when missing.
    pub fn header(&self, name: header::HeaderName) -> String {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_owned()
    }
}

/// Sends `request` to `app`'s router and reads the whole response.
pub async fn send(app: &Arc<App>, request: Request<Body>) -> Reply {
    let response = app.router().oneshot(request).await.expect("response");
    let status = response.status();
    let headers = response.headers().clone();
    let body = axum::body::to_bytes(response.into_body(), 64 * 1024 * 1024)
        .await
        .expect("body");
    Reply {
        status,
        headers,
        body,
    }
}

/// A GET request.
pub fn get(uri: &str) -> Request<Body> {
    Request::get(uri).body(Body::empty()).unwrap()
}

/// A form POST.
pub fn form(uri: &str, pairs: &[(&str, &str)]) -> Request<Body> {
    let body: String = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish();
    Request::post(uri)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(body))
        .unwrap()
}

/// A multipart body: (name, file name, content) per part.
pub fn multipart(uri: &str, parts: &[(&str, Option<&str>, &[u8])]) -> Request<Body> {
    let boundary = "gaozhi-test-boundary-7MA4YWxkTrZu0gW";
    let mut body = Vec::new();
    for (name, file, content) in parts {
        body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
        match file {
            Some(f) => body.extend_from_slice(
                format!(
                    "Content-Disposition: form-data; name=\"{name}\"; filename=\"{f}\"\r\n\
                     Content-Type: application/octet-stream\r\n\r\n"
                )
                .as_bytes(),
            ),
            None => body.extend_from_slice(
                format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n").as_bytes(),
            ),
        }
        body.extend_from_slice(content);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    Request::post(uri)
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={boundary}"),
        )
        .body(Body::from(body))
        .unwrap()
}

/// The home-observation notice form for Kim Minjun, in Korean.
pub const KIM: &[(&str, &str)] = &[
    ("language", "ko"),
    ("layout", "bilingual"),
    ("name", "KIM MINJUN 김민준"),
    ("nationality", "KR"),
    ("sex", "M"),
    ("passport", "M12345678"),
    ("address", "示例区和平街 3 号院 2 号楼 501 室"),
    ("observation_start", "2020-03-01"),
];

/// Uploads roster `bytes` as file `name` for `document` (resident
/// languages from the roster) and gives the job id.
pub async fn upload_roster(app: &Arc<App>, name: &str, bytes: &[u8], document: &str) -> String {
    let reply = send(
        app,
        multipart(
            "/roster",
            &[
                ("roster", Some(name), bytes),
                ("document", None, document.as_bytes()),
                ("language", None, b""),
            ],
        ),
    )
    .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.text());
    reply
        .header(header::LOCATION)
        .strip_prefix("/roster/")
        .expect("a job page")
        .to_owned()
}

/// Waits until `job` has finished rendering (two minutes at most).
pub async fn wait_until_finished(app: &Arc<App>, job: &str) {
    let started = Instant::now();
    loop {
        let reply = send(app, get(&format!("/roster/{job}/status"))).await;
        assert_eq!(reply.status, StatusCode::OK);
        let status: serde_json::Value = serde_json::from_slice(&reply.body).expect("status");
        if status["finished"] == true {
            return;
        }
        assert!(status["failed"].is_null(), "{status}");
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "still {status}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Renders `job`, skipping invalid rows, and downloads its ZIP.
pub async fn render_roster(app: &Arc<App>, job: &str) -> Zip {
    let reply = send(
        app,
        form(&format!("/roster/{job}/render"), &[("skip_invalid", "1")]),
    )
    .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    wait_until_finished(app, job).await;
    let reply = send(app, get(&format!("/roster/{job}/download"))).await;
    assert_eq!(reply.status, StatusCode::OK);
    Zip(zip::ZipArchive::new(std::io::Cursor::new(reply.body.to_vec())).expect("a ZIP"))
}

/// A downloaded ZIP.
pub struct Zip(pub zip::ZipArchive<std::io::Cursor<Vec<u8>>>);

impl Zip {
    /// The text of file `name` in it.
    pub fn text(&mut self, name: &str) -> String {
        let mut text = String::new();
        self.0
            .by_name(name)
            .expect("file in the ZIP")
            .read_to_string(&mut text)
            .expect("text");
        text
    }
}
