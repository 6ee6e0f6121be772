//! The desk tool behind `gaozhi serve`: a small web server that office staff
//! open in a browser to fill in a resident's details once, see the page,
//! and print it in the resident's language, or to drop in a roster and get
//! every document back in a ZIP.
//!
//! # What it keeps
//!
//! Nothing typed or uploaded is logged or written to disk outside the
//! server's private temporary directory: a form is rendered from the
//! request that carries it and forgotten; an uploaded roster lives in
//! memory as a short-lived job ([`JOB_TTL`]) whose ZIP is built in an
//! unnamed file in that directory (readable by this user only, gone as soon
//! as it is closed), and the job is dropped when its ZIP is downloaded.
//! Every response says `Cache-Control: no-store`, except the fonts.
//!
//! # Who may connect
//!
//! The server listens on the loopback address by default and then accepts
//! only requests addressed to a loopback host name (so a web page elsewhere
//! cannot reach it through DNS rebinding). Listening on any other address
//! requires a token ([`Config::token`]), checked on every request: an
//! `Authorization: Bearer` header, or a cookie that opening `/?token=…`
//! sets. Whatever changes something must come from the tool's own pages,
//! never from another web page (see `guard`).
//!
//! # Pages
//!
//! Everything is generated from the document registry
//! ([`gaozhi_core::document::DOCUMENTS`]): the home page shows each
//! document as a card with a thumbnail rendered by the server; a document's
//! page is a form built from its fields, with labels from the Fluent
//! bundles and a live preview; the roster page checks an upload with
//! [`gaozhi_core::roster`] and renders it with
//! [`gaozhi_render::batch::render_stream`]. Interface strings come from
//! `locales/<lang>/ui.ftl`; HTML, CSS and JavaScript are built into the
//! binary.
//!
//! ```no_run
//! use std::sync::Arc;
//! use gaozhi_render::{Renderer, RendererConfig};
//! use gaozhi_serve::{App, Config};
//!
//! let office = gaozhi_core::Office::from_path("office.toml".as_ref())?;
//! let config = Config::new(office, Some("office.toml".into()));
//! let renderer = Arc::new(Renderer::new(&RendererConfig::default())?);
//! let app = App::new(config, gaozhi_core::Locales::embedded()?, renderer)?;
//! gaozhi_serve::serve(app)?;
//! # Ok::<(), gaozhi_core::Error>(())
//! ```

mod assets;
mod form;
mod form_routes;
mod guard;
mod inputs;
mod jobs;
mod network;
mod pages;
mod reason;
mod roster;
mod ui;
mod ui_routes;

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use sha2::{Digest, Sha256};

use gaozhi_core::{Error, Locales, Office, Resident, Result};
use gaozhi_render::Renderer;

/// Largest roster file accepted, in bytes.
pub const MAX_UPLOAD_BYTES: usize = 5 * 1024 * 1024;
/// Most roster rows accepted in one upload.
pub const MAX_ROSTER_ROWS: usize = 2_000;
/// Largest form submission accepted, in bytes.
pub const MAX_FORM_BYTES: usize = 64 * 1024;
/// How long an uploaded roster is kept when its ZIP is not downloaded.
pub const JOB_TTL: Duration = Duration::from_secs(30 * 60);
/// Most roster jobs held at once.
pub const MAX_JOBS: usize = 8;
/// The default address: loopback only.
pub const DEFAULT_LISTEN: SocketAddr = SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), 8080);

/// How the server is set up.
#[derive(Debug, Clone)]
pub struct Config {
    /// The address to listen on ([`DEFAULT_LISTEN`] unless given).
    pub listen: SocketAddr,
    /// The access token; required when `listen` is not a loopback address.
    pub token: Option<String>,
    /// The office profile every document is issued by.
    pub office: Office,
    /// Where the office profile came from, shown on the home page; `None`
    /// for the built-in sample.
    pub office_source: Option<String>,
    /// A sample resident for the thumbnails on the home page (never a real
    /// one: the thumbnails are cached).
    pub sample: Option<Resident>,
    /// Print characters no font has as empty boxes instead of refusing.
    pub allow_missing_glyphs: bool,
}

impl Config {
    /// A configuration with the defaults: loopback, no token, no sample.
    pub fn new(office: Office, office_source: Option<String>) -> Config {
        Config {
            listen: DEFAULT_LISTEN,
            token: None,
            office,
            office_source,
            sample: None,
            allow_missing_glyphs: false,
        }
    }
}

/// The running desk tool: configuration, the loaded engine, and the
/// in-memory roster jobs.
pub struct App {
    config: Config,
    locales: &'static Locales,
    renderer: Arc<Renderer>,
    token_digest: Option<[u8; 32]>,
    jobs: jobs::Jobs,
    thumbnails: Mutex<HashMap<&'static str, Arc<Vec<u8>>>>,
    /// Interactive renders (previews, PDFs) at once; the rest wait.
    renders: tokio::sync::Semaphore,
    /// The private temporary directory for roster ZIPs, made on first use
    /// and removed with the server.
    scratch: Mutex<Option<tempfile::TempDir>>,
}

impl std::fmt::Debug for App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("App")
            .field("listen", &self.config.listen)
            .field("token", &self.token_digest.is_some())
            .finish_non_exhaustive()
    }
}

impl App {
    /// Checks the configuration and sets up the server state. `locales`
    /// lives as long as the process (use [`Locales::embedded`], or leak
    /// the ones read from a directory: the server never ends before the
    /// process does).
    ///
    /// A non-loopback `listen` address without a token is refused, and so
    /// is an empty token.
    pub fn new(
        config: Config,
        locales: &'static Locales,
        renderer: Arc<Renderer>,
    ) -> Result<Arc<App>> {
        if let Some(token) = &config.token
            && token.trim().len() < 8
        {
            return Err(Error::usage(
                "--token: use at least 8 characters (a long random string is best)",
            ));
        }
        if !config.listen.ip().is_loopback() && config.token.is_none() {
            return Err(Error::usage(format!(
                "--listen {}: other machines could reach resident data; \
                 pass --token with a secret to listen beyond this machine",
                config.listen
            )));
        }
        let token_digest = config
            .token
            .as_deref()
            .map(|t| Sha256::digest(t.as_bytes()).into());
        Ok(Arc::new(App {
            config,
            locales,
            renderer,
            token_digest,
            jobs: jobs::Jobs::default(),
            thumbnails: Mutex::new(HashMap::new()),
            renders: tokio::sync::Semaphore::new(2),
            scratch: Mutex::new(None),
        }))
    }

    /// The private temporary directory (mode 0700 on Unix), made on first
    /// use.
    pub(crate) fn scratch(&self) -> std::io::Result<PathBuf> {
        let mut dir = self.scratch.lock().unwrap_or_else(|e| e.into_inner());
        if dir.is_none() {
            *dir = Some(tempfile::Builder::new().prefix("gaozhi-serve-").tempdir()?);
        }
        Ok(dir
            .as_ref()
            .map(|d| d.path().to_owned())
            .unwrap_or_default())
    }

    /// The configuration in use.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The web application: every page, with the access check and the
    /// security headers on every response.
    pub fn router(self: &Arc<Self>) -> Router {
        let form_limit = DefaultBodyLimit::max(MAX_FORM_BYTES);
        // Room for the multipart framing and the other fields around the
        // file; the file itself is measured against MAX_UPLOAD_BYTES.
        let upload_limit = DefaultBodyLimit::max(MAX_UPLOAD_BYTES + 64 * 1024);
        Router::new()
            .route("/", get(pages::home))
            .route(
                "/ui",
                get(ui_routes::choose)
                    .post(ui_routes::switch)
                    .layer(form_limit),
            )
            .route("/static/{file}", get(assets::file))
            .route("/thumbnail/{doc}", get(form_routes::thumbnail))
            .route("/doc/{doc}", get(form_routes::page))
            .route(
                "/doc/{doc}/preview",
                post(form_routes::preview).layer(form_limit),
            )
            .route("/doc/{doc}/pdf", post(form_routes::pdf).layer(form_limit))
            .route(
                "/roster",
                get(roster::page).post(roster::upload).layer(upload_limit),
            )
            .route("/roster/{job}", get(roster::job_page))
            .route(
                "/roster/{job}/render",
                post(roster::render).layer(form_limit),
            )
            .route("/roster/{job}/status", get(roster::status))
            .route("/roster/{job}/download", get(roster::download))
            .fallback(pages::not_found)
            .layer(axum::middleware::from_fn_with_state(
                self.clone(),
                guard::access,
            ))
            .layer(axum::middleware::from_fn(guard::headers))
            .with_state(self.clone())
    }

    /// The addresses to open in a browser (with the token, when there is
    /// one, so the first visit sets the cookie). Listening on every
    /// address (`0.0.0.0`), they are this machine's network addresses,
    /// for the other desks; loopback if it has none.
    pub fn urls(&self, bound: SocketAddr) -> Vec<String> {
        if bound.ip().is_unspecified() {
            let lan: Vec<String> = network::addresses(bound.is_ipv6())
                .into_iter()
                .map(|ip| self.url(SocketAddr::new(ip, bound.port())))
                .collect();
            if !lan.is_empty() {
                return lan;
            }
        }
        vec![self.url(bound)]
    }

    /// The address to open in a browser at `bound` (with the token, when
    /// there is one, so the first visit sets the cookie).
    pub fn url(&self, bound: SocketAddr) -> String {
        let host = if bound.ip().is_unspecified() {
            "127.0.0.1".to_owned()
        } else if bound.is_ipv6() {
            format!("[{}]", bound.ip())
        } else {
            bound.ip().to_string()
        };
        match &self.config.token {
            Some(token) => format!(
                "http://{host}:{}/?token={}",
                bound.port(),
                form_urlencoded::byte_serialize(token.as_bytes()).collect::<String>()
            ),
            None => format!("http://{host}:{}/", bound.port()),
        }
    }
}

/// Runs the server until Ctrl-C, on a runtime of its own: binds the
/// address, prints the address to open, and drops expired roster jobs
/// every minute.
pub fn serve(app: Arc<App>) -> Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::io("the server runtime", &e))?;
    runtime.block_on(async move {
        let listen = app.config.listen;
        let listener = tokio::net::TcpListener::bind(listen)
            .await
            .map_err(|e| Error::io(format!("--listen {listen}"), &e))?;
        let bound = listener
            .local_addr()
            .map_err(|e| Error::io(format!("--listen {listen}"), &e))?;
        for url in app.urls(bound) {
            println!("gaozhi serve: open {url} in a browser");
        }
        println!("(press Ctrl-C to stop; nothing typed or uploaded is kept)");
        let sweeper = app.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_secs(60));
            loop {
                tick.tick().await;
                sweeper.jobs.sweep();
            }
        });
        axum::serve(listener, app.router())
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
            .map_err(|e| Error::io("the server", &e))
    })
}
