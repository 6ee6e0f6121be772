//! Rendering many documents at once: every core busy, results delivered as
//! they complete.
//!
//! [`render_stream`] takes any iterator of compositions (a roster being read,
//! a database cursor) and returns an iterator of results in completion order,
//! each tagged with the position of its input, so a caller can write files as
//! they come and keep memory flat. One [`Renderer`] serves all threads: fonts
//! and templates are loaded once.

use std::sync::Arc;
use std::sync::mpsc;

use rayon::iter::{ParallelBridge, ParallelIterator};

use gaozhi_core::{Composition, Result};

use crate::renderer::{RenderOptions, Rendered, Renderer};

/// One finished document: the position of its composition in the input,
/// and the rendered output or the error.
#[derive(Debug)]
pub struct Done {
    /// 0-based position in the input iterator.
    pub index: usize,
    /// The rendered document, or why it failed.
    pub result: Result<Rendered>,
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
    // A bounded channel keeps finished documents from piling up in memory
    // when the consumer (disk writes) is slower than the renderers.
    let (tx, rx) = mpsc::sync_channel::<Done>(rayon::current_num_threads() * 2);
    let compositions = compositions.into_iter();
    std::thread::spawn(move || {
        // `try_for_each` stops taking new work once the receiver is gone.
        let _ = compositions
            .enumerate()
            .par_bridge()
            .try_for_each(|(index, comp)| {
                let result = renderer.render(&comp, &options);
                tx.send(Done { index, result })
            });
    });
    rx.into_iter()
}
