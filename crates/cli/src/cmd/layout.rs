//! `gaozhi check --layout`: lays out every document in every language (and
//! the pseudo-locale) and turns overflows into checker findings, pointed at
//! the translation's file so a translator lands on the text to shorten.

use std::collections::{BTreeMap, BTreeSet};

use gaozhi_check::{Finding, Severity};
use gaozhi_core::Date;
use gaozhi_core::locale::{LocaleFile, PSEUDO};
use gaozhi_core::{Lang, Locales, Office, Result};
use gaozhi_render::layout::{self, Outcome};
use gaozhi_render::{Renderer, RendererConfig};

use crate::args::CheckArgs;
use crate::examples;

/// What the layout check found, and a summary for people.
pub(crate) struct LayoutReport {
    pub(crate) findings: Vec<Finding>,
    pub(crate) summary: String,
}

pub(crate) fn run(args: &CheckArgs, files: &[LocaleFile]) -> Result<LayoutReport> {
    let mut locales = match Locales::from_files(files.to_vec()) {
        Ok(locales) => locales,
        Err(e) => {
            return Ok(LayoutReport {
                findings: Vec::new(),
                summary: format!("layout not checked: the locales do not load ({e})"),
            });
        }
    };
    locales.add_pseudo()?;
    let office = match &args.office {
        Some(path) => Office::from_path(path)?,
        None => examples::office()?,
    };
    let samples = examples::residents()?;
    let renderer = Renderer::new(&RendererConfig {
        templates: args.templates.clone(),
        ..RendererConfig::default()
    })?;
    let today = office.issue_date.unwrap_or_else(Date::today);
    let outcomes = layout::check(&renderer, &locales, &office, &samples, today);

    // Documents that fit only when set tighter, with their languages.
    let mut tight: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for o in &outcomes {
        if matches!(&o.fit, Ok(f) if f.density > 0) && !o.overflows() {
            let lang = o.case.langs.last().map_or("", Lang::as_str);
            tight.entry(o.case.document.id).or_default().insert(lang);
        }
    }
    let findings: Vec<Finding> = outcomes.iter().flat_map(|o| findings(o, files)).collect();
    let pseudo = outcomes
        .iter()
        .filter(|o| o.case.langs.iter().any(|l| l.as_str() == PSEUDO))
        .count();
    let mut summary = format!(
        "{} layout(s) checked ({pseudo} with the pseudo-locale {PSEUDO}): {} problem(s)",
        outcomes.len(),
        findings.len()
    );
    if !tight.is_empty() {
        summary.push_str(
            "; these fit only when set tighter (less spacing), so a longer text may not:",
        );
        for (doc, langs) in tight {
            let langs: Vec<&str> = langs.into_iter().collect();
            summary.push_str(&format!("\n  {doc}: {}", langs.join(", ")));
        }
    }
    Ok(LayoutReport { findings, summary })
}

/// The findings for one case: its overflow or failure, and each fault a
/// reader would see on its pages.
fn findings(outcome: &Outcome, files: &[LocaleFile]) -> Vec<Finding> {
    let case = &outcome.case;
    let mut found: Vec<(&'static str, String)> = Vec::new();
    match &outcome.fit {
        Ok(fit) if outcome.overflows() => found.push((
            "layout-overflow",
            format!(
                "{case} runs to {} pages; it must fit on {} \
                 (shorten this document's messages in this language)",
                fit.pages, case.document.max_pages
            ),
        )),
        Ok(_) => {}
        Err(e) => found.push(("layout-failed", format!("{case} cannot be laid out: {e}"))),
    }
    for problem in &outcome.problems {
        found.push(("layout-fault", format!("{case}, {problem}")));
    }
    if found.is_empty() {
        return Vec::new();
    }
    // Point at the message that grew: of the document's own messages in the
    // language under test (English for the pseudo-locale, which is built
    // from it), the longest for its length in a language of like script
    // (English for alphabetic languages, Chinese for CJK and for English).
    let lang = case.langs.last().map(Lang::as_str).unwrap_or_default();
    let lang = if lang == PSEUDO { "en" } else { lang };
    let base = match lang.split('-').next().unwrap_or(lang) {
        "zh" | "ja" | "ko" | "en" => "zh-Hans",
        _ => "en",
    };
    let grown = case
        .document
        .messages
        .iter()
        .filter_map(|&id| {
            let (file, line, source) = message_source(files, lang, id)?;
            let length = source.chars().count();
            let base_length = message_source(files, base, id)
                .map_or(length, |(_, _, s)| s.chars().count())
                .max(1);
            Some((length as f64 / base_length as f64, id, file, line, source))
        })
        .max_by(|a, b| a.0.total_cmp(&b.0));
    let (file, line, id, snippet, grew) = match grown {
        Some((ratio, id, file, line, source)) => (
            file,
            line,
            id,
            source.lines().next().unwrap_or("").to_owned(),
            format!("; `{id}` is the longest for its length in `{base}` ({ratio:.1}×)"),
        ),
        None => (
            format!("locales/{lang}"),
            1,
            case.document.title,
            String::new(),
            String::new(),
        ),
    };
    found
        .into_iter()
        .map(|(code, message)| Finding {
            severity: Severity::Error,
            file: file.clone(),
            line,
            column: 1,
            id: Some(id.to_owned()),
            code,
            message: if code == "layout-overflow" {
                message + &grew
            } else {
                message
            },
            snippet: snippet.clone(),
        })
        .collect()
}

/// Message `id` in `lang`'s files: the file, its line, and its source (the
/// `id =` line and the indented lines that continue it).
fn message_source(files: &[LocaleFile], lang: &str, id: &str) -> Option<(String, usize, String)> {
    files.iter().filter(|f| f.lang == lang).find_map(|f| {
        let lines: Vec<&str> = f.text.lines().collect();
        let start = lines.iter().position(|l| {
            l.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start_matches(' ').starts_with('='))
        })?;
        let end = lines[start + 1..]
            .iter()
            .position(|l| !l.starts_with(' '))
            .map_or(lines.len(), |n| start + 1 + n);
        Some((f.path.clone(), start + 1, lines[start..end].join("\n")))
    })
}
