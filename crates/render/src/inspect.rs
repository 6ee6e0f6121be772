//! What a reader sees: a laid-out document inspected glyph by glyph for the
//! faults that make a printed notice wrong even when it has the right
//! number of pages.
//!
//! [`inspect`] walks every page's frames and reports
//! - lines whose glyphs overprint each other (lines set closer than they
//!   are tall, a cell's text running into the next row);
//! - glyphs outside the page's printable area;
//! - type smaller than the format allows;
//! - a value that must not break (a date, a phone or passport number, a
//!   word of a name) broken over two lines;
//! - a last page that holds the signature block and no clause.
//!
//! The printable area and the smallest type of each format are those of
//! the templates' `style.toml` ([`crate::Style`]).
//!
//! Glyph boxes are the glyphs' own outlines (their bounding boxes in the
//! font), not the line boxes Typst stacks, so accents and descenders count.

use std::collections::BTreeMap;

use typst::foundations::{Label, Selector};
use typst::introspection::Introspector;
use typst::layout::{Abs, Frame, FrameItem, Point, Transform};
use typst::text::TextItem;
use typst::utils::PicoStr;
use typst_layout::PagedDocument;

use gaozhi_core::Composition;
use gaozhi_core::field::{Field, Kind};

use crate::style::Style;

/// Label the templates put in every clause grid (`clauses` in lib.typ).
pub const CLAUSE_LABEL: &str = "gaozhi-clause";
/// Label the templates put in every signature line (`sign-line`).
pub const SIGNATURE_LABEL: &str = "gaozhi-signature";

/// Glyphs closer than this (in points) count as touching, not overprinting.
const TOLERANCE: f64 = 0.25;

/// What is wrong on a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// Glyphs of two lines overprint each other.
    Overlap {
        /// The text of one line's run (a few characters of it).
        first: String,
        /// The text of the other's.
        second: String,
    },
    /// Glyphs outside the page's printable area.
    OutsidePage {
        /// The run's text (a few characters of it).
        text: String,
    },
    /// Type smaller than the format allows.
    SmallType {
        /// The run's text (a few characters of it).
        text: String,
        /// Its size in points, rounded to a tenth.
        size_tenths: u32,
    },
    /// A value that must not break is broken over lines.
    BrokenValue {
        /// The record field.
        field: String,
    },
    /// The last page holds the signature block and no clause.
    OrphanSignature,
}

/// A fault and the page it is on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The page, from 1.
    pub page: usize,
    /// What is wrong.
    pub fault: Fault,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let page = self.page;
        match &self.fault {
            Fault::Overlap { first, second } => write!(
                f,
                "page {page}: lines overprint each other (\u{201c}{first}\u{201d} and \u{201c}{second}\u{201d})"
            ),
            Fault::OutsidePage { text } => write!(
                f,
                "page {page}: text outside the printable area (\u{201c}{text}\u{201d})"
            ),
            Fault::SmallType { text, size_tenths } => write!(
                f,
                "page {page}: type of {}.{} pt is below the minimum (\u{201c}{text}\u{201d})",
                size_tenths / 10,
                size_tenths % 10
            ),
            Fault::BrokenValue { field } => {
                write!(
                    f,
                    "page {page}: the value of `{field}` is broken over lines"
                )
            }
            Fault::OrphanSignature => write!(
                f,
                "page {page}: the last page holds the signature block without any clause"
            ),
        }
    }
}

/// One glyph's ink, in page coordinates (points, y down).
#[derive(Debug, Clone, Copy)]
struct Ink {
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
}

impl Ink {
    fn overlaps(&self, other: &Ink) -> bool {
        self.x0 + TOLERANCE < other.x1
            && other.x0 + TOLERANCE < self.x1
            && self.y0 + TOLERANCE < other.y1
            && other.y0 + TOLERANCE < self.y1
    }

    fn union(&self, other: &Ink) -> Ink {
        Ink {
            x0: self.x0.min(other.x0),
            y0: self.y0.min(other.y0),
            x1: self.x1.max(other.x1),
            y1: self.y1.max(other.y1),
        }
    }
}

/// A run of text as placed on the page.
#[derive(Debug)]
struct Run {
    text: String,
    size: f64,
    /// The baseline, in page coordinates.
    baseline: f64,
    /// Where the run starts.
    x: f64,
    glyphs: Vec<Ink>,
    bounds: Option<Ink>,
}

/// Inspects a laid-out document (one document, not a sheet of cards) set
/// in `style`.
pub fn inspect(document: &PagedDocument, comp: &Composition, style: &Style) -> Vec<Problem> {
    let mut problems = Vec::new();
    let format = comp.document.page;
    for (index, page) in document.pages().iter().enumerate() {
        let number = index + 1;
        let mut runs = Vec::new();
        collect(&page.frame, Transform::identity(), &mut runs);
        let size = page.frame.size();
        problems.extend(overlaps(&runs).into_iter().map(|fault| Problem {
            page: number,
            fault,
        }));
        problems.extend(
            outside(
                &runs,
                size.x.to_pt(),
                size.y.to_pt(),
                style.printable_inset_pt(format),
            )
            .into_iter()
            .map(|fault| Problem {
                page: number,
                fault,
            }),
        );
        problems.extend(
            small(&runs, style.min_type_pt(format))
                .into_iter()
                .map(|fault| Problem {
                    page: number,
                    fault,
                }),
        );
        problems.extend(broken(&runs, comp).into_iter().map(|fault| Problem {
            page: number,
            fault,
        }));
    }
    if let Some(page) = orphan_signature(document) {
        problems.push(Problem {
            page,
            fault: Fault::OrphanSignature,
        });
    }
    problems
}

/// Every text run in `frame`, in page coordinates.
fn collect(frame: &Frame, ts: Transform, runs: &mut Vec<Run>) {
    for (pos, item) in frame.items() {
        match item {
            FrameItem::Group(group) => {
                let inner = ts
                    .pre_concat(Transform::translate(pos.x, pos.y))
                    .pre_concat(group.transform);
                collect(&group.frame, inner, runs);
            }
            FrameItem::Text(text) => runs.push(run(text, *pos, ts)),
            _ => {}
        }
    }
}

fn apply(ts: Transform, x: Abs, y: Abs) -> (f64, f64) {
    let p = Point::new(x, y).transform(ts);
    (p.x.to_pt(), p.y.to_pt())
}

fn run(text: &TextItem, pos: Point, ts: Transform) -> Run {
    let font = &text.font;
    let ttf = font.ttf();
    let size = text.size;
    let scale = ts.sy.get().abs();
    let mut x = pos.x;
    let mut glyphs = Vec::with_capacity(text.glyphs.len());
    for glyph in &text.glyphs {
        let gx = x + glyph.x_offset.at(size);
        let gy = pos.y - glyph.y_offset.at(size);
        if let Some(bbox) = ttf.glyph_bounding_box(ttf_parser::GlyphId(glyph.id)) {
            let (x0, y0) = apply(
                ts,
                gx + font.to_em(bbox.x_min).at(size),
                gy - font.to_em(bbox.y_max).at(size),
            );
            let (x1, y1) = apply(
                ts,
                gx + font.to_em(bbox.x_max).at(size),
                gy - font.to_em(bbox.y_min).at(size),
            );
            glyphs.push(Ink {
                x0: x0.min(x1),
                y0: y0.min(y1),
                x1: x0.max(x1),
                y1: y0.max(y1),
            });
        }
        x += glyph.x_advance.at(size);
    }
    let bounds = glyphs.iter().copied().reduce(|a, b| a.union(&b));
    let (start, baseline) = apply(ts, pos.x, pos.y);
    Run {
        text: text.text.to_string(),
        size: size.to_pt() * scale,
        baseline,
        x: start,
        glyphs,
        bounds,
    }
}

/// A few characters of a run's text, to say which line is meant.
fn snippet(text: &str) -> String {
    let mut s: String = text.chars().take(24).collect();
    if text.chars().count() > 24 {
        s.push('…');
    }
    s
}

/// Runs of different lines whose glyphs overprint each other.
fn overlaps(runs: &[Run]) -> Vec<Fault> {
    let mut order: Vec<usize> = (0..runs.len())
        .filter(|&i| runs[i].bounds.is_some())
        .collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (
            runs[a].bounds.unwrap_or(EMPTY),
            runs[b].bounds.unwrap_or(EMPTY),
        );
        a.y0.total_cmp(&b.y0)
    });
    let mut faults = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (k, &i) in order.iter().enumerate() {
        let a = &runs[i];
        let ab = a.bounds.unwrap_or(EMPTY);
        for &j in &order[k + 1..] {
            let b = &runs[j];
            let bb = b.bounds.unwrap_or(EMPTY);
            if bb.y0 > ab.y1 {
                break;
            }
            // Runs on one baseline are one line: kerning and fallback fonts
            // may make their ink touch.
            if (a.baseline - b.baseline).abs() < 0.5 || !ab.overlaps(&bb) {
                continue;
            }
            let hit = a
                .glyphs
                .iter()
                .any(|g| b.glyphs.iter().any(|h| g.overlaps(h)));
            if hit && seen.insert((i, j)) {
                faults.push(Fault::Overlap {
                    first: snippet(&a.text),
                    second: snippet(&b.text),
                });
            }
        }
    }
    faults
}

const EMPTY: Ink = Ink {
    x0: 0.0,
    y0: 0.0,
    x1: 0.0,
    y1: 0.0,
};

/// Runs with glyphs closer than `inset` points to the page's edge.
fn outside(runs: &[Run], width: f64, height: f64, inset: f64) -> Vec<Fault> {
    runs.iter()
        .filter(|r| {
            r.glyphs.iter().any(|g| {
                g.x0 < inset - TOLERANCE
                    || g.y0 < inset - TOLERANCE
                    || g.x1 > width - inset + TOLERANCE
                    || g.y1 > height - inset + TOLERANCE
            })
        })
        .map(|r| Fault::OutsidePage {
            text: snippet(&r.text),
        })
        .collect()
}

/// Runs set smaller than `min` points.
fn small(runs: &[Run], min: f64) -> Vec<Fault> {
    runs.iter()
        .filter(|r| !r.text.trim().is_empty() && r.size < min - 0.01)
        .map(|r| Fault::SmallType {
            text: snippet(&r.text),
            size_tenths: (r.size * 10.0).round() as u32,
        })
        .collect()
}

/// Text with every kind of space removed, for comparing what a value reads
/// with what the page shows.
fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Values that appear on the page but never whole on one line.
fn broken(runs: &[Run], comp: &Composition) -> Vec<Fault> {
    // The page's text in reading order of the frames, and line by line.
    let stream: String = runs.iter().map(|r| squeeze(&r.text)).collect();
    let mut lines: BTreeMap<i64, Vec<&Run>> = BTreeMap::new();
    for run in runs {
        lines
            .entry((run.baseline * 4.0).round() as i64)
            .or_default()
            .push(run);
    }
    let lines: Vec<String> = lines
        .into_values()
        .map(|mut line| {
            line.sort_by(|a, b| a.x.total_cmp(&b.x));
            line.iter().map(|r| squeeze(&r.text)).collect()
        })
        .collect();
    let mut wanted: Vec<(&str, String)> = Vec::new();
    for &key in gaozhi_core::field::unbreakable_keys() {
        for text in comp.value(key).unwrap_or_default() {
            wanted.push((key, squeeze(text)));
        }
    }
    // A period ends in its count of days in brackets ("… (14 days)",
    // "…（共 14 天）"): the count and its unit never part
    // (`unbroken-patterns` in lib.typ), though the period may break between
    // its dates.
    let periods = Field::ALL
        .into_iter()
        .filter(|f| f.kind() == Kind::PeriodStart);
    for key in periods.map(Field::key) {
        for text in comp.value(key).unwrap_or_default() {
            if let Some(count) = day_count(text) {
                wanted.push((key, squeeze(count)));
            }
        }
    }
    // A name may break between its words, never inside one.
    for text in comp.value("name").unwrap_or_default() {
        for word in text.split_whitespace() {
            wanted.push(("name", squeeze(word)));
        }
    }
    let mut faults = Vec::new();
    for (field, value) in wanted {
        if value.chars().count() < 2 || !stream.contains(&value) {
            continue;
        }
        if !lines.iter().any(|line| line.contains(&value)) {
            let fault = Fault::BrokenValue {
                field: field.to_owned(),
            };
            if !faults.contains(&fault) {
                faults.push(fault);
            }
        }
    }
    faults
}

/// The count of days and its unit in the brackets that end a period
/// ("共 14 天", "14 дней"), if they hold a number.
fn day_count(period: &str) -> Option<&str> {
    let open = period.rfind(['(', '（'])?;
    let inner = period[open..]
        .trim_start_matches(['(', '（'])
        .trim_end_matches([')', '）']);
    inner.chars().any(|c| c.is_ascii_digit()).then_some(inner)
}

/// How many clauses (rows marked `<gaozhi-clause>`) start on the pages
/// after the first `pages`.
pub fn clauses_after(document: &PagedDocument, pages: usize) -> usize {
    let introspector = document.introspector();
    Label::new(PicoStr::intern(CLAUSE_LABEL)).map_or(0, |label| {
        introspector
            .query(&Selector::Label(label))
            .iter()
            .filter_map(|c| c.location())
            .filter_map(|loc| introspector.page(loc))
            .filter(|page| page.get() > pages)
            .count()
    })
}

/// The last page, if the document runs on and its last page has a
/// signature line but no clause.
fn orphan_signature(document: &PagedDocument) -> Option<usize> {
    let pages = document.pages().len();
    if pages < 2 {
        return None;
    }
    let introspector = document.introspector();
    let on_last = |name: &str| -> bool {
        Label::new(PicoStr::intern(name)).is_some_and(|label| {
            introspector
                .query(&Selector::Label(label))
                .iter()
                .filter_map(|c| c.location())
                .filter_map(|loc| introspector.page(loc))
                .any(|page| page.get() == pages)
        })
    };
    (on_last(SIGNATURE_LABEL) && !on_last(CLAUSE_LABEL)).then_some(pages)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boxes_that_only_touch_do_not_overlap() {
        let a = Ink {
            x0: 0.0,
            y0: 0.0,
            x1: 10.0,
            y1: 10.0,
        };
        let touching = Ink {
            y0: 10.1,
            y1: 20.0,
            ..a
        };
        let over = Ink {
            y0: 8.0,
            y1: 20.0,
            ..a
        };
        assert!(!a.overlaps(&touching));
        assert!(a.overlaps(&over));
    }

    #[test]
    fn a_period_s_count_of_days_is_what_its_brackets_hold() {
        assert_eq!(
            day_count("2020 年 3 月 2 日 至 2020 年 3 月 15 日（共 14 天）"),
            Some("共 14 天")
        );
        assert_eq!(
            day_count("с 2 марта 2020 г. по 15 марта 2020 г. (14 дней)"),
            Some("14 дней")
        );
        assert_eq!(day_count("2020-03-02 (Monday)"), None);
        assert_eq!(day_count("2 March 2020"), None);
    }

    #[test]
    fn squeezing_drops_every_space() {
        assert_eq!(squeeze("131 0000\u{a0}2211"), "13100002211");
    }
}
