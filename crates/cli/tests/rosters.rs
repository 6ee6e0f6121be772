//! `gaozhi batch` on rosters a hostile or unlucky office gives it: files
//! that once crashed or stalled the reader, rosters edited between runs,
//! two runs at once, interrupted runs, names that collide on Windows and
//! macOS, Western CSV, and values that a spreadsheet would run as formulas.

use std::time::{Duration, Instant};

use gaozhi_testkit::{batch, batch_args, gaozhi_command, listing, office_path, path, stderr};

fn fixture(name: &str) -> String {
    path(&format!("tests/rosters/{name}"))
}

const HEADER: &str = "姓名,国籍,性别,出生日期,在华居住地址,观察开始日期,语言\n";

fn resident(name: &str) -> String {
    format!("{name},KR,M,1985-07-14,示例区和平街 3 号,2020-03-01,ko\n")
}

#[test]
fn hostile_spreadsheets_are_refused_quickly_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    for (file, says) in [
        ("hostile/past-last-column.xlsx", "ZZZZ3"),
        ("hostile/huge-cell.xlsx", "more than 1 MB"),
        ("hostile/many-rows.xlsx", "more than 100000 rows"),
        ("hostile/repeated-rows.ods", "more than 100000 rows"),
        ("hostile/repeated-cells.ods", "XFD"),
    ] {
        let started = Instant::now();
        let out = batch!(&["--roster", &fixture(file), "-o", "out"], dir.path());
        let took = started.elapsed();
        assert_eq!(out.status.code(), Some(1), "{file}: {}", stderr(&out));
        assert!(stderr(&out).contains(says), "{file}: {}", stderr(&out));
        assert!(stderr(&out).contains(file.rsplit('/').next().unwrap()));
        // Under a second on a quiet machine (most of it loading fonts).
        assert!(took < Duration::from_secs(15), "{file}: {took:?}");
        assert!(!dir.path().join("out").exists(), "{file}");
    }
    // One cell at XFD1048576 is a real cell, in no column: the roster reads.
    let out = batch!(
        &[
            "--roster",
            &fixture("hostile/last-cell.xlsx"),
            "-o",
            "out",
            "--lang",
            "ko",
        ],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("row 2, column"), "{}", stderr(&out));
}

#[test]
fn resume_renders_rows_the_roster_changed() {
    let dir = tempfile::tempdir().unwrap();
    let roster = dir.path().join("r.csv");
    let names = ["KIM MINJUN", "LEE SUJIN", "PARK JIHO"];
    let text: String = HEADER.to_owned() + &names.map(resident).concat();
    std::fs::write(&roster, text).unwrap();
    let roster = roster.display().to_string();
    let out = batch!(&["--roster", &roster, "-o", "out"], dir.path());
    assert!(out.status.success(), "{}", stderr(&out));

    // Row 3 is now another resident.
    let edited = HEADER.to_owned()
        + &resident("KIM MINJUN")
        + &resident("CHOI YUNA")
        + &resident("PARK JIHO");
    std::fs::write(dir.path().join("r.csv"), edited).unwrap();
    let out = batch!(&["--roster", &roster, "-o", "out", "--resume"], dir.path());
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("row 3: its name changed"), "{err}");
    assert!(
        err.contains("rendered 1 document(s)") && err.contains("2 already done"),
        "{err}"
    );
    assert!(
        dir.path()
            .join("out/0003-CHOI YUNA-home-observation-notice.pdf")
            .exists()
    );
    let manifest = std::fs::read_to_string(dir.path().join("out/manifest.csv")).unwrap();
    assert!(
        manifest.contains("\n3,CHOI YUNA,ko,0003-CHOI YUNA-"),
        "{manifest}"
    );
    assert!(!manifest.contains("LEE SUJIN"), "{manifest}");

    // Another document for the same rows: every row again.
    let out = gaozhi_command!(
        batch_args(&["--roster", &roster, "-o", "out", "--resume"]),
        dir.path()
    )
    .arg("--name")
    .arg("{row:04}-{name}-{document}")
    .output()
    .unwrap();
    assert!(stderr(&out).contains("3 already done"), "{}", stderr(&out));
    let office = office_path();
    let out = gaozhi_command!(
        [
            "batch",
            "health-commitment",
            "--office",
            &office,
            "--fonts",
            "embedded",
        ],
        dir.path(),
    )
    .args([
        "--issue-date",
        "2020-03-02",
        "--roster",
        &roster,
        "-o",
        "out",
        "--resume",
    ])
    .args(["--name", "{row:04}-{name}"])
    .output()
    .unwrap();
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("row 2: its document changed"), "{err}");
    assert!(err.contains("rendered 3 document(s)"), "{err}");
}

#[test]
fn a_second_run_into_the_same_folder_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    // Another run holds the folder.
    let held = std::fs::File::open(&out_dir).unwrap();
    use std::os::fd::AsRawFd;
    // SAFETY: flock on a descriptor this test owns.
    assert_eq!(
        unsafe { libc::flock(held.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) },
        0
    );
    let out = batch!(
        &["--roster", &fixture("mixed.csv"), "-o", "out"],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("another `gaozhi batch` is writing into"),
        "{}",
        stderr(&out)
    );
    assert!(listing(&out_dir).is_empty());
    drop(held);
    let out = batch!(
        &["--roster", &fixture("mixed.csv"), "-o", "out"],
        dir.path(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn merged_runs_write_the_manifest_per_volume_and_resume() {
    let dir = tempfile::tempdir().unwrap();
    let args = [
        "--roster",
        &fixture("mixed.csv"),
        "-o",
        "out",
        "--merge",
        "out/vol.pdf",
        "--volume-size",
        "2",
    ];
    let out = batch!(&args, dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    let first = std::fs::read(dir.path().join("out/vol-001.pdf")).unwrap();
    let second = std::fs::read(dir.path().join("out/vol-002.pdf")).unwrap();
    // A run killed while the second volume was laid out.
    std::fs::remove_file(dir.path().join("out/vol-002.pdf")).unwrap();
    let mut resumed = args.to_vec();
    resumed.push("--resume");
    let out = batch!(&resumed, dir.path());
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("rendered 2 document(s)") && err.contains("2 already done"),
        "{err}"
    );
    assert_eq!(
        std::fs::read(dir.path().join("out/vol-001.pdf")).unwrap(),
        first
    );
    assert_eq!(
        std::fs::read(dir.path().join("out/vol-002.pdf")).unwrap(),
        second
    );
    let manifest = std::fs::read_to_string(dir.path().join("out/manifest.csv")).unwrap();
    assert_eq!(manifest.lines().count(), 5, "{manifest}");
}

#[test]
fn names_alike_on_windows_and_macos_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    for (a, b) in [("KIM MINJUN", "Kim Minjun"), ("Ren\u{e9}e", "Rene\u{301}e")] {
        let text = HEADER.to_owned() + &resident(a) + &resident(b);
        std::fs::write(dir.path().join("r.csv"), text).unwrap();
        let out = batch!(
            &["--roster", "r.csv", "-o", "out", "--name", "{name}"],
            dir.path(),
        );
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(
            stderr(&out).contains("rows 2 and 3 the same file name"),
            "{}",
            stderr(&out)
        );
        assert!(!dir.path().join("out").exists());
    }
}

#[test]
fn a_western_csv_is_not_read_as_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let text = "name,nationality,sex,birth_date,address,observation_start,language\n\
                Renée Dupont,FR,F,1985-07-14,示例区和平街 3 号,2020-03-01,fr\n";
    let (bytes, _, _) = encoding_rs::GBK.encode(text);
    // The address must be encodable; the Western file keeps it in ASCII.
    let western = text.replace("示例区和平街 3 号", "3 Heping Street");
    let (latin, _, _) = encoding_rs::WINDOWS_1252.encode(&western);
    std::fs::write(dir.path().join("w.csv"), &*latin).unwrap();
    let out = batch!(&["--roster", "w.csv", "-o", "out"], dir.path());
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("--encoding") && err.contains("Ren閑 Dupont") && err.contains("line 2"),
        "{err}"
    );
    let out = batch!(
        &[
            "--roster",
            "w.csv",
            "-o",
            "out",
            "--encoding",
            "windows-1252",
        ],
        dir.path(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let manifest = std::fs::read_to_string(dir.path().join("out/manifest.csv")).unwrap();
    assert!(manifest.contains("2,Renée Dupont,fr,"), "{manifest}");
    // The GBK file of the same roster is still read by itself.
    std::fs::write(dir.path().join("g.csv"), &*bytes).unwrap();
    let out = batch!(&["--roster", "g.csv", "-o", "gbk"], dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn rows_that_cannot_print_well_are_problems_before_anything_prints() {
    let dir = tempfile::tempdir().unwrap();
    let long_name = "A".repeat(10_000);
    let long_address = "示例区和平街 3 号院 ".repeat(40);
    let text = HEADER.to_owned()
        + &resident(&long_name[..400])
        + &format!("KIM MINJUN,KR,M,1985-07-14,{long_address},2020-03-01,ko\n")
        + &resident("KIM\u{202E}NUJNIM")
        + &resident("Abebe ሀይሌ");
    std::fs::write(dir.path().join("r.csv"), text).unwrap();
    let out = batch!(&["--roster", "r.csv", "-o", "out"], dir.path());
    let err = stderr(&out);
    for needle in [
        "row 2, column 姓名",
        "row 3, column 在华居住地址",
        "row 4, column 姓名",
        "U+202E",
        "row 5, column 姓名 `Abebe ሀይሌ`: no loaded font has the character 'ሀ' (U+1200)",
        "'ይ' (U+12ED)",
        "'ሌ' (U+120C)",
    ] {
        assert!(err.contains(needle), "{needle:?} missing from:\n{err}");
    }
    // Characters no font has: the code `gaozhi render` gives them.
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(!dir.path().join("out").exists());
}

#[test]
fn a_long_name_and_address_run_on_to_a_designed_second_page() {
    // The longest name and address a row may hold: the notice runs on to its
    // continuation page (within its budget of two), not off the page.
    let dir = tempfile::tempdir().unwrap();
    let name = ["ABCDEFGHIJ"; 11].join(" ");
    let address: String = "示例区和平街 3 号院 2 号楼 501 室"
        .repeat(10)
        .chars()
        .take(200)
        .collect();
    let text = format!(
        "{HEADER}{name},RU,M,1985-07-14,{address},2020-03-01,ru\n{}",
        resident("KIM MINJUN")
    );
    std::fs::write(dir.path().join("r.csv"), text).unwrap();
    let out = batch!(&["--roster", "r.csv", "-o", "out"], dir.path());
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    let manifest = std::fs::read_to_string(dir.path().join("out/manifest.csv")).unwrap();
    let row = manifest
        .lines()
        .find(|l| l.starts_with("2,"))
        .unwrap_or_else(|| panic!("{manifest}"));
    assert!(row.contains(",2,"), "{manifest}");
}

#[test]
fn formulas_never_reach_the_manifest_or_rejected_csv_and_old_rejections_go() {
    let dir = tempfile::tempdir().unwrap();
    let text = HEADER.to_owned()
        + &resident("=HYPERLINK(\"http://example.invalid\";\"x\")")
        + "@SUM(A1),XX,M,1985-07-14,示例区和平街 3 号,2020-03-01,ko\n";
    std::fs::write(dir.path().join("r.csv"), text).unwrap();
    let out = batch!(
        &["--roster", "r.csv", "-o", "out", "--skip-invalid"],
        dir.path(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let manifest = std::fs::read_to_string(dir.path().join("out/manifest.csv")).unwrap();
    assert!(manifest.contains("\n2,\"'=HYPERLINK("), "{manifest}");
    let rejected = std::fs::read_to_string(dir.path().join("out/rejected.csv")).unwrap();
    assert!(
        rejected.contains("'@SUM(A1)") || rejected.contains(",'XX") || rejected.contains("3,"),
        "{rejected}"
    );
    for line in manifest.lines().chain(rejected.lines()).skip(1) {
        for field in csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(line.as_bytes())
            .records()
            .flatten()
            .flat_map(|r| r.iter().map(str::to_owned).collect::<Vec<_>>())
        {
            assert!(
                !field.starts_with(['=', '+', '-', '@']),
                "{field:?} in {line}"
            );
        }
    }
    // A clean run removes the rejections of the earlier one.
    let text = HEADER.to_owned() + &resident("KIM MINJUN");
    std::fs::write(dir.path().join("r.csv"), text).unwrap();
    let out = batch!(&["--roster", "r.csv", "-o", "out"], dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!dir.path().join("out/rejected.csv").exists());
}

#[test]
fn part_files_of_a_killed_run_are_removed_at_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    std::fs::write(
        out_dir.join(".gaozhi-AbC123.part"),
        b"%PDF-1.7 KIM MINJUN M12345678",
    )
    .unwrap();
    let out = batch!(
        &["--roster", &fixture("mixed.csv"), "-o", "out"],
        dir.path(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("removed 1 unfinished file(s)"),
        "{}",
        stderr(&out)
    );
    assert!(listing(&out_dir).iter().all(|n| !n.ends_with(".part")));
}

#[test]
fn sigterm_stops_cleanly_and_leaves_no_part_file() {
    let dir = tempfile::tempdir().unwrap();
    let names: Vec<String> = (0..40)
        .map(|i| resident(&format!("KIM MINJUN {i}")))
        .collect();
    std::fs::write(
        dir.path().join("r.csv"),
        HEADER.to_owned() + &names.concat(),
    )
    .unwrap();
    let child = gaozhi_command!(batch_args(&["--roster", "r.csv", "-o", "out"]), dir.path())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // The manifest is started once the run holds the folder and watches
    // for signals.
    let manifest = dir.path().join("out/manifest.csv");
    let started = Instant::now();
    while !manifest.exists() {
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "never started"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    // SAFETY: signals the child this test started.
    unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGTERM) };
    let out = child.wait_with_output().unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(130), "{err}");
    assert!(
        err.contains("interrupted") && err.contains("--resume"),
        "{err}"
    );
    assert!(
        listing(&dir.path().join("out"))
            .iter()
            .all(|n| !n.ends_with(".part"))
    );
    // And --resume finishes the job.
    let out = batch!(&["--roster", "r.csv", "-o", "out", "--resume"], dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    let manifest = std::fs::read_to_string(&manifest).unwrap();
    assert_eq!(manifest.lines().count(), 41, "{manifest}");
}

/// The `row,column,value` of each problem, or the `row,name,language,file`
/// of each document, of a CSV written by a batch: what judging the roster
/// decided, without the reasons' wording or the files' hashes.
fn decisions(csv: &str) -> Vec<Vec<String>> {
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    reader
        .records()
        .map(|r| r.unwrap().iter().take(4).map(str::to_owned).collect())
        .collect()
}

#[tokio::test]
async fn the_desk_tool_and_gaozhi_batch_plan_a_roster_alike() {
    // Valid rows in three languages, an unknown country, a year no one
    // means, a date that does not exist, and an ignored column.
    let roster = "序号,姓名,国籍,护照号码,在华居住地址,观察开始日期,语言\n\
                  1,KIM MINJUN 김민준,KR,M12345678,示例区和平街 3 号,2020-03-01,ko\n\
                  2,SATO YUI,JP,TZ1234567,示例区和平街 4 号,2020/3/2,\n\
                  3,BAD ROW,XX,X1,示例区和平街 5 号,2020-03-02,en\n\
                  4,Emily Clarke,英国,123456789,示例区和平街 6 号,2020年3月3日,en\n\
                  5,LEE JIHO,KR,M7654321,示例区和平街 7 号,0301-03-01,ko\n\
                  6,PARK SEOYEON,KR,M1111111,示例区和平街 8 号,2021-02-29,ko\n";
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("r.csv"), roster).unwrap();
    let out = batch!(
        &["--roster", "r.csv", "-o", "out", "--skip-invalid"],
        dir.path()
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let read = |name: &str| std::fs::read_to_string(dir.path().join("out").join(name)).unwrap();
    let (cli_manifest, cli_rejected) = (read("manifest.csv"), read("rejected.csv"));

    let app = gaozhi_testkit::desk::app();
    let job = gaozhi_testkit::desk::upload_roster(
        &app,
        "r.csv",
        roster.as_bytes(),
        "home-observation-notice",
    )
    .await;
    let mut zip = gaozhi_testkit::desk::render_roster(&app, &job).await;
    let (desk_manifest, desk_rejected) = (zip.text("manifest.csv"), zip.text("rejected.csv"));

    let documents = decisions(&cli_manifest);
    assert_eq!(
        documents,
        decisions(&desk_manifest),
        "{cli_manifest}\n{desk_manifest}"
    );
    let rows: Vec<&str> = documents.iter().map(|d| d[0].as_str()).collect();
    assert_eq!(rows, ["2", "3", "5"], "{cli_manifest}");
    let problems: Vec<Vec<String>> = decisions(&cli_rejected)
        .into_iter()
        .map(|mut p| {
            p.truncate(3);
            p
        })
        .collect();
    let desk_problems: Vec<Vec<String>> = decisions(&desk_rejected)
        .into_iter()
        .map(|mut p| {
            p.truncate(3);
            p
        })
        .collect();
    assert_eq!(problems, desk_problems, "{cli_rejected}\n{desk_rejected}");
    let rows: Vec<&str> = problems.iter().map(|p| p[0].as_str()).collect();
    assert_eq!(rows, ["4", "6", "7"], "{cli_rejected}");
}
