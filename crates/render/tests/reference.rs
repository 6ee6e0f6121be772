//! Reference images: every document rendered small (36 dpi) in Korean and in
//! German with a long name, compared with the PNGs kept in
//! `tests/reference-images/`. A changed margin, a moved block or a
//! different page count fails here, not at the printer.
//!
//! When a change to the look is meant, rewrite the references and look at
//! them before committing:
//!
//! ```sh
//! GAOZHI_UPDATE_REFERENCES=1 cargo test --workspace --test reference
//! ```

use gaozhi_core::Layout;
use gaozhi_core::document::{DOCUMENTS, ResidentNeed};
use gaozhi_render::{Format, RenderOptions};
use gaozhi_testkit::{compose_on, office, renderer, root, sample};

/// Pixels whose grey differs by more than this count as changed.
const GREY_TOLERANCE: u8 = 64;
/// The share of changed pixels a page may have (anti-aliasing noise).
const CHANGED_SHARE: f64 = 0.002;

#[test]
fn pages_look_as_their_references() {
    let renderer = renderer();
    let office = office();
    let dir = root().join("tests/reference-images");
    let update = std::env::var_os("GAOZHI_UPDATE_REFERENCES").is_some();
    if update {
        std::fs::create_dir_all(&dir).expect("reference folder");
    }
    let mut failures = Vec::new();
    let mut compared = 0;
    for (lang, file) in [("ko", "kim-minjun.toml"), ("de", "max-schwarzenberg.toml")] {
        let resident = sample(file);
        for doc in DOCUMENTS {
            let record = (doc.resident != ResidentNeed::None).then_some(&resident);
            let comp = compose_on(doc, record, &office, Some(lang), Layout::Bilingual)
                .expect("composition");
            let rendered = renderer
                .render(
                    &comp,
                    &RenderOptions {
                        format: Format::Png { scale: 0.5 },
                        ..Default::default()
                    },
                )
                .expect("rendered");
            for (n, png) in rendered.files.iter().enumerate() {
                let name = format!("{}-{lang}-{}.png", doc.id, n + 1);
                let path = dir.join(&name);
                if update {
                    std::fs::write(&path, png).expect("write reference");
                    continue;
                }
                compared += 1;
                match std::fs::read(&path) {
                    Ok(reference) => {
                        if let Some(why) = differs(png, &reference) {
                            failures.push(format!("{name}: {why}"));
                        }
                    }
                    Err(_) => failures.push(format!("{name}: no reference image")),
                }
            }
            // A page that went away is a change too.
            let next = dir.join(format!(
                "{}-{lang}-{}.png",
                doc.id,
                rendered.files.len() + 1
            ));
            if !update && next.exists() {
                failures.push(format!(
                    "{}-{lang}: {} page(s), the reference has more",
                    doc.id,
                    rendered.files.len()
                ));
            }
        }
    }
    if update {
        return;
    }
    assert!(
        compared >= 2 * DOCUMENTS.len(),
        "only {compared} pages compared"
    );
    assert!(
        failures.is_empty(),
        "pages differ from tests/reference-images (GAOZHI_UPDATE_REFERENCES=1 rewrites them):\n{}",
        failures.join("\n")
    );
}

/// Why two PNGs differ to the eye, if they do.
fn differs(png: &[u8], reference: &[u8]) -> Option<String> {
    let a = image::load_from_memory(png).ok()?.to_luma8();
    let b = match image::load_from_memory(reference) {
        Ok(b) => b.to_luma8(),
        Err(e) => return Some(format!("unreadable reference: {e}")),
    };
    if a.dimensions() != b.dimensions() {
        return Some(format!(
            "size {:?}, reference {:?}",
            a.dimensions(),
            b.dimensions()
        ));
    }
    let changed = a
        .pixels()
        .zip(b.pixels())
        .filter(|(p, q)| p.0[0].abs_diff(q.0[0]) > GREY_TOLERANCE)
        .count();
    let share = changed as f64 / f64::from(a.width() * a.height());
    (share > CHANGED_SHARE).then(|| format!("{:.2}% of the pixels changed", share * 100.0))
}
