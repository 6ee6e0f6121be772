//! The roster pages: upload a CSV or spreadsheet (size and row limits),
//! see every problem as a table (row, column, value, reason, as `gaozhi
//! batch` reports them), choose to skip invalid rows, and download a ZIP of
//! PDFs with `manifest.csv` (and `rejected.csv` for skipped rows).
//!
//! Staff choose the document (or the roster's own document column): there
//! is no default to print the wrong notice for a whole list. Problems are
//! shown, and written to `rejected.csv`, in the interface language.
//!
//! Checking and rendering run on blocking threads, rendering with
//! [`gaozhi_render::batch::render_stream`]; the page polls the job's
//! progress. The upload is never written to disk. Each PDF goes into the
//! ZIP as it is rendered, and the ZIP into a file with no name in the
//! server's private temporary directory (gone when closed, even after a
//! crash), which the download streams and then closes.

use std::collections::BTreeMap;
use std::io::{Read, Seek, Write};
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::task::{Context, Poll};

use axum::Json;
use axum::body::Bytes;
use axum::extract::multipart::MultipartRejection;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Multipart, Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Serialize;
use sha2::{Digest, Sha256};

use gaozhi_core::Date;
use gaozhi_core::roster::{Encoding, RowProblem};
use gaozhi_core::{Tag, document};
use gaozhi_render::batch::render_stream;
use gaozhi_render::plan::{
    DEFAULT_FILE_NAME, Planner, RosterKind, manifest_header, manifest_line, read_roster,
    rejected_csv,
};
use gaozhi_render::rows::RowSettings;
use gaozhi_render::{RenderOptions, Renderer};

use crate::form::Submission;
use crate::jobs::{Planned, Report, Stage, StartError, Work, distinct_rows};
use crate::pages::{self, FROM_COLUMN, Page};
use crate::reason::Reason;
use crate::ui::Ui;
use crate::{App, MAX_ROSTER_ROWS, MAX_UPLOAD_BYTES};

/// `GET /roster`.
pub(crate) async fn page(ui: Ui) -> Page {
    pages::roster_upload(&ui, None)
}

/// The upload page again with a message, and a status.
fn refuse(ui: &Ui, status: StatusCode, message: &str) -> Response {
    (status, pages::roster_upload(ui, Some(message))).into_response()
}

/// What the upload form sent.
struct Upload {
    file_name: String,
    bytes: Vec<u8>,
    document: String,
    language: String,
}

/// Reads the multipart form, holding the file to [`MAX_UPLOAD_BYTES`].
async fn read_upload(ui: &Ui, mut multipart: Multipart) -> Result<Upload, Response> {
    let too_large = || {
        refuse(
            ui,
            StatusCode::PAYLOAD_TOO_LARGE,
            &ui.n(
                "ui-error-too-large",
                &[("mb", MAX_UPLOAD_BYTES / (1024 * 1024))],
            ),
        )
    };
    let broken = |e: axum::extract::multipart::MultipartError| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            too_large()
        } else {
            refuse(ui, StatusCode::BAD_REQUEST, &ui.t("ui-error-bad-upload"))
        }
    };
    let mut upload = Upload {
        file_name: String::new(),
        bytes: Vec::new(),
        document: String::new(),
        language: String::new(),
    };
    while let Some(mut field) = multipart.next_field().await.map_err(broken)? {
        match field.name().unwrap_or("") {
            "roster" => {
                upload.file_name = field.file_name().unwrap_or("").to_owned();
                while let Some(chunk) = field.chunk().await.map_err(broken)? {
                    if upload.bytes.len() + chunk.len() > MAX_UPLOAD_BYTES {
                        return Err(too_large());
                    }
                    upload.bytes.extend_from_slice(&chunk);
                }
            }
            "document" => upload.document = field.text().await.map_err(broken)?,
            "language" => upload.language = field.text().await.map_err(broken)?,
            _ => {}
        }
    }
    Ok(upload)
}

/// Why an upload is not checked.
enum Refusal {
    /// More rows than [`MAX_ROSTER_ROWS`].
    TooManyRows(usize),
    /// Not a roster that can be read, and why.
    Unreadable(String),
    /// Planning failed as a whole, and why.
    Failed(String),
}

/// `POST /roster`: checks the upload and shows the report.
pub(crate) async fn upload(
    State(app): State<Arc<App>>,
    ui: Ui,
    multipart: Result<Multipart, MultipartRejection>,
) -> Response {
    let Ok(multipart) = multipart else {
        return refuse(&ui, StatusCode::BAD_REQUEST, &ui.t("ui-error-bad-upload"));
    };
    let upload = match read_upload(&ui, multipart).await {
        Ok(u) => u,
        Err(response) => return response,
    };
    if upload.bytes.is_empty() {
        return refuse(&ui, StatusCode::BAD_REQUEST, &ui.t("ui-error-no-file"));
    }
    if RosterKind::detect(&upload.file_name, &upload.bytes).is_none() {
        return refuse(
            &ui,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            &ui.t("ui-error-file-type"),
        );
    }
    let default_doc = match upload.document.trim() {
        "" => {
            return refuse(
                &ui,
                StatusCode::BAD_REQUEST,
                &ui.t("ui-error-choose-document"),
            );
        }
        FROM_COLUMN => None,
        id => match document::find(id) {
            Some(d) => Some(d),
            None => return refuse(&ui, StatusCode::BAD_REQUEST, &ui.t("ui-error-bad-upload")),
        },
    };
    let language = match upload.language.trim() {
        "" => None,
        tag => match tag.parse::<Tag>() {
            Ok(t) => Some(t),
            Err(_) => {
                return refuse(&ui, StatusCode::BAD_REQUEST, &Reason::Language.text(&ui));
            }
        },
    };
    let worker = app.clone();
    let checked = tokio::task::spawn_blocking(move || {
        let roster = read_roster(&upload.file_name, &upload.bytes, Encoding::Detect, None)
            .map_err(|e| Refusal::Unreadable(e.message))?;
        let rows = roster.rows.len() + distinct_rows(&roster.problems);
        if rows > MAX_ROSTER_ROWS {
            return Err(Refusal::TooManyRows(rows));
        }
        plan(&worker, &roster, default_doc, language.as_ref())
            .map_err(|e| Refusal::Failed(e.to_string()))
    })
    .await;
    let (report, plans, compositions) = match checked {
        Ok(Ok(planned)) => planned,
        Ok(Err(Refusal::TooManyRows(rows))) => {
            return refuse(
                &ui,
                StatusCode::PAYLOAD_TOO_LARGE,
                &ui.n(
                    "ui-error-too-many-rows",
                    &[("rows", rows), ("max", MAX_ROSTER_ROWS)],
                ),
            );
        }
        Ok(Err(Refusal::Unreadable(reason))) => {
            return refuse(
                &ui,
                StatusCode::UNPROCESSABLE_ENTITY,
                &unreadable(&ui, &reason),
            );
        }
        Ok(Err(Refusal::Failed(reason))) => {
            return refuse(
                &ui,
                StatusCode::INTERNAL_SERVER_ERROR,
                &ui.s("ui-error-internal", &[("reason", &reason)]),
            );
        }
        Err(e) => {
            return refuse(
                &ui,
                StatusCode::INTERNAL_SERVER_ERROR,
                &ui.s("ui-error-internal", &[("reason", &e.to_string())]),
            );
        }
    };
    match app.jobs.insert(report, plans, compositions) {
        Some(id) => Redirect::to(&format!("/roster/{id}")).into_response(),
        None => refuse(&ui, StatusCode::SERVICE_UNAVAILABLE, &ui.t("ui-error-busy")),
    }
}

/// Why a roster cannot be read, in plain words: the usual cases (a broken
/// spreadsheet, a text file in another encoding, no name column) in the
/// interface language, anything else with the reader's own words.
fn unreadable(ui: &Ui, reason: &str) -> String {
    let id = if reason.contains("workbook") {
        "ui-roster-unreadable-workbook"
    } else if reason.contains("UTF-8") {
        "ui-roster-unreadable-encoding"
    } else if reason.contains("name column") {
        "ui-roster-unreadable-no-name"
    } else {
        return ui.s("ui-error-roster", &[("reason", reason)]);
    };
    ui.t(id)
}

/// Judges every row with the [`Planner`] `gaozhi batch` uses, keeping
/// the compositions to render them.
fn plan(
    app: &App,
    roster: &gaozhi_core::roster::Roster,
    default_doc: Option<&'static document::DocumentSpec>,
    language: Option<&Tag>,
) -> gaozhi_core::Result<(Report, Vec<Planned>, Vec<gaozhi_core::Composition>)> {
    let planner = Planner {
        renderer: &app.renderer,
        locales: app.locales,
        settings: RowSettings {
            document: default_doc,
            language,
            office: &app.config.office,
            today: Date::today(),
            allow_missing_glyphs: app.config.allow_missing_glyphs,
        },
        file_names: DEFAULT_FILE_NAME,
        distinct_files: true,
        keep_compositions: true,
    };
    let mut plan = planner.plan(roster)?;
    let compositions = plan
        .rows
        .iter_mut()
        .map(|row| {
            row.composition
                .take()
                .expect("the planner keeps compositions")
        })
        .collect();
    let report = Report {
        valid: plan.rows.len(),
        problems: plan.problems,
        ignored: roster.ignored_columns.clone(),
        columns: roster.columns.clone(),
    };
    Ok((report, plan.rows, compositions))
}

/// `GET /roster/{job}`.
pub(crate) async fn job_page(
    State(app): State<Arc<App>>,
    ui: Ui,
    Path(id): Path<String>,
) -> Response {
    match app.jobs.view(&id) {
        Some((report, stage)) => pages::roster_job(&ui, &id, &report, &stage).into_response(),
        None => gone(&ui),
    }
}

fn gone(ui: &Ui) -> Response {
    pages::message(ui, StatusCode::NOT_FOUND, &ui.t("ui-roster-expired"))
}

/// `POST /roster/{job}/render`: starts rendering on a blocking thread and
/// goes to the progress page.
pub(crate) async fn render(
    State(app): State<Arc<App>>,
    ui: Ui,
    Path(id): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let Some(form) = body.ok().and_then(|b| Submission::parse(&b).ok()) else {
        return pages::message(&ui, StatusCode::BAD_REQUEST, &ui.t("ui-error-bad-form"));
    };
    let Some((report, stage)) = app.jobs.view(&id) else {
        return gone(&ui);
    };
    if !report.problems.is_empty() && form.get("skip_invalid").is_empty() {
        return (
            StatusCode::UNPROCESSABLE_ENTITY,
            pages::roster_job(&ui, &id, &report, &stage),
        )
            .into_response();
    }
    let scratch = match app.scratch() {
        Ok(dir) => dir,
        Err(e) => {
            let reason = e.to_string();
            return pages::message(
                &ui,
                StatusCode::INTERNAL_SERVER_ERROR,
                &ui.s("ui-error-internal", &[("reason", &reason)]),
            );
        }
    };
    let work = match app.jobs.start(&id) {
        Ok(w) => w,
        Err(StartError::Gone) => return gone(&ui),
        Err(StartError::Started) => return Redirect::to(&format!("/roster/{id}")).into_response(),
    };
    let worker = app.clone();
    let job = id.clone();
    tokio::task::spawn_blocking(move || {
        let options = RenderOptions {
            allow_missing_glyphs: worker.config.allow_missing_glyphs,
            ..RenderOptions::default()
        };
        let result = tempfile::tempfile_in(scratch)
            .map_err(|e| e.to_string())
            .and_then(|file| build_zip(worker.renderer.clone(), work, options, &ui, &report, file));
        worker.jobs.finish(&job, result);
        // The PDFs were freed as they went into the ZIP; hand the pages
        // the allocator keeps back to the system.
        crate::jobs::release_free_memory();
    });
    Redirect::to(&format!("/roster/{id}")).into_response()
}

/// Renders every planned row and packs the PDFs, `manifest.csv` and (when
/// rows were skipped or failed) `rejected.csv`, its reasons in the
/// interface language of `ui`, into a ZIP written to `file`. Each PDF is
/// written as soon as it is rendered and then dropped; the finished ZIP is
/// the file, rewound, and the number of PDFs in it.
fn build_zip(
    renderer: Arc<Renderer>,
    work: Work,
    options: RenderOptions,
    ui: &Ui,
    report: &Report,
    file: std::fs::File,
) -> Result<(std::fs::File, usize), String> {
    let Work {
        plans,
        compositions,
        problems,
        done,
    } = work;
    let zip_error = |e: zip::result::ZipError| e.to_string();
    let io_error = |e: std::io::Error| e.to_string();
    let mut zip = zip::ZipWriter::new(std::io::BufWriter::new(file));
    // PDFs are compressed already.
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    // What the manifest says of each PDF: its pages and SHA-256, by plan.
    let mut files: BTreeMap<usize, (usize, String)> = BTreeMap::new();
    // The reasons of rows checked before, then of rows that failed now.
    let mut problems: Vec<RowProblem> = problems
        .into_iter()
        .map(|p| RowProblem {
            reason: report.reason(&p).text(ui),
            ..p
        })
        .collect();
    for finished in render_stream(renderer, compositions, options) {
        let plan = &plans[finished.index];
        match finished.result {
            Ok(rendered) => {
                let pdf = rendered.files.into_iter().next().unwrap_or_default();
                zip.start_file(plan.file.as_str(), stored)
                    .map_err(zip_error)?;
                zip.write_all(&pdf).map_err(io_error)?;
                let sha: String = Sha256::digest(&pdf)
                    .iter()
                    .map(|b| format!("{b:02x}"))
                    .collect();
                files.insert(finished.index, (rendered.pages, sha));
            }
            Err(e) => {
                let field = e.at.field.clone().unwrap_or_default();
                problems.push(RowProblem::new(
                    plan.row,
                    report.header(&field),
                    String::new(),
                    Reason::classify(&field, "", e.cause, &e.to_string()).text(ui),
                ))
            }
        }
        done.fetch_add(1, Ordering::Relaxed);
    }
    let mut manifest = manifest_header(false);
    for (index, (pages, sha)) in &files {
        manifest.push_str(&manifest_line(
            &plans[*index],
            &plans[*index].file,
            *pages,
            sha,
            false,
        ));
    }
    zip.start_file("manifest.csv", stored).map_err(zip_error)?;
    zip.write_all(manifest.as_bytes()).map_err(io_error)?;
    if !problems.is_empty() {
        problems.sort_by_key(|p| p.row());
        zip.start_file("rejected.csv", stored).map_err(zip_error)?;
        zip.write_all(rejected_csv(&problems).as_bytes())
            .map_err(io_error)?;
    }
    let mut file = zip
        .finish()
        .map_err(zip_error)?
        .into_inner()
        .map_err(|e| e.error().to_string())?;
    file.rewind().map_err(io_error)?;
    Ok((file, files.len()))
}

/// The progress a page polls for.
#[derive(Serialize)]
struct Status {
    done: usize,
    total: usize,
    finished: bool,
    failed: Option<String>,
    text: String,
}

/// `GET /roster/{job}/status`.
pub(crate) async fn status(
    State(app): State<Arc<App>>,
    ui: Ui,
    Path(id): Path<String>,
) -> Response {
    let Some(stage) = app.jobs.stage(&id) else {
        return (StatusCode::NOT_FOUND, ui.t("ui-roster-expired")).into_response();
    };
    let status = match stage {
        Stage::Checked => Status {
            done: 0,
            total: 0,
            finished: false,
            failed: None,
            text: String::new(),
        },
        Stage::Rendering { done, total } => Status {
            done,
            total,
            finished: false,
            failed: None,
            text: ui.n("ui-roster-progress", &[("done", done), ("total", total)]),
        },
        Stage::Finished { files } => Status {
            done: files,
            total: files,
            finished: true,
            failed: None,
            text: ui.n("ui-roster-done", &[("done", files)]),
        },
        Stage::Failed(reason) => Status {
            done: 0,
            total: 0,
            finished: false,
            text: ui.s("ui-roster-failed", &[("reason", &reason)]),
            failed: Some(reason),
        },
    };
    Json(status).into_response()
}

/// `GET /roster/{job}/download`: the ZIP, once, streamed from its file;
/// the job is dropped, and the file closed (and so gone) once sent.
pub(crate) async fn download(
    State(app): State<Arc<App>>,
    ui: Ui,
    Path(id): Path<String>,
) -> Response {
    let Some(zip) = app.jobs.take_zip(&id) else {
        return gone(&ui);
    };
    let length = zip.metadata().map(|m| m.len()).ok();
    let body = axum::body::Body::from_stream(FileChunks::spawn(zip));
    let mut response = ([(header::CONTENT_TYPE, "application/zip")], body).into_response();
    if let Some(length) = length {
        response
            .headers_mut()
            .insert(header::CONTENT_LENGTH, HeaderValue::from(length));
    }
    response.headers_mut().insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"gaozhi-roster.zip\""),
    );
    response
}

/// A file read in chunks on a blocking thread, as a body stream. The file
/// is closed when the last chunk is read or the download is abandoned.
struct FileChunks(tokio::sync::mpsc::Receiver<std::io::Result<Bytes>>);

impl FileChunks {
    /// Bytes read at once.
    const CHUNK: usize = 256 * 1024;

    fn spawn(mut file: std::fs::File) -> FileChunks {
        let (sender, receiver) = tokio::sync::mpsc::channel(4);
        tokio::task::spawn_blocking(move || {
            loop {
                let mut buffer = vec![0; Self::CHUNK];
                let chunk = match file.read(&mut buffer) {
                    Ok(0) => return,
                    Ok(n) => {
                        buffer.truncate(n);
                        Ok(Bytes::from(buffer))
                    }
                    Err(e) => Err(e),
                };
                let failed = chunk.is_err();
                // The receiver is gone when the download was abandoned.
                if sender.blocking_send(chunk).is_err() || failed {
                    return;
                }
            }
        });
        FileChunks(receiver)
    }
}

impl futures_core::Stream for FileChunks {
    type Item = std::io::Result<Bytes>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.0.poll_recv(cx)
    }
}
