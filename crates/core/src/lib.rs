//! The heart of gaozhi: what a document is, who it is for, and what it says
//! in each language.
//!
//! gaozhi prints notices and forms for foreign residents: the binding Chinese
//! text with the resident's language beside it. This crate holds everything
//! up to typesetting; `gaozhi-render` turns its output into PDF.
//!
//! # Overview
//!
//! The pipeline is a few plain functions over plain data:
//!
//! 1. **Read and validate** a [`Resident`] record and an [`Office`] profile
//!    (TOML or JSON; unknown keys are refused; every error names its file,
//!    line and field — see [`Error`]).
//! 2. **Pick the document** from the registry: [`document::find`] returns a
//!    [`DocumentSpec`] (template, page format, fields, messages).
//! 3. **Localize**: [`compose()`] formats every message and value of the
//!    document in Chinese and the resident's language, from the Fluent
//!    bundles in [`Locales`], with dates and numbers in each language's own
//!    form ([`intl`]).
//!
//! ```
//! use gaozhi_core::{compose, document, Layout, Locales, Office, Request, Resident};
//! use gaozhi_core::source::Format;
//! use gaozhi_core::Date;
//!
//! let locales = Locales::embedded()?;
//! let office = Office::from_toml(
//!     "hotline = \"12345\"\n[name]\nzh-Hans = \"某街道办事处\"\nko = \"모 가도 사무소\"\n",
//!     std::path::Path::new("."),
//! )?;
//! let resident = Resident::from_str(
//!     "name = \"KIM MINJUN\"\nlanguage = \"ko\"\naddress = \"朝阳区某小区 3-2-501\"\nobservation_start = 2020-03-02\n",
//!     Format::Toml,
//! )?;
//! let page = compose(locales, &Request {
//!     document: document::find("home-observation-notice").unwrap(),
//!     resident: Some(&resident),
//!     office: &office,
//!     default_language: None,
//!     layout: Layout::Bilingual,
//!     today: Date::new(2020, 3, 2).unwrap(),
//! })?;
//! assert_eq!(page.value("observation_start").unwrap()[1], "2020년 3월 2일~2020년 3월 15일(14일간)");
//! # Ok::<(), gaozhi_core::Error>(())
//! ```

pub mod compose;
pub mod countries;
pub mod document;
mod error;
pub mod field;
pub mod functions;
pub mod intl;
mod lang;
pub mod locale;
pub mod office;
mod record;
pub mod roster;
pub mod source;
mod values;

pub use compose::{Composition, DayRow, Layout, Request, compose, compose_blank};
pub use document::DocumentSpec;
pub use error::{Cause, Error, ErrorKind, Location, Result};
pub use field::Field;
pub use lang::{Lang, REFERENCE, Tag};
pub use locale::Locales;
pub use office::Office;
pub use record::{
    FieldValue, MAX_NAME_CHARS, MAX_TEXT_CHARS, MAX_WORD_CHARS, Resident, is_direction_control,
};
pub use values::{Country, Date, Sex};
