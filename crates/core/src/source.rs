//! Reading TOML and JSON data files into typed structures, with errors that
//! name the file, the line and the field.

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::error::{Error, Result};

/// The format of a data file, chosen by its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// TOML (`.toml`).
    Toml,
    /// JSON (`.json`).
    Json,
}

impl Format {
    /// The format for `path`'s extension.
    pub fn of(path: &Path) -> Result<Self> {
        match path.extension().and_then(|e| e.to_str()) {
            Some(ext) if ext.eq_ignore_ascii_case("toml") => Ok(Format::Toml),
            Some(ext) if ext.eq_ignore_ascii_case("json") => Ok(Format::Json),
            _ => Err(
                Error::usage("data files must end in .toml or .json".to_owned())
                    .in_file(path.display()),
            ),
        }
    }
}

/// Reads and deserializes a TOML or JSON file.
pub fn read<T: DeserializeOwned>(path: &Path) -> Result<T> {
    let format = Format::of(path)?;
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path.display(), &e))?;
    parse(&text, format).map_err(|e| e.in_file(path.display()))
}

/// Deserializes TOML or JSON text. Errors carry the line and, where the
/// line shows it, the field.
pub fn parse<T: DeserializeOwned>(text: &str, format: Format) -> Result<T> {
    match format {
        Format::Toml => toml::from_str(text).map_err(|e| {
            let line = e.span().map(|span| line_of(text, span.start));
            located(text, e.message(), line)
        }),
        Format::Json => serde_json::from_str(text).map_err(|e| {
            let message = e.to_string();
            // serde_json appends " at line L column C"; the line goes into
            // the error's own slot instead.
            let message = match message.rfind(" at line ") {
                Some(cut) => message[..cut].to_owned(),
                None => message,
            };
            let line = (e.line() > 0).then_some(e.line());
            located(text, &message, line)
        }),
    }
}

fn located(text: &str, message: &str, line: Option<usize>) -> Error {
    let mut err = Error::invalid(tidy(message));
    if let Some(field) = quoted_field(message) {
        err = err.for_field(field);
    } else if let Some(line) = line
        && let Some(field) = key_on_line(text, line)
    {
        err = err.for_field(field);
    }
    if let Some(line) = line {
        err = err.at_line(line);
    }
    err
}

/// 1-based line number of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// The key a `key = value` (TOML) or `"key": value` (JSON) line sets.
fn key_on_line(text: &str, line: usize) -> Option<String> {
    let raw = text.lines().nth(line.checked_sub(1)?)?.trim();
    let (key, _) = raw.split_once(['=', ':'])?;
    let key = key.trim().trim_matches('"').trim();
    let plain = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'));
    plain.then(|| key.to_owned())
}

/// The field named in serde's "unknown field `x`" / "missing field `x`".
fn quoted_field(message: &str) -> Option<String> {
    for prefix in ["unknown field `", "missing field `", "duplicate field `"] {
        if let Some(rest) = message.split(prefix).nth(1) {
            return rest.split('`').next().map(str::to_owned);
        }
    }
    None
}

/// Rewrites serde's wording where it would confuse staff.
fn tidy(message: &str) -> String {
    let message = message.trim();
    if message.starts_with("unknown field `") {
        // "unknown field `nmae`, expected one of `name`, …": keep it, it is
        // the list of valid keys, but say what to do.
        return format!(
            "{message} (a typo would silently drop a field, so unknown keys are refused)"
        );
    }
    message.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Sample {
        name: String,
        birth_date: Option<crate::values::Date>,
    }

    #[test]
    fn toml_errors_name_line_and_field() {
        let err = parse::<Sample>("name = \"A\"\nbirth_date = \"1990-13-01\"\n", Format::Toml)
            .unwrap_err();
        assert_eq!(err.at.line, Some(2));
        assert_eq!(err.at.field.as_deref(), Some("birth_date"));
        assert!(err.message.contains("1990-13-01"), "{err}");

        let err = parse::<Sample>("nmae = \"A\"\n", Format::Toml).unwrap_err();
        assert_eq!(err.at.field.as_deref(), Some("nmae"));

        let err = parse::<Sample>("birth_date = 1990-05-01\n", Format::Toml).unwrap_err();
        assert_eq!(err.at.field.as_deref(), Some("name"));
        assert!(err.message.contains("missing field"), "{err}");
    }

    #[test]
    fn toml_native_dates_are_accepted() {
        let s: Sample = parse("name = \"A\"\nbirth_date = 1990-05-01\n", Format::Toml).unwrap();
        assert_eq!(s.birth_date.unwrap().to_string(), "1990-05-01");
    }

    #[test]
    fn json_errors_name_line_and_field() {
        let err = parse::<Sample>(
            "{\n  \"name\": \"A\",\n  \"birth_date\": \"1990/5/1\"\n}",
            Format::Json,
        )
        .unwrap_err();
        assert_eq!(err.at.line, Some(3));
        assert_eq!(err.at.field.as_deref(), Some("birth_date"));
    }
}
