//! One module per subcommand, plus the setup they share.

pub(crate) mod batch;
pub(crate) mod check;
pub(crate) mod demo;
mod layout;
pub(crate) mod list;
pub(crate) mod new_locale;
pub(crate) mod render;
pub(crate) mod serve;

use gaozhi_core::{DocumentSpec, Error, Locales, Result, Tag, document};
use gaozhi_render::{FontChoice, FontConfig, Renderer, RendererConfig};

use crate::args::{EngineArgs, FontsArg};

/// The locales and the renderer the engine options ask for.
pub(crate) struct Engine {
    pub(crate) locales: LocalesRef,
    pub(crate) renderer: Renderer,
}

/// Embedded locales (shared for the process) or ones read from a directory.
pub(crate) enum LocalesRef {
    Embedded(&'static Locales),
    Loaded(Box<Locales>),
}

impl std::ops::Deref for LocalesRef {
    type Target = Locales;
    fn deref(&self) -> &Locales {
        match self {
            LocalesRef::Embedded(l) => l,
            LocalesRef::Loaded(l) => l,
        }
    }
}

impl Engine {
    /// Loads the locales and the renderer (fonts, templates) the options
    /// ask for, each on its own thread: both are a few milliseconds of
    /// parsing, and a single document from a cold process waits on them.
    pub(crate) fn new(args: &EngineArgs) -> Result<Engine> {
        let config = RendererConfig {
            fonts: FontConfig {
                choice: match args.fonts {
                    FontsArg::System => FontChoice::System,
                    FontsArg::Embedded => FontChoice::Embedded,
                },
                dirs: args.font_path.clone(),
            },
            templates: args.templates.clone(),
        };
        let (locales, renderer) = std::thread::scope(|scope| {
            let renderer = scope.spawn(|| Renderer::new(&config));
            let locales = match &args.locales {
                Some(dir) => Locales::from_dir(dir).map(|l| LocalesRef::Loaded(Box::new(l))),
                None => Locales::embedded().map(LocalesRef::Embedded),
            };
            let renderer = renderer
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (locales, renderer)
        });
        Ok(Engine {
            locales: locales?,
            renderer: renderer?,
        })
    }
}

/// The document a command line names, or a usage error listing the known ones.
pub(crate) fn find_document(id: &str) -> Result<&'static DocumentSpec> {
    document::find(id).ok_or_else(|| {
        let known: Vec<&str> = document::DOCUMENTS.iter().map(|d| d.id).collect();
        Error::usage(format!(
            "unknown document `{id}` (known: {})",
            known.join(", ")
        ))
    })
}

/// The `--lang` option, parsed as a BCP 47 tag.
pub(crate) fn parse_lang(lang: Option<&str>) -> Result<Option<Tag>> {
    lang.map(|l| {
        l.parse()
            .map_err(|e: String| Error::usage(format!("--lang: {e}")))
    })
    .transpose()
}
