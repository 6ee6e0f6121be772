//! `gaozhi check --layout`: lays out every document in every language (and
//! the pseudo-locale) and turns overflows into checker findings, pointed at
//! the translation's file so a translator lands on the text to shorten.

use std::collections::{BTreeMap, BTreeSet};

use gaozhi_check::{Finding, Severity};
use gaozhi_core::locale::{LocaleFile, PSEUDO};
use gaozhi_core::values::Date;
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
    // Point at the document's title in the file of the language under test
    // (English for the pseudo-locale, which is built from it).
    let lang = case.langs.last().map(Lang::as_str).unwrap_or_default();
    let lang = if lang == PSEUDO { "en" } else { lang };
    let title = case.document.title;
    let (file, line, snippet) = files
        .iter()
        .filter(|f| f.lang == lang)
        .find_map(|f| {
            f.text.lines().enumerate().find_map(|(n, text)| {
                let id = text.split('=').next()?.trim();
                (id == title).then(|| (f.path.clone(), n + 1, text.to_owned()))
            })
        })
        .unwrap_or_else(|| (format!("locales/{lang}"), 1, String::new()));
    found
        .into_iter()
        .map(|(code, message)| Finding {
            severity: Severity::Error,
            file: file.clone(),
            line,
            column: 1,
            id: Some(title.to_owned()),
            code,
            message,
            snippet: snippet.clone(),
        })
        .collect()
}
