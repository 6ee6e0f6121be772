//! The interface language links: `GET /ui` remembers the choice and goes
//! back; on a document's page the links post the form along, and the page
//! comes back in the new language with everything typed still in it.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use gaozhi_core::{Lang, Tag};

use crate::App;
use crate::form::{Problems, Submission};
use crate::ui::{COOKIE, Ui, languages};

/// `GET /ui?lang=ko&back=/doc/…`.
#[derive(Deserialize)]
pub(crate) struct Choice {
    lang: String,
    #[serde(default)]
    back: String,
}

/// Whether `back` is a path on this server and nothing else: it starts
/// with one `/` and holds only visible ASCII other than `\`. Browsers
/// drop tabs and line breaks from an address and read `\` as `/`, so
/// `/<TAB>/host` or `/\host` would lead to another site.
fn local_path(back: &str) -> bool {
    let mut chars = back.chars();
    chars.next() == Some('/')
        && !matches!(chars.next(), Some('/' | '\\'))
        && back.chars().all(|c| c.is_ascii_graphic() && c != '\\')
}

/// The interface language a choice names (Chinese if none is offered).
fn chosen(app: &App, choice: &Choice) -> Lang {
    let offered = languages(app.locales);
    choice
        .lang
        .parse::<Tag>()
        .ok()
        .and_then(|t| t.negotiate(&offered))
        .unwrap_or_else(Lang::reference)
}

/// The cookie that remembers `lang`.
fn remember(response: &mut Response, lang: &Lang) {
    if let Ok(v) = HeaderValue::from_str(&format!(
        "{COOKIE}={lang}; Path=/; Max-Age=31536000; SameSite=Strict"
    )) {
        response.headers_mut().insert(header::SET_COOKIE, v);
    }
}

/// `POST /ui?lang=…&back=/doc/…` with a document's form: the same form in
/// the new language, filled as it was. Any other page is gone back to.
pub(crate) async fn switch(
    State(app): State<Arc<App>>,
    Query(choice): Query<Choice>,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let doc = choice
        .back
        .strip_prefix("/doc/")
        .and_then(gaozhi_core::document::find);
    let Some(doc) = doc else {
        return choose(State(app), Query(choice)).await;
    };
    let lang = chosen(&app, &choice);
    let ui = Ui {
        lang: lang.clone(),
        locales: app.locales,
    };
    let form = body
        .ok()
        .and_then(|b| Submission::parse(&b).ok())
        .unwrap_or_default();
    let mut response =
        crate::pages::document(&app, &ui, doc, &form, &Problems::default()).into_response();
    remember(&mut response, &lang);
    response
}

/// Remembers the interface language and goes back to the page the link
/// was on (a local path only: never an open redirect).
pub(crate) async fn choose(State(app): State<Arc<App>>, Query(choice): Query<Choice>) -> Response {
    let lang = chosen(&app, &choice);
    let back = if local_path(&choice.back) {
        choice.back
    } else {
        "/".to_owned()
    };
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(v) = HeaderValue::from_str(&back) {
        response.headers_mut().insert(header::LOCATION, v);
    }
    remember(&mut response, &lang);
    response
}
