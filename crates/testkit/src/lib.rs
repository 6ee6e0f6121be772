//! What gaozhi's integration tests share, written once: where the
//! repository's sample data is, one renderer for a test binary, running
//! the `gaozhi` binary, composing a document on a fixed day, and reading a
//! PDF's text back.
//!
//! A dev-dependency only (`publish = false`): nothing here ships.
//!
//! # Overview
//!
//! - Paths: [`root`], [`path`], [`office_path`], [`sample_path`].
//! - Sample data: [`office`], [`sample`], [`resident`], [`TODAY`].
//! - Typesetting: [`renderer`] (embedded fonts, built once per test
//!   binary), [`renderer_with_templates`], [`compose_on`].
//! - The binary: [`gaozhi!`] runs the calling crate's `gaozhi`,
//!   [`gaozhi_command!`] prepares it, [`batch!`] runs a batch; [`stderr`],
//!   [`listing`], [`copy_dir`], [`copy_locales`].
//! - Reading back: [`pdf_text`], [`pdf_file_text`], [`page_texts`],
//!   [`squash`], [`message`].
//! - The desk tool: [`desk`] (apps, requests, a roster's ZIP).

pub mod desk;

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::{Arc, OnceLock};

use gaozhi_core::Date;
use gaozhi_core::document::DocumentSpec;
use gaozhi_core::source::Format;
use gaozhi_core::{Composition, Layout, Locales, Office, Request, Resident, compose};
use gaozhi_render::{FontChoice, FontConfig, Renderer, RendererConfig};

/// The repository's root (where `examples/`, `locales/` and `tests/` are).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `relative` below the repository's root, as a command-line argument.
pub fn path(relative: &str) -> String {
    root().join(relative).display().to_string()
}

/// The sample office profile's path, `examples/office.toml`.
pub fn office_path() -> String {
    path("examples/office.toml")
}

/// The sample resident `file` of `examples/residents/`, its path.
pub fn sample_path(file: &str) -> String {
    path(&format!("examples/residents/{file}"))
}

/// The sample office profile.
pub fn office() -> Office {
    Office::from_path(&root().join("examples/office.toml")).expect("sample office")
}

/// The sample resident `file` of `examples/residents/` (`kim-minjun.toml`).
pub fn sample(file: &str) -> Resident {
    Resident::from_path(&root().join("examples/residents").join(file)).expect("sample resident")
}

/// A resident record from TOML text.
pub fn resident(toml: &str) -> Resident {
    Resident::from_str(toml, Format::Toml).expect("record")
}

/// The day the tests compose on, so every date printed is fixed.
pub const TODAY: (i16, i8, i8) = (2020, 3, 2);

/// [`TODAY`] as a date.
pub fn today() -> Date {
    Date::new(TODAY.0, TODAY.1, TODAY.2).expect("date")
}

/// One renderer (embedded fonts, built-in templates) for the whole test
/// binary: fonts and templates are loaded once.
pub fn renderer() -> &'static Arc<Renderer> {
    static R: OnceLock<Arc<Renderer>> = OnceLock::new();
    R.get_or_init(|| Arc::new(renderer_with_templates(None)))
}

/// A new renderer with the embedded fonts and the templates of `templates`
/// (the built-in ones with `None`).
pub fn renderer_with_templates(templates: Option<PathBuf>) -> Renderer {
    Renderer::new(&RendererConfig {
        fonts: FontConfig {
            choice: FontChoice::Embedded,
            dirs: vec![],
        },
        templates,
    })
    .expect("renderer")
}

/// Composes `document` with the embedded locales on [`TODAY`]: for
/// `resident` (if any), in `lang` unless the record has its own language.
pub fn compose_on(
    document: &'static DocumentSpec,
    resident: Option<&Resident>,
    office: &Office,
    lang: Option<&str>,
    layout: Layout,
) -> gaozhi_core::Result<Composition> {
    let tag = lang.map(|l| l.parse().expect("language tag"));
    compose(
        Locales::embedded().expect("locales"),
        &Request {
            document,
            resident,
            office,
            default_language: tag.as_ref(),
            layout,
            today: today(),
        },
    )
}

/// Runs the `gaozhi` binary of the calling test crate with arguments in a
/// folder: `gaozhi!(&["list"], dir.path())` gives its [`Output`].
#[macro_export]
macro_rules! gaozhi {
    ($args:expr, $cwd:expr $(,)?) => {
        $crate::run(env!("CARGO_BIN_EXE_gaozhi"), $args, $cwd)
    };
}

/// Like [`gaozhi!`], but the [`Command`], not yet started (to spawn it and
/// stop it, or to set its environment).
#[macro_export]
macro_rules! gaozhi_command {
    ($args:expr, $cwd:expr $(,)?) => {
        $crate::command(env!("CARGO_BIN_EXE_gaozhi"), $args, $cwd)
    };
}

/// Runs `gaozhi batch home-observation-notice` with the sample office, the
/// embedded fonts and issue date [`TODAY`], then `args`, in a folder.
#[macro_export]
macro_rules! batch {
    ($args:expr, $cwd:expr $(,)?) => {
        $crate::run(
            env!("CARGO_BIN_EXE_gaozhi"),
            $crate::batch_args($args),
            $cwd,
        )
    };
}

/// Runs `gaozhi render DOCUMENT` with the sample office and the embedded
/// fonts, then `args`, in a folder.
#[macro_export]
macro_rules! render {
    ($document:expr, $args:expr, $cwd:expr $(,)?) => {
        $crate::run(
            env!("CARGO_BIN_EXE_gaozhi"),
            $crate::render_args($document, $args),
            $cwd,
        )
    };
}

/// The arguments [`render!`] runs with: the fixed ones, then `args`.
pub fn render_args(document: &str, args: &[&str]) -> Vec<String> {
    let fixed = [
        "render".to_owned(),
        document.to_owned(),
        "--office".to_owned(),
        office_path(),
        "--fonts".to_owned(),
        "embedded".to_owned(),
    ];
    fixed
        .into_iter()
        .chain(args.iter().map(|a| (*a).to_owned()))
        .collect()
}

/// The arguments [`batch!`] runs with: the fixed ones, then `args`.
pub fn batch_args(args: &[&str]) -> Vec<String> {
    let (year, month, day) = TODAY;
    let fixed = [
        "batch".to_owned(),
        "home-observation-notice".to_owned(),
        "--office".to_owned(),
        office_path(),
        "--fonts".to_owned(),
        "embedded".to_owned(),
        "--issue-date".to_owned(),
        format!("{year}-{month:02}-{day:02}"),
    ];
    fixed
        .into_iter()
        .chain(args.iter().map(|a| (*a).to_owned()))
        .collect()
}

/// A command for `exe` with `args`, run in `cwd` (see [`gaozhi_command!`]).
pub fn command<I>(exe: &str, args: I, cwd: &Path) -> Command
where
    I: IntoIterator,
    I::Item: AsRef<OsStr>,
{
    let mut command = Command::new(exe);
    command.args(args).current_dir(cwd);
    command
}

/// Runs `exe` with `args` in `cwd` and waits for it (see [`gaozhi!`]).
pub fn run<I>(exe: &str, args: I, cwd: &Path) -> Output
where
    I: IntoIterator,
    I::Item: AsRef<OsStr>,
{
    command(exe, args, cwd).output().expect("run gaozhi")
}

/// What a run wrote to stderr.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The names of the files in `dir`, hidden ones (temporaries) included,
/// sorted.
pub fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Copies folder `from` into `to`, subfolders included.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create folder");
    for entry in std::fs::read_dir(from).expect("folder") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// A copy of the shipped `locales/` in `dir/locales`, its path.
pub fn copy_locales(dir: &Path) -> PathBuf {
    let to = dir.join("locales");
    copy_dir(&root().join("locales"), &to);
    to
}

/// `s` without white space, so that line breaks do not matter.
pub fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// A PDF's text, [`squash`]ed.
pub fn pdf_text(pdf: &[u8]) -> String {
    squash(&pdf_extract::extract_text_from_mem(pdf).expect("PDF text"))
}

/// The text of the PDF file at `path`, [`squash`]ed.
pub fn pdf_file_text(path: &Path) -> String {
    pdf_text(&std::fs::read(path).expect("PDF file"))
}

/// The text of each page of a PDF, [`squash`]ed.
pub fn page_texts(pdf: &[u8]) -> Vec<String> {
    pdf_extract::extract_text_from_mem_by_pages(pdf)
        .expect("PDF text")
        .iter()
        .map(|t| squash(t))
        .collect()
}

/// Message `id` of the embedded locales in `lang`, [`squash`]ed.
pub fn message(lang: &str, id: &str) -> String {
    let locales = Locales::embedded().expect("locales");
    let lang = locales
        .negotiate(&lang.parse().expect("language tag"))
        .expect("language");
    squash(&locales.format(&lang, id, None).expect("message"))
}

/// Whether the tests run under CI (`CI` set, and not to `false` or `0`),
/// where every tool the CI script installs must be there.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !matches!(v.trim(), "" | "0" | "false"))
}

/// A tool a test needs is not installed: under CI ([`in_ci`]) that fails
/// the test, elsewhere the test says it skips `what` and goes on (the
/// caller returns or checks less).
pub fn missing_tool(tool: &str, what: &str, install: &str) {
    assert!(
        !in_ci(),
        "{tool} is not installed, and CI must run {what} ({install})"
    );
    println!("SKIPPED {what}: {tool} is not installed ({install})");
}
