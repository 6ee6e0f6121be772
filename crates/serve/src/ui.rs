//! The interface language: which one a request gets (the `gaozhi_ui`
//! cookie that the language links set, else the browser's
//! `Accept-Language`, else Chinese) and the lookup of interface strings in
//! `locales/<lang>/ui.ftl` through the same Fluent bundles as the documents.
//!
//! The language links are answered by [`crate::ui_routes`].

use std::convert::Infallible;
use std::sync::Arc;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};

use gaozhi_core::locale::FluentArgs;
use gaozhi_core::{Lang, Locales, Tag};

use crate::App;

/// The cookie that remembers the interface language (not personal).
pub(crate) const COOKIE: &str = "gaozhi_ui";

/// A message every interface locale has; a locale without it (no
/// `ui.ftl`) is not offered as an interface language.
const MARKER: &str = "ui-app-name";

/// The interface language of one request, with the strings.
#[derive(Clone)]
pub(crate) struct Ui {
    pub(crate) lang: Lang,
    pub(crate) locales: &'static Locales,
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

pub(crate) fn languages(locales: &Locales) -> Vec<Lang> {
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
