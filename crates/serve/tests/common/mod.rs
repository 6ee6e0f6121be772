//! What the HTTP and browser tests share beyond `gaozhi-testkit` (the
//! sample data, the renderer, reading PDFs back): apps built from them,
//! and requests sent straight to the router.

#![allow(dead_code, unreachable_pub)]

use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, Request, StatusCode, header};
use tower::ServiceExt;

use gaozhi_core::{Locales, Resident};
use gaozhi_render::Renderer;
use gaozhi_serve::{App, Config};

#[allow(unused_imports)]
pub use gaozhi_testkit::{message, office, pdf_text, root};

/// The shared renderer of the test binary.
pub fn renderer() -> Arc<Renderer> {
    gaozhi_testkit::renderer().clone()
}

/// The sample resident Kim Minjun.
pub fn sample() -> Resident {
    gaozhi_testkit::sample("kim-minjun.toml")
}

pub fn config() -> Config {
    let mut config = Config::new(office(), None);
    config.sample = Some(sample());
    config
}

pub fn app_with(config: Config) -> Arc<App> {
    App::new(config, Locales::embedded().unwrap(), renderer()).expect("app")
}

pub fn app() -> Arc<App> {
    app_with(config())
}

/// A response's status, headers and body.
pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl Reply {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn header(&self, name: header::HeaderName) -> String {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_owned()
    }
}

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

pub fn get(uri: &str) -> Request<Body> {
    Request::get(uri).body(Body::empty()).unwrap()
}

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
