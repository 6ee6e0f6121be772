//! Many documents in one print-ready PDF (`gaozhi batch --merge`).
//!
//! Each document is laid out on its own (so memory stays that of one
//! document) and its pages are joined into a volume that is exported once:
//! fonts are embedded once per volume, not once per document. Every
//! document starts on a new sheet; for duplex printing a blank page follows
//! a document with an odd number of pages. Cards (anything smaller than A4)
//! are laid out n-up on A4 sheets with cut marks, fronts on one sheet and
//! their backs on the next, mirrored so that each back lands behind its
//! front when the sheet is turned over its long edge.

use std::sync::Arc;

use typst::ecow::EcoVec;
use typst::foundations::Smart;
use typst::layout::{Abs, Frame, FrameItem, GroupItem, Point, Sides, Size};
use typst::model::DocumentInfo;
use typst::syntax::Span;
use typst::visualize::{Color, FixedStroke, Geometry};
use typst_layout::{Page, PagedDocument};
use typst_pdf::PdfOptions;

use gaozhi_core::{Error, ErrorKind, Result};

use crate::renderer::Laid;
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
        let sheet = style.sheet_mm();
        let is_card = size.x < mm(sheet.0 - 1.0) || size.y < mm(sheet.1 - 1.0);
        if is_card {
            if let Some(last) = self.cards.last()
                && last[0].frame.size() != size
            {
                self.flush_cards();
            }
            self.cards.push(pages);
            if self.cards.len() == Grid::for_card(size, &style).capacity() {
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
        let size = cards[0][0].frame.size();
        let grid = Grid::for_card(size, &style);
        let fronts: Vec<(usize, Frame)> = cards
            .iter()
            .enumerate()
            .map(|(i, pages)| (i, pages[0].frame.clone()))
            .collect();
        self.pages.push(grid.sheet(fronts, false));
        let backs: Vec<(usize, Frame)> = cards
            .iter()
            .enumerate()
            .filter_map(|(i, pages)| pages.get(1).map(|p| (i, p.frame.clone())))
            .collect();
        if !backs.is_empty() {
            self.pages.push(grid.sheet(backs, true));
        } else if self.duplex {
            self.pages.push(blank(grid.sheet));
        }
    }
}

/// How cards of one size sit on an A4 sheet.
struct Grid {
    sheet: Size,
    mark: Abs,
    card: Size,
    cols: usize,
    rows: usize,
    origin: Point,
}

impl Grid {
    fn for_card(card: Size, style: &Style) -> Grid {
        let sheet = style.sheet_mm();
        let sheet = Size::new(mm(sheet.0), mm(sheet.1));
        let fit = |room: Abs, len: Abs| ((room / len).floor() as usize).max(1);
        let cols = fit(sheet.x, card.x);
        let rows = fit(sheet.y, card.y);
        let used = Size::new(card.x * cols as f64, card.y * rows as f64);
        Grid {
            sheet,
            mark: mm(style.sheet.mark_mm),
            card,
            cols,
            rows,
            origin: Point::new((sheet.x - used.x) / 2.0, (sheet.y - used.y) / 2.0),
        }
    }

    fn capacity(&self) -> usize {
        self.cols * self.rows
    }

    /// One A4 sheet with the cards at their slots (mirrored columns for
    /// backs) and cut marks in the margins.
    fn sheet(&self, cards: Vec<(usize, Frame)>, mirrored: bool) -> Page {
        let sheet = self.sheet;
        let mut frame = Frame::hard(sheet);
        for (slot, card) in cards {
            let (row, col) = (slot / self.cols, slot % self.cols);
            let col = if mirrored { self.cols - 1 - col } else { col };
            let at = Point::new(
                self.origin.x + self.card.x * col as f64,
                self.origin.y + self.card.y * row as f64,
            );
            frame.push_frame(at, card);
        }
        let stroke = FixedStroke::from_pair(Color::BLACK, Abs::pt(0.3));
        let mark = |frame: &mut Frame, from: Point, delta: Point| {
            frame.push(
                from,
                FrameItem::Shape(
                    Geometry::Line(delta).stroked(stroke.clone()),
                    Span::detached(),
                ),
            );
        };
        let len = self.mark;
        let (left, top) = (self.origin.x, self.origin.y);
        let right = left + self.card.x * self.cols as f64;
        let bottom = top + self.card.y * self.rows as f64;
        // Marks sit in the margin where there is one, else just inside the
        // sheet's edge.
        let outside = |edge: Abs| if edge >= len { edge - len } else { Abs::zero() };
        for c in 0..=self.cols {
            let x = left + self.card.x * c as f64;
            mark(&mut frame, Point::new(x, outside(top)), Point::with_y(len));
            let below = if sheet.y - bottom >= len {
                bottom
            } else {
                sheet.y - len
            };
            mark(&mut frame, Point::new(x, below), Point::with_y(len));
        }
        for r in 0..=self.rows {
            let y = top + self.card.y * r as f64;
            mark(&mut frame, Point::new(outside(left), y), Point::with_x(len));
            let beyond = if sheet.x - right >= len {
                right
            } else {
                sheet.x - len
            };
            mark(&mut frame, Point::new(beyond, y), Point::with_x(len));
        }
        page(frame)
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
fn without_tags(frame: &Frame) -> Frame {
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

fn mm(v: f64) -> Abs {
    Abs::mm(v)
}

fn page(frame: Frame) -> Page {
    Page {
        frame,
        bleed: Sides::splat(Abs::zero()),
        fill: Smart::Auto,
        numbering: None,
        supplement: Default::default(),
        number: 1,
    }
}

fn blank(size: Size) -> Page {
    page(Frame::hard(size))
}
