//! The renderer: one Typst engine with fonts and templates loaded, and the
//! compile → export step for each document.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use typst::diag::{Severity, SourceDiagnostic, Warned};
use typst::foundations::{Bytes, Datetime, Label, Selector, Smart};
use typst::introspection::Introspector;
use typst::model::DocumentInfo;
use typst::syntax::DiagSpanKind;
use typst::utils::PicoStr;
use typst_as_lib::{TypstAsLibError, TypstEngine, TypstTemplateCollection};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

use gaozhi_core::{Cause, Composition, Error, ErrorKind, Result};

use crate::fonts::{FontConfig, FontSet};
use crate::inputs::{self, InputOptions};
use crate::laid::{Laid, untagged};
use crate::qr;
use crate::style::Style;
use crate::templates::{self, Templates};
use crate::world::DataWorld;

/// How many compiles old an entry of Typst's memoization cache may grow
/// before it is dropped. Residents' documents share their layout across
/// compiles (see [`crate::world`]), and a batch works through chunks of one
/// template and language in a row on every thread (see
/// [`crate::batch::WINDOW`]), so what the next compile needs was used by
/// the last. On 1,000 mixed rows, keeping entries 2, 4 or 8 compiles old
/// was no faster and took 284, 348 and 480 MB against 234 MB.
const CACHE_MAX_AGE: usize = 1;

/// How many clauses a document may run on by at the normal setting and
/// still be set tighter to fit its pages: past that it takes its
/// continuation page at once. Checked by `gaozhi check --layout`: with it,
/// every sample document in every language comes out as it does when every
/// tighter setting is tried.
const RUN_ON_CLAUSES: usize = 3;

/// What a renderer is built from.
#[derive(Debug, Clone, Default)]
pub struct RendererConfig {
    /// Fonts to load.
    pub fonts: FontConfig,
    /// A directory of templates to use instead of the embedded ones.
    pub templates: Option<PathBuf>,
}

/// The output format.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub enum Format {
    /// One PDF file.
    #[default]
    Pdf,
    /// One PNG image per page, at `scale` pixels per point (2.0 = 144 dpi).
    Png {
        /// Pixels per typographic point.
        scale: f32,
    },
}

/// Options for one render.
#[derive(Debug, Clone, Default)]
pub struct RenderOptions {
    /// PDF or PNG.
    pub format: Format,
    /// Cards n-up on an A4 sheet (10 business cards, 4 A6 cards), with cut
    /// marks: each face of the card laid out once and copied over a sheet
    /// of its own (`sheet`).
    pub sheet: bool,
    /// Turn characters no font covers from an error into a warning.
    pub allow_missing_glyphs: bool,
    /// PDF standards to conform to (`a-2b`, `ua-1`, …).
    pub pdf_standards: Vec<PdfStandard>,
}

/// A rendered document.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// The output files: one PDF, or one PNG per page.
    pub files: Vec<Vec<u8>>,
    /// Number of pages.
    pub pages: usize,
    /// Warnings for the user (characters no font covers, Typst warnings).
    pub warnings: Vec<String>,
}

/// How a document fits its page budget (see [`Renderer::fit`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fit {
    /// Pages the document takes at the tightest layout tried.
    pub pages: usize,
    /// How tightly it was set: 0 is the normal layout, 2 the tightest.
    pub density: u8,
}

struct LaidOut {
    document: PagedDocument,
    density: u8,
    warnings: Vec<String>,
}

/// Fonts and templates loaded once, ready to render any number of documents
/// from any number of threads.
pub struct Renderer {
    engine: TypstEngine<TypstTemplateCollection>,
    fonts: FontSet,
    templates: Templates,
    /// The look, from the templates' `style.toml`.
    style: Arc<Style>,
    /// The last QR code drawn, with its data: every document of an office
    /// carries the same one.
    last_qr: Mutex<Option<(String, Bytes)>>,
}

impl std::fmt::Debug for Renderer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Renderer")
            .field("fonts", &self.fonts.fonts().len())
            .finish_non_exhaustive()
    }
}

impl Renderer {
    /// Loads templates, their style and the fonts it names.
    pub fn new(config: &RendererConfig) -> Result<Renderer> {
        let templates = match &config.templates {
            Some(dir) => Templates::from_dir(dir)?,
            None => Templates::embedded(),
        };
        let style = Style::of(&templates)?;
        let fonts = FontSet::load(&config.fonts, &style.families())?;
        let engine = TypstEngine::builder()
            .fonts(fonts.fonts().iter().cloned())
            .with_static_source_file_resolver(templates.sources().cloned())
            .with_static_file_resolver(templates.data_files())
            .comemo_evict_max_age(Some(CACHE_MAX_AGE))
            .build();
        Ok(Renderer {
            engine,
            fonts,
            templates,
            style: Arc::new(style),
            last_qr: Mutex::new(None),
        })
    }

    /// The look the templates are set in (their `style.toml`).
    pub fn style(&self) -> &Style {
        &self.style
    }

    /// Renders a composition.
    pub fn render(&self, comp: &Composition, options: &RenderOptions) -> Result<Rendered> {
        let mut warnings = self.check_glyphs(comp, options.allow_missing_glyphs)?;
        let laid = self.lay_out(comp)?;
        warnings.extend(laid.warnings);
        self.finish(comp, laid.document, warnings, options)
    }

    /// Renders many compositions, one result each, in order. Compositions of
    /// the same template are laid out together in one Typst compile, so
    /// what they share (the clauses of one language, the office's block) is
    /// laid out once: a batch of residents in the same language and
    /// document is several times faster this way than one by one. Each
    /// document comes out exactly as [`Renderer::render`] would set it: at
    /// the loosest density at which it fits its page budget.
    pub fn render_many(
        &self,
        comps: &[Composition],
        options: &RenderOptions,
    ) -> Vec<Result<Rendered>> {
        self.each_laid_out(
            comps,
            options.allow_missing_glyphs,
            |comp, laid, warnings| self.finish(comp, laid.document, warnings, options),
        )
    }

    /// Lays many compositions out for merged volumes, as
    /// [`Renderer::lay_out_for_merge`] does one, in one compile per
    /// template as [`Renderer::render_many`] does.
    pub fn lay_out_many_for_merge(
        &self,
        comps: &[Composition],
        allow_missing_glyphs: bool,
    ) -> Vec<Result<Laid>> {
        self.each_laid_out(comps, allow_missing_glyphs, |comp, laid, mut warnings| {
            if let Some(w) = over_budget(comp, laid.document.pages().len()) {
                warnings.push(w);
            }
            Ok(Laid {
                pages: untagged(&laid.document),
                style: self.style.clone(),
                warnings,
            })
        })
    }

    /// Checks every composition's glyphs, lays out those that pass
    /// together, and hands each document to `finish`.
    fn each_laid_out<T>(
        &self,
        comps: &[Composition],
        allow_missing_glyphs: bool,
        finish: impl Fn(&Composition, LaidOut, Vec<String>) -> Result<T>,
    ) -> Vec<Result<T>> {
        let mut results: Vec<Option<Result<T>>> = comps.iter().map(|_| None).collect();
        let mut checked = Vec::with_capacity(comps.len());
        for (i, comp) in comps.iter().enumerate() {
            match self.check_glyphs(comp, allow_missing_glyphs) {
                Ok(warnings) => checked.push((i, warnings)),
                Err(e) => results[i] = Some(Err(e)),
            }
        }
        let ready: Vec<&Composition> = checked.iter().map(|(i, _)| &comps[*i]).collect();
        for ((i, mut warnings), laid) in checked.into_iter().zip(self.lay_out_many(&ready)) {
            results[i] = Some(laid.and_then(|laid| {
                warnings.extend(laid.warnings.iter().cloned());
                finish(&comps[i], laid, warnings)
            }));
        }
        results
            .into_iter()
            .map(|r| r.expect("each composition is rendered or refused"))
            .collect()
    }

    /// Exports a laid-out document as PDF or PNG; a card n-up on sheets
    /// with `options.sheet`.
    fn finish(
        &self,
        comp: &Composition,
        document: PagedDocument,
        mut warnings: Vec<String>,
        options: &RenderOptions,
    ) -> Result<Rendered> {
        if let Some(w) = over_budget(comp, document.pages().len()) {
            warnings.push(w);
        }
        let document = if options.sheet && comp.document.page.is_card() {
            crate::sheet::impose(document, &self.style)
        } else {
            document
        };
        let pages = document.pages().len();
        let files = match options.format {
            Format::Pdf => vec![self.pdf(&document, comp, &options.pdf_standards)?],
            Format::Png { scale } => {
                let opts = typst_render::RenderOptions {
                    pixel_per_pt: f64::from(scale).into(),
                    render_bleed: false,
                };
                document
                    .pages()
                    .iter()
                    .map(|page| {
                        typst_render::render(page, &opts).encode_png().map_err(|e| {
                            Error::new(ErrorKind::Template, format!("PNG encoding failed: {e}"))
                        })
                    })
                    .collect::<Result<Vec<_>>>()?
            }
        };
        Ok(Rendered {
            files,
            pages,
            warnings,
        })
    }

    /// Lays a composition out for a merged volume: glyphs checked as for
    /// [`Renderer::render`], page budget warned about, nothing exported.
    pub fn lay_out_for_merge(
        &self,
        comp: &Composition,
        allow_missing_glyphs: bool,
    ) -> Result<Laid> {
        self.lay_out_many_for_merge(std::slice::from_ref(comp), allow_missing_glyphs)
            .pop()
            .expect("one composition gives one layout")
    }

    /// Lays a composition out without exporting it: how many pages it
    /// takes and how tightly it had to be set. The layout check uses this
    /// to find translations that overflow their page budget.
    pub fn fit(&self, comp: &Composition) -> Result<Fit> {
        let laid = self.lay_out(comp)?;
        Ok(Fit {
            pages: laid.document.pages().len(),
            density: laid.density,
        })
    }

    /// Lays a composition out as [`Renderer::fit`] does and inspects the
    /// pages for what a reader would see wrong (see [`crate::inspect`]):
    /// overprinted lines, text off the page, type too small, values broken
    /// over lines, a signature left alone on the last page.
    pub fn inspect(&self, comp: &Composition) -> Result<(Fit, Vec<crate::inspect::Problem>)> {
        let laid = self.lay_out(comp)?;
        let fit = Fit {
            pages: laid.document.pages().len(),
            density: laid.density,
        };
        Ok((
            fit,
            crate::inspect::inspect(&laid.document, comp, &self.style),
        ))
    }

    /// Compiles the template. If a long translation runs over the
    /// document's page budget, sets the page tighter (spacing, margins,
    /// column shares; never smaller type) until it fits or no tighter
    /// layout is left. A card is laid out alone, each face a page of its
    /// own size, also for a sheet (see [`Renderer::finish`]).
    fn lay_out(&self, comp: &Composition) -> Result<LaidOut> {
        self.lay_out_many(&[comp])
            .pop()
            .expect("one composition gives one layout")
    }

    /// Lays compositions out, one compile for each template and density:
    /// all at the normal density first, then those that ran over the pages
    /// their layout aims for again, tighter, until each fits or no tighter
    /// layout is left for its format. A letter or notice that fits only on
    /// more pages keeps its normal setting and runs on to its designed
    /// continuation page (when its budget allows one): a second page is
    /// better than a crushed first one. If a compile of several fails, each
    /// is laid out alone, so the error is the failing document's own.
    fn lay_out_many(&self, comps: &[&Composition]) -> Vec<Result<LaidOut>> {
        let mut results: Vec<Option<Result<LaidOut>>> = comps.iter().map(|_| None).collect();
        // Each document's layout at the normal density, kept while a tighter
        // one is tried.
        let mut normal: Vec<Option<LaidOut>> = comps.iter().map(|_| None).collect();
        let mut templates: Vec<&str> = comps.iter().map(|c| c.document.template).collect();
        templates.sort_unstable();
        templates.dedup();
        for template in templates {
            let mut pending: Vec<usize> = (0..comps.len())
                .filter(|&i| comps[i].document.template == template)
                .collect();
            let mut density = 0;
            while !pending.is_empty() {
                let chunk: Vec<(&Composition, u8)> =
                    pending.iter().map(|&i| (comps[i], density)).collect();
                let (documents, warnings) = match self.compile(&chunk) {
                    Ok(done) => done,
                    Err(e) if pending.len() == 1 => {
                        results[pending[0]] = Some(Err(e));
                        break;
                    }
                    Err(_) => {
                        for &i in &pending {
                            results[i] = self.lay_out_many(&[comps[i]]).pop();
                        }
                        break;
                    }
                };
                let mut overflowing = Vec::new();
                for (&i, document) in pending.iter().zip(documents) {
                    let spec = comps[i].document;
                    let pages = document.pages().len();
                    let laid = LaidOut {
                        document,
                        density,
                        warnings: warnings.clone(),
                    };
                    // A document that runs on by whole clauses at the
                    // normal setting does not fit at a tighter one (margins
                    // and gaps give back less than a few clauses take), so
                    // it runs on to its continuation page without being set
                    // again.
                    let far = density == 0
                        && pages <= spec.max_pages
                        && crate::inspect::clauses_after(&laid.document, spec.pages)
                            >= RUN_ON_CLAUSES;
                    let tightest = far || density >= inputs::max_density(spec.page);
                    if pages <= spec.pages {
                        results[i] = Some(Ok(laid));
                    } else if tightest {
                        // No tighter setting fits: the normal one on its
                        // continuation page if the budget allows it, else
                        // the tightest (and a warning).
                        let fallback = normal[i]
                            .take()
                            .filter(|n| n.document.pages().len() <= spec.max_pages);
                        results[i] = Some(Ok(fallback.unwrap_or(laid)));
                    } else {
                        if density == 0 {
                            normal[i] = Some(laid);
                        }
                        overflowing.push(i);
                    }
                }
                pending = overflowing;
                density += 1;
            }
        }
        results
            .into_iter()
            .map(|r| r.expect("each composition is laid out or refused"))
            .collect()
    }

    /// One Typst compile of `main.typ` setting every composition (all of
    /// one template) at its density, split into one document each at the
    /// label the templates put where a document begins. Each document keeps
    /// its own title, author and date.
    fn compile(&self, chunk: &[(&Composition, u8)]) -> Result<(Vec<PagedDocument>, Vec<String>)> {
        let Some(&(first, _)) = chunk.first() else {
            return Ok((Vec::new(), Vec::new()));
        };
        let template = first.document.template;
        if !self.templates.contains(template) {
            return Err(Error::new(ErrorKind::Template, "template is missing").in_file(template));
        }
        let docs = chunk
            .iter()
            .map(|&(comp, density)| {
                let qr_svg = comp.qr.as_deref().map(|q| self.qr_svg(q)).transpose()?;
                Ok(inputs::build(comp, qr_svg, InputOptions { density }))
            })
            .collect::<Result<Vec<_>>>()?;
        let data = inputs::encode(&inputs::main(template, docs))?;
        let Warned { output, warnings } = self
            .engine
            .with_world(templates::file_id(templates::MAIN), |world| {
                typst::compile::<PagedDocument>(&DataWorld::new(world, data))
            })
            .map_err(|e| self.template_error(e))?;
        let mut document =
            output.map_err(|e| self.template_error(TypstAsLibError::TypstSource(e)))?;
        let warnings: Vec<String> = warnings
            .iter()
            .map(|w| self.describe(w).to_string())
            .collect();
        if chunk.len() == 1 {
            return Ok((vec![document], warnings));
        }
        let introspector = document.introspector().clone();
        let label = Label::new(PicoStr::intern(templates::DOCUMENT_LABEL))
            .ok_or_else(|| self.unmarked(first))?;
        let mut starts: Vec<usize> = introspector
            .query(&Selector::Label(label))
            .iter()
            .filter_map(|c| c.location())
            .filter_map(|loc| introspector.page(loc))
            .map(|page| page.get() - 1)
            .collect();
        starts.push(document.pages().len());
        if starts.len() != chunk.len() + 1 || starts.windows(2).any(|w| w[0] >= w[1]) {
            return Err(self.unmarked(first));
        }
        let base = document.info_mut().clone();
        let pages = document.pages();
        let documents = chunk
            .iter()
            .zip(starts.windows(2))
            .map(|(&(comp, _), range)| {
                let date = comp.issue_date;
                let info = DocumentInfo {
                    title: Some(comp.title.as_str().into()),
                    author: vec![comp.author.as_str().into()],
                    date: Smart::Custom(
                        u8::try_from(date.month())
                            .ok()
                            .zip(u8::try_from(date.day()).ok())
                            .and_then(|(m, d)| Datetime::from_ymd(i32::from(date.year()), m, d)),
                    ),
                    ..base.clone()
                };
                PagedDocument::new(pages[range[0]..range[1]].iter().cloned().collect(), info)
            })
            .collect();
        Ok((documents, warnings))
    }

    /// The QR code for `data` as SVG, drawn once for a run of documents
    /// that carry the same one.
    fn qr_svg(&self, data: &str) -> Result<Bytes> {
        let mut last = self.last_qr.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((d, svg)) = last.as_ref()
            && d == data
        {
            return Ok(svg.clone());
        }
        let svg = Bytes::new(qr::svg(data)?);
        *last = Some((data.to_owned(), svg.clone()));
        Ok(svg)
    }

    /// The error for a template whose documents cannot be told apart.
    fn unmarked(&self, comp: &Composition) -> Error {
        Error::new(
            ErrorKind::Template,
            format!(
                "the template does not mark where each document begins \
                 (`document-start` from `kit` in lib.typ, label <{}>)",
                templates::DOCUMENT_LABEL
            ),
        )
        .in_file(comp.document.template)
    }

    fn pdf(
        &self,
        document: &PagedDocument,
        comp: &Composition,
        standards: &[PdfStandard],
    ) -> Result<Vec<u8>> {
        let standards = PdfStandards::new(standards).map_err(|e| {
            Error::usage(format!(
                "these PDF standards cannot be combined: {}",
                e.message()
            ))
        })?;
        let options = PdfOptions {
            ident: Smart::Custom(format!("gaozhi/{}", comp.document.id)),
            creator: Smart::Custom(Some(format!("gaozhi {}", env!("CARGO_PKG_VERSION")))),
            // The document date (the issue date) set by the template is used;
            // the clock never enters the file.
            timestamp: None,
            standards,
            ..PdfOptions::default()
        };
        let pdf = typst_pdf::pdf(document, &options).map_err(|diags| {
            let text: Vec<String> = diags.iter().map(|d| self.describe(d).to_string()).collect();
            Error::new(
                ErrorKind::Template,
                format!("PDF export failed: {}", text.join("; ")),
            )
        })?;
        // PDF/UA output has it already; every other PDF gets it here.
        crate::viewer::display_doc_title(pdf)
    }

    /// Every character of the resident's and the office's text must have a
    /// glyph in some loaded font: an error naming the field, the character
    /// and its code point, or (when `allow`) the same as warnings.
    pub fn check_glyphs(&self, comp: &Composition, allow: bool) -> Result<Vec<String>> {
        let mut missing = self.missing_glyphs(comp);
        if !allow && !missing.is_empty() {
            return Err(missing.swap_remove(0));
        }
        Ok(missing.iter().map(Error::to_string).collect())
    }

    /// Every character of the resident's and the office's text that no
    /// loaded font has, once per field: an error of kind
    /// [`ErrorKind::MissingGlyph`] naming the field, the character and its
    /// code point.
    pub fn missing_glyphs(&self, comp: &Composition) -> Vec<Error> {
        let mut missing = Vec::new();
        let mut texts: Vec<(&str, &str)> = comp
            .values
            .iter()
            .flat_map(|(k, v)| v.iter().map(move |t| (k.as_str(), t.as_str())))
            .collect();
        texts.extend(
            comp.contacts
                .iter()
                .map(|c| ("contacts.name", c.name.as_str())),
        );
        let mut seen = std::collections::HashSet::new();
        for (field, text) in texts {
            for c in text.chars() {
                if c.is_whitespace() || c.is_control() || is_default_ignorable(c) {
                    continue;
                }
                if !self.fonts.covers(c) && seen.insert((field, c)) {
                    missing.push(
                        Error::new(
                            ErrorKind::MissingGlyph,
                            format!(
                                "no loaded font has the character '{c}' (U+{:04X}); \
                                 add a font that has it with --font-path DIR",
                                c as u32
                            ),
                        )
                        .for_field(field)
                        .because(Cause::MissingGlyph(c)),
                    );
                }
            }
        }
        missing
    }

    fn template_error(&self, err: TypstAsLibError) -> Error {
        match err {
            TypstAsLibError::TypstSource(diags) => {
                let first = diags
                    .iter()
                    .find(|d| d.severity == Severity::Error)
                    .or(diags.first());
                match first {
                    Some(d) => self.describe(d),
                    None => Error::new(ErrorKind::Template, "template failed without a message"),
                }
            }
            other => Error::new(ErrorKind::Template, other.to_string()),
        }
    }

    /// A Typst diagnostic as an error naming the template file and line.
    fn describe(&self, diag: &SourceDiagnostic) -> Error {
        let mut message = diag.message.to_string();
        for hint in &diag.hints {
            message.push_str(&format!(" (hint: {})", hint.v));
        }
        let mut err = Error::new(ErrorKind::Template, message);
        let (id, range) = match diag.span.get() {
            DiagSpanKind::Number { id, num, sub_range } => (
                Some(id),
                self.templates
                    .lookup(id)
                    .and_then(|(_, s)| s.range(num, sub_range)),
            ),
            DiagSpanKind::Range { id, range } => (Some(id), Some(range)),
            DiagSpanKind::Detached => (None, None),
        };
        if let Some((name, source)) = id.and_then(|id| self.templates.lookup(id)) {
            err = err.in_file(name);
            if let Some(line) = range.and_then(|r| source.lines().byte_to_line(r.start)) {
                err = err.at_line(line + 1);
            }
        }
        err
    }
}

/// The warning for a document that runs over its page budget.
fn over_budget(comp: &Composition, pages: usize) -> Option<String> {
    (pages > comp.document.max_pages).then(|| {
        format!(
            "`{}` in {} runs to {pages} pages; it is laid out for {} \
             (shorten the longest field or report the layout)",
            comp.document.id,
            comp.langs
                .iter()
                .map(|l| l.as_str())
                .collect::<Vec<_>>()
                .join(" + "),
            comp.document.max_pages
        )
    })
}

/// Characters that draw nothing (joiners, variation selectors, marks that
/// only steer layout); a font need not have them.
fn is_default_ignorable(c: char) -> bool {
    matches!(c as u32,
        0x00AD | 0x034F | 0x061C | 0x115F..=0x1160 | 0x17B4..=0x17B5 | 0x180B..=0x180F
        | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0x3164 | 0xFE00..=0xFE0F
        | 0xFEFF | 0xFFA0 | 0xFFF0..=0xFFF8 | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A
        | 0xE0000..=0xE0FFF)
}
