//! Languages: parsing BCP 47 tags, matching them to the shipped locales, and
//! what each language needs from the typesetter.
//!
//! A document language is always one of the locales that were loaded (the
//! embedded `locales/` tree or a `--locales DIR`). Matching is deliberately
//! strict: `ko-KR` finds `ko`, `zh-TW` finds `zh-Hant`, but `pt` never falls
//! back to another language. On a legal notice a silent substitution is worse
//! than an error.

use std::fmt;
use std::str::FromStr;

use unic_langid::LanguageIdentifier;

/// The reference language: the binding Chinese text every document carries.
pub const REFERENCE: &str = "zh-Hans";

/// A language a document can be printed in, identified by its locale
/// directory name (`zh-Hans`, `en`, `ko`, …).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang {
    tag: String,
}

impl Lang {
    /// The reference language (`zh-Hans`).
    pub fn reference() -> Self {
        Lang {
            tag: REFERENCE.to_owned(),
        }
    }

    /// Wraps a locale directory name. The caller guarantees it is a valid
    /// BCP 47 tag (see [`Tag`]).
    pub(crate) fn from_dir_name(tag: &str) -> Self {
        Lang {
            tag: tag.to_owned(),
        }
    }

    /// The tag as written in the locale directory name.
    pub fn as_str(&self) -> &str {
        &self.tag
    }

    /// Whether this is the reference language.
    pub fn is_reference(&self) -> bool {
        self.tag == REFERENCE
    }

    /// The parsed language identifier.
    pub fn langid(&self) -> LanguageIdentifier {
        self.tag.parse().unwrap_or_default()
    }

    /// The ISO 639 language Typst's `text(lang:)` takes (`zh`, `ko`, `en`).
    pub fn typst_lang(&self) -> String {
        self.langid().language.as_str().to_owned()
    }

    /// The region Typst's `text(region:)` takes, where it changes glyphs:
    /// Traditional Chinese is set with `region: "TW"` so that the CJK font's
    /// `locl` feature draws Traditional forms.
    pub fn typst_region(&self) -> Option<String> {
        let id = self.langid();
        if let Some(region) = id.region {
            return Some(region.as_str().to_owned());
        }
        match (id.language.as_str(), id.script.as_ref().map(|s| s.as_str())) {
            ("zh", Some("Hant")) => Some("TW".to_owned()),
            ("zh", _) => Some("CN".to_owned()),
            _ => None,
        }
    }

    /// Whether the language is written in Han, kana or Hangul, and so is
    /// set with the CJK font first.
    pub fn is_cjk(&self) -> bool {
        matches!(self.typst_lang().as_str(), "zh" | "ja" | "ko")
    }

    /// Whether lines may only break between words (Korean convention).
    pub fn keeps_words_whole(&self) -> bool {
        self.typst_lang() == "ko"
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.tag)
    }
}

/// A syntactically valid BCP 47 tag as a user or a record gave it, not yet
/// matched to a shipped locale.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Tag(LanguageIdentifier);

impl Tag {
    /// The parsed identifier.
    pub fn langid(&self) -> &LanguageIdentifier {
        &self.0
    }

    /// Finds the shipped language this tag asks for, among `available`.
    ///
    /// The rules, in order: an exact match (`ko`); Chinese by script, or by
    /// region when no script is given (`zh-TW`, `zh-HK`, `zh-MO` →
    /// `zh-Hant`; `zh`, `zh-CN`, `zh-SG` → `zh-Hans`); otherwise the one
    /// locale with the same language subtag (`en-GB` → `en`). Nothing else:
    /// an unknown language is `None`, never another language.
    pub fn negotiate<'a>(&self, available: impl IntoIterator<Item = &'a Lang>) -> Option<Lang> {
        let available: Vec<&Lang> = available.into_iter().collect();
        let wanted = &self.0;
        if let Some(exact) = available.iter().find(|l| l.langid() == *wanted) {
            return Some((*exact).clone());
        }
        let language = wanted.language.as_str();
        if language == "zh" {
            let script = match wanted.script.as_ref().map(|s| s.as_str()) {
                Some(script) => script.to_owned(),
                None => match wanted.region.as_ref().map(|r| r.as_str()) {
                    Some("TW" | "HK" | "MO") => "Hant".to_owned(),
                    _ => "Hans".to_owned(),
                },
            };
            let target = format!("zh-{script}");
            return available
                .iter()
                .find(|l| l.as_str() == target)
                .map(|l| (*l).clone());
        }
        let mut same_language = available
            .iter()
            .filter(|l| l.langid().language.as_str() == language);
        match (same_language.next(), same_language.next()) {
            (Some(only), None) => Some((*only).clone()),
            _ => None,
        }
    }
}

impl FromStr for Tag {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let trimmed = s.trim();
        if trimmed.is_empty() {
            return Err("empty language tag".to_owned());
        }
        trimmed
            .replace('_', "-")
            .parse::<LanguageIdentifier>()
            .map(Tag)
            .map_err(|_| format!("`{trimmed}` is not a BCP 47 language tag"))
    }
}

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl<'de> serde::Deserialize<'de> for Tag {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl serde::Serialize for Tag {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Vec<Lang> {
        ["zh-Hans", "zh-Hant", "en", "ja", "ko"]
            .into_iter()
            .map(Lang::from_dir_name)
            .collect()
    }

    fn negotiate(tag: &str) -> Option<String> {
        let tag: Tag = tag.parse().unwrap();
        tag.negotiate(&shipped()).map(|l| l.to_string())
    }

    #[test]
    fn exact_and_regional_tags_match() {
        assert_eq!(negotiate("ko").as_deref(), Some("ko"));
        assert_eq!(negotiate("ko-KR").as_deref(), Some("ko"));
        assert_eq!(negotiate("en_GB").as_deref(), Some("en"));
        assert_eq!(negotiate("ja-JP").as_deref(), Some("ja"));
    }

    #[test]
    fn chinese_goes_by_script_then_region() {
        assert_eq!(negotiate("zh").as_deref(), Some("zh-Hans"));
        assert_eq!(negotiate("zh-CN").as_deref(), Some("zh-Hans"));
        assert_eq!(negotiate("zh-TW").as_deref(), Some("zh-Hant"));
        assert_eq!(negotiate("zh-HK").as_deref(), Some("zh-Hant"));
        assert_eq!(negotiate("zh-Hant-CN").as_deref(), Some("zh-Hant"));
    }

    #[test]
    fn unknown_languages_never_fall_back() {
        assert_eq!(negotiate("pt"), None);
        assert_eq!(negotiate("vi"), None);
        assert!("not a tag!".parse::<Tag>().is_err());
        assert!("".parse::<Tag>().is_err());
    }

    #[test]
    fn typst_settings() {
        let hant = Lang::from_dir_name("zh-Hant");
        assert_eq!(hant.typst_lang(), "zh");
        assert_eq!(hant.typst_region().as_deref(), Some("TW"));
        let ko = Lang::from_dir_name("ko");
        assert_eq!(ko.typst_region(), None);
        assert!(ko.is_cjk() && ko.keeps_words_whole());
        assert!(!Lang::from_dir_name("en").is_cjk());
    }
}
