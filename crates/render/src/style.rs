//! The look of the documents, read from `style.toml` in the templates: the
//! one home of type sizes (the A4 documents' and each card's), colours,
//! line widths, margins, font families, page and card sizes and the cut
//! marks of card sheets.
//!
//! `templates/lib.typ` reads the file with `toml("style.toml")` and sets the
//! pages from it; gaozhi reads the same file ([`Style`]) for what it does
//! itself: the font families it looks for on the system ([`crate::fonts`]),
//! the smallest type and the printable area the layout check allows
//! ([`crate::inspect`]), the page size of each [`PageFormat`], and the A4
//! sheets cards are laid out on n-up with their cut marks
//! ([`crate::sheet`]). An office's own copy in `--templates DIR` is used
//! instead of the embedded one, by both sides alike.

use serde::Deserialize;

use gaozhi_core::document::PageFormat;
use gaozhi_core::source::{self, Format};
use gaozhi_core::{Error, Result};

use crate::templates::{STYLE_FILE as FILE, Templates};

/// Points in a millimetre.
const PT_PER_MM: f64 = 72.0 / 25.4;

/// Everything in `style.toml`. Lengths keep the file's units: the unit is
/// the end of the field's name (`_pt`, `_mm`).
///
/// gaozhi itself reads only some of it (see the module's doc); the rest,
/// such as each card's type sizes, is here so that a key missing from an
/// office's copy or misspelt in it is an error naming it, not a template
/// that fails to compile or a size silently ignored.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Style {
    /// Font families.
    pub fonts: Fonts,
    /// Colours, as `#rrggbb`.
    pub colors: Colors,
    /// Line widths.
    pub lines: Lines,
    /// Type sizes of A4 documents.
    pub sizes: Sizes,
    /// The A4 page: letters, notices, forms and card sheets.
    pub a4: A4,
    /// The business card (contact card).
    pub business_card: BusinessCard,
    /// The A6 pocket card (reminder card, entry pass).
    pub a6: A6,
    /// Cards n-up on an A4 sheet: the cut marks.
    pub sheet: Sheet,
}

/// The font families the templates set text in.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fonts {
    /// The face for Chinese, Japanese and Korean.
    pub cjk: String,
    /// The face for every other script.
    pub latin: String,
}

/// The colours of the documents, as `#rrggbb`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Colors {
    /// Text, tick boxes and lines to write on.
    pub ink: String,
    /// Rules, grid lines, the seal's circle, hints.
    pub rule: String,
    /// The label column of field tables, the head row of logs, boxes
    /// round clauses that stand out.
    pub shade: String,
    /// A line to write on where a value is blank on a card.
    pub card_write: String,
}

/// Line widths, in points.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lines {
    /// Grid lines and boxes.
    pub rule_pt: f64,
    /// The rule under a section heading.
    pub heading_rule_pt: f64,
    /// Lines to write or sign on, boxes to tick.
    pub ink_pt: f64,
    /// The rule across a card above its phone numbers.
    pub card_rule_pt: f64,
    /// A line to write on where a value is blank on a card.
    pub card_write_pt: f64,
}

/// Type sizes of A4 documents, in points.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sizes {
    /// The title, by density.
    pub title_pt: Vec<f64>,
    /// The translated title under the Chinese one.
    pub subtitle_pt: f64,
    /// Clauses and values.
    pub body_pt: f64,
    /// Labels, the office's name, notes.
    pub small_pt: f64,
    /// A label's second line, page heads and feet.
    pub label_pt: f64,
    /// The title of a page in one language.
    pub alone_title_pt: f64,
    /// Body text of a page in one language.
    pub alone_body_pt: f64,
    /// Small text of a page in one language.
    pub alone_small_pt: f64,
    /// Labels of a page in one language.
    pub alone_label_pt: f64,
    /// The head row of a log's grid.
    pub log_head_pt: f64,
    /// The dates of a log's rows.
    pub log_date_pt: f64,
    /// The head row of a log set as two grids side by side.
    pub log_head_split_pt: f64,
}

/// The A4 page.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct A4 {
    /// Width.
    pub width_mm: f64,
    /// Height.
    pub height_mm: f64,
    /// How far from the edge text must stay.
    pub printable_inset_mm: f64,
    /// The smallest type the layout check allows.
    pub min_type_pt: f64,
    /// The margins, by density (at least one).
    pub margins: Vec<Margins>,
}

/// Page margins, in millimetres.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Margins {
    /// Top.
    pub top_mm: f64,
    /// Bottom.
    pub bottom_mm: f64,
    /// Left.
    pub left_mm: f64,
    /// Right.
    pub right_mm: f64,
}

/// The business card (contact card): each face a page of the card's size,
/// whose edge is the trim (no printable inset), and its type sizes in
/// points. A pair of sizes (`[f64; 2]`) is a text set in Chinese over its
/// translation: the Chinese size, then the translation's.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BusinessCard {
    /// Width.
    pub width_mm: f64,
    /// Height.
    pub height_mm: f64,
    /// The text size where the template sets none.
    pub text_pt: f64,
    /// The smallest type the layout check allows.
    pub min_type_pt: f64,
    /// Labels: over phone numbers, contacts' roles, the QR code's caption,
    /// the advice.
    pub label_pt: [f64; 2],
    /// A contact's name.
    pub name_pt: f64,
    /// Phone numbers.
    pub number_pt: f64,
    /// The office's name.
    pub office_pt: [f64; 2],
    /// The title on the back.
    pub title_pt: [f64; 2],
    /// The fever clinic's name and address.
    pub fever_clinic_pt: [f64; 2],
}

/// The A6 pocket cards: each face a page of the card's size, whose edge is
/// the trim (no printable inset), and their type sizes in points (pairs
/// as on the business card).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct A6 {
    /// Width.
    pub width_mm: f64,
    /// Height.
    pub height_mm: f64,
    /// The text size where the template sets none.
    pub text_pt: f64,
    /// The smallest type the layout check allows.
    pub min_type_pt: f64,
    /// The office's name, on every pocket card.
    pub office_pt: [f64; 2],
    /// The entry pass's own sizes.
    pub entry_pass: EntryPass,
    /// The reminder card's own sizes.
    pub reminder_card: ReminderCard,
}

/// Type sizes of the entry pass, in points.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntryPass {
    /// The title on the front.
    pub title_pt: [f64; 2],
    /// The household's details.
    pub field_pt: f64,
    /// The rules of the pass.
    pub rules_pt: [f64; 2],
    /// The labels of the pass's number and phase.
    pub number_label_pt: f64,
    /// The pass's number and phase.
    pub number_pt: f64,
    /// The heading of the log on the back.
    pub log_title_pt: [f64; 2],
    /// The log's head row: one grid, then two side by side.
    pub log_head_pt: [f64; 2],
    /// The log's dates: one grid, then two side by side.
    pub log_date_pt: [f64; 2],
}

/// Type sizes of the reminder card, in points.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReminderCard {
    /// The title.
    pub title_pt: [f64; 2],
    /// The tips in Chinese, by density (at least one).
    pub tip_pt: Vec<f64>,
    /// The tips' translation, by density (at least one).
    pub tip_translation_pt: Vec<f64>,
    /// The hotline's label.
    pub hotline_label_pt: [f64; 2],
    /// The hotline's number.
    pub hotline_pt: f64,
}

/// Cut marks of cards laid out n-up on an A4 sheet.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sheet {
    /// Length of a mark outside the trim, and width of a cross where cuts
    /// meet.
    pub mark_mm: f64,
    /// How far marks outside the trim stay clear of it.
    pub mark_gap_mm: f64,
    /// Length of a mark from the sheet's edge, where the cards leave no
    /// margin.
    pub mark_reach_mm: f64,
    /// Line width of the marks.
    pub mark_stroke_pt: f64,
}

impl Style {
    /// The style of a set of templates: their `style.toml` (an office's
    /// own, or the embedded one). A malformed file is an error naming the
    /// file, the line and the key.
    pub fn of(templates: &Templates) -> Result<Style> {
        let (bytes, shown) = templates.data_file(FILE).ok_or_else(|| {
            Error::new(gaozhi_core::ErrorKind::Template, "is missing").in_file(FILE)
        })?;
        let text = std::str::from_utf8(bytes)
            .map_err(|_| Error::invalid("is not UTF-8 text").in_file(shown))?;
        Style::parse(text).map_err(|e| e.in_file(shown))
    }

    /// The embedded style (`templates/style.toml`).
    pub fn embedded() -> Result<Style> {
        Style::of(&Templates::embedded())
    }

    /// Parses and checks the text of a `style.toml`.
    pub fn parse(text: &str) -> Result<Style> {
        let style: Style = source::parse(text, Format::Toml)?;
        style.check()?;
        Ok(style)
    }

    /// Values serde accepts but no page can use: lengths that are not
    /// positive numbers, colours that are not `#rrggbb`, empty lists.
    fn check(&self) -> Result<()> {
        let bad = |key: &str, why: &str| Err(Error::invalid(why.to_owned()).for_field(key));
        for (key, value) in self.lengths() {
            if !(value.is_finite() && value > 0.0) {
                return bad(&key, &format!("must be a positive number, not {value}"));
            }
        }
        if !(self.a4.printable_inset_mm.is_finite() && self.a4.printable_inset_mm >= 0.0) {
            return bad(
                "a4.printable_inset_mm",
                "must be a number of millimetres, 0 or more",
            );
        }
        for (key, sizes) in [
            ("sizes.title_pt", &self.sizes.title_pt),
            ("a6.reminder_card.tip_pt", &self.a6.reminder_card.tip_pt),
            (
                "a6.reminder_card.tip_translation_pt",
                &self.a6.reminder_card.tip_translation_pt,
            ),
        ] {
            if sizes.is_empty() {
                return bad(key, "needs at least one size");
            }
        }
        if self.a4.margins.is_empty() {
            return bad("a4.margins", "needs at least one set of margins");
        }
        for (key, color) in [
            ("colors.ink", &self.colors.ink),
            ("colors.rule", &self.colors.rule),
            ("colors.shade", &self.colors.shade),
            ("colors.card_write", &self.colors.card_write),
        ] {
            let hex = color.strip_prefix('#').unwrap_or("");
            if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
                return bad(
                    key,
                    &format!("must be a colour written \"#rrggbb\", not \"{color}\""),
                );
            }
        }
        for (key, family) in [
            ("fonts.cjk", &self.fonts.cjk),
            ("fonts.latin", &self.fonts.latin),
        ] {
            if family.trim().is_empty() {
                return bad(key, "must name a font family");
            }
        }
        Ok(())
    }

    /// Every length that must be positive, with its key (a list's or a
    /// pair's sizes each under the list's key).
    fn lengths(&self) -> Vec<(String, f64)> {
        let mut all = Vec::new();
        let mut add = |key: &str, values: &[f64]| {
            all.extend(values.iter().map(|&v| (key.to_owned(), v)));
        };
        let (lines, sizes, a4, sheet) = (&self.lines, &self.sizes, &self.a4, &self.sheet);
        add("lines.rule_pt", &[lines.rule_pt]);
        add("lines.heading_rule_pt", &[lines.heading_rule_pt]);
        add("lines.ink_pt", &[lines.ink_pt]);
        add("lines.card_rule_pt", &[lines.card_rule_pt]);
        add("lines.card_write_pt", &[lines.card_write_pt]);
        add("sizes.title_pt", &sizes.title_pt);
        add("sizes.subtitle_pt", &[sizes.subtitle_pt]);
        add("sizes.body_pt", &[sizes.body_pt]);
        add("sizes.small_pt", &[sizes.small_pt]);
        add("sizes.label_pt", &[sizes.label_pt]);
        add("sizes.alone_title_pt", &[sizes.alone_title_pt]);
        add("sizes.alone_body_pt", &[sizes.alone_body_pt]);
        add("sizes.alone_small_pt", &[sizes.alone_small_pt]);
        add("sizes.alone_label_pt", &[sizes.alone_label_pt]);
        add("sizes.log_head_pt", &[sizes.log_head_pt]);
        add("sizes.log_date_pt", &[sizes.log_date_pt]);
        add("sizes.log_head_split_pt", &[sizes.log_head_split_pt]);
        add("a4.width_mm", &[a4.width_mm]);
        add("a4.height_mm", &[a4.height_mm]);
        add("a4.min_type_pt", &[a4.min_type_pt]);
        for (i, m) in a4.margins.iter().enumerate() {
            for (side, v) in [
                ("top_mm", m.top_mm),
                ("bottom_mm", m.bottom_mm),
                ("left_mm", m.left_mm),
                ("right_mm", m.right_mm),
            ] {
                add(&format!("a4.margins[{i}].{side}"), &[v]);
            }
        }
        let card = &self.business_card;
        add("business_card.width_mm", &[card.width_mm]);
        add("business_card.height_mm", &[card.height_mm]);
        add("business_card.text_pt", &[card.text_pt]);
        add("business_card.min_type_pt", &[card.min_type_pt]);
        add("business_card.label_pt", &card.label_pt);
        add("business_card.name_pt", &[card.name_pt]);
        add("business_card.number_pt", &[card.number_pt]);
        add("business_card.office_pt", &card.office_pt);
        add("business_card.title_pt", &card.title_pt);
        add("business_card.fever_clinic_pt", &card.fever_clinic_pt);
        let a6 = &self.a6;
        add("a6.width_mm", &[a6.width_mm]);
        add("a6.height_mm", &[a6.height_mm]);
        add("a6.text_pt", &[a6.text_pt]);
        add("a6.min_type_pt", &[a6.min_type_pt]);
        add("a6.office_pt", &a6.office_pt);
        let pass = &a6.entry_pass;
        add("a6.entry_pass.title_pt", &pass.title_pt);
        add("a6.entry_pass.field_pt", &[pass.field_pt]);
        add("a6.entry_pass.rules_pt", &pass.rules_pt);
        add("a6.entry_pass.number_label_pt", &[pass.number_label_pt]);
        add("a6.entry_pass.number_pt", &[pass.number_pt]);
        add("a6.entry_pass.log_title_pt", &pass.log_title_pt);
        add("a6.entry_pass.log_head_pt", &pass.log_head_pt);
        add("a6.entry_pass.log_date_pt", &pass.log_date_pt);
        let reminder = &a6.reminder_card;
        add("a6.reminder_card.title_pt", &reminder.title_pt);
        add("a6.reminder_card.tip_pt", &reminder.tip_pt);
        add(
            "a6.reminder_card.tip_translation_pt",
            &reminder.tip_translation_pt,
        );
        add(
            "a6.reminder_card.hotline_label_pt",
            &reminder.hotline_label_pt,
        );
        add("a6.reminder_card.hotline_pt", &[reminder.hotline_pt]);
        add("sheet.mark_mm", &[sheet.mark_mm]);
        add("sheet.mark_gap_mm", &[sheet.mark_gap_mm]);
        add("sheet.mark_reach_mm", &[sheet.mark_reach_mm]);
        add("sheet.mark_stroke_pt", &[sheet.mark_stroke_pt]);
        all
    }

    /// The font families the templates name, the CJK face first.
    pub fn families(&self) -> [&str; 2] {
        [&self.fonts.cjk, &self.fonts.latin]
    }

    /// Width and height of a page format, in millimetres.
    pub fn page_mm(&self, format: PageFormat) -> (f64, f64) {
        match format {
            PageFormat::A4 => (self.a4.width_mm, self.a4.height_mm),
            PageFormat::BusinessCard => (self.business_card.width_mm, self.business_card.height_mm),
            PageFormat::A6 => (self.a6.width_mm, self.a6.height_mm),
        }
    }

    /// The sheet cards are laid out on (A4), in millimetres.
    pub fn sheet_mm(&self) -> (f64, f64) {
        self.page_mm(PageFormat::A4)
    }

    /// The smallest type the layout check allows on a page format, in
    /// points.
    pub fn min_type_pt(&self, format: PageFormat) -> f64 {
        match format {
            PageFormat::A4 => self.a4.min_type_pt,
            PageFormat::BusinessCard => self.business_card.min_type_pt,
            PageFormat::A6 => self.a6.min_type_pt,
        }
    }

    /// How far from the page's edge text must stay, in points: a card's
    /// page edge is its trim, so text may reach it.
    pub fn printable_inset_pt(&self, format: PageFormat) -> f64 {
        match format {
            PageFormat::A4 => self.a4.printable_inset_mm * PT_PER_MM,
            PageFormat::BusinessCard | PageFormat::A6 => 0.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn embedded_text() -> String {
        std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../templates/style.toml"
        ))
        .unwrap()
    }

    #[test]
    fn the_embedded_style_reads_and_holds_the_usual_sizes() {
        let style = Style::embedded().unwrap();
        assert_eq!(style.page_mm(PageFormat::A4), (210.0, 297.0));
        assert_eq!(style.page_mm(PageFormat::BusinessCard), (90.0, 54.0));
        assert_eq!(style.page_mm(PageFormat::A6), (105.0, 148.0));
        assert_eq!(style.families(), ["Noto Sans CJK SC", "Noto Sans"]);
        assert!((style.printable_inset_pt(PageFormat::A4) - 11.34).abs() < 0.01);
        assert_eq!(style.printable_inset_pt(PageFormat::A6), 0.0);
        assert_eq!(style.min_type_pt(PageFormat::A4), 7.0);
        assert_eq!(style.min_type_pt(PageFormat::BusinessCard), 5.5);
    }

    #[test]
    fn the_embedded_style_holds_every_card_s_sizes_colours_and_lines() {
        let style = Style::embedded().unwrap();
        assert_eq!(style.colors.card_write, "#666666");
        assert_eq!(style.lines.card_rule_pt, 0.4);
        assert_eq!(style.lines.card_write_pt, 0.5);
        assert_eq!(style.sizes.log_head_split_pt, 7.0);
        let card = &style.business_card;
        assert_eq!(card.label_pt, [6.0, 5.5]);
        assert_eq!(card.name_pt, 7.0);
        assert_eq!(card.number_pt, 8.0);
        assert_eq!(card.office_pt, [7.5, 6.5]);
        assert_eq!(card.title_pt, [8.0, 7.0]);
        assert_eq!(card.fever_clinic_pt, [6.5, 6.0]);
        assert_eq!(style.a6.office_pt, [7.0, 6.5]);
        let pass = &style.a6.entry_pass;
        assert_eq!(pass.title_pt, [18.0, 11.0]);
        assert_eq!(pass.field_pt, 8.0);
        assert_eq!(pass.rules_pt, [7.0, 6.5]);
        assert_eq!(pass.number_label_pt, 6.5);
        assert_eq!(pass.number_pt, 9.0);
        assert_eq!(pass.log_title_pt, [10.0, 8.0]);
        assert_eq!(pass.log_head_pt, [7.0, 6.0]);
        assert_eq!(pass.log_date_pt, [7.0, 6.0]);
        let reminder = &style.a6.reminder_card;
        assert_eq!(reminder.title_pt, [13.0, 10.0]);
        assert_eq!(reminder.tip_pt, [8.5, 8.0, 7.5]);
        assert_eq!(reminder.tip_translation_pt, [8.0, 7.5, 7.0]);
        assert_eq!(reminder.hotline_label_pt, [7.0, 6.5]);
        assert_eq!(reminder.hotline_pt, 10.0);
        // No card sets type below the smallest its layout check allows.
        let smallest = |sizes: &[f64]| sizes.iter().copied().fold(f64::INFINITY, f64::min);
        assert!(
            smallest(&[
                smallest(&card.label_pt),
                smallest(&card.fever_clinic_pt),
                smallest(&card.office_pt),
                smallest(&card.title_pt),
                card.name_pt,
                card.number_pt,
            ]) >= card.min_type_pt
        );
        assert!(
            smallest(&[
                smallest(&style.a6.office_pt),
                smallest(&pass.rules_pt),
                smallest(&pass.log_head_pt),
                smallest(&pass.log_date_pt),
                pass.number_label_pt,
                smallest(&reminder.tip_translation_pt),
                smallest(&reminder.hotline_label_pt),
            ]) >= style.a6.min_type_pt
        );
    }

    #[test]
    fn a_card_s_size_is_required_and_checked_like_the_others() {
        let text = embedded_text().replace("hotline_pt = 10\n", "");
        let err = Style::parse(&text).unwrap_err();
        assert_eq!(err.at.field.as_deref(), Some("hotline_pt"), "{err}");

        let text = embedded_text().replace("fever_clinic_pt = [6.5, 6]", "fever_clinic_pt = [6.5]");
        let err = Style::parse(&text).unwrap_err();
        assert_eq!(err.at.field.as_deref(), Some("fever_clinic_pt"), "{err}");

        let text = embedded_text().replace("rules_pt = [7, 6.5]", "rules_pt = [7, 0]");
        let err = Style::parse(&text).unwrap_err();
        assert_eq!(
            err.at.field.as_deref(),
            Some("a6.entry_pass.rules_pt"),
            "{err}"
        );

        let text = embedded_text().replace("tip_pt = [8.5, 8, 7.5]", "tip_pt = []");
        let err = Style::parse(&text).unwrap_err();
        assert_eq!(
            err.at.field.as_deref(),
            Some("a6.reminder_card.tip_pt"),
            "{err}"
        );

        let text = embedded_text().replace("hotline_pt = 10", "hotline_pt = 10\nhotline_px = 1");
        let err = Style::parse(&text).unwrap_err();
        assert_eq!(err.at.field.as_deref(), Some("hotline_px"), "{err}");

        let text = embedded_text().replace("card_write = \"#666666\"", "card_write = \"grey\"");
        let err = Style::parse(&text).unwrap_err();
        assert_eq!(err.at.field.as_deref(), Some("colors.card_write"), "{err}");
    }

    #[test]
    fn a_wrong_value_is_an_error_naming_the_key() {
        let text = embedded_text().replace("body_pt = 10", "body_pt = \"ten\"");
        let err = Style::parse(&text).unwrap_err();
        assert_eq!(err.at.field.as_deref(), Some("body_pt"), "{err}");
        assert!(err.at.line.is_some(), "{err}");

        let text = embedded_text().replace("mark_reach_mm = 9\n", "");
        let err = Style::parse(&text).unwrap_err();
        assert_eq!(err.at.field.as_deref(), Some("mark_reach_mm"), "{err}");

        let text = embedded_text().replace("ink_pt = 0.6", "ink_pt = 0.6\nink_px = 1");
        let err = Style::parse(&text).unwrap_err();
        assert_eq!(err.at.field.as_deref(), Some("ink_px"), "{err}");

        let text = embedded_text().replace("ink = \"#1a1a1a\"", "ink = \"black\"");
        let err = Style::parse(&text).unwrap_err();
        assert_eq!(err.at.field.as_deref(), Some("colors.ink"), "{err}");

        let text = embedded_text().replace("width_mm = 90", "width_mm = -90");
        let err = Style::parse(&text).unwrap_err();
        assert_eq!(
            err.at.field.as_deref(),
            Some("business_card.width_mm"),
            "{err}"
        );

        let err = Style::parse("[fonts\n").unwrap_err();
        assert!(err.at.line.is_some(), "{err}");
    }

    #[test]
    fn an_office_s_style_is_named_by_its_path() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(FILE),
            embedded_text().replace("label_pt = 8", "label_pt = eight"),
        )
        .unwrap();
        let templates = Templates::from_dir(dir.path()).unwrap();
        let err = Style::of(&templates).unwrap_err();
        let shown = err.to_string();
        assert!(
            shown.contains(&dir.path().join(FILE).display().to_string()),
            "{shown}"
        );
        assert!(shown.contains("label_pt"), "{shown}");
    }
}
