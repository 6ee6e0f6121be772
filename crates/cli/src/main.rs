//! `gaozhi`: print multilingual notices and forms for foreign residents.
//!
//! The binary is thin: it parses arguments (clap), reads files, calls
//! `gaozhi-core` and `gaozhi-render`, writes the results atomically and maps
//! errors to exit codes: 0 success, 1 the input data has problems, 2 usage,
//! I/O or internal error.

mod args;
mod cmd;
mod examples;
mod folder;
mod interrupt;
mod memory;
mod output;

use std::process::ExitCode;

use clap::Parser;

use gaozhi_core::{Error, ErrorKind};

fn main() -> ExitCode {
    let cli = args::Cli::parse();
    let result = match cli.command {
        args::Command::Render(a) => cmd::render::run(&a),
        args::Command::List(a) => cmd::list::run(&a),
        args::Command::Demo(a) => cmd::demo::run(&a),
        args::Command::Check(a) => cmd::check::run(&a),
        args::Command::Batch(a) => cmd::batch::run(&a),
        args::Command::NewLocale(a) => cmd::new_locale::run(&a),
        args::Command::Serve(a) => cmd::serve::run(&a),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::from(exit_code(&err))
        }
    }
}

/// The exit code for an error.
fn exit_code(err: &Error) -> u8 {
    match err.kind {
        // A locale that does not load or format is bad data, like a record.
        ErrorKind::Invalid | ErrorKind::Locale => 1,
        _ => 2,
    }
}

/// Prints a warning.
pub(crate) fn warn(message: &str) {
    eprintln!("warning: {message}");
}
