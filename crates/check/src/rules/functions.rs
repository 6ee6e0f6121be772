//! Rules on function calls and plural selects: only `NUMBER()` and
//! `DATETIME()` with their options, and variant keys that are the
//! language's CLDR plural categories.

use fluent_syntax::ast::{InlineExpression, VariantKey};
use gaozhi_core::functions::{DATE_STYLES, DATETIME_OPTIONS, NUMBER_OPTIONS};
use icu::plurals::{PluralCategory, PluralRules};

use super::what;
use crate::model::{Facts, Locale, Parsed};
use crate::{Finding, Severity};

/// `unknown-function`, `unknown-option` (an option the function does not
/// take, or a `dateStyle` that is not one of [`DATE_STYLES`]).
pub(super) fn calls(locale: &Locale<'_>, out: &mut Vec<Finding>) {
    for def in &locale.all {
        for (attribute, pattern) in def.patterns() {
            for call in Facts::of(pattern).calls {
                let options = match call.name {
                    "NUMBER" => NUMBER_OPTIONS,
                    "DATETIME" => DATETIME_OPTIONS,
                    name => {
                        out.push(def.parsed.finding(
                            Severity::Error,
                            "unknown-function",
                            def.parsed.offset(name),
                            Some(&def.key()),
                            format!(
                                "{} calls `{name}()`; the functions are `NUMBER()` and `DATETIME()`",
                                what(def, attribute)
                            ),
                        ));
                        continue;
                    }
                };
                for named in &call.arguments.named {
                    let option = named.name.name;
                    if let ("DATETIME", "dateStyle", InlineExpression::StringLiteral { value }) =
                        (call.name, option, &named.value)
                        && !DATE_STYLES.contains(value)
                    {
                        out.push(def.parsed.finding(
                            Severity::Error,
                            "unknown-option",
                            def.parsed.offset(value) - 1,
                            Some(&def.key()),
                            format!(
                                "`DATETIME()` has no dateStyle \"{value}\" (in {}); the styles are {}",
                                what(def, attribute),
                                DATE_STYLES.join(", ")
                            ),
                        ));
                    }
                    if !options.contains(&option) {
                        out.push(def.parsed.finding(
                            Severity::Error,
                            "unknown-option",
                            def.parsed.offset(option),
                            Some(&def.key()),
                            format!(
                                "`{}()` has no option `{option}` (in {}); it takes {}",
                                call.name,
                                what(def, attribute),
                                options.join(", ")
                            ),
                        ));
                    }
                }
            }
        }
    }
}

/// The CLDR names of the plural categories, in CLDR order.
const CATEGORIES: &[(&str, PluralCategory)] = &[
    ("zero", PluralCategory::Zero),
    ("one", PluralCategory::One),
    ("two", PluralCategory::Two),
    ("few", PluralCategory::Few),
    ("many", PluralCategory::Many),
    ("other", PluralCategory::Other),
];

/// The cardinal plural categories of a language, in CLDR order; `None`
/// when the directory name is not a locale ICU4X knows.
pub(super) fn plural_categories(lang: &str) -> Option<Vec<&'static str>> {
    let locale: icu::locale::Locale = lang.parse().ok()?;
    let rules = PluralRules::try_new_cardinal(locale.into()).ok()?;
    let present: Vec<PluralCategory> = rules.categories().collect();
    Some(
        CATEGORIES
            .iter()
            .filter(|(_, c)| present.contains(c))
            .map(|(name, _)| *name)
            .collect(),
    )
}

/// Whether a selector is `$var` or `NUMBER($var …)`; the offset it starts at.
fn plural_selector(p: &Parsed<'_>, selector: &InlineExpression<&str>) -> Option<usize> {
    match selector {
        InlineExpression::VariableReference { id } => Some(p.offset(id.name) - 1),
        InlineExpression::FunctionReference { id, arguments }
            if id.name == "NUMBER"
                && matches!(
                    arguments.positional.first(),
                    Some(InlineExpression::VariableReference { .. })
                ) =>
        {
            Some(p.offset(id.name))
        }
        _ => None,
    }
}

/// `plural-category`, `plural-missing-category`.
pub(super) fn plurals(locale: &Locale<'_>, out: &mut Vec<Finding>) {
    let Some(known) = plural_categories(locale.lang) else {
        return;
    };
    for def in &locale.all {
        for (attribute, pattern) in def.patterns() {
            for select in Facts::of(pattern).selects {
                let Some(at) = plural_selector(def.parsed, select.selector) else {
                    continue;
                };
                let keys: Vec<&str> = select
                    .variants
                    .iter()
                    .filter_map(|v| match v.key {
                        VariantKey::Identifier { name } => Some(name),
                        VariantKey::NumberLiteral { .. } => None,
                    })
                    .collect();
                let plural_like = keys
                    .iter()
                    .any(|k| matches!(*k, "zero" | "one" | "two" | "few" | "many"));
                if !plural_like {
                    continue;
                }
                let list = known.join(", ");
                for key in &keys {
                    if !known.contains(key) {
                        out.push(def.parsed.finding(
                            Severity::Error,
                            "plural-category",
                            def.parsed.offset(key),
                            Some(&def.key()),
                            format!(
                                "`[{key}]` is not a plural category of `{}` (in {}); its categories are {list}",
                                locale.lang,
                                what(def, attribute)
                            ),
                        ));
                    }
                }
                let missing: Vec<String> = known
                    .iter()
                    .filter(|c| !keys.contains(c))
                    .map(|c| format!("`[{c}]`"))
                    .collect();
                if !missing.is_empty() {
                    out.push(def.parsed.finding(
                        Severity::Warning,
                        "plural-missing-category",
                        at,
                        Some(&def.key()),
                        format!(
                            "a plural select in {} lacks {}; the categories of `{}` are {list}",
                            what(def, attribute),
                            missing.join(", "),
                            locale.lang
                        ),
                    ));
                }
            }
        }
    }
}
