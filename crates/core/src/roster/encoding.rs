//! Telling which text encoding a CSV roster is in.
//!
//! Excel saves "CSV UTF-8", or CSV in the system's code page: GBK
//! (GB18030) on a Chinese Windows, Windows-1252 on a Western one. UTF-8 is
//! recognised with certainty. Otherwise GB18030 is taken only when every
//! multi-byte sequence in the file is a character of GB 2312, the common
//! Chinese set: a Western file read as GB18030 pairs an accented letter
//! with the next letter ("Renée" becomes "Ren閑"), giving characters from
//! outside that set. Anything else is not guessed: the lines that would
//! read differently are listed, with both readings, and staff choose.

use crate::error::{Error, Result};

/// A text encoding a CSV roster may be in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Encoding {
    /// UTF-8 if the bytes are valid UTF-8; GB18030 if they are certainly
    /// Chinese (see the module documentation); otherwise an error that asks.
    #[default]
    Detect,
    /// UTF-8 (a byte-order mark is skipped).
    Utf8,
    /// GB18030, a superset of GBK and GB 2312.
    Gb18030,
    /// Windows-1252 (Western European), as Excel saves CSV on a Western
    /// Windows.
    Windows1252,
}

/// Lines listed at most when the encoding is in doubt.
const LINES_SHOWN: usize = 5;

/// Decodes CSV bytes to text.
pub fn decode(bytes: &[u8], encoding: Encoding) -> Result<String> {
    let utf8 = |b: &[u8]| -> Option<String> {
        let b = b.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(b);
        std::str::from_utf8(b).ok().map(str::to_owned)
    };
    let gb = |b: &[u8]| -> Option<String> {
        let (text, _, had_errors) = encoding_rs::GB18030.decode(b);
        (!had_errors).then(|| text.into_owned())
    };
    let western = |b: &[u8]| encoding_rs::WINDOWS_1252.decode(b).0.into_owned();
    match encoding {
        Encoding::Utf8 => utf8(bytes).ok_or_else(|| {
            Error::invalid("the file is not UTF-8 text; pass the --encoding it was saved in")
        }),
        Encoding::Gb18030 => gb(bytes).ok_or_else(|| {
            Error::invalid("the file is not GB18030/GBK text; pass the --encoding it was saved in")
        }),
        Encoding::Windows1252 => Ok(western(bytes)),
        Encoding::Detect => {
            if let Some(text) = utf8(bytes) {
                return Ok(text);
            }
            let doubtful = doubtful_lines(bytes);
            let as_gb = gb(bytes);
            if doubtful.is_empty()
                && let Some(text) = as_gb
            {
                return Ok(text);
            }
            let mut message = String::from(if as_gb.is_none() {
                "the file is neither UTF-8 nor GB18030/GBK text; if it is Windows-1252 (as \
                 Western Excel saves CSV) pass --encoding windows-1252, or save the roster as \
                 \"CSV UTF-8\". Lines that read differently:"
            } else {
                "the file is not UTF-8, and gaozhi will not guess between GB18030 (GBK, as \
                 Chinese Excel saves CSV) and Windows-1252 (as Western Excel saves it): pass \
                 --encoding gb18030 or --encoding windows-1252, or save the roster as \
                 \"CSV UTF-8\". Lines that read differently:"
            });
            for line in doubtful.iter().take(LINES_SHOWN) {
                let raw = bytes
                    .split(|b| *b == b'\n')
                    .nth(line - 1)
                    .unwrap_or_default();
                let as_gb = encoding_rs::GB18030.decode(raw).0;
                message.push_str(&format!(
                    "\n  line {line}: as GB18030 `{}`, as Windows-1252 `{}`",
                    shorten(as_gb.trim_end()),
                    shorten(western(raw).trim_end())
                ));
            }
            if doubtful.len() > LINES_SHOWN {
                message.push_str(&format!(
                    "\n  and {} more line(s)",
                    doubtful.len() - LINES_SHOWN
                ));
            }
            Err(Error::invalid(message))
        }
    }
}

fn shorten(s: &str) -> String {
    if s.chars().count() > 60 {
        format!("{}…", s.chars().take(60).collect::<String>())
    } else {
        s.to_owned()
    }
}

/// The (1-based) lines with a byte sequence that is not a GB 2312
/// character when read as GB18030: a pair outside the GB 2312 rows, a
/// four-byte sequence, or bytes that are not GB18030 at all.
fn doubtful_lines(bytes: &[u8]) -> Vec<usize> {
    let mut lines = Vec::new();
    let mut line = 1;
    let mut i = 0;
    let flag = |lines: &mut Vec<usize>, line: usize| {
        if lines.last() != Some(&line) {
            lines.push(line);
        }
    };
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if b == b'\n' {
                line += 1;
            }
            i += 1;
            continue;
        }
        let next = bytes.get(i + 1).copied();
        match next {
            Some(t) if (0x81..=0xFE).contains(&b) && (0x30..=0x39).contains(&t) => {
                flag(&mut lines, line);
                i += 4;
            }
            Some(t) if (0x81..=0xFE).contains(&b) && (0x40..=0xFE).contains(&t) && t != 0x7F => {
                if !((0xA1..=0xF7).contains(&b) && (0xA1..=0xFE).contains(&t)) {
                    flag(&mut lines, line);
                }
                if t == b'\n' {
                    line += 1;
                }
                i += 2;
            }
            _ => {
                flag(&mut lines, line);
                i += 1;
            }
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn western_text_is_not_taken_for_chinese() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode("name\nRenée Dupont\nJosé Müller\n");
        let err = decode(&bytes, Encoding::Detect).unwrap_err();
        assert!(err.message.contains("--encoding"), "{err}");
        assert!(
            err.message.contains("line 2: as GB18030 `Ren閑 Dupont`"),
            "{err}"
        );
        assert!(
            err.message.contains("as Windows-1252 `Renée Dupont`"),
            "{err}"
        );
        assert!(err.message.contains("line 3"), "{err}");
        assert_eq!(
            decode(&bytes, Encoding::Windows1252).unwrap(),
            "name\nRenée Dupont\nJosé Müller\n"
        );
    }

    #[test]
    fn chinese_text_is_still_recognised() {
        let (bytes, _, _) = encoding_rs::GBK.encode("姓名,国籍\n金敏俊,韩国\n王芳,中国\n");
        assert_eq!(
            decode(&bytes, Encoding::Detect).unwrap(),
            "姓名,国籍\n金敏俊,韩国\n王芳,中国\n"
        );
    }
}
