//! The rule on generated files: each `countries.ftl` holds exactly what
//! `scripts/gen-countries.py` generates from CLDR, which it also writes to
//! `crates/check/data/country-names.tsv`. A name edited or swapped by hand
//! is reported at its line.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::file_finding;
use crate::model::Locale;
use crate::{Finding, Severity};

/// The generated country names: alpha-2, then one column per language.
const TABLE: &str = include_str!("../../data/country-names.tsv");

/// The generated file this rule knows.
const COUNTRIES: &str = "countries.ftl";

/// Language → message id → the value as generated.
fn generated() -> &'static HashMap<String, HashMap<String, String>> {
    static NAMES: OnceLock<HashMap<String, HashMap<String, String>>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let mut lines = TABLE.lines();
        let langs: Vec<&str> = lines.next().unwrap_or("").split('\t').skip(1).collect();
        let mut names: HashMap<String, HashMap<String, String>> = HashMap::new();
        for line in lines {
            let mut cells = line.split('\t');
            let Some(code) = cells.next() else { continue };
            for (lang, name) in langs.iter().zip(cells) {
                names
                    .entry((*lang).to_owned())
                    .or_default()
                    .insert(format!("country-{code}"), name.to_owned());
            }
        }
        names
    })
}

/// `generated-edited`: every message of the locale's `countries.ftl`
/// reads as generated, and no generated one is missing (for the languages
/// the script generates).
pub(super) fn countries(locale: &Locale<'_>, out: &mut Vec<Finding>) {
    let Some(names) = generated().get(locale.lang) else {
        return;
    };
    let Some(file) = locale.file(COUNTRIES) else {
        return;
    };
    let regenerate = "country names are generated from CLDR, not edited by hand: \
                      rerun scripts/gen-countries.py";
    let mut seen = Vec::new();
    for def in locale.all.iter().filter(|d| std::ptr::eq(d.parsed, file)) {
        let key = def.key();
        let text = &file.file.text;
        let start = def.offset();
        // The entry as written: its line and any continuation lines.
        let mut end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        while text[end..].starts_with("\n ") {
            end = text[end + 1..]
                .find('\n')
                .map_or(text.len(), |i| end + 1 + i);
        }
        let entry = text[start..end].trim_end_matches('\r');
        let value = entry
            .split_once('=')
            .map_or("", |(_, v)| v.trim_start_matches(' '));
        let value_at = start + entry.len() - value.len();
        seen.push(key.clone());
        let message = match names.get(&key) {
            Some(name) if name == value => continue,
            Some(name) => {
                format!("`{key}` reads `{value}` where the script generates `{name}`; {regenerate}")
            }
            None => format!("`{key}` is not a country the script generates; {regenerate}"),
        };
        out.push(file.finding(
            Severity::Error,
            "generated-edited",
            value_at,
            Some(&key),
            message,
        ));
    }
    let mut missing: Vec<&String> = names.keys().filter(|k| !seen.contains(k)).collect();
    missing.sort();
    if !missing.is_empty() {
        let list: Vec<String> = missing.iter().take(5).map(|k| format!("`{k}`")).collect();
        out.push(file_finding(
            Severity::Error,
            "generated-edited",
            file.file.path.clone(),
            None,
            format!(
                "{} generated message(s) are missing ({}{}); {regenerate}",
                missing.len(),
                list.join(", "),
                if missing.len() > 5 { ", …" } else { "" }
            ),
        ));
    }
}
