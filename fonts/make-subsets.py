#!/usr/bin/env python3
"""Build gaozhi's embedded default font set in this directory.

Reads the Debian packages
  * fonts-noto-cjk  -> /usr/share/fonts/opentype/noto/NotoSansCJK-{Regular,Bold}.ttc
  * fonts-noto-core -> /usr/share/fonts/truetype/noto/NotoSans-{Regular,Bold}.ttf
                       and .../NotoSansSymbols2-Regular.ttf
and writes
  * NotoSansCJKsc-Regular-subset.otf, NotoSansCJKsc-Bold-subset.otf:
    the "Noto Sans CJK SC" face of each collection, subset with fontTools to
    the repertoire of the national CJK character sets (GB 2312, Big5 level 1
    and symbols, JIS X 0208, JIS X 0213, KS X 1001), all Hangul syllables and
    jamo, kana, CJK and fullwidth punctuation, Latin-1 and common symbols.
    Code points are enumerated from Python's codecs, not typed in by hand,
    plus a short EXTRAS list (U+20BB7 𠮷, which no JIS standard contains).
    All OpenType layout features and scripts are kept (so `locl` still gives
    Japanese, Korean and Traditional Chinese glyph forms), as is the whole
    name table: the family name stays "Noto Sans CJK SC", so a full system
    copy of the font is selected by the same name.
  * NotoSans-Regular.ttf, NotoSans-Bold.ttf: unmodified copies (Latin
    Extended, Vietnamese, Greek, Cyrillic).
  * NotoSansSymbols2-Regular-subset.ttf: from fonts-noto-core's
    NotoSansSymbols2-Regular.ttf, only the symbols of RANGES that neither of
    the fonts above has -- notably the ballot boxes U+2610-2612 and the
    heavy check mark / crosses U+2714-2718, which Noto Sans CJK lacks.
    (There is no bold Symbols2; the regular glyphs serve both weights.)

Needs: apt-get install fonts-noto-cjk fonts-noto-core; pip install fonttools.
Run from anywhere: python3 fonts/make-subsets.py. Re-runnable; the output is
deterministic (head.modified is kept from the source font).
"""

import shutil
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

OUT_DIR = Path(__file__).resolve().parent
CJK_DIR = Path("/usr/share/fonts/opentype/noto")
CORE_DIR = Path("/usr/share/fonts/truetype/noto")
CJK_FAMILY = "Noto Sans CJK SC"
WEIGHTS = ("Regular", "Bold")

# Unicode blocks / ranges taken whole (inclusive).
RANGES = [
    (0x0020, 0x007E),  # Basic Latin (printable)
    (0x00A0, 0x00FF),  # Latin-1 Supplement (°, ·, ...)
    (0x1100, 0x11FF),  # Hangul Jamo
    (0x2000, 0x206F),  # General Punctuation (※, U+2060 WJ, U+2068/2069 FSI/PDI)
    (0x2100, 0x214F),  # Letterlike Symbols (℃, №, ™)
    (0x2150, 0x218F),  # Number Forms (Roman numerals)
    (0x2190, 0x21FF),  # Arrows
    (0x2460, 0x24FF),  # Enclosed Alphanumerics (①, ⑴, ⒜, Ⓐ)
    (0x2500, 0x257F),  # Box Drawing
    (0x25A0, 0x25FF),  # Geometric Shapes (■□▲○●◎)
    (0x2610, 0x2612),  # Ballot boxes ☐☑☒
    (0x2713, 0x2718),  # Check marks and crosses ✓✔✕✖✗✘
    (0x3000, 0x303F),  # CJK Symbols and Punctuation
    (0x3040, 0x309F),  # Hiragana
    (0x30A0, 0x30FF),  # Katakana
    (0x3130, 0x318F),  # Hangul Compatibility Jamo
    (0x31F0, 0x31FF),  # Katakana Phonetic Extensions
    (0x3200, 0x32FF),  # Enclosed CJK Letters and Months (㈱, ㉠, ㊀)
    (0xAC00, 0xD7A3),  # Hangul Syllables (all 11,172)
    (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms (incl. halfwidth katakana)
]

# Single characters outside all of the above that notices need anyway.
# U+20BB7 𠮷 (the "tsuchi-yoshi" variant of 吉, common in Japanese surnames)
# is in neither JIS X 0208 nor JIS X 0213, so no codec yields it.
EXTRAS = [0x20BB7]


def decode_all(codec, byte_seqs):
    """Decode every byte sequence that is valid in `codec`; return the code points."""
    out = set()
    for seq in byte_seqs:
        try:
            text = bytes(seq).decode(codec)
        except UnicodeDecodeError:
            continue
        # JIS X 0213 maps some cells to base + combining mark; keep both.
        out.update(ord(c) for c in text)
    return out


def euc_rows(prefix=()):
    """All two-byte EUC cells 0xA1A1..0xFEFE, optionally after a prefix byte."""
    for lead in range(0xA1, 0xFF):
        for trail in range(0xA1, 0xFF):
            yield (*prefix, lead, trail)


def big5_cells(first, last):
    """Big5 two-byte codes in [first, last] with valid trail bytes."""
    for code in range(first, last + 1):
        trail = code & 0xFF
        if 0x40 <= trail <= 0x7E or 0xA1 <= trail <= 0xFE:
            yield (code >> 8, trail)


def repertoire():
    sets = {
        "GB 2312 (gb2312)": decode_all("gb2312", euc_rows()),
        "Big5 symbols A140-A3BF (big5)": decode_all("big5", big5_cells(0xA140, 0xA3BF)),
        "Big5 level 1 A440-C67E (big5)": decode_all("big5", big5_cells(0xA440, 0xC67E)),
        "JIS X 0208 (euc_jp)": decode_all("euc_jp", euc_rows()),
        "JIS X 0213 plane 1 (euc_jis_2004)": decode_all("euc_jis_2004", euc_rows()),
        "JIS X 0213 plane 2 (euc_jis_2004)": decode_all("euc_jis_2004", euc_rows((0x8F,))),
        "KS X 1001 (euc_kr)": decode_all("euc_kr", euc_rows()),
        "Unicode ranges": {cp for lo, hi in RANGES for cp in range(lo, hi + 1)},
        "Extras": set(EXTRAS),
    }
    total = set()
    for name, cps in sets.items():
        print(f"  {name:36} {len(cps):6} code points")
        total |= cps
    # No private-use, surrogate or C0/C1 control code points.
    total = {
        cp
        for cp in total
        if not (0xE000 <= cp <= 0xF8FF or 0xD800 <= cp <= 0xDFFF)
        and not (cp < 0x20 or 0x7F <= cp <= 0x9F)
    }
    print(f"  {'union':36} {len(total):6} code points")
    return total


def find_face(ttc_path, family):
    """Index of the face in a collection whose name ID 1 is `family`."""
    coll = TTCollection(str(ttc_path), lazy=True)
    for index, font in enumerate(coll.fonts):
        if font["name"].getDebugName(1) == family:
            return index
    sys.exit(f"error: no face named {family!r} in {ttc_path}")


def subset_options():
    opts = subset.Options()
    opts.layout_features = ["*"]
    opts.layout_scripts = ["*"]
    opts.name_IDs = ["*"]
    opts.name_languages = ["*"]
    opts.name_legacy = True
    opts.notdef_outline = True
    opts.notdef_glyph = True
    opts.glyph_names = False  # CID-keyed CFF: no names to keep anyway
    opts.hinting = False  # drops CFF stem hints: ~18% smaller, PDFs are for print
    opts.recalc_timestamp = False  # deterministic output
    return opts


def describe(path):
    """Print file size, glyph count, cmap size and family name; return the cmap."""
    font = TTFont(str(path), lazy=True)
    glyphs = font["maxp"].numGlyphs
    cmap = len(font.getBestCmap())
    family = font["name"].getDebugName(1)
    size = path.stat().st_size
    print(f"  {path.name:36} {size:10,} bytes {glyphs:6} glyphs {cmap:6} cmap  ({family})")
    return set(font.getBestCmap())


def main():
    print("Repertoire:")
    unicodes = sorted(repertoire())
    opts = subset_options()

    print("Writing:")
    covered = set()
    for weight in WEIGHTS:
        src = CJK_DIR / f"NotoSansCJK-{weight}.ttc"
        index = find_face(src, CJK_FAMILY)
        font = TTFont(str(src), fontNumber=index, recalcTimestamp=False)
        cmap = font.getBestCmap()
        missing = [cp for cp in unicodes if cp not in cmap]
        subsetter = subset.Subsetter(options=opts)
        subsetter.populate(unicodes=unicodes)
        subsetter.subset(font)
        dst = OUT_DIR / f"NotoSansCJKsc-{weight}-subset.otf"
        subset.save_font(font, str(dst), opts)
        font.close()
        print(f"  {src.name} face {index}: {len(missing)} requested code points not in the font")
        covered |= describe(dst)

        # Self-check: the family name and a few characters we rely on.
        check = TTFont(str(dst), lazy=True)
        got = check["name"].getDebugName(1)
        if got != CJK_FAMILY:
            sys.exit(f"error: {dst.name}: family is {got!r}")
        cmap = check.getBestCmap()
        for ch in "𠮷한門直。「」①✓℃°·※":
            if ord(ch) not in cmap:
                sys.exit(f"error: {dst.name}: U+{ord(ch):04X} missing")
        # Format characters Noto Sans CJK has no glyph for; Noto Sans has
        # them. Listed so a change upstream shows up.
        absent = [f"U+{cp:04X}" for cp in (0x2060, 0x2068, 0x2069) if cp not in cmap]
        if absent:
            print(f"  note: not in this font (Noto Sans has them): {', '.join(absent)}")

    for weight in WEIGHTS:
        src = CORE_DIR / f"NotoSans-{weight}.ttf"
        dst = OUT_DIR / src.name
        shutil.copyfile(src, dst)
        covered |= describe(dst)

    # Fill the symbol gaps from Noto Sans Symbols 2.
    src = CORE_DIR / "NotoSansSymbols2-Regular.ttf"
    wanted = {cp for lo, hi in RANGES for cp in range(lo, hi + 1)} | set(EXTRAS)
    font = TTFont(str(src), recalcTimestamp=False)
    gaps = sorted((wanted - covered) & set(font.getBestCmap()))
    subsetter = subset.Subsetter(options=opts)
    subsetter.populate(unicodes=gaps)
    subsetter.subset(font)
    dst = OUT_DIR / "NotoSansSymbols2-Regular-subset.ttf"
    subset.save_font(font, str(dst), opts)
    font.close()
    covered |= describe(dst)
    for ch in "☐☑☒✓✔✗✘":
        if ord(ch) not in covered:
            sys.exit(f"error: U+{ord(ch):04X} not covered by any font")


if __name__ == "__main__":
    main()
