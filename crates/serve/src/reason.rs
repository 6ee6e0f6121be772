//! What is wrong with a value, as data (a kind and its details), and its
//! words in the interface language.
//!
//! The library explains problems in English for the command line; staff at
//! the desk read them in the interface language, from
//! `locales/<lang>/ui.ftl` (`ui-reason-*`), without field ids or document
//! ids. A problem is classified by what the library says it is about as
//! data (`gaozhi_core::Cause`: the character, the year), the field and the
//! value given, never by the library's wording; what cannot be classified
//! keeps the library's words after a plain sentence.

use gaozhi_core::Cause;

use crate::inputs::{self, Kind};
use crate::ui::Ui;

/// Why a value (a form field, a roster cell) cannot be printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Reason {
    /// Nothing given where something must be.
    Required,
    /// Not a date, or a day the calendar does not have (31 April).
    DateUnreadable,
    /// A real date in a year no one means (0301, 2099).
    DateImplausible {
        /// The year as read.
        year: i32,
    },
    /// No country by that code or name.
    Country,
    /// Not F, M or X (男, 女).
    Sex,
    /// No translation in that language.
    Language,
    /// Not a whole number in the allowed range.
    Number,
    /// An invisible control character.
    ControlChar {
        /// `U+0007`.
        code: String,
    },
    /// A character no font can print.
    MissingGlyph {
        /// The character itself.
        character: String,
        /// `U+10FFFD`.
        code: String,
    },
    /// Bytes that are not text (not UTF-8).
    NotText,
    /// A document column naming no document.
    Document,
    /// No document chosen and no document column.
    NoDocument,
    /// Something else, in the library's words.
    Other(String),
}

impl Reason {
    /// Classifies a problem with `field` (a record field name, `language`
    /// or `document`; empty for a whole row) whose value was `value`, by
    /// what the library says it is about (`cause`), else by the field and
    /// the value; `message` is the library's description, kept for what
    /// cannot be classified.
    pub(crate) fn classify(
        field: &str,
        value: &str,
        cause: Option<Cause>,
        message: &str,
    ) -> Reason {
        let code = |c: char| format!("U+{:04X}", c as u32);
        match cause {
            Some(Cause::ImplausibleYear(year)) => return Reason::DateImplausible { year },
            Some(Cause::ControlCharacter(c)) => return Reason::ControlChar { code: code(c) },
            Some(Cause::MissingGlyph(c)) => {
                return Reason::MissingGlyph {
                    character: c.to_string(),
                    code: code(c),
                };
            }
            _ => {}
        }
        if field == "document" {
            return if value.trim().is_empty() {
                Reason::NoDocument
            } else {
                Reason::Document
            };
        }
        if field.is_empty() {
            return Reason::Other(message.to_owned());
        }
        if value.trim().is_empty() {
            return Reason::Required;
        }
        if field == inputs::LANGUAGE {
            return Reason::Language;
        }
        match inputs::kind(field) {
            Kind::Date => Reason::DateUnreadable,
            Kind::Country => Reason::Country,
            Kind::Sex => Reason::Sex,
            Kind::Number => Reason::Number,
            Kind::Text | Kind::List => Reason::Other(message.to_owned()),
        }
    }

    /// The reason in the interface language of `ui`.
    pub(crate) fn text(&self, ui: &Ui) -> String {
        match self {
            Reason::Required => ui.t("ui-reason-required"),
            Reason::DateUnreadable => ui.t("ui-reason-date"),
            Reason::DateImplausible { year } => {
                ui.s("ui-reason-date-year", &[("year", &format!("{year:04}"))])
            }
            Reason::Country => ui.t("ui-reason-country"),
            Reason::Sex => ui.t("ui-reason-sex"),
            Reason::Language => ui.t("ui-reason-language"),
            Reason::Number => ui.t("ui-reason-number"),
            Reason::ControlChar { code } => ui.s("ui-reason-control", &[("code", code)]),
            Reason::MissingGlyph { character, code } => ui.s(
                "ui-reason-glyph",
                &[("character", character), ("code", code)],
            ),
            Reason::NotText => ui.t("ui-reason-not-text"),
            Reason::Document => ui.t("ui-reason-document"),
            Reason::NoDocument => ui.t("ui-reason-no-document"),
            Reason::Other(detail) => ui.s("ui-reason-other", &[("detail", detail)]),
        }
    }
}

/// A date in a year no one means is questioned by the roster planner, and
/// by the form with the same rule.
pub(crate) use gaozhi_render::plan::plausible_year;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_are_classified_by_field_value_and_character() {
        assert_eq!(
            Reason::classify("name", "", None, "is required"),
            Reason::Required
        );
        assert_eq!(
            Reason::classify("observation_start", "2020-02-30", None, "anything"),
            Reason::DateUnreadable
        );
        assert_eq!(
            Reason::classify("nationality", "XX", None, "anything"),
            Reason::Country
        );
        assert_eq!(
            Reason::classify(
                "name",
                "A\u{7}",
                Some(Cause::ControlCharacter('\u{7}')),
                "contains U+0007"
            ),
            Reason::ControlChar {
                code: "U+0007".into()
            }
        );
        assert_eq!(
            Reason::classify(
                "name",
                "KIM \u{10FFFD}",
                Some(Cause::MissingGlyph('\u{10FFFD}')),
                "no font has U+10FFFD"
            ),
            Reason::MissingGlyph {
                character: "\u{10FFFD}".into(),
                code: "U+10FFFD".into()
            }
        );
        assert_eq!(
            Reason::classify("document", "", None, "x"),
            Reason::NoDocument
        );
        assert_eq!(
            Reason::classify(
                "birth_date",
                "2099-01-01",
                Some(Cause::ImplausibleYear(2099)),
                "implausible year"
            ),
            Reason::DateImplausible { year: 2099 }
        );
        assert!(plausible_year(2020, 2026));
        assert!(!plausible_year(301, 2026));
        assert!(!plausible_year(2099, 2026));
    }
}
