//! A document laid out but not exported ([`Laid`]), as a merged volume
//! takes it: its pages without their introspection tags, and the look it was
//! set in. The renderer makes them, [`crate::merge`] joins them; neither
//! depends on the other.

use std::sync::Arc;

use typst::layout::{Frame, FrameItem, GroupItem};
use typst_layout::{Page, PagedDocument};

use crate::style::Style;

/// A document laid out but not exported, to be joined with others into one
/// PDF (see [`crate::merge::Volume`]).
pub struct Laid {
    /// The pages, without introspection tags (see [`untagged`]).
    pub(crate) pages: Vec<Page>,
    /// The look it was set in: the sheet its cards go on.
    pub(crate) style: Arc<Style>,
    /// Warnings for the user, as for [`crate::Rendered::warnings`].
    pub warnings: Vec<String>,
}

impl std::fmt::Debug for Laid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Laid")
            .field("pages", &self.pages())
            .finish_non_exhaustive()
    }
}

impl Laid {
    /// Number of pages.
    pub fn pages(&self) -> usize {
        self.pages.len()
    }
}

/// A document's pages without their introspection tags, for a volume.
/// The tags hold the document's whole content tree (about a megabyte a
/// page); a volume is exported untagged and needs none of it, so workers
/// drop them before a document waits for its turn in the volume.
pub(crate) fn untagged(document: &PagedDocument) -> Vec<Page> {
    document
        .pages()
        .iter()
        .map(|page| Page {
            frame: without_tags(&page.frame),
            ..page.clone()
        })
        .collect()
}

/// A copy of `frame` with every introspection tag left out, groups
/// included.
pub(crate) fn without_tags(frame: &Frame) -> Frame {
    let mut out = Frame::new(frame.size(), frame.kind());
    if frame.has_baseline() {
        out.set_baseline(frame.baseline());
    }
    for (pos, item) in frame.items() {
        let item = match item {
            FrameItem::Tag(_) => continue,
            FrameItem::Group(group) => FrameItem::Group(GroupItem {
                frame: without_tags(&group.frame),
                ..group.clone()
            }),
            other => other.clone(),
        };
        out.push(*pos, item);
    }
    out
}
