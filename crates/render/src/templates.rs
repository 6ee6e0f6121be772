//! The Typst templates: embedded from `templates/`, or read from an office's
//! own copies (`--templates DIR`) so the look can change without a rebuild.

use std::path::Path;

use include_dir::{Dir, include_dir};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};

use gaozhi_core::{Error, ErrorKind, Result};

static EMBEDDED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../templates");

/// A set of template sources, each with the name errors report.
#[derive(Debug, Clone)]
pub struct Templates {
    sources: Vec<(String, Source)>,
    origin: String,
}

impl Templates {
    /// The templates built into the binary.
    pub fn embedded() -> Templates {
        let files = EMBEDDED
            .files()
            .filter(|f| f.path().extension().is_some_and(|e| e == "typ"))
            .map(|f| {
                (
                    f.path().to_string_lossy().into_owned(),
                    f.contents_utf8().unwrap_or_default().to_owned(),
                )
            });
        Templates::from_files(files, "templates")
    }

    /// Every `*.typ` file in `dir`. The embedded templates fill in for files
    /// the directory does not have, so an office can override just one.
    pub fn from_dir(dir: &Path) -> Result<Templates> {
        let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir.display(), &e))?;
        let mut files: Vec<(String, String)> = Vec::new();
        for entry in entries.filter_map(|e| e.ok()) {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "typ") {
                let text =
                    std::fs::read_to_string(&path).map_err(|e| Error::io(path.display(), &e))?;
                files.push((entry.file_name().to_string_lossy().into_owned(), text));
            }
        }
        if files.is_empty() {
            return Err(
                Error::new(ErrorKind::Template, "holds no .typ templates").in_file(dir.display())
            );
        }
        for (name, text) in Templates::embedded().files() {
            if !files.iter().any(|(n, _)| n == name) {
                files.push((name.to_owned(), text.to_owned()));
            }
        }
        Ok(Templates::from_files(files, &dir.display().to_string()))
    }

    fn from_files(files: impl IntoIterator<Item = (String, String)>, origin: &str) -> Templates {
        let mut sources: Vec<(String, Source)> = files
            .into_iter()
            .map(|(name, text)| {
                let source = Source::new(file_id(&name), text);
                (name, source)
            })
            .collect();
        sources.sort_by(|a, b| a.0.cmp(&b.0));
        Templates {
            sources,
            origin: origin.to_owned(),
        }
    }

    /// Template names and texts.
    pub fn files(&self) -> impl Iterator<Item = (&str, &str)> {
        self.sources.iter().map(|(n, s)| (n.as_str(), s.text()))
    }

    /// The parsed sources.
    pub fn sources(&self) -> impl Iterator<Item = &Source> {
        self.sources.iter().map(|(_, s)| s)
    }

    /// The source and display path (`templates/lib.typ`) for a file id.
    pub fn lookup(&self, id: FileId) -> Option<(String, &Source)> {
        self.sources
            .iter()
            .find(|(_, s)| s.id() == id)
            .map(|(name, s)| (format!("{}/{name}", self.origin), s))
    }

    /// Whether a template of that name exists.
    pub fn contains(&self, name: &str) -> bool {
        self.sources.iter().any(|(n, _)| n == name)
    }
}

/// The file gaozhi compiles: it sets each document of the data file
/// ([`crate::world::DATA`]) with the template the data names.
pub const MAIN: &str = "main.typ";

/// The label `lib.typ` puts where each document of a compile begins.
pub const DOCUMENT_LABEL: &str = "gaozhi-document";

/// The Typst file id of a template name.
pub fn file_id(name: &str) -> FileId {
    let path = VirtualPath::new(name).unwrap_or_else(|_| VirtualPath::new("invalid.typ").unwrap());
    RootedPath::new(VirtualRoot::Project, path).intern()
}
