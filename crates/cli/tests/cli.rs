//! The `gaozhi` binary end to end: real files in, real files (or errors and
//! exit codes) out.

use std::path::Path;

use gaozhi_testkit::{
    batch, copy_dir, gaozhi, listing, office_path, page_texts, path, pdf_file_text, render, root,
    sample_path, stderr,
};

fn kim() -> String {
    sample_path("kim-minjun.toml")
}

#[test]
fn render_writes_a_bilingual_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let out = render!(
        "home-observation-notice",
        &["--data", &kim(), "-o", "notice.pdf"],
        dir.path(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = pdf_file_text(&dir.path().join("notice.pdf"));
    assert!(text.contains("居家医学观察个人告知书"));
    assert!(text.contains("KIMMINJUN김민준"));
    assert!(
        text.contains("2020년3월1일") && text.contains("2020年3月14日"),
        "{text}"
    );
    assert_eq!(listing(dir.path()), ["notice.pdf"]);
}

#[test]
fn render_png_writes_one_file_per_page() {
    let dir = tempfile::tempdir().unwrap();
    let out = render!(
        "contact-card",
        &["--data", &kim(), "--format", "png", "-o", "card.png"],
        dir.path(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(listing(dir.path()), ["card-1.png", "card-2.png"]);
}

/// One case of `tests/bad-records/`: what must be reported, from its
/// `expected.txt`.
struct Expectation {
    exit: String,
    line: String,
    field: String,
    says: String,
}

fn expectation(case: &Path) -> Expectation {
    let text = std::fs::read_to_string(case.join("expected.txt")).unwrap();
    let get = |key: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(key)?.strip_prefix(':'))
            .unwrap_or_else(|| panic!("{}: no `{key}:` line", case.display()))
            .trim()
            .to_owned()
    };
    Expectation {
        exit: get("exit"),
        line: get("line"),
        field: get("field"),
        says: get("says"),
    }
}

#[test]
fn bad_records_are_refused_with_file_line_and_field() {
    let cases = root().join("tests/bad-records");
    let mut checked = 0;
    for entry in std::fs::read_dir(&cases).unwrap() {
        let case = entry.unwrap().path();
        if !case.is_dir() {
            continue;
        }
        let expect = expectation(&case);
        let path = ["record.toml", "record.json"]
            .iter()
            .map(|f| case.join(f))
            .find(|p| p.exists())
            .unwrap_or_else(|| panic!("{}: no record.toml or record.json", case.display()));
        let dir = tempfile::tempdir().unwrap();
        let data = path.display().to_string();
        let out = render!(
            "home-observation-notice",
            &["--data", &data, "--lang", "ko", "-o", "out.pdf"],
            dir.path(),
        );
        let err = stderr(&out);
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        assert_eq!(
            out.status.code().unwrap().to_string(),
            expect.exit,
            "{name}: {err}"
        );
        let file_and_line = match expect.line.as_str() {
            "-" => format!("{data}: "),
            line => format!("{data}:{line}: "),
        };
        assert!(
            err.contains(&file_and_line),
            "{name}: expected {file_and_line:?} in {err}"
        );
        if expect.field != "-" {
            let field = format!("field `{}`", expect.field);
            assert!(err.contains(&field), "{name}: {err}");
        }
        assert!(
            err.contains(&expect.says),
            "{name}: expected {:?} in {err}",
            expect.says
        );
        assert!(!err.contains("panicked"), "{name}: {err}");
        assert!(listing(dir.path()).is_empty(), "{name}: output left behind");
        checked += 1;
    }
    assert!(checked >= 12, "only {checked} cases");
}

#[test]
fn usage_errors_exit_2_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (kim, office) = (kim(), office_path());
    let cases: [(&[&str], &str); 8] = [
        (
            &[
                "render",
                "health-commitmnet",
                "--data",
                &kim,
                "--office",
                &office,
            ],
            "unknown document `health-commitmnet`",
        ),
        (
            &[
                "render",
                "health-commitment",
                "--data",
                &kim,
                "--office",
                &office,
                "--lang",
                "xx-!!",
            ],
            "--lang",
        ),
        (
            &[
                "render",
                "health-commitment",
                "--data",
                "missing.toml",
                "--office",
                &office,
            ],
            "missing.toml",
        ),
        (
            &["render", "health-commitment", "--office", &office],
            "--data",
        ),
        (
            &[
                "render",
                "health-commitment",
                "--data",
                &kim,
                "--office",
                &office,
                "--sheet",
            ],
            "--sheet",
        ),
        (
            &["render", "open-letter", "--data", &kim, "--office", &office],
            "takes no --data",
        ),
        (
            &[
                "render",
                "registration-form",
                "--blank",
                "--data",
                &kim,
                "--office",
                &office,
            ],
            "--blank",
        ),
        (
            &[
                "render",
                "reminder-card",
                "--blank",
                "--office",
                &office,
                "--lang",
                "en",
            ],
            "no fields to leave blank",
        ),
    ];
    for (args, says) in cases {
        let out = gaozhi!(args, dir.path());
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(says), "{args:?}: {}", stderr(&out));
        assert!(listing(dir.path()).is_empty());
    }
}

#[test]
fn a_bad_office_profile_names_its_field() {
    let dir = tempfile::tempdir().unwrap();
    let profile = dir.path().join("office.toml");
    std::fs::write(
        &profile,
        "hotline = \"1\"\nfever_threshold = 3.73\n[name]\nzh-Hans = \"某办\"\n",
    )
    .unwrap();
    let args = [
        "render",
        "contact-card",
        "--office",
        "office.toml",
        "--lang",
        "en",
        "-o",
        "c.pdf",
    ];
    let out = gaozhi!(&args, dir.path());
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("office.toml: field `fever_threshold`"),
        "{}",
        stderr(&out)
    );

    // A language the profile has no name for is an error, not a silent
    // fallback to another language.
    std::fs::write(&profile, "hotline = \"1\"\n[name]\nzh-Hans = \"某办\"\n").unwrap();
    let out = gaozhi!(&args, dir.path());
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("field `name`: has no `en` text"),
        "{}",
        stderr(&out)
    );
    assert_eq!(listing(dir.path()), ["office.toml"]);
}

#[test]
fn list_shows_documents_languages_and_fields() {
    let out = gaozhi!(&["list", "--fields"], &root());
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let mut needles = DOCUMENT_IDS.to_vec();
    needles.extend([
        "zh-Hans",
        "observation_start",
        "site_name",
        "household_size",
        "required",
        "no --data",
        "楼栋及门牌号",
    ]);
    for needle in needles {
        assert!(text.contains(needle), "{needle} missing:\n{text}");
    }
}

#[test]
fn demo_prints_every_document_in_every_language() {
    let dir = tempfile::tempdir().unwrap();
    let out = gaozhi!(&["demo", "-o", "out", "--fonts", "embedded"], dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    let files = listing(&dir.path().join("out"));
    for lang in ["zh-Hans", "en", "ja", "ko"] {
        for doc in DOCUMENT_IDS {
            let name = format!("{doc}-{lang}.pdf");
            assert!(files.contains(&name), "{name} missing from {files:?}");
        }
        for variant in [
            "contact-card-{}-sheet",
            "reminder-card-{}-sheet",
            "entry-pass-{}-sheet",
            "registration-form-{}-blank",
            "temperature-log-{}-blank",
        ] {
            let name = format!("{}.pdf", variant.replace("{}", lang));
            assert!(files.contains(&name), "{name} missing from {files:?}");
        }
    }
    let text = pdf_file_text(&dir.path().join("out/health-commitment-ja.pdf"));
    assert!(text.contains("𠮷田"), "{text}");
}

/// Every document `gaozhi` prints.
const DOCUMENT_IDS: [&str; 11] = [
    "health-commitment",
    "home-observation-notice",
    "contact-card",
    "central-observation-notice",
    "isolation-commitment",
    "observation-end-certificate",
    "registration-form",
    "reminder-card",
    "entry-pass",
    "open-letter",
    "temperature-log",
];

#[test]
fn forms_print_blank_and_cards_print_on_sheets_without_a_record() {
    let dir = tempfile::tempdir().unwrap();
    let office = office_path();
    let run = |args: &[&str]| {
        let mut all = args.to_vec();
        all.extend(["--office", &office, "--fonts", "embedded"]);
        let out = gaozhi!(&all, dir.path());
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    };
    run(&[
        "render",
        "registration-form",
        "--blank",
        "--lang",
        "ja",
        "-o",
        "form.pdf",
    ]);
    let text = pdf_file_text(&dir.path().join("form.pdf"));
    assert!(text.contains("入境人员登记表"), "{text}");
    assert!(!text.contains('{') && !text.contains('_') && !text.contains("KIM"));

    run(&[
        "render",
        "reminder-card",
        "--lang",
        "ko",
        "--sheet",
        "-o",
        "tips.pdf",
    ]);
    let text = pdf_file_text(&dir.path().join("tips.pdf"));
    assert_eq!(text.matches("温馨提示").count(), 4, "{text}");

    run(&["render", "open-letter", "--lang", "en", "-o", "letter.pdf"]);
    assert!(
        pdf_file_text(&dir.path().join("letter.pdf")).contains("AnOpenLettertoForeignResidents")
    );
    assert_eq!(listing(dir.path()), ["form.pdf", "letter.pdf", "tips.pdf"]);
}

fn roster(name: &str) -> String {
    path(&format!("tests/rosters/{name}"))
}

#[test]
fn a_mixed_language_roster_renders_every_row_with_a_manifest() {
    let dir = tempfile::tempdir().unwrap();
    let out = batch!(&["--roster", &roster("mixed.csv"), "-o", "out"], dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("序号, 备注"), "{}", stderr(&out));
    let files = listing(&dir.path().join("out"));
    assert_eq!(
        files,
        [
            "0002-KIM MINJUN 김민준-home-observation-notice.pdf",
            "0003-YOSHIDA HANAKO-home-observation-notice.pdf",
            "0004-Emily Clarke-home-observation-notice.pdf",
            "0005-Pierre Martin-home-observation-notice.pdf",
            "manifest.csv",
        ]
    );
    let manifest = std::fs::read_to_string(dir.path().join("out/manifest.csv")).unwrap();
    let lines: Vec<&str> = manifest.lines().collect();
    assert_eq!(lines[0], "row,name,language,file,pages,sha256,document");
    assert!(lines[1].starts_with("2,KIM MINJUN 김민준,ko,") && lines[1].contains(",1,"));
    assert!(lines[2].starts_with("3,YOSHIDA HANAKO,ja,"));
    assert!(lines[3].starts_with("4,Emily Clarke,en,"));
    let text = pdf_file_text(
        &dir.path()
            .join("out/0003-YOSHIDA HANAKO-home-observation-notice.pdf"),
    );
    assert!(
        text.contains("2020年3月2日") && text.contains("YOSHIDAHANAKO"),
        "{text}"
    );

    // Run again: byte-identical files (the issue date is fixed).
    let again = batch!(
        &["--roster", &roster("mixed.csv"), "-o", "again"],
        dir.path(),
    );
    assert!(again.status.success());
    for file in &files {
        let a = std::fs::read(dir.path().join("out").join(file)).unwrap();
        let b = std::fs::read(dir.path().join("again").join(file)).unwrap();
        assert!(a == b, "{file} differs between two runs");
    }

    // The same roster saved as GBK, as Chinese Excel does (the Korean name
    // has no GBK form, so that row keeps only its Latin name), gives the
    // same documents.
    let utf8 = std::fs::read_to_string(roster("mixed.csv"))
        .unwrap()
        .replace(" 김민준", "");
    let (gbk, _, unmappable) = encoding_rs::GBK.encode(&utf8);
    assert!(!unmappable);
    std::fs::write(dir.path().join("gbk.csv"), &gbk).unwrap();
    let gbk_run = batch!(&["--roster", "gbk.csv", "-o", "gbk"], dir.path());
    assert!(gbk_run.status.success(), "{}", stderr(&gbk_run));
    for file in &files[1..4] {
        let a = std::fs::read(dir.path().join("out").join(file)).unwrap();
        let b = std::fs::read(dir.path().join("gbk").join(file)).unwrap();
        assert!(a == b, "{file} differs between the UTF-8 and GBK rosters");
    }
}

#[test]
fn a_broken_roster_gets_every_problem_reported_and_nothing_written() {
    let dir = tempfile::tempdir().unwrap();
    let out = batch!(
        &["--roster", &roster("broken.csv"), "-o", "out"],
        dir.path(),
    );
    // A character no font has: 2, as `gaozhi render` exits.
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    for needle in [
        "row 3, column 姓名",
        "row 4, column 国籍 `XX`",
        "row 4, column 出生日期 `1990-13-01`",
        "row 4, column 性别 `W`",
        "row 5, column 在华居住地址: is required for `home-observation-notice`",
        "row 6, column 语言 `pt`: no locale for language `pt`",
        "row 7, column 姓名 `Abebe ሀይሌ`: no loaded font has the character 'ሀ' (U+1200)",
    ] {
        assert!(err.contains(needle), "{needle:?} missing from:\n{err}");
    }
    assert!(!err.contains("row 2,"), "{err}");
    assert!(!dir.path().join("out").exists());

    let out = batch!(
        &[
            "--roster",
            &roster("broken.csv"),
            "-o",
            "out",
            "--skip-invalid",
        ],
        dir.path(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        listing(&dir.path().join("out")),
        [
            "0002-KIM MINJUN-home-observation-notice.pdf",
            "manifest.csv",
            "rejected.csv"
        ]
    );
    let rejected = std::fs::read_to_string(dir.path().join("out/rejected.csv")).unwrap();
    // Each of the three Ethiopic letters is a problem of its own.
    assert_eq!(rejected.lines().count(), 1 + 9, "{rejected}");
}

#[test]
fn resume_skips_rows_already_done_and_redoes_damaged_files() {
    let dir = tempfile::tempdir().unwrap();
    let out = batch!(&["--roster", &roster("mixed.csv"), "-o", "out"], dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    let emily = dir
        .path()
        .join("out/0004-Emily Clarke-home-observation-notice.pdf");
    let good = std::fs::read(&emily).unwrap();
    // Simulate an interruption: one file lost, one damaged.
    std::fs::remove_file(
        dir.path()
            .join("out/0002-KIM MINJUN 김민준-home-observation-notice.pdf"),
    )
    .unwrap();
    std::fs::write(&emily, b"%PDF-1.7 truncated").unwrap();
    let out = batch!(
        &["--roster", &roster("mixed.csv"), "-o", "out", "--resume"],
        dir.path(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("rendered 2 document(s)") && stderr(&out).contains("2 already done"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(&emily).unwrap(), good);
    let manifest = std::fs::read_to_string(dir.path().join("out/manifest.csv")).unwrap();
    assert_eq!(manifest.lines().count(), 5, "{manifest}");
}

#[test]
fn check_passes_the_shipped_locales_strictly() {
    let out = gaozhi!(&["check", "--strict"], &root());
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        stderr(&out)
    );
    let out = gaozhi!(&["check", "--strict", "locales"], &root());
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        stderr(&out)
    );
}

#[test]
fn check_reports_a_broken_translation_in_every_format() {
    let case = root().join("tests/ftl/variable-renamed");
    let case = case.display().to_string();
    let out = gaozhi!(&["check", &case], &root());
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let human = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        human.contains("error[variables]") && human.contains("ko/test.ftl:1:18"),
        "{human}"
    );

    let out = gaozhi!(&["check", &case, "--format", "json"], &root());
    assert_eq!(out.status.code(), Some(1));
    let json = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        json.contains("\"version\": 1") || json.contains("\"version\":1"),
        "{json}"
    );
    assert!(
        json.contains("\"code\": \"variables\"") || json.contains("\"code\":\"variables\""),
        "{json}"
    );

    let out = gaozhi!(&["check", &case, "--format", "github"], &root());
    let github = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(github.starts_with("::error file="), "{github}");
    assert!(github.contains("line=1,col=18"), "{github}");

    // A warning fails only under --strict: a copy of the shipped locales
    // with one obsolete message in Korean.
    let dir = tempfile::tempdir().unwrap();
    copy_locales(dir.path());
    let ko = dir.path().join("ko/common.ftl");
    let text = std::fs::read_to_string(&ko).unwrap() + "no-longer-used = 더 이상 쓰지 않음\n";
    std::fs::write(&ko, text).unwrap();
    let locales = dir.path().display().to_string();
    let out = gaozhi!(&["check", &locales], &root());
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("warning[obsolete-message]"));
    assert_eq!(
        gaozhi!(&["check", &locales, "--strict"], &root())
            .status
            .code(),
        Some(1)
    );
}

#[test]
fn an_xlsx_roster_reads_like_its_csv_twin() {
    let dir = tempfile::tempdir().unwrap();
    let csv = batch!(&["--roster", &roster("mixed.csv"), "-o", "csv"], dir.path());
    assert!(csv.status.success(), "{}", stderr(&csv));
    let xlsx = batch!(
        &["--roster", &roster("mixed.xlsx"), "-o", "xlsx"],
        dir.path(),
    );
    assert!(xlsx.status.success(), "{}", stderr(&xlsx));
    // The workbook has a title row, so its header is row 2 and the
    // residents are rows 3 to 6; the documents are the same.
    for (csv_row, xlsx_row, name) in [
        (2, 3, "KIM MINJUN 김민준"),
        (3, 4, "YOSHIDA HANAKO"),
        (4, 5, "Emily Clarke"),
        (5, 6, "Pierre Martin"),
    ] {
        let a = std::fs::read(dir.path().join(format!(
            "csv/{csv_row:04}-{name}-home-observation-notice.pdf"
        )))
        .unwrap();
        let b = std::fs::read(dir.path().join(format!(
            "xlsx/{xlsx_row:04}-{name}-home-observation-notice.pdf"
        )))
        .unwrap();
        assert!(
            a == b,
            "{name}: the CSV and XLSX rosters give different documents"
        );
    }
    let missing = batch!(
        &[
            "--roster",
            &roster("mixed.xlsx"),
            "--worksheet",
            "名单",
            "-o",
            "x",
        ],
        dir.path(),
    );
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        stderr(&missing).contains("入境人员, 备注"),
        "{}",
        stderr(&missing)
    );
}

/// Copies the shipped `locales/` tree into `dst`.
fn copy_locales(dst: &Path) {
    copy_dir(&root().join("locales"), dst);
}

#[test]
fn new_locale_starts_a_checkable_translation() {
    let dir = tempfile::tempdir().unwrap();
    copy_locales(dir.path());
    let locales = dir.path().display().to_string();
    let out = gaozhi!(&["new-locale", "vi", "--dir", &locales], dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    let common = std::fs::read_to_string(dir.path().join("vi/common.ftl")).unwrap();
    assert!(common.contains("gaozhi new-locale") && common.contains("sign-resident = 本人签名"));
    // Every message is there, each reported as untranslated, and the
    // generated country names are reported missing until generated.
    let out = gaozhi!(&["check", &locales], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let report = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        report.contains("warning[untranslated]") && report.contains("vi/common.ftl"),
        "{report}"
    );
    assert!(
        report.contains("error[missing-file]") && report.contains("vi/countries.ftl"),
        "{report}"
    );
    assert!(!report.contains("missing-message"), "{report}");
    // A second run must not overwrite a translator's work.
    let again = gaozhi!(&["new-locale", "vi", "--dir", &locales], dir.path());
    assert_eq!(again.status.code(), Some(2));
    let bad = gaozhi!(&["new-locale", "not a tag", "--dir", &locales], dir.path());
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn layout_check_passes_the_shipped_locales_and_catches_a_long_translation() {
    let out = gaozhi!(&["check", "--strict", "--layout", "locales"], &root());
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("with the pseudo-locale en-XA): 0 problem(s)"),
        "{}",
        stderr(&out)
    );

    // A German rule twenty times its length pushes the notice onto a second
    // page: the finding names the file, the message that grew, the document
    // and the languages.
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("locales")).unwrap();
    copy_locales(&dir.path().join("locales"));
    let path = dir.path().join("locales/de/home-observation-notice.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    let line = text
        .lines()
        .find(|l| l.starts_with("home-observation-notice-rule-stay ="))
        .unwrap();
    let long = format!("{line}{}", " Bitte bleiben Sie zu Hause.".repeat(200));
    std::fs::write(&path, text.replace(line, &long)).unwrap();
    let out = gaozhi!(
        &["check", "--layout", "--format", "json", "locales"],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = json["findings"].as_array().unwrap();
    let overflow: Vec<&serde_json::Value> = findings
        .iter()
        .filter(|f| f["code"] == "layout-overflow")
        .collect();
    assert!(!overflow.is_empty(), "{json}");
    assert!(overflow.iter().all(|f| {
        f["file"] == "locales/de/home-observation-notice.ftl"
            && f["id"] == "home-observation-notice-rule-stay"
            && f["message"]
                .as_str()
                .unwrap()
                .contains("`home-observation-notice` in zh-Hans + de")
    }));

    // A template that does not compile is a finding, not a crash.
    std::fs::create_dir(dir.path().join("templates")).unwrap();
    std::fs::write(
        dir.path().join("templates/contact-card.typ"),
        "#let x = (\n",
    )
    .unwrap();
    let out = gaozhi!(
        &[
            "check",
            "--layout",
            "--templates",
            &dir.path().join("templates").display().to_string(),
        ],
        &root(),
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("error[layout-failed]") && stdout.contains("contact-card.typ"),
        "{stdout}"
    );
}

fn pdf_pages(file: &Path) -> usize {
    page_texts(&std::fs::read(file).unwrap()).len()
}

#[test]
fn merge_joins_every_row_in_roster_order_into_volumes() {
    let dir = tempfile::tempdir().unwrap();
    let out = batch!(
        &[
            "--roster",
            &roster("mixed.csv"),
            "-o",
            "out",
            "--merge",
            "all.pdf",
        ],
        dir.path(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(pdf_pages(&dir.path().join("all.pdf")), 4);
    let text = pdf_file_text(&dir.path().join("all.pdf"));
    let at = |name: &str| text.find(name).unwrap_or_else(|| panic!("{name}: {text}"));
    assert!(at("KIMMINJUN") < at("YOSHIDAHANAKO"));
    assert!(at("YOSHIDAHANAKO") < at("EmilyClarke"));
    assert!(at("EmilyClarke") < at("PierreMartin"));
    let manifest = std::fs::read_to_string(dir.path().join("out/manifest.csv")).unwrap();
    assert_eq!(manifest.lines().count(), 5, "{manifest}");
    assert!(manifest.lines().skip(1).all(|l| l.contains(",all.pdf,1,")));

    // Duplex pads each one-page notice with a blank back; volumes of three
    // split four documents in two files.
    let out = batch!(
        &[
            "--roster",
            &roster("mixed.csv"),
            "-o",
            "out2",
            "--merge",
            "vol.pdf",
            "--duplex",
            "--volume-size",
            "3",
        ],
        dir.path(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(pdf_pages(&dir.path().join("vol-001.pdf")), 6);
    assert_eq!(pdf_pages(&dir.path().join("vol-002.pdf")), 2);
    assert!(!dir.path().join("vol.pdf").exists());
    let manifest = std::fs::read_to_string(dir.path().join("out2/manifest.csv")).unwrap();
    assert!(manifest.lines().nth(4).unwrap().contains(",vol-002.pdf,"));

    // Cards: successive residents' cards fill one sheet, fronts then
    // mirrored backs.
    let office = office_path();
    let out = gaozhi!(
        &[
            "batch",
            "contact-card",
            "--office",
            &office,
            "--fonts",
            "embedded",
            "--roster",
            &roster("mixed.csv"),
            "-o",
            "cards",
            "--merge",
            "cards.pdf",
        ],
        dir.path(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(pdf_pages(&dir.path().join("cards.pdf")), 2);
}
