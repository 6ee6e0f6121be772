//! The layout check: every document in every language, laid out and
//! measured against its page budget, so that a translation that runs long is
//! found by a translator's CI and not by staff at the printer.
//!
//! Each document is set bilingual (the longest layout: two columns share the
//! width) with every language, Chinese alone, and once more with the
//! pseudo-locale when the caller adds it (see
//! [`gaozhi_core::Locales::add_pseudo`]). A card is laid out on its own
//! page, so text leaving the card's box shows as an extra page.

use rayon::prelude::*;

use gaozhi_core::Date;
use gaozhi_core::document::{DOCUMENTS, DocumentSpec, ResidentNeed};
use gaozhi_core::{Lang, Layout, Locales, Office, Request, Resident, Result, compose};

use crate::inspect::Problem;
use crate::renderer::{Fit, Renderer};

/// One document set in one combination of languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Case {
    /// The document.
    pub document: &'static DocumentSpec,
    /// The languages on the page, Chinese first.
    pub langs: Vec<Lang>,
    /// The sample record it was filled with (its name), if any.
    pub sample: Option<String>,
}

impl std::fmt::Display for Case {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let langs: Vec<&str> = self.langs.iter().map(Lang::as_str).collect();
        write!(f, "`{}` in {}", self.document.id, langs.join(" + "))?;
        if let Some(sample) = &self.sample {
            write!(f, " (with {sample})")?;
        }
        Ok(())
    }
}

/// A document, the language beside Chinese, the layout and the sample.
type Job<'a> = (
    &'static DocumentSpec,
    Lang,
    Layout,
    Option<&'a (String, Resident)>,
);

/// What laying out one case gave.
#[derive(Debug)]
pub struct Outcome {
    /// The case.
    pub case: Case,
    /// Its fit, or why it could not be laid out.
    pub fit: Result<Fit>,
    /// What a reader would see wrong on its pages (see [`crate::inspect`]).
    pub problems: Vec<Problem>,
}

impl Outcome {
    /// Whether the document ran over its page budget.
    pub fn overflows(&self) -> bool {
        matches!(&self.fit, Ok(fit) if fit.pages > self.case.document.max_pages)
    }
}

/// Lays out every document in every loaded language with each sample
/// record, in parallel. Office texts a language lacks (a new translation
/// has no office name yet) are taken from English for the measurement: the
/// check is about the translation's length, not the profile.
pub fn check(
    renderer: &Renderer,
    locales: &Locales,
    office: &Office,
    samples: &[(String, Resident)],
    today: Date,
) -> Vec<Outcome> {
    let office = stand_in_office(office, &locales.languages());
    let reference = Lang::reference();
    let mut jobs: Vec<Job<'_>> = Vec::new();
    for &doc in DOCUMENTS {
        let records: Vec<Option<&(String, Resident)>> = match doc.resident {
            ResidentNeed::Required | ResidentNeed::Optional if !samples.is_empty() => {
                samples.iter().map(Some).collect()
            }
            _ => vec![None],
        };
        for record in records {
            jobs.push((doc, reference.clone(), Layout::ChineseOnly, record));
            for lang in locales
                .languages()
                .into_iter()
                .filter(|l| !l.is_reference())
            {
                jobs.push((doc, lang, Layout::Bilingual, record));
            }
        }
    }
    jobs.into_par_iter()
        .map(|(document, lang, layout, record)| {
            let mut langs = vec![reference.clone()];
            if !lang.is_reference() {
                langs.push(lang.clone());
            }
            let case = Case {
                document,
                langs,
                sample: record.map(|(name, _)| name.clone()),
            };
            // The record's own language would win over the one under test.
            let resident = record.map(|(_, r)| Resident {
                language: None,
                ..r.clone()
            });
            let tag = lang.as_str().parse().ok();
            let inspected = compose(
                locales,
                &Request {
                    document,
                    resident: resident.as_ref(),
                    office: &office,
                    default_language: tag.as_ref(),
                    layout,
                    today,
                },
            )
            .and_then(|comp| renderer.inspect(&comp));
            let (fit, problems) = match inspected {
                Ok((fit, problems)) => (Ok(fit), problems),
                Err(e) => (Err(e), Vec::new()),
            };
            Outcome {
                case,
                fit,
                problems,
            }
        })
        .collect()
}

/// A copy of the office with every localized text present in every
/// language (English standing in for a missing one).
fn stand_in_office(office: &Office, langs: &[Lang]) -> Office {
    let mut office = office.clone();
    let Some(english) = langs.iter().find(|l| l.as_str() == "en") else {
        return office;
    };
    for (_, text) in office.localized_mut() {
        let Some(fallback) = text.get(english).map(str::to_owned) else {
            continue;
        };
        for lang in langs {
            if text.get(lang).is_none() {
                text.0.insert(lang.as_str().to_owned(), fallback.clone());
            }
        }
    }
    office
}
