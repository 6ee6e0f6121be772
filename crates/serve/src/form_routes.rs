//! The routes of a document's form: the empty form (`GET /doc/{doc}`),
//! the live preview (PNG of page 1), the PDF, and the home page's
//! thumbnails. Reading and rendering a submission is [`crate::form`]'s;
//! the HTML is [`crate::pages`]'.

use std::sync::Arc;

use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use gaozhi_core::document::{DocumentSpec, ResidentNeed};
use gaozhi_core::{Layout, roster};
use gaozhi_render::{Format, RenderOptions};

use crate::App;
use crate::form::{Problems, Submission, body, compose_page, find, render_off_runtime};
use crate::pages;
use crate::ui::Ui;

/// Pixels per point of the live preview (A4 is 595 pt wide).
const PREVIEW_SCALE: f32 = 1.5;
/// Pixels per point of the home page's thumbnails.
const THUMBNAIL_SCALE: f32 = 0.6;

/// `GET /doc/{doc}`: the empty form.
pub(crate) async fn page(State(app): State<Arc<App>>, ui: Ui, Path(id): Path<String>) -> Response {
    let Some(doc) = find(&id) else {
        return pages::not_found_page(&ui);
    };
    pages::document(&app, &ui, doc, &Submission::default(), &Problems::default()).into_response()
}

/// `POST /doc/{doc}/preview`: page 1 as PNG, or 422 with the problems as
/// JSON (`{"fields": {"name": "…"}, "general": ["…"]}`); the time the
/// server took is in `Server-Timing`.
pub(crate) async fn preview(
    State(app): State<Arc<App>>,
    ui: Ui,
    Path(id): Path<String>,
    form: Result<Bytes, BytesRejection>,
) -> Response {
    let Some(doc) = find(&id) else {
        return (
            StatusCode::NOT_FOUND,
            Json(Problems::one(ui.t("ui-error-not-found"))),
        )
            .into_response();
    };
    let form = match body(&ui, form) {
        Ok(f) => f,
        Err((status, problems)) => return (status, Json(problems)).into_response(),
    };
    let started = std::time::Instant::now();
    let mut response = match render_off_runtime(
        app,
        &ui,
        doc,
        form,
        Format::Png {
            scale: PREVIEW_SCALE,
        },
    )
    .await
    {
        Ok((rendered, _)) => png(rendered.files.into_iter().next().unwrap_or_default()),
        Err(problems) => (StatusCode::UNPROCESSABLE_ENTITY, Json(problems)).into_response(),
    };
    // How long the server took, for the page's timing (and the browser
    // test that holds the preview to its delay).
    let took = started.elapsed().as_secs_f64() * 1000.0;
    if let Ok(v) = HeaderValue::from_str(&format!("render;dur={took:.1}")) {
        response.headers_mut().insert("server-timing", v);
    }
    response
}

/// `?inline=1`: show the PDF in the browser (to print) rather than save it.
#[derive(Deserialize)]
pub(crate) struct PdfQuery {
    #[serde(default)]
    inline: Option<String>,
}

/// `POST /doc/{doc}/pdf`: the PDF, or the form again with the problems
/// beside their fields (422).
pub(crate) async fn pdf(
    State(app): State<Arc<App>>,
    ui: Ui,
    Path(id): Path<String>,
    Query(query): Query<PdfQuery>,
    form: Result<Bytes, BytesRejection>,
) -> Response {
    let Some(doc) = find(&id) else {
        return pages::not_found_page(&ui);
    };
    let form = match body(&ui, form) {
        Ok(f) => f,
        Err((status, problems)) => {
            // The form cannot be read back: an empty one, with the reason.
            let empty = Submission::default();
            return (status, pages::document(&app, &ui, doc, &empty, &problems)).into_response();
        }
    };
    let kept = form.clone();
    match render_off_runtime(app.clone(), &ui, doc, form, Format::Pdf).await {
        Ok((rendered, language)) => {
            let bytes = rendered.files.into_iter().next().unwrap_or_default();
            let disposition = if query.inline.is_some() {
                "inline"
            } else {
                "attachment"
            };
            let mut response = ([(header::CONTENT_TYPE, "application/pdf")], bytes).into_response();
            let name = kept.get("name");
            if let Ok(v) =
                HeaderValue::from_str(&content_disposition(disposition, name, doc, &language))
            {
                response
                    .headers_mut()
                    .insert(header::CONTENT_DISPOSITION, v);
            }
            response
        }
        Err(problems) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            pages::document(&app, &ui, doc, &kept, &problems),
        )
            .into_response(),
    }
}

/// The PDF's file name: the resident's name, the document and the
/// language (`KIM MINJUN 김민준-home-observation-notice-ko.pdf`), made safe
/// for every file system as `gaozhi batch` names files. Browsers read the
/// UTF-8 name (`filename*`); the plain `filename` is an ASCII fallback.
fn content_disposition(disposition: &str, name: &str, doc: &DocumentSpec, lang: &str) -> String {
    let lang: String = lang
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    let fallback = format!("{}-{lang}.pdf", doc.id);
    let pattern = if name.is_empty() {
        "{document}-{language}"
    } else {
        "{name}-{document}-{language}"
    };
    let full = roster::file_name(pattern, 0, name, doc.id, &lang).unwrap_or(fallback.clone());
    let encoded: String =
        percent_encoding::utf8_percent_encode(&full, percent_encoding::NON_ALPHANUMERIC)
            .to_string()
            .replace("%2D", "-")
            .replace("%2E", ".")
            .replace("%5F", "_");
    format!("{disposition}; filename=\"{fallback}\"; filename*=UTF-8''{encoded}")
}

fn png(bytes: Vec<u8>) -> Response {
    ([(header::CONTENT_TYPE, "image/png")], bytes).into_response()
}

/// `GET /thumbnail/{doc}`: page 1 of the document for the sample resident
/// in Chinese and English, rendered once and kept.
pub(crate) async fn thumbnail(State(app): State<Arc<App>>, Path(id): Path<String>) -> Response {
    let Some(doc) = find(&id) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let cached = app
        .thumbnails
        .lock()
        .ok()
        .and_then(|m| m.get(doc.id).cloned());
    if let Some(bytes) = cached {
        return png(bytes.as_ref().clone());
    }
    let worker = app.clone();
    let made = tokio::task::spawn_blocking(move || {
        let mut sample = worker.config.sample.clone().unwrap_or_default();
        sample.language = "en".parse().ok();
        let resident =
            (doc.resident == ResidentNeed::Required || !sample.name.is_empty()).then_some(&sample);
        let composition = compose_page(&worker, doc, resident, None, Layout::Bilingual)?;
        let options = RenderOptions {
            format: Format::Png {
                scale: THUMBNAIL_SCALE,
            },
            allow_missing_glyphs: true,
            ..RenderOptions::default()
        };
        worker
            .renderer
            .render(&composition, &options)
            .map(|r| r.files.into_iter().next().unwrap_or_default())
    })
    .await;
    match made {
        Ok(Ok(bytes)) => {
            let bytes = Arc::new(bytes);
            if let Ok(mut m) = app.thumbnails.lock() {
                m.insert(doc.id, bytes.clone());
            }
            png(bytes.as_ref().clone())
        }
        _ => StatusCode::NOT_FOUND.into_response(),
    }
}
