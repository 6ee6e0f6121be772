//! The three forms of a report: rustc-style text for people, versioned JSON
//! for tools, and GitHub Actions workflow commands for annotations on pull
//! requests.

use std::fmt::Write as _;

use serde::Serialize;

use crate::rules::is_invisible;
use crate::{Finding, Report};

/// The version of the JSON schema [`Report::to_json`] writes.
pub const JSON_VERSION: u32 = 1;

#[derive(Serialize)]
struct JsonReport<'a> {
    version: u32,
    findings: &'a [Finding],
    errors: usize,
    warnings: usize,
}

impl Report {
    /// The findings in rustc style, each with its line and a caret under
    /// the place, separated by blank lines:
    ///
    /// ```text
    /// error[variables]: message `greet` uses `$usr` where the reference has `$user`
    ///   --> locales/ko/common.ftl:1:18
    ///    |
    ///  1 | greet = 안녕하세요, { $usr }님!
    ///    |                       ^^^^
    /// ```
    ///
    /// Findings about a whole file (a missing file or message) name the
    /// file only. Invisible characters in a line are shown escaped
    /// (`\u{200B}`). Empty when there are no findings.
    pub fn to_human(&self) -> String {
        let mut out = String::new();
        for finding in &self.findings {
            human(finding, &mut out);
            out.push('\n');
        }
        out
    }

    /// The report as pretty-printed JSON (see the [crate] documentation for
    /// the schema), ending in a newline.
    pub fn to_json(&self) -> String {
        let report = JsonReport {
            version: JSON_VERSION,
            findings: &self.findings,
            errors: self.errors(),
            warnings: self.warnings(),
        };
        let mut text = serde_json::to_string_pretty(&report)
            .unwrap_or_else(|e| format!("{{\"version\":{JSON_VERSION},\"error\":\"{e}\"}}"));
        text.push('\n');
        text
    }

    /// One GitHub Actions workflow command per finding:
    /// `::error file=F,line=L,col=C,title=CODE::message` (`::warning` for
    /// warnings), escaped as the runner expects.
    pub fn to_github(&self) -> String {
        let mut out = String::new();
        for f in &self.findings {
            let _ = writeln!(
                out,
                "::{} file={},line={},col={},title={}::{}",
                f.severity,
                escape_property(&f.file),
                f.line,
                f.column,
                escape_property(f.code),
                escape_data(&f.message)
            );
        }
        out
    }
}

fn human(f: &Finding, out: &mut String) {
    let _ = writeln!(out, "{}[{}]: {}", f.severity, f.code, f.message);
    let line = f.line.to_string();
    let gutter = line.len() + 1;
    let whole_file = f.snippet.is_empty() && f.line == 1 && f.column == 1;
    if whole_file {
        let _ = writeln!(out, "{:gutter$}--> {}", "", f.file);
        let _ = writeln!(out, "{:gutter$} |", "");
        return;
    }
    let _ = writeln!(out, "{:gutter$}--> {}", "", f.location().place());
    let _ = writeln!(out, "{:gutter$} |", "");
    let chars: Vec<char> = f.snippet.chars().collect();
    let split = f.column.saturating_sub(1).min(chars.len());
    let (before, after) = chars.split_at(split);
    let shown_before = escape_invisible(before);
    let shown_after = escape_invisible(after);
    let _ = writeln!(out, "{line:>gutter$} | {shown_before}{shown_after}");
    let indent = shown_before.chars().map(width).sum::<usize>();
    let marked = token_len(after);
    let carets = escape_invisible(&after[..marked])
        .chars()
        .map(width)
        .sum::<usize>()
        .max(1);
    let _ = writeln!(out, "{:gutter$} | {:indent$}{}", "", "", "^".repeat(carets));
}

/// How many characters of `text` the caret underlines: an identifier,
/// `$variable`, `-term` or `.attribute` starting there, otherwise one
/// character.
fn token_len(text: &[char]) -> usize {
    let ident = |c: &char| c.is_ascii_alphanumeric() || *c == '-' || *c == '_';
    match text.first() {
        None => 0,
        Some('$' | '-' | '.') if text.get(1).is_some_and(char::is_ascii_alphabetic) => {
            1 + text[1..].iter().take_while(|c| ident(c)).count()
        }
        Some(c) if c.is_ascii_alphabetic() => text.iter().take_while(|c| ident(c)).count(),
        Some(_) => 1,
    }
}

/// The characters, with invisible ones written as `\u{…}`.
fn escape_invisible(chars: &[char]) -> String {
    let mut out = String::new();
    for &c in chars {
        if is_invisible(c) {
            let _ = write!(out, "\\u{{{:X}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out
}

/// Terminal columns a character takes: two for East Asian wide and
/// fullwidth characters (Han, kana, Hangul, fullwidth forms), else one.
fn width(c: char) -> usize {
    let wide = matches!(u32::from(c),
        0x1100..=0x115F
        | 0x2E80..=0x303E
        | 0x3041..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF
        | 0xA960..=0xA97F
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x1F300..=0x1F64F
        | 0x1F900..=0x1F9FF
        | 0x20000..=0x3FFFD);
    if wide { 2 } else { 1 }
}

/// Escapes a workflow command's message.
fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a workflow command's property value.
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Severity;

    fn finding(line: usize, column: usize, snippet: &str) -> Finding {
        Finding {
            severity: Severity::Error,
            file: "locales/ko/test.ftl".into(),
            line,
            column,
            id: Some("greet".into()),
            code: "variables",
            message: "message `greet` uses `$usr` where the reference has `$user`".into(),
            snippet: snippet.into(),
        }
    }

    #[test]
    fn human_output_points_at_the_place() {
        let report = Report::new(vec![finding(1, 18, "greet = 안녕하세요, { $usr }님!")]);
        assert_eq!(
            report.to_human(),
            "error[variables]: message `greet` uses `$usr` where the reference has `$user`\n\
             \x20 --> locales/ko/test.ftl:1:18\n\
             \x20  |\n\
             \x201 | greet = 안녕하세요, { $usr }님!\n\
             \x20  |                       ^^^^\n\n"
        );
    }

    #[test]
    fn whole_file_findings_name_the_file() {
        let mut f = finding(1, 1, "");
        f.code = "missing-message";
        f.message = "message `health-commitment-title` is missing".into();
        f.file = "locales/ko/health-commitment.ftl".into();
        assert_eq!(
            Report::new(vec![f]).to_human(),
            "error[missing-message]: message `health-commitment-title` is missing\n\
             \x20 --> locales/ko/health-commitment.ftl\n\
             \x20  |\n\n"
        );
    }

    #[test]
    fn invisible_characters_show_escaped() {
        let report = Report::new(vec![finding(12, 5, "a = x\u{200B}y")]);
        let text = report.to_human();
        assert!(text.contains("12 | a = x\\u{200B}y\n"), "{text}");
        assert!(text.contains("   |     ^\n"), "{text}");
    }

    #[test]
    fn json_has_the_documented_shape() {
        let report = Report::new(vec![finding(1, 18, "x")]);
        let value: serde_json::Value = serde_json::from_str(&report.to_json()).unwrap();
        assert_eq!(value["version"], 1);
        assert_eq!(value["errors"], 1);
        assert_eq!(value["warnings"], 0);
        let f = &value["findings"][0];
        assert_eq!(f["severity"], "error");
        assert_eq!(f["file"], "locales/ko/test.ftl");
        assert_eq!(f["line"], 1);
        assert_eq!(f["column"], 18);
        assert_eq!(f["id"], "greet");
        assert_eq!(f["code"], "variables");
        assert_eq!(f["snippet"], "x");
        let keys: Vec<&str> = value
            .as_object()
            .unwrap()
            .keys()
            .map(|k| k.as_str())
            .collect();
        assert_eq!(keys.len(), 4);
    }

    #[test]
    fn github_annotations_are_escaped() {
        let mut f = finding(3, 7, "x");
        f.severity = Severity::Warning;
        f.file = "a,b:c.ftl".into();
        f.message = "50% done\nnext".into();
        assert_eq!(
            Report::new(vec![f]).to_github(),
            "::warning file=a%2Cb%3Ac.ftl,line=3,col=7,title=variables::50%25 done%0Anext\n"
        );
    }
}
