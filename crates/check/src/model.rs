//! The parsed locales the rules look at: every file's Fluent AST, each
//! locale's messages and terms, and what each pattern contains.
//!
//! The AST is parsed from borrowed text, so every identifier and text slice
//! in it points into the file's text; [`Parsed::offset`] turns such a slice
//! back into a byte offset, which is how findings get their line and column
//! without the parser keeping spans.

use std::collections::BTreeMap;

use fluent_syntax::ast::{
    self, CallArguments, Expression, InlineExpression, Pattern, PatternElement, Variant,
};
use fluent_syntax::parser::{self, ParserError};
use gaozhi_core::locale::{LocaleFile, line_col};

use crate::{Finding, Severity};

/// One file and its AST.
pub(crate) struct Parsed<'a> {
    /// The file.
    pub(crate) file: &'a LocaleFile,
    /// The entries, junk included.
    pub(crate) resource: ast::Resource<&'a str>,
    /// The parser's errors, one per junk entry.
    pub(crate) errors: Vec<ParserError>,
}

impl<'a> Parsed<'a> {
    /// Parses `file`.
    pub(crate) fn new(file: &'a LocaleFile) -> Self {
        let (resource, errors) = match parser::parse(file.text.as_str()) {
            Ok(resource) => (resource, Vec::new()),
            Err((resource, errors)) => (resource, errors),
        };
        Parsed {
            file,
            resource,
            errors,
        }
    }

    /// The file name without its directory (`common.ftl`).
    pub(crate) fn name(&self) -> &'a str {
        file_name(&self.file.path)
    }

    /// The byte offset of `slice`, which must point into the file's text.
    pub(crate) fn offset(&self, slice: &str) -> usize {
        let start = self.file.text.as_ptr() as usize;
        let at = slice.as_ptr() as usize;
        debug_assert!(at >= start && at <= start + self.file.text.len());
        at.saturating_sub(start).min(self.file.text.len())
    }

    /// A finding at byte `offset` of this file.
    pub(crate) fn finding(
        &self,
        severity: Severity,
        code: &'static str,
        offset: usize,
        id: Option<&str>,
        message: String,
    ) -> Finding {
        let text = &self.file.text;
        let (line, column) = line_col(text, offset);
        let offset = offset.min(text.len());
        let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
        let end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
        let snippet = text[start..end].trim_end_matches('\r').to_owned();
        Finding {
            severity,
            file: self.file.path.clone(),
            line,
            column,
            id: id.map(str::to_owned),
            code,
            message,
            snippet,
        }
    }
}

/// The last component of a `/`- or `\`-separated path.
pub(crate) fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// The directory part of a path, without the trailing separator.
pub(crate) fn dir_name(path: &str) -> &str {
    path.rfind(['/', '\\']).map_or("", |i| &path[..i])
}

/// A message or term as defined in a locale.
#[derive(Clone, Copy)]
pub(crate) struct Def<'a> {
    /// The file it is in.
    pub(crate) parsed: &'a Parsed<'a>,
    /// The id as written (a term without its `-`).
    pub(crate) name: &'a str,
    /// Whether it is a term.
    pub(crate) term: bool,
    /// Its value.
    pub(crate) value: Option<&'a Pattern<&'a str>>,
    /// Its attributes.
    pub(crate) attributes: &'a [ast::Attribute<&'a str>],
}

impl<'a> Def<'a> {
    /// The id as referenced: terms with their `-`.
    pub(crate) fn key(&self) -> String {
        if self.term {
            format!("-{}", self.name)
        } else {
            self.name.to_owned()
        }
    }

    /// The byte offset of the id (of the `-` for a term).
    pub(crate) fn offset(&self) -> usize {
        self.parsed.offset(self.name) - usize::from(self.term)
    }

    /// A finding at the id.
    pub(crate) fn finding(
        &self,
        severity: Severity,
        code: &'static str,
        message: String,
    ) -> Finding {
        self.parsed
            .finding(severity, code, self.offset(), Some(&self.key()), message)
    }

    /// The value and the attributes, each with its attribute name (`None`
    /// for the value).
    pub(crate) fn patterns(&self) -> impl Iterator<Item = (Option<&'a str>, &'a Pattern<&'a str>)> {
        self.value
            .map(|v| (None, v))
            .into_iter()
            .chain(self.attributes.iter().map(|a| (Some(a.id.name), &a.value)))
    }

    /// The first attribute called `name`.
    pub(crate) fn attribute(&self, name: &str) -> Option<&'a ast::Attribute<&'a str>> {
        self.attributes.iter().find(|a| a.id.name == name)
    }
}

/// One language's files and definitions.
pub(crate) struct Locale<'a> {
    /// The locale directory name.
    pub(crate) lang: &'a str,
    /// Its files, in the order given.
    pub(crate) files: Vec<&'a Parsed<'a>>,
    /// Messages by id: the first definition.
    pub(crate) messages: BTreeMap<&'a str, Def<'a>>,
    /// Terms by id (without `-`): the first definition.
    pub(crate) terms: BTreeMap<&'a str, Def<'a>>,
    /// Every definition, duplicates included, in file order.
    pub(crate) all: Vec<Def<'a>>,
    /// Ids (terms with `-`) of entries the parser could not read: they
    /// exist, broken, and are reported as syntax errors only.
    pub(crate) broken: Vec<String>,
}

impl<'a> Locale<'a> {
    /// Collects the definitions of `files` (all of one language).
    pub(crate) fn new(lang: &'a str, files: Vec<&'a Parsed<'a>>) -> Self {
        let mut locale = Locale {
            lang,
            files,
            messages: BTreeMap::new(),
            terms: BTreeMap::new(),
            all: Vec::new(),
            broken: Vec::new(),
        };
        for &parsed in &locale.files {
            for entry in &parsed.resource.body {
                let def = match entry {
                    ast::Entry::Message(m) => Def {
                        parsed,
                        name: m.id.name,
                        term: false,
                        value: m.value.as_ref(),
                        attributes: &m.attributes,
                    },
                    ast::Entry::Term(t) => Def {
                        parsed,
                        name: t.id.name,
                        term: true,
                        value: Some(&t.value),
                        attributes: &t.attributes,
                    },
                    ast::Entry::Junk { content } => {
                        if let Some(id) = junk_id(content) {
                            locale.broken.push(id.to_owned());
                        }
                        continue;
                    }
                    _ => continue,
                };
                let map = if def.term {
                    &mut locale.terms
                } else {
                    &mut locale.messages
                };
                map.entry(def.name).or_insert(def);
                locale.all.push(def);
            }
        }
        locale
    }

    /// Whether an entry with this key (terms with `-`) was written but
    /// could not be parsed.
    pub(crate) fn is_broken(&self, key: &str) -> bool {
        self.broken.iter().any(|b| b == key)
    }

    /// The directory the locale's files are in (`locales/ko`).
    pub(crate) fn dir(&self) -> &'a str {
        self.files.first().map_or("", |p| dir_name(&p.file.path))
    }

    /// The file called `name`, if the locale has it.
    pub(crate) fn file(&self, name: &str) -> Option<&'a Parsed<'a>> {
        self.files.iter().copied().find(|p| p.name() == name)
    }

    /// The path a file called `name` has (or would have) in this locale.
    pub(crate) fn path_for(&self, name: &str) -> String {
        match self.file(name) {
            Some(p) => p.file.path.clone(),
            None if self.dir().is_empty() => name.to_owned(),
            None => format!("{}/{name}", self.dir()),
        }
    }
}

/// The id a junk entry was meant to define (`-term` for terms), if it
/// starts like an entry.
pub(crate) fn junk_id(content: &str) -> Option<&str> {
    let first = content.lines().next()?;
    let body = first.strip_prefix('-').unwrap_or(first);
    if !body.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let len = body
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(body.len());
    let rest = body[len..].trim_start_matches(' ');
    rest.starts_with('=')
        .then(|| &first[..len + first.len() - body.len()])
}

/// A function call: its name and arguments.
pub(crate) struct Call<'a> {
    /// The function name (`NUMBER`).
    pub(crate) name: &'a str,
    /// Its arguments.
    pub(crate) arguments: &'a CallArguments<&'a str>,
}

/// A select expression.
pub(crate) struct Select<'a> {
    /// What it selects on.
    pub(crate) selector: &'a InlineExpression<&'a str>,
    /// Its variants.
    pub(crate) variants: &'a [Variant<&'a str>],
}

/// A reference to a message or term.
pub(crate) struct Reference<'a> {
    /// The id (without `-`).
    pub(crate) name: &'a str,
    /// Whether it is a term reference.
    pub(crate) term: bool,
    /// The attribute, if one is referenced.
    pub(crate) attribute: Option<&'a str>,
    /// The arguments a term reference passes (`-term(x: 1)`).
    pub(crate) arguments: Option<&'a CallArguments<&'a str>>,
}

impl Reference<'_> {
    /// The id as written in a reference: terms with `-`.
    pub(crate) fn key(&self) -> String {
        if self.term {
            format!("-{}", self.name)
        } else {
            self.name.to_owned()
        }
    }
}

/// Everything a pattern contains, nested placeables and variants included.
#[derive(Default)]
pub(crate) struct Facts<'a> {
    /// `$variable` names, in order, repeats included.
    pub(crate) variables: Vec<&'a str>,
    /// Message and term references.
    pub(crate) references: Vec<Reference<'a>>,
    /// Function calls.
    pub(crate) calls: Vec<Call<'a>>,
    /// Select expressions.
    pub(crate) selects: Vec<Select<'a>>,
    /// Text elements, as written.
    pub(crate) texts: Vec<&'a str>,
    /// Printed string literals, as written (escapes not decoded); not
    /// those given to functions and terms as arguments.
    pub(crate) literals: Vec<&'a str>,
}

impl<'a> Facts<'a> {
    /// What `pattern` contains.
    pub(crate) fn of(pattern: &'a Pattern<&'a str>) -> Self {
        let mut facts = Facts::default();
        facts.pattern(pattern);
        facts
    }

    fn pattern(&mut self, pattern: &'a Pattern<&'a str>) {
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => self.texts.push(value),
                PatternElement::Placeable { expression } => self.expression(expression),
            }
        }
    }

    fn expression(&mut self, expression: &'a Expression<&'a str>) {
        match expression {
            Expression::Select { selector, variants } => {
                self.selects.push(Select { selector, variants });
                self.inline(selector);
                for variant in variants {
                    self.pattern(&variant.value);
                }
            }
            Expression::Inline(inline) => self.inline(inline),
        }
    }

    fn inline(&mut self, inline: &'a InlineExpression<&'a str>) {
        match inline {
            InlineExpression::StringLiteral { value } => self.literals.push(value),
            InlineExpression::NumberLiteral { .. } => {}
            InlineExpression::FunctionReference { id, arguments } => {
                self.calls.push(Call {
                    name: id.name,
                    arguments,
                });
                self.arguments(arguments);
            }
            InlineExpression::MessageReference { id, attribute } => {
                self.references.push(Reference {
                    name: id.name,
                    term: false,
                    attribute: attribute.as_ref().map(|a| a.name),
                    arguments: None,
                });
            }
            InlineExpression::TermReference {
                id,
                attribute,
                arguments,
            } => {
                self.references.push(Reference {
                    name: id.name,
                    term: true,
                    attribute: attribute.as_ref().map(|a| a.name),
                    arguments: arguments.as_ref(),
                });
                if let Some(arguments) = arguments {
                    self.arguments(arguments);
                }
            }
            InlineExpression::VariableReference { id } => self.variables.push(id.name),
            InlineExpression::Placeable { expression } => self.expression(expression),
        }
    }

    /// Arguments: string literals there are options or inputs, not
    /// printed text, so they are not collected.
    fn arguments(&mut self, arguments: &'a CallArguments<&'a str>) {
        let values = arguments
            .positional
            .iter()
            .chain(arguments.named.iter().map(|n| &n.value));
        for value in values {
            if !matches!(value, InlineExpression::StringLiteral { .. }) {
                self.inline(value);
            }
        }
    }
}

/// Decodes a string literal's escapes (`\"`, `\\`, `\uXXXX`,
/// `\UXXXXXX`), giving each character with the byte offset, within the raw
/// literal, of the text that wrote it.
pub(crate) fn literal_chars(raw: &str) -> Vec<(usize, char)> {
    let mut out = Vec::new();
    let mut chars = raw.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c != '\\' {
            out.push((at, c));
            continue;
        }
        match chars.peek().map(|&(_, c)| c) {
            Some(digits @ ('u' | 'U')) => {
                chars.next();
                let len = if digits == 'u' { 4 } else { 6 };
                let start = at + 2;
                let decoded = raw
                    .get(start..start + len)
                    .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                    .and_then(char::from_u32);
                match decoded {
                    Some(ch) => {
                        out.push((at, ch));
                        for _ in 0..len {
                            chars.next();
                        }
                    }
                    None => out.push((at, '\u{FFFD}')),
                }
            }
            Some(escaped) => {
                chars.next();
                out.push((at, escaped));
            }
            None => out.push((at, c)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn junk_ids() {
        assert_eq!(junk_id("broken = { $x\n"), Some("broken"));
        assert_eq!(junk_id("-term = {\n"), Some("-term"));
        assert_eq!(junk_id("g@rbage = x\n"), None);
        assert_eq!(junk_id("  = x\n"), None);
    }

    #[test]
    fn literal_escapes_decode() {
        let chars: String = literal_chars(r#"a\u200Bb\"\\\U01F600"#)
            .into_iter()
            .map(|(_, c)| c)
            .collect();
        assert_eq!(chars, "a\u{200B}b\"\\\u{1F600}");
        assert_eq!(literal_chars(r"x\u200B")[1], (1, '\u{200B}'));
    }

    #[test]
    fn offsets_point_into_the_text() {
        let file = LocaleFile::new("ko", "a.ftl", "a = 1\nbee = { $x }\n");
        let parsed = Parsed::new(&file);
        let locale = Locale::new("ko", vec![&parsed]);
        let def = locale.messages["bee"];
        assert_eq!(def.offset(), 6);
        let finding = def.finding(Severity::Error, "test", "m".into());
        assert_eq!((finding.line, finding.column), (2, 1));
        assert_eq!(finding.snippet, "bee = { $x }");
        assert_eq!(locale.dir(), "locales/ko");
        assert_eq!(locale.path_for("b.ftl"), "locales/ko/b.ftl");
    }
}
