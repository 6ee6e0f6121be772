//! Rules on the entries themselves: what the parser could not read, and
//! ids, attributes and variant keys given twice.

use std::collections::HashMap;
use std::fmt::Write as _;

use fluent_syntax::ast::VariantKey;
use gaozhi_core::locale::line_col;

use super::what;
use crate::model::{Def, Facts, Locale, Parsed, junk_id};
use crate::{Finding, Severity};

/// `syntax`: every junk entry, with the parser's reason.
pub(super) fn syntax(p: &Parsed<'_>, out: &mut Vec<Finding>) {
    use fluent_syntax::ast::Entry;
    // The message or term before the junk, which a bad indent cuts short.
    let mut previous: Option<String> = None;
    for entry in &p.resource.body {
        let content = match entry {
            Entry::Message(m) => {
                previous = Some(m.id.name.to_owned());
                continue;
            }
            Entry::Term(t) => {
                previous = Some(format!("-{}", t.id.name));
                continue;
            }
            Entry::Junk { content } => content,
            _ => continue,
        };
        if content.starts_with('\t')
            && let Some(cut) = &previous
        {
            out.push(p.finding(
                Severity::Error,
                "syntax",
                p.offset(content),
                Some(cut),
                format!(
                    "this line is indented with a tab, which ends `{cut}` before it: \
                     the text from here on is not part of `{cut}`; indent continuation \
                     lines with spaces"
                ),
            ));
            continue;
        }
        let at = p.offset(content);
        let error = p
            .errors
            .iter()
            .find(|e| e.slice.as_ref().map(|s| s.start) == Some(at));
        let id = junk_id(content.trim_start_matches('\u{FEFF}'));
        if content.starts_with('\u{FEFF}') {
            out.push(
                p.finding(
                    Severity::Error,
                    "syntax",
                    at,
                    id,
                    "the file starts with a byte order mark (U+FEFF), which Fluent cannot read; \
                 save it as UTF-8 without BOM"
                        .to_owned(),
                ),
            );
            continue;
        }
        let what = match id {
            Some(id) => format!("`{id}` cannot be read"),
            None => "this entry cannot be read".to_owned(),
        };
        let mut message = match error {
            Some(e) => format!("{what}: {}", lower_first(&e.kind.to_string())),
            None => what,
        };
        if let Some(e) = error
            && e.pos.start != at
        {
            let (line, column) = line_col(&p.file.text, e.pos.start);
            let _ = write!(message, " (at {line}:{column})");
        }
        out.push(p.finding(Severity::Error, "syntax", at, id, message));
    }
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `duplicate-id`, `duplicate-attribute`, `duplicate-variant`.
pub(super) fn duplicates(locale: &Locale<'_>, out: &mut Vec<Finding>) {
    let mut first: HashMap<String, &Def<'_>> = HashMap::new();
    for def in &locale.all {
        let key = def.key();
        match first.get(&key) {
            Some(earlier) => {
                let (line, column) = line_col(&earlier.parsed.file.text, earlier.offset());
                let kind = if def.term { "term" } else { "message" };
                let first = if std::ptr::eq(earlier.parsed, def.parsed) {
                    format!("line {line}")
                } else {
                    format!("{}:{line}:{column}", earlier.parsed.file.path)
                };
                out.push(def.finding(
                    Severity::Error,
                    "duplicate-id",
                    format!(
                        "{kind} `{key}` is defined twice in `{}` (first at {first})",
                        locale.lang
                    ),
                ));
            }
            None => {
                first.insert(key.clone(), def);
            }
        }
        for (i, attribute) in def.attributes.iter().enumerate() {
            let name = attribute.id.name;
            if def.attributes[..i].iter().any(|a| a.id.name == name) {
                out.push(def.parsed.finding(
                    Severity::Error,
                    "duplicate-attribute",
                    def.parsed.offset(name) - 1,
                    Some(&key),
                    format!("attribute `.{name}` of `{key}` is defined twice"),
                ));
            }
        }
        for (attribute, pattern) in def.patterns() {
            for select in Facts::of(pattern).selects {
                for (i, variant) in select.variants.iter().enumerate() {
                    let same = select.variants[..i]
                        .iter()
                        .any(|v| same_key(&v.key, &variant.key));
                    if same {
                        let raw = key_text(&variant.key);
                        out.push(def.parsed.finding(
                            Severity::Error,
                            "duplicate-variant",
                            def.parsed.offset(raw),
                            Some(&key),
                            format!(
                                "variant `[{raw}]` appears twice in a select of {}",
                                what(def, attribute)
                            ),
                        ));
                    }
                }
            }
        }
    }
}

pub(super) fn key_text<'a>(key: &VariantKey<&'a str>) -> &'a str {
    match key {
        VariantKey::Identifier { name } => name,
        VariantKey::NumberLiteral { value } => value,
    }
}

fn same_key(a: &VariantKey<&str>, b: &VariantKey<&str>) -> bool {
    match (a, b) {
        (VariantKey::Identifier { name: a }, VariantKey::Identifier { name: b }) => a == b,
        (VariantKey::NumberLiteral { value: a }, VariantKey::NumberLiteral { value: b }) => {
            match (a.parse::<f64>(), b.parse::<f64>()) {
                (Ok(a), Ok(b)) => a == b,
                _ => a == b,
            }
        }
        _ => false,
    }
}
