//! What is wrong with a value, as data (a kind and its details), and its
//! words in the interface language.
//!
//! The library explains problems in English for the command line; staff at
//! the desk read them in the interface language, from
//! `locales/<lang>/ui.ftl` (`ui-reason-*`), without field ids or document
//! ids. A problem is classified by the field it is about, the value given
//! and the character it names, not by the library's wording; what cannot
//! be classified keeps the library's words after a plain sentence.

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
    /// or `document`; empty for a whole row) whose value was `value`, as
    /// the library described it in `message`.
    pub(crate) fn classify(field: &str, value: &str, message: &str) -> Reason {
        if message == IMPLAUSIBLE_YEAR
            && let Some(year) = value.get(..4).and_then(|y| y.parse().ok())
        {
            return Reason::DateImplausible { year };
        }
        if let Some(c) = named_character(message) {
            let code = format!("U+{:04X}", c as u32);
            return if c.is_control() {
                Reason::ControlChar { code }
            } else {
                Reason::MissingGlyph {
                    character: c.to_string(),
                    code,
                }
            };
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

/// The character a message names by its code point (`U+0007`), if any.
fn named_character(message: &str) -> Option<char> {
    let (_, rest) = message.split_once("U+")?;
    let hex: String = rest
        .chars()
        .take_while(|c| c.is_ascii_hexdigit())
        .take(6)
        .collect();
    if hex.len() < 4 {
        return None;
    }
    u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32)
}

/// A date in a year no one means is questioned by the roster planner, and
/// by the form with the same rule.
pub(crate) use gaozhi_render::plan::{IMPLAUSIBLE_YEAR, plausible_year};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_are_classified_by_field_value_and_character() {
        assert_eq!(
            Reason::classify("name", "", "is required"),
            Reason::Required
        );
        assert_eq!(
            Reason::classify("observation_start", "2020-02-30", "anything"),
            Reason::DateUnreadable
        );
        assert_eq!(
            Reason::classify("nationality", "XX", "anything"),
            Reason::Country
        );
        assert_eq!(
            Reason::classify("name", "A\u{7}", "contains U+0007"),
            Reason::ControlChar {
                code: "U+0007".into()
            }
        );
        assert_eq!(
            Reason::classify("name", "KIM \u{10FFFD}", "no font has U+10FFFD"),
            Reason::MissingGlyph {
                character: "\u{10FFFD}".into(),
                code: "U+10FFFD".into()
            }
        );
        assert_eq!(Reason::classify("document", "", "x"), Reason::NoDocument);
        assert_eq!(
            Reason::classify("birth_date", "2099-01-01", IMPLAUSIBLE_YEAR),
            Reason::DateImplausible { year: 2099 }
        );
        assert!(plausible_year(2020, 2026));
        assert!(!plausible_year(301, 2026));
        assert!(!plausible_year(2099, 2026));
    }
}
