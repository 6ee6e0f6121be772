//! The default font set embedded in the gaozhi binary.
//!
//! With the `embed` feature (on by default), the font files under the
//! workspace's `fonts/` directory are compiled into the binary, so a machine
//! with no CJK fonts installed still prints correct text:
//!
//! - `NotoSansCJKsc-Regular-subset.otf`, `NotoSansCJKsc-Bold-subset.otf`:
//!   subsets of Noto Sans CJK SC covering GB 2312, Big5 level 1, JIS X 0208,
//!   JIS X 0213, KS X 1001, all Hangul syllables, kana and CJK punctuation,
//!   with every OpenType feature kept (so `locl` still selects Japanese,
//!   Korean and Traditional Chinese glyph forms). The family name is
//!   unchanged, so an installed full copy is found under the same name.
//! - `NotoSans-Regular.ttf`, `NotoSans-Bold.ttf`: Noto Sans, for Latin
//!   Extended, Vietnamese, Greek and Cyrillic.
//! - `NotoSansSymbols2-Regular-subset.ttf`: the few symbols the fonts above
//!   lack, such as the ballot boxes ☐☑☒ and ✔.
//!
//! Without the feature, [`embedded`] returns an empty slice and gaozhi relies
//! on system fonts only. The fonts are under the SIL Open Font License 1.1;
//! see `fonts/LICENSE-OFL.txt`. `fonts/make-subsets.py` regenerates them.

/// One embedded font file.
#[derive(Debug, Clone, Copy)]
pub struct EmbeddedFont {
    /// File name under `fonts/`, e.g. `NotoSansCJKsc-Regular-subset.otf`.
    pub file: &'static str,
    /// The font file's bytes.
    pub data: &'static [u8],
}

/// Embeds `fonts/<file>` from the workspace root.
#[cfg(feature = "embed")]
macro_rules! font {
    ($file:literal) => {
        EmbeddedFont {
            file: $file,
            data: include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../fonts/", $file)),
        }
    };
}

#[cfg(feature = "embed")]
static FONTS: &[EmbeddedFont] = &[
    font!("NotoSansCJKsc-Regular-subset.otf"),
    font!("NotoSansCJKsc-Bold-subset.otf"),
    font!("NotoSans-Regular.ttf"),
    font!("NotoSans-Bold.ttf"),
    font!("NotoSansSymbols2-Regular-subset.ttf"),
];

#[cfg(not(feature = "embed"))]
static FONTS: &[EmbeddedFont] = &[];

/// The embedded fonts (empty without the `embed` feature).
pub fn embedded() -> &'static [EmbeddedFont] {
    FONTS
}

#[cfg(all(test, feature = "embed"))]
mod tests {
    use super::*;

    #[test]
    fn all_files_present_with_sfnt_magic() {
        let expected = [
            "NotoSansCJKsc-Regular-subset.otf",
            "NotoSansCJKsc-Bold-subset.otf",
            "NotoSans-Regular.ttf",
            "NotoSans-Bold.ttf",
            "NotoSansSymbols2-Regular-subset.ttf",
        ];
        let files: Vec<&str> = embedded().iter().map(|f| f.file).collect();
        assert_eq!(files, expected);
        for font in embedded() {
            let magic = font.data.get(..4).unwrap_or_default();
            assert!(
                magic == b"OTTO" || magic == [0x00, 0x01, 0x00, 0x00],
                "{}: not an OpenType/TrueType font (magic {magic:02x?})",
                font.file
            );
        }
    }
}
