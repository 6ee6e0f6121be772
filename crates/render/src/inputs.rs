//! Turning a [`Composition`] into the inputs of one document, and those of
//! several documents into the data file `main.typ` reads (CBOR, served by
//! [`crate::world`]). Resident data reaches Typst only here, as string
//! values: Typst never parses it as markup, so `#panic("x")` or `*bold*` in
//! a name prints as it is.
//!
//! Korean is broken only between words (Korean convention); the templates do
//! that (`words` in `templates/lib.typ`), because a WORD JOINER inserted here
//! would reach the PDF's text layer and break copy, search and screen
//! readers.

use typst::foundations::{Array, Bytes, Dict, IntoValue, Str, Value};

use gaozhi_core::{Composition, Lang, Layout};

/// Options that change the inputs.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct InputOptions {
    /// How tightly to set the page (0 normal, up to [`MAX_DENSITY`]).
    pub density: u8,
}

/// The tightest layout the templates offer for any format.
pub(crate) const MAX_DENSITY: u8 = 2;

/// The tightest layout the templates offer for a page format: margins and
/// gaps shrink, never type or line spacing. Past it, a letter or notice
/// runs on to a continuation page.
pub(crate) fn max_density(format: gaozhi_core::document::PageFormat) -> u8 {
    if format.is_card() { MAX_DENSITY } else { 2 }
}

/// Builds the inputs of one document.
pub(crate) fn build(comp: &Composition, qr_svg: Option<Bytes>, options: InputOptions) -> Dict {
    let mut dict = Dict::new();
    let text = |s: &str| Value::Str(Str::from(s));
    let texts = |v: &[String]| Value::Array(v.iter().map(|s| text(s)).collect::<Array>());

    dict.insert(
        "langs".into(),
        Value::Array(comp.langs.iter().map(lang_value).collect()),
    );
    let layout = match comp.layout {
        Layout::Bilingual => "bilingual",
        Layout::ChineseOnly => "chinese-only",
        Layout::TranslationOnly => "translation-only",
    };
    dict.insert("layout".into(), layout.into_value());
    dict.insert("doc".into(), comp.document.id.into_value());

    // Messages that read the same for every resident (`msg`) apart from
    // those that do not (`own`): the templates lay out what only `msg`
    // feeds once for all residents.
    let (mut msg, mut own) = (Dict::new(), Dict::new());
    for (id, v) in &comp.messages {
        let into = if comp.personal.contains(id) {
            &mut own
        } else {
            &mut msg
        };
        into.insert(id.as_str().into(), texts(v));
    }
    dict.insert("msg".into(), Value::Dict(msg));
    dict.insert("own".into(), Value::Dict(own));

    let mut val = Dict::new();
    for (key, v) in &comp.values {
        val.insert(key.as_str().into(), texts(v));
    }
    dict.insert("val".into(), Value::Dict(val));
    // The values that never break over lines, as the field table says.
    let unbreakable = gaozhi_core::field::unbreakable_keys()
        .iter()
        .map(|k| k.into_value())
        .collect();
    dict.insert("unbreakable".into(), Value::Array(unbreakable));

    let note = match &comp.binding_note {
        Some([zh, foreign]) => {
            let entry = |t: &str, l: &Lang| {
                let mut d = Dict::new();
                d.insert("text".into(), text(t));
                d.insert("lang".into(), lang_value(l));
                Value::Dict(d)
            };
            Value::Array(
                [
                    entry(zh, &Lang::reference()),
                    entry(foreign, &comp.resident_lang),
                ]
                .into_iter()
                .collect(),
            )
        }
        None => Value::None,
    };
    dict.insert("note".into(), note);

    let contacts: Array = comp
        .contacts
        .iter()
        .map(|c| {
            let mut d = Dict::new();
            d.insert("role".into(), texts(&c.role));
            d.insert("name".into(), text(&c.name));
            d.insert("phone".into(), text(&c.phone));
            Value::Dict(d)
        })
        .collect();
    dict.insert("contacts".into(), Value::Array(contacts));

    dict.insert("qr".into(), qr_svg.map_or(Value::None, Value::Bytes));
    let emblem = match &comp.emblem {
        Some(e) => {
            let mut d = Dict::new();
            d.insert("data".into(), Value::Bytes(Bytes::new(e.data.clone())));
            d.insert("format".into(), e.format.into_value());
            Value::Dict(d)
        }
        None => Value::None,
    };
    dict.insert("emblem".into(), emblem);
    let days: Array = comp
        .days
        .iter()
        .map(|d| {
            let mut row = Dict::new();
            row.insert("number".into(), i64::from(d.number).into_value());
            row.insert("date".into(), texts(&d.date));
            Value::Dict(row)
        })
        .collect();
    dict.insert("days".into(), Value::Array(days));
    dict.insert("blank".into(), comp.blank.into_value());
    dict.insert("density".into(), i64::from(options.density).into_value());
    dict.insert("share".into(), chinese_share(comp).into_value());
    dict.insert("title".into(), text(&comp.title));
    dict.insert("author".into(), text(&comp.author));
    let date = comp.issue_date;
    dict.insert(
        "date".into(),
        Value::Array(
            [
                i64::from(date.year()),
                i64::from(date.month()),
                i64::from(date.day()),
            ]
            .into_iter()
            .map(IntoValue::into_value)
            .collect(),
        ),
    );
    dict
}

/// The inputs of `main.typ`: the template to set and the inputs of each
/// document (from [`build`]), set one after the other in one compile.
pub(crate) fn main(template: &str, docs: Vec<Dict>) -> Dict {
    let mut dict = Dict::new();
    dict.insert("template".into(), format!("/{template}").into_value());
    dict.insert(
        "docs".into(),
        Value::Array(docs.into_iter().map(Value::Dict).collect()),
    );
    dict
}

/// The inputs of `main.typ` as the bytes of its data file: CBOR, which
/// keeps strings, numbers and bytes (a QR code, an emblem) as they are.
pub(crate) fn encode(inputs: &Dict) -> gaozhi_core::Result<Bytes> {
    let mut out = Vec::new();
    ciborium::into_writer(inputs, &mut out).map_err(|e| {
        gaozhi_core::Error::new(
            gaozhi_core::ErrorKind::Template,
            format!("the documents' data could not be encoded: {e}"),
        )
    })?;
    Ok(Bytes::new(out))
}

fn lang_value(lang: &Lang) -> Value {
    let mut d = Dict::new();
    d.insert("tag".into(), lang.as_str().into_value());
    d.insert("lang".into(), lang.typst_lang().into_value());
    d.insert(
        "region".into(),
        lang.typst_region()
            .map_or(Value::None, IntoValue::into_value),
    );
    d.insert("cjk".into(), lang.is_cjk().into_value());
    Value::Dict(d)
}

/// The share of a bilingual page's width the Chinese column takes: each
/// column gets room in proportion to how wide its language sets the
/// document's messages, so that a clause and its translation run about as
/// many lines (Chinese beside English takes more of the width than beside
/// German). Kept between a third and a half, and rounded to a fortieth of
/// the width: the share depends on the language, not on the resident (whose
/// name in a greeting would move it a little), so residents' pages are set
/// alike and Typst lays out their common clauses once.
pub(crate) fn chinese_share(comp: &Composition) -> f64 {
    let (mut zh, mut other) = (0.0, 0.0);
    for texts in comp.messages.values() {
        if let [first, second, ..] = texts.as_slice() {
            zh += set_width(first);
            other += set_width(second);
        }
    }
    if zh + other == 0.0 {
        return 0.5;
    }
    ((zh / (zh + other)).clamp(0.33, 0.5) * 40.0).round() / 40.0
}

/// About how wide a text is set, in ems: Han, kana and Hangul take a full
/// em, other letters and spaces about half as much.
fn set_width(text: &str) -> f64 {
    text.chars()
        .map(|c| match c as u32 {
            0x1100..=0x11FF
            | 0x2E80..=0x9FFF
            | 0xAC00..=0xD7AF
            | 0xF900..=0xFAFF
            | 0xFF00..=0xFFEF => 1.0,
            _ if c.is_whitespace() => 0.28,
            _ => 0.5,
        })
        .sum()
}
