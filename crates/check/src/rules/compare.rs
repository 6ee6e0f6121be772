//! Rules comparing a translation with the reference: files, messages,
//! attributes and values present on one side only, the variables each
//! pattern uses, and text copied without translation.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};
use gaozhi_core::REFERENCE;

use super::entries::key_text;
use super::{file_finding, owner_offset, selects, text, what};
use crate::model::{Def, Facts, Locale};
use crate::{Finding, Severity};

/// The generated country names, skipped by the untranslated rule.
const COUNTRIES: &str = "countries.ftl";

/// The comparisons of a translation with the reference.
pub(super) fn translation(
    reference: &Locale<'_>,
    locale: &Locale<'_>,
    en: Option<&Locale<'_>>,
    allow: &[&str],
    out: &mut Vec<Finding>,
) {
    let reference_names: BTreeSet<&str> = reference.files.iter().map(|p| p.name()).collect();
    let names: BTreeSet<&str> = locale.files.iter().map(|p| p.name()).collect();
    for name in reference_names.difference(&names) {
        let count = reference
            .messages
            .values()
            .filter(|d| d.parsed.name() == *name)
            .count();
        out.push(file_finding(
            Severity::Error,
            "missing-file",
            locale.path_for(name),
            None,
            format!(
                "file `{name}` is missing from `{}` ({count} message(s) of the reference are in it)",
                locale.lang
            ),
        ));
    }
    for name in names.difference(&reference_names) {
        out.push(file_finding(
            Severity::Warning,
            "obsolete-file",
            locale.path_for(name),
            None,
            format!("file `{name}` is not in the reference `{REFERENCE}`"),
        ));
    }

    for (id, rdef) in &reference.messages {
        let Some(def) = locale.messages.get(id) else {
            let home = rdef.parsed.name();
            if !locale.is_broken(id) && names.contains(home) {
                out.push(file_finding(
                    Severity::Error,
                    "missing-message",
                    locale.path_for(home),
                    Some(id),
                    format!("message `{id}` is missing"),
                ));
            }
            continue;
        };
        let en_def = en.and_then(|en| en.messages.get(id));
        compare_message(rdef, def, locale.lang, en_def, allow, out);
    }
    for (id, def) in &locale.messages {
        if !reference.messages.contains_key(id)
            && !reference.is_broken(id)
            && reference_names.contains(def.parsed.name())
        {
            out.push(def.finding(
                Severity::Warning,
                "obsolete-message",
                format!("message `{id}` is not in the reference `{REFERENCE}`"),
            ));
        }
    }
}

/// The comparisons of one message with the reference's.
fn compare_message(
    rdef: &Def<'_>,
    def: &Def<'_>,
    lang: &str,
    en: Option<&Def<'_>>,
    allow: &[&str],
    out: &mut Vec<Finding>,
) {
    let id = def.key();
    if rdef.value.is_some() && def.value.is_none() {
        out.push(def.finding(
            Severity::Error,
            "missing-value",
            format!("message `{id}` has only attributes; the reference has a value"),
        ));
    }
    for (i, attribute) in rdef.attributes.iter().enumerate() {
        let name = attribute.id.name;
        if rdef.attributes[..i].iter().any(|a| a.id.name == name) {
            continue;
        }
        if def.attribute(name).is_none() {
            out.push(def.finding(
                Severity::Error,
                "missing-attribute",
                format!("message `{id}` lacks attribute `.{name}`, which the reference has"),
            ));
        }
    }
    for (i, attribute) in def.attributes.iter().enumerate() {
        let name = attribute.id.name;
        if def.attributes[..i].iter().any(|a| a.id.name == name) {
            continue;
        }
        if rdef.attribute(name).is_none() {
            out.push(def.parsed.finding(
                Severity::Error,
                "obsolete-attribute",
                def.parsed.offset(name) - 1,
                Some(&id),
                format!(
                    "attribute `.{name}` of `{id}` is not in the reference `{REFERENCE}`; \
                     nothing prints it (a line starting with `.` ends the value before it)"
                ),
            ));
        }
    }
    let untranslated_applies = !allow.contains(&id.as_str())
        && rdef.parsed.name() != COUNTRIES
        && def.parsed.name() != COUNTRIES;
    for (attribute, pattern) in def.patterns() {
        let rpattern = match attribute {
            None => rdef.value,
            Some(a) => rdef.attribute(a).map(|a| &a.value),
        };
        let Some(rpattern) = rpattern else {
            continue;
        };
        variables(def, attribute, rpattern, pattern, out);
        selects::compare(def, attribute, rpattern, pattern, out);
        if def.parsed.name() != COUNTRIES {
            text::han_text(def, attribute, lang, rpattern, pattern, out);
        }
        if untranslated_applies {
            let en_pattern = en.and_then(|en| match attribute {
                None => en.value,
                Some(a) => en.attribute(a).map(|a| &a.value),
            });
            untranslated(def, attribute, lang, rpattern, pattern, en_pattern, out);
        }
    }
}

/// `variables`: the translation uses exactly the reference's variables.
fn variables(
    def: &Def<'_>,
    attribute: Option<&str>,
    rpattern: &Pattern<&str>,
    pattern: &Pattern<&str>,
    out: &mut Vec<Finding>,
) {
    let reference = Facts::of(rpattern);
    // A variable the reference only selects on (`{ $sex -> … }`) may be
    // dropped: a language that does not make the distinction prints one
    // form for all.
    let selector_only: Vec<&str> = reference
        .selects
        .iter()
        .filter_map(|s| match s.selector {
            InlineExpression::VariableReference { id } => Some(id.name),
            _ => None,
        })
        .filter(|name| reference.variables.iter().filter(|v| *v == name).count() == 1)
        .collect();
    let mut expected: Vec<&str> = reference.variables.clone();
    dedup_in_order(&mut expected);
    let mut used: Vec<&str> = Facts::of(pattern).variables;
    dedup_in_order(&mut used);
    let dropped: Vec<&str> = expected
        .iter()
        .copied()
        .filter(|v| !used.contains(v) && !selector_only.contains(v))
        .collect();
    let extra: Vec<&str> = used
        .iter()
        .copied()
        .filter(|v| !expected.contains(v))
        .collect();
    let p = def.parsed;
    let whose = what(def, attribute);
    if let ([gone], [new]) = (dropped.as_slice(), extra.as_slice()) {
        out.push(p.finding(
            Severity::Error,
            "variables",
            p.offset(new) - 1,
            Some(&def.key()),
            format!("{whose} uses `${new}` where the reference has `${gone}`"),
        ));
        return;
    }
    for new in extra {
        out.push(p.finding(
            Severity::Error,
            "variables",
            p.offset(new) - 1,
            Some(&def.key()),
            format!("{whose} uses `${new}`, which the reference does not have"),
        ));
    }
    for gone in dropped {
        out.push(p.finding(
            Severity::Error,
            "variables",
            owner_offset(def, attribute),
            Some(&def.key()),
            format!("{whose} drops `${gone}`, which the reference uses"),
        ));
    }
}

fn dedup_in_order(names: &mut Vec<&str>) {
    let mut seen = BTreeSet::new();
    names.retain(|n| seen.insert(*n));
}

/// `untranslated`: the translation reads exactly like the reference or
/// English. Japanese and Chinese share many words with the reference, so
/// for them only a copy of the English counts.
fn untranslated(
    def: &Def<'_>,
    attribute: Option<&str>,
    lang: &str,
    rpattern: &Pattern<&str>,
    pattern: &Pattern<&str>,
    en_pattern: Option<&Pattern<&str>>,
    out: &mut Vec<Finding>,
) {
    if !has_letters(pattern) {
        return;
    }
    let text = canonical(pattern);
    let same_reference = canonical(rpattern) == text;
    let same_en = lang != "en" && en_pattern.is_some_and(|e| canonical(e) == text);
    let language = lang.split(['-', '_']).next().unwrap_or(lang);
    let shares_han = matches!(language, "ja" | "zh");
    let copied = if shares_han {
        same_en
    } else {
        same_reference || same_en
    };
    if !copied {
        return;
    }
    let source = match (same_reference, same_en) {
        (true, true) => format!("`{REFERENCE}` and `en`"),
        (true, false) => format!("the reference `{REFERENCE}`"),
        _ => "`en`".to_owned(),
    };
    out.push(def.parsed.finding(
        Severity::Warning,
        "untranslated",
        owner_offset(def, attribute),
        Some(&def.key()),
        format!(
            "{} reads exactly as in {source}; is it translated?",
            what(def, attribute)
        ),
    ));
}

/// Whether a pattern prints any letter of its own (digits, punctuation,
/// spaces and placeables do not count).
fn has_letters(pattern: &Pattern<&str>) -> bool {
    let facts = Facts::of(pattern);
    facts
        .texts
        .iter()
        .chain(&facts.literals)
        .any(|t| t.chars().any(char::is_alphabetic))
}

/// A pattern written out in one canonical form, for comparing patterns
/// whatever their spacing inside placeables.
fn canonical(pattern: &Pattern<&str>) -> String {
    let mut out = String::new();
    write_pattern(&mut out, pattern);
    out
}

fn write_pattern(out: &mut String, pattern: &Pattern<&str>) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => {
                out.push('{');
                write_expression(out, expression);
                out.push('}');
            }
        }
    }
}

fn write_expression(out: &mut String, expression: &Expression<&str>) {
    match expression {
        Expression::Select { selector, variants } => {
            write_inline(out, selector);
            out.push_str("->");
            for variant in variants {
                if variant.default {
                    out.push('*');
                }
                let _ = write!(out, "[{}]", key_text(&variant.key));
                write_pattern(out, &variant.value);
                out.push('\n');
            }
        }
        Expression::Inline(inline) => write_inline(out, inline),
    }
}

fn write_inline(out: &mut String, inline: &InlineExpression<&str>) {
    match inline {
        InlineExpression::StringLiteral { value } => {
            let _ = write!(out, "\"{value}\"");
        }
        InlineExpression::NumberLiteral { value } => out.push_str(value),
        InlineExpression::FunctionReference { id, arguments } => {
            out.push_str(id.name);
            write_arguments(out, arguments);
        }
        InlineExpression::MessageReference { id, attribute } => {
            out.push_str(id.name);
            if let Some(a) = attribute {
                let _ = write!(out, ".{}", a.name);
            }
        }
        InlineExpression::TermReference {
            id,
            attribute,
            arguments,
        } => {
            let _ = write!(out, "-{}", id.name);
            if let Some(a) = attribute {
                let _ = write!(out, ".{}", a.name);
            }
            if let Some(arguments) = arguments {
                write_arguments(out, arguments);
            }
        }
        InlineExpression::VariableReference { id } => {
            let _ = write!(out, "${}", id.name);
        }
        InlineExpression::Placeable { expression } => {
            out.push('{');
            write_expression(out, expression);
            out.push('}');
        }
    }
}

fn write_arguments(out: &mut String, arguments: &fluent_syntax::ast::CallArguments<&str>) {
    out.push('(');
    for positional in &arguments.positional {
        write_inline(out, positional);
        out.push(',');
    }
    for named in &arguments.named {
        let _ = write!(out, "{}:", named.name.name);
        write_inline(out, &named.value);
        out.push(',');
    }
    out.push(')');
}
