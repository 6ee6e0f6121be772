//! The inputs of a document's form: their names, and the kind of input
//! each record field gets. Plain data that the form, its pages and the
//! wording of problems ([`crate::reason`]) all read.

use gaozhi_core::{Field, Layout};

/// The form input for the resident's language (empty: from nationality).
pub(crate) const LANGUAGE: &str = Field::Language.key();
/// The form input for the layout.
pub(crate) const LAYOUT: &str = "layout";
/// The form input asking for a card sheet (cards n-up on A4).
pub(crate) const SHEET: &str = "sheet";
/// The three boxes of a date input, each named `{field}-{part}`.
pub(crate) const DATE_PARTS: [&str; 3] = ["year", "month", "day"];

/// The kind of input a record field gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Free text.
    Text,
    /// A date picker (`YYYY-MM-DD`).
    Date,
    /// The country list, by localized name.
    Country,
    /// F / M / X.
    Sex,
    /// A whole number.
    Number,
    /// Several values separated by commas.
    List,
}

/// The input for the record field named `name`, from the field's kind
/// ([`gaozhi_core::field`]); text for a name that is no field's.
pub(crate) fn kind(name: &str) -> Kind {
    use gaozhi_core::field::Kind as Value;
    match Field::from_key(name).map(Field::kind) {
        Some(Value::Date | Value::PeriodStart) => Kind::Date,
        Some(Value::Country) => Kind::Country,
        Some(Value::Sex) => Kind::Sex,
        Some(Value::Count { .. }) => Kind::Number,
        Some(Value::List) => Kind::List,
        Some(Value::Name | Value::Text | Value::Language) | None => Kind::Text,
    }
}

/// The layouts offered, with their form values.
pub(crate) const LAYOUTS: &[(&str, Layout, &str)] = &[
    ("bilingual", Layout::Bilingual, "ui-layout-bilingual"),
    ("chinese", Layout::ChineseOnly, "ui-layout-chinese"),
    (
        "translation",
        Layout::TranslationOnly,
        "ui-layout-translation",
    ),
];
