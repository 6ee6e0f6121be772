//! The fonts documents are set in, loaded once per renderer.
//!
//! Three sources, in order of precedence (Typst picks the first face of a
//! family that matches the weight and style):
//!
//! 1. `--font-path DIR`: every font in the directories given;
//! 2. the system's copies of the families the templates name (full Noto Sans
//!    CJK and Noto Sans cover more than the embedded subsets);
//! 3. the embedded set (`gaozhi-fonts`): Noto Sans CJK SC subsets and Noto
//!    Sans, so a machine with no CJK fonts prints correct text.
//!
//! `FontChoice::Embedded` skips the system fonts, for output that is the same
//! on every machine. Each file is read once and its bytes are shared by all
//! faces in it; typst-as-lib's own system-font search re-reads a file on every
//! lookup, which costs about a second a document.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use rayon::iter::{IntoParallelRefIterator, ParallelIterator};
use typst::foundations::Bytes;
use typst::text::{Font, FontInfo};

use gaozhi_core::{Error, ErrorKind, Result};

/// Where fonts come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FontChoice {
    /// System copies of the template families first, then the embedded set.
    #[default]
    System,
    /// The embedded set only: the same output on every machine.
    Embedded,
}

/// Which fonts to load.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FontConfig {
    /// System or embedded.
    pub choice: FontChoice,
    /// Extra directories, searched recursively; their fonts come first.
    pub dirs: Vec<PathBuf>,
}

/// Loaded fonts, in precedence order.
#[derive(Debug, Clone)]
pub(crate) struct FontSet {
    fonts: Vec<Font>,
}

impl FontSet {
    /// Loads the fonts `config` asks for. `families` are the font families
    /// the templates name ([`crate::style::Style::families`]): system copies
    /// of these are used in preference to the embedded subsets.
    pub(crate) fn load(config: &FontConfig, families: &[&str]) -> Result<FontSet> {
        let mut fonts = Vec::new();
        for dir in &config.dirs {
            if !dir.is_dir() {
                return Err(Error::new(ErrorKind::Io, "is not a directory").in_file(dir.display()));
            }
            let found = typst_kit::fonts::scan(dir).map(|(path, _)| (path.path, path.index));
            let before = fonts.len();
            fonts.extend(load_files(found));
            if fonts.len() == before {
                return Err(
                    Error::new(ErrorKind::Io, "holds no usable font (TTF, OTF, TTC)")
                        .in_file(dir.display()),
                );
            }
        }
        if config.choice == FontChoice::System {
            let wanted =
                |info: &FontInfo| families.iter().any(|f| info.family.eq_ignore_ascii_case(f));
            let found = typst_kit::fonts::system()
                .filter(|(_, info)| wanted(info))
                .map(|(path, _)| (path.path, path.index));
            fonts.extend(load_files(found));
        }
        fonts.extend(embedded().iter().cloned());
        hash_ahead(&fonts);
        if fonts.is_empty() {
            return Err(Error::new(
                ErrorKind::Io,
                "no fonts: this build has no embedded fonts and none were found; \
                 pass --font-path DIR",
            ));
        }
        Ok(FontSet { fonts })
    }

    /// The fonts, in precedence order.
    pub(crate) fn fonts(&self) -> &[Font] {
        &self.fonts
    }

    /// Whether any loaded font has a glyph for `c`.
    pub(crate) fn covers(&self, c: char) -> bool {
        self.fonts
            .iter()
            .any(|f| f.info().coverage.contains(c as u32))
    }
}

/// The embedded fonts, parsed once per process, each file on its own
/// thread.
pub(crate) fn embedded() -> &'static [Font] {
    static FONTS: OnceLock<Vec<Font>> = OnceLock::new();
    FONTS.get_or_init(|| {
        std::thread::scope(|scope| {
            let files: Vec<_> = gaozhi_fonts::embedded()
                .iter()
                .map(|f| scope.spawn(|| Font::iter(Bytes::new(f.data)).collect::<Vec<_>>()))
                .collect();
            files
                .into_iter()
                .flat_map(|file| {
                    file.join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
                })
                .collect()
        })
    })
}

/// Computes, in parallel, the hash Typst identifies each font file by.
///
/// The hash covers all of a file's bytes (about 9 MB for each CJK face) and
/// is kept with the bytes, which the faces of one file share. Typst would
/// compute it the first time a document asks for the font, one file after
/// another on the thread laying out that document; done here, a single
/// document from a cold process does not wait for it.
fn hash_ahead(fonts: &[Font]) {
    let mut files = HashSet::new();
    let first_faces: Vec<&Font> = fonts
        .iter()
        .filter(|font| files.insert(font.data().as_ptr()))
        .collect();
    first_faces.par_iter().for_each(|font| {
        typst::utils::hash128(font);
    });
}

/// Reads each file once and makes a font of every requested face in it.
fn load_files(faces: impl Iterator<Item = (PathBuf, u32)>) -> Vec<Font> {
    let mut bytes: HashMap<PathBuf, Option<Bytes>> = HashMap::new();
    let mut fonts = Vec::new();
    for (path, index) in faces {
        let data = bytes
            .entry(path.clone())
            .or_insert_with(|| read(&path))
            .clone();
        if let Some(data) = data
            && let Some(font) = Font::new(data, index)
        {
            fonts.push(font);
        }
    }
    fonts
}

fn read(path: &Path) -> Option<Bytes> {
    std::fs::read(path).ok().map(Bytes::new)
}

#[cfg(all(test, feature = "embedded-fonts"))]
mod tests {
    use super::*;

    #[test]
    fn embedded_set_covers_the_shipped_scripts() {
        let set = FontSet::load(
            &FontConfig {
                choice: FontChoice::Embedded,
                dirs: vec![],
            },
            &[],
        )
        .unwrap();
        for c in ['健', '한', 'か', '門', '\u{20BB7}', 'ł', 'ş', 'Ж', 'ά', 'ệ'] {
            assert!(set.covers(c), "{c} (U+{:04X}) not covered", c as u32);
        }
        assert!(!set.covers('\u{10D00}'));
    }
}
