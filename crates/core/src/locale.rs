//! Fluent bundles, one per language, built from `locales/<lang>/*.ftl`.
//!
//! The locales ship inside the binary; `--locales DIR` reads a directory of
//! the same shape instead, so translators can preview their edits without a
//! rebuild. A message missing in a language is an error naming the language
//! and the id: nothing falls back to another language.
//!
//! Every bundle has `NUMBER()` and `DATETIME()` backed by ICU4X (see
//! [`crate::functions`]). Formatting a message that errs (an unknown
//! variable, message or attribute, a function given the wrong kind of value)
//! is an error naming the file, the line and the message id: nothing that
//! failed reaches a page.
//!
//! Files are UTF-8 without a byte order mark. [`scan_dir`] reads any other
//! encoding it recognizes (UTF-16, GBK) for the checker, which reports it;
//! [`files_in`], which the documents are printed from, refuses it.
//!
//! Bidirectional isolation marks (U+2068/U+2069 around placeables) are turned
//! off: every shipped script runs left to right, and the marks would reach the
//! PDF's text layer as stray characters.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentError, FluentResource};

pub use fluent_bundle::FluentArgs;
use include_dir::{Dir, include_dir};

use crate::error::{Error, ErrorKind, Result};
use crate::functions;
use crate::lang::{Lang, Tag};

static EMBEDDED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../locales");

/// One `.ftl` file's text and where it came from.
#[derive(Debug, Clone)]
pub struct LocaleFile {
    /// The language (locale directory name).
    pub lang: String,
    /// Path for messages, e.g. `locales/ko/common.ftl`.
    pub path: String,
    /// The file's text.
    pub text: String,
}

impl LocaleFile {
    /// File `name` of language `lang`, at `locales/<lang>/<name>`, with
    /// `text`: a file read from the locales directory, or one made in
    /// memory (an edit to check, a test).
    pub fn new(lang: &str, name: &str, text: impl Into<String>) -> LocaleFile {
        LocaleFile {
            lang: lang.to_owned(),
            path: format!("locales/{lang}/{name}"),
            text: text.into(),
        }
    }
}

/// The loaded languages and their bundles. `Send + Sync`: one instance
/// serves every thread.
pub struct Locales {
    bundles: BTreeMap<Lang, FluentBundle<FluentResource>>,
    files: Vec<LocaleFile>,
    /// Where each message is defined: language → id → (file index, line).
    defined: BTreeMap<Lang, HashMap<String, (usize, usize)>>,
}

impl std::fmt::Debug for Locales {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locales")
            .field("languages", &self.bundles.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl Locales {
    /// The locales embedded in the binary, parsed once per process.
    pub fn embedded() -> Result<&'static Locales> {
        static LOCALES: OnceLock<Result<Locales>> = OnceLock::new();
        LOCALES
            .get_or_init(|| Locales::from_files(embedded_files()))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Reads `DIR/<lang>/*.ftl`.
    pub fn from_dir(dir: &Path) -> Result<Locales> {
        Locales::from_files(files_in(dir)?)
    }

    /// Builds bundles from files. Syntax errors and duplicate ids are
    /// errors naming the file, line and column.
    pub fn from_files(files: Vec<LocaleFile>) -> Result<Locales> {
        let mut bundles: BTreeMap<Lang, FluentBundle<FluentResource>> = BTreeMap::new();
        let mut defined: BTreeMap<Lang, HashMap<String, (usize, usize)>> = BTreeMap::new();
        for (index, file) in files.iter().enumerate() {
            let tag: Tag = file.lang.parse().map_err(|e: String| {
                Error::new(ErrorKind::Locale, format!("locale directory name: {e}"))
                    .in_file(&file.path)
            })?;
            let lang = Lang::from_dir_name(&file.lang);
            let places = defined.entry(lang.clone()).or_default();
            for (id, line) in message_lines(&file.text) {
                places.entry(id.to_owned()).or_insert((index, line));
            }
            let resource = FluentResource::try_new(file.text.clone()).map_err(|(_, errors)| {
                let first = &errors[0];
                // The start of the broken entry, where a translator looks;
                // the parser's own position is often the end of the file.
                let at = first.slice.as_ref().map_or(first.pos.start, |s| s.start);
                let (line, col) = line_col(&file.text, at);
                Error::new(
                    ErrorKind::Locale,
                    format!("column {col}: Fluent syntax error: {}", first.kind),
                )
                .in_file(&file.path)
                .at_line(line)
            })?;
            let bundle = bundles
                .entry(lang)
                .or_insert_with(|| new_bundle(&tag, None));
            bundle.add_resource(resource).map_err(|errors| {
                Error::new(ErrorKind::Locale, errors[0].to_string()).in_file(&file.path)
            })?;
        }
        if !bundles.contains_key(&Lang::reference()) {
            return Err(Error::new(
                ErrorKind::Locale,
                format!(
                    "the reference locale `{}` is missing",
                    crate::lang::REFERENCE
                ),
            ));
        }
        Ok(Locales {
            bundles,
            files,
            defined,
        })
    }

    /// Adds the pseudo-locale `en-XA`: the English messages with every
    /// ASCII letter accented, vowels doubled (`fluent-pseudo`) and
    /// pseudo-words added, about 40% longer. It exists to find layouts that break when a translation runs
    /// long, before a real translation does; it is never a language a
    /// document is issued in.
    pub fn add_pseudo(&mut self) -> Result<Lang> {
        let base = Lang::from_dir_name("en");
        let tag: Tag = PSEUDO
            .parse()
            .map_err(|e: String| Error::new(ErrorKind::Locale, e))?;
        let mut bundle = new_bundle(&tag, Some(pseudo_transform));
        let mut found = false;
        for file in self.files.iter().filter(|f| f.lang == base.as_str()) {
            found = true;
            let resource = FluentResource::try_new(file.text.clone()).map_err(|_| {
                Error::new(ErrorKind::Locale, "Fluent syntax error").in_file(&file.path)
            })?;
            bundle.add_resource(resource).map_err(|errors| {
                Error::new(ErrorKind::Locale, errors[0].to_string()).in_file(&file.path)
            })?;
        }
        if !found {
            return Err(Error::new(
                ErrorKind::Locale,
                "the pseudo-locale is built from `en`, which is missing",
            ));
        }
        let lang = Lang::from_dir_name(PSEUDO);
        self.bundles.insert(lang.clone(), bundle);
        // Its messages are English ones: errors point at the English file.
        if let Some(places) = self.defined.get(&base).cloned() {
            self.defined.insert(lang.clone(), places);
        }
        Ok(lang)
    }

    /// The loaded languages, reference first.
    pub fn languages(&self) -> Vec<Lang> {
        let mut langs: Vec<Lang> = self.bundles.keys().cloned().collect();
        langs.sort_by_key(|l| (!l.is_reference(), l.clone()));
        langs
    }

    /// The `.ftl` files the bundles were built from.
    pub fn files(&self) -> &[LocaleFile] {
        &self.files
    }

    /// The loaded language a tag asks for. An unknown language is an
    /// error listing the available ones.
    pub fn negotiate(&self, tag: &Tag) -> Result<Lang> {
        tag.negotiate(self.bundles.keys()).ok_or_else(|| {
            let available: Vec<String> = self.languages().iter().map(Lang::to_string).collect();
            Error::usage(format!(
                "no locale for language `{tag}` (available: {})",
                available.join(", ")
            ))
        })
    }

    /// Whether `lang` has message `id`.
    pub fn has(&self, lang: &Lang, id: &str) -> bool {
        self.bundles.get(lang).is_some_and(|b| b.has_message(id))
    }

    /// Whether message `id` in `lang` reads a variable, directly or through
    /// the messages and term arguments it refers to: its text can differ
    /// from one resident to the next. A message this cannot tell about
    /// (missing, or nested past any sensible depth) counts as reading one.
    pub fn takes_variables(&self, lang: &Lang, id: &str) -> bool {
        let Some(bundle) = self.bundles.get(lang) else {
            return true;
        };
        message_takes_variables(bundle, id, 0)
    }

    /// Formats message `id` in `lang` with `args`. A missing language,
    /// message or value, or any formatting problem (an unknown variable,
    /// message or attribute, a function given the wrong kind of value or an
    /// option it does not take), is an error naming the file and line of
    /// the message, its id and the problem.
    pub fn format(&self, lang: &Lang, id: &str, args: Option<&FluentArgs>) -> Result<String> {
        let locale_error = |message: String| {
            let err = Error::new(ErrorKind::Locale, message).for_field(id.to_owned());
            let place = self
                .defined
                .get(lang)
                .and_then(|places| places.get(id))
                .and_then(|&(file, line)| Some((self.files.get(file)?.path.as_str(), line)));
            match place {
                Some((path, line)) => err.in_file(path).at_line(line),
                None => err.in_file(format!("locales/{lang}")),
            }
        };
        let bundle = self
            .bundles
            .get(lang)
            .ok_or_else(|| locale_error(format!("language `{lang}` is not loaded")))?;
        let message = bundle
            .get_message(id)
            .ok_or_else(|| locale_error("message is missing".to_owned()))?;
        let pattern = message
            .value()
            .ok_or_else(|| locale_error("message has no value".to_owned()))?;
        let mut errors = Vec::new();
        functions::clear_faults();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        let faults = functions::take_faults();
        if let Some(err) = errors.first() {
            return Err(locale_error(describe(err)));
        }
        if let Some(fault) = faults.into_iter().next() {
            return Err(locale_error(fault));
        }
        Ok(text.into_owned())
    }
}

/// A formatting error in plain words.
fn describe(err: &FluentError) -> String {
    use fluent_bundle::resolver::ResolverError;
    use fluent_bundle::resolver::errors::ReferenceKind;
    match err {
        FluentError::ResolverError(ResolverError::Reference(kind)) => match kind {
            ReferenceKind::Variable { id } => {
                format!("uses `${id}`, which the document does not provide")
            }
            ReferenceKind::Message {
                id,
                attribute: None,
            } => format!("refers to message `{id}`, which does not exist"),
            ReferenceKind::Message {
                id,
                attribute: Some(a),
            } => format!("refers to `{id}.{a}`, which does not exist"),
            ReferenceKind::Term {
                id,
                attribute: None,
            } => format!("refers to term `-{id}`, which does not exist"),
            ReferenceKind::Term {
                id,
                attribute: Some(a),
            } => format!("refers to `-{id}.{a}`, which does not exist"),
            ReferenceKind::Function { id } => {
                format!("calls `{id}()`; the functions are `NUMBER()` and `DATETIME()`")
            }
        },
        FluentError::ResolverError(ResolverError::NoValue(id)) => {
            format!("refers to `{id}`, which has no value")
        }
        FluentError::ResolverError(ResolverError::MissingDefault) => {
            "a select has no default variant".to_owned()
        }
        FluentError::ResolverError(ResolverError::Cyclic) => {
            "refers to itself through other messages".to_owned()
        }
        other => other.to_string(),
    }
}

/// The message ids defined in `text` with their 1-based lines: lines that
/// start with an identifier and `=`.
fn message_lines(text: &str) -> impl Iterator<Item = (&str, usize)> {
    text.lines().enumerate().filter_map(|(n, line)| {
        let len = line
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(line.len());
        let id = &line[..len];
        let starts = id.starts_with(|c: char| c.is_ascii_alphabetic());
        (starts && line[len..].trim_start_matches(' ').starts_with('=')).then_some((id, n + 1))
    })
}

/// The pseudo-locale's tag (see [`Locales::add_pseudo`]): `XA` is the
/// private-use region CLDR and Android use for accented pseudo-locales.
pub const PSEUDO: &str = "en-XA";

type Transform = fn(&str) -> Cow<'_, str>;

fn new_bundle(tag: &Tag, transform: Option<Transform>) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new_concurrent(vec![tag.langid().clone()]);
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(functions::formatter));
    bundle.set_transform(transform);
    // A fresh bundle has no functions, so neither call can clash.
    let _ = bundle.add_function("NUMBER", functions::number);
    let _ = bundle.add_function("DATETIME", functions::datetime);
    bundle
}

/// fluent-pseudo's accented, elongated text (about 25% longer), padded
/// with pseudo-words to about 40% longer: translations into German, French
/// or Russian often run that much longer than English.
fn pseudo_transform(text: &str) -> Cow<'_, str> {
    let letters = text.chars().filter(char::is_ascii_alphabetic).count();
    let padding = letters * 3 / 20;
    let accented = fluent_pseudo::transform(text, false, true);
    if padding == 0 {
        return accented;
    }
    let mut out = accented.into_owned();
    for n in 0..padding {
        if n % 5 == 0 {
            out.push(' ');
        }
        out.push('ẋ');
    }
    Cow::Owned(out)
}

/// A locale file not saved as UTF-8 without a byte order mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EncodingProblem {
    /// The file's path.
    pub path: String,
    /// What is wrong and how to fix it.
    pub message: String,
}

/// A file's bytes as text: UTF-8 as it is; a UTF-8 byte order mark
/// stripped, UTF-16 (with its byte order mark) and GBK decoded, each with
/// the problem to report. `None` when the bytes are no text it knows.
pub fn decode(bytes: &[u8]) -> (Option<String>, Option<String>) {
    const SAVE: &str = "save it as UTF-8 without a byte order mark";
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        let text = String::from_utf8(rest.to_vec()).ok();
        return (
            text,
            Some(format!(
                "the file starts with a byte order mark (U+FEFF), which Fluent cannot read; {SAVE}"
            )),
        );
    }
    for (bom, encoding, name) in [
        (
            &b"\xFF\xFE"[..],
            encoding_rs::UTF_16LE,
            "UTF-16 (little-endian)",
        ),
        (
            &b"\xFE\xFF"[..],
            encoding_rs::UTF_16BE,
            "UTF-16 (big-endian)",
        ),
    ] {
        if bytes.starts_with(bom) {
            let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom.len()..]);
            return (
                (!had_errors).then(|| text.into_owned()),
                Some(format!("the file is {name} text; {SAVE}")),
            );
        }
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return (Some(text.to_owned()), None);
    }
    let (text, had_errors) = encoding_rs::GBK.decode_without_bom_handling(bytes);
    if !had_errors {
        return (
            Some(text.into_owned()),
            Some(format!("the file is not UTF-8 (it reads as GBK); {SAVE}")),
        );
    }
    (None, Some(format!("the file is not UTF-8 text; {SAVE}")))
}

/// Every `DIR/<lang>/*.ftl` file, sorted by language and name, and the
/// files in another encoding: those that decode (UTF-16, GBK, a byte order
/// mark) are among the files too, so a checker can report the encoding and
/// still check what the file says.
pub fn scan_dir(dir: &Path) -> Result<(Vec<LocaleFile>, Vec<EncodingProblem>)> {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir.display(), &e))?;
    let mut langs: Vec<_> = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .collect();
    langs.sort_by_key(|e| e.file_name());
    for entry in langs {
        let lang = entry.file_name().to_string_lossy().into_owned();
        let mut ftl: Vec<_> = std::fs::read_dir(entry.path())
            .map_err(|e| Error::io(entry.path().display(), &e))?
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        ftl.sort();
        for path in ftl {
            let bytes = std::fs::read(&path).map_err(|e| Error::io(path.display(), &e))?;
            let (text, problem) = decode(&bytes);
            let path = path.display().to_string();
            if let Some(message) = problem {
                problems.push(EncodingProblem {
                    path: path.clone(),
                    message,
                });
            }
            if let Some(text) = text {
                files.push(LocaleFile {
                    lang: lang.clone(),
                    path,
                    text,
                });
            }
        }
    }
    Ok((files, problems))
}

/// Every `DIR/<lang>/*.ftl` file, sorted by language and name. A file that
/// is not UTF-8 without a byte order mark is an error naming it.
pub fn files_in(dir: &Path) -> Result<Vec<LocaleFile>> {
    let (files, problems) = scan_dir(dir)?;
    match problems.into_iter().next() {
        Some(p) => Err(Error::new(ErrorKind::Locale, p.message).in_file(p.path)),
        None => Ok(files),
    }
}

/// The file in a locales tree that lists message ids allowed to read the
/// same as the reference or English (`gaozhi check`).
pub const ALLOW_UNTRANSLATED: &str = "allow-untranslated.txt";

/// The embedded `locales/allow-untranslated.txt` (empty if there is none).
pub fn embedded_allow_list() -> &'static str {
    EMBEDDED
        .get_file(ALLOW_UNTRANSLATED)
        .and_then(|f| f.contents_utf8())
        .unwrap_or("")
}

/// The embedded `locales/` tree as files.
pub fn embedded_files() -> Vec<LocaleFile> {
    let mut files = Vec::new();
    for dir in EMBEDDED.dirs() {
        let lang = dir.path().to_string_lossy().into_owned();
        let mut ftl: Vec<_> = dir
            .files()
            .filter(|f| f.path().extension().is_some_and(|x| x == "ftl"))
            .collect();
        ftl.sort_by_key(|f| f.path());
        for file in ftl {
            files.push(LocaleFile {
                lang: lang.clone(),
                path: format!("locales/{}", file.path().display()),
                text: file.contents_utf8().unwrap_or_default().to_owned(),
            });
        }
    }
    files
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, col)
}

/// See [`Locales::takes_variables`].
fn message_takes_variables(bundle: &FluentBundle<FluentResource>, id: &str, depth: u8) -> bool {
    use fluent_syntax::ast::{CallArguments, Expression, InlineExpression, PatternElement};

    fn inline(
        bundle: &FluentBundle<FluentResource>,
        e: &InlineExpression<&str>,
        depth: u8,
    ) -> bool {
        match e {
            InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {
                false
            }
            InlineExpression::VariableReference { .. } => true,
            InlineExpression::MessageReference { id, .. } => {
                message_takes_variables(bundle, id.name, depth + 1)
            }
            // A term sees only the arguments it is given.
            InlineExpression::TermReference { arguments, .. } => {
                arguments.as_ref().is_some_and(|a| call(bundle, a, depth))
            }
            InlineExpression::FunctionReference { arguments, .. } => call(bundle, arguments, depth),
            InlineExpression::Placeable { expression } => expression_(bundle, expression, depth),
        }
    }
    fn call(bundle: &FluentBundle<FluentResource>, args: &CallArguments<&str>, depth: u8) -> bool {
        args.positional.iter().any(|a| inline(bundle, a, depth))
            || args.named.iter().any(|n| inline(bundle, &n.value, depth))
    }
    fn expression_(bundle: &FluentBundle<FluentResource>, e: &Expression<&str>, depth: u8) -> bool {
        match e {
            Expression::Inline(i) => inline(bundle, i, depth),
            Expression::Select { selector, variants } => {
                inline(bundle, selector, depth)
                    || variants
                        .iter()
                        .any(|v| pattern(bundle, &v.value.elements, depth))
            }
        }
    }
    fn pattern(
        bundle: &FluentBundle<FluentResource>,
        elements: &[PatternElement<&str>],
        depth: u8,
    ) -> bool {
        elements.iter().any(|el| match el {
            PatternElement::TextElement { .. } => false,
            PatternElement::Placeable { expression } => expression_(bundle, expression, depth),
        })
    }

    if depth > 16 {
        return true;
    }
    match bundle.get_message(id).and_then(|m| m.value()) {
        Some(value) => pattern(bundle, &value.elements, depth),
        None => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(lang: &str, text: &str) -> LocaleFile {
        LocaleFile::new(lang, "test.ftl", text)
    }

    #[test]
    fn formats_without_isolation_marks() {
        let locales =
            Locales::from_files(vec![file("zh-Hans", "greet = 你好，{ $name }！\n")]).unwrap();
        let mut args = FluentArgs::new();
        args.set("name", "金敏俊");
        let text = locales
            .format(&Lang::reference(), "greet", Some(&args))
            .unwrap();
        assert_eq!(text, "你好，金敏俊！");
    }

    #[test]
    fn syntax_errors_name_file_and_line() {
        let err =
            Locales::from_files(vec![file("zh-Hans", "ok = 好\n\nbroken = {\n")]).unwrap_err();
        assert_eq!(err.kind, ErrorKind::Locale);
        assert_eq!(err.at.file.as_deref(), Some("locales/zh-Hans/test.ftl"));
        assert_eq!(err.at.line, Some(3));
    }

    #[test]
    fn the_pseudo_locale_is_english_accented_and_longer() {
        let mut locales = Locales::from_files(embedded_files()).unwrap();
        let pseudo = locales.add_pseudo().unwrap();
        assert_eq!(pseudo.as_str(), PSEUDO);
        let en = Lang::from_dir_name("en");
        let mut args = FluentArgs::new();
        args.set("days", 14);
        args.set("threshold", "37.3");
        let (mut plain, mut long) = (0usize, 0usize);
        let ids: Vec<&str> = crate::document::DOCUMENTS
            .iter()
            .flat_map(|d| d.all_messages())
            .collect();
        for id in ids {
            let (Ok(a), Ok(b)) = (
                locales.format(&en, id, Some(&args)),
                locales.format(&pseudo, id, Some(&args)),
            ) else {
                continue;
            };
            assert_eq!(a.is_empty(), b.is_empty(), "{id}");
            plain += a.chars().count();
            long += b.chars().count();
        }
        let stay = locales
            .format(&pseudo, "home-observation-notice-rule-stay", Some(&args))
            .unwrap();
        assert!(!stay.is_ascii(), "{stay}");
        // Numbers and variables stay as they are.
        assert!(stay.contains("14") || !stay.contains('1'), "{stay}");
        let ratio = long as f64 / plain as f64;
        eprintln!("the pseudo-locale is {ratio:.2}x as long as English");
        assert!(
            ratio > 1.35,
            "the pseudo-locale is only {ratio:.2}x as long"
        );
        // It never becomes a language of the shipped set.
        assert!(!Locales::embedded().unwrap().languages().contains(&pseudo));
    }

    #[test]
    fn missing_messages_do_not_fall_back() {
        let locales = Locales::from_files(vec![
            file("zh-Hans", "a = 甲\nb = 乙\n"),
            file("ko", "a = 갑\n"),
        ])
        .unwrap();
        let ko = Lang::from_dir_name("ko");
        assert_eq!(locales.format(&ko, "a", None).unwrap(), "갑");
        let err = locales.format(&ko, "b", None).unwrap_err();
        assert_eq!(err.at.field.as_deref(), Some("b"));
        assert!(locales.negotiate(&"fr".parse().unwrap()).is_err());
    }

    #[test]
    fn other_encodings_are_read_and_named() {
        let text = "a = 甲 가\n";
        assert_eq!(decode(text.as_bytes()), (Some(text.to_owned()), None));
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend(text.as_bytes());
        let mut utf16be = vec![0xFE, 0xFF];
        utf16be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        let mut utf16le = vec![0xFF, 0xFE];
        utf16le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let (gbk, _, _) = encoding_rs::GBK.encode("a = 甲乙\n");
        for (bytes, expected, says) in [
            (bom, text, "byte order mark"),
            (utf16be, text, "UTF-16 (big-endian)"),
            (utf16le, text, "UTF-16 (little-endian)"),
            (gbk.into_owned(), "a = 甲乙\n", "GBK"),
        ] {
            let (decoded, problem) = decode(&bytes);
            assert_eq!(decoded.as_deref(), Some(expected));
            assert!(problem.unwrap().contains(says));
        }
        let (decoded, problem) = decode(b"a = \xFF\xFF\xFF\n");
        assert_eq!(decoded, None);
        assert!(problem.unwrap().contains("not UTF-8"));
    }

    #[test]
    fn formatting_errors_name_the_file_line_and_message() {
        let locales =
            Locales::from_files(vec![file("zh-Hans", "a = 甲\n\nb = { $x } { c.d }\n")]).unwrap();
        let err = locales.format(&Lang::reference(), "b", None).unwrap_err();
        assert_eq!(
            err.to_string(),
            "locales/zh-Hans/test.ftl:3: message `b`: uses `$x`, which the document does not provide"
        );
    }

    #[test]
    fn embedded_locales_load() {
        let locales = Locales::embedded().unwrap();
        let langs: Vec<String> = locales.languages().iter().map(|l| l.to_string()).collect();
        assert_eq!(langs[0], "zh-Hans");
        assert!(langs.contains(&"en".to_owned()));
    }
}
