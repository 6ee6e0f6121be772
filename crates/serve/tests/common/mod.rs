//! What the HTTP and browser tests share: `gaozhi-testkit` and its desk
//! tool helpers, under the names these tests use.

#![allow(dead_code, unreachable_pub, unused_imports)]

use std::sync::Arc;

use gaozhi_core::Resident;
use gaozhi_render::Renderer;

pub use gaozhi_testkit::desk::*;
pub use gaozhi_testkit::{message, office, pdf_text, root};

/// The shared renderer of the test binary.
pub fn renderer() -> Arc<Renderer> {
    gaozhi_testkit::renderer().clone()
}

/// The sample resident Kim Minjun.
pub fn sample() -> Resident {
    gaozhi_testkit::sample("kim-minjun.toml")
}
