//! The interface language: which one a request gets (the `gaozhi_ui`
//! cookie that the language links set, else the browser's
//! `Accept-Language`, else Chinese) and the lookup of interface strings in
//! `locales/<lang>/ui.ftl` through the same Fluent bundles as the documents.
//!
//! On a document's page the language links post the form along, and the
//! page comes back in the new language with everything typed still in it.

use std::convert::Infallible;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{FromRequestParts, Query, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use gaozhi_core::locale::FluentArgs;
use gaozhi_core::{Lang, Locales, Tag};

use crate::App;
use crate::form::{Problems, Submission};

/// The cookie that remembers the interface language (not personal).
const COOKIE: &str = "gaozhi_ui";

/// A message every interface locale has; a locale without it (no
/// `ui.ftl`) is not offered as an interface language.
const MARKER: &str = "ui-app-name";

/// The interface language of one request, with the strings.
#[derive(Clone)]
pub(crate) struct Ui {
    pub(crate) lang: Lang,
    locales: &'static Locales,
}

impl Ui {
    /// The interface string `id`.
    pub(crate) fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The interface string `id` with numeric arguments.
    pub(crate) fn n(&self, id: &str, args: &[(&str, usize)]) -> String {
        let mut fluent = FluentArgs::new();
        for (k, v) in args {
            fluent.set(*k, *v);
        }
        self.format(id, Some(&fluent))
    }

    /// The interface string `id` with text arguments.
    pub(crate) fn s(&self, id: &str, args: &[(&str, &str)]) -> String {
        let mut fluent = FluentArgs::new();
        for (k, v) in args {
            fluent.set(*k, v.to_string());
        }
        self.format(id, Some(&fluent))
    }

    /// Any message of the bundles (a field label, a country) in the
    /// interface language, with `args`; the reference text if this
    /// language lacks it, the id if both do.
    pub(crate) fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        self.locales
            .format(&self.lang, id, args)
            .or_else(|_| self.locales.format(&Lang::reference(), id, args))
            .unwrap_or_else(|_| id.to_owned())
    }

    /// A message in a given language (document titles in Chinese and
    /// English, language names in their own language).
    pub(crate) fn in_lang(&self, lang: &Lang, id: &str) -> String {
        self.locales
            .format(lang, id, None)
            .unwrap_or_else(|_| id.to_owned())
    }

    /// The loaded languages that have interface strings.
    pub(crate) fn languages(&self) -> Vec<Lang> {
        languages(self.locales)
    }

    /// A language loaded for documents, by its tag.
    pub(crate) fn lang(&self, tag: &str) -> Option<Lang> {
        let tag: Tag = tag.parse().ok()?;
        self.locales.negotiate(&tag).ok()
    }

    /// Every language loaded for documents, reference first.
    pub(crate) fn document_languages(&self) -> Vec<Lang> {
        self.locales.languages()
    }
}

fn languages(locales: &Locales) -> Vec<Lang> {
    locales
        .languages()
        .into_iter()
        .filter(|l| locales.has(l, MARKER))
        .collect()
}

/// The interface language a request asks for.
fn choose_lang(locales: &Locales, headers: &HeaderMap) -> Lang {
    let offered = languages(locales);
    let pick = |tag: &str| -> Option<Lang> { tag.parse::<Tag>().ok()?.negotiate(&offered) };
    let from_cookie = cookie(headers, COOKIE).and_then(|v| pick(&v));
    let from_browser = || {
        headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| {
                v.split(',')
                    .filter_map(|part| part.split(';').next())
                    .find_map(|tag| pick(tag.trim()))
            })
    };
    from_cookie
        .or_else(from_browser)
        .unwrap_or_else(Lang::reference)
}

/// The value of cookie `name`, if the request has it.
pub(crate) fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
}

impl Ui {
    /// The interface language the request with these headers asks for.
    pub(crate) fn for_headers(app: &App, headers: &HeaderMap) -> Ui {
        Ui {
            lang: choose_lang(app.locales, headers),
            locales: app.locales,
        }
    }
}

impl FromRequestParts<Arc<App>> for Ui {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, app: &Arc<App>) -> Result<Ui, Infallible> {
        Ok(Ui::for_headers(app, &parts.headers))
    }
}

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
