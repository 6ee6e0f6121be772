//! Rules comparing a translation's select expressions with the
//! reference's: the same selector, the same non-plural keys (a typo such as
//! `[stie]` silently prints the default variant), and in every variant the
//! variables of the matching reference variant (a number typed in place of
//! `{ $days }`, a variable written twice).

use std::collections::BTreeMap;

use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement, Variant};

use super::entries::key_text;
use super::what;
use crate::model::{Def, Facts, Select};
use crate::{Finding, Severity};

/// The CLDR plural categories: keys that differ between languages.
const PLURAL: &[&str] = &["zero", "one", "two", "few", "many", "other"];

/// Plural categories a variant may write as a word ("one day") rather
/// than with the number.
const WORDED: &[&str] = &["zero", "one", "two"];

/// `select-selector`, `select-key`, `variant-variables`: each select of
/// `pattern` compared with the reference's select on the same selector. A
/// select the reference lacks is fine when it only chooses a plural form
/// (a language may need one where Chinese does not); otherwise it is
/// compared with a reference select no other matched, whose selector it
/// should have had.
pub(super) fn compare(
    def: &Def<'_>,
    attribute: Option<&str>,
    rpattern: &Pattern<&str>,
    pattern: &Pattern<&str>,
    out: &mut Vec<Finding>,
) {
    let rselects = Facts::of(rpattern).selects;
    let selects = Facts::of(pattern).selects;
    let mut used = vec![false; rselects.len()];
    let mut unmatched = Vec::new();
    for select in &selects {
        let name = selector_name(select.selector);
        let found =
            (0..rselects.len()).find(|&i| !used[i] && selector_name(rselects[i].selector) == name);
        match found {
            Some(i) => {
                used[i] = true;
                compare_select(def, attribute, &rselects[i], select, out);
            }
            None => unmatched.push(select),
        }
    }
    for select in unmatched {
        let plural_only = select.variants.iter().all(|v| {
            let key = key_text(&v.key);
            PLURAL.contains(&key) || key.starts_with(|c: char| c.is_ascii_digit())
        });
        if plural_only {
            continue;
        }
        if let Some(i) = (0..rselects.len()).find(|&i| !used[i]) {
            used[i] = true;
            compare_select(def, attribute, &rselects[i], select, out);
        }
    }
}

/// The variable a selector selects on (`$x`, `NUMBER($x …)`), else its
/// text.
fn selector_name(selector: &InlineExpression<&str>) -> Option<String> {
    match selector {
        InlineExpression::VariableReference { id } => Some(format!("${}", id.name)),
        InlineExpression::FunctionReference { id, arguments } if id.name == "NUMBER" => {
            match arguments.positional.first() {
                Some(InlineExpression::VariableReference { id }) => Some(format!("${}", id.name)),
                _ => None,
            }
        }
        InlineExpression::MessageReference { id, attribute } => Some(match attribute {
            Some(a) => format!("{}.{}", id.name, a.name),
            None => id.name.to_owned(),
        }),
        InlineExpression::TermReference { id, attribute, .. } => Some(match attribute {
            Some(a) => format!("-{}.{}", id.name, a.name),
            None => format!("-{}", id.name),
        }),
        _ => None,
    }
}

/// Where a selector starts.
fn selector_offset(def: &Def<'_>, selector: &InlineExpression<&str>) -> Option<usize> {
    let p = def.parsed;
    match selector {
        InlineExpression::VariableReference { id } => Some(p.offset(id.name) - 1),
        InlineExpression::FunctionReference { id, .. }
        | InlineExpression::MessageReference { id, .. } => Some(p.offset(id.name)),
        InlineExpression::TermReference { id, .. } => Some(p.offset(id.name) - 1),
        _ => None,
    }
}

fn compare_select(
    def: &Def<'_>,
    attribute: Option<&str>,
    rselect: &Select<'_>,
    select: &Select<'_>,
    out: &mut Vec<Finding>,
) {
    let p = def.parsed;
    let whose = what(def, attribute);
    let at = selector_offset(def, select.selector)
        .or_else(|| select.variants.first().map(|v| p.offset(key_text(&v.key))))
        .unwrap_or_else(|| def.offset());
    let (rname, name) = (
        selector_name(rselect.selector),
        selector_name(select.selector),
    );
    if rname != name {
        out.push(p.finding(
            Severity::Error,
            "select-selector",
            at,
            Some(&def.key()),
            format!(
                "a select in {whose} chooses by {} where the reference chooses by {}",
                name.map_or("an expression".to_owned(), |n| format!("`{n}`")),
                rname.map_or("an expression".to_owned(), |n| format!("`{n}`")),
            ),
        ));
        return;
    }
    let selector = name.unwrap_or_default();

    // Keys that name a value, not a plural category: the same on both sides.
    let named = |variants: &[Variant<&str>]| -> Vec<String> {
        variants
            .iter()
            .map(|v| key_text(&v.key).to_owned())
            .filter(|k| {
                !PLURAL.contains(&k.as_str()) && !k.starts_with(|c: char| c.is_ascii_digit())
            })
            .collect()
    };
    let rkeys = named(rselect.variants);
    let keys = named(select.variants);
    let list = rkeys
        .iter()
        .map(|k| format!("`[{k}]`"))
        .collect::<Vec<_>>()
        .join(", ");
    for variant in select.variants {
        let key = key_text(&variant.key);
        if keys.iter().any(|k| k == key) && !rkeys.iter().any(|k| k == key) {
            let theirs = if list.is_empty() {
                "it has none but plural categories".to_owned()
            } else {
                format!("its keys are {list}")
            };
            out.push(p.finding(
                Severity::Error,
                "select-key",
                p.offset(key),
                Some(&def.key()),
                format!(
                    "`[{key}]` in {whose} is not a key of the reference's select on `{selector}` \
                     ({theirs}); a value chooses the default variant instead"
                ),
            ));
        }
    }
    for key in rkeys.iter().filter(|k| !keys.contains(k)) {
        out.push(p.finding(
            Severity::Error,
            "select-key",
            at,
            Some(&def.key()),
            format!(
                "the select on `{selector}` in {whose} lacks `[{key}]`, which the reference has"
            ),
        ));
    }

    // Every variant's variables, against the reference variant of the
    // same key (else the reference's default).
    let rdefault = rselect.variants.iter().find(|v| v.default);
    for variant in select.variants {
        let key = key_text(&variant.key);
        let Some(rvariant) = rselect
            .variants
            .iter()
            .find(|v| key_text(&v.key) == key)
            .or(rdefault)
        else {
            continue;
        };
        variant_variables(def, attribute, &selector, rvariant, variant, out);
    }
}

/// How often each variable prints in a pattern: a nested select prints
/// one of its variants, so it counts as its most of each variable; its
/// selector prints nothing.
fn counts<'a>(pattern: &'a Pattern<&'a str>) -> BTreeMap<&'a str, usize> {
    let mut counts = BTreeMap::new();
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            add(&mut counts, expression_counts(expression));
        }
    }
    counts
}

fn add<'a>(to: &mut BTreeMap<&'a str, usize>, more: BTreeMap<&'a str, usize>) {
    for (name, n) in more {
        *to.entry(name).or_default() += n;
    }
}

fn expression_counts<'a>(expression: &'a Expression<&'a str>) -> BTreeMap<&'a str, usize> {
    match expression {
        Expression::Select { variants, .. } => {
            let mut most: BTreeMap<&str, usize> = BTreeMap::new();
            for variant in variants {
                for (name, n) in counts(&variant.value) {
                    let entry = most.entry(name).or_default();
                    *entry = (*entry).max(n);
                }
            }
            most
        }
        Expression::Inline(inline) => inline_counts(inline),
    }
}

fn inline_counts<'a>(inline: &'a InlineExpression<&'a str>) -> BTreeMap<&'a str, usize> {
    let mut counts = BTreeMap::new();
    match inline {
        InlineExpression::VariableReference { id } => {
            counts.insert(id.name, 1);
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for value in &arguments.positional {
                add(&mut counts, inline_counts(value));
            }
        }
        InlineExpression::Placeable { expression } => {
            add(&mut counts, expression_counts(expression))
        }
        _ => {}
    }
    counts
}

fn variant_variables(
    def: &Def<'_>,
    attribute: Option<&str>,
    selector: &str,
    rvariant: &Variant<&str>,
    variant: &Variant<&str>,
    out: &mut Vec<Finding>,
) {
    let p = def.parsed;
    let key = key_text(&variant.key);
    let rkey = key_text(&rvariant.key);
    let at = p.offset(key);
    let whose = format!("variant `[{key}]` of {}", what(def, attribute));
    let theirs = format!("the reference's variant `[{rkey}]`");
    let rcounts = counts(&rvariant.value);
    let tcounts = counts(&variant.value);
    let texts = Facts::of(&variant.value).texts;
    let digits = texts.iter().any(|t| t.chars().any(|c| c.is_ascii_digit()));
    let mut finding = |message: String| {
        out.push(p.finding(
            Severity::Error,
            "variant-variables",
            at,
            Some(&def.key()),
            message,
        ));
    };
    for (name, &rcount) in &rcounts {
        let count = tcounts.get(name).copied().unwrap_or(0);
        let worded = WORDED.contains(&key) && selector == format!("${name}") && !digits;
        if count == 0 && digits {
            finding(format!(
                "{whose} has a number typed in where {theirs} has `{{ ${name} }}`; \
                 the office's value would not print"
            ));
        } else if count == 0 && !worded {
            finding(format!("{whose} drops `${name}`, which {theirs} has"));
        } else if count > rcount.max(1) {
            finding(format!(
                "{whose} uses `${name}` {count} times; {theirs} uses it {}",
                if rcount == 1 {
                    "once".to_owned()
                } else {
                    format!("{rcount} times")
                }
            ));
        }
    }
    for (name, count) in &tcounts {
        if !rcounts.contains_key(name) {
            finding(format!(
                "{whose} uses `${name}`, which {theirs} does not have ({count} time(s))"
            ));
        }
    }
}

/// `select-key` in the reference: a select on a text
/// variable whose values are known ([`gaozhi_core::compose::VARIABLES`],
/// such as `$setting`: `home`, `site`) has a key for each value and no
/// other key.
pub(super) fn known_values(locale: &crate::model::Locale<'_>, out: &mut Vec<Finding>) {
    for def in &locale.all {
        let p = def.parsed;
        for (attribute, pattern) in def.patterns() {
            for select in Facts::of(pattern).selects {
                let InlineExpression::VariableReference { id } = select.selector else {
                    continue;
                };
                let Some(variable) = gaozhi_core::compose::variable_named(id.name) else {
                    continue;
                };
                if variable.values.is_empty() {
                    continue;
                }
                let list = variable
                    .values
                    .iter()
                    .map(|v| format!("`[{v}]`"))
                    .collect::<Vec<_>>()
                    .join(", ");
                let keys: Vec<&str> = select.variants.iter().map(|v| key_text(&v.key)).collect();
                for key in &keys {
                    if !variable.values.contains(key) {
                        out.push(p.finding(
                            Severity::Error,
                            "select-key",
                            p.offset(key),
                            Some(&def.key()),
                            format!(
                                "`[{key}]` in {} is not a value of `${}`, whose values are {list}",
                                what(def, attribute),
                                id.name
                            ),
                        ));
                    }
                }
                for value in variable.values.iter().filter(|v| !keys.contains(v)) {
                    out.push(p.finding(
                        Severity::Error,
                        "select-key",
                        p.offset(id.name) - 1,
                        Some(&def.key()),
                        format!(
                            "the select on `${}` in {} has no `[{value}]`, so that value would \
                             print the default variant",
                            id.name,
                            what(def, attribute)
                        ),
                    ));
                }
            }
        }
    }
}
