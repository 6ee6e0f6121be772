//! Renders the sample home-observation notice for a Korean resident and
//! writes it to `notice-ko.pdf`, building the renderer once as a program
//! printing many documents would.
//!
//! ```sh
//! cargo run -p gaozhi-render --example render_one
//! ```

use std::path::Path;

use gaozhi_core::Date;
use gaozhi_core::{Layout, Locales, Office, Request, Resident, compose, document};
use gaozhi_render::{RenderOptions, Renderer, RendererConfig};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let office = Office::from_path(&root.join("examples/office.toml"))?;
    let resident = Resident::from_path(&root.join("examples/residents/kim-minjun.toml"))?;

    // Fonts and templates load once; the renderer serves any number of
    // documents, from any number of threads.
    let renderer = Renderer::new(&RendererConfig::default())?;
    let composition = compose(
        Locales::embedded()?,
        &Request {
            document: document::find("home-observation-notice").ok_or("no such document")?,
            resident: Some(&resident),
            office: &office,
            default_language: None,
            layout: Layout::Bilingual,
            today: Date::today(),
        },
    )?;
    let rendered = renderer.render(&composition, &RenderOptions::default())?;
    for warning in &rendered.warnings {
        eprintln!("warning: {warning}");
    }
    std::fs::write("notice-ko.pdf", &rendered.files[0])?;
    println!("wrote notice-ko.pdf ({} page(s))", rendered.pages);
    Ok(())
}
