//! From whatever pixels a decoder gives to what a page needs: one 8-bit picture in the page's
//! own kind (bilevel, grey or colour) and the file that is embedded in the stored PDF.
//!
//! The rules, the same for every format:
//! - transparency is flattened onto white paper (a transparent pixel is paper, never black ink);
//! - 16-bit samples become 8-bit (rounded), CMYK becomes RGB, palettes are expanded;
//! - a page whose pixels are all pure black or white is bilevel and is embedded as a 1-bit PNG,
//!   so a black-and-white scan stays small in the stored PDF; a grey page (or a colour page whose
//!   pixels are all grey) is embedded as 8-bit grey; colour stays colour;
//! - a page decoded from a lossy photograph (a rotated or CMYK JPEG, HEIC, lossy WebP) is embedded
//!   as a JPEG, since a lossless copy of a photograph would be many times its size for nothing.
//!
//! The conversions are small pure functions with unit tests that check pixel values.

use std::io::Cursor;

use image::{DynamicImage, GrayImage, RgbImage};

use super::Embed;

/// The page's pixels, in the smallest kind that holds them without loss.
#[derive(Debug, Clone)]
pub(crate) enum Content {
    /// Every pixel is 0 or 255.
    Bilevel(GrayImage),
    Grey(GrayImage),
    Colour(RgbImage),
}

impl Content {
    /// The grey picture recognition reads.
    pub(crate) fn into_gray(self) -> GrayImage {
        match self {
            Content::Bilevel(g) | Content::Grey(g) => g,
            Content::Colour(c) => luma_of(&c),
        }
    }
}

/// `v.round() as u8` (halves away from zero, saturating), without the call to `roundf` that
/// `round` compiles to on x86-64 without SSE4.1, and without branches, so that the loop over a
/// page vectorises: clamped to 0-255 (NaN stays NaN and converts to 0), the integer part by
/// truncation (exact), one more when the rest is a half or over (never past 255: at 255 the
/// rest is 0).
fn round_to_byte(v: f32) -> u8 {
    let v = v.clamp(0.0, 255.0);
    let whole = v as u8;
    whole + u8::from(v - f32::from(whole) >= 0.5)
}

/// A colour page as grey, pixel for pixel what the image crate's `to_luma8` gives (its sRGB
/// luminance weights, its arithmetic in `f32`, in its order), in one tight loop: the crate's
/// general conversion, through a buffer of `f32` a pixel, took 0.9% of the CPU of the
/// real-format mix. The weights are the crate's own, asked of it once; a test holds the result
/// to `to_luma8` over all 16.7 million colours.
pub(crate) fn luma_of(c: &RgbImage) -> GrayImage {
    static WEIGHTS: std::sync::OnceLock<[f32; 3]> = std::sync::OnceLock::new();
    let [kr, kg, kb] = *WEIGHTS.get_or_init(|| {
        // Pure red, green and blue as f32 (no rounding on the way in): their luma is the weight.
        let primaries =
            image::Rgb32FImage::from_raw(3, 1, vec![1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0])
                .expect("three pixels");
        let luma = DynamicImage::ImageRgb32F(primaries).to_luma32f();
        [luma.as_raw()[0], luma.as_raw()[1], luma.as_raw()[2]]
    });
    // The crate's expansion of a byte to 0-1, and its accumulation: fused where it fuses.
    let unit = |v: u8| f32::from(v) * (1.0 / 255.0f32);
    #[cfg(target_feature = "fma")]
    let mac = |acc: f32, a: f32, b: f32| a.mul_add(b, acc);
    #[cfg(not(target_feature = "fma"))]
    let mac = |acc: f32, a: f32, b: f32| acc + a * b;
    let px = c
        .as_raw()
        .chunks_exact(3)
        .map(|p| {
            let l = mac(
                mac(mac(0.0, unit(p[0]), kr), unit(p[1]), kg),
                unit(p[2]),
                kb,
            );
            round_to_byte(l * 255.0)
        })
        .collect();
    GrayImage::from_raw(c.width(), c.height(), px).expect("buffer sized from the dimensions")
}

/// A value `v` seen through coverage `a` (0 transparent, 255 opaque) over white paper.
pub(crate) fn over_white(v: u8, a: u8) -> u8 {
    let (v, a) = (u32::from(v), u32::from(a));
    ((v * a + 255 * (255 - a) + 127) / 255) as u8
}

/// A 16-bit sample as 8 bits, rounded.
pub(crate) fn to_8bit(v: u16) -> u8 {
    ((u32::from(v) * 255 + 32_767) / 65_535) as u8
}

/// A CMYK ink value (0 = no ink, 255 = full ink, as TIFF stores it) as RGB.
pub(crate) fn cmyk_to_rgb(c: u8, m: u8, y: u8, k: u8) -> [u8; 3] {
    let white = 255 - u32::from(k);
    let ch = |v: u8| ((255 - u32::from(v)) * white / 255) as u8;
    [ch(c), ch(m), ch(y)]
}

/// A YCbCr sample (ITU-R BT.601, full range, as JPEG and TIFF store it) as RGB.
pub(crate) fn ycbcr_to_rgb(y: u8, cb: u8, cr: u8) -> [u8; 3] {
    let (y, cb, cr) = (f32::from(y), f32::from(cb) - 128.0, f32::from(cr) - 128.0);
    let clamp = |v: f32| v.round().clamp(0.0, 255.0) as u8;
    [
        clamp(y + 1.402 * cr),
        clamp(y - 0.344_136 * cb - 0.714_136 * cr),
        clamp(y + 1.772 * cb),
    ]
}

/// Unpacks one row of `bits`-bit samples (1, 2, 4 or 8; most significant bits first) into
/// `width` raw sample values (0 to 2^bits - 1). Missing bytes read as 0.
pub(crate) fn unpack_row(row: &[u8], bits: u8, width: usize) -> Vec<u8> {
    let bits = usize::from(bits);
    if bits == 8 {
        let mut v = row[..row.len().min(width)].to_vec();
        v.resize(width, 0);
        return v;
    }
    let per_byte = 8 / bits;
    let mask = ((1u16 << bits) - 1) as u8;
    (0..width)
        .map(|x| {
            let byte = row.get(x / per_byte).copied().unwrap_or(0);
            let shift = 8 - bits * (x % per_byte + 1);
            (byte >> shift) & mask
        })
        .collect()
}

/// A raw `bits`-bit sample stretched to 0-255.
pub(crate) fn scale_sample(v: u8, bits: u8) -> u8 {
    match bits {
        1 => {
            if v & 1 == 1 {
                255
            } else {
                0
            }
        }
        2 => (v & 3) * 85,
        4 => (v & 15) * 17,
        _ => v,
    }
}

/// Brings any decoded picture to 8 bits, transparency flattened onto white, in the smallest
/// kind that holds it without loss.
pub(crate) fn normalise(img: DynamicImage) -> Content {
    let has_alpha = img.color().has_alpha();
    let is_colour = img.color().has_color();
    match (is_colour, has_alpha) {
        (false, false) => grey_content(img.into_luma8()),
        (false, true) => {
            let la = img.into_luma_alpha8();
            let (w, h) = la.dimensions();
            let px = la
                .into_raw()
                .chunks_exact(2)
                .map(|p| over_white(p[0], p[1]))
                .collect();
            grey_content(GrayImage::from_raw(w, h, px).unwrap_or_default())
        }
        (true, false) => colour_content(img.into_rgb8()),
        (true, true) => {
            let rgba = img.into_rgba8();
            let (w, h) = rgba.dimensions();
            let px = rgba
                .into_raw()
                .chunks_exact(4)
                .flat_map(|p| {
                    [
                        over_white(p[0], p[3]),
                        over_white(p[1], p[3]),
                        over_white(p[2], p[3]),
                    ]
                })
                .collect();
            colour_content(RgbImage::from_raw(w, h, px).unwrap_or_default())
        }
    }
}

/// A grey picture: bilevel when every pixel is black or white.
pub(crate) fn grey_content(g: GrayImage) -> Content {
    // In blocks without an early exit inside, which the compiler can do many bytes at a time:
    // a 300 dpi page is nine million pixels.
    let bilevel = g.as_raw().chunks(64).all(|block| {
        block
            .iter()
            .fold(true, |all, &v| all & (v == 0 || v == 255))
    });
    if bilevel {
        Content::Bilevel(g)
    } else {
        Content::Grey(g)
    }
}

/// A colour picture: grey (or bilevel) when every pixel is grey.
pub(crate) fn colour_content(c: RgbImage) -> Content {
    if c.as_raw()
        .chunks_exact(3)
        .all(|p| p[0] == p[1] && p[1] == p[2])
    {
        let (w, h) = c.dimensions();
        let g = c.into_raw().chunks_exact(3).map(|p| p[0]).collect();
        grey_content(GrayImage::from_raw(w, h, g).unwrap_or_default())
    } else {
        Content::Colour(c)
    }
}

/// Writes the page as a PNG (1-bit for a bilevel page, 8-bit grey or RGB otherwise) that the
/// PDF renderer embeds without re-encoding, with its resolution.
pub(crate) fn png(content: &Content, dpi: u32) -> Result<Vec<u8>, String> {
    let (w, h, colour, depth, data): (u32, u32, png::ColorType, png::BitDepth, Vec<u8>) =
        match content {
            Content::Bilevel(g) => (
                g.width(),
                g.height(),
                png::ColorType::Grayscale,
                png::BitDepth::One,
                pack_bilevel(g),
            ),
            Content::Grey(g) => (
                g.width(),
                g.height(),
                png::ColorType::Grayscale,
                png::BitDepth::Eight,
                g.as_raw().clone(),
            ),
            Content::Colour(c) => (
                c.width(),
                c.height(),
                png::ColorType::Rgb,
                png::BitDepth::Eight,
                c.as_raw().clone(),
            ),
        };
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, w, h);
        enc.set_color(colour);
        enc.set_depth(depth);
        enc.set_compression(png::Compression::Balanced);
        let ppm = (f64::from(dpi) / 0.0254).round() as u32;
        enc.set_pixel_dims(Some(png::PixelDimensions {
            xppu: ppm,
            yppu: ppm,
            unit: png::Unit::Meter,
        }));
        let mut writer = enc.write_header().map_err(|e| e.to_string())?;
        writer.write_image_data(&data).map_err(|e| e.to_string())?;
        writer.finish().map_err(|e| e.to_string())?;
    }
    Ok(out)
}

/// Rows of 1-bit samples, most significant bit first, 1 = white, each row padded to a byte.
fn pack_bilevel(g: &GrayImage) -> Vec<u8> {
    let (w, h) = (g.width() as usize, g.height() as usize);
    let row_bytes = w.div_ceil(8);
    let mut out = vec![0u8; row_bytes * h];
    for (y, row) in g.as_raw().chunks_exact(w.max(1)).enumerate().take(h) {
        let dst = &mut out[y * row_bytes..(y + 1) * row_bytes];
        for (x, &v) in row.iter().enumerate() {
            if v >= 128 {
                dst[x / 8] |= 0x80 >> (x % 8);
            }
        }
    }
    out
}

/// Writes a page decoded from a lossy photograph as a JPEG (grey or colour).
pub(crate) fn jpeg(content: &Content, dpi: u32) -> Result<Vec<u8>, String> {
    use image::codecs::jpeg::{JpegEncoder, PixelDensity, PixelDensityUnit};
    let mut out = Vec::new();
    let mut enc = JpegEncoder::new_with_quality(Cursor::new(&mut out), JPEG_QUALITY);
    let d = dpi.min(u32::from(u16::MAX)) as u16;
    enc.set_pixel_density(PixelDensity {
        density: (d, d),
        unit: PixelDensityUnit::Inches,
    });
    let r = match content {
        Content::Bilevel(g) | Content::Grey(g) => enc.encode_image(g),
        Content::Colour(c) => enc.encode_image(c),
    };
    r.map_err(|e| e.to_string())?;
    Ok(out)
}

/// Quality of the JPEG written for a page that came from a lossy photograph: high enough that
/// a second generation adds no visible loss to print.
pub(crate) const JPEG_QUALITY: u8 = 90;

/// The embed for a page: the page's own pixels when it is black and white (the OCR engine
/// stores them as CCITT G4), else a PNG for lossless sources and a JPEG for a page decoded from
/// a lossy photograph.
pub(crate) fn embed(content: &Content, dpi: u32, lossy_source: bool) -> Result<Embed, String> {
    match content {
        Content::Bilevel(_) => Ok(Embed::Bilevel),
        _ if lossy_source => jpeg(content, dpi).map(Embed::Jpeg),
        _ => png(content, dpi).map(Embed::Png),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{ImageBuffer, Luma, LumaA, Rgba};

    #[test]
    fn rounding_to_a_byte_is_rusts_rounding() {
        let same = |v: f32| assert_eq!(round_to_byte(v), v.round() as u8, "{v}");
        // A sample from -2 to 258, and the 64 floats either side of every whole number and half.
        let mut v = -2.0f32;
        while v < 258.0 {
            same(v);
            v += 0.000_7;
        }
        for n in -4..520 {
            let (mut up, mut down) = (n as f32 / 2.0, n as f32 / 2.0);
            for _ in 0..64 {
                same(up);
                same(down);
                up = up.next_up();
                down = down.next_down();
            }
        }
        for v in [
            f32::NAN,
            f32::INFINITY,
            f32::NEG_INFINITY,
            -0.0,
            0.5,
            254.5,
            0.499_999_97,
        ] {
            same(v);
        }
    }

    #[test]
    fn a_colour_page_is_grey_exactly_as_the_image_crate_makes_it() {
        // Every colour once: a 4096 x 4096 picture whose pixel n is colour n.
        let all: Vec<u8> = (0u32..1 << 24)
            .flat_map(|n| [(n >> 16) as u8, (n >> 8) as u8, n as u8])
            .collect();
        let img = RgbImage::from_raw(4096, 4096, all).unwrap();
        let ours = luma_of(&img);
        let theirs = DynamicImage::ImageRgb8(img).to_luma8();
        let differ = ours
            .as_raw()
            .iter()
            .zip(theirs.as_raw())
            .filter(|(a, b)| a != b)
            .count();
        assert_eq!(differ, 0, "{differ} colours differ from to_luma8");
        // Not all one value: white is 255, black 0, pure green brighter than pure blue.
        assert_eq!(ours.as_raw()[(1 << 24) - 1], 255);
        assert_eq!(ours.as_raw()[0], 0);
        assert!(ours.as_raw()[0x00ff00] > ours.as_raw()[0x0000ff]);
    }

    #[test]
    fn transparency_is_paper_not_ink() {
        assert_eq!(
            over_white(0, 0),
            255,
            "fully transparent black is white paper"
        );
        assert_eq!(over_white(0, 255), 0, "opaque black stays black");
        assert_eq!(over_white(0, 128), 127);
        assert_eq!(over_white(200, 255), 200);
        // A grey+alpha page: transparent background, opaque black text.
        let mut la = ImageBuffer::from_pixel(4, 1, LumaA([0u8, 0]));
        la.put_pixel(1, 0, LumaA([0, 255]));
        la.put_pixel(2, 0, LumaA([100, 255]));
        let c = normalise(DynamicImage::ImageLumaA8(la));
        let Content::Grey(g) = c else {
            panic!("grey+alpha with a mid grey is grey, got {c:?}")
        };
        assert_eq!(g.as_raw(), &vec![255, 0, 100, 255]);
        // RGBA: transparent black background becomes white; the page is bilevel then.
        let mut rgba = ImageBuffer::from_pixel(3, 1, Rgba([0u8, 0, 0, 0]));
        rgba.put_pixel(0, 0, Rgba([0, 0, 0, 255]));
        let c = normalise(DynamicImage::ImageRgba8(rgba));
        let Content::Bilevel(g) = c else {
            panic!("black on transparent is bilevel, got {c:?}")
        };
        assert_eq!(g.as_raw(), &vec![0, 255, 255]);
    }

    #[test]
    fn sixteen_bit_samples_round_to_eight() {
        assert_eq!(to_8bit(0), 0);
        assert_eq!(to_8bit(65_535), 255);
        assert_eq!(to_8bit(257 * 100), 100);
        assert_eq!(to_8bit(257 * 100 + 128), 100);
        assert_eq!(to_8bit(257 * 100 + 129), 101);
        let g16 = ImageBuffer::from_raw(2, 1, vec![0u16, 257 * 77]).unwrap();
        let c = normalise(DynamicImage::ImageLuma16(g16));
        let Content::Grey(g) = c else {
            panic!("16-bit grey is grey, got {c:?}")
        };
        assert_eq!(g.as_raw(), &vec![0, 77]);
    }

    #[test]
    fn cmyk_inks_become_rgb() {
        assert_eq!(cmyk_to_rgb(0, 0, 0, 0), [255, 255, 255], "no ink is white");
        assert_eq!(cmyk_to_rgb(0, 0, 0, 255), [0, 0, 0], "full black");
        assert_eq!(cmyk_to_rgb(255, 0, 0, 0), [0, 255, 255], "cyan");
        assert_eq!(cmyk_to_rgb(0, 255, 255, 0), [255, 0, 0], "red");
        assert_eq!(cmyk_to_rgb(0, 0, 0, 128), [127, 127, 127], "half black");
    }

    #[test]
    fn ycbcr_becomes_rgb() {
        assert_eq!(ycbcr_to_rgb(255, 128, 128), [255, 255, 255]);
        assert_eq!(ycbcr_to_rgb(0, 128, 128), [0, 0, 0]);
        // Pure red in BT.601 full range: Y 76, Cb 85, Cr 255.
        let [r, g, b] = ycbcr_to_rgb(76, 85, 255);
        assert!(r >= 253 && g <= 2 && b <= 2, "{r} {g} {b}");
    }

    #[test]
    fn packed_samples_unpack_and_scale() {
        assert_eq!(unpack_row(&[0b1010_0000], 1, 4), vec![1, 0, 1, 0]);
        assert_eq!(unpack_row(&[0b1101_0010], 2, 4), vec![3, 1, 0, 2]);
        assert_eq!(unpack_row(&[0xF0, 0x3C], 4, 3), vec![15, 0, 3]);
        assert_eq!(
            unpack_row(&[0xFF], 1, 10),
            vec![1, 1, 1, 1, 1, 1, 1, 1, 0, 0]
        );
        assert_eq!(scale_sample(1, 2), 85);
        assert_eq!(scale_sample(3, 2), 255);
        assert_eq!(scale_sample(15, 4), 255);
        assert_eq!(scale_sample(1, 1), 255);
    }

    #[test]
    fn grey_colour_pages_are_grey_and_bilevel_is_found() {
        let c = colour_content(RgbImage::from_raw(2, 1, vec![10, 10, 10, 200, 200, 200]).unwrap());
        assert!(matches!(c, Content::Grey(_)), "{c:?}");
        let c = colour_content(RgbImage::from_raw(2, 1, vec![0, 0, 0, 255, 255, 255]).unwrap());
        assert!(matches!(c, Content::Bilevel(_)), "{c:?}");
        let c = colour_content(RgbImage::from_raw(2, 1, vec![0, 0, 200, 255, 255, 255]).unwrap());
        assert!(matches!(c, Content::Colour(_)), "{c:?}");
    }

    #[test]
    fn bilevel_pages_are_written_as_one_bit_pngs() {
        let mut g = GrayImage::from_pixel(10, 3, Luma([255]));
        g.put_pixel(0, 0, Luma([0]));
        g.put_pixel(9, 2, Luma([0]));
        let bytes = png(&Content::Bilevel(g.clone()), 300).unwrap();
        // IHDR: bit depth 1, colour type 0 (grey).
        assert_eq!(bytes[24], 1);
        assert_eq!(bytes[25], 0);
        let back = image::load_from_memory(&bytes).unwrap().into_luma8();
        assert_eq!(back, g);
        let phys = bytes.windows(4).position(|w| w == b"pHYs").unwrap();
        let ppm = u32::from_be_bytes(bytes[phys + 4..phys + 8].try_into().unwrap());
        assert_eq!(ppm, 11_811, "300 dpi in pixels per metre");
    }
}
