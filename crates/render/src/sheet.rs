//! Cards n-up on A4 sheets with cut marks: the one layout of cards on sheets,
//! for `--sheet` (copies of one card) and for merged volumes
//! (successive residents' cards, [`crate::merge::Volume`]).
//!
//! The templates set a card once, each face a page of the card's own size
//! (its edge is the trim). Here as many cards as fit go on a sheet, centred,
//! fronts on one sheet and their backs on the next, mirrored (columns
//! reversed) so that each back lands behind its front when the sheet is
//! turned over its long edge. The sheet, the card sizes and the marks are
//! those of the templates' `style.toml` ([`crate::style`]).
//!
//! Cut marks: where the cards leave a margin round them (business cards,
//! ten to a sheet), a short mark at every cut outside the trim, clear of it.
//! Where they fill the sheet (A6, four to A4), each cut between cards gets a
//! mark running in from the sheet's edge far enough to clear the margin an
//! office printer cannot print, and a cross where cuts meet; the marks lie
//! on the cut lines, inside the cards' own inset, never on text.
//!
//! In a tagged PDF (`--sheet` with PDF/UA) the first copy of each face is
//! the card a screen reader reads; the other copies and the marks are
//! artifacts, as the marks of a printed sheet are no part of the document.

use typst::foundations::{Content, NativeElement, Smart};
use typst::introspection::{Location, Tag, TagFlags};
use typst::layout::{Abs, Frame, FrameItem, GroupItem, Point, Sides, Size};
use typst::pdf::{ArtifactElem, ArtifactKind};
use typst::syntax::Span;
use typst::visualize::{Color, Curve, FixedStroke, Geometry};
use typst_layout::{Page, PagedDocument};

use crate::laid::without_tags;
use crate::style::Style;

/// How cards of one size sit on an A4 sheet, and the sheet's cut marks.
pub(crate) struct Grid {
    sheet: Size,
    card: Size,
    cols: usize,
    rows: usize,
    /// The top left corner of the first card.
    origin: Point,
    /// The cut marks, drawn on every sheet.
    marks: Frame,
}

impl Grid {
    /// As many cards of size `card` as fit on the sheet of `style`, centred.
    pub(crate) fn new(card: Size, style: &Style) -> Grid {
        let (width, height) = style.sheet_mm();
        let sheet = Size::new(Abs::mm(width), Abs::mm(height));
        let fit = |room: Abs, len: Abs| ((room / len).floor() as usize).max(1);
        let cols = fit(sheet.x, card.x);
        let rows = fit(sheet.y, card.y);
        let used = Size::new(card.x * cols as f64, card.y * rows as f64);
        let mut grid = Grid {
            sheet,
            card,
            cols,
            rows,
            origin: Point::new((sheet.x - used.x) / 2.0, (sheet.y - used.y) / 2.0),
            marks: Frame::soft(sheet),
        };
        grid.marks = grid.cut_marks(style);
        grid
    }

    /// Cards to a sheet.
    pub(crate) fn capacity(&self) -> usize {
        self.cols * self.rows
    }

    /// The size of a sheet.
    pub(crate) fn sheet_size(&self) -> Size {
        self.sheet
    }

    /// Sheet number `number` of a PDF: the cut marks, and `cards` at their
    /// slots (counted row by row from the top left; columns reversed for
    /// backs, `mirrored`), each clipped to the card's size.
    pub(crate) fn sheet(
        &self,
        cards: impl IntoIterator<Item = (usize, FrameItem)>,
        mirrored: bool,
        number: u64,
    ) -> Page {
        let mut frame = Frame::hard(self.sheet);
        push_artifact(
            &mut frame,
            Point::zero(),
            FrameItem::Group(GroupItem::new(self.marks.clone())),
            ArtifactKind::Page,
            ("cut marks", number, 0),
        );
        for (slot, card) in cards {
            let (row, col) = (slot / self.cols, slot % self.cols);
            let col = if mirrored { self.cols - 1 - col } else { col };
            let at = Point::new(
                self.origin.x + self.card.x * col as f64,
                self.origin.y + self.card.y * row as f64,
            );
            frame.push(at, card);
        }
        page(frame, number)
    }

    /// A card's face for a slot: its page's frame, clipped to the card.
    pub(crate) fn card(&self, face: Frame) -> FrameItem {
        let mut group = GroupItem::new(face);
        group.clip = Some(Curve::rect(self.card));
        FrameItem::Group(group)
    }

    /// The cut marks of a sheet, as a frame of the sheet's size.
    fn cut_marks(&self, style: &Style) -> Frame {
        let mark = Abs::mm(style.sheet.mark_mm);
        let gap = Abs::mm(style.sheet.mark_gap_mm);
        let reach = Abs::mm(style.sheet.mark_reach_mm);
        let stroke = FixedStroke::from_pair(Color::BLACK, Abs::pt(style.sheet.mark_stroke_pt));
        let mut frame = Frame::soft(self.sheet);
        let mut line = |from: Point, delta: Point| {
            frame.push(
                from,
                FrameItem::Shape(
                    Geometry::Line(delta).stroked(stroke.clone()),
                    Span::detached(),
                ),
            );
        };
        let down = |len: Abs| Point::with_y(len);
        let across = |len: Abs| Point::with_x(len);
        let (x0, y0) = (self.origin.x, self.origin.y);
        let (w, h) = (self.card.x, self.card.y);
        let (cols, rows) = (self.cols, self.rows);
        let x = |c: usize| x0 + w * c as f64;
        let y = |r: usize| y0 + h * r as f64;
        if x0 < gap + mark || y0 < gap + mark {
            // No room outside the trim: the cuts between cards, marked from
            // the sheet's edges, and a cross where they meet.
            for c in 1..cols {
                line(Point::new(x(c), Abs::zero()), down(reach));
                line(Point::new(x(c), self.sheet.y - reach), down(reach));
            }
            for r in 1..rows {
                line(Point::new(Abs::zero(), y(r)), across(reach));
                line(Point::new(self.sheet.x - reach, y(r)), across(reach));
            }
            for c in 1..cols {
                for r in 1..rows {
                    line(Point::new(x(c) - mark / 2.0, y(r)), across(mark));
                    line(Point::new(x(c), y(r) - mark / 2.0), down(mark));
                }
            }
        } else {
            // A mark at every cut, outside the trim and clear of it.
            for c in 0..=cols {
                line(Point::new(x(c), y0 - gap - mark), down(mark));
                line(Point::new(x(c), y(rows) + gap), down(mark));
            }
            for r in 0..=rows {
                line(Point::new(x0 - gap - mark, y(r)), across(mark));
                line(Point::new(x(cols) + gap, y(r)), across(mark));
            }
        }
        frame
    }
}

/// A card laid out alone (each face a page) as sheets of copies: each face
/// fills a sheet of its own, backs mirrored. The first copy of each face
/// keeps its tags (the card a screen reader reads); the other copies are
/// artifacts.
pub(crate) fn impose(mut document: PagedDocument, style: &Style) -> PagedDocument {
    let info = document.info_mut().clone();
    let sheets = document
        .pages()
        .iter()
        .enumerate()
        .map(|(face, page)| {
            let grid = Grid::new(page.frame.size(), style);
            let number = face as u64 + 1;
            let copy = without_tags(&page.frame);
            let cards = (0..grid.capacity()).map(|slot| {
                if slot == 0 {
                    return (slot, grid.card(page.frame.clone()));
                }
                let mut artifact = Frame::soft(grid.card);
                push_artifact(
                    &mut artifact,
                    Point::zero(),
                    grid.card(copy.clone()),
                    ArtifactKind::PaginationOther,
                    ("copy", number, slot),
                );
                (slot, FrameItem::Group(GroupItem::new(artifact)))
            });
            grid.sheet(cards, face % 2 == 1, number)
        })
        .collect();
    PagedDocument::new(sheets, info)
}

/// Pushes `item` at `at` as an artifact of `kind` in a tagged PDF (a mark or
/// a copy, no part of the document's text), identified by `key`, unique in
/// the document. An untagged export ignores the tags.
fn push_artifact(
    frame: &mut Frame,
    at: Point,
    item: FrameItem,
    kind: ArtifactKind,
    key: (&str, u64, usize),
) {
    let hash = typst::utils::hash128(&("gaozhi sheet artifact", key));
    let location = Location::new(hash);
    let elem = ArtifactElem::new(Content::empty())
        .with_kind(kind)
        .pack()
        .located(location);
    // Tagged (for the PDF's structure), not introspectable: nothing queries
    // them, and the document's introspector is built without them.
    let flags = TagFlags {
        introspectable: false,
        tagged: true,
    };
    frame.push(Point::zero(), FrameItem::Tag(Tag::Start(elem, flags)));
    frame.push(at, item);
    frame.push(
        Point::zero(),
        FrameItem::Tag(Tag::End(location, hash, flags)),
    );
}

/// A page of the volume or sheet PDF holding `frame`.
pub(crate) fn page(frame: Frame, number: u64) -> Page {
    Page {
        frame,
        bleed: Sides::splat(Abs::zero()),
        fill: Smart::Auto,
        numbering: None,
        supplement: Content::empty(),
        number,
    }
}

/// An empty page of `size`.
pub(crate) fn blank(size: Size) -> Page {
    page(Frame::hard(size), 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The marks of a grid as (start, end) points in millimetres.
    fn marks(grid: &Grid) -> Vec<((f64, f64), (f64, f64))> {
        grid.marks
            .items()
            .filter_map(|(at, item)| match item {
                FrameItem::Shape(shape, _) => match shape.geometry {
                    Geometry::Line(delta) => Some((
                        (at.x.to_mm(), at.y.to_mm()),
                        ((at.x + delta.x).to_mm(), (at.y + delta.y).to_mm()),
                    )),
                    _ => None,
                },
                _ => None,
            })
            .collect()
    }

    fn card(style: &Style, w: f64, h: f64) -> Grid {
        Grid::new(Size::new(Abs::mm(w), Abs::mm(h)), style)
    }

    #[test]
    fn business_cards_have_marks_at_every_cut_clear_of_the_trim() {
        let style = Style::embedded().unwrap();
        let grid = card(&style, 90.0, 54.0);
        assert_eq!((grid.cols, grid.rows), (2, 5));
        let found = marks(&grid);
        // Top and bottom of three vertical cuts, left and right of six
        // horizontal ones.
        assert_eq!(found.len(), 2 * 3 + 2 * 6);
        // The cards take 15..195 × 13.5..283.5 mm; every mark stays 1.5 mm
        // clear of that.
        let eps = 1e-9;
        for ((x0, y0), (x1, y1)) in found {
            let (xa, xb) = (x0.min(x1), x0.max(x1));
            let (ya, yb) = (y0.min(y1), y0.max(y1));
            let clear = xb <= 15.0 - 1.5 + eps
                || xa >= 195.0 + 1.5 - eps
                || yb <= 13.5 - 1.5 + eps
                || ya >= 283.5 + 1.5 - eps;
            assert!(clear, "mark {x0},{y0} → {x1},{y1} is on the cards");
        }
    }

    #[test]
    fn a6_cards_are_marked_from_the_sheet_s_edges_and_crossed_where_cuts_meet() {
        let style = Style::embedded().unwrap();
        let grid = card(&style, 105.0, 148.0);
        assert_eq!((grid.cols, grid.rows), (2, 2));
        let found = marks(&grid);
        let close = |a: f64, b: f64| (a - b).abs() < 1e-6;
        let has = |(x0, y0): (f64, f64), (x1, y1): (f64, f64)| {
            found.iter().any(|&((a, b), (c, d))| {
                close(a, x0) && close(b, y0) && close(c, x1) && close(d, y1)
            })
        };
        // The vertical cut at 105 mm, from the top and bottom edges.
        assert!(has((105.0, 0.0), (105.0, 9.0)));
        assert!(has((105.0, 288.0), (105.0, 297.0)));
        // The horizontal cut at 148.5 mm, from the left and right edges.
        assert!(has((0.0, 148.5), (9.0, 148.5)));
        assert!(has((201.0, 148.5), (210.0, 148.5)));
        // A cross 4 mm wide where the cuts meet; nothing else.
        assert!(has((103.0, 148.5), (107.0, 148.5)));
        assert!(has((105.0, 146.5), (105.0, 150.5)));
        assert_eq!(found.len(), 6);
    }

    #[test]
    fn backs_are_mirrored_so_each_lands_behind_its_front() {
        let style = Style::embedded().unwrap();
        let grid = card(&style, 90.0, 54.0);
        let slot_x = |page: &Page| -> Vec<f64> {
            page.frame
                .items()
                .filter(|(_, item)| matches!(item, FrameItem::Group(g) if g.clip.is_some()))
                .map(|(at, _)| at.x.to_mm())
                .collect()
        };
        let face = || grid.card(Frame::hard(grid.card));
        let front = grid.sheet([(0, face()), (1, face())], false, 1);
        let back = grid.sheet([(0, face()), (1, face())], true, 2);
        let (f, b) = (slot_x(&front), slot_x(&back));
        assert!(
            (f[0] - 15.0).abs() < 1e-6 && (f[1] - 105.0).abs() < 1e-6,
            "{f:?}"
        );
        assert!(
            (b[0] - 105.0).abs() < 1e-6 && (b[1] - 15.0).abs() < 1e-6,
            "{b:?}"
        );
    }
}
