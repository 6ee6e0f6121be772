//! `gaozhi batch`: every resident of a roster, each in their own language,
//! one PDF per row, with a manifest.
//!
//! Every row is checked (record values, document, language, required
//! fields, characters no font has) before anything is rendered, and all
//! problems are reported together. One run at a time writes into an
//! output folder (a lock), and each run first removes unfinished files an
//! interrupted one left. Files are written atomically as they complete and
//! the manifest grows with them (with `--merge`, volume by volume), so an
//! interrupted run leaves only complete files and a manifest of them.
//! `--resume` skips a row only when the manifest lists it with the same
//! name, document, language and file, and the file is there with the same
//! SHA-256; any other row is rendered again, and the run says why.

use std::collections::{BTreeMap, HashSet};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use sha2::{Digest, Sha256};

use gaozhi_core::Date;
use gaozhi_core::roster::{self, Encoding, spreadsheet_safe};
use gaozhi_core::{
    Composition, DocumentSpec, Error, Layout, Office, Request, Result, Tag, compose,
};
use gaozhi_render::batch::stream_grouped;
use gaozhi_render::merge::Volume;
use gaozhi_render::plan::{
    PlannedRow, Planner, manifest_header, manifest_line, read_roster_file, rejected_csv,
};
use gaozhi_render::rows::RowSettings;
use gaozhi_render::{Laid, RenderOptions, Renderer};

use crate::args::{BatchArgs, EncodingArg};
use crate::cmd::{Engine, LocalesRef, find_document, parse_lang};
use crate::{folder, interrupt, output};

/// What the workers need to compose a row again (compositions are not kept
/// between validation and rendering, so memory stays flat on long rosters).
struct Context {
    locales: LocalesRef,
    office: Office,
    rows: Vec<roster::RosterRow>,
    lang: Option<Tag>,
    today: Date,
}

impl Context {
    fn compose(&self, entry: usize, document: &'static DocumentSpec) -> Result<Composition> {
        compose(
            &self.locales,
            &Request {
                document,
                resident: Some(&self.rows[entry].resident),
                office: &self.office,
                default_language: self.lang.as_ref(),
                layout: Layout::Bilingual,
                today: self.today,
            },
        )
    }

    /// Composes each row and runs `step` on those that composed: one result
    /// per row, in order.
    fn each_composed<T>(
        &self,
        rows: Vec<Work>,
        step: impl FnOnce(&[Composition]) -> Vec<Result<T>>,
    ) -> Vec<Result<T>> {
        let mut composed = Vec::with_capacity(rows.len());
        let mut results: Vec<Option<Result<T>>> = Vec::with_capacity(rows.len());
        for (entry, document, _) in rows {
            match self.compose(entry, document) {
                Ok(comp) => {
                    composed.push(comp);
                    results.push(None);
                }
                Err(e) => results.push(Some(Err(e))),
            }
        }
        let mut done = step(&composed).into_iter();
        results
            .into_iter()
            .map(|r| {
                r.unwrap_or_else(|| {
                    done.next()
                        .unwrap_or_else(|| Err(Error::usage("the row was not rendered")))
                })
            })
            .collect()
    }
}

/// A row for the workers: its entry in the roster, its document and its
/// language (rows alike in both are laid out together).
type Work = (usize, &'static DocumentSpec, String);

fn work_of(plans: &[PlannedRow]) -> Vec<Work> {
    plans
        .iter()
        .map(|p| (p.entry, p.document, p.language.clone()))
        .collect()
}

fn alike(work: &Work) -> (&'static str, String) {
    (work.1.id, work.2.clone())
}

pub(crate) fn run(args: &BatchArgs) -> Result<()> {
    let started = Instant::now();
    let default_doc = args.document.as_deref().map(find_document).transpose()?;
    let lang = parse_lang(args.lang.as_deref())?;
    let issue_date = args
        .issue_date
        .as_deref()
        .map(|d| Date::parse_iso(d).map_err(|e| Error::usage(format!("--issue-date: {e}"))))
        .transpose()?;
    let mut office = Office::from_path(&args.office)?;
    if issue_date.is_some() {
        office.issue_date = issue_date;
    }
    let encoding = match args.encoding {
        EncodingArg::Auto => Encoding::Detect,
        EncodingArg::Utf8 => Encoding::Utf8,
        EncodingArg::Gb18030 => Encoding::Gb18030,
        EncodingArg::Windows1252 => Encoding::Windows1252,
    };
    let roster_name = args.roster.display().to_string();
    let roster = read_roster_file(&args.roster, encoding, args.worksheet.as_deref())?;
    if !roster.ignored_columns.is_empty() {
        crate::warn(&format!(
            "{roster_name}: ignoring columns that are not record fields: {} (see `gaozhi list --fields`)",
            roster.ignored_columns.join(", ")
        ));
    }
    let engine = Engine::new(&args.engine)?;
    let today = Date::today();

    // Compose every valid row and check what only composing can tell.
    let planner = Planner {
        renderer: &engine.renderer,
        locales: &engine.locales,
        settings: RowSettings {
            document: default_doc,
            language: lang.as_ref(),
            office: &office,
            today,
            allow_missing_glyphs: args.engine.allow_missing_glyphs,
        },
        file_names: &args.name,
        distinct_files: args.merge.is_none(),
        keep_compositions: false,
    };
    let plan = planner.plan(&roster)?;
    for planned in &plan.rows {
        for w in &planned.warnings {
            crate::warn(&format!("{roster_name}:{}: {w}", planned.row));
        }
    }
    let (plans, problems) = (plan.rows, plan.problems);

    if !problems.is_empty() {
        for p in &problems {
            let value = if p.value.is_empty() {
                String::new()
            } else {
                format!(" `{}`", p.value)
            };
            eprintln!(
                "{roster_name}: row {}, column {}{value}: {}",
                p.row(),
                p.column(),
                p.reason
            );
        }
        if !args.skip_invalid {
            // Characters no font has are refused with their own code, as
            // `gaozhi render` refuses them.
            let kind = if plan.missing_glyphs {
                gaozhi_core::ErrorKind::MissingGlyph
            } else {
                gaozhi_core::ErrorKind::Invalid
            };
            return Err(Error::new(
                kind,
                format!(
                    "{} problem(s) in {} row(s); nothing was rendered (fix them, or pass --skip-invalid{})",
                    problems.len(),
                    problems
                        .iter()
                        .map(|p| p.row())
                        .collect::<HashSet<_>>()
                        .len(),
                    if plan.missing_glyphs {
                        "; add a font with --font-path DIR, or print anyway with --allow-missing-glyphs"
                    } else {
                        ""
                    }
                ),
            ));
        }
    }

    std::fs::create_dir_all(&args.output).map_err(|e| Error::io(args.output.display(), &e))?;
    let _lock = folder::lock(&args.output)?;
    let mut folders = vec![args.output.clone()];
    if let Some(dir) = args.merge.as_deref().and_then(Path::parent)
        && !dir.as_os_str().is_empty()
        && dir != args.output
    {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir.display(), &e))?;
        folders.push(dir.to_owned());
    }
    interrupt::clean_up_on_signal(&folders);
    let removed: usize = folders.iter().map(|d| folder::remove_parts(d)).sum();
    if removed > 0 {
        crate::warn(&format!(
            "removed {removed} unfinished file(s) an interrupted run left in {}",
            args.output.display()
        ));
    }
    let rejected = args.output.join("rejected.csv");
    if problems.is_empty() {
        // Rejections of an earlier run are not this run's.
        match std::fs::remove_file(&rejected) {
            Ok(()) => crate::warn(&format!(
                "removed {} of an earlier run: this roster has no rejected rows",
                rejected.display()
            )),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::io(rejected.display(), &e)),
        }
    } else {
        output::write_all(&[(rejected.clone(), rejected_csv(&problems).into_bytes())])?;
    }
    let context = Arc::new(Context {
        locales: engine.locales,
        office,
        rows: roster.rows,
        lang,
        today,
    });
    let renderer = Arc::new(engine.renderer);
    let run = Run {
        args,
        roster_name: &roster_name,
        context,
        renderer,
    };
    let outcome = match &args.merge {
        Some(path) => run.merged(plans, path)?,
        None => run.separate(plans)?,
    };
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "rendered {} document(s) in {secs:.1} s ({:.0}/s){}{} into {}",
        outcome.rendered,
        outcome.rendered as f64 / secs.max(1e-9),
        if outcome.skipped > 0 {
            format!(", {} already done", outcome.skipped)
        } else {
            String::new()
        },
        if problems.is_empty() {
            String::new()
        } else {
            format!(", {} problem(s) in rejected.csv", problems.len())
        },
        outcome.written_to
    );
    if outcome.failures > 0 {
        return Err(Error::new(
            gaozhi_core::ErrorKind::Template,
            format!("{} document(s) failed to render", outcome.failures),
        ));
    }
    Ok(())
}

/// The rendering half of a batch.
struct Run<'a> {
    args: &'a BatchArgs,
    roster_name: &'a str,
    context: Arc<Context>,
    renderer: Arc<Renderer>,
}

/// How a batch went.
struct Outcome {
    rendered: usize,
    skipped: usize,
    failures: usize,
    written_to: String,
}

impl Run<'_> {
    /// One PDF per row, written as each completes, with the manifest growing
    /// beside them.
    fn separate(&self, plans: Vec<PlannedRow>) -> Result<Outcome> {
        let args = self.args;
        let manifest_path = args.output.join("manifest.csv");
        let previous = if args.resume {
            read_manifest(&manifest_path)
        } else {
            BTreeMap::new()
        };
        let mut done: BTreeMap<usize, String> = BTreeMap::new();
        let mut todo = Vec::new();
        for plan in plans {
            match previous.get(&plan.row) {
                Some(listed) => match listed.differs(&plan, &plan.file) {
                    None if file_intact(&args.output.join(&listed.file), &listed.sha) => {
                        done.insert(plan.row, listed.line(&plan));
                    }
                    None => {
                        eprintln!(
                            "{}: row {}: its file is missing or was changed; rendering it again",
                            self.roster_name, plan.row
                        );
                        todo.push(plan);
                    }
                    Some(what) => {
                        eprintln!(
                            "{}: row {}: {what} changed since the manifest was written; rendering it again",
                            self.roster_name, plan.row
                        );
                        todo.push(plan);
                    }
                },
                None => todo.push(plan),
            }
        }
        let mut manifest = manifest_writer(&manifest_path, &done)?;
        let skipped = done.len();
        let (context, renderer) = (self.context.clone(), self.renderer.clone());
        let options = RenderOptions {
            allow_missing_glyphs: args.engine.allow_missing_glyphs,
            ..RenderOptions::default()
        };
        let progress = progress_bar(todo.len());
        let mut failures = 0usize;
        for finished in stream_grouped(work_of(&todo), alike, move |rows| {
            context.each_composed(rows, |comps| renderer.render_many(comps, &options))
        }) {
            let plan = &todo[finished.index];
            progress.inc(1);
            match finished.result {
                Ok(rendered) => {
                    for w in &rendered.warnings {
                        progress.suspend(|| {
                            crate::warn(&format!("{}:{}: {w}", self.roster_name, plan.row))
                        });
                    }
                    let bytes = &rendered.files[0];
                    let path = args.output.join(&plan.file);
                    output::write_all(&[(path, bytes.clone())])?;
                    let line = manifest_line(
                        plan,
                        &plan.file,
                        rendered.pages,
                        &hex(&Sha256::digest(bytes)),
                        true,
                    );
                    output::append(&mut manifest, &manifest_path, line.as_bytes())?;
                    done.insert(plan.row, line);
                }
                Err(e) => {
                    failures += 1;
                    progress.suspend(|| eprintln!("{}: row {}: {e}", self.roster_name, plan.row));
                }
            }
        }
        progress.finish_and_clear();
        // Rewrite the manifest in row order now that every file is in.
        write_manifest(&manifest_path, &done)?;
        Ok(Outcome {
            rendered: done.len() - skipped,
            skipped,
            failures,
            written_to: args.output.display().to_string(),
        })
    }

    /// Every row in one print-ready PDF, in roster order, split into volumes
    /// of `--volume-size` documents. The manifest is written again after
    /// each volume, so an interrupted run can be resumed: a volume whose
    /// rows all match the manifest and whose file is intact is kept.
    fn merged(&self, plans: Vec<PlannedRow>, path: &Path) -> Result<Outcome> {
        let args = self.args;
        let volume_size = args.volume_size.max(1);
        let volumes = plans.len().div_ceil(volume_size).max(1);
        let volume_path = |n: usize| -> PathBuf {
            if volumes == 1 {
                return path.to_owned();
            }
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            path.with_file_name(format!("{stem}-{n:03}.pdf"))
        };
        let file_name_of = |p: &Path| {
            p.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        };
        let title = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let manifest_path = args.output.join("manifest.csv");
        let previous = if args.resume {
            read_manifest(&manifest_path)
        } else {
            BTreeMap::new()
        };
        let allow = args.engine.allow_missing_glyphs;
        let progress = progress_bar(plans.len());
        let mut lines: BTreeMap<usize, String> = BTreeMap::new();
        let (mut rendered, mut skipped, mut failures) = (0usize, 0usize, 0usize);
        for number in 1..=volumes {
            let range = (number - 1) * volume_size..(number * volume_size).min(plans.len());
            let chunk = &plans[range];
            let file = volume_path(number);
            let name = file_name_of(&file);
            if args.resume && !chunk.is_empty() && volume_intact(chunk, &name, &file, &previous) {
                for plan in chunk {
                    if let Some(listed) = previous.get(&plan.row) {
                        lines.insert(plan.row, listed.line(plan));
                    }
                }
                skipped += chunk.len();
                progress.inc(chunk.len() as u64);
                continue;
            }
            let (context, renderer) = (self.context.clone(), self.renderer.clone());
            let mut volume = Volume::new(args.duplex);
            let mut pending: Vec<(usize, usize)> = Vec::new();
            let mut waiting: BTreeMap<usize, Result<Laid>> = BTreeMap::new();
            let mut next = 0usize;
            for finished in stream_grouped(work_of(chunk), alike, move |rows| {
                context.each_composed(rows, |comps| renderer.lay_out_many_for_merge(comps, allow))
            }) {
                progress.inc(1);
                waiting.insert(finished.index, finished.result);
                // Join documents in roster order as soon as the next one is in.
                while let Some(result) = waiting.remove(&next) {
                    match result {
                        Ok(laid) => {
                            for w in &laid.warnings {
                                progress.suspend(|| {
                                    crate::warn(&format!(
                                        "{}:{}: {w}",
                                        self.roster_name, chunk[next].row
                                    ))
                                });
                            }
                            pending.push((next, laid.pages()));
                            volume.push(laid);
                        }
                        Err(e) => {
                            failures += 1;
                            progress.suspend(|| {
                                eprintln!("{}: row {}: {e}", self.roster_name, chunk[next].row)
                            });
                        }
                    }
                    next += 1;
                }
            }
            let bytes = volume.finish(&if volumes == 1 {
                title.clone()
            } else {
                format!("{title} ({number}/{volumes})")
            })?;
            let sha = hex(&Sha256::digest(&bytes));
            output::write_all(&[(file.clone(), bytes)])?;
            rendered += pending.len();
            for (at, pages) in pending {
                let plan = &chunk[at];
                lines.insert(plan.row, manifest_line(plan, &name, pages, &sha, true));
            }
            // The manifest is whole after every volume.
            write_manifest(&manifest_path, &lines)?;
            crate::memory::release_free();
        }
        progress.finish_and_clear();
        write_manifest(&manifest_path, &lines)?;
        Ok(Outcome {
            rendered,
            skipped,
            failures,
            written_to: volume_path(1).display().to_string(),
        })
    }
}

/// Whether every row of a volume is listed as it is now, in volume file
/// `name`, and the file is there with the listed hash.
fn volume_intact(
    chunk: &[PlannedRow],
    name: &str,
    file: &Path,
    previous: &BTreeMap<usize, Listed>,
) -> bool {
    let mut sha = None;
    for plan in chunk {
        let Some(listed) = previous.get(&plan.row) else {
            return false;
        };
        if listed.differs(plan, name).is_some() || sha.is_some_and(|s| s != listed.sha) {
            return false;
        }
        sha = Some(listed.sha.as_str());
    }
    sha.is_some_and(|sha| file_intact(file, sha))
}

/// A progress bar on stderr (rows done, rate, time left), drawn only when
/// stderr is a terminal.
fn progress_bar(len: usize) -> ProgressBar {
    let target = if std::io::stderr().is_terminal() {
        ProgressDrawTarget::stderr()
    } else {
        ProgressDrawTarget::hidden()
    };
    let bar = ProgressBar::with_draw_target(Some(len as u64), target);
    if let Ok(style) =
        ProgressStyle::with_template("{bar:40} {pos}/{len} documents, {per_sec}, {eta} left")
    {
        bar.set_style(style);
    }
    bar
}

/// A row as an earlier run's manifest lists it.
struct Listed {
    name: String,
    language: String,
    file: String,
    pages: String,
    sha: String,
    document: String,
}

impl Listed {
    /// What differs between the listed row and `plan` written to `file`
    /// (`None` when nothing does).
    fn differs(&self, plan: &PlannedRow, file: &str) -> Option<&'static str> {
        if self.name != spreadsheet_safe(&plan.name) {
            Some("its name")
        } else if self.document != plan.document.id {
            Some("its document")
        } else if self.language != spreadsheet_safe(&plan.language) {
            Some("its language")
        } else if self.file != spreadsheet_safe(file) {
            Some("its file name")
        } else {
            None
        }
    }

    /// The manifest line again.
    fn line(&self, plan: &PlannedRow) -> String {
        let pages = self.pages.parse().unwrap_or(0);
        manifest_line(plan, &self.file, pages, &self.sha, true)
    }
}

/// The rows an earlier run's manifest lists, by row. A manifest without a
/// `document` column (or not readable) lists none: every row is rendered.
fn read_manifest(path: &Path) -> BTreeMap<usize, Listed> {
    let mut listed = BTreeMap::new();
    let Ok(text) = std::fs::read_to_string(path) else {
        return listed;
    };
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let Ok(headers) = reader.headers().cloned() else {
        return listed;
    };
    let column = |name: &str| headers.iter().position(|h| h == name);
    let (Some(row), Some(name), Some(language), Some(file), Some(pages), Some(sha), Some(doc)) = (
        column("row"),
        column("name"),
        column("language"),
        column("file"),
        column("pages"),
        column("sha256"),
        column("document"),
    ) else {
        return listed;
    };
    for record in reader.records().flatten() {
        let get = |i: usize| record.get(i).unwrap_or_default().to_owned();
        let Ok(number) = get(row).parse::<usize>() else {
            continue;
        };
        listed.insert(
            number,
            Listed {
                name: get(name),
                language: get(language),
                file: get(file),
                pages: get(pages),
                sha: get(sha),
                document: get(doc),
            },
        );
    }
    listed
}

/// Whether `path` is there with SHA-256 `sha`.
fn file_intact(path: &Path, sha: &str) -> bool {
    std::fs::read(path).is_ok_and(|bytes| hex(&Sha256::digest(&bytes)) == sha)
}

/// Writes the manifest with `lines` (in row order).
fn write_manifest(path: &Path, lines: &BTreeMap<usize, String>) -> Result<()> {
    let mut text = manifest_header(true);
    for line in lines.values() {
        text.push_str(line);
    }
    output::write_all(&[(path.to_owned(), text.into_bytes())])
}

/// Starts the manifest with the rows kept and opens it for appending.
fn manifest_writer(path: &Path, kept: &BTreeMap<usize, String>) -> Result<std::fs::File> {
    write_manifest(path, kept)?;
    std::fs::OpenOptions::new()
        .append(true)
        .open(path)
        .map_err(|e| Error::io(path.display(), &e))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
