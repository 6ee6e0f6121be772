//! Turning a [`Composition`] into the `sys.inputs` dictionary the templates
//! read. Resident data reaches Typst only here, as string values: Typst never
//! parses it as markup, so `#panic("x")` or `*bold*` in a name prints as it
//! is.
//!
//! Korean is broken only between words (Korean convention). Typst has no
//! `keep-all` option, so a WORD JOINER (U+2060) is put between the letters of
//! every Hangul word here; Typst does not break at it, and it does not reach
//! the PDF's text layer.

use typst::foundations::{Array, Bytes, Dict, IntoValue, Str, Value};

use gaozhi_core::{Composition, Lang, Layout};

/// Options that change the inputs.
#[derive(Debug, Clone, Copy, Default)]
pub struct InputOptions {
    /// Lay cards out 10 to an A4 sheet.
    pub sheet: bool,
}

/// Builds `sys.inputs` for a composition.
pub fn build(comp: &Composition, qr_svg: Option<Vec<u8>>, options: InputOptions) -> Dict {
    let mut dict = Dict::new();
    let text = |s: &str| Value::Str(Str::from(keep_hangul_words(s)));
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

    let mut msg = Dict::new();
    for (id, v) in &comp.messages {
        msg.insert(id.as_str().into(), texts(v));
    }
    dict.insert("msg".into(), Value::Dict(msg));

    let mut val = Dict::new();
    for (key, v) in &comp.values {
        val.insert(key.as_str().into(), texts(v));
    }
    dict.insert("val".into(), Value::Dict(val));

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

    dict.insert(
        "qr".into(),
        qr_svg.map_or(Value::None, |svg| Value::Bytes(Bytes::new(svg))),
    );
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
    dict.insert("sheet".into(), options.sheet.into_value());
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

fn lang_value(lang: &Lang) -> Value {
    let mut d = Dict::new();
    d.insert("tag".into(), lang.as_str().into_value());
    d.insert("lang".into(), lang.typst_lang().into_value());
    d.insert(
        "region".into(),
        lang.typst_region().map_or(Value::None, IntoValue::into_value),
    );
    d.insert("cjk".into(), lang.is_cjk().into_value());
    Value::Dict(d)
}

/// U+2060 WORD JOINER.
pub const WORD_JOINER: char = '\u{2060}';

/// Puts a word joiner between adjacent letters of Hangul words, so a line
/// breaks only at spaces (and other break opportunities outside Hangul).
pub fn keep_hangul_words(s: &str) -> String {
    if !s.chars().any(is_hangul) {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len() * 2);
    let mut prev: Option<char> = None;
    for c in s.chars() {
        if let Some(p) = prev
            && (is_hangul(p) || is_hangul(c))
            && joinable(p)
            && joinable(c)
        {
            out.push(WORD_JOINER);
        }
        out.push(c);
        prev = Some(c);
    }
    out
}

fn is_hangul(c: char) -> bool {
    matches!(c as u32,
        0xAC00..=0xD7A3 | 0x1100..=0x11FF | 0x3130..=0x318F | 0xA960..=0xA97F | 0xD7B0..=0xD7FF)
}

/// Characters a word joiner may sit beside: not spaces (the break
/// opportunities we keep) and not invisible controls.
fn joinable(c: char) -> bool {
    !c.is_whitespace() && !c.is_control() && c != WORD_JOINER && c != '\u{200B}'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joiners_go_inside_hangul_words_only() {
        let s = keep_hangul_words("자택에서 14일간(격리)");
        assert_eq!(
            s,
            "자\u{2060}택\u{2060}에\u{2060}서 1\u{2060}4\u{2060}일\u{2060}간\u{2060}(\u{2060}격\u{2060}리\u{2060})"
                .replace("1\u{2060}4", "14")
        );
        assert_eq!(s.replace(WORD_JOINER, ""), "자택에서 14일간(격리)");
        assert_eq!(keep_hangul_words("KIM MINJUN"), "KIM MINJUN");
        assert_eq!(keep_hangul_words("金敏俊"), "金敏俊");
    }
}
