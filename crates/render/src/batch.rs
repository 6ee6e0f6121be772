//! Rendering many documents at once: every core busy, results delivered as
//! they complete.
//!
//! [`render_stream`] takes any iterator of compositions (a roster being read,
//! a database cursor) and returns an iterator of results in completion order,
//! each tagged with the position of its input, so a caller can write files as
//! they come and keep memory flat. [`stream`] is the general form: it runs
//! any step (composing a record, then rendering or laying it out) on the
//! workers. One [`Renderer`] serves all threads: fonts and templates are
//! loaded once.

use std::sync::Arc;
use std::sync::mpsc;

use rayon::iter::{ParallelBridge, ParallelIterator};

use gaozhi_core::{Composition, Result};

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

/// Renders every composition on rayon's thread pool and yields each result
/// as soon as it is ready. The input is pulled lazily, a few items ahead of
/// the workers; dropping the returned iterator stops the work after the
/// documents in flight.
pub fn render_stream<I>(
    renderer: Arc<Renderer>,
    compositions: I,
    options: RenderOptions,
) -> impl Iterator<Item = Done>
where
    I: IntoIterator<Item = Composition>,
    I::IntoIter: Send + 'static,
{
    stream(compositions, move |comp| renderer.render(&comp, &options))
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
    let items = items.into_iter();
    std::thread::spawn(move || {
        let send = |(index, item)| {
            let result = work(item);
            tx.send(Done { index, result })
        };
        // Both loops stop taking new work once the receiver is gone.
        let _ = match pool {
            Ok(pool) => pool.install(|| items.enumerate().par_bridge().try_for_each(send)),
            // No threads to be had: work through the items on this one.
            Err(_) => items.enumerate().try_for_each(send),
        };
    });
    rx.into_iter()
}
