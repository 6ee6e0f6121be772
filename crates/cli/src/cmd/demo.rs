//! `gaozhi demo`: every document in every language, from the sample office
//! and residents built into the binary, so a newcomer sees real output with
//! no setup. Cards are also printed on a sheet, and forms staff print
//! empty are also printed blank.

use std::path::PathBuf;

use gaozhi_core::document::{DOCUMENTS, ResidentNeed};
use gaozhi_core::{Layout, Request, Resident, Result, Tag, compose, compose_blank};
use gaozhi_render::{Format, RenderOptions};

use crate::args::DemoArgs;
use crate::cmd::Engine;
use crate::{examples, output};

pub(crate) fn run(args: &DemoArgs) -> Result<()> {
    let engine = Engine::new(&args.engine)?;
    let office = examples::office()?;
    let samples = examples::residents()?;
    let mut written = 0usize;
    for lang in engine.locales.languages() {
        // The sample resident who reads this language, else the first sample
        // with the language set.
        let resident: Resident = samples
            .iter()
            .find(|(_, r)| {
                r.language
                    .as_ref()
                    .and_then(|t| engine.locales.negotiate(t).ok())
                    .as_ref()
                    == Some(&lang)
            })
            .or(samples.first())
            .map(|(_, r)| {
                let mut r = r.clone();
                r.language = Some(lang.as_str().parse().unwrap_or_else(|_| unreachable!()));
                r
            })
            .unwrap_or_default();
        // Documents with no resident (and blank forms) print in the
        // language the loop is at.
        let tag: Tag = lang.as_str().parse().map_err(gaozhi_core::Error::usage)?;
        for doc in DOCUMENTS {
            let layout = if lang.is_reference() {
                Layout::ChineseOnly
            } else {
                Layout::Bilingual
            };
            let request = Request {
                document: doc,
                resident: (doc.resident != ResidentNeed::None).then_some(&resident),
                office: &office,
                default_language: Some(&tag),
                layout,
                today: office.issue_date.unwrap_or_else(gaozhi_core::Date::today),
            };
            let composition = compose(&engine.locales, &request)?;
            let blank = if doc.blank_form {
                Some(compose_blank(
                    &engine.locales,
                    &Request {
                        resident: None,
                        ..request
                    },
                )?)
            } else {
                None
            };
            let mut variants = vec![(String::new(), false, &composition)];
            if doc.page.is_card() {
                variants.push(("-sheet".to_owned(), true, &composition));
            }
            if let Some(blank) = &blank {
                variants.push(("-blank".to_owned(), false, blank));
            }
            for (suffix, sheet, composition) in variants {
                let base = format!("{}-{}{suffix}", doc.id, lang);
                let mut options = RenderOptions {
                    sheet,
                    allow_missing_glyphs: args.engine.allow_missing_glyphs,
                    ..RenderOptions::default()
                };
                let pdf = engine.renderer.render(composition, &options)?;
                for w in &pdf.warnings {
                    crate::warn(w);
                }
                let mut files: Vec<(PathBuf, Vec<u8>)> = vec![(
                    args.output.join(format!("{base}.pdf")),
                    pdf.files[0].clone(),
                )];
                if args.png {
                    options.format = Format::Png { scale: 2.0 };
                    let png = engine.renderer.render(composition, &options)?;
                    let paths =
                        output::numbered(&args.output.join(format!("{base}.png")), png.files.len());
                    files.extend(paths.into_iter().zip(png.files));
                }
                output::write_all(&files)?;
                written += files.len();
                println!("{:<48} {} page(s)", format!("{base}.pdf"), pdf.pages);
            }
        }
    }
    eprintln!("wrote {written} files to {}", args.output.display());
    Ok(())
}
