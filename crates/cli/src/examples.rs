//! The sample office and residents under `examples/`, built into the binary
//! so `gaozhi demo` works on a fresh machine from any directory.

use include_dir::{Dir, include_dir};

use gaozhi_core::source::Format;
use gaozhi_core::{Office, Resident, Result};

static EXAMPLES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../examples");

/// The sample office profile.
pub(crate) fn office() -> Result<Office> {
    let text = EXAMPLES
        .get_file("office.toml")
        .and_then(|f| f.contents_utf8())
        .unwrap_or_default();
    Office::from_toml(text, std::path::Path::new("."))
        .map_err(|e| e.in_file("examples/office.toml"))
}

/// The sample residents, by file name.
pub(crate) fn residents() -> Result<Vec<(String, Resident)>> {
    let mut out = Vec::new();
    if let Some(dir) = EXAMPLES.get_dir("residents") {
        for file in dir.files() {
            let name = file.path().display().to_string();
            let text = file.contents_utf8().unwrap_or_default();
            let resident = Resident::from_str(text, Format::Toml)
                .map_err(|e| e.in_file(format!("examples/{name}")))?;
            out.push((name, resident));
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(out)
}
