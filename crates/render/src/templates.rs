//! The Typst templates: embedded from `templates/`, or read from an office's
//! own copies (`--templates DIR`) so the look can change without a rebuild.
//!
//! A template directory holds Typst sources (`*.typ`) and the files they
//! read, such as `style.toml` (see [`crate::style`]); an office's directory
//! overrides the embedded files one by one, by name.

use std::path::Path;

use include_dir::{Dir, include_dir};
use typst::foundations::Bytes;
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};

use gaozhi_core::{Error, ErrorKind, Result};

static EMBEDDED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../templates");

/// The name of the style file in a template directory.
pub(crate) const STYLE_FILE: &str = "style.toml";

/// A set of template sources and the other files they read, each with the
/// name errors report.
#[derive(Debug, Clone)]
pub struct Templates {
    sources: Vec<(String, Source)>,
    /// Files the templates read as data (`style.toml`): name, bytes, and
    /// where they came from.
    data: Vec<(String, Bytes, String)>,
    origin: String,
}

/// A file of a template directory: its name and contents.
type File = (String, Vec<u8>);

impl Templates {
    /// The templates built into the binary.
    pub fn embedded() -> Templates {
        let files = EMBEDDED.files().map(|f| {
            (
                f.path().to_string_lossy().into_owned(),
                f.contents().to_vec(),
            )
        });
        Templates::from_files(files, Vec::new(), "templates")
    }

    /// Every file in `dir`: `*.typ` sources and the files they read (such
    /// as `style.toml`). The embedded templates fill in for files the
    /// directory does not have, so an office can override just one.
    pub fn from_dir(dir: &Path) -> Result<Templates> {
        let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir.display(), &e))?;
        let mut files: Vec<File> = Vec::new();
        for entry in entries.filter_map(|e| e.ok()) {
            let path = entry.path();
            if !path.is_file() {
                continue;
            }
            let bytes = std::fs::read(&path).map_err(|e| Error::io(path.display(), &e))?;
            files.push((entry.file_name().to_string_lossy().into_owned(), bytes));
        }
        if !files
            .iter()
            .any(|(name, _)| name.ends_with(".typ") || name == STYLE_FILE)
        {
            return Err(Error::new(
                ErrorKind::Template,
                format!("holds no .typ templates and no {}", STYLE_FILE),
            )
            .in_file(dir.display()));
        }
        let embedded = Templates::embedded();
        let own: Vec<String> = files.iter().map(|(name, _)| name.clone()).collect();
        let fill_in: Vec<File> = embedded
            .sources
            .iter()
            .map(|(name, s)| (name.clone(), s.text().as_bytes().to_vec()))
            .chain(
                embedded
                    .data
                    .iter()
                    .map(|(name, bytes, _)| (name.clone(), bytes.to_vec())),
            )
            .filter(|(name, _)| !own.contains(name))
            .collect();
        Ok(Templates::from_files(
            files,
            fill_in,
            &dir.display().to_string(),
        ))
    }

    /// Templates from `files` (found in `origin`) and `fill_in` (embedded
    /// ones, reported as `templates/…`).
    fn from_files(
        files: impl IntoIterator<Item = File>,
        fill_in: Vec<File>,
        origin: &str,
    ) -> Templates {
        let mut sources = Vec::new();
        let mut data = Vec::new();
        let all = files
            .into_iter()
            .map(|f| (f, origin))
            .chain(fill_in.into_iter().map(|f| (f, "templates")));
        for ((name, bytes), from) in all {
            if name.ends_with(".typ") {
                let text = String::from_utf8_lossy(&bytes).into_owned();
                sources.push((name.clone(), Source::new(file_id(&name), text)));
            } else {
                let shown = format!("{from}/{name}");
                data.push((name, Bytes::new(bytes), shown));
            }
        }
        sources.sort_by(|a, b| a.0.cmp(&b.0));
        data.sort_by(|a, b| a.0.cmp(&b.0));
        Templates {
            sources,
            data,
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

    /// The files the templates read as data (`style.toml`), with their
    /// Typst file ids.
    pub fn data_files(&self) -> impl Iterator<Item = (FileId, Bytes)> + '_ {
        self.data
            .iter()
            .map(|(name, bytes, _)| (file_id(name), bytes.clone()))
    }

    /// A data file's contents and the path errors name it by
    /// (`templates/style.toml`, or the office's copy).
    pub fn data_file(&self, name: &str) -> Option<(&[u8], &str)> {
        self.data
            .iter()
            .find(|(n, _, _)| n == name)
            .map(|(_, bytes, shown)| (bytes.as_slice(), shown.as_str()))
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
pub(crate) const MAIN: &str = "main.typ";

/// The label `lib.typ` puts where each document of a compile begins.
pub(crate) const DOCUMENT_LABEL: &str = "gaozhi-document";

/// The Typst file id of a template name.
pub(crate) fn file_id(name: &str) -> FileId {
    let path = VirtualPath::new(name).unwrap_or_else(|_| VirtualPath::new("invalid.typ").unwrap());
    RootedPath::new(VirtualRoot::Project, path).intern()
}

#[cfg(test)]
mod tests {
    use super::EMBEDDED;

    /// The parameters that make a `style` helper depend on one resident:
    /// the document's inputs (`d`) and message ids, which may name a
    /// message that is the resident's own (it names them or gives their
    /// dates).
    const PER_RESIDENT: &[&str] = &["d", "id", "ids", "title-id", "heads"];

    #[test]
    fn kit_wraps_every_helper_that_takes_inputs_or_message_ids() {
        let lib = EMBEDDED
            .get_file("lib.typ")
            .and_then(|f| f.contents_utf8())
            .expect("lib.typ is embedded");
        let style = &lib[lib.find("#let style(fixed)").expect("style")..];
        let style = &style[..style.find("\n#let ").expect("style ends")];
        let kit = &lib[lib.find("#let kit(inputs)").expect("kit")..];
        let wrapped = &kit[kit.find("return s + (").expect("kit's helpers")..];
        let mut checked = 0;
        for line in style.lines() {
            // A helper of `style`: `  let name(params) = …`.
            let Some(def) = line.strip_prefix("  let ") else {
                continue;
            };
            let Some((name, rest)) = def.split_once('(') else {
                continue;
            };
            let params = rest.split(')').next().unwrap_or_default();
            let takes: Vec<&str> = params
                .split(',')
                .map(|p| p.split(':').next().unwrap_or_default().trim())
                .filter(|p| PER_RESIDENT.contains(p))
                .collect();
            if takes.is_empty() {
                continue;
            }
            checked += 1;
            assert!(
                wrapped.contains(&format!("\n    {name}: ")),
                "`{name}` takes {takes:?}: `kit` in lib.typ must wrap it (resolve its \
                 message ids, hand it the inputs)"
            );
        }
        assert!(
            checked >= 15,
            "only {checked} helpers found: has lib.typ changed shape?"
        );
    }
}
