//! Fixture tests: every directory under `tests/ftl/` (at the workspace root)
//! is a small locales tree (`zh-Hans/test.ftl`, `ko/test.ftl`, …) with one
//! fault, and its `expected.txt` lists the findings, one per line:
//!
//! ```text
//! severity code file:line:column id
//! ```
//!
//! with the file relative to the case directory and `-` for no id. An
//! optional `allow.txt` is the case's allow-list of ids that may stay
//! untranslated. Files in another encoding than UTF-8 are read as
//! `gaozhi check` reads them, with an `encoding` finding each. The
//! needed-message rule is left out: it is about gaozhi's
//! documents, not the fixture's files.
//!
//! `GAOZHI_BLESS=1 cargo test -p gaozhi-check --test fixtures` rewrites
//! every `expected.txt` from the checker's output.

use std::path::{Path, PathBuf};

use gaozhi_check::{CODES, Report, allow_list, check_encoding, check_with};
use gaozhi_core::locale::{EncodingProblem, LocaleFile, scan_dir};

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/ftl")
}

/// A path relative to the case directory.
fn relative(case: &Path, path: &str) -> String {
    Path::new(path)
        .strip_prefix(case)
        .unwrap_or_else(|_| panic!("{path} is outside {}", case.display()))
        .to_string_lossy()
        .replace('\\', "/")
}

/// The case's locale files and encoding problems, with paths relative to
/// the case directory.
fn load(case: &Path) -> (Vec<LocaleFile>, Vec<EncodingProblem>) {
    let (mut files, mut problems) =
        scan_dir(case).unwrap_or_else(|e| panic!("{}: {e}", case.display()));
    for file in &mut files {
        file.path = relative(case, &file.path);
    }
    for problem in &mut problems {
        problem.path = relative(case, &problem.path);
    }
    (files, problems)
}

fn render(report: &Report) -> String {
    report
        .findings
        .iter()
        .map(|f| {
            format!(
                "{} {} {}:{}:{} {}\n",
                f.severity,
                f.code,
                f.file,
                f.line,
                f.column,
                f.id.as_deref().unwrap_or("-")
            )
        })
        .collect()
}

#[test]
fn fixtures_give_the_expected_findings() {
    let bless = std::env::var_os("GAOZHI_BLESS").is_some_and(|v| v == "1");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(cases_dir())
        .expect("tests/ftl exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    assert!(!cases.is_empty(), "no cases in {}", cases_dir().display());

    let mut failures = Vec::new();
    let mut seen_codes = Vec::new();
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let (files, problems) = load(case);
        let allow_text = std::fs::read_to_string(case.join("allow.txt")).unwrap_or_default();
        let mut findings = check_with(&files, &allow_list(&allow_text)).findings;
        findings.extend(check_encoding(&problems));
        let report = Report::new(findings);
        let actual = render(&report);
        seen_codes.extend(report.findings.iter().map(|f| f.code));
        let expected_path = case.join("expected.txt");
        if bless {
            std::fs::write(&expected_path, &actual).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != actual {
            failures.push(format!(
                "case `{name}`:\n--- expected\n{expected}+++ actual\n{actual}\n{}",
                report.to_human()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} fixture(s) differ (GAOZHI_BLESS=1 rewrites expected.txt):\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
    // `needed-message` has its own unit test; the layout codes come from
    // `gaozhi check --layout` (tests in crates/cli/tests/cli.rs).
    for (code, _) in CODES {
        if !matches!(
            *code,
            "needed-message" | "layout-overflow" | "layout-failed"
        ) {
            assert!(seen_codes.contains(code), "no fixture produces `{code}`");
        }
    }
}
