//! Rendering many documents at once: every core busy, results delivered as
//! they complete.
//!
//! [`render_stream`] takes any iterator of compositions (a roster being read,
//! a database cursor) and returns an iterator of results in completion order,
//! each tagged with the position of its input, so a caller can write files as
//! they come and keep memory flat. [`stream`] and [`stream_grouped`] are the
//! general forms: they run any step (composing a record, then rendering or
//! laying it out) on the workers, one item or one chunk of alike items at a
//! time. One [`Renderer`] serves all threads: fonts and templates are
//! loaded once.

use std::sync::Arc;
use std::sync::mpsc;

use rayon::iter::{ParallelBridge, ParallelIterator};

use gaozhi_core::{Composition, Error, ErrorKind, Result};

use crate::renderer::{RenderOptions, Rendered, Renderer};

/// One finished item: the position of its input, and the output or the
/// error.
#[derive(Debug)]
pub struct Done<T = Rendered> {
    /// 0-based position in the input iterator.
    pub index: usize,
    /// The output, or why it failed.
    pub result: Result<T>,
}

/// How many documents one worker sets in one Typst compile. Documents of
/// the same template and language share much of their layout, which Typst
/// reuses within a compile and, through its cache, in the next compiles
/// (the data file the `World` serves). On 1,000 mixed rows (release, 2 cores), chunks
/// of 16 gave 47.5 documents/s at 143 MB; 8 gave 37.7, and 32 gave 41–44
/// at 217 MB; with the cache shared between residents, 32 was slower again
/// and held 445 MB.
pub const CHUNK: usize = 16;

/// How many items are read ahead to group alike ones into chunks: enough
/// for each language of a mixed roster to fill several chunks in a row, so
/// the workers set one template and language after another and Typst's
/// cache serves the next chunk. On 1,000 rows in nine languages, a window of
/// 1,024 rows took 21% less time than one of 128.
pub const WINDOW: usize = 64 * CHUNK;

/// Renders every composition on rayon's thread pool and yields each result
/// as soon as it is ready. The input is read a window at a time and alike
/// compositions (same template and languages) are rendered together in
/// chunks; dropping the returned iterator stops the work after the chunks
/// in flight.
pub fn render_stream<I>(
    renderer: Arc<Renderer>,
    compositions: I,
    options: RenderOptions,
) -> impl Iterator<Item = Done>
where
    I: IntoIterator<Item = Composition>,
    I::IntoIter: Send + 'static,
{
    stream_grouped(
        compositions,
        |comp: &Composition| {
            let langs: Vec<String> = comp.langs.iter().map(|l| l.as_str().to_owned()).collect();
            (comp.document.template, langs)
        },
        move |comps| renderer.render_many(&comps, &options),
    )
}

/// Runs `work` on every item on rayon's thread pool and yields each result
/// as soon as it is ready, tagged with the item's position. Items are pulled
/// lazily and at most a few finished results wait for the consumer, so
/// memory stays flat however long the input.
pub fn stream<I, T, F>(items: I, work: F) -> impl Iterator<Item = Done<T>>
where
    I: IntoIterator,
    I::IntoIter: Send + 'static,
    I::Item: Send,
    T: Send + 'static,
    F: Fn(I::Item) -> Result<T> + Send + Sync + 'static,
{
    let chunks = items.into_iter().enumerate().map(|item| vec![item]);
    run(chunks, move |items| items.into_iter().map(&work).collect())
}

/// Like [`stream`], but `work` takes a chunk of up to [`CHUNK`] items with
/// the same `key` and returns one result for each, in order. Items are
/// read [`WINDOW`] at a time and grouped by key within the window, so the
/// input is still streamed; results come back tagged with each item's
/// position in the input.
pub fn stream_grouped<I, K, T, G, F>(items: I, key: G, work: F) -> impl Iterator<Item = Done<T>>
where
    I: IntoIterator,
    I::IntoIter: Send + 'static,
    I::Item: Send + 'static,
    K: Ord + 'static,
    G: Fn(&I::Item) -> K + Send + 'static,
    T: Send + 'static,
    F: Fn(Vec<I::Item>) -> Vec<Result<T>> + Send + Sync + 'static,
{
    let mut items = items.into_iter().enumerate();
    let mut ready: std::collections::VecDeque<Vec<(usize, I::Item)>> = Default::default();
    let chunks = std::iter::from_fn(move || {
        if ready.is_empty() {
            let mut window: Vec<(K, (usize, I::Item))> = items
                .by_ref()
                .take(WINDOW)
                .map(|(i, item)| (key(&item), (i, item)))
                .collect();
            // Stable: alike items keep their input order.
            window.sort_by(|a, b| a.0.cmp(&b.0));
            let mut chunk: Vec<(usize, I::Item)> = Vec::new();
            let mut last: Option<K> = None;
            for (k, item) in window {
                if chunk.len() == CHUNK || last.as_ref().is_some_and(|l| *l != k) {
                    ready.push_back(std::mem::take(&mut chunk));
                }
                chunk.push(item);
                last = Some(k);
            }
            if !chunk.is_empty() {
                ready.push_back(chunk);
            }
        }
        ready.pop_front()
    });
    run(chunks, work)
}

/// The consumer of a stream has stopped listening.
struct Hangup;

/// Hands each chunk to a worker and sends every item's result on as a
/// [`Done`].
fn run<C, X, T, F>(chunks: C, work: F) -> impl Iterator<Item = Done<T>>
where
    C: Iterator<Item = Vec<(usize, X)>> + Send + 'static,
    X: Send,
    T: Send + 'static,
    F: Fn(Vec<X>) -> Vec<Result<T>> + Send + Sync + 'static,
{
    // The workers get a pool of their own. PDF export (krilla) hands its
    // compression to rayon's global pool and waits for it; if the workers
    // were that pool, a consumer exporting a merged volume while every
    // worker waits for room in the channel would wait forever.
    let pool = rayon::ThreadPoolBuilder::new()
        .thread_name(|i| format!("gaozhi-render-{i}"))
        .build();
    // A bounded channel keeps finished documents from piling up in memory
    // when the consumer (disk writes, volume export) is slower than the
    // renderers.
    let threads = pool.as_ref().map_or(1, |p| p.current_num_threads());
    let (tx, rx) = mpsc::sync_channel::<Done<T>>(threads * 2);
    std::thread::spawn(move || {
        let send = |chunk: Vec<(usize, X)>| {
            let (indices, items): (Vec<usize>, Vec<X>) = chunk.into_iter().unzip();
            let mut results = work(items).into_iter();
            for index in indices {
                let result = results.next().unwrap_or_else(|| {
                    Err(Error::new(
                        ErrorKind::Template,
                        "the batch step gave no result",
                    ))
                });
                // The receiver is gone: stop (the undelivered result is
                // of no use to anyone).
                tx.send(Done { index, result }).map_err(|_| Hangup)?;
            }
            Ok::<(), Hangup>(())
        };
        // Both loops stop taking new work once the receiver is gone.
        let _ = match pool {
            Ok(pool) => pool.install(|| chunks.par_bridge().try_for_each(send)),
            // No threads to be had: work through the chunks on this one.
            Err(_) => chunks.into_iter().try_for_each(send),
        };
    });
    rx.into_iter()
}
