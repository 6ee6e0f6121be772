//! The stylesheet, the script and the fonts, built into the binary: the
//! pages work on a machine with no internet (and no CJK fonts installed),
//! and the Content-Security-Policy allows no inline script.

use axum::extract::Path;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

const CSS: &str = include_str!("../static/app.css");
const JS: &str = include_str!("../static/app.js");

/// The embedded fonts the stylesheet names, by the file name it uses: the
/// same faces the documents are printed with, as a fallback for machines
/// without CJK fonts.
const FONTS: &[(&str, &str)] = &[
    ("cjk-regular.otf", "NotoSansCJKsc-Regular-subset.otf"),
    ("cjk-bold.otf", "NotoSansCJKsc-Bold-subset.otf"),
];

/// `GET /static/{file}`.
pub(crate) async fn file(Path(file): Path<String>) -> Response {
    let (body, kind) = match file.as_str() {
        "app.css" => (CSS, "text/css; charset=utf-8"),
        "app.js" => (JS, "text/javascript; charset=utf-8"),
        name => {
            let font =
                FONTS
                    .iter()
                    .find(|(served, _)| *served == name)
                    .and_then(|(_, embedded)| {
                        gaozhi_fonts::embedded()
                            .iter()
                            .find(|f| f.file == *embedded)
                    });
            return match font {
                Some(font) => (
                    [
                        (header::CONTENT_TYPE, "font/otf"),
                        (header::CACHE_CONTROL, "public, max-age=86400"),
                    ],
                    font.data,
                )
                    .into_response(),
                None => StatusCode::NOT_FOUND.into_response(),
            };
        }
    };
    ([(header::CONTENT_TYPE, kind)], body).into_response()
}
