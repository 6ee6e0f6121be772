//! Per-document render times: every document × language, compiled and
//! exported to PDF by one shared renderer, reported as the median of N runs.
//!
//! ```sh
//! cargo bench -p gaozhi-render                       # embedded templates
//! cargo bench -p gaozhi-render -- --templates DIR    # compare a template variant
//! cargo bench -p gaozhi-render -- --runs 50
//! ```

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use gaozhi_core::Date;
use gaozhi_core::document::{DOCUMENTS, ResidentNeed};
use gaozhi_core::source::Format as DataFormat;
use gaozhi_core::{Layout, Locales, Office, Request, Resident, compose};
use gaozhi_render::{FontChoice, FontConfig, RenderOptions, Renderer, RendererConfig};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let mut templates: Option<PathBuf> = None;
    let mut runs = 30usize;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--templates" => templates = args.next().map(PathBuf::from),
            "--runs" => runs = args.next().and_then(|n| n.parse().ok()).unwrap_or(runs),
            _ => {} // cargo bench passes --bench
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let office = Office::from_path(&root.join("examples/office.toml"))?;
    let resident = Resident::from_str(
        &std::fs::read_to_string(root.join("examples/residents/kim-minjun.toml"))?,
        DataFormat::Toml,
    )?;
    let started = Instant::now();
    let renderer = Renderer::new(&RendererConfig {
        fonts: FontConfig {
            choice: FontChoice::Embedded,
            dirs: vec![],
        },
        templates,
    })?;
    println!("renderer built in {:.1} ms", ms(started.elapsed()));
    let locales = Locales::embedded()?;
    println!(
        "{:<26} {:<8} {:>10} {:>10}",
        "document", "language", "median ms", "min ms"
    );
    for lang in locales
        .languages()
        .into_iter()
        .filter(|l| !l.is_reference())
    {
        let tag = lang.as_str().parse()?;
        for doc in DOCUMENTS {
            let mut r = resident.clone();
            r.language = None;
            let comp = compose(
                locales,
                &Request {
                    document: doc,
                    resident: (doc.resident != ResidentNeed::None).then_some(&r),
                    office: &office,
                    default_language: Some(&tag),
                    layout: Layout::Bilingual,
                    today: Date::new(2020, 3, 2).ok_or("date")?,
                },
            )?;
            let mut times = Vec::with_capacity(runs);
            for _ in 0..runs {
                let t = Instant::now();
                renderer.render(&comp, &RenderOptions::default())?;
                times.push(t.elapsed());
            }
            times.sort();
            println!(
                "{:<26} {:<8} {:>10.2} {:>10.2}",
                doc.id,
                lang.as_str(),
                ms(times[times.len() / 2]),
                ms(times[0])
            );
        }
    }
    cold(&renderer, locales, &office, &resident, runs)?;
    Ok(())
}

/// A different resident every time, as in a batch: Typst's caches cannot
/// reuse the last document's layout of the resident's data. Splits the time
/// into composing (Fluent and ICU4X), laying out (Typst compile) and PDF
/// export, so work on speed goes where the time is.
fn cold(
    renderer: &Renderer,
    locales: &Locales,
    office: &Office,
    resident: &Resident,
    runs: usize,
) -> Result<(), Box<dyn std::error::Error>> {
    println!();
    println!(
        "{:<26} {:<8} {:>10} {:>10} {:>10}",
        "different residents", "language", "compose", "lay out", "export"
    );
    let doc = gaozhi_core::document::find("home-observation-notice").ok_or("document")?;
    for lang in ["en", "ko", "de"] {
        let tag = lang.parse()?;
        let (mut compose_t, mut layout_t, mut export_t) = (vec![], vec![], vec![]);
        for n in 0..runs.max(5) {
            let mut r = resident.clone();
            r.language = None;
            r.name = format!("{} {n}", r.name);
            r.address = r.address.map(|a| format!("{a} {n}"));
            let t = Instant::now();
            let comp = compose(
                locales,
                &Request {
                    document: doc,
                    resident: Some(&r),
                    office,
                    default_language: Some(&tag),
                    layout: Layout::Bilingual,
                    today: Date::new(2020, 3, 2).ok_or("date")?,
                },
            )?;
            compose_t.push(t.elapsed());
            let t = Instant::now();
            renderer.fit(&comp)?;
            layout_t.push(t.elapsed());
            // Same name again: the layout is cached, so this is the export.
            let t = Instant::now();
            renderer.render(&comp, &RenderOptions::default())?;
            export_t.push(t.elapsed());
        }
        let median = |v: &mut Vec<Duration>| {
            v.sort();
            ms(v[v.len() / 2])
        };
        println!(
            "{:<26} {:<8} {:>10.2} {:>10.2} {:>10.2}",
            doc.id,
            lang,
            median(&mut compose_t),
            median(&mut layout_t),
            median(&mut export_t)
        );
    }
    Ok(())
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
