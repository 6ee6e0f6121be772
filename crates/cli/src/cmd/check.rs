//! `gaozhi check [DIR]`: the translators' checker over a locales tree (the
//! built-in one by default). Findings print in rustc style, as JSON or as
//! GitHub workflow annotations; exit 1 when there are errors (or warnings
//! with `--strict`).

use gaozhi_check::Report;
use gaozhi_core::locale::{ALLOW_UNTRANSLATED, embedded_allow_list, embedded_files, scan_dir};
use gaozhi_core::{Error, Result};

use crate::args::{CheckArgs, CheckFormat};

pub(crate) fn run(args: &CheckArgs) -> Result<()> {
    // Files in another encoding are findings; their text, when it decodes,
    // is checked like the rest.
    let mut encoding = Vec::new();
    let (files, allow) = match &args.dir {
        Some(dir) => {
            let allow_path = dir.join(ALLOW_UNTRANSLATED);
            let allow = match std::fs::read_to_string(&allow_path) {
                Ok(text) => text,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
                Err(e) => return Err(Error::io(allow_path.display(), &e)),
            };
            let (files, problems) = scan_dir(dir)?;
            encoding = gaozhi_check::check_encoding(&problems);
            (files, allow)
        }
        None => (embedded_files(), embedded_allow_list().to_owned()),
    };
    if files.is_empty() && encoding.is_empty() {
        return Err(Error::usage(
            "no .ftl files found (expected DIR/<lang>/*.ftl)",
        ));
    }
    let mut report = gaozhi_check::check(&files, &gaozhi_check::allow_list(&allow));
    if !encoding.is_empty() {
        let mut findings = std::mem::take(&mut report.findings);
        findings.extend(encoding);
        report = Report::new(findings);
    }
    let layout = if args.layout {
        let layout = super::layout::run(args, &files)?;
        let mut findings = std::mem::take(&mut report.findings);
        findings.extend(layout.findings);
        report = Report::new(findings);
        Some(layout.summary)
    } else {
        None
    };
    let text = match args.format {
        CheckFormat::Human => report.to_human(),
        CheckFormat::Json => report.to_json(),
        CheckFormat::Github => report.to_github(),
    };
    print!("{text}");
    let errors = report.errors();
    let warnings = report.warnings();
    if args.format == CheckFormat::Human {
        eprintln!(
            "{} locale file(s) checked: {errors} error(s), {warnings} warning(s)",
            files.len()
        );
        if let Some(summary) = layout {
            eprintln!("{summary}");
        }
    }
    let failing = errors + if args.strict { warnings } else { 0 };
    if failing > 0 {
        let what = if args.strict { "findings" } else { "errors" };
        return Err(Error::invalid(format!("the locales have {failing} {what}")));
    }
    Ok(())
}
