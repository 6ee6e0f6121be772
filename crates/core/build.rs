//! Rebuilds this crate when the locale files under `locales/` change: they are embedded
//! with `include_dir!`, which cargo does not track by itself.

fn main() {
    println!("cargo:rerun-if-changed=../../locales");
}
