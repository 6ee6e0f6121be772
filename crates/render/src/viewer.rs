//! Viewer preferences every exported PDF carries: `/DisplayDocTitle true`,
//! so that a viewer's title bar (and a screen reader opening the file)
//! announces the bilingual document title rather than the file name.
//!
//! typst-pdf writes the flag only for PDF/UA-1 output and has no option for
//! it otherwise, so it is added here to the document catalog of any other
//! PDF. The file is edited in place (one revision, not an incremental
//! update): the catalog dictionary gains the entry and the cross-reference
//! offsets behind it move by its length. typst-pdf writes a plain
//! cross-reference table and uncompressed dictionaries; a file laid out
//! otherwise is an error rather than silently left without the flag.

use gaozhi_core::{Error, ErrorKind, Result};

/// The entry added to the catalog.
const ENTRY: &[u8] = b"/ViewerPreferences << /DisplayDocTitle true >> ";

/// `pdf` with `/ViewerPreferences /DisplayDocTitle true` in its catalog
/// (unchanged if it already has it).
pub(crate) fn display_doc_title(mut pdf: Vec<u8>) -> Result<Vec<u8>> {
    let unexpected = |what: &str| Error::new(ErrorKind::Template, format!("PDF export: {what}"));
    // The last cross-reference table and its trailer.
    let startxref = rfind(&pdf, b"startxref").ok_or_else(|| unexpected("no startxref"))?;
    let (xref_at, _) = number_at(&pdf, skip_ws(&pdf, startxref + b"startxref".len()))
        .ok_or_else(|| unexpected("no cross-reference offset"))?;
    if !pdf[xref_at..].starts_with(b"xref") {
        return Err(unexpected("not a plain cross-reference table"));
    }
    let trailer = find(&pdf[xref_at..], b"trailer")
        .map(|i| xref_at + i)
        .ok_or_else(|| unexpected("no trailer"))?;
    let entries = xref_entries(&pdf, xref_at + b"xref".len(), trailer)
        .ok_or_else(|| unexpected("malformed cross-reference table"))?;
    let root_key = find(&pdf[trailer..startxref], b"/Root")
        .map(|i| trailer + i + b"/Root".len())
        .ok_or_else(|| unexpected("no /Root in the trailer"))?;
    let (root, _) =
        number_at(&pdf, skip_ws(&pdf, root_key)).ok_or_else(|| unexpected("malformed /Root"))?;
    let catalog_at = entries
        .iter()
        .find(|e| e.object == root)
        .map(|e| e.offset)
        .ok_or_else(|| unexpected("the catalog is not in the cross-reference table"))?;
    let end = find(&pdf[catalog_at..], b"endobj")
        .map(|i| catalog_at + i)
        .ok_or_else(|| unexpected("the catalog does not end"))?;
    let catalog = &pdf[catalog_at..end];
    let (insert_at, insert): (usize, &[u8]) =
        match find(catalog, b"/ViewerPreferences").map(|i| catalog_at + i) {
            Some(prefs) => {
                if find(&pdf[prefs..end], b"/DisplayDocTitle true").is_some() {
                    return Ok(pdf);
                }
                let open = find(&pdf[prefs..end], b"<<")
                    .map(|i| prefs + i + 2)
                    .ok_or_else(|| unexpected("malformed /ViewerPreferences"))?;
                (open, b" /DisplayDocTitle true ")
            }
            None => {
                let close = rfind(catalog, b">>")
                    .map(|i| catalog_at + i)
                    .ok_or_else(|| unexpected("the catalog is not a dictionary"))?;
                (close, ENTRY)
            }
        };
    let delta = insert.len();
    pdf.splice(insert_at..insert_at, insert.iter().copied());
    // Every object written after the catalog moves by `delta`: rewrite the
    // table's fixed-width offsets, then the offset of the table itself.
    for entry in &entries {
        if entry.in_use && entry.offset > insert_at {
            let field = entry.field + delta;
            let moved = format!("{:010}", entry.offset + delta);
            if moved.len() != 10 {
                return Err(unexpected("file too large"));
            }
            pdf[field..field + 10].copy_from_slice(moved.as_bytes());
        }
    }
    let startxref = startxref + delta;
    let digits = skip_ws(&pdf, startxref + b"startxref".len());
    let (_, len) = number_at(&pdf, digits).ok_or_else(|| unexpected("no startxref"))?;
    let moved = (xref_at + delta).to_string();
    pdf.splice(digits..digits + len, moved.bytes());
    Ok(pdf)
}

/// One in-use or free entry of a cross-reference table.
struct Entry {
    object: usize,
    offset: usize,
    in_use: bool,
    /// Where the entry's 10-digit offset is written in the file.
    field: usize,
}

/// The entries of the cross-reference table between `from` (after the
/// `xref` keyword) and `to` (the `trailer` keyword).
fn xref_entries(pdf: &[u8], from: usize, to: usize) -> Option<Vec<Entry>> {
    let mut entries = Vec::new();
    let mut at = skip_ws(pdf, from);
    while at < to {
        let (first, len) = number_at(pdf, at)?;
        at = skip_ws(pdf, at + len);
        let (count, len) = number_at(pdf, at)?;
        at = skip_ws(pdf, at + len);
        for object in first..first + count {
            // `oooooooooo ggggg n` and a two-byte end of line: 20 bytes.
            let line = pdf.get(at..at + 20)?;
            let offset = std::str::from_utf8(&line[..10]).ok()?.parse().ok()?;
            let in_use = match line[17] {
                b'n' => true,
                b'f' => false,
                _ => return None,
            };
            entries.push(Entry {
                object,
                offset,
                in_use,
                field: at,
            });
            at += 20;
        }
        at = skip_ws(pdf, at);
    }
    Some(entries)
}

/// The decimal number at `at`, and how many digits it has.
fn number_at(pdf: &[u8], at: usize) -> Option<(usize, usize)> {
    let len = pdf
        .get(at..)?
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let digits = std::str::from_utf8(&pdf[at..at + len]).ok()?;
    Some((digits.parse().ok()?, len))
}

fn skip_ws(pdf: &[u8], mut at: usize) -> usize {
    while pdf.get(at).is_some_and(|b| b.is_ascii_whitespace()) {
        at += 1;
    }
    at
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CATALOG: &str = "<< /Type /Catalog /Pages 2 0 R /MarkInfo << /Marked true >> >>";

    /// A minimal PDF whose catalog comes first, so that objects follow it.
    fn sample(catalog: &str) -> Vec<u8> {
        let objects = [
            catalog,
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] >>",
        ];
        let mut pdf = b"%PDF-1.7\n".to_vec();
        let mut offsets = Vec::new();
        for (i, obj) in objects.iter().enumerate() {
            offsets.push(pdf.len());
            pdf.extend(format!("{} 0 obj\n{obj}\nendobj\n\n", i + 1).bytes());
        }
        let xref = pdf.len();
        pdf.extend(format!("xref\n0 {}\n0000000000 65535 f\r\n", objects.len() + 1).bytes());
        for offset in offsets {
            pdf.extend(format!("{offset:010} 00000 n\r\n").bytes());
        }
        pdf.extend(format!("trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF").bytes());
        pdf
    }

    #[test]
    fn the_flag_is_added_and_every_offset_still_points_at_its_object() {
        let pdf = display_doc_title(sample(CATALOG)).unwrap();
        let text = String::from_utf8(pdf.clone()).unwrap();
        let catalog = &text[..text.find("endobj").unwrap()];
        assert!(catalog.contains("/ViewerPreferences << /DisplayDocTitle true >>"));
        assert!(catalog.trim_end().ends_with(">> >>"), "{catalog}");
        let startxref = rfind(&pdf, b"startxref").unwrap();
        let (xref, _) = number_at(&pdf, skip_ws(&pdf, startxref + 9)).unwrap();
        assert!(pdf[xref..].starts_with(b"xref"));
        let trailer = xref + find(&pdf[xref..], b"trailer").unwrap();
        let entries = xref_entries(&pdf, xref + 4, trailer).unwrap();
        assert_eq!(entries.len(), 4);
        for entry in entries.iter().filter(|e| e.in_use) {
            let head = format!("{} 0 obj", entry.object);
            assert!(pdf[entry.offset..].starts_with(head.as_bytes()), "{head}");
        }
        // Asked again, nothing changes.
        assert_eq!(display_doc_title(pdf.clone()).unwrap(), pdf);
    }

    #[test]
    fn an_existing_preferences_dictionary_gains_the_flag() {
        let catalog = CATALOG.replace(
            "/MarkInfo",
            "/ViewerPreferences << /Direction /L2R >> /MarkInfo",
        );
        let pdf = display_doc_title(sample(&catalog)).unwrap();
        let text = String::from_utf8(pdf).unwrap();
        assert!(text.contains("/ViewerPreferences << /DisplayDocTitle true  /Direction /L2R >>"));
        assert_eq!(text.matches("/ViewerPreferences").count(), 1);
    }

    #[test]
    fn a_file_it_cannot_read_is_an_error() {
        assert!(display_doc_title(b"%PDF-1.7\nnot a pdf".to_vec()).is_err());
    }
}
