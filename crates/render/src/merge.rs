//! Many documents in one print-ready PDF (`gaozhi batch --merge`).
//!
//! Each document is laid out on its own (so memory stays that of one
//! document) and its pages are joined into a volume that is exported once:
//! fonts are embedded once per volume, not once per document. Every
//! document starts on a new sheet; for duplex printing a blank page follows
//! a document with an odd number of pages. Cards (anything smaller than the
//! sheet) go n-up on sheets with cut marks (`sheet`), successive
//! residents' cards filling each sheet: fronts on one sheet and their backs
//! on the next, mirrored so that each back lands behind its front when the
//! sheet is turned over its long edge.

use std::sync::Arc;

use typst::ecow::EcoVec;
use typst::foundations::Smart;
use typst::layout::Abs;
use typst::model::DocumentInfo;
use typst_layout::{Page, PagedDocument};
use typst_pdf::PdfOptions;

use gaozhi_core::{Error, ErrorKind, Result};

use crate::laid::Laid;
use crate::sheet::{Grid, blank};
use crate::style::Style;

/// A volume being assembled.
#[derive(Default)]
pub struct Volume {
    pages: EcoVec<Page>,
    cards: Vec<Vec<Page>>,
    documents: usize,
    duplex: bool,
    /// The look of the documents joined (from the first): the sheet cards
    /// go on and its cut marks.
    style: Option<Arc<Style>>,
}

impl std::fmt::Debug for Volume {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Volume")
            .field("documents", &self.documents)
            .field("pages", &self.pages.len())
            .finish_non_exhaustive()
    }
}

impl Volume {
    /// An empty volume; `duplex` pads every document to an even number of
    /// pages.
    pub fn new(duplex: bool) -> Volume {
        Volume {
            duplex,
            ..Volume::default()
        }
    }

    /// Documents added so far.
    pub fn documents(&self) -> usize {
        self.documents
    }

    /// Appends a document.
    pub fn push(&mut self, laid: Laid) {
        self.documents += 1;
        let pages = laid.pages;
        let Some(first) = pages.first() else {
            return;
        };
        let size = first.frame.size();
        let style = self.style.get_or_insert(laid.style).clone();
        let (width, height) = style.sheet_mm();
        let is_card = size.x < Abs::mm(width - 1.0) || size.y < Abs::mm(height - 1.0);
        if is_card {
            if let Some(last) = self.cards.last()
                && last[0].frame.size() != size
            {
                self.flush_cards();
            }
            self.cards.push(pages);
            if self.cards.len() == Grid::new(size, &style).capacity() {
                self.flush_cards();
            }
        } else {
            self.flush_cards();
            let odd = pages.len() % 2 == 1;
            self.pages.extend(pages);
            if self.duplex && odd {
                self.pages.push(blank(size));
            }
        }
    }

    /// Pages the volume has so far (cards still waiting for a full sheet
    /// not counted).
    pub fn pages(&self) -> usize {
        self.pages.len()
    }

    /// Exports the volume as one PDF titled `title`.
    pub fn finish(mut self, title: &str) -> Result<Vec<u8>> {
        self.flush_cards();
        let info = DocumentInfo {
            title: Some(title.into()),
            date: Smart::Custom(None),
            ..DocumentInfo::default()
        };
        let document = PagedDocument::new(std::mem::take(&mut self.pages), info);
        let options = PdfOptions {
            ident: Smart::Custom(format!("gaozhi/merged/{title}")),
            creator: Smart::Custom(Some(format!("gaozhi {}", env!("CARGO_PKG_VERSION")))),
            timestamp: None,
            // Tags from separately laid-out documents do not form one
            // structure tree (their element locations belong to different
            // compiles), and keeping them would hold about a megabyte a page
            // until the volume is written: a merged volume is for the
            // printer; each document's own PDF is the accessible one.
            tagged: false,
            ..PdfOptions::default()
        };
        let pdf = typst_pdf::pdf(&document, &options).map_err(|diags| {
            let text: Vec<String> = diags.iter().map(|d| d.message.to_string()).collect();
            Error::new(
                ErrorKind::Template,
                format!("PDF export failed: {}", text.join("; ")),
            )
        })?;
        crate::viewer::display_doc_title(pdf)
    }

    /// Lays the waiting cards out on a front sheet and, when they have
    /// backs, a mirrored back sheet.
    fn flush_cards(&mut self) {
        let Some(style) = self.style.clone() else {
            return;
        };
        if self.cards.is_empty() {
            return;
        }
        let cards = std::mem::take(&mut self.cards);
        let grid = Grid::new(cards[0][0].frame.size(), &style);
        let face = |side: usize| {
            cards
                .iter()
                .enumerate()
                .filter_map(|(slot, pages)| {
                    pages.get(side).map(|p| (slot, grid.card(p.frame.clone())))
                })
                .collect::<Vec<_>>()
        };
        let number = self.pages.len() as u64 + 1;
        self.pages.push(grid.sheet(face(0), false, number));
        let backs = face(1);
        if !backs.is_empty() {
            self.pages.push(grid.sheet(backs, true, number + 1));
        } else if self.duplex {
            self.pages.push(blank(grid.sheet_size()));
        }
    }
}
