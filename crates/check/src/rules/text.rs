//! Rules on the printed text: invisible characters, values that print
//! nothing, whitespace at the edges of a value, variables written as text,
//! and Han text left in a translation.

use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};
use icu::properties::props::{DefaultIgnorableCodePoint, Script};
use icu::properties::{CodePointMapData, CodePointSetData};

use super::{owner_offset, what};
use crate::model::{Def, Facts, Locale, Parsed, literal_chars};
use crate::{Finding, Severity};

/// Characters that do not show on the page but change it: Unicode's
/// default-ignorable code points (zero-width and bidirectional controls,
/// variation selectors, tag characters, U+00AD, U+034F, U+061C, U+180E,
/// Hangul fillers, BOM), controls other than line feed, line and paragraph
/// separators, the blank Braille pattern and U+FFFD.
pub(crate) fn is_invisible(c: char) -> bool {
    (c.is_control() && c != '\n')
        || CodePointSetData::new::<DefaultIgnorableCodePoint>().contains(c)
        || matches!(c, '\u{2028}' | '\u{2029}' | '\u{2800}' | '\u{FFFD}')
}

/// Characters that print as nothing: whitespace (no-break spaces included)
/// and the Hangul fillers.
fn is_blank(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{3164}' | '\u{115F}' | '\u{1160}' | '\u{FFA0}')
}

/// Whether `c` is a Han character (CJK ideograph).
fn is_han(c: char) -> bool {
    CodePointMapData::<Script>::new().get(c) == Script::Han
}

fn char_name(c: char) -> String {
    let name = match c {
        '\t' => "CHARACTER TABULATION",
        '\r' => "CARRIAGE RETURN",
        '\u{00AD}' => "SOFT HYPHEN",
        '\u{034F}' => "COMBINING GRAPHEME JOINER",
        '\u{061C}' => "ARABIC LETTER MARK",
        '\u{115F}' => "HANGUL CHOSEONG FILLER",
        '\u{1160}' => "HANGUL JUNGSEONG FILLER",
        '\u{180E}' => "MONGOLIAN VOWEL SEPARATOR",
        '\u{FFFD}' => "REPLACEMENT CHARACTER",
        '\u{200B}' => "ZERO WIDTH SPACE",
        '\u{200C}' => "ZERO WIDTH NON-JOINER",
        '\u{200D}' => "ZERO WIDTH JOINER",
        '\u{200E}' => "LEFT-TO-RIGHT MARK",
        '\u{200F}' => "RIGHT-TO-LEFT MARK",
        '\u{2028}' => "LINE SEPARATOR",
        '\u{2029}' => "PARAGRAPH SEPARATOR",
        '\u{202A}' => "LEFT-TO-RIGHT EMBEDDING",
        '\u{202B}' => "RIGHT-TO-LEFT EMBEDDING",
        '\u{202C}' => "POP DIRECTIONAL FORMATTING",
        '\u{202D}' => "LEFT-TO-RIGHT OVERRIDE",
        '\u{202E}' => "RIGHT-TO-LEFT OVERRIDE",
        '\u{2060}' => "WORD JOINER",
        '\u{2066}' => "LEFT-TO-RIGHT ISOLATE",
        '\u{2067}' => "RIGHT-TO-LEFT ISOLATE",
        '\u{2068}' => "FIRST STRONG ISOLATE",
        '\u{2069}' => "POP DIRECTIONAL ISOLATE",
        '\u{2800}' => "BRAILLE PATTERN BLANK",
        '\u{3164}' => "HANGUL FILLER",
        '\u{FEFF}' => "ZERO WIDTH NO-BREAK SPACE",
        '\u{FFA0}' => "HALFWIDTH HANGUL FILLER",
        '\u{FE00}'..='\u{FE0F}' => {
            return format!("VARIATION SELECTOR-{}", u32::from(c) - 0xFE00 + 1);
        }
        '\u{E0100}'..='\u{E01EF}' => {
            return format!("VARIATION SELECTOR-{}", u32::from(c) - 0xE0100 + 17);
        }
        '\u{E0000}'..='\u{E007F}' => "TAG CHARACTER",
        c if c.is_control() => "control character",
        _ => "default-ignorable character",
    };
    name.to_owned()
}

/// `invisible-character`, `whitespace`.
pub(super) fn characters(locale: &Locale<'_>, out: &mut Vec<Finding>) {
    for def in &locale.all {
        let p = def.parsed;
        for (attribute, pattern) in def.patterns() {
            let facts = Facts::of(pattern);
            let mut found: Vec<(usize, char)> = Vec::new();
            for text in &facts.texts {
                let base = p.offset(text);
                let mut chars = text.char_indices().peekable();
                while let Some((i, c)) = chars.next() {
                    let crlf = c == '\r' && chars.peek().is_some_and(|&(_, n)| n == '\n');
                    if is_invisible(c) && !crlf {
                        found.push((base + i, c));
                    }
                }
            }
            for literal in &facts.literals {
                let base = p.offset(literal);
                for (i, c) in literal_chars(literal) {
                    if is_invisible(c) {
                        found.push((base + i, c));
                    }
                }
            }
            for (at, c) in found {
                out.push(p.finding(
                    Severity::Error,
                    "invisible-character",
                    at,
                    Some(&def.key()),
                    format!(
                        "{} contains U+{:04X} {}, which does not show but changes the printed text",
                        what(def, attribute),
                        u32::from(c),
                        char_name(c)
                    ),
                ));
            }
            for (start, side) in [(true, "starts"), (false, "ends")] {
                let mut edges = Vec::new();
                pattern_edges(p, pattern, start, &mut edges);
                for at in edges {
                    out.push(p.finding(
                        Severity::Warning,
                        "whitespace",
                        at,
                        Some(&def.key()),
                        format!(
                            "{} {side} with whitespace, which prints",
                            what(def, attribute)
                        ),
                    ));
                }
            }
        }
    }
}

/// Where the printed text of `pattern` starts (`first`) or ends with
/// whitespace: text and string literals at its edge, through nested
/// placeables and every variant of a select at the edge.
fn pattern_edges(p: &Parsed<'_>, pattern: &Pattern<&str>, first: bool, out: &mut Vec<usize>) {
    let elements: Box<dyn Iterator<Item = &PatternElement<&str>>> = if first {
        Box::new(pattern.elements.iter())
    } else {
        Box::new(pattern.elements.iter().rev())
    };
    for element in elements {
        let done = match element {
            PatternElement::TextElement { value } => text_edge(p, value, first, out),
            PatternElement::Placeable { expression } => expression_edge(p, expression, first, out),
        };
        if done {
            return;
        }
    }
}

/// Checks one text at the edge; false when it is empty (look further).
fn text_edge(p: &Parsed<'_>, value: &str, first: bool, out: &mut Vec<usize>) -> bool {
    let edge = if first {
        value.chars().next()
    } else {
        value.chars().next_back()
    };
    match edge {
        None => false,
        Some(c) => {
            if c.is_whitespace() {
                let base = p.offset(value);
                out.push(if first {
                    base
                } else {
                    base + value.trim_end_matches(char::is_whitespace).len()
                });
            }
            true
        }
    }
}

/// Checks an expression at the edge; false when it prints nothing (an
/// empty string literal).
fn expression_edge(
    p: &Parsed<'_>,
    expression: &Expression<&str>,
    first: bool,
    out: &mut Vec<usize>,
) -> bool {
    match expression {
        Expression::Select { variants, .. } => {
            for variant in variants {
                pattern_edges(p, &variant.value, first, out);
            }
            true
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            expression_edge(p, expression, first, out)
        }
        Expression::Inline(InlineExpression::StringLiteral { value }) => {
            let chars = literal_chars(value);
            let edge = if first { chars.first() } else { chars.last() };
            match edge {
                None => false,
                Some(&(at, c)) => {
                    if c.is_whitespace() {
                        out.push(p.offset(value) + at);
                    }
                    true
                }
            }
        }
        Expression::Inline(_) => true,
    }
}

/// `empty-value`: a value, attribute or select variant that prints
/// nothing: empty string literals, only whitespace (no-break spaces
/// included), Hangul fillers or invisible characters.
pub(super) fn empty_values(locale: &Locale<'_>, out: &mut Vec<Finding>) {
    for def in &locale.all {
        let p = def.parsed;
        for (attribute, pattern) in def.patterns() {
            if prints_nothing(pattern) {
                out.push(p.finding(
                    Severity::Error,
                    "empty-value",
                    owner_offset(def, attribute),
                    Some(&def.key()),
                    format!(
                        "{} prints nothing (it is empty, or only spaces, fillers or invisible characters)",
                        what(def, attribute)
                    ),
                ));
                continue;
            }
            for select in Facts::of(pattern).selects {
                for variant in select.variants {
                    if prints_nothing(&variant.value) {
                        let key = super::entries::key_text(&variant.key);
                        out.push(p.finding(
                            Severity::Error,
                            "empty-value",
                            p.offset(key),
                            Some(&def.key()),
                            format!(
                                "variant `[{key}]` of {} prints nothing (it is empty, or only \
                                 spaces, fillers or invisible characters)",
                                what(def, attribute)
                            ),
                        ));
                    }
                }
            }
        }
    }
}

/// Whether a pattern prints nothing visible.
fn prints_nothing(pattern: &Pattern<&str>) -> bool {
    let invisible = |c: char| is_blank(c) || is_invisible(c);
    pattern.elements.iter().all(|element| match element {
        PatternElement::TextElement { value } => value.chars().all(invisible),
        PatternElement::Placeable { expression } => expression_prints_nothing(expression),
    })
}

fn expression_prints_nothing(expression: &Expression<&str>) -> bool {
    match expression {
        Expression::Inline(InlineExpression::StringLiteral { value }) => literal_chars(value)
            .into_iter()
            .all(|(_, c)| is_blank(c) || is_invisible(c)),
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            expression_prints_nothing(expression)
        }
        _ => false,
    }
}

/// `variable-as-text`: a `$variable` in the text (typed in full-width
/// braces `｛ $days ｝`, or without braces), which prints as written.
pub(super) fn variables_as_text(locale: &Locale<'_>, out: &mut Vec<Finding>) {
    for def in &locale.all {
        let p = def.parsed;
        for (attribute, pattern) in def.patterns() {
            for text in Facts::of(pattern).texts {
                for (i, _) in text.match_indices('$') {
                    let name: String = text[i + 1..]
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                        .collect();
                    if !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
                        continue;
                    }
                    let before = text[..i].trim_end_matches([' ', '\u{3000}']);
                    let (at, how) = match before.chars().next_back() {
                        Some(brace @ ('｛' | '{')) => (
                            before.len() - brace.len_utf8(),
                            format!("in `{brace}` braces"),
                        ),
                        _ => (i, "without braces".to_owned()),
                    };
                    out.push(p.finding(
                        Severity::Error,
                        "variable-as-text",
                        p.offset(text) + at,
                        Some(&def.key()),
                        format!(
                            "{} writes `${name}` {how}, so it prints as text; a variable goes in \
                             ASCII braces: `{{ ${name} }}`",
                            what(def, attribute)
                        ),
                    ));
                }
            }
        }
    }
}

/// Whether `run` is a roster column header staff type as it is.
fn is_column_header(run: &str) -> bool {
    gaozhi_core::roster::Column::all().any(|c| c.headers().contains(&run))
}

/// `han-text`: Han characters left in a translation into a language that
/// does not write them, and in Korean and Japanese a run of Han characters
/// copied from the reference's text of the same message (a Chinese clause
/// left untranslated). Japanese shares many words with Chinese, so only a
/// run of four or more counts there.
pub(super) fn han_text(
    def: &Def<'_>,
    attribute: Option<&str>,
    lang: &str,
    rpattern: &Pattern<&str>,
    pattern: &Pattern<&str>,
    out: &mut Vec<Finding>,
) {
    let language = lang.split(['-', '_']).next().unwrap_or(lang);
    let shortest_copy = match language {
        "zh" => return,
        "ja" => 4,
        "ko" => 2,
        _ => 1,
    };
    let reference: String = {
        let facts = Facts::of(rpattern);
        facts
            .texts
            .iter()
            .chain(&facts.literals)
            .copied()
            .collect::<Vec<_>>()
            .join("\n")
    };
    let p = def.parsed;
    let facts = Facts::of(pattern);
    for text in facts.texts.iter().chain(&facts.literals) {
        let mut runs: Vec<(usize, usize)> = Vec::new();
        for (i, c) in text.char_indices() {
            if !is_han(c) {
                continue;
            }
            match runs.last_mut() {
                Some((_, end)) if *end == i => *end = i + c.len_utf8(),
                _ => runs.push((i, i + c.len_utf8())),
            }
        }
        for (start, end) in runs {
            let run = &text[start..end];
            // A roster's column header quoted for staff (a column called
            // 姓名) is a name to type, not text to translate.
            if is_column_header(run) {
                continue;
            }
            let copied = if shortest_copy == 1 {
                true
            } else {
                run.chars().count() >= shortest_copy && reference.contains(run)
            };
            if !copied {
                continue;
            }
            let why = if shortest_copy == 1 {
                format!("Han text `{run}`, which `{lang}` does not write")
            } else {
                format!("`{run}`, copied from the reference's Chinese")
            };
            out.push(p.finding(
                Severity::Error,
                "han-text",
                p.offset(text) + start,
                Some(&def.key()),
                format!("{} contains {why}; translate it", what(def, attribute)),
            ));
            if shortest_copy == 1 {
                break;
            }
        }
    }
}
