//! `gaozhi serve`: the desk tool. Loads the office profile and the engine
//! as the other commands do, then hands them to `gaozhi-serve`.

use std::sync::Arc;

use gaozhi_core::{Locales, Office, Result};
use gaozhi_serve::{App, Config};

use crate::args::ServeArgs;
use crate::cmd::{Engine, LocalesRef};
use crate::examples;

pub(crate) fn run(args: &ServeArgs) -> Result<()> {
    let (office, office_source) = match &args.office {
        Some(path) => (Office::from_path(path)?, Some(path.display().to_string())),
        None => (examples::office()?, None),
    };
    let engine = Engine::new(&args.engine)?;
    // The server runs until the process ends; locales read from a
    // directory are kept for that long.
    let locales: &'static Locales = match engine.locales {
        LocalesRef::Embedded(l) => l,
        LocalesRef::Loaded(l) => Box::leak(l),
    };
    let config = Config {
        listen: args.listen,
        token: args.token.clone(),
        office,
        office_source,
        sample: examples::residents()?.into_iter().next().map(|(_, r)| r),
        allow_missing_glyphs: args.engine.allow_missing_glyphs,
    };
    let app = App::new(config, locales, Arc::new(engine.renderer))?;
    gaozhi_serve::serve(app)
}
