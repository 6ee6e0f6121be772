//! `gaozhi render`: one document, from a record and an office profile, to a
//! PDF or PNG pages.

use std::path::PathBuf;

use self::typst_pdf_standard::to_typst;
use gaozhi_core::Date;
use gaozhi_core::{Error, Layout, Office, Request, Resident, Result, compose, compose_blank};
use gaozhi_render::{Format, RenderOptions};

use crate::args::{OutputFormat, RenderArgs};
use crate::cmd::{Engine, find_document, parse_lang};
use crate::output;

pub(crate) fn run(args: &RenderArgs) -> Result<()> {
    let spec = find_document(&args.document)?;
    let lang = parse_lang(args.lang.as_deref())?;
    let office = Office::from_path(&args.office)?;
    let resident = args.data.as_deref().map(Resident::from_path).transpose()?;
    if args.sheet && !spec.page.is_card() {
        return Err(Error::usage(format!(
            "--sheet lays out cards; `{}` is not a card",
            spec.id
        )));
    }
    let engine = Engine::new(&args.engine)?;
    let layout = if args.only {
        Layout::ChineseOnly
    } else if args.only_translation {
        Layout::TranslationOnly
    } else {
        Layout::Bilingual
    };
    let request = Request {
        document: spec,
        resident: resident.as_ref(),
        office: &office,
        default_language: lang.as_ref(),
        layout,
        today: Date::today(),
    };
    let composition = if args.blank {
        compose_blank(&engine.locales, &request)?
    } else {
        compose(&engine.locales, &request)?
    };
    let options = RenderOptions {
        format: match args.format {
            OutputFormat::Pdf => Format::Pdf,
            OutputFormat::Png => Format::Png { scale: 2.0 },
        },
        sheet: args.sheet,
        allow_missing_glyphs: args.engine.allow_missing_glyphs,
        pdf_standards: args.pdf_standard.iter().map(|s| to_typst(*s)).collect(),
    };
    let rendered = engine.renderer.render(&composition, &options)?;
    for w in &rendered.warnings {
        crate::warn(w);
    }
    let ext = match args.format {
        OutputFormat::Pdf => "pdf",
        OutputFormat::Png => "png",
    };
    let path = args.output.clone().unwrap_or_else(|| {
        PathBuf::from(format!("{}-{}.{ext}", spec.id, composition.resident_lang))
    });
    let paths = match args.format {
        OutputFormat::Pdf => vec![path],
        OutputFormat::Png => output::numbered(&path, rendered.files.len()),
    };
    let files: Vec<(PathBuf, Vec<u8>)> = paths.into_iter().zip(rendered.files).collect();
    output::write_all(&files)?;
    for (path, _) in &files {
        eprintln!("wrote {} ({} page(s))", path.display(), rendered.pages);
    }
    Ok(())
}

mod typst_pdf_standard {
    //! The CLI's PDF standard names, mapped to typst-pdf's.
    use crate::args::PdfStandardArg;
    use gaozhi_render::PdfStandard;

    pub(crate) fn to_typst(s: PdfStandardArg) -> PdfStandard {
        match s {
            PdfStandardArg::A2b => PdfStandard::A_2b,
            PdfStandardArg::A2u => PdfStandard::A_2u,
            PdfStandardArg::A3b => PdfStandard::A_3b,
            PdfStandardArg::Ua1 => PdfStandard::Ua_1,
        }
    }
}
