//! Straightening a page scanned a few degrees askew, before it is recognised.
//!
//! Tesseract reads a skewed page well enough, but its text layer then follows the slant word by
//! word, and text extraction (`pdftotext`, a viewer's search) breaks words apart and loses the
//! reading order. So a page found more than [`MIN_DEGREES`] off is rotated straight first, and
//! the straightened page is what is stored (losslessly: a JPEG original is the one case where the
//! stored image is not the scanner's own bytes; the catalog keeps the original's SHA-256).
//!
//! The angle is found the classic way: the rows of a page's text line up when the page is level,
//! so the horizontal projection of its ink is most "peaky" (largest sum of squares) at the right
//! angle. The search runs on a reduced page (about 100 dpi) over ±[`MAX_DEGREES`], coarse then
//! fine, in a few milliseconds.

use image::{DynamicImage, GrayImage, ImageBuffer, Luma, Pixel, Rgb};

/// Smaller skews are left alone: text extraction copes, and rotating costs a re-encode.
pub const MIN_DEGREES: f64 = 0.5;
/// Larger skews are not searched for (a page on its side is a different problem).
pub const MAX_DEGREES: f64 = 8.0;

/// The page's skew in degrees (positive: the text rises to the right), if it is worth fixing.
pub fn detect(gray: &GrayImage, dpi: u32) -> Option<f64> {
    let factor = (dpi / 100).max(1);
    let (w, h) = (gray.width() / factor, gray.height() / factor);
    if w < 50 || h < 50 {
        return None;
    }
    // Dark pixels of the reduced page, inside a 3% margin (scanner edges are not text).
    let (mx, my) = (w * 3 / 100, h * 3 / 100);
    let mut ink = Vec::new();
    for y in my..h - my {
        for x in mx..w - mx {
            if gray.get_pixel(x * factor, y * factor)[0] < 128 {
                ink.push((x as f64, y as f64));
            }
        }
    }
    if ink.len() < 200 || ink.len() > (w as usize * h as usize) / 3 {
        return None; // blank, or a picture/noise rather than lines of text
    }
    let score = |deg: f64| -> f64 {
        let t = deg.to_radians().tan();
        let mut rows = vec![0u32; (h as f64 + w as f64 * t.abs()) as usize + 2];
        let off = if t > 0.0 { w as f64 * t } else { 0.0 };
        for &(x, y) in &ink {
            let r = (y + x * t + off) as usize;
            if let Some(c) = rows.get_mut(r) {
                *c += 1;
            }
        }
        rows.iter().map(|&c| (c as f64) * (c as f64)).sum()
    };
    let mut best = (0.0, score(0.0));
    let mut a = -MAX_DEGREES;
    while a <= MAX_DEGREES {
        let s = score(a);
        if s > best.1 {
            best = (a, s);
        }
        a += 0.5;
    }
    let centre = best.0;
    let mut a = centre - 0.5;
    while a <= centre + 0.5 {
        let s = score(a);
        if s > best.1 {
            best = (a, s);
        }
        a += 0.1;
    }
    // `score` measured the angle that levels the rows: the skew is its opposite.
    let skew = -best.0;
    (skew.abs() >= MIN_DEGREES && skew.abs() < MAX_DEGREES).then_some(skew)
}

/// Rotates `img` by `-skew` degrees about its centre (bilinear, white where nothing was).
pub fn straighten(img: &DynamicImage, skew: f64) -> DynamicImage {
    match img {
        DynamicImage::ImageLuma8(g) => DynamicImage::ImageLuma8(rotate(g, skew, Luma([255]))),
        other => DynamicImage::ImageRgb8(rotate(&other.to_rgb8(), skew, Rgb([255, 255, 255]))),
    }
}

fn rotate<P>(src: &ImageBuffer<P, Vec<u8>>, skew: f64, white: P) -> ImageBuffer<P, Vec<u8>>
where
    P: Pixel<Subpixel = u8> + 'static,
{
    let (w, h) = src.dimensions();
    let (cx, cy) = (w as f64 / 2.0, h as f64 / 2.0);
    // For each output pixel, sample the source at the point the skew moved it to.
    let (s, c) = skew.to_radians().sin_cos();
    let channels = P::CHANNEL_COUNT as usize;
    let raw = src.as_raw();
    let mut out = ImageBuffer::from_pixel(w, h, white);
    let stride = w as usize * channels;
    for y in 0..h {
        let dy = y as f64 - cy;
        for x in 0..w {
            let dx = x as f64 - cx;
            let sx = c * dx - s * dy + cx;
            let sy = s * dx + c * dy + cy;
            if sx < 0.0 || sy < 0.0 || sx >= (w - 1) as f64 || sy >= (h - 1) as f64 {
                continue;
            }
            let (x0, y0) = (sx as usize, sy as usize);
            let (fx, fy) = (sx - x0 as f64, sy - y0 as f64);
            let i00 = y0 * stride + x0 * channels;
            let i10 = i00 + channels;
            let i01 = i00 + stride;
            let i11 = i01 + channels;
            let px = out.get_pixel_mut(x, y);
            let ch = px.channels_mut();
            for k in 0..channels {
                let v = raw[i00 + k] as f64 * (1.0 - fx) * (1.0 - fy)
                    + raw[i10 + k] as f64 * fx * (1.0 - fy)
                    + raw[i01 + k] as f64 * (1.0 - fx) * fy
                    + raw[i11 + k] as f64 * fx * fy;
                ch[k] = v.round().clamp(0.0, 255.0) as u8;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page of dark horizontal "text lines".
    fn lines_page() -> GrayImage {
        let mut g = GrayImage::from_pixel(1200, 1600, Luma([255]));
        for line in 0..30 {
            let y0 = 150 + line * 45;
            for y in y0..y0 + 14 {
                for x in 150..1050 {
                    if (x / 9) % 4 != 3 {
                        g.put_pixel(x, y, Luma([0]));
                    }
                }
            }
        }
        g
    }

    #[test]
    fn a_level_page_is_left_alone() {
        assert_eq!(detect(&lines_page(), 150), None);
    }

    #[test]
    fn a_skewed_page_is_found_and_straightened() {
        let level = DynamicImage::ImageLuma8(lines_page());
        for skew in [3.0f64, -4.0] {
            // Skew it by rotating the other way, then find and undo it.
            let skewed = straighten(&level, -skew).to_luma8();
            let found = detect(&skewed, 150).expect("skew found");
            assert!((found - skew).abs() < 0.35, "found {found}, made {skew}");
            let fixed = straighten(&DynamicImage::ImageLuma8(skewed), found).to_luma8();
            assert!(
                detect(&fixed, 150).is_none(),
                "still skewed after straightening"
            );
        }
    }
}
