//! Text that is right or not printed: a message that fails to format is an
//! error for the document (exit 1, naming the locale file, line, message id
//! and problem), never text on a page; and the dates messages get are dates
//! that `DATETIME()` formats. Each test edits a copy of the shipped locales
//! and uses it with `--locales DIR`.

use std::path::Path;
use std::process::Output;

use gaozhi_testkit::{batch, copy_locales, gaozhi, listing, path as example, render, stderr};

/// Replaces `old` in message `id` of `file` (which must contain it).
fn edit(file: &Path, id: &str, old: &str, new: &str) {
    let text = std::fs::read_to_string(file).unwrap();
    let prefix = format!("{id} =");
    let edited: Vec<String> = text
        .lines()
        .map(|line| {
            if line.starts_with(&prefix) {
                assert!(line.contains(old), "{line}");
                line.replacen(old, new, 1)
            } else {
                line.to_owned()
            }
        })
        .collect();
    assert_ne!(edited.join("\n") + "\n", text, "{id} not edited");
    std::fs::write(file, edited.join("\n") + "\n").unwrap();
}

/// The 1-based line message `id` starts on in `file`.
fn line_of(file: &Path, id: &str) -> usize {
    let text = std::fs::read_to_string(file).unwrap();
    text.lines()
        .position(|l| l.starts_with(&format!("{id} =")))
        .unwrap()
        + 1
}

fn render_notice(locales: &Path, cwd: &Path) -> Output {
    let kim = example("examples/residents/kim-minjun.toml");
    let locales = locales.display().to_string();
    render!(
        "home-observation-notice",
        &["--data", &kim, "--locales", &locales, "-o", "notice.pdf"],
        cwd,
    )
}

/// The files in `dir` but the locales copy.
fn files_in(dir: &Path) -> Vec<String> {
    let mut names = listing(dir);
    names.retain(|n| n != "locales");
    names
}

#[test]
fn the_readmes_date_recipe_prints_dates_in_each_language() {
    let dir = tempfile::tempdir().unwrap();
    let locales = copy_locales(dir.path());
    let intro = "home-observation-notice-intro";
    edit(
        &locales.join("zh-Hans/home-observation-notice.ftl"),
        intro,
        "{ $start }",
        "{ DATETIME($start, dateStyle: \"long\") }",
    );
    edit(
        &locales.join("ko/home-observation-notice.ftl"),
        intro,
        "{ $start }",
        "{ DATETIME($start, dateStyle: \"full\") }",
    );
    edit(
        &locales.join("ko/home-observation-notice.ftl"),
        intro,
        "{ $end }",
        "{ DATETIME($end, fields: \"MD\", length: \"long\") }",
    );
    let out = render_notice(&locales, dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    let bytes = std::fs::read(dir.path().join("notice.pdf")).unwrap();
    let text: String = pdf_extract::extract_text_from_mem(&bytes)
        .unwrap()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    assert!(!text.contains("DATETIME"), "{text}");
    assert!(text.contains("自2020年3月1日起"), "{text}");
    // Korean: the full date with the weekday, and the end without a year.
    assert!(text.contains("2020년3월1일일요일부터"), "{text}");
    assert!(text.contains("3월14일까지"), "{text}");
}

#[test]
fn render_refuses_every_kind_of_formatting_error() {
    let intro = "home-observation-notice-intro";
    let cases = [
        (
            "{ $usr }",
            "uses `$usr`, which the document does not provide",
        ),
        (
            "{ NUMBER($start) }",
            "`NUMBER()` takes a number; it was given a date",
        ),
        (
            "{ DATETIME($days) }",
            "`DATETIME()` takes a date; it was given the number 14",
        ),
        (
            "{ DATETIME($name) }",
            "`DATETIME()` takes a date; it was given the text",
        ),
        (
            "{ DATETIME($start, timeStyle: \"short\") }",
            "`DATETIME()` has no option `timeStyle`",
        ),
        (
            "{ NUMBER($days, style: \"percent\") }",
            "`NUMBER()` has no option `style`",
        ),
        (
            "{ no-such-message }",
            "refers to message `no-such-message`, which does not exist",
        ),
        (
            "{ field-name.nope }",
            "refers to `field-name.nope`, which does not exist",
        ),
        ("{ -no-such-term }", "refers to term `-no-such-term`"),
        ("{ FOO($days) }", "calls `FOO()`"),
        // A function's error value as a selector would pick the default
        // variant without a word.
        (
            "{ NUMBER($name) ->\n        [one] 하나\n       *[other] 여럿\n    }",
            "`NUMBER()` takes a number; it was given the text",
        ),
    ];
    for (inserted, problem) in cases {
        let dir = tempfile::tempdir().unwrap();
        let locales = copy_locales(dir.path());
        let file = locales.join("ko/home-observation-notice.ftl");
        edit(&file, intro, "{ $days }", inserted);
        let out = render_notice(&locales, dir.path());
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{inserted}: {err}");
        let place = format!(
            "{}:{}: message `{intro}`: ",
            file.display(),
            line_of(&file, intro)
        );
        assert!(err.contains(&place), "{inserted}: {err}");
        assert!(err.contains(problem), "{inserted}: {err}");
        assert_eq!(files_in(dir.path()), Vec::<String>::new(), "{inserted}");
    }
}

#[test]
fn batch_reports_a_formatting_error_as_a_row_problem_before_printing() {
    let dir = tempfile::tempdir().unwrap();
    let locales = copy_locales(dir.path());
    let intro = "home-observation-notice-intro";
    edit(
        &locales.join("ko/home-observation-notice.ftl"),
        intro,
        "{ $days }",
        "{ DATETIME($days) }",
    );
    let roster = example("tests/rosters/mixed.csv");
    let locales = locales.display().to_string();
    let out = batch!(
        &["--roster", &roster, "--locales", &locales, "-o", "out"],
        dir.path(),
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    // Row 2 is the Korean resident.
    assert!(err.contains("row 2"), "{err}");
    assert!(err.contains(intro), "{err}");
    assert!(
        err.contains("`DATETIME()` takes a date; it was given the number 14"),
        "{err}"
    );
    let printed = dir.path().join("out");
    assert!(
        !printed.exists() || std::fs::read_dir(&printed).unwrap().next().is_none(),
        "{:?}",
        files_in(&printed)
    );
}

#[test]
fn a_locale_file_in_another_encoding_is_refused_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    let locales = copy_locales(dir.path());
    let file = locales.join("ko/home-observation-notice.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    std::fs::write(&file, utf16).unwrap();
    // A message that prints nothing elsewhere: checking goes on past the
    // file in the wrong encoding.
    let en = locales.join("en/reminder-card.ftl");
    let en_text: String = std::fs::read_to_string(&en)
        .unwrap()
        .lines()
        .map(|l| {
            if l.starts_with("reminder-card-title =") {
                "reminder-card-title = {\"\"}\n".to_owned()
            } else {
                format!("{l}\n")
            }
        })
        .collect();
    std::fs::write(&en, en_text).unwrap();

    let out = render_notice(&locales, dir.path());
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains(&file.display().to_string()), "{err}");
    assert!(err.contains("UTF-16"), "{err}");
    assert_eq!(files_in(dir.path()), Vec::<String>::new());

    let out = gaozhi!(
        &[
            "check",
            "--format",
            "github",
            &locales.display().to_string(),
        ],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let annotations = String::from_utf8_lossy(&out.stdout);
    let encoding = annotations
        .lines()
        .find(|l| l.contains("encoding"))
        .unwrap_or_else(|| panic!("{annotations}"));
    assert!(
        encoding.contains("ko/home-observation-notice.ftl"),
        "{encoding}"
    );
    assert!(encoding.contains("UTF-16"), "{encoding}");
    assert!(
        annotations
            .lines()
            .any(|l| l.contains("empty-value") && l.contains("en/reminder-card.ftl")),
        "{annotations}"
    );
    // The file's text was still checked: nothing is missing from `ko`.
    assert!(!annotations.contains("missing-message"), "{annotations}");
}
