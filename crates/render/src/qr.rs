//! QR codes, generated in Rust as SVG so they print sharp at any size.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

use gaozhi_core::{Error, Result};

/// An SVG image of a QR code for `data`, with medium error correction (a
/// card survives a crease) and the standard four-module quiet zone.
pub(crate) fn svg(data: &str) -> Result<Vec<u8>> {
    let code = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M).map_err(|e| {
        Error::invalid(format!("cannot be encoded as a QR code: {e}")).for_field("qr")
    })?;
    let image = code
        .render::<svg::Color<'_>>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build();
    Ok(image.into_bytes())
}

#[cfg(test)]
mod tests {
    #[test]
    fn makes_an_svg() {
        let svg = String::from_utf8(super::svg("https://example.gov.cn/").unwrap()).unwrap();
        assert!(svg.contains("<svg") && svg.contains("</svg>"));
    }
}
