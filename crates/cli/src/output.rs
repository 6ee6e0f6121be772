//! Writing output files atomically: into a temporary file beside the target,
//! then renamed over it, so a failure never leaves a half-written document.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use gaozhi_core::{Error, Result};

/// Held while a file is written, so an interrupted run can wait for the
/// file in progress ([`crate::interrupt`]).
static WRITING: Mutex<()> = Mutex::new(());

/// Waits until no file is being written and keeps any other from starting
/// while the guard lives.
pub(crate) fn hold() -> MutexGuard<'static, ()> {
    WRITING
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Appends `bytes` to an open file (a manifest line) and flushes it.
pub(crate) fn append(file: &mut std::fs::File, path: &Path, bytes: &[u8]) -> Result<()> {
    let _writing = hold();
    file.write_all(bytes)
        .and_then(|()| file.flush())
        .map_err(|e| Error::io(path.display(), &e))
}

/// Writes every `(path, bytes)` pair, or none: all files are written to
/// temporary files first and renamed only when all were written.
pub(crate) fn write_all(files: &[(PathBuf, Vec<u8>)]) -> Result<()> {
    let _writing = hold();
    let mut pending = Vec::with_capacity(files.len());
    for (path, bytes) in files {
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir.display(), &e))?;
        let mut tmp = tempfile::Builder::new()
            .prefix(".gaozhi-")
            .suffix(".part")
            .tempfile_in(dir)
            .map_err(|e| Error::io(dir.display(), &e))?;
        tmp.write_all(bytes)
            .and_then(|()| tmp.as_file().sync_all())
            .map_err(|e| Error::io(path.display(), &e))?;
        pending.push((tmp, path));
    }
    for (tmp, path) in pending {
        tmp.persist(path)
            .map_err(|e| Error::io(path.display(), &e.error))?;
    }
    Ok(())
}

/// The paths of a multi-page PNG: `out.png` → `out-1.png`, `out-2.png`.
pub(crate) fn numbered(path: &Path, count: usize) -> Vec<PathBuf> {
    if count == 1 {
        return vec![path.to_owned()];
    }
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let ext = path
        .extension()
        .map(|e| format!(".{}", e.to_string_lossy()))
        .unwrap_or_default();
    (1..=count)
        .map(|n| path.with_file_name(format!("{stem}-{n}{ext}")))
        .collect()
}
