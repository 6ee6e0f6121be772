//! `gaozhi list`: the documents, the languages, and each document's fields.

use gaozhi_core::document::{DOCUMENTS, ResidentNeed};
use gaozhi_core::{Lang, Locales, Result};

use crate::args::ListArgs;

pub(crate) fn run(args: &ListArgs) -> Result<()> {
    let locales = Locales::embedded()?;
    let zh = Lang::reference();
    let en: Lang = locales
        .negotiate(&"en".parse().map_err(gaozhi_core::Error::usage)?)
        .unwrap_or_else(|_| zh.clone());
    // Labels such as "visited in the last { $days } days" show the variable.
    let mut placeholders = gaozhi_core::locale::FluentArgs::new();
    placeholders.set("days", "N");
    println!("Documents:");
    for doc in DOCUMENTS {
        let title_zh = locales.format(&zh, doc.title, None)?;
        let title_en = locales.format(&en, doc.title, None)?;
        let data = match doc.resident {
            ResidentNeed::Required => "needs --data, or --blank",
            ResidentNeed::Optional => "--data optional",
            ResidentNeed::None => "no --data",
        };
        println!("  {:<28} {title_zh} / {title_en} ({data})", doc.id);
        if args.fields {
            for f in doc.fields {
                let label = locales
                    .format(&en, f.label, Some(&placeholders))
                    .unwrap_or_else(|_| f.label.to_owned());
                let req = if f.required { "required" } else { "optional" };
                println!("      {:<20} {req:<9} {label}", f.key());
            }
        }
    }
    if args.fields {
        println!("\nRoster columns (gaozhi batch): the field name or any of its labels");
        for column in gaozhi_core::roster::Column::all() {
            println!("  {:<20} {}", column.key(), column.headers().join(", "));
        }
    }
    println!("\nLanguages:");
    for lang in locales.languages() {
        let name = locales.format(&lang, "language-name", None)?;
        let note = if lang.is_reference() {
            " (reference, binding)"
        } else {
            ""
        };
        println!("  {:<10} {name}{note}", lang.as_str());
    }
    Ok(())
}
