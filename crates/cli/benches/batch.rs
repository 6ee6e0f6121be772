//! Batch throughput, end to end through the `gaozhi` binary: a generated
//! roster of N residents in mixed languages rendered as separate files and
//! as one merged PDF, a single document from a cold process, and the same
//! documents rendered one process each (as a shell loop would), reported as
//! medians with the peak memory of the batch processes.
//!
//! ```sh
//! cargo bench -p gaozhi-cli --bench batch                 # 1,000 rows, 3 runs
//! cargo bench -p gaozhi-cli --bench batch -- --rows 10000 --runs 1
//! ```

use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Residents the roster cycles through: a name, nationality and language
/// for each shipped language, with an address of realistic length.
const PEOPLE: &[(&str, &str, &str)] = &[
    ("KIM MINJUN 김민준", "KR", "ko"),
    ("YOSHIDA HANAKO 吉田花子", "JP", "ja"),
    ("Emily Clarke", "GB", "en"),
    ("Ivan Petrov Иван Петров", "RU", "ru"),
    ("Pierre Martin", "FR", "fr"),
    ("Lukas Müller", "DE", "de"),
    ("Lucía García", "ES", "es"),
    ("Giulia Rossi", "IT", "it"),
    ("CHAN Tai Man 陳大文", "HK", "zh-Hant"),
];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let mut rows = 1000usize;
    let mut runs = 3usize;
    let mut loop_rows = 40usize;
    while let Some(arg) = args.next() {
        let mut number = |default| args.next().and_then(|n| n.parse().ok()).unwrap_or(default);
        match arg.as_str() {
            "--rows" => rows = number(rows),
            "--runs" => runs = number(runs),
            "--loop-rows" => loop_rows = number(loop_rows),
            _ => {} // cargo bench passes --bench
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let office = root.join("examples/office.toml");
    let dir = tempfile::tempdir()?;
    let roster = dir.path().join("roster.csv");
    std::fs::write(&roster, generate(rows))?;
    println!(
        "gaozhi batch, {rows} rows in {} languages, {} cores, median of {runs} run(s)",
        PEOPLE.len(),
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );

    let common = |out: &str| -> Vec<String> {
        [
            "batch",
            "home-observation-notice",
            "--office",
            &office.display().to_string(),
            "--roster",
            &roster.display().to_string(),
            "--fonts",
            "embedded",
            "--issue-date",
            "2020-03-02",
            "-o",
            out,
        ]
        .map(str::to_owned)
        .to_vec()
    };

    let mut separate = Vec::new();
    let mut separate_rss = 0;
    for n in 0..runs {
        let out = dir.path().join(format!("separate-{n}"));
        let (wall, rss) = run(&common(&out.display().to_string()))?;
        separate.push(wall);
        separate_rss = separate_rss.max(rss);
        std::fs::remove_dir_all(&out)?;
    }
    let median_separate = median(&mut separate);
    println!(
        "separate files: {:>8.1} documents/s  (median {:.2} s, peak RSS {} MB)",
        rows as f64 / median_separate.as_secs_f64(),
        median_separate.as_secs_f64(),
        separate_rss / 1024
    );

    let mut merged = Vec::new();
    let mut merged_rss = 0;
    for n in 0..runs {
        let out = dir.path().join(format!("merged-{n}"));
        let mut args = common(&out.display().to_string());
        args.push("--merge".into());
        args.push(out.join("all.pdf").display().to_string());
        let (wall, rss) = run(&args)?;
        merged.push(wall);
        merged_rss = merged_rss.max(rss);
        std::fs::remove_dir_all(&out)?;
    }
    let median_merged = median(&mut merged);
    println!(
        "merged volumes: {:>8.1} pages/s      (median {:.2} s, peak RSS {} MB)",
        rows as f64 / median_merged.as_secs_f64(),
        median_merged.as_secs_f64(),
        merged_rss / 1024
    );

    // One process per document, as a shell loop over the roster would.
    let records = dir.path().join("records");
    std::fs::create_dir_all(&records)?;
    let mut singles = Vec::new();
    for i in 0..loop_rows.min(rows) {
        let record = records.join(format!("{i}.toml"));
        std::fs::write(&record, record_toml(i))?;
        let pdf = records.join(format!("{i}.pdf"));
        singles.push(
            run(&[
                "render".into(),
                "home-observation-notice".into(),
                "--data".into(),
                record.display().to_string(),
                "--office".into(),
                office.display().to_string(),
                "--fonts".into(),
                "embedded".into(),
                "-o".into(),
                pdf.display().to_string(),
            ])?
            .0,
        );
    }
    let loop_total: Duration = singles.iter().sum();
    let loop_rate = singles.len() as f64 / loop_total.as_secs_f64();
    let cold = median(&mut singles);
    println!(
        "one process per document: {loop_rate:>6.1} documents/s  (cold single document: median {:.0} ms)",
        cold.as_secs_f64() * 1000.0
    );
    println!(
        "batch / shell loop: {:.1}x",
        rows as f64 / median_separate.as_secs_f64() / loop_rate
    );
    Ok(())
}

/// A roster of `rows` residents, the languages in turn, every name
/// different.
fn generate(rows: usize) -> String {
    let mut csv = String::from(
        "name,nationality,passport,sex,birth_date,address,observation_start,language\n",
    );
    for i in 0..rows {
        let (name, country, lang) = PEOPLE[i % PEOPLE.len()];
        csv.push_str(&format!(
            "{name} {i},{country},P{i:08},{},19{:02}-0{}-1{},示例区和平街 {} 号院 {} 号楼 {} 室,2020-03-01,{lang}\n",
            if i % 2 == 0 { "M" } else { "F" },
            50 + i % 50,
            1 + i % 9,
            i % 10,
            1 + i % 40,
            1 + i % 12,
            100 + i % 900,
        ));
    }
    csv
}

fn record_toml(i: usize) -> String {
    let (name, country, lang) = PEOPLE[i % PEOPLE.len()];
    format!(
        "name = \"{name} {i}\"\nnationality = \"{country}\"\npassport = \"P{i:08}\"\n\
         address = \"示例区和平街 {i} 号\"\nobservation_start = 2020-03-01\nlanguage = \"{lang}\"\n"
    )
}

/// Runs gaozhi and returns its wall time and peak resident set (KiB).
fn run(args: &[String]) -> Result<(Duration, i64), Box<dyn std::error::Error>> {
    let log = tempfile::tempfile()?;
    let started = Instant::now();
    let child = Command::new(binary())
        .args(args)
        .stdout(Stdio::null())
        .stderr(log.try_clone()?)
        .spawn()?;
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: wait4 writes only the status and the rusage struct it is given.
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        if libc::wait4(pid, &mut status, 0, &mut usage) != pid {
            return Err(std::io::Error::last_os_error().into());
        }
        usage
    };
    let elapsed = started.elapsed();
    if !(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0) {
        let mut text = String::new();
        let mut log = log;
        log.seek(SeekFrom::Start(0))?;
        log.read_to_string(&mut text)?;
        return Err(format!("gaozhi {} failed: {text}", args.join(" ")).into());
    }
    Ok((elapsed, usage.ru_maxrss))
}

fn binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_gaozhi"))
}

fn median(samples: &mut [Duration]) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}
