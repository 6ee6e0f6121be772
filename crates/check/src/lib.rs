//! The translators' checker for gaozhi's Fluent locales.
//!
//! Translators edit `locales/<lang>/*.ftl`; Simplified Chinese
//! (`locales/zh-Hans/`, [`gaozhi_core::REFERENCE`]) is the reference.
//! [`check`] reads the files of every locale and reports, with file, line and
//! column, everything that would break a printed notice or that a reviewer
//! should look at: syntax errors, missing or obsolete files, messages and
//! attributes, `$variables` dropped or misspelt, references to messages that
//! do not exist, unknown functions and options, functions given the wrong
//! kind of value, plural variants that do not fit the language, selects
//! that differ from the reference's (selector, keys, each variant's
//! variables), values that print nothing, invisible characters, variables
//! typed as text, Chinese left in a translation, generated country names
//! edited by hand, text copied untranslated, and messages the documents need
//! but the reference lacks. [`check_encoding`] turns the files
//! [`gaozhi_core::locale::scan_dir`] found in another encoding than UTF-8
//! into findings.
//!
//! ```
//! use gaozhi_core::locale::LocaleFile;
//!
//! let file = |lang: &str, text: &str| LocaleFile::new(lang, "test.ftl", text);
//! let files = [
//!     file("zh-Hans", "greet = 你好，{ $user }！\n"),
//!     file("ko", "greet = 안녕하세요, { $usr }님!\n"),
//! ];
//! let report = gaozhi_check::check_with(&files, &[]);
//! assert_eq!(report.errors(), 1);
//! let finding = &report.findings[0];
//! assert_eq!(finding.code, "variables");
//! assert_eq!((finding.line, finding.column), (1, 18));
//! ```
//!
//! Each finding has a stable [`code`](Finding::code); the codes are listed in
//! [`CODES`]. A report prints in three forms: [`Report::to_human`] (rustc
//! style, with the line and a caret), [`Report::to_json`] (a versioned schema
//! for tools) and [`Report::to_github`] (GitHub Actions annotations).
//!
//! # JSON schema (version 1)
//!
//! ```json
//! {
//!   "version": 1,
//!   "findings": [
//!     {
//!       "severity": "error",
//!       "file": "locales/ko/common.ftl",
//!       "line": 12,
//!       "column": 1,
//!       "id": "field-visited",
//!       "code": "variables",
//!       "message": "message `field-visited` drops `$days`, which the reference uses",
//!       "snippet": "field-visited = 최근 며칠간 방문한 국가 및 도시"
//!     }
//!   ],
//!   "errors": 1,
//!   "warnings": 0
//! }
//! ```
//!
//! `severity` is `"error"` or `"warning"`; `line` and `column` are 1-based,
//! the column counted in characters; `id` is the message or term id (a term
//! with its leading `-`) or `null`; `snippet` is the text of the line
//! (empty for findings about a whole file). Findings are sorted by file, line
//! and column. New fields may be added within version 1; a change to the
//! meaning of a field raises the version.

mod model;
mod output;
mod rules;

use gaozhi_core::Location;
use gaozhi_core::locale::{EncodingProblem, LocaleFile};
use serde::Serialize;

pub use output::JSON_VERSION;
pub use rules::check_needed;

/// Every finding code, with its severity.
pub const CODES: &[(&str, Severity)] = &[
    ("syntax", Severity::Error),
    ("duplicate-id", Severity::Error),
    ("duplicate-attribute", Severity::Error),
    ("duplicate-variant", Severity::Error),
    ("missing-file", Severity::Error),
    ("obsolete-file", Severity::Warning),
    ("missing-message", Severity::Error),
    ("obsolete-message", Severity::Warning),
    ("missing-attribute", Severity::Error),
    ("obsolete-attribute", Severity::Error),
    ("missing-value", Severity::Error),
    ("variables", Severity::Error),
    ("unknown-reference", Severity::Error),
    ("cycle", Severity::Error),
    ("unknown-function", Severity::Error),
    ("unknown-option", Severity::Error),
    ("plural-category", Severity::Error),
    ("plural-missing-category", Severity::Warning),
    ("untranslated", Severity::Warning),
    ("invisible-character", Severity::Error),
    ("whitespace", Severity::Warning),
    ("function-argument", Severity::Error),
    ("select-selector", Severity::Error),
    ("select-key", Severity::Error),
    ("variant-variables", Severity::Error),
    ("empty-value", Severity::Error),
    ("variable-as-text", Severity::Error),
    ("han-text", Severity::Error),
    ("generated-edited", Severity::Error),
    ("encoding", Severity::Error),
    ("needed-message", Severity::Error),
    ("layout-overflow", Severity::Error),
    ("layout-failed", Severity::Error),
];

/// How serious a finding is: errors break a printed notice (or its
/// loading); warnings are for a reviewer to look at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Must be fixed.
    Error,
    /// Worth a look.
    Warning,
}

impl Severity {
    /// `"error"` or `"warning"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One problem found in a locale file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Error or warning.
    pub severity: Severity,
    /// The file, as its [`LocaleFile::path`] names it. For a missing file,
    /// the path it should have.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// The message or term id the finding is about (terms with their `-`).
    pub id: Option<String>,
    /// The stable code of the rule (see [`CODES`]).
    pub code: &'static str,
    /// What is wrong, in plain words.
    pub message: String,
    /// The text of the line (empty for a finding about a whole file).
    pub snippet: String,
}

impl Finding {
    /// The finding's place as every gaozhi report names one: its file,
    /// line and column, and the message or term it is about.
    pub fn location(&self) -> Location {
        Location {
            file: Some(self.file.clone()),
            line: Some(self.line),
            column: Some(self.column),
            field: self.id.clone(),
        }
    }
}

/// Everything the checker found, sorted by file, line and column.
/// [`Report::to_json`] gives its JSON form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// The findings.
    pub findings: Vec<Finding>,
}

impl Report {
    /// A report of `findings`, sorted by file, line and column.
    pub fn new(mut findings: Vec<Finding>) -> Report {
        findings.sort_by(|a, b| {
            (
                &a.file, a.line, a.column, a.severity, a.code, &a.id, &a.message,
            )
                .cmp(&(
                    &b.file, b.line, b.column, b.severity, b.code, &b.id, &b.message,
                ))
        });
        findings.dedup();
        Report { findings }
    }

    /// How many findings are errors.
    pub fn errors(&self) -> usize {
        self.count(Severity::Error)
    }

    /// How many findings are warnings.
    pub fn warnings(&self) -> usize {
        self.count(Severity::Warning)
    }

    fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }
}

/// Checks the files of every locale (the reference is `zh-Hans`), with every
/// rule, the documents' needed messages included; the ids in `allow` are
/// never reported as untranslated (see [`allow_list`]).
pub fn check(files: &[LocaleFile], allow: &[&str]) -> Report {
    let mut findings = rules::check_files(files, allow);
    findings.extend(check_needed(files));
    Report::new(findings)
}

/// Checks the files of every locale like [`check`], except that the ids in
/// `allow` are never reported as untranslated (names that read the same in
/// every language), and without [`check_needed`]: the files alone are
/// checked, not whether they carry what gaozhi's documents use.
pub fn check_with(files: &[LocaleFile], allow: &[&str]) -> Report {
    Report::new(rules::check_files(files, allow))
}

/// `encoding`: one finding per file that is not UTF-8 without a byte order
/// mark (see [`gaozhi_core::locale::scan_dir`], which still reads such
/// files when it can, so their text is checked too).
pub fn check_encoding(problems: &[EncodingProblem]) -> Vec<Finding> {
    problems
        .iter()
        .map(|p| Finding {
            severity: Severity::Error,
            file: p.path.clone(),
            line: 1,
            column: 1,
            id: None,
            code: "encoding",
            message: p.message.clone(),
            snippet: String::new(),
        })
        .collect()
}

/// The ids of an allow-list file such as `locales/allow-untranslated.txt`:
/// one id per line; blank lines and lines starting with `#` are skipped.
pub fn allow_list(text: &str) -> Vec<&str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(lang: &str, text: &str) -> LocaleFile {
        LocaleFile::new(lang, "test.ftl", text)
    }

    #[test]
    fn codes_are_unique() {
        for (i, (code, _)) in CODES.iter().enumerate() {
            assert!(!CODES[..i].iter().any(|(c, _)| c == code), "{code}");
        }
    }

    #[test]
    fn allow_list_skips_comments_and_blanks() {
        assert_eq!(
            allow_list("# names\ncountry-X\n\n  brand  \n"),
            ["country-X", "brand"]
        );
    }

    #[test]
    fn clean_locales_have_no_findings() {
        let report = check_with(
            &[
                file("zh-Hans", "a = 甲 { $n }\nb = { a }\n    .alt = 乙\n"),
                file("ko", "a = 갑 { $n }\nb = { a }\n    .alt = 을\n"),
            ],
            &[],
        );
        assert_eq!(report.findings, []);
    }

    #[test]
    fn shipped_locales_have_no_errors() {
        let files = gaozhi_core::locale::embedded_files();
        assert!(files.iter().any(|f| f.lang == "zh-Hans"));
        let start = std::time::Instant::now();
        let report = check(&files, &[]);
        let elapsed = start.elapsed();
        assert_eq!(report.errors(), 0, "{}", report.to_human());
        eprintln!(
            "{} shipped file(s) checked in {elapsed:?}: {} warning(s)\n{}",
            files.len(),
            report.warnings(),
            report.to_human()
        );
        assert!(elapsed < std::time::Duration::from_secs(1), "{elapsed:?}");
    }

    #[test]
    fn needed_messages_are_looked_for_in_the_reference() {
        let files = [file("zh-Hans", "language-name = 中文\nperiod = {\n")];
        let needed = check_needed(&files);
        let ids: Vec<&str> = needed.iter().filter_map(|f| f.id.as_deref()).collect();
        assert!(ids.contains(&"health-commitment-title"));
        assert!(ids.contains(&"sex-male"));
        // Present, or present but broken (a syntax error says so), is enough.
        assert!(!ids.contains(&"language-name"));
        assert!(!ids.contains(&"period"));
        let title = needed
            .iter()
            .find(|f| f.id.as_deref() == Some("health-commitment-title"))
            .unwrap();
        assert_eq!(title.file, "locales/zh-Hans/health-commitment.ftl");
        let sex = needed
            .iter()
            .find(|f| f.id.as_deref() == Some("sex-male"))
            .unwrap();
        assert_eq!(sex.file, "locales/zh-Hans/common.ftl");
        assert!(needed.iter().all(|f| f.code == "needed-message"));
        assert_eq!(check_needed(&[file("ko", "a = 가\n")]), []);
    }

    #[test]
    fn date_styles_are_checked() {
        let report = check_with(
            &[file(
                "zh-Hans",
                "d = { DATETIME($d, dateStyle: \"longg\") }\ne = { DATETIME($d, dateStyle: \"long\") }\n",
            )],
            &[],
        );
        let found: Vec<_> = report
            .findings
            .iter()
            .map(|f| (f.code, f.line, f.column))
            .collect();
        assert_eq!(found, [("unknown-option", 1, 31)]);
    }

    #[test]
    fn every_finding_uses_a_listed_code_and_severity() {
        let report = check(
            &[
                file("zh-Hans", "a = 甲 { $n }\nb = { FOO() }\nc = {\n"),
                file("ko", "a = 甲 { $m }\nd = 정\n"),
            ],
            &[],
        );
        assert!(report.errors() > 0 && report.warnings() > 0);
        for f in &report.findings {
            assert!(CODES.contains(&(f.code, f.severity)), "{f:?}");
        }
    }
}
