//! Typesetting gaozhi documents: from a [`Composition`] to PDF or PNG pages.
//!
//! # Overview
//!
//! A [`Renderer`] holds everything that is expensive to build: the fonts
//! (each file read once) and the parsed Typst templates with their look
//! ([`Style`], from the templates' `style.toml`), inside one Typst engine
//! that is `Send + Sync` and serves every thread. [`Renderer::render`] then
//! turns one composition into pages:
//!
//! 1. check that a loaded font covers every character of the resident's data
//!    (no silent tofu: an error, or a warning when allowed);
//! 2. build the document's inputs and serve them to Typst as a data file —
//!    resident data enters Typst only as values, never as source, and the
//!    rest of the world stays the same for every resident, so Typst's cache
//!    shares their layout;
//! 3. compile the document's template and export PDF (typst-pdf) or PNG
//!    pages (typst-render); cards go n-up on A4 sheets with cut marks
//!    (`--sheet`, and merged volumes: [`merge`]).
//!
//! [`batch::render_stream`] renders an iterator of compositions on every
//! core and yields results as they complete; [`plan`] reads and judges a
//! roster into the documents to render, for `gaozhi batch` and the desk
//! tool alike; [`inspect`] reads what a laid-out page shows (the layout
//! check).
//!
//! [`render_pdf`] does all of it, from a document id and a record to PDF
//! bytes, with a renderer shared by the whole process:
//!
//! ```
//! use gaozhi_core::source::Format;
//! use gaozhi_core::{Office, Resident};
//!
//! let office = Office::from_toml(
//!     "hotline = \"12345\"\n[name]\nzh-Hans = \"某街道办事处\"\nko = \"모 가도 사무소\"\n",
//!     std::path::Path::new("."),
//! )?;
//! let resident = Resident::from_str(
//!     "name = \"KIM MINJUN\"\nlanguage = \"ko\"\naddress = \"朝阳区某小区 3-2-501\"\n\
//!      observation_start = 2020-03-02\n",
//!     Format::Toml,
//! )?;
//! let pdf = gaozhi_render::render_pdf("home-observation-notice", Some(&resident), &office, None)?;
//! assert!(pdf.starts_with(b"%PDF-"));
//! # Ok::<(), gaozhi_core::Error>(())
//! ```

pub mod batch;
mod fonts;
mod inputs;
pub mod inspect;
mod laid;
pub mod layout;
pub mod merge;
pub mod plan;
mod qr;
mod renderer;
pub mod rows;
mod sheet;
mod style;
mod templates;
mod viewer;
mod world;

pub use fonts::{FontChoice, FontConfig};
pub use gaozhi_core::Composition;
pub use laid::Laid;
pub use renderer::{Fit, Format, RenderOptions, Rendered, Renderer, RendererConfig};
pub use style::Style;
pub use typst_pdf::PdfStandard;

use std::sync::OnceLock;

use gaozhi_core::Date;
use gaozhi_core::{Layout, Locales, Office, Request, Resident, Result, Tag, document};

/// Renders one document to PDF bytes with the embedded locales and
/// templates and the default fonts: a bilingual page in Chinese and the
/// resident's language (the record's own, else `lang`, else that of their
/// nationality). The renderer is built on the first call and reused.
pub fn render_pdf(
    document_id: &str,
    resident: Option<&Resident>,
    office: &Office,
    lang: Option<&Tag>,
) -> Result<Vec<u8>> {
    static RENDERER: OnceLock<Result<Renderer>> = OnceLock::new();
    let renderer = RENDERER
        .get_or_init(|| Renderer::new(&RendererConfig::default()))
        .as_ref()
        .map_err(Clone::clone)?;
    let document = document::find(document_id)
        .ok_or_else(|| gaozhi_core::Error::usage(format!("unknown document `{document_id}`")))?;
    let composition = gaozhi_core::compose(
        Locales::embedded()?,
        &Request {
            document,
            resident,
            office,
            default_language: lang,
            layout: Layout::Bilingual,
            today: Date::today(),
        },
    )?;
    let rendered = renderer.render(&composition, &RenderOptions::default())?;
    Ok(rendered.files.into_iter().next().unwrap_or_default())
}
