//! The rules. Some look at each locale on its own (syntax, duplicates,
//! references, functions, plurals, invisible characters, whitespace), the
//! others compare each translation with the reference (files, messages,
//! attributes, variables, untranslated text), and [`check_needed`] compares
//! the reference with what gaozhi's documents use.
//!
//! | module | rules |
//! |---|---|
//! | [`entries`] | `syntax`, `duplicate-id`, `duplicate-attribute`, `duplicate-variant` |
//! | [`references`] | `unknown-reference`, `cycle`, `variables` (a term's variables its reference does not pass) |
//! | [`functions`] | `unknown-function`, `unknown-option`, `function-argument`, `plural-category`, `plural-missing-category` |
//! | [`text`] | `invisible-character`, `empty-value`, `whitespace`, `variable-as-text`, `han-text` |
//! | [`compare`] | `missing-file`, `obsolete-file`, `missing-message`, `obsolete-message`, `missing-attribute`, `obsolete-attribute`, `missing-value`, `variables`, `untranslated` |
//! | [`selects`] | `select-selector`, `select-key` (also the reference's keys against the values a variable takes), `variant-variables` |
//! | [`generated`] | `generated-edited` |
//! | here | `needed-message` |
//! | [`crate::check_encoding`] | `encoding` |
//! | `gaozhi check --layout` (CLI, render crate) | `layout-overflow`, `layout-failed` |

mod compare;
mod entries;
mod functions;
mod generated;
mod references;
mod selects;
mod text;

pub(crate) use text::is_invisible;

use std::collections::BTreeMap;

use gaozhi_core::REFERENCE;
use gaozhi_core::document::DOCUMENTS;
use gaozhi_core::locale::LocaleFile;

use crate::model::{Def, Locale, Parsed, dir_name};
use crate::{Finding, Severity};

/// Every rule but [`check_needed`], findings unsorted.
pub(crate) fn check_files(files: &[LocaleFile], allow: &[&str]) -> Vec<Finding> {
    let parsed: Vec<Parsed<'_>> = files.iter().map(Parsed::new).collect();
    let mut by_lang: BTreeMap<&str, Vec<&Parsed<'_>>> = BTreeMap::new();
    for p in &parsed {
        by_lang.entry(p.file.lang.as_str()).or_default().push(p);
    }
    let locales: Vec<Locale<'_>> = by_lang
        .into_iter()
        .map(|(lang, files)| Locale::new(lang, files))
        .collect();

    let mut out = Vec::new();
    for p in &parsed {
        entries::syntax(p, &mut out);
    }
    for locale in &locales {
        entries::duplicates(locale, &mut out);
        references::unknown(locale, &mut out);
        references::cycles(locale, &mut out);
        references::term_arguments(locale, &mut out);
        functions::calls(locale, &mut out);
        functions::plurals(locale, &mut out);
        text::characters(locale, &mut out);
        text::empty_values(locale, &mut out);
        text::variables_as_text(locale, &mut out);
        generated::countries(locale, &mut out);
        if locale.lang == REFERENCE {
            // Translations are held to the reference's keys (compare).
            selects::known_values(locale, &mut out);
        }
    }
    match locales.iter().find(|l| l.lang == REFERENCE) {
        Some(reference) => {
            let en = locales.iter().find(|l| l.lang == "en");
            for locale in locales.iter().filter(|l| l.lang != REFERENCE) {
                compare::translation(reference, locale, en, allow, &mut out);
            }
        }
        None => {
            if let Some(first) = files.first() {
                let root = dir_name(dir_name(&first.path));
                let path = if root.is_empty() {
                    REFERENCE.to_owned()
                } else {
                    format!("{root}/{REFERENCE}")
                };
                out.push(file_finding(
                    Severity::Error,
                    "missing-file",
                    path,
                    None,
                    format!("the reference locale `{REFERENCE}` has no files"),
                ));
            }
        }
    }
    out
}

/// `needed-message`: every message any document in
/// [`gaozhi_core::document::DOCUMENTS`] uses exists in the reference.
/// Nothing is reported when the reference has no files at all (the other
/// rules report that).
pub fn check_needed(files: &[LocaleFile]) -> Vec<Finding> {
    let parsed: Vec<Parsed<'_>> = files
        .iter()
        .filter(|f| f.lang == REFERENCE)
        .map(Parsed::new)
        .collect();
    if parsed.is_empty() {
        return Vec::new();
    }
    let reference = Locale::new(REFERENCE, parsed.iter().collect());
    let mut needed: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for doc in DOCUMENTS {
        for id in doc.all_messages() {
            needed.entry(id).or_default().push(doc.id);
        }
    }
    let mut out = Vec::new();
    for (id, docs) in needed {
        if reference.messages.contains_key(id) || reference.is_broken(id) {
            continue;
        }
        // Where the message belongs: its document's file, or the common one.
        let home = match docs.as_slice() {
            [doc] if id.starts_with(&format!("{doc}-")) => format!("{doc}.ftl"),
            _ => "common.ftl".to_owned(),
        };
        let docs = docs
            .iter()
            .map(|d| format!("`{d}`"))
            .collect::<Vec<_>>()
            .join(", ");
        out.push(file_finding(
            Severity::Error,
            "needed-message",
            reference.path_for(&home),
            Some(id),
            format!("message `{id}` is missing from the reference `{REFERENCE}`; {docs} use it"),
        ));
    }
    out
}

/// A finding about a whole file: line 1, column 1, no snippet.
fn file_finding(
    severity: Severity,
    code: &'static str,
    file: String,
    id: Option<&str>,
    message: String,
) -> Finding {
    Finding {
        severity,
        file,
        line: 1,
        column: 1,
        id: id.map(str::to_owned),
        code,
        message,
        snippet: String::new(),
    }
}

/// How a pattern is named in messages: the message, or one attribute.
fn what(def: &Def<'_>, attribute: Option<&str>) -> String {
    let kind = if def.term { "term" } else { "message" };
    match attribute {
        None => format!("{kind} `{}`", def.key()),
        Some(a) => format!("attribute `.{a}` of `{}`", def.key()),
    }
}

/// The byte offset of a pattern's owner: the id, or the attribute's id.
fn owner_offset(def: &Def<'_>, attribute: Option<&str>) -> usize {
    match attribute.and_then(|a| def.attribute(a)) {
        Some(a) => def.parsed.offset(a.id.name) - 1,
        None => def.offset(),
    }
}

#[cfg(test)]
mod tests {
    use super::functions::plural_categories;
    use super::*;

    fn file(lang: &str, text: &str) -> LocaleFile {
        LocaleFile {
            lang: lang.into(),
            path: format!("{lang}/t.ftl"),
            text: text.into(),
        }
    }

    fn codes(files: &[LocaleFile]) -> Vec<(&'static str, usize, usize)> {
        crate::check_with(files, &[])
            .findings
            .into_iter()
            .map(|f| (f.code, f.line, f.column))
            .collect()
    }

    #[test]
    fn plural_categories_come_from_cldr() {
        assert_eq!(
            plural_categories("ru").unwrap(),
            ["one", "few", "many", "other"]
        );
        assert_eq!(plural_categories("ja").unwrap(), ["other"]);
        assert_eq!(plural_categories("en").unwrap(), ["one", "other"]);
        assert_eq!(plural_categories("zh-Hans").unwrap(), ["other"]);
    }

    #[test]
    fn gender_selects_are_not_plural() {
        let ftl = "m = { $g ->\n    [male] 他\n    [female] 她\n   *[other] 其\n}\n";
        assert_eq!(codes(&[file("zh-Hans", ftl)]), []);
    }

    #[test]
    fn self_reference_is_a_cycle_but_own_attribute_is_not() {
        assert_eq!(
            codes(&[file("zh-Hans", "a = { a }\nb = { b.x }\n    .x = 乙\n")]),
            [("cycle", 1, 1)]
        );
    }

    #[test]
    fn cycle_paths_read_in_order() {
        let report = crate::check_with(
            &[file(
                "zh-Hans",
                "a = { b }\nb = { c }\nc = { a }\nd = { a }\n",
            )],
            &[],
        );
        assert_eq!(report.findings.len(), 1);
        assert_eq!(
            report.findings[0].message,
            "messages reference each other in a cycle: `a` → `b` → `c` → `a`"
        );
    }

    #[test]
    fn whitespace_at_the_edges_of_variants_and_literals() {
        let ftl = "a = {\"\u{3000}\"}x\nb = { $n ->\n   *[other] {\" \"}y\n}\nc = x{\"\"}\n";
        assert_eq!(
            codes(&[file("zh-Hans", ftl)]),
            [("whitespace", 1, 7), ("whitespace", 3, 15)]
        );
    }

    #[test]
    fn crlf_line_ends_are_fine_and_a_bom_is_a_syntax_error() {
        let crlf = "a = 甲\r\nb =\r\n    第一行\r\n    第二行\r\n";
        assert_eq!(codes(&[file("zh-Hans", crlf)]), []);
        let bom = crate::check_with(&[file("zh-Hans", "\u{FEFF}a = 甲\nb = 乙\n")], &[]);
        assert_eq!(bom.findings.len(), 1);
        let finding = &bom.findings[0];
        assert_eq!(
            (finding.code, finding.line, finding.column),
            ("syntax", 1, 1)
        );
        assert_eq!(finding.id.as_deref(), Some("a"));
        assert!(finding.message.contains("byte order mark"));
    }

    #[test]
    fn option_values_do_not_count_as_letters() {
        let ftl = "d = { DATETIME($d, dateStyle: \"long\") }\n";
        assert_eq!(codes(&[file("zh-Hans", ftl), file("ko", ftl)]), []);
    }
}
