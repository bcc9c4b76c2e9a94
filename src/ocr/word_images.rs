//! Tesseract's word images, kept as PNGs that are stored rather than compressed.
//!
//! Why: Tesseract 5.3 (Debian 12's) cuts each word's image out of the page and holds it as a
//! PNG in memory until its LSTM reads it: `ImageData::SetPixInternal` encodes it with
//! leptonica's `pixWriteMem(.., IFF_PNG)` and `GetPixInternal` decodes it again a moment later.
//! Deflating and filtering every word at zlib's default level, then inflating it, cost 4.5% of
//! casevault's CPU on the real-format mix (perf, docs/real-formats.md), as much in bare
//! Tesseract. Upstream has a build switch that keeps the image as it is
//! (`TESSERACT_IMAGEDATA_AS_PIX`); Debian's package is built without it.
//!
//! How: this program defines `pixWriteMem` itself. The dynamic linker looks a symbol up in the
//! executable before the libraries it loaded, and the static linker exports an executable's
//! symbol that a linked shared library refers to, so libtesseract's calls arrive here. What
//! comes back is still a PNG of the same pixels, which leptonica, libpng or any decoder reads:
//! - a grey image of 8 bits a pixel (every word image: Tesseract converts them to 8 bits) is
//!   written here, rows unfiltered in stored deflate blocks, with the resolution chunk
//!   leptonica writes, so `pixReadMem` gives back the same pixels and resolution;
//! - any other PNG goes to leptonica's own PNG writer at zlib level 0 (stored);
//! - any other format goes to leptonica's own `pixWriteMem`, found with `dlsym(RTLD_NEXT)`.
//!
//! The price is memory: a word image is held at its raw size (a few kilobytes) instead of
//! compressed, for the moment between cutting and reading it. Recognition is unchanged: a PNG
//! is lossless either way (`tests::recognition_is_the_same_with_word_images_compressed`).
//! Where the interposition does not take (a build that links differently), leptonica's own
//! function runs and only the time is lost; [`in_effect`] tells which, and the engine logs it.

use std::ffi::c_int;
use std::sync::OnceLock;

use leptonica_sys::PIX;

/// leptonica's `pixWriteMem`.
type WriteMem = unsafe extern "C" fn(*mut *mut u8, *mut usize, *mut PIX, c_int) -> c_int;

#[cfg(test)]
thread_local! {
    /// Set by a test, on its own thread, to have PNGs written by leptonica (compressed) and
    /// compare recognition both ways. Per thread, so that tests running beside it are not
    /// affected: Tesseract works on the calling thread (`OMP_THREAD_LIMIT=1`).
    static COMPRESSED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether PNGs are written stored: always, outside tests.
fn stored() -> bool {
    #[cfg(test)]
    if COMPRESSED.with(|c| c.get()) {
        return false;
    }
    true
}

/// Largest stored deflate block.
const BLOCK: usize = 65_535;

/// Whether leptonica's `pixWriteMem`, as libraries in this process reach it, is this module's.
pub(crate) fn in_effect() -> bool {
    // SAFETY: dlsym with a NUL-terminated name only looks a symbol up.
    let found = unsafe { libc::dlsym(libc::RTLD_DEFAULT, c"pixWriteMem".as_ptr()) };
    found as usize == pixWriteMem as WriteMem as usize
}

/// Lets a test have word images written as leptonica does (compressed), and back, on the
/// calling thread.
#[cfg(test)]
pub(crate) fn set_stored(stored: bool) {
    COMPRESSED.with(|c| c.set(!stored));
}

/// Whether a PNG written now, on this thread, through `pixWriteMem` comes back stored: a white
/// 64 x 64 grey image, which deflate shrinks to a few dozen bytes.
#[cfg(test)]
pub(crate) fn writes_stored() -> bool {
    let (mut data, mut size) = (std::ptr::null_mut(), 0usize);
    // SAFETY: a new Pix, written through the public entry point and freed once; the buffer is
    // freed once.
    unsafe {
        let mut pix = leptonica_sys::pixCreate(64, 64, 8);
        assert!(!pix.is_null());
        leptonica_sys::pixSetAllArbitrary(pix, 255);
        let rc = pixWriteMem(&mut data, &mut size, pix, leptonica_sys::IFF_PNG as c_int);
        leptonica_sys::pixDestroy(&mut pix);
        assert_eq!(rc, 0);
        libc::free(data.cast());
    }
    size >= 64 * 64
}

/// leptonica's own `pixWriteMem`, the next definition after this program's.
fn leptonica_write_mem() -> Option<WriteMem> {
    static REAL: OnceLock<usize> = OnceLock::new();
    // SAFETY: dlsym with a NUL-terminated name only looks a symbol up.
    let found = *REAL
        .get_or_init(|| unsafe { libc::dlsym(libc::RTLD_NEXT, c"pixWriteMem".as_ptr()) } as usize);
    // SAFETY: a non-null address found under that name is leptonica's function of this type
    // (leptonica-sys declares the same signature).
    (found != 0).then(|| unsafe { std::mem::transmute::<usize, WriteMem>(found) })
}

/// leptonica's `pixWriteMem`, with PNGs stored: see the module documentation. Returns 0 on
/// success, 1 on failure, as leptonica does.
///
/// # Safety
/// leptonica's contract: `pdata` and `psize` point to writable places, `pix` is a live Pix. The
/// buffer returned in `*pdata` is allocated with `malloc`, for the caller to `free`.
#[no_mangle]
pub unsafe extern "C" fn pixWriteMem(
    pdata: *mut *mut u8,
    psize: *mut usize,
    pix: *mut PIX,
    format: c_int,
) -> c_int {
    let png = format == leptonica_sys::IFF_PNG as c_int;
    if png && stored() && !pdata.is_null() && !psize.is_null() {
        *pdata = std::ptr::null_mut();
        *psize = 0;
        if pix.is_null() {
            return 1;
        }
        if let Some(bytes) = grey_png(&*pix) {
            let buf = libc::malloc(bytes.len().max(1)).cast::<u8>();
            if buf.is_null() {
                return 1;
            }
            std::ptr::copy_nonoverlapping(bytes.as_ptr(), buf, bytes.len());
            *pdata = buf;
            *psize = bytes.len();
            return 0;
        }
        // Another depth, a colour map or a comment: leptonica's writer, deflating nothing.
        let special = (*pix).special;
        leptonica_sys::pixSetZlibCompression(pix, 0);
        let r = leptonica_sys::pixWriteMemPng(pdata, psize, pix, 0.0);
        (*pix).special = special;
        return r;
    }
    match leptonica_write_mem() {
        Some(write) => write(pdata, psize, pix, format),
        None => 1,
    }
}

/// A grey Pix of 8 bits a pixel, without colour map or text, as a PNG: unfiltered rows in
/// stored deflate blocks, and the `pHYs` chunk leptonica writes (its resolution in pixels per
/// metre, or "unknown"). `None` for any other Pix.
fn grey_png(pix: &PIX) -> Option<Vec<u8>> {
    if pix.d != 8 || pix.spp != 1 || !pix.colormap.is_null() || !pix.text.is_null() {
        return None;
    }
    let (w, h, wpl) = (pix.w as usize, pix.h as usize, pix.wpl as usize);
    if w == 0 || h == 0 || pix.data.is_null() || wpl * 4 < w {
        return None;
    }
    // SAFETY: a live 8-bit Pix holds h rows of wpl 32-bit words.
    let words = unsafe { std::slice::from_raw_parts(pix.data.cast_const(), wpl * h) };
    let mut raw = Vec::with_capacity((w + 1) * h);
    for row in words.chunks_exact(wpl) {
        // Filter byte 0 (none), then the row: leptonica keeps pixels in 32-bit words, the first
        // pixel in the word's top byte.
        raw.push(0);
        raw.extend(row.iter().flat_map(|word| word.to_be_bytes()).take(w));
    }
    let (w, h) = (u32::try_from(w).ok()?, u32::try_from(h).ok()?);
    let mut out = Vec::with_capacity(raw.len() + raw.len() / BLOCK * 5 + 128);
    out.extend_from_slice(b"\x89PNG\r\n\x1a\n");
    chunk(&mut out, b"IHDR", |o| {
        o.extend_from_slice(&w.to_be_bytes());
        o.extend_from_slice(&h.to_be_bytes());
        o.extend_from_slice(&[8, 0, 0, 0, 0]); // 8 bits, grey, deflate, no filter, no interlace
    });
    // As leptonica writes it: pixels per metre from pixels per inch, or "unknown".
    chunk(&mut out, b"pHYs", |o| {
        if pix.xres <= 0 || pix.yres <= 0 {
            o.extend_from_slice(&[0; 9]);
        } else {
            let ppm = |res: i32| (39.37 * res as f32 + 0.5) as u32;
            o.extend_from_slice(&ppm(pix.xres).to_be_bytes());
            o.extend_from_slice(&ppm(pix.yres).to_be_bytes());
            o.push(1); // metre
        }
    });
    chunk(&mut out, b"IDAT", |o| {
        o.extend_from_slice(&[0x78, 0x01]); // deflate, 32 KiB window, no dictionary
        let blocks = raw.chunks(BLOCK);
        let last = blocks.len() - 1;
        for (i, block) in blocks.enumerate() {
            let len = block.len() as u16;
            o.push(u8::from(i == last)); // BFINAL on the last, BTYPE 00: stored
            o.extend_from_slice(&len.to_le_bytes());
            o.extend_from_slice(&(!len).to_le_bytes());
            o.extend_from_slice(block);
        }
        o.extend_from_slice(&adler2::adler32_slice(&raw).to_be_bytes());
    });
    chunk(&mut out, b"IEND", |_| {});
    Some(out)
}

/// Appends a PNG chunk written in place by `data`: length, type, data, CRC-32 of type and data.
fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: impl FnOnce(&mut Vec<u8>)) {
    let start = out.len();
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(kind);
    data(out);
    let len = (out.len() - start - 8) as u32;
    out[start..start + 4].copy_from_slice(&len.to_be_bytes());
    let crc = crc32fast::hash(&out[start + 4..]);
    out.extend_from_slice(&crc.to_be_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Frees a buffer leptonica (or [`pixWriteMem`]) allocated.
    ///
    /// # Safety
    /// `p` came from `malloc` and is freed once.
    unsafe fn free(p: *mut u8) {
        libc::free(p.cast::<std::ffi::c_void>());
    }

    /// A Pix of `w` by `h` at `depth` bits, pixel (x, y) set by `value`, at 300 dpi.
    fn pix(w: u32, h: u32, depth: i32, value: impl Fn(u32, u32) -> u32) -> *mut PIX {
        // SAFETY: positive sizes; each pixel set inside the image.
        unsafe {
            let p = leptonica_sys::pixCreate(w as i32, h as i32, depth);
            assert!(!p.is_null());
            leptonica_sys::pixSetResolution(p, 300, 300);
            for y in 0..h {
                for x in 0..w {
                    leptonica_sys::pixSetPixel(p, x as i32, y as i32, value(x, y));
                }
            }
            p
        }
    }

    /// Writes `p` with the given format through `pixWriteMem` (this module's, as Tesseract
    /// calls it) and returns the bytes.
    fn write(p: *mut PIX, format: u32) -> Vec<u8> {
        let (mut data, mut size) = (std::ptr::null_mut(), 0usize);
        // SAFETY: live Pix, writable out-parameters; the buffer is copied and freed once.
        unsafe {
            assert_eq!(pixWriteMem(&mut data, &mut size, p, format as c_int), 0);
            let v = std::slice::from_raw_parts(data, size).to_vec();
            free(data);
            v
        }
    }

    /// Whether leptonica reads `bytes` back as the same pixels and resolution as `p`.
    fn reads_back_as(bytes: &[u8], p: *mut PIX) -> bool {
        // SAFETY: pixReadMem reads the slice; both Pix are live and the read one is freed.
        unsafe {
            let mut back = leptonica_sys::pixReadMem(bytes.as_ptr(), bytes.len());
            assert!(!back.is_null(), "leptonica reads the PNG");
            let mut same = 0;
            leptonica_sys::pixEqual(back, p, &mut same);
            let res = ((*back).xres, (*back).yres);
            leptonica_sys::pixDestroy(&mut back);
            same == 1 && res == ((*p).xres, (*p).yres)
        }
    }

    #[test]
    fn tesseract_reaches_this_writer() {
        assert!(
            in_effect(),
            "pixWriteMem resolves to leptonica's own: the executable does not export ours"
        );
    }

    #[test]
    fn a_grey_word_image_is_a_stored_png_of_the_same_pixels() {
        // 37 wide (not a whole number of 32-bit words), values that differ in every byte.
        let value = |x: u32, y: u32| (x * 7 + y * 13) % 256;
        let mut p = pix(37, 11, 8, value);
        let bytes = write(p, leptonica_sys::IFF_PNG);
        assert!(reads_back_as(&bytes, p));
        // Any PNG decoder reads it: the same pixels, row by row.
        let decoded = image::load_from_memory_with_format(&bytes, image::ImageFormat::Png)
            .expect("a valid PNG")
            .to_luma8();
        assert_eq!(decoded.dimensions(), (37, 11));
        assert!(decoded
            .enumerate_pixels()
            .all(|(x, y, px)| u32::from(px.0[0]) == value(x, y)));
        // Stored, not deflated: the raw rows and their filter bytes are all there.
        assert!(bytes.len() >= 38 * 11, "{} bytes", bytes.len());
        // SAFETY: our Pix, freed once.
        unsafe { leptonica_sys::pixDestroy(&mut p) };
    }

    #[test]
    fn an_image_larger_than_one_deflate_block_is_split_into_blocks() {
        let value = |x: u32, y: u32| (x ^ y) & 0xff;
        let mut p = pix(700, 200, 8, value); // 140,200 bytes of rows: three blocks
        let bytes = write(p, leptonica_sys::IFF_PNG);
        assert!(reads_back_as(&bytes, p));
        let decoded = image::load_from_memory(&bytes)
            .expect("a valid PNG")
            .to_luma8();
        assert!(decoded
            .enumerate_pixels()
            .all(|(x, y, px)| u32::from(px.0[0]) == value(x, y)));
        // SAFETY: our Pix, freed once.
        unsafe { leptonica_sys::pixDestroy(&mut p) };
    }

    #[test]
    fn other_depths_go_to_leptonicas_png_writer_uncompressed() {
        for depth in [1, 32] {
            let mut p = pix(50, 9, depth, |x, y| {
                if depth == 1 {
                    (x + y) % 2
                } else {
                    (x * 5) << 24 | (y * 20) << 16 | (x + y) << 8
                }
            });
            // SAFETY: live Pix.
            unsafe { (*p).special = 3 };
            let bytes = write(p, leptonica_sys::IFF_PNG);
            assert!(reads_back_as(&bytes, p), "depth {depth}");
            assert!(image::load_from_memory(&bytes).is_ok(), "depth {depth}");
            // Stored: every row's bytes are there (deflated, these patterns shrink to little).
            let png_bits = if depth == 32 { 24 } else { depth as usize }; // RGB, no alpha
            let raw = (50 * png_bits).div_ceil(8) * 9;
            assert!(bytes.len() >= raw, "depth {depth}: {} bytes", bytes.len());
            // SAFETY: live Pix; the caller's setting is left as it was.
            unsafe {
                assert_eq!((*p).special, 3);
                leptonica_sys::pixDestroy(&mut p);
            }
        }
    }

    #[test]
    fn other_formats_are_leptonicas_own() {
        let mut p = pix(23, 5, 8, |x, y| x * 10 + y);
        let ours = write(p, leptonica_sys::IFF_PNM);
        let (mut data, mut size) = (std::ptr::null_mut(), 0usize);
        // SAFETY: live Pix, writable out-parameters; the buffer is copied and freed once.
        let theirs = unsafe {
            assert_eq!(leptonica_sys::pixWriteMemPnm(&mut data, &mut size, p), 0);
            let v = std::slice::from_raw_parts(data, size).to_vec();
            free(data);
            v
        };
        assert_eq!(ours, theirs);
        // SAFETY: our Pix, freed once.
        unsafe { leptonica_sys::pixDestroy(&mut p) };
    }
}
