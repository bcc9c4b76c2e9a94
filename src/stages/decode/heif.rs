//! HEIC/HEIF photos (what a phone saves when someone photographs a letter) and AVIF, read
//! through Debian's libheif (1.15, package `libheif-dev`), bound here directly.
//!
//! Why our own few declarations rather than `libheif-rs`: the crates track newer libheif
//! releases (their bindings expect functions and struct layouts that 1.15 does not have), and
//! casevault needs eleven functions of the stable C API that has not changed since 1.12. All
//! unsafe code of the decode stage lives in this file; each block says what keeps it sound.
//!
//! libheif applies the image's own transformations (rotation, mirroring, crop) while decoding,
//! so a photo taken sideways arrives upright. The primary image is read (a HEIC holds one photo,
//! sometimes with a thumbnail and a depth map that are not the document). Its size is checked
//! against the pixel budget before anything is decoded.

use std::ffi::{c_char, c_int, c_void, CStr};
use std::ptr::NonNull;

use image::{DynamicImage, RgbImage, RgbaImage};

/// What went wrong, for the caller to put in plain words.
#[derive(Debug)]
pub(super) enum HeifProblem {
    /// The file ends early.
    Truncated,
    /// The photo's codec (HEVC, AV1...) has no decoder on this machine.
    NoDecoder(String),
    /// The photo claims more pixels than allowed.
    TooLarge(u32, u32),
    /// Anything else libheif found wrong, with its message.
    Damaged(String),
}

#[repr(C)]
struct HeifError {
    code: c_int,
    subcode: c_int,
    message: *const c_char,
}

#[repr(C)]
struct HeifContext {
    _opaque: [u8; 0],
}
#[repr(C)]
struct HeifImageHandle {
    _opaque: [u8; 0],
}
#[repr(C)]
struct HeifImage {
    _opaque: [u8; 0],
}

const ERROR_OK: c_int = 0;
const ERROR_UNSUPPORTED_FEATURE: c_int = 4;
const ERROR_DECODER_PLUGIN: c_int = 7;
const ERROR_PLUGIN_LOADING: c_int = 11;
const SUBERROR_END_OF_DATA: c_int = 100;
const SUBERROR_SECURITY_LIMIT: c_int = 1000;
const SUBERROR_UNSUPPORTED_CODEC: c_int = 3000;
const SUBERROR_UNSUPPORTED_IMAGE_TYPE: c_int = 3001;
const COLORSPACE_RGB: c_int = 1;
const CHROMA_INTERLEAVED_RGB: c_int = 10;
const CHROMA_INTERLEAVED_RGBA: c_int = 11;
const CHANNEL_INTERLEAVED: c_int = 10;

#[link(name = "heif")]
extern "C" {
    fn heif_init(params: *const c_void) -> HeifError;
    fn heif_context_alloc() -> *mut HeifContext;
    fn heif_context_free(ctx: *mut HeifContext);
    fn heif_context_set_maximum_image_size_limit(ctx: *mut HeifContext, maximum_width: c_int);
    fn heif_context_read_from_memory_without_copy(
        ctx: *mut HeifContext,
        mem: *const c_void,
        size: usize,
        options: *const c_void,
    ) -> HeifError;
    fn heif_context_get_primary_image_handle(
        ctx: *mut HeifContext,
        handle: *mut *mut HeifImageHandle,
    ) -> HeifError;
    fn heif_image_handle_release(handle: *const HeifImageHandle);
    fn heif_image_handle_get_width(handle: *const HeifImageHandle) -> c_int;
    fn heif_image_handle_get_height(handle: *const HeifImageHandle) -> c_int;
    fn heif_image_handle_has_alpha_channel(handle: *const HeifImageHandle) -> c_int;
    fn heif_decode_image(
        handle: *const HeifImageHandle,
        out: *mut *mut HeifImage,
        colorspace: c_int,
        chroma: c_int,
        options: *const c_void,
    ) -> HeifError;
    fn heif_image_get_width(image: *const HeifImage, channel: c_int) -> c_int;
    fn heif_image_get_height(image: *const HeifImage, channel: c_int) -> c_int;
    fn heif_image_get_plane_readonly(
        image: *const HeifImage,
        channel: c_int,
        stride: *mut c_int,
    ) -> *const u8;
    fn heif_image_release(image: *const HeifImage);
}

/// Owns a context and frees it when dropped.
struct Context(NonNull<HeifContext>);
impl Drop for Context {
    fn drop(&mut self) {
        // SAFETY: allocated by heif_context_alloc, freed exactly once, after every handle and
        // image taken from it (those are dropped first: they are declared later in `decode`).
        unsafe { heif_context_free(self.0.as_ptr()) }
    }
}

/// Owns an image handle.
struct Handle(NonNull<HeifImageHandle>);
impl Drop for Handle {
    fn drop(&mut self) {
        // SAFETY: obtained from heif_context_get_primary_image_handle, released exactly once.
        unsafe { heif_image_handle_release(self.0.as_ptr()) }
    }
}

/// Owns a decoded image.
struct Image(NonNull<HeifImage>);
impl Drop for Image {
    fn drop(&mut self) {
        // SAFETY: obtained from heif_decode_image, released exactly once.
        unsafe { heif_image_release(self.0.as_ptr()) }
    }
}

/// Turns a libheif error into a problem; `Ok` for success. The message is copied at once (it
/// belongs to libheif and lives at least as long as the context).
fn check(e: HeifError) -> Result<(), HeifProblem> {
    if e.code == ERROR_OK {
        return Ok(());
    }
    let message = if e.message.is_null() {
        String::new()
    } else {
        // SAFETY: libheif always sets a NUL-terminated message that outlives this call.
        unsafe { CStr::from_ptr(e.message) }
            .to_string_lossy()
            .into_owned()
    };
    Err(match (e.code, e.subcode) {
        (_, SUBERROR_END_OF_DATA) => HeifProblem::Truncated,
        (_, SUBERROR_SECURITY_LIMIT) => HeifProblem::TooLarge(0, 0),
        (ERROR_DECODER_PLUGIN | ERROR_PLUGIN_LOADING, _)
        | (ERROR_UNSUPPORTED_FEATURE, SUBERROR_UNSUPPORTED_CODEC)
        | (ERROR_UNSUPPORTED_FEATURE, SUBERROR_UNSUPPORTED_IMAGE_TYPE) => {
            HeifProblem::NoDecoder(message)
        }
        _ => HeifProblem::Damaged(message),
    })
}

fn init() {
    static INIT: std::sync::Once = std::sync::Once::new();
    INIT.call_once(|| {
        // SAFETY: heif_init accepts a null parameter block; it is reference counted and never
        // undone here (libheif stays loaded for the life of the process).
        let _ = unsafe { heif_init(std::ptr::null()) };
    });
}

/// Decodes the primary image of a HEIF file to 8-bit RGB (RGBA if it has alpha), refusing
/// anything over `max_pixels` before decoding.
pub(super) fn decode(bytes: &[u8], max_pixels: u64) -> Result<DynamicImage, HeifProblem> {
    init();
    // SAFETY: no preconditions; null is checked.
    let ctx = NonNull::new(unsafe { heif_context_alloc() })
        .map(Context)
        .ok_or_else(|| HeifProblem::Damaged("libheif could not start".into()))?;
    // SAFETY: live context. Limits each side; the product is checked below.
    unsafe { heif_context_set_maximum_image_size_limit(ctx.0.as_ptr(), 65_535) };
    // SAFETY: `bytes` outlives the context (both live until the end of this function, and the
    // context is dropped first, being declared later); libheif only reads it. Null options.
    check(unsafe {
        heif_context_read_from_memory_without_copy(
            ctx.0.as_ptr(),
            bytes.as_ptr().cast(),
            bytes.len(),
            std::ptr::null(),
        )
    })?;
    let mut raw_handle: *mut HeifImageHandle = std::ptr::null_mut();
    // SAFETY: live context; libheif writes one handle pointer on success.
    check(unsafe { heif_context_get_primary_image_handle(ctx.0.as_ptr(), &mut raw_handle) })?;
    let handle = NonNull::new(raw_handle)
        .map(Handle)
        .ok_or_else(|| HeifProblem::Damaged("no primary image".into()))?;
    // SAFETY: live handle.
    let (w, h, alpha) = unsafe {
        (
            heif_image_handle_get_width(handle.0.as_ptr()),
            heif_image_handle_get_height(handle.0.as_ptr()),
            heif_image_handle_has_alpha_channel(handle.0.as_ptr()) != 0,
        )
    };
    if w <= 0 || h <= 0 {
        return Err(HeifProblem::Damaged("the photo has no pixels".into()));
    }
    if w as u64 * h as u64 > max_pixels {
        return Err(HeifProblem::TooLarge(w as u32, h as u32));
    }
    let chroma = if alpha {
        CHROMA_INTERLEAVED_RGBA
    } else {
        CHROMA_INTERLEAVED_RGB
    };
    let mut raw_image: *mut HeifImage = std::ptr::null_mut();
    // SAFETY: live handle; libheif writes one image pointer on success. Null options: the
    // defaults, which apply the image's transformations.
    check(unsafe {
        heif_decode_image(
            handle.0.as_ptr(),
            &mut raw_image,
            COLORSPACE_RGB,
            chroma,
            std::ptr::null(),
        )
    })?;
    let image = NonNull::new(raw_image)
        .map(Image)
        .ok_or_else(|| HeifProblem::Damaged("nothing decoded".into()))?;
    // SAFETY: live image; interleaved images have one plane, the interleaved channel.
    let (iw, ih) = unsafe {
        (
            heif_image_get_width(image.0.as_ptr(), CHANNEL_INTERLEAVED),
            heif_image_get_height(image.0.as_ptr(), CHANNEL_INTERLEAVED),
        )
    };
    if iw <= 0 || ih <= 0 {
        return Err(HeifProblem::Damaged(
            "the decoded photo has no pixels".into(),
        ));
    }
    if iw as u64 * ih as u64 > max_pixels {
        return Err(HeifProblem::TooLarge(iw as u32, ih as u32));
    }
    let mut stride: c_int = 0;
    // SAFETY: live image; libheif writes the stride and returns null for a missing plane.
    let plane = unsafe {
        heif_image_get_plane_readonly(image.0.as_ptr(), CHANNEL_INTERLEAVED, &mut stride)
    };
    let channels: usize = if alpha { 4 } else { 3 };
    let (iw, ih) = (iw as usize, ih as usize);
    let row = iw * channels;
    if plane.is_null() || stride < 0 || (stride as usize) < row {
        return Err(HeifProblem::Damaged(
            "the decoded photo has no pixel data".into(),
        ));
    }
    let stride = stride as usize;
    let mut pixels = Vec::with_capacity(row * ih);
    for y in 0..ih {
        // SAFETY: libheif's plane holds `ih` rows of `stride` bytes each (stride >= row was
        // checked), and lives as long as `image`, which outlives this loop.
        let line = unsafe { std::slice::from_raw_parts(plane.add(y * stride), row) };
        pixels.extend_from_slice(line);
    }
    drop(image);
    drop(handle);
    drop(ctx);
    let (iw, ih) = (iw as u32, ih as u32);
    let img = if alpha {
        RgbaImage::from_raw(iw, ih, pixels).map(DynamicImage::ImageRgba8)
    } else {
        RgbImage::from_raw(iw, ih, pixels).map(DynamicImage::ImageRgb8)
    };
    img.ok_or_else(|| HeifProblem::Damaged("the decoded photo has the wrong size".into()))
}
