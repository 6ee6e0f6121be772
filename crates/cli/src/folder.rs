//! The output folder of a batch: one run at a time writes into it, and no
//! unfinished file of an interrupted run stays in it.
//!
//! Files are written as hidden `.gaozhi-*.part` files and renamed when
//! complete ([`crate::output`]); a run that is killed leaves its part
//! files, which hold residents' names and passport numbers. Every run
//! removes them when it starts, and an interrupted run removes its own
//! ([`crate::interrupt`]).

use std::fs::File;
use std::path::Path;

use gaozhi_core::{Error, Result};

/// A lock on an output folder, held until dropped (or the process ends,
/// however it ends).
pub(crate) struct Lock {
    _file: File,
}

/// Takes the output folder for this run, or says that another run holds it.
pub(crate) fn lock(dir: &Path) -> Result<Lock> {
    let file = File::open(dir).map_err(|e| Error::io(dir.display(), &e))?;
    #[cfg(unix)]
    {
        use std::os::fd::AsRawFd;
        // SAFETY: flock on a descriptor this function owns; the lock goes
        // with the descriptor when it is closed or the process ends.
        let taken = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) };
        if taken != 0 {
            let err = std::io::Error::last_os_error();
            if err.kind() == std::io::ErrorKind::WouldBlock {
                return Err(Error::usage(format!(
                    "another `gaozhi batch` is writing into {}; wait for it to finish or \
                     choose another folder (two runs into one folder lose files from the \
                     manifest)",
                    dir.display()
                )));
            }
            return Err(Error::io(dir.display(), &err));
        }
    }
    Ok(Lock { _file: file })
}

/// Removes the unfinished files (`.gaozhi-*.part`) in `dir`; returns how
/// many there were.
pub(crate) fn remove_parts(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    entries
        .flatten()
        .filter(|e| {
            let name = e.file_name();
            let name = name.to_string_lossy();
            name.starts_with(".gaozhi-") && name.ends_with(".part")
        })
        .filter(|e| std::fs::remove_file(e.path()).is_ok())
        .count()
}
