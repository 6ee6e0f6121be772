//! `gaozhi new-locale <LANG>`: starts a translation from the reference.
//!
//! Every reference file is copied with its messages still in Chinese, so the
//! new locale is complete from the first minute and `gaozhi check` lists each
//! message as untranslated until a translator has done it. Country names
//! are generated, not translated: the command says how.

use std::path::{Path, PathBuf};

use gaozhi_core::REFERENCE;
use gaozhi_core::locale::{embedded_files, files_in};
use gaozhi_core::{Error, Result, Tag};

use crate::args::NewLocaleArgs;
use crate::output;

/// The generated file of country names, which is not scaffolded.
const COUNTRIES: &str = "countries.ftl";

pub(crate) fn run(args: &NewLocaleArgs) -> Result<()> {
    let tag: Tag = args
        .lang
        .parse()
        .map_err(|e: String| Error::usage(format!("LANG: {e}")))?;
    let lang = tag.to_string();
    let target = args.dir.join(&lang);
    if target.exists() {
        return Err(Error::usage("already exists; edit it instead").in_file(target.display()));
    }
    let sources = if args.dir.join(REFERENCE).is_dir() {
        files_in(&args.dir)?
    } else {
        embedded_files()
    };
    let mut files: Vec<(PathBuf, Vec<u8>)> = Vec::new();
    for file in sources.iter().filter(|f| f.lang == REFERENCE) {
        let name = Path::new(&file.path)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name == COUNTRIES {
            continue;
        }
        let header = format!(
            "# {lang}: scaffolded by `gaozhi new-locale` from {REFERENCE}. Every message\n\
             # below is still the Chinese text; `gaozhi check` lists each one as\n\
             # untranslated until it is translated.\n\n"
        );
        files.push((
            target.join(&name),
            format!("{header}{}", file.text).into_bytes(),
        ));
    }
    if files.is_empty() {
        return Err(Error::usage(format!("no {REFERENCE} files to start from")));
    }
    output::write_all(&files)?;
    for (path, _) in &files {
        eprintln!("wrote {}", path.display());
    }
    eprintln!(
        "next: add `{lang}` to LANGUAGES in scripts/gen-countries.py and run it for {COUNTRIES}, \
         then translate and run `gaozhi check {}`",
        args.dir.display()
    );
    Ok(())
}
