//! Rebuilds this crate when the sample data under `examples/` change: they are embedded
//! with `include_dir!`, which cargo does not track by itself.

fn main() {
    println!("cargo:rerun-if-changed=../../examples");
}
