//! One module per subcommand, plus the setup they share.

pub(crate) mod batch;
pub(crate) mod check;
pub(crate) mod demo;
pub(crate) mod list;
pub(crate) mod new_locale;
pub(crate) mod render;

use gaozhi_core::{Locales, Result};
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
