//! Rules on function calls and plural selects: only `NUMBER()` and
//! `DATETIME()` with their options, each given the kind of value it takes
//! (the variables' kinds come from [`gaozhi_core::compose::VARIABLES`]),
//! and variant keys that are the language's CLDR plural categories.

use fluent_syntax::ast::{CallArguments, InlineExpression, VariantKey};
use gaozhi_core::compose::{VariableKind, variable_named};
use gaozhi_core::functions::{
    DATE_FIELDS, DATE_LENGTHS, DATE_STYLES, DATETIME_OPTIONS, NUMBER_OPTIONS,
};
use icu::plurals::{PluralCategory, PluralRules};

use super::what;
use crate::model::{Def, Facts, Locale, Parsed};
use crate::{Finding, Severity};

/// `unknown-function`, `unknown-option` (an option the function does not
/// take, or a value that is not one of its values), `function-argument`
/// (`NUMBER` on a date or text, `DATETIME` on anything but a date).
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
                argument(def, attribute, call.name, call.arguments, out);
                let p = def.parsed;
                let option_finding = |at: usize, message: String| {
                    p.finding(
                        Severity::Error,
                        "unknown-option",
                        at,
                        Some(&def.key()),
                        message,
                    )
                };
                for named in &call.arguments.named {
                    let option = named.name.name;
                    let values = match (call.name, option) {
                        ("DATETIME", "dateStyle") => Some(DATE_STYLES),
                        ("DATETIME", "fields") => Some(DATE_FIELDS),
                        ("DATETIME", "length") => Some(DATE_LENGTHS),
                        _ => None,
                    };
                    if let (Some(values), InlineExpression::StringLiteral { value }) =
                        (values, &named.value)
                        && !values.contains(value)
                    {
                        out.push(option_finding(
                            p.offset(value) - 1,
                            format!(
                                "`DATETIME()` has no {option} \"{value}\" (in {}); it takes {}",
                                what(def, attribute),
                                values.join(", ")
                            ),
                        ));
                    }
                    if !options.contains(&option) {
                        let takes = if option == "timeStyle" {
                            "the values are dates, with no time of day".to_owned()
                        } else {
                            format!("it takes {}", options.join(", "))
                        };
                        out.push(option_finding(
                            p.offset(option),
                            format!(
                                "`{}()` has no option `{option}` (in {}); {takes}",
                                call.name,
                                what(def, attribute),
                            ),
                        ));
                    }
                }
                let has = |o: &str| call.arguments.named.iter().find(|n| n.name.name == o);
                if call.name == "DATETIME"
                    && has("dateStyle").is_some()
                    && let Some(other) = has("fields").or_else(|| has("length"))
                {
                    let problem = if other.name.name == "length" {
                        "option `length` goes with `fields`, not with `dateStyle`"
                    } else {
                        "takes either `dateStyle` or `fields`, not both"
                    };
                    out.push(option_finding(
                        p.offset(other.name.name),
                        format!("`DATETIME()` {problem} (in {})", what(def, attribute)),
                    ));
                }
            }
        }
    }
}

/// `function-argument`: the value a function formats is of the kind it
/// takes.
fn argument(
    def: &Def<'_>,
    attribute: Option<&str>,
    function: &str,
    arguments: &CallArguments<&str>,
    out: &mut Vec<Finding>,
) {
    let p = def.parsed;
    let wants = if function == "NUMBER" {
        VariableKind::Number
    } else {
        VariableKind::Date
    };
    let kind_name = |k: VariableKind| match k {
        VariableKind::Number => "a number",
        VariableKind::Date => "a date",
        VariableKind::Text => "text",
    };
    let (at, given) = match arguments.positional.first() {
        None => (p.offset(function), "nothing to format".to_owned()),
        Some(InlineExpression::VariableReference { id }) => match variable_named(id.name) {
            Some(v) if v.kind != wants => (
                p.offset(id.name) - 1,
                format!("`${}`, which is {}", id.name, kind_name(v.kind)),
            ),
            // Unknown variables are for the variables rule.
            _ => return,
        },
        Some(InlineExpression::NumberLiteral { .. }) if wants == VariableKind::Number => return,
        Some(InlineExpression::NumberLiteral { value }) => {
            (p.offset(value), format!("the number {value}"))
        }
        Some(InlineExpression::StringLiteral { value }) => {
            (p.offset(value) - 1, format!("the text \"{value}\""))
        }
        Some(_) => return,
    };
    let dates: Vec<String> = gaozhi_core::compose::VARIABLES
        .iter()
        .filter(|v| v.kind == wants)
        .map(|v| format!("`${}`", v.name))
        .collect();
    out.push(p.finding(
        Severity::Error,
        "function-argument",
        at,
        Some(&def.key()),
        format!(
            "`{function}()` is given {given} (in {}); it takes {} ({})",
            what(def, attribute),
            kind_name(wants),
            dates.join(", ")
        ),
    ));
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
