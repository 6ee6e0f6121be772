#!/usr/bin/env python3
# Generates the country names and codes used by gaozhi from CLDR data:
#
#   locales/<lang>/countries.ftl   one Fluent message `country-XX` per ISO 3166-1
#                                  country, valued with CLDR's name in <lang>
#   crates/core/data/countries.tsv alpha2, alpha3, numeric, the shipped language
#                                  a resident most likely reads, and the English
#                                  and Simplified Chinese names
#   crates/check/data/country-names.tsv
#                                  alpha2 and the name in every shipped language,
#                                  as the .ftl files hold them: `gaozhi check`
#                                  compares each countries.ftl with it, so a
#                                  name edited by hand is reported
#
# Sources (PyPI packages; versions used for the checked-in files):
#   babel 2.18.0      CLDR territory names, official languages, likely subtags
#   pycountry 26.2.16 ISO 3166-1 alpha-2 / alpha-3 / numeric codes
#
# Rerun from the repository root after upgrading either package:
#
#   pip install babel pycountry
#   python3 scripts/gen-countries.py
#
# The output depends only on the installed package data (everything is sorted
# by alpha-2 code), so rerunning with the same versions rewrites identical files.
# The actual versions in use are written into each file's header.

import importlib.metadata
import os
import sys

import babel
import pycountry
from babel import Locale
from babel.core import get_global
from babel.languages import get_official_languages

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Project language tag (directory under locales/) -> babel locale identifier.
LANGUAGES = {
    "zh-Hans": "zh_Hans",
    "en": "en",
    "ja": "ja",
    "ko": "ko",
    "ru": "ru",
    "fr": "fr",
    "de": "de",
    "es": "es",
    "it": "it",
    "zh-Hant": "zh_Hant",
}

# Names of Hong Kong, Macao and Taiwan, replacing CLDR's in every language.
# Chinese follows mainland official usage (中国香港 / 中国澳门 / 中国台湾); the
# other languages use the matching neutral "<place>, China" form. CLDR's own
# names ("Hong Kong SAR China", "Taiwan", ...) are not used for these three;
# babel does not carry CLDR's alt="short" variants, so each is spelled out here.
OVERRIDES = {
    "zh-Hans": {"HK": "中国香港", "MO": "中国澳门", "TW": "中国台湾"},
    "zh-Hant": {"HK": "中國香港", "MO": "中國澳門", "TW": "中國台灣"},
    "en": {"HK": "Hong Kong, China", "MO": "Macao, China", "TW": "Taiwan, China"},
    "ja": {"HK": "中国香港", "MO": "中国澳門", "TW": "中国台湾"},
    "ko": {"HK": "중국 홍콩", "MO": "중국 마카오", "TW": "중국 타이완"},
    "ru": {"HK": "Гонконг, Китай", "MO": "Макао, Китай", "TW": "Тайвань, Китай"},
    "fr": {"HK": "Hong Kong, Chine", "MO": "Macao, Chine", "TW": "Taïwan, Chine"},
    "de": {"HK": "Hongkong, China", "MO": "Macau, China", "TW": "Taiwan, China"},
    "es": {"HK": "Hong Kong, China", "MO": "Macao, China", "TW": "Taiwán, China"},
    "it": {"HK": "Hong Kong, Cina", "MO": "Macao, Cina", "TW": "Taiwan, Cina"},
}


def version(package):
    return importlib.metadata.version(package)


def fluent_value(text):
    """Returns `text` as a single-line Fluent pattern."""
    text = " ".join(text.split())
    if not text:
        raise ValueError("empty name")
    out = []
    for i, ch in enumerate(text):
        if ch in "{}" or (i == 0 and ch in "[*."):
            out.append('{"' + ch + '"}')
        else:
            out.append(ch)
    return "".join(out)


def project_tag(cldr_language, territory, likely):
    """Maps a CLDR language code (`zh`, `zh_Hant`, `en`, ...) to one of the
    project's language tags, or None."""
    parts = cldr_language.split("_")
    base = parts[0]
    if base == "zh":
        script = parts[1] if len(parts) > 1 else None
        if script is None:
            # CLDR's likely subtags give the script of Chinese in this territory.
            guess = likely.get(f"zh_{territory}", likely.get("zh", "zh_Hans"))
            script = guess.split("_")[1]
        tag = f"zh-{script}"
    else:
        if len(parts) > 1:
            return None  # a script variant (sr_Latn, ...), never one of ours
        tag = base
    return tag if tag in LANGUAGES else None


# Countries where CLDR's de facto official languages would give a default
# that is not what residents expect (Ukraine: Russian is listed as de facto
# official). These get no default: the record or --lang must name the
# language.
NO_DEFAULT_LANGUAGE = {"UA"}


def resident_language(territory, likely):
    """The project language a resident of `territory` most likely reads: the
    most widely spoken of its (de jure or de facto) official languages that the
    project ships, or None if none of them is shipped."""
    if territory in NO_DEFAULT_LANGUAGE:
        return None
    for lang in get_official_languages(territory, de_facto=True):
        tag = project_tag(lang, territory, likely)
        if tag:
            return tag
    return None


def main():
    babel_version = version("babel")
    pycountry_version = version("pycountry")
    countries = sorted(pycountry.countries, key=lambda c: c.alpha_2)
    codes = [c.alpha_2 for c in countries]
    likely = get_global("likely_subtags")

    names = {}
    for tag, babel_id in LANGUAGES.items():
        territories = Locale.parse(babel_id).territories
        table = {}
        for code in codes:
            name = OVERRIDES[tag].get(code) or territories.get(code)
            if not name:
                sys.exit(f"CLDR has no {tag} name for {code}")
            table[code] = " ".join(name.split())
        names[tag] = table

    for tag in LANGUAGES:
        # Only languages the project ships (a locale directory exists) get a
        # file; the default-language column still names all of LANGUAGES.
        if tag != "zh-Hans" and not os.path.isdir(os.path.join(ROOT, "locales", tag)):
            continue
        path = os.path.join(ROOT, "locales", tag, "countries.ftl")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        lines = [
            "# Generated by scripts/gen-countries.py from CLDR "
            f"(babel {babel_version}). Do not edit by hand.",
            "",
            "## Country and region names, one per ISO 3166-1 alpha-2 code.",
            "",
        ]
        lines += [f"country-{code} = {fluent_value(names[tag][code])}" for code in codes]
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(lines) + "\n")

    shipped = [
        tag
        for tag in LANGUAGES
        if tag == "zh-Hans" or os.path.isdir(os.path.join(ROOT, "locales", tag))
    ]
    path = os.path.join(ROOT, "crates", "check", "data", "country-names.tsv")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    rows = ["\t".join(["alpha2"] + shipped)]
    for code in codes:
        cells = [code] + [fluent_value(names[tag][code]) for tag in shipped]
        assert all("\t" not in cell and "\n" not in cell for cell in cells), cells
        rows.append("\t".join(cells))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")

    path = os.path.join(ROOT, "crates", "core", "data", "countries.tsv")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    rows = ["alpha2\talpha3\tnumeric\tlanguage\tname_en\tname_zh"]
    for c in countries:
        cells = [
            c.alpha_2,
            c.alpha_3,
            c.numeric,
            resident_language(c.alpha_2, likely) or "",
            names["en"][c.alpha_2],
            names["zh-Hans"][c.alpha_2],
        ]
        assert all("\t" not in cell and "\n" not in cell for cell in cells), cells
        rows.append("\t".join(cells))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")

    print(
        f"{len(codes)} countries x {len(LANGUAGES)} languages "
        f"(babel {babel_version}, CLDR {babel.core.get_cldr_version()}, "
        f"pycountry {pycountry_version})"
    )


if __name__ == "__main__":
    main()
