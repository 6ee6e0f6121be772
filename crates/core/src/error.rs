//! The one error type every stage returns: what went wrong, where (file,
//! line, field), and what kind of failure it is, so the CLI can choose an exit
//! code and the web page can put the message beside the right field.
//!
//! [`Location`] is the place of any problem gaozhi reports: an [`Error`], a
//! roster row's problem ([`crate::roster::RowProblem`]) and a translators'
//! checker finding all carry one, and print it the same way.

use std::fmt;

use serde::Serialize;

/// Where a problem is, as precisely as it is known: the file, the line (or
/// spreadsheet row) and column in it, and the field it is about.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize)]
pub struct Location {
    /// The file, as the user named it (a record, a roster, a locale file).
    pub file: Option<String>,
    /// The 1-based line of a text file, or the spreadsheet row of a roster
    /// (the header is row 1).
    pub line: Option<usize>,
    /// The 1-based column in characters, where a problem is pinned to one.
    pub column: Option<usize>,
    /// What the problem is about: a record field, a roster column as its
    /// header reads, a message id.
    pub field: Option<String>,
}

impl Location {
    /// The place `file:line:column` as far as it is known (empty if no
    /// file is).
    pub fn place(&self) -> String {
        let mut out = String::new();
        if let Some(file) = &self.file {
            out.push_str(file);
            if let Some(line) = self.line {
                out.push_str(&format!(":{line}"));
                if let Some(column) = self.column {
                    out.push_str(&format!(":{column}"));
                }
            }
        }
        out
    }
}

/// What kind of failure an [`Error`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input data (a resident record, an office profile) is wrong: a
    /// missing or unknown field, a malformed value.
    Invalid,
    /// The request itself is wrong: an unknown document or language, a
    /// document that needs data that was not given.
    Usage,
    /// A file could not be read or written.
    Io,
    /// A locale (`.ftl`) file is broken or lacks a message a document needs.
    Locale,
    /// A Typst template failed to compile.
    Template,
    /// A font does not cover a character of the resident's data.
    MissingGlyph,
}

/// What a problem is about, as data, for a program that words it in its
/// own language (the desk tool speaks the interface's): the message says
/// the same in English.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Cause {
    /// An invisible control character, or a control of text direction.
    ControlCharacter(char),
    /// A character no loaded font has.
    MissingGlyph(char),
    /// A date in a year no one means (0301 typed for 2020-03-01, 2099).
    ImplausibleYear(i32),
}

/// An error with the place it happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// The kind of failure.
    pub kind: ErrorKind,
    /// Where: the file as the user named it, the line (or roster row), the
    /// field (record key, message id).
    pub at: Location,
    /// What is wrong, in plain words.
    pub message: String,
    /// What the problem is about, where a program may word it itself.
    pub cause: Option<Cause>,
}

impl Error {
    /// An error of `kind` with a message and no location yet.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            at: Location::default(),
            message: message.into(),
            cause: None,
        }
    }

    /// Invalid input data.
    pub fn invalid(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Invalid, message)
    }

    /// A wrong request.
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Usage, message)
    }

    /// An I/O failure on `path`.
    pub fn io(path: impl fmt::Display, err: &std::io::Error) -> Self {
        Self::new(ErrorKind::Io, err.to_string()).in_file(path)
    }

    /// Sets the file the error is in (kept if already set).
    pub fn in_file(mut self, file: impl fmt::Display) -> Self {
        if self.at.file.is_none() {
            self.at.file = Some(file.to_string());
        }
        self
    }

    /// Sets the line the error is on (kept if already set).
    pub fn at_line(mut self, line: usize) -> Self {
        if self.at.line.is_none() {
            self.at.line = Some(line);
        }
        self
    }

    /// Says what the error is about, as data.
    pub fn because(mut self, cause: Cause) -> Self {
        self.cause = Some(cause);
        self
    }

    /// Sets the field the error is about (kept if already set).
    pub fn for_field(mut self, field: impl Into<String>) -> Self {
        if self.at.field.is_none() {
            self.at.field = Some(field.into());
        }
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let place = self.at.place();
        if !place.is_empty() {
            write!(f, "{place}: ")?;
        }
        if let Some(field) = &self.at.field {
            match self.kind {
                ErrorKind::Locale => write!(f, "message `{field}`: ")?,
                _ => write!(f, "field `{field}`: ")?,
            }
        }
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// Shorthand for results in this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_file_line_and_field() {
        let err = Error::invalid("`1990-13-01` is not a date")
            .for_field("birth_date")
            .at_line(4)
            .in_file("kim.toml");
        assert_eq!(
            err.to_string(),
            "kim.toml:4: field `birth_date`: `1990-13-01` is not a date"
        );
        assert_eq!(
            Error::usage("no such document").to_string(),
            "no such document"
        );
    }
}
