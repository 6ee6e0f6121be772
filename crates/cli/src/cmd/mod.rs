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
    pub(crate) fn new(args: &EngineArgs) -> Result<Engine> {
        let locales = match &args.locales {
            Some(dir) => LocalesRef::Loaded(Box::new(Locales::from_dir(dir)?)),
            None => LocalesRef::Embedded(Locales::embedded()?),
        };
        let renderer = Renderer::new(&RendererConfig {
            fonts: FontConfig {
                choice: match args.fonts {
                    FontsArg::System => FontChoice::System,
                    FontsArg::Embedded => FontChoice::Embedded,
                },
                dirs: args.font_path.clone(),
            },
            templates: args.templates.clone(),
        })?;
        Ok(Engine { locales, renderer })
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
