//! Rules on the printed text: invisible characters, and whitespace at
//! the edges of a value.

use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};

use super::what;
use crate::model::{Facts, Locale, Parsed, literal_chars};
use crate::{Finding, Severity};

/// Characters that do not show on the page but change it: controls other
/// than line feed, U+FFFD, zero-width and bidirectional controls, BOM.
pub(crate) fn is_invisible(c: char) -> bool {
    (c.is_control() && c != '\n')
        || c == '\u{FFFD}'
        || ('\u{200B}'..='\u{200F}').contains(&c)
        || ('\u{202A}'..='\u{202E}').contains(&c)
        || ('\u{2060}'..='\u{2069}').contains(&c)
        || c == '\u{FEFF}'
}

fn char_name(c: char) -> &'static str {
    match c {
        '\t' => "CHARACTER TABULATION",
        '\r' => "CARRIAGE RETURN",
        '\u{FFFD}' => "REPLACEMENT CHARACTER",
        '\u{200B}' => "ZERO WIDTH SPACE",
        '\u{200C}' => "ZERO WIDTH NON-JOINER",
        '\u{200D}' => "ZERO WIDTH JOINER",
        '\u{200E}' => "LEFT-TO-RIGHT MARK",
        '\u{200F}' => "RIGHT-TO-LEFT MARK",
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
        '\u{FEFF}' => "ZERO WIDTH NO-BREAK SPACE",
        c if c.is_control() => "control character",
        _ => "invisible character",
    }
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
