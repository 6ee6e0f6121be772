//! Roster jobs: an uploaded roster's check report and compositions (in
//! memory), then its rendering progress, then its ZIP (an unnamed file in
//! the server's private temporary directory, gone once closed). A job is
//! dropped when its ZIP is downloaded or [`crate::JOB_TTL`] after upload,
//! whichever comes first; ids are 128 random bits, so one person's job
//! cannot be guessed by another.

use std::collections::{BTreeSet, HashMap};
use std::fs::File;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Instant;

use gaozhi_core::Composition;
use gaozhi_core::roster::{Column, RowProblem};

use crate::reason::Reason;
use crate::{JOB_TTL, MAX_JOBS};

/// What checking a roster found.
#[derive(Debug, Clone, Default)]
pub(crate) struct Report {
    /// Rows that can be rendered.
    pub(crate) valid: usize,
    /// Problems, by row.
    pub(crate) problems: Vec<RowProblem>,
    /// Columns that are not record fields.
    pub(crate) ignored: Vec<String>,
    /// The record fields of the roster, each with its header as typed.
    pub(crate) columns: Vec<(Column, String)>,
}

impl Report {
    /// What is wrong in `problem`, as data: classified by the record field
    /// its column holds and the value in the cell.
    pub(crate) fn reason(&self, problem: &RowProblem) -> Reason {
        let field = self
            .columns
            .iter()
            .find(|(_, header)| *header == problem.column())
            .map_or("", |(column, _)| column.key());
        let field = match (field, problem.column()) {
            ("", "") => "",
            ("", _) => problem.column(),
            (field, _) => field,
        };
        Reason::classify(field, &problem.value, problem.cause, &problem.reason)
    }

    /// The header as typed of record field `field` (the field's name if
    /// the roster has no such column).
    pub(crate) fn header(&self, field: &str) -> String {
        self.columns
            .iter()
            .find(|(c, _)| c.key() == field)
            .map_or_else(|| field.to_owned(), |(_, h)| h.clone())
    }

    /// How many rows have a problem.
    pub(crate) fn invalid_rows(&self) -> usize {
        distinct_rows(&self.problems)
    }
}

/// How many distinct rows `problems` are about.
pub(crate) fn distinct_rows(problems: &[RowProblem]) -> usize {
    problems
        .iter()
        .map(|p| p.row())
        .collect::<BTreeSet<_>>()
        .len()
}

/// One valid row, ready to render, and where its file goes (its
/// composition kept beside it, in the job's `compositions`).
pub(crate) use gaozhi_render::plan::PlannedRow as Planned;

/// Where a job is, as a page shows it.
#[derive(Debug, Clone)]
pub(crate) enum Stage {
    /// Checked, waiting for the choice to render.
    Checked,
    /// Rendering: documents done of total.
    Rendering { done: usize, total: usize },
    /// The ZIP is ready.
    Finished { files: usize },
    /// Rendering failed as a whole.
    Failed(String),
}

enum State {
    Checked {
        plans: Vec<Planned>,
        compositions: Vec<Composition>,
    },
    Rendering {
        done: Arc<AtomicUsize>,
        total: usize,
    },
    Finished {
        zip: File,
        files: usize,
    },
    Failed(String),
}

struct Job {
    created: Instant,
    report: Report,
    state: State,
}

/// The jobs, by id.
#[derive(Default)]
pub(crate) struct Jobs(Mutex<HashMap<String, Job>>);

/// Why a job cannot start rendering.
pub(crate) enum StartError {
    /// No such job (or it expired).
    Gone,
    /// It is already rendering or done.
    Started,
}

/// What a rendering thread needs.
pub(crate) struct Work {
    pub(crate) plans: Vec<Planned>,
    pub(crate) compositions: Vec<Composition>,
    pub(crate) problems: Vec<RowProblem>,
    pub(crate) done: Arc<AtomicUsize>,
}

impl Jobs {
    /// The map, with expired jobs dropped. A poisoned lock (a panic while
    /// it was held) still holds consistent data: every change is one
    /// insert or remove.
    fn lock(&self) -> MutexGuard<'_, HashMap<String, Job>> {
        let mut map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        map.retain(|_, job| job.created.elapsed() < JOB_TTL);
        map
    }

    /// Drops expired jobs.
    pub(crate) fn sweep(&self) {
        drop(self.lock());
    }

    /// Adds a checked roster; `None` when too many jobs are held.
    pub(crate) fn insert(
        &self,
        report: Report,
        plans: Vec<Planned>,
        compositions: Vec<Composition>,
    ) -> Option<String> {
        let mut map = self.lock();
        if map.len() >= MAX_JOBS {
            return None;
        }
        let id = new_id()?;
        map.insert(
            id.clone(),
            Job {
                created: Instant::now(),
                report,
                state: State::Checked {
                    plans,
                    compositions,
                },
            },
        );
        Some(id)
    }

    /// The job's report and stage.
    pub(crate) fn view(&self, id: &str) -> Option<(Report, Stage)> {
        let map = self.lock();
        let job = map.get(id)?;
        Some((job.report.clone(), stage(&job.state)))
    }

    /// The job's stage.
    pub(crate) fn stage(&self, id: &str) -> Option<Stage> {
        self.lock().get(id).map(|job| stage(&job.state))
    }

    /// Moves a checked job to rendering and hands over its work.
    pub(crate) fn start(&self, id: &str) -> Result<Work, StartError> {
        let mut map = self.lock();
        let job = map.get_mut(id).ok_or(StartError::Gone)?;
        let State::Checked { .. } = job.state else {
            return Err(StartError::Started);
        };
        let done = Arc::new(AtomicUsize::new(0));
        let previous = std::mem::replace(
            &mut job.state,
            State::Rendering {
                done: done.clone(),
                total: 0,
            },
        );
        let State::Checked {
            plans,
            compositions,
        } = previous
        else {
            return Err(StartError::Started);
        };
        job.state = State::Rendering {
            done: done.clone(),
            total: plans.len(),
        };
        Ok(Work {
            plans,
            compositions,
            problems: job.report.problems.clone(),
            done,
        })
    }

    /// Records the end of rendering (if the job is still there).
    pub(crate) fn finish(&self, id: &str, result: Result<(File, usize), String>) {
        if let Some(job) = self.lock().get_mut(id) {
            job.state = match result {
                Ok((zip, files)) => State::Finished { zip, files },
                Err(reason) => State::Failed(reason),
            };
        }
    }

    /// The finished ZIP; the job is dropped with it.
    pub(crate) fn take_zip(&self, id: &str) -> Option<File> {
        let mut map = self.lock();
        if !matches!(map.get(id)?.state, State::Finished { .. }) {
            return None;
        }
        match map.remove(id)?.state {
            State::Finished { zip, .. } => Some(zip),
            _ => None,
        }
    }
}

fn stage(state: &State) -> Stage {
    match state {
        State::Checked { .. } => Stage::Checked,
        State::Rendering { done, total } => Stage::Rendering {
            done: done.load(Ordering::Relaxed),
            total: *total,
        },
        State::Finished { files, .. } => Stage::Finished { files: *files },
        State::Failed(reason) => Stage::Failed(reason.clone()),
    }
}

/// 128 random bits in hex.
fn new_id() -> Option<String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).ok()?;
    Some(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Returns the heap's free pages to the operating system after a roster
/// (glibc's `malloc_trim`: freed memory otherwise stays with the process);
/// does nothing on other platforms.
pub(crate) fn release_free_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases memory the allocator holds free; it
    // is safe to call at any time from any thread.
    unsafe {
        libc::malloc_trim(0);
    }
}
