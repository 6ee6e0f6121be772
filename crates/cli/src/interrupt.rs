//! Stopping a batch cleanly on Ctrl-C (SIGINT) or SIGTERM: the file being
//! written is finished or dropped, the unfinished part files in the output
//! folders are removed, a message says how to go on, and the process ends
//! with code 130.

use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};

use crate::{folder, output};

/// The folders whose part files are removed on a signal.
static FOLDERS: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Whether the signal watcher runs.
static WATCHING: OnceLock<()> = OnceLock::new();

/// Removes the part files in `folders` when the process is interrupted.
pub(crate) fn clean_up_on_signal(folders: &[PathBuf]) {
    if let Ok(mut list) = FOLDERS.lock() {
        list.extend(folders.iter().cloned());
    }
    WATCHING.get_or_init(watch);
}

/// Starts the thread that waits for a signal. The signals are taken over
/// before this returns, so none arriving later ends the process uncleaned.
fn watch() {
    let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    else {
        return;
    };
    #[cfg(unix)]
    let signals = {
        use tokio::signal::unix::{SignalKind, signal};
        let _context = runtime.enter();
        match (
            signal(SignalKind::interrupt()),
            signal(SignalKind::terminate()),
        ) {
            (Ok(int), Ok(term)) => (int, term),
            _ => return,
        }
    };
    std::thread::spawn(move || {
        #[cfg(unix)]
        runtime.block_on(async move {
            let (mut int, mut term) = signals;
            tokio::select! {
                _ = int.recv() => {}
                _ = term.recv() => {}
            }
        });
        #[cfg(not(unix))]
        runtime.block_on(async {
            let _ = tokio::signal::ctrl_c().await;
        });
        stop();
    });
}

/// Waits for the file being written, removes the part files and exits.
fn stop() -> ! {
    // Held until the process ends: no file is started after this.
    let _writing = output::hold();
    let removed: usize = FOLDERS
        .lock()
        .map(|list| list.iter().map(|d| folder::remove_parts(d)).sum())
        .unwrap_or(0);
    eprintln!(
        "interrupted: stopped after the last complete file{}; run the same command with \
         --resume to finish",
        if removed > 0 {
            format!(" (removed {removed} unfinished file(s))")
        } else {
            String::new()
        }
    );
    std::process::exit(130);
}
