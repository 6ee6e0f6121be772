//! `gaozhi batch`: every resident of a roster, each in their own language,
//! one PDF per row, with a manifest.
//!
//! Every row is checked (record values, document, language, required
//! fields, characters no font has) before anything is rendered, and all
//! problems are reported together. Files are written atomically as they
//! complete and the manifest grows with them, so an interrupted run leaves
//! only complete files and a manifest of them; `--resume` skips rows whose
//! file the manifest already lists with a matching checksum.

use std::collections::{BTreeMap, HashSet};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use sha2::{Digest, Sha256};

use gaozhi_core::roster::{self, Encoding, RowProblem, file_name};
use gaozhi_core::values::Date;
use gaozhi_core::{
    Composition, DocumentSpec, Error, Layout, Office, Request, Result, Tag, compose,
};
use gaozhi_render::batch::stream_grouped;
use gaozhi_render::merge::Volume;
use gaozhi_render::rows::{RowSettings, check_row};
use gaozhi_render::{Laid, RenderOptions, Renderer};

use crate::args::{BatchArgs, EncodingArg};
use crate::cmd::{Engine, LocalesRef, find_document, parse_lang};
use crate::output;

/// One row that passed validation, ready to render.
struct Planned {
    row: usize,
    /// Index into the roster's rows.
    entry: usize,
    document: &'static DocumentSpec,
    name: String,
    language: String,
    file: String,
}

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

fn work_of(plans: &[Planned]) -> Vec<Work> {
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
    let ext = args
        .roster
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let encoding = match args.encoding {
        EncodingArg::Auto => Encoding::Detect,
        EncodingArg::Utf8 => Encoding::Utf8,
        EncodingArg::Gb18030 => Encoding::Gb18030,
    };
    let roster_name = args.roster.display().to_string();
    let roster = match ext.as_deref() {
        Some("csv") => roster::read_csv(&args.roster, encoding)?,
        Some("xlsx" | "xlsm" | "xls" | "ods") => {
            roster::read_workbook(&args.roster, args.worksheet.as_deref())?
        }
        _ => {
            return Err(
                Error::usage("rosters are CSV (.csv) or spreadsheets (.xlsx, .xls, .ods)")
                    .in_file(args.roster.display()),
            );
        }
    };
    if !roster.ignored_columns.is_empty() {
        crate::warn(&format!(
            "{roster_name}: ignoring columns that are not record fields: {} (see `gaozhi list --fields`)",
            roster.ignored_columns.join(", ")
        ));
    }
    let engine = Engine::new(&args.engine)?;
    let mut problems: Vec<RowProblem> = roster.problems.clone();
    let today = Date::today();

    // Compose every valid row and check what only composing can tell.
    let mut plans = Vec::new();
    let mut names = HashSet::new();
    let settings = RowSettings {
        document: default_doc,
        language: lang.as_ref(),
        office: &office,
        today,
        allow_missing_glyphs: args.engine.allow_missing_glyphs,
    };
    for (index, entry) in roster.rows.iter().enumerate() {
        let checked = match check_row(&engine.renderer, &engine.locales, &roster, entry, &settings)
        {
            Ok(checked) => checked,
            Err(problem) => {
                problems.push(problem);
                continue;
            }
        };
        for w in checked.warnings {
            crate::warn(&format!("{roster_name}:{}: {w}", entry.row));
        }
        let (doc, comp) = (checked.document, checked.composition);
        let file = file_name(
            &args.name,
            entry.row,
            &entry.resident.name,
            doc.id,
            comp.resident_lang.as_str(),
        )?;
        if args.merge.is_none() && !names.insert(file.clone()) {
            return Err(Error::usage(format!(
                "--name gives two rows the same file name `{file}`; add {{row}} to it"
            )));
        }
        plans.push(Planned {
            row: entry.row,
            entry: index,
            document: doc,
            name: entry.resident.name.clone(),
            language: comp.resident_lang.to_string(),
            file,
        });
    }

    problems.sort_by_key(|p| p.row);
    if !problems.is_empty() {
        for p in &problems {
            let value = if p.value.is_empty() {
                String::new()
            } else {
                format!(" `{}`", p.value)
            };
            eprintln!(
                "{roster_name}: row {}, column {}{value}: {}",
                p.row, p.column, p.reason
            );
        }
        if !args.skip_invalid {
            return Err(Error::invalid(format!(
                "{} problem(s) in {} row(s); nothing was rendered (fix them, or pass --skip-invalid)",
                problems.len(),
                problems.iter().map(|p| p.row).collect::<HashSet<_>>().len()
            )));
        }
        write_rejected(&args.output.join("rejected.csv"), &problems)?;
    }

    std::fs::create_dir_all(&args.output).map_err(|e| Error::io(args.output.display(), &e))?;
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
    fn separate(&self, plans: Vec<Planned>) -> Result<Outcome> {
        let args = self.args;
        let manifest_path = args.output.join("manifest.csv");
        let mut done: BTreeMap<usize, String> = if args.resume {
            previous_manifest(&manifest_path, &args.output)
        } else {
            BTreeMap::new()
        };
        let mut manifest = manifest_writer(&manifest_path, &done)?;
        let todo: Vec<Planned> = plans
            .into_iter()
            .filter(|p| !done.contains_key(&p.row))
            .collect();
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
                    let bytes = &rendered.files[0];
                    let path = args.output.join(&plan.file);
                    output::write_all(&[(path, bytes.clone())])?;
                    let line = manifest_line(
                        plan,
                        &plan.file,
                        rendered.pages,
                        &hex(&Sha256::digest(bytes)),
                    );
                    manifest
                        .write_all(line.as_bytes())
                        .and_then(|()| manifest.flush())
                        .map_err(|e| Error::io(manifest_path.display(), &e))?;
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
        let mut sorted = String::from(MANIFEST_HEADER);
        for line in done.values() {
            sorted.push_str(line);
        }
        output::write_all(&[(manifest_path, sorted.into_bytes())])?;
        Ok(Outcome {
            rendered: done.len() - skipped,
            skipped,
            failures,
            written_to: args.output.display().to_string(),
        })
    }

    /// Every row in one print-ready PDF, in roster order, split into volumes
    /// of `--volume-size` documents.
    fn merged(&self, plans: Vec<Planned>, path: &Path) -> Result<Outcome> {
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
        let title = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let (context, renderer) = (self.context.clone(), self.renderer.clone());
        let allow = args.engine.allow_missing_glyphs;
        let progress = progress_bar(plans.len());
        let mut manifest = String::from(MANIFEST_HEADER);
        let mut pending_lines: Vec<(usize, usize)> = Vec::new();
        let mut volume = Volume::new(args.duplex);
        let mut volume_no = 1;
        let mut waiting: BTreeMap<usize, Result<Laid>> = BTreeMap::new();
        let mut next = 0usize;
        let mut failures = 0usize;
        let write_volume = |volume: Volume,
                            number: usize,
                            lines: &mut Vec<(usize, usize)>,
                            manifest: &mut String|
         -> Result<()> {
            let file = volume_path(number);
            let bytes = volume.finish(&if volumes == 1 {
                title.clone()
            } else {
                format!("{title} ({number}/{volumes})")
            })?;
            let sha = hex(&Sha256::digest(&bytes));
            output::write_all(&[(file.clone(), bytes)])?;
            let name = file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            for (plan, pages) in lines.drain(..) {
                manifest.push_str(&manifest_line(&plans[plan], &name, pages, &sha));
            }
            crate::memory::release_free();
            Ok(())
        };
        for finished in stream_grouped(work_of(&plans), alike, move |rows| {
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
                                    self.roster_name, plans[next].row
                                ))
                            });
                        }
                        pending_lines.push((next, laid.pages()));
                        volume.push(laid);
                        if volume.documents() == volume_size {
                            let full = std::mem::replace(&mut volume, Volume::new(args.duplex));
                            write_volume(full, volume_no, &mut pending_lines, &mut manifest)?;
                            volume_no += 1;
                        }
                    }
                    Err(e) => {
                        failures += 1;
                        progress.suspend(|| {
                            eprintln!("{}: row {}: {e}", self.roster_name, plans[next].row)
                        });
                    }
                }
                next += 1;
            }
        }
        progress.finish_and_clear();
        if volume.documents() > 0 || volume_no == 1 {
            write_volume(volume, volume_no, &mut pending_lines, &mut manifest)?;
        }
        output::write_all(&[(args.output.join("manifest.csv"), manifest.into_bytes())])?;
        Ok(Outcome {
            rendered: plans.len() - failures,
            skipped: 0,
            failures,
            written_to: volume_path(1).display().to_string(),
        })
    }
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

const MANIFEST_HEADER: &str = "row,name,language,file,pages,sha256\n";

fn manifest_line(plan: &Planned, file: &str, pages: usize, sha: &str) -> String {
    format!(
        "{},{},{},{},{pages},{sha}\n",
        plan.row,
        csv_field(&plan.name),
        plan.language,
        csv_field(file)
    )
}

/// Rows the manifest already lists whose file is there with the same hash.
fn previous_manifest(path: &Path, dir: &Path) -> BTreeMap<usize, String> {
    let mut done = BTreeMap::new();
    let Ok(text) = std::fs::read_to_string(path) else {
        return done;
    };
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    for record in reader.records().flatten() {
        let (Some(row), Some(file), Some(sha)) = (record.get(0), record.get(3), record.get(5))
        else {
            continue;
        };
        let Ok(row) = row.parse::<usize>() else {
            continue;
        };
        let Ok(bytes) = std::fs::read(dir.join(file)) else {
            continue;
        };
        if hex(&Sha256::digest(&bytes)) == sha {
            let fields: Vec<String> = record.iter().map(csv_field).collect();
            done.insert(row, format!("{}\n", fields.join(",")));
        }
    }
    done
}

/// Opens the manifest for appending, starting it with the rows kept.
fn manifest_writer(path: &Path, kept: &BTreeMap<usize, String>) -> Result<std::fs::File> {
    let mut text = String::from(MANIFEST_HEADER);
    for line in kept.values() {
        text.push_str(line);
    }
    output::write_all(&[(path.to_owned(), text.into_bytes())])?;
    std::fs::OpenOptions::new()
        .append(true)
        .open(path)
        .map_err(|e| Error::io(path.display(), &e))
}

fn write_rejected(path: &Path, problems: &[RowProblem]) -> Result<()> {
    let mut text = String::from("row,column,value,reason\n");
    for p in problems {
        text.push_str(&format!(
            "{},{},{},{}\n",
            p.row,
            csv_field(&p.column),
            csv_field(&p.value),
            csv_field(&p.reason)
        ));
    }
    output::write_all(&[(path.to_owned(), text.into_bytes())])
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
