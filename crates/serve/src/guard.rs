//! Who may talk to the server, and the headers every response carries.
//!
//! With a token, every request must present it (a Bearer header, or the
//! cookie that `/?token=…` sets); the comparison is constant-time over
//! SHA-256 digests, so neither the token's bytes nor its length leak
//! through timing. Without one (loopback only), requests must be addressed
//! to a loopback host name, which keeps DNS-rebinding pages out.
//!
//! Whatever changes something (a form posted, a roster uploaded, a job
//! started or downloaded) must come from the tool's own pages: a browser
//! says where a request comes from (`Origin`, `Sec-Fetch-Site`), and a
//! request another web page sent is refused. This matters even with the
//! token: a cookie's `SameSite` treats every port of a host as the same
//! site, so a page served on another local port would send it along.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::App;
use crate::ui::{Ui, cookie};

/// The cookie holding the access token.
pub(crate) const TOKEN_COOKIE: &str = "gaozhi_token";

/// The Content-Security-Policy: scripts, styles and images from this
/// server only (plus `blob:` images for the live preview); no inline
/// script, no plugins, no framing.
pub(crate) const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
     img-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'; \
     frame-ancestors 'none'";

/// Adds the security headers to every response. Every response is
/// `no-store` (pages echo resident data) unless its handler said
/// otherwise: the fonts, which hold nothing personal and are large.
pub(crate) async fn headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    if !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    response
}

/// Lets a request through, or answers 401 (token) or 403 (host, or a
/// change asked for by another web page).
pub(crate) async fn access(State(app): State<Arc<App>>, request: Request, next: Next) -> Response {
    let ui = Ui::for_headers(&app, request.headers());
    if changes_something(&request) && !from_this_tool(&request) {
        return (StatusCode::FORBIDDEN, ui.t("ui-error-cross-origin")).into_response();
    }
    let Some(expected) = app.token_digest else {
        if !loopback_host(&request) {
            return (StatusCode::FORBIDDEN, ui.t("ui-error-host")).into_response();
        }
        return next.run(request).await;
    };
    let matches = |given: &str| -> bool {
        let digest: [u8; 32] = Sha256::digest(given.as_bytes()).into();
        bool::from(digest[..].ct_eq(&expected[..]))
    };
    let bearer = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .is_some_and(|t| matches(t.trim()));
    let cookie = cookie(request.headers(), TOKEN_COOKIE)
        .and_then(|v| {
            form_urlencoded::parse(format!("t={v}").as_bytes())
                .next()
                .map(|(_, t)| t.into_owned())
        })
        .is_some_and(|t| matches(&t));
    if bearer || cookie {
        return next.run(request).await;
    }
    // `/?token=…` from the address printed at start: set the cookie and
    // drop the token from the address bar (and from the history).
    if request.uri().path() == "/"
        && let Some(given) = query_token(&request)
        && matches(&given)
    {
        let mut response = StatusCode::SEE_OTHER.into_response();
        let h = response.headers_mut();
        h.insert(header::LOCATION, HeaderValue::from_static("/"));
        if let Ok(v) = HeaderValue::from_str(&format!(
            "{TOKEN_COOKIE}={}; Path=/; HttpOnly; SameSite=Strict",
            form_urlencoded::byte_serialize(given.as_bytes()).collect::<String>()
        )) {
            h.insert(header::SET_COOKIE, v);
        }
        return response;
    }
    let mut response = (StatusCode::UNAUTHORIZED, ui.t("ui-error-token")).into_response();
    response
        .headers_mut()
        .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    response
}

fn query_token(request: &Request) -> Option<String> {
    let query = request.uri().query()?;
    form_urlencoded::parse(query.as_bytes())
        .find(|(k, _)| k == "token")
        .map(|(_, v)| v.into_owned())
}

/// Whether the request's Host names this machine. A request with no Host
/// (not from a browser) passes.
fn loopback_host(request: &Request) -> bool {
    let Some(host) = request
        .headers()
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
    else {
        return true;
    };
    let name = if let Some(rest) = host.strip_prefix('[') {
        rest.split(']').next().unwrap_or("")
    } else {
        host.rsplit_once(':').map_or(host, |(h, _)| h)
    };
    name.eq_ignore_ascii_case("localhost")
        || name
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// Whether a request changes the server's state: anything but a plain
/// read, and the roster download (which drops the job).
fn changes_something(request: &Request) -> bool {
    let method = request.method();
    let read = method == Method::GET || method == Method::HEAD || method == Method::OPTIONS;
    !read || request.uri().path().ends_with("/download")
}

/// Whether a request comes from the tool's own pages, as the browser
/// tells: `Sec-Fetch-Site` is `same-origin` (or `none`: typed into the
/// address bar), and `Origin`, when sent, is this very server. `Origin:
/// null` (what a browser sends for a form posted under a strict referrer
/// policy, and for sandboxed pages) counts only when `Sec-Fetch-Site`
/// vouches for the request. A request with neither header is not from a
/// web page at all (a script at the desk), and passes.
fn from_this_tool(request: &Request) -> bool {
    let headers = request.headers();
    let site = headers
        .get(SEC_FETCH_SITE)
        .map(|v| v.to_str().unwrap_or(""));
    if site.is_some_and(|s| !matches!(s, "same-origin" | "none")) {
        return false;
    }
    let Some(origin) = headers.get(header::ORIGIN) else {
        return true;
    };
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    match (origin.to_str(), host) {
        (Ok("null"), _) => site.is_some(),
        (Ok(origin), Some(host)) => origin
            .strip_prefix("http://")
            .is_some_and(|o| o.eq_ignore_ascii_case(host)),
        _ => false,
    }
}

/// The Fetch Metadata header naming the relation of the page that sent a
/// request to this server.
const SEC_FETCH_SITE: &str = "sec-fetch-site";
