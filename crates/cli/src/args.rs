//! The command line, declared once with clap: each flag's help text sits
//! beside it, and `--help` is generated from these doc comments.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Print multilingual notices and forms for foreign residents: the binding
/// Chinese text with the resident's language beside it.
#[derive(Debug, Parser)]
#[command(name = "gaozhi", version, about)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Render one document as PDF or PNG.
    Render(RenderArgs),
    /// List documents, languages and fields.
    List(ListArgs),
    /// Render every document in every language from the sample data.
    Demo(DemoArgs),
    /// Render one document per roster row (CSV), each in the resident's
    /// language, with a manifest.
    Batch(BatchArgs),
    /// Start a new translation: copy the reference locale, every message
    /// marked untranslated.
    NewLocale(NewLocaleArgs),
    /// Check translations (`<DIR>/<lang>/*.ftl`) against the Chinese
    /// reference: syntax, missing messages, variables, plural forms, …
    Check(CheckArgs),
    /// Start the desk tool: a web page on this machine to fill in, preview
    /// and print documents, and to print rosters.
    Serve(ServeArgs),
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum OutputFormat {
    /// One PDF file.
    Pdf,
    /// One PNG image per page, at 2× resolution.
    Png,
}

/// Where fonts come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum FontsArg {
    /// Installed copies of the template fonts first, then the embedded set.
    System,
    /// Only the fonts built into gaozhi: the same output on every machine.
    Embedded,
}

/// PDF standards typst-pdf can enforce.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum PdfStandardArg {
    /// PDF/A-2b, for archives.
    #[value(name = "a-2b")]
    A2b,
    /// PDF/A-2u: PDF/A-2b with extractable Unicode text.
    #[value(name = "a-2u")]
    A2u,
    /// PDF/A-3b.
    #[value(name = "a-3b")]
    A3b,
    /// PDF/UA-1, accessible (tagged) PDF.
    #[value(name = "ua-1")]
    Ua1,
}

/// Options shared by every command that renders.
#[derive(Debug, Clone, Args)]
pub(crate) struct EngineArgs {
    /// Where fonts come from.
    #[arg(long, value_enum, default_value_t = FontsArg::System)]
    pub(crate) fonts: FontsArg,
    /// Also load the fonts in this directory (searched recursively; these
    /// come first). May be given more than once.
    #[arg(long = "font-path", value_name = "DIR")]
    pub(crate) font_path: Vec<PathBuf>,
    /// Read `<lang>/*.ftl` translations from this directory instead of the
    /// built-in ones (to preview edits without rebuilding).
    #[arg(long, value_name = "DIR")]
    pub(crate) locales: Option<PathBuf>,
    /// Read Typst templates from this directory; built-in templates fill in
    /// for files it lacks.
    #[arg(long, value_name = "DIR")]
    pub(crate) templates: Option<PathBuf>,
    /// Print characters no font has (as empty boxes) with a warning instead
    /// of refusing.
    #[arg(long)]
    pub(crate) allow_missing_glyphs: bool,
}

/// `gaozhi render`.
#[derive(Debug, Args)]
pub(crate) struct RenderArgs {
    /// The document (see `gaozhi list`).
    #[arg(value_name = "DOC")]
    pub(crate) document: String,
    /// The resident's record (TOML or JSON).
    #[arg(long, short, value_name = "FILE")]
    pub(crate) data: Option<PathBuf>,
    /// The office profile (TOML).
    #[arg(long, value_name = "FILE")]
    pub(crate) office: PathBuf,
    /// The resident's language (BCP 47, e.g. ko, ja, en), used when the
    /// record names none.
    #[arg(long, value_name = "LANG")]
    pub(crate) lang: Option<String>,
    /// Print only the Chinese text.
    #[arg(long, conflicts_with = "only_translation")]
    pub(crate) only: bool,
    /// Print only the translation, with a note that the Chinese text is
    /// binding.
    #[arg(long)]
    pub(crate) only_translation: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Pdf)]
    pub(crate) format: OutputFormat,
    /// Lay cards out on an A4 sheet with cut marks (10 business cards or 4
    /// A6 cards; backs mirrored for duplex printing).
    #[arg(long)]
    pub(crate) sheet: bool,
    /// Print the form with empty boxes to fill in by hand, for no resident
    /// in particular (needs --lang, takes no --data).
    #[arg(long, conflicts_with = "data")]
    pub(crate) blank: bool,
    /// Conform to a PDF standard (may be given more than once).
    #[arg(long = "pdf-standard", value_enum, value_name = "STANDARD")]
    pub(crate) pdf_standard: Vec<PdfStandardArg>,
    /// Output file; PNG pages get `-1`, `-2`, … before the extension.
    /// Defaults to `<DOC>-<LANG>.<format>`.
    #[arg(long, short, value_name = "PATH")]
    pub(crate) output: Option<PathBuf>,
    #[command(flatten)]
    pub(crate) engine: EngineArgs,
}

/// `gaozhi list`.
#[derive(Debug, Args)]
pub(crate) struct ListArgs {
    /// Show each document's fields, and which are required.
    #[arg(long)]
    pub(crate) fields: bool,
}

/// `gaozhi demo`.
#[derive(Debug, Args)]
pub(crate) struct DemoArgs {
    /// Directory to write into (created if missing).
    #[arg(long, short, value_name = "DIR")]
    pub(crate) output: PathBuf,
    /// Also write PNG previews of every page.
    #[arg(long)]
    pub(crate) png: bool,
    #[command(flatten)]
    pub(crate) engine: EngineArgs,
}

/// Output formats of `gaozhi check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum CheckFormat {
    /// rustc-style findings with the offending line.
    Human,
    /// A stable JSON document (`version`, `findings`, `errors`, `warnings`).
    Json,
    /// GitHub Actions workflow annotations.
    Github,
}

/// `gaozhi check`.
#[derive(Debug, Args)]
pub(crate) struct CheckArgs {
    /// The locales directory (`<DIR>/<lang>/*.ftl`); the built-in locales
    /// when omitted.
    #[arg(value_name = "DIR")]
    pub(crate) dir: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub(crate) format: CheckFormat,
    /// Treat warnings as errors.
    #[arg(long)]
    pub(crate) strict: bool,
    /// Also lay out every document in every language (and in a pseudo-locale
    /// about 40% longer than English) and report any that overflow their
    /// page budget.
    #[arg(long)]
    pub(crate) layout: bool,
    /// The office profile the layout check fills documents with (the
    /// built-in sample office by default).
    #[arg(long, value_name = "FILE", requires = "layout")]
    pub(crate) office: Option<PathBuf>,
    /// Typst templates to lay out with, as for `gaozhi render`.
    #[arg(long, value_name = "DIR", requires = "layout")]
    pub(crate) templates: Option<PathBuf>,
}

/// Text encodings of CSV rosters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum EncodingArg {
    /// UTF-8 when the file is valid UTF-8, GB18030 (GBK) when it is
    /// certainly Chinese; otherwise gaozhi asks.
    Auto,
    /// UTF-8, with or without a byte-order mark.
    #[value(name = "utf-8")]
    Utf8,
    /// GB18030 (a superset of GBK), as Chinese Excel saves CSV.
    Gb18030,
    /// Windows-1252 (Western European), as Western Excel saves CSV.
    #[value(name = "windows-1252")]
    Windows1252,
}

/// `gaozhi batch`.
// `--sheet` is kept for laying cards out on A4 sheets, as in `render`.
#[derive(Debug, Args)]
pub(crate) struct BatchArgs {
    /// The document for every row; rows may name their own in a `document`
    /// column instead.
    #[arg(value_name = "DOC")]
    pub(crate) document: Option<String>,
    /// The roster: CSV (UTF-8 or GB18030/GBK) or a spreadsheet (.xlsx,
    /// .xls, .ods).
    #[arg(long, value_name = "FILE")]
    pub(crate) roster: PathBuf,
    /// The worksheet to read from a spreadsheet roster (the first one
    /// otherwise).
    #[arg(long, value_name = "NAME")]
    pub(crate) worksheet: Option<String>,
    /// The office profile (TOML).
    #[arg(long, value_name = "FILE")]
    pub(crate) office: PathBuf,
    /// The language for rows that name none (BCP 47).
    #[arg(long, value_name = "LANG")]
    pub(crate) lang: Option<String>,
    /// The roster's text encoding.
    #[arg(long, value_enum, default_value_t = EncodingArg::Auto)]
    pub(crate) encoding: EncodingArg,
    /// The issue date printed on every document (YYYY-MM-DD); with it the
    /// same roster always gives byte-identical files.
    #[arg(long, value_name = "DATE")]
    pub(crate) issue_date: Option<String>,
    /// File name pattern: {row}, {row:04}, {name}, {document}, {language}.
    #[arg(long, default_value = gaozhi_render::plan::DEFAULT_FILE_NAME)]
    pub(crate) name: String,
    /// Render the valid rows and write the rejected ones, with reasons, to
    /// DIR/rejected.csv.
    #[arg(long)]
    pub(crate) skip_invalid: bool,
    /// Skip rows the manifest already lists as they are now (name,
    /// document, language, file) with an intact file; with --merge, whole
    /// volumes.
    #[arg(long)]
    pub(crate) resume: bool,
    /// Write every document into one print-ready PDF instead, in roster
    /// order, each starting on a new sheet; cards are laid out n-up with cut
    /// marks, successive residents' cards filling each sheet. Long rosters
    /// are split into volumes (FILE-001.pdf, …).
    #[arg(long, value_name = "FILE.pdf")]
    pub(crate) merge: Option<PathBuf>,
    /// With --merge: add a blank page after a document with an odd number
    /// of pages, so every document starts on a new sheet in duplex.
    #[arg(long, requires = "merge")]
    pub(crate) duplex: bool,
    /// With --merge: documents per volume. A volume is held in memory until
    /// it is written: 250 one-page notices keep a batch near 200 MB.
    #[arg(long, value_name = "N", default_value_t = 250, requires = "merge")]
    pub(crate) volume_size: usize,
    /// Directory to write into (created if missing).
    #[arg(long, short, value_name = "DIR")]
    pub(crate) output: PathBuf,
    #[command(flatten)]
    pub(crate) engine: EngineArgs,
}

/// `gaozhi new-locale`.
#[derive(Debug, Args)]
pub(crate) struct NewLocaleArgs {
    /// The new language (BCP 47, e.g. vi, pt-BR).
    #[arg(value_name = "LANG")]
    pub(crate) lang: String,
    /// The locales directory to add it to.
    #[arg(long, value_name = "DIR", default_value = "locales")]
    pub(crate) dir: PathBuf,
}

/// `gaozhi serve`.
#[derive(Debug, Args)]
pub(crate) struct ServeArgs {
    /// The office profile (TOML); the built-in sample when omitted.
    #[arg(long, value_name = "FILE")]
    pub(crate) office: Option<PathBuf>,
    /// The address to listen on. Anything but a loopback address needs
    /// --token.
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8080")]
    pub(crate) listen: std::net::SocketAddr,
    /// A secret every request must carry (open the printed address once to
    /// set it in the browser). Required to listen beyond this machine.
    #[arg(
        long,
        value_name = "TOKEN",
        env = "GAOZHI_TOKEN",
        hide_env_values = true
    )]
    pub(crate) token: Option<String>,
    #[command(flatten)]
    pub(crate) engine: EngineArgs,
}
