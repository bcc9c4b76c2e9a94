//! The Tesseract engine, owned through `tesseract-sys`: one loaded model, one page at a time,
//! every page recognised under a time limit and written by Tesseract's own PDF renderer.
//!
//! Why raw FFI: the high-level `tesseract` crate has no deadline and hides its handle, and both
//! the cancel callback (the only way to stop a runaway noisy page) and the PDF renderer need the
//! handle. The `unsafe` code of the OCR module lives in this file, and in `word_images.rs` (the
//! one leptonica function casevault lends Tesseract); each block says what keeps it sound. The
//! rules it relies on:
//! - a `TessBaseAPI` is used by one thread at a time: [`OcrEngine`] is `Send` (it can move to a
//!   blocking-pool thread) but not `Sync`, and every method takes `&mut self`;
//! - Tesseract copies the pixels in `SetImage`, and the renderer reads the page file named by
//!   `SetInputName` during `AddImage`, so both only need to live until `AddImage` returns;
//! - the cancel callback never unwinds (it only reads clocks).
//!
//! Time limits are counted in CPU time of the OCR thread (with `OMP_THREAD_LIMIT=1` Tesseract
//! works on the calling thread only), so a machine busy with other work does not turn clean
//! pages into time-outs; a wall-clock cap (a multiple of the CPU limit) still ends every page.

use std::borrow::Cow;
use std::ffi::{c_int, c_void, CStr, CString};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::ptr::NonNull;
use std::time::{Duration, Instant};

use image::GrayImage;
use tesseract_sys as ts;

use super::page::{self, Embedding};
use super::{OcrError, OcrOptions, PageFigures, PageInput};

/// Resolution of the look that replaces a bilevel full-resolution look stopped by its time
/// limit: at about 150 dpi noise melts into grey that no longer reads as letters.
const NOISE_LOOK_DPI: u32 = 150;

/// The least orientation confidence Tesseract must give before a page is turned. Low, because a
/// turned page is kept only if it then reads better than it did as it lay.
pub(crate) const OSD_MIN_CONFIDENCE: f32 = 1.5;

/// A loaded Tesseract model (e.g. `eng` or `cym+eng`). Loading costs 0.1-0.2 s, so keep one per
/// worker thread and feed it many documents.
pub struct OcrEngine {
    api: NonNull<ts::TessBaseAPI>,
    languages: String,
    datadir: CString,
    /// Orientation detection (`osd.traineddata`), loaded the first time a page reads poorly;
    /// `Some(None)` once loading failed (asked once, then pages are read as they lie).
    osd: Option<Option<NonNull<ts::TessBaseAPI>>>,
}

// SAFETY: a TessBaseAPI has no thread affinity; it must only not be used from two threads at
// once. OcrEngine is not Sync and all its methods take &mut self, so moving it is sound.
unsafe impl Send for OcrEngine {}

impl std::fmt::Debug for OcrEngine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OcrEngine")
            .field("languages", &self.languages)
            .field("datadir", &self.datadir)
            .finish()
    }
}

impl Drop for OcrEngine {
    fn drop(&mut self) {
        // SAFETY: the handles came from TessBaseAPICreate and are deleted exactly once, here.
        unsafe {
            ts::TessBaseAPIEnd(self.api.as_ptr());
            ts::TessBaseAPIDelete(self.api.as_ptr());
            if let Some(Some(osd)) = self.osd {
                ts::TessBaseAPIEnd(osd.as_ptr());
                ts::TessBaseAPIDelete(osd.as_ptr());
            }
        }
    }
}

/// The outcome of one recognition of one image.
struct Look {
    words: u32,
    mean_confidence: f32,
    /// Skew of the text Tesseract found, in degrees (0 when unknown).
    skew_degrees: f32,
    timed_out: bool,
    cpu: Duration,
    /// The look's text (empty when it was stopped).
    text: String,
    /// Median height in pixels of the words read (0 when none): how large the print is at the
    /// resolution of the look.
    median_word_height: f32,
    /// Whether most of the text read does not stand upright, and how to turn it if known.
    turn_to_read: Option<Turn>,
}

/// How a page whose text does not stand upright must be turned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Turn {
    /// Degrees clockwise.
    By(u16),
    /// On its side, one way or the other: orientation detection tells which.
    Sideways,
}

/// Per-word figures of a recognition.
#[derive(Default)]
struct WordStats {
    confidences: Vec<f32>,
    heights: Vec<f32>,
    skew: f32,
    /// Words standing up, turned right, upside down, turned left (Tesseract's orientation).
    orientation_votes: [u32; 4],
    /// Words of three letters or more, and how many of them stand sideways (taller than wide):
    /// Tesseract reads a page lying on its side by turning it inside, and reports its words
    /// as upright, but their boxes, in the page's own coordinates, stand on end.
    long_words: u32,
    sideways_words: u32,
    /// The page's text, as `TessBaseAPIGetUTF8Text` gives it.
    text: String,
}

/// The recognition a page ended with, and how it was reached.
struct Reading {
    look: Look,
    looks: u8,
    dpi_used: u32,
    blank: bool,
    ink: f32,
    /// Degrees clockwise the page was turned before the kept look.
    rotation: u16,
}

impl Reading {
    fn figures(self, started: Instant, cpu_start: Duration) -> PageFigures {
        PageFigures {
            words: self.look.words,
            mean_confidence: self.look.mean_confidence,
            blank: self.blank,
            timed_out: self.look.timed_out,
            looks: self.looks,
            dpi_used: self.dpi_used,
            millis: started.elapsed().as_millis() as u64,
            cpu_millis: thread_cpu_time().saturating_sub(cpu_start).as_millis() as u64,
            ink_ratio: self.ink,
            skew_degrees: self.look.skew_degrees,
            rotation: self.rotation,
            text: self.look.text,
        }
    }
}

/// CPU time allowed to the look of a page turned upright: what is left of the page's budget,
/// but never less than half as much again as the first look took. The first look read the
/// page sideways or upside down, which says nothing about how hard its print is: a dense page
/// (700 words, OCRmyPDF's `cardinal.pdf`) lying upside down took 3.5 s of a 6 s budget, and
/// without this its upright look was not tried, or stopped, and a page of good print was
/// judged illegible, depending on the machine's load. Bounded all the same: a page costs at most
/// its first look, orientation detection, this, and the first look again if the turn is not
/// kept.
pub(super) fn turned_look_allowance(budget_left: Duration, first_look: Duration) -> Duration {
    budget_left.max(first_look * 3 / 2)
}

/// What the cancel callback checks: the OCR thread's CPU clock and the wall clock.
struct Watch {
    cpu_deadline: Duration,
    wall_deadline: Instant,
    fired: bool,
}

/// Called by Tesseract between words; returning true stops recognition of the page.
unsafe extern "C" fn stop_when_due(this: *mut c_void, _words: c_int) -> bool {
    // SAFETY: `this` is the &mut Watch that `recognise` set with TessMonitorSetCancelThis; it
    // outlives the TessBaseAPIRecognize call during which Tesseract calls us, on the same thread.
    let watch = unsafe { &mut *(this as *mut Watch) };
    if thread_cpu_time() >= watch.cpu_deadline || Instant::now() >= watch.wall_deadline {
        watch.fired = true;
    }
    watch.fired
}

/// CPU time used so far by the calling thread.
#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
fn thread_cpu_time() -> Duration {
    #[repr(C)]
    struct Timespec {
        tv_sec: i64,
        tv_nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: c_int, tp: *mut Timespec) -> c_int;
    }
    const CLOCK_THREAD_CPUTIME_ID: c_int = 3;
    let mut ts = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes one timespec (two 64-bit fields on 64-bit Linux) into `ts`.
    let rc = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    if rc != 0 {
        return Duration::ZERO;
    }
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

/// Elsewhere, fall back on the wall clock since the first call on this thread.
#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
fn thread_cpu_time() -> Duration {
    thread_local!(static START: Instant = Instant::now());
    START.with(|s| s.elapsed())
}

fn c_path(path: &Path) -> Result<CString, OcrError> {
    CString::new(path.as_os_str().as_bytes()).map_err(|_| OcrError::BadPath {
        path: path.to_path_buf(),
    })
}

/// A leptonica image made by casevault, freed on drop unless handed to Tesseract.
struct OwnedPix(NonNull<leptonica_sys::Pix>);

impl OwnedPix {
    /// `img` in leptonica's own layout: one bit a pixel (1 = black, below grey level 128) when
    /// `one_bit`, else one byte a pixel. `None` for an empty image or when leptonica cannot
    /// allocate it.
    ///
    /// Built here, 32 pixels to a word, because Tesseract's `SetImage` from raw bytes copies
    /// them into its own image one pixel at a time: about 20 ms a 300 dpi page, with another
    /// pass to pack the bits before it. `SetImage2` copies a ready image whole.
    fn from_gray(img: &GrayImage, one_bit: bool) -> Option<OwnedPix> {
        let (w, h) = (img.width() as usize, img.height() as usize);
        if w == 0 || h == 0 || w > i32::MAX as usize || h > i32::MAX as usize {
            return None;
        }
        let depth = if one_bit { 1 } else { 8 };
        // SAFETY: positive dimensions; the result is a new Pix or null.
        let pix =
            NonNull::new(unsafe { leptonica_sys::pixCreateNoInit(w as i32, h as i32, depth) })?;
        let pix = OwnedPix(pix);
        // SAFETY: a live Pix of h rows of `wpl` 32-bit words (at least one: w > 0), owned by
        // us alone.
        let (data, wpl) = unsafe {
            let wpl = leptonica_sys::pixGetWpl(pix.0.as_ptr()) as usize;
            let data = leptonica_sys::pixGetData(pix.0.as_ptr());
            (std::slice::from_raw_parts_mut(data, wpl * h), wpl)
        };
        for (words, line) in data.chunks_exact_mut(wpl).zip(img.as_raw().chunks_exact(w)) {
            words.fill(0);
            if one_bit {
                page::pack_row_one_bit(line, words);
            } else {
                page::pack_row_bytes(line, words);
            }
        }
        Some(pix)
    }

    /// Gives the Pix away (to Tesseract, which frees it).
    fn into_raw(self) -> *mut leptonica_sys::Pix {
        let p = self.0.as_ptr();
        std::mem::forget(self);
        p
    }
}

impl Drop for OwnedPix {
    fn drop(&mut self) {
        let mut p = self.0.as_ptr();
        // SAFETY: our own Pix, freed once (`into_raw` forgets it instead).
        unsafe { leptonica_sys::pixDestroy(&mut p) };
    }
}

/// Owns a TessResultRenderer and deletes it (closing its file) when dropped.
struct Renderer(NonNull<ts::TessResultRenderer>);

impl Drop for Renderer {
    fn drop(&mut self) {
        // SAFETY: created by TessPDFRendererCreate, deleted exactly once.
        unsafe { ts::TessDeleteResultRenderer(self.0.as_ptr()) }
    }
}

/// A PDF being written by [`OcrEngine::begin_document`], one recognised page at a time.
/// Dropped without [`DocumentWriter::finish`], it leaves nothing at the output path.
pub struct DocumentWriter<'e> {
    engine: &'e mut OcrEngine,
    renderer: Renderer,
    work: tempfile::TempDir,
    base: PathBuf,
    out_pdf: PathBuf,
    figures: Vec<PageFigures>,
}

impl DocumentWriter<'_> {
    /// Recognises one page and adds it to the PDF. The page file is embedded when this returns
    /// (the caller may delete it then), and the input's pixels are no longer needed.
    pub fn add_page(&mut self, input: &PageInput, opts: &OcrOptions) -> Result<(), OcrError> {
        let index = self.figures.len();
        let figures = self
            .engine
            .page(index, input, &self.renderer, self.work.path(), opts)?;
        self.figures.push(figures);
        Ok(())
    }

    /// Pages added so far.
    pub fn pages(&self) -> usize {
        self.figures.len()
    }

    /// Finishes the PDF, renames it into place and returns each page's figures.
    pub fn finish(self) -> Result<Vec<PageFigures>, OcrError> {
        if self.figures.is_empty() {
            return Err(OcrError::NoPages);
        }
        // SAFETY: live renderer.
        if unsafe { ts::TessResultRendererEndDocument(self.renderer.0.as_ptr()) } == 0 {
            return Err(OcrError::Render {
                stage: "finish the PDF",
            });
        }
        let DocumentWriter {
            renderer,
            work,
            base,
            out_pdf,
            figures,
            ..
        } = self;
        drop(renderer); // closes (and flushes) the output file
        let written = base.with_extension("pdf");
        std::fs::rename(&written, &out_pdf).map_err(|source| OcrError::WritePdf {
            path: out_pdf.clone(),
            source,
        })?;
        drop(work);
        Ok(figures)
    }
}

impl OcrEngine {
    /// Loads the model for `languages` (`"eng"`, `"cym+eng"`, ...) from `datapath` (the
    /// `tessdata` folder), or from `TESSDATA_PREFIX` / Tesseract's built-in path when `None`.
    pub fn new(languages: &str, datapath: Option<&Path>) -> Result<Self, OcrError> {
        let valid = !languages.is_empty()
            && languages
                .split('+')
                .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'));
        if !valid {
            return Err(OcrError::BadLanguages {
                languages: languages.to_string(),
            });
        }
        quiet_leptonica();
        let lang_c = CString::new(languages).expect("checked: ASCII letters, digits, _ and +");
        let datapath_c = datapath.map(c_path).transpose()?;
        // SAFETY: TessBaseAPICreate has no preconditions; a null result is checked.
        let api =
            NonNull::new(unsafe { ts::TessBaseAPICreate() }).ok_or_else(|| OcrError::Init {
                languages: languages.to_string(),
            })?;
        let dp = datapath_c.as_ref().map_or(std::ptr::null(), |c| c.as_ptr());
        // SAFETY: api is a live handle; dp is null or a NUL-terminated path; lang_c likewise.
        let rc = unsafe { ts::TessBaseAPIInit3(api.as_ptr(), dp, lang_c.as_ptr()) };
        if rc != 0 {
            // SAFETY: the handle is ours and is not used again.
            unsafe { ts::TessBaseAPIDelete(api.as_ptr()) };
            return Err(OcrError::Init {
                languages: languages.to_string(),
            });
        }
        // Build the engine now so Drop releases the handle on every later error path.
        let mut engine = OcrEngine {
            api,
            languages: languages.to_string(),
            datadir: CString::default(),
            osd: None,
        };
        // SAFETY: after a successful Init the datapath is a NUL-terminated string owned by the
        // handle; it is copied at once.
        let datadir = unsafe { ts::TessBaseAPIGetDatapath(api.as_ptr()) };
        if datadir.is_null() {
            return Err(OcrError::Init {
                languages: languages.to_string(),
            });
        }
        engine.datadir = unsafe { CStr::from_ptr(datadir) }.to_owned();
        // The C API defaults to one uniform block of text (PSM 6), which reads speckle as words
        // and ignores columns; the `tesseract` command uses automatic page segmentation (PSM 3):
        // do the same, so figures match the command and the text layer follows the layout.
        // SAFETY: live handle.
        unsafe { ts::TessBaseAPISetPageSegMode(api.as_ptr(), ts::TessPageSegMode_PSM_AUTO) };
        // Tesseract's chatter ("Detected 13 diacritics", "Estimating resolution") goes nowhere.
        engine.set_variable("debug_file", "/dev/null");
        // Every row is taken as proportional text. Otherwise Tesseract tests each row for a
        // fixed pitch (typewriter spacing) before recognition, 2-3% of a 300 dpi page's time,
        // to cut words into character cells, which the LSTM model, reading whole lines and
        // finding its own spaces, does not need. Measured on the real-format pages
        // (test-data/ocr-real, typewritten page included): the same words; one stray quote mark
        // differed. (A process-wide setting in Tesseract; every engine sets it alike.)
        engine.set_variable("textord_all_prop", "1");
        static TOLD: std::sync::Once = std::sync::Once::new();
        TOLD.call_once(|| {
            tracing::debug!(
                stored = super::word_images::in_effect(),
                "Tesseract's word images kept as stored PNGs"
            );
        });
        Ok(engine)
    }

    /// The languages this engine was loaded with, as given to [`OcrEngine::new`].
    pub fn languages(&self) -> &str {
        &self.languages
    }

    fn set_variable(&mut self, name: &str, value: &str) -> bool {
        let (n, v) = match (CString::new(name), CString::new(value)) {
            (Ok(n), Ok(v)) => (n, v),
            _ => return false,
        };
        // SAFETY: live handle, NUL-terminated strings that Tesseract copies.
        unsafe { ts::TessBaseAPISetVariable(self.api.as_ptr(), n.as_ptr(), v.as_ptr()) != 0 }
    }

    /// Recognises every page, returns its figures, and writes `out_pdf`: one PDF page per input
    /// page, showing the page file itself (a JPEG byte for byte, a PNG losslessly) under an
    /// invisible text layer from the same recognition that gave the figures.
    ///
    /// The PDF is written beside `out_pdf` under a temporary name and renamed into place only
    /// when complete, so a failure never leaves half a PDF at `out_pdf`.
    pub fn process_document(
        &mut self,
        pages: &[PageInput],
        out_pdf: &Path,
        opts: &OcrOptions,
    ) -> Result<Vec<PageFigures>, OcrError> {
        if pages.is_empty() {
            return Err(OcrError::NoPages);
        }
        let mut doc = self.begin_document(out_pdf, opts)?;
        for input in pages {
            doc.add_page(input, opts)?;
        }
        doc.finish()
    }

    /// Starts a document written page by page ([`DocumentWriter::add_page`], then
    /// [`DocumentWriter::finish`]): [`OcrEngine::process_document`] for a caller that decodes
    /// each page only when it is its turn, so that a long document never holds all its decoded
    /// pages at once (issue 12).
    pub fn begin_document(
        &mut self,
        out_pdf: &Path,
        opts: &OcrOptions,
    ) -> Result<DocumentWriter<'_>, OcrError> {
        let dir = match out_pdf.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let work = tempfile::Builder::new()
            .prefix(".ocr-")
            .tempdir_in(&dir)
            .map_err(|source| OcrError::WritePdf {
                path: out_pdf.to_path_buf(),
                source,
            })?;
        let base = work.path().join("document");
        let base_c = c_path(&base)?;
        // Titles are metadata anyone can read: keep personal data out of them.
        let title_c = CString::new(opts.title.replace('\0', "")).expect("NULs removed");

        // SAFETY: NUL-terminated strings; the renderer copies them. Null result checked.
        let renderer = NonNull::new(unsafe {
            ts::TessPDFRendererCreate(base_c.as_ptr(), self.datadir.as_ptr(), 0)
        })
        .map(Renderer)
        .ok_or(OcrError::Render {
            stage: "create the PDF renderer",
        })?;
        // SAFETY: live renderer; title copied. Fails if the output file could not be opened
        // or pdf.ttf is missing from the tessdata folder.
        if unsafe { ts::TessResultRendererBeginDocument(renderer.0.as_ptr(), title_c.as_ptr()) }
            == 0
        {
            return Err(OcrError::Render {
                stage:
                    "start the PDF (is pdf.ttf in the tessdata folder, and the folder writable?)",
            });
        }
        Ok(DocumentWriter {
            engine: self,
            renderer,
            work,
            base,
            out_pdf: out_pdf.to_path_buf(),
            figures: Vec::new(),
        })
    }

    fn page(
        &mut self,
        index: usize,
        input: &PageInput,
        renderer: &Renderer,
        work: &Path,
        opts: &OcrOptions,
    ) -> Result<PageFigures, OcrError> {
        let started = Instant::now();
        let cpu_start = thread_cpu_time();
        // A page held only as pixels has no file to look at.
        let embedding = if input.one_bit {
            None
        } else {
            Some(page::embedding_for(&input.file)?)
        };
        // The caller's decoded page saves decoding the file again (a colour JPEG costs tens of
        // milliseconds); the file itself is decoded only when its pixels are needed.
        let mut image: Option<image::DynamicImage> = None;
        let full: Cow<'_, GrayImage> = match &input.gray {
            Some(g) => Cow::Borrowed(g),
            None if input.one_bit => {
                return Err(OcrError::Render {
                    stage: "read a black-and-white page given without its pixels",
                })
            }
            None => {
                let img = page::load(&input.file)?;
                let g = img.to_luma8();
                image = Some(img);
                Cow::Owned(g)
            }
        };
        let dpi = input
            .dpi
            .unwrap_or_else(|| page::guess_dpi(full.width(), full.height()));
        if !(50..=2400).contains(&dpi) {
            return Err(OcrError::BadResolution {
                path: input.file.clone(),
                dpi,
            });
        }
        let reading = self.read(&full, dpi, input.photo, opts)?;
        // A black-and-white page is stored as its own 1-bit pixels (turned upright if it had
        // to be), when the text layer was read from the page at its own size: the layer's
        // coordinates are those of the recognised image.
        let bilevel = input.one_bit || embedding == Some(Embedding::PngBilevel);
        if bilevel && reading.dpi_used == dpi {
            let upright = match reading.rotation {
                0 => full,
                r => Cow::Owned(page::rotate_gray(&full, r)),
            };
            self.embed_one_bit(&upright)?;
        } else {
            let mut pixels = || -> Result<image::DynamicImage, OcrError> {
                match (image.take(), input.one_bit) {
                    (Some(i), _) => Ok(i),
                    (None, true) => Ok(image::DynamicImage::ImageLuma8(full.clone().into_owned())),
                    (None, false) => page::load(&input.file),
                }
            };
            // The renderer embeds the file named as the input: the page file itself where it
            // can (a JPEG byte for byte, a PNG losslessly), else a lossless PNG of it. A page
            // that had to be turned upright is stored turned: its pixels, losslessly.
            let embed_path = match (reading.rotation, embedding) {
                (0, Some(Embedding::JpegAsIs | Embedding::PngAsIs | Embedding::PngBilevel)) => {
                    input.file.clone()
                }
                (0, _) => {
                    let p = work.join(format!("page-{}.png", index + 1));
                    page::write_lossless_page(&pixels()?, &p)?;
                    p
                }
                (r, _) => {
                    let p = work.join(format!("page-{}-upright.png", index + 1));
                    page::write_lossless_page(&page::rotate(&pixels()?, r), &p)?;
                    p
                }
            };
            let embed_c = c_path(&embed_path)?;
            // SAFETY: live handle; the name is copied. The renderer reads the file it names.
            unsafe { ts::TessBaseAPISetInputName(self.api.as_ptr(), embed_c.as_ptr()) };
        }
        // SAFETY: live renderer and handle; the handle holds a finished (not stopped)
        // recognition of an image set by `recognise` (see `read`), and its input is either a
        // readable JPEG or PNG file named by `SetInputName` or a 1-bit image of the recognised
        // image's size set by `embed_one_bit`.
        if unsafe { ts::TessResultRendererAddImage(renderer.0.as_ptr(), self.api.as_ptr()) } == 0 {
            return Err(OcrError::Render {
                stage: "add a page to the PDF",
            });
        }
        Ok(reading.figures(started, cpu_start))
    }

    /// Hands the renderer a black-and-white page's own pixels at 1 bit a pixel in place of the
    /// image that was recognised, so that the stored page is 1 bit per pixel and compressed as
    /// CCITT G4, as an office scanner writes it. `img` must be the recognised image's size.
    ///
    /// Why this way: given a file name (or a Pix marked as read from PNG), leptonica embeds a
    /// 1-bit page as Flate, about 1.6 times the size of the scanner's G4 and slower to write.
    /// Given no file to copy from, it encodes the Pix in its default PDF encoding for 1 bit per
    /// pixel, which is G4: the input name is cleared and the Pix marked as G4 so that neither
    /// of the other paths applies.
    fn embed_one_bit(&mut self, img: &GrayImage) -> Result<(), OcrError> {
        let pix = OwnedPix::from_gray(img, true).ok_or(OcrError::Render {
            stage: "hold a black-and-white page for the PDF",
        })?;
        let no_file = CString::new("").expect("no NUL");
        // SAFETY: live handle and Pix; Tesseract takes ownership of the Pix (it is freed when
        // the next page's image is set or the engine ends). Recognition results are kept: only
        // the renderer reads this image. The (empty) name is copied.
        unsafe {
            let pix = pix.into_raw();
            leptonica_sys::pixSetInputFormat(pix, leptonica_sys::IFF_TIFF_G4 as i32);
            ts::TessBaseAPISetInputImage(self.api.as_ptr(), pix);
            ts::TessBaseAPISetInputName(self.api.as_ptr(), no_file.as_ptr());
        }
        Ok(())
    }

    /// Recognises one page that already exists in a PDF (a scanner's page, rendered for
    /// recognition) and returns its figures with a one-page PDF holding only the invisible text
    /// layer (Tesseract's renderer with `textonly`), sized to the page: `width * 72 / dpi` by
    /// `height * 72 / dpi` points, in the orientation the page is read in (turned by
    /// [`PageFigures::rotation`] degrees clockwise from `page`). The caller lays it over the
    /// original page, whose own content is never re-encoded.
    pub fn recognise_layer(
        &mut self,
        page: &GrayImage,
        dpi: u32,
        work: &Path,
        opts: &OcrOptions,
    ) -> Result<(PageFigures, Vec<u8>), OcrError> {
        let started = Instant::now();
        let cpu_start = thread_cpu_time();
        if !(50..=2400).contains(&dpi) {
            return Err(OcrError::BadResolution {
                path: work.to_path_buf(),
                dpi,
            });
        }
        if page.width() == 0 || page.height() == 0 {
            return Err(OcrError::NoPages);
        }
        let base = work.join("layer");
        let base_c = c_path(&base)?;
        // SAFETY: NUL-terminated strings; the renderer copies them. Null result checked. The
        // third argument asks for the text layer only (no page image).
        let renderer = NonNull::new(unsafe {
            ts::TessPDFRendererCreate(base_c.as_ptr(), self.datadir.as_ptr(), 1)
        })
        .map(Renderer)
        .ok_or(OcrError::Render {
            stage: "create the text layer renderer",
        })?;
        let title = CString::new("").expect("no NUL");
        // SAFETY: live renderer; title copied.
        if unsafe { ts::TessResultRendererBeginDocument(renderer.0.as_ptr(), title.as_ptr()) } == 0
        {
            return Err(OcrError::Render {
                stage: "start the text layer (is pdf.ttf in the tessdata folder, and the folder writable?)",
            });
        }
        let reading = self.read(page, dpi, false, opts)?;
        // SAFETY: live renderer and handle holding a finished recognition (see `read`); with
        // `textonly` the renderer reads no file, only the image and resolution set by
        // `recognise`.
        if unsafe { ts::TessResultRendererAddImage(renderer.0.as_ptr(), self.api.as_ptr()) } == 0 {
            return Err(OcrError::Render {
                stage: "add a page to the text layer",
            });
        }
        // SAFETY: live renderer.
        if unsafe { ts::TessResultRendererEndDocument(renderer.0.as_ptr()) } == 0 {
            return Err(OcrError::Render {
                stage: "finish the text layer",
            });
        }
        drop(renderer);
        let written = base.with_extension("pdf");
        let pdf = std::fs::read(&written).map_err(|source| OcrError::WritePdf {
            path: written.clone(),
            source,
        })?;
        let _ = std::fs::remove_file(&written);
        Ok((reading.figures(started, cpu_start), pdf))
    }

    /// Reads one page and leaves the engine holding the recognition whose text belongs in the
    /// PDF: picks the resolution, turns a page that lies sideways or upside down, and keeps
    /// every look within the page's budget.
    ///
    /// Resolution: a bilevel page (what an office scanner makes at 300 dpi, CCITT or JBIG2) is
    /// read at its own resolution (at most about 300 dpi): shrinking black-and-white print
    /// blurs letters together and cost 3-4 points of word recall on real office pages. A grey
    /// or colour page is first read at about 150 dpi (cheap, and safe on noisy scans, which at
    /// 300 dpi can take minutes); it is read again at full resolution when the first look is
    /// ambiguous, the text is skewed, or the print is small (words shorter than
    /// `small_print_px` pixels at the reduced resolution).
    ///
    /// Orientation: a first look that reads little is asked which way up the page is
    /// (Tesseract's orientation detection, `osd.traineddata`); a page lying at 90, 180 or 270
    /// degrees with enough confidence is turned and read again.
    fn read(
        &mut self,
        full: &GrayImage,
        dpi: u32,
        photo: bool,
        opts: &OcrOptions,
    ) -> Result<Reading, OcrError> {
        // Long on purpose: one page's looks (first, noise fallback, turn, second look, empty
        // layer) share one CPU budget and one running state (the kept look, its image and
        // resolution, the look count) that every step reads and replaces; split, each step
        // would take all of that state and the budget reasoning would be spread over many.
        let cpu_start = thread_cpu_time();
        let name = CString::new("page").expect("no NUL");
        let bilevel = page::is_bilevel(full);
        // Bilevel: by an integer factor only above `bilevel_max_dpi` (a 600 dpi fax to 300).
        // Grey and colour: to about `first_look_dpi`, unless already within a fifth of it.
        let factor = if bilevel || photo {
            f64::from((dpi / opts.bilevel_max_dpi.max(1)).max(1))
        } else {
            let f = f64::from(dpi) / f64::from(opts.first_look_dpi.max(1));
            if f < 1.2 {
                1.0
            } else {
                f
            }
        };
        let mut rotation = 0u16;
        let mut turned: Option<GrayImage> = None;
        let small_owned = (factor > 1.0).then(|| page::shrink(full, factor));
        let first_dpi = (f64::from(dpi) / factor).round() as u32;
        // Ink is measured on a page of about 150 dpi whatever the look, as the blank
        // threshold was calibrated (docs/ocr.md).
        let ink = {
            let f = (dpi / 150).max(1);
            if f > 1 {
                page::ink_ratio(&page::downscale(full, f), 0.04)
            } else {
                page::ink_ratio(full, 0.04)
            }
        };
        let mut looks = 1u8;
        let budget_left = |cpu_start: Duration| {
            opts.page_budget
                .saturating_sub(thread_cpu_time().saturating_sub(cpu_start))
        };
        // A bilevel page at full resolution may take most of the budget; keep a quarter back
        // for a reduced look should it be stopped.
        let first_limit = if bilevel && factor == 1.0 && dpi > opts.first_look_dpi {
            opts.page_budget * 3 / 4
        } else {
            opts.first_look_limit.min(opts.page_budget)
        };
        let first_img_ref = small_owned.as_ref().unwrap_or(full);
        let mut first = self.recognise(first_img_ref, first_dpi, &name, first_limit, opts)?;
        let mut first_img: Cow<'_, GrayImage> = Cow::Borrowed(first_img_ref);
        let mut first_dpi = first_dpi;
        let mut dpi_used = first_dpi;
        if first.timed_out && bilevel && factor == 1.0 && dpi >= 2 * NOISE_LOOK_DPI {
            // Noise at full resolution: the reduced page melts it (docs/ocr.md).
            let f = (dpi / NOISE_LOOK_DPI).max(2);
            let small = page::downscale(full, f);
            let sdpi = (dpi + f / 2) / f;
            looks += 1;
            let again = self.recognise(&small, sdpi, &name, budget_left(cpu_start), opts)?;
            first = again;
            first_img = Cow::Owned(small);
            first_dpi = sdpi;
            dpi_used = sdpi;
        }
        // Which way up: only asked when the first look read little, so upright pages pay
        // nothing for it.
        let poor = !first.timed_out
            && ink >= opts.blank_ink_ratio
            && (first.words < opts.orientation_below_words
                || first.mean_confidence < opts.orientation_below_confidence);
        // Text found standing sideways is turned whatever the reading; a page read poorly
        // (upside down reads as noise) is asked which way up it lies.
        let turn = match first.turn_to_read {
            Some(Turn::By(t)) if !first.timed_out => Some((t, true)),
            Some(Turn::Sideways) if !first.timed_out => self
                .orientation(&first_img, first_dpi)
                .filter(|t| *t != 180)
                .map(|t| (t, true)),
            _ if poor => self.orientation(&first_img, first_dpi).map(|t| (t, false)),
            _ => None,
        };
        if let Some((r, seen_in_layout)) = turn {
            let img = page::rotate_gray(&first_img, r);
            looks += 1;
            let allowance = turned_look_allowance(budget_left(cpu_start), first.cpu);
            let again = self.recognise(&img, first_dpi, &name, allowance, opts)?;
            // Turned by the layout: kept unless the turned page reads clearly worse.
            // Turned by orientation detection alone: kept only if it reads better.
            let better = if seen_in_layout {
                again.words * 10 >= first.words * 8
                    && again.mean_confidence + 5.0 >= first.mean_confidence
            } else {
                // Upside down, Tesseract reads as many "words" as upright, at low
                // confidence: confidence decides, as long as most words remain.
                again.words * 2 >= first.words.max(1)
                    && again.mean_confidence >= first.mean_confidence + 10.0
            };
            if !again.timed_out && better {
                rotation = r;
                first = again;
                first_img = Cow::Owned(img);
                turned = Some(page::rotate_gray(full, r));
            } else {
                // The renderer draws the last recognition: restore the first one.
                looks += 1;
                let back = self.recognise(
                    &first_img,
                    first_dpi,
                    &name,
                    first.cpu * 2 + Duration::from_millis(500),
                    opts,
                )?;
                first = Look {
                    cpu: back.cpu,
                    timed_out: back.timed_out,
                    ..first
                };
            }
        }
        let full_img: &GrayImage = turned.as_ref().unwrap_or(full);
        let blank = ink < opts.blank_ink_ratio && first.words == 0 && !first.timed_out;
        let ambiguous = first.words > 0
            && first.mean_confidence >= opts.second_look_band.0
            && first.mean_confidence < opts.second_look_band.1;
        // Skewed lines lose letters at reduced resolution (a heading read as "RE SPONSE", a
        // case number as "Nw24C00333" on a page turned 4 degrees): read those at full
        // resolution for the text layer, accepting a slightly lower mean confidence.
        let skewed =
            first.words > 0 && first.skew_degrees.abs() >= opts.second_look_min_skew_degrees;
        let small_print = first.words >= opts.min_words_for_size
            && first.median_word_height > 0.0
            && first.median_word_height < opts.small_print_px as f32;
        let shrunk = dpi_used < dpi;
        let remaining = budget_left(cpu_start);
        // A full-resolution look cost about 1.5-2 times the first on clean 300 dpi pages
        // (docs/ocr.md). Keep one first look in reserve, in case the first look has to be
        // recognised again, so that the whole page stays within its budget.
        let reserve = first.cpu;
        let affordable = remaining >= first.cpu * 2 + reserve;
        let result =
            if shrunk && !first.timed_out && (ambiguous || skewed || small_print) && affordable {
                looks += 1;
                let second = self.recognise(full_img, dpi, &name, remaining - reserve, opts)?;
                let tolerance = if skewed || small_print { 5.0 } else { 0.0 };
                if !second.timed_out
                    && second.mean_confidence >= first.mean_confidence - tolerance
                    && (second.words + 2) * 10 >= first.words * 9
                {
                    dpi_used = dpi;
                    second
                } else {
                    looks += 1;
                    let again = self.recognise(
                        &first_img,
                        first_dpi,
                        &name,
                        reserve * 2 + Duration::from_millis(500),
                        opts,
                    )?;
                    Look {
                        cpu: again.cpu,
                        // Only if the machine starved it; then the page has no text layer.
                        timed_out: again.timed_out,
                        ..first
                    }
                }
            } else {
                first
            };
        let result = if result.timed_out {
            // Tesseract 5.3's PDF renderer crashes (strlen on a null string) on the words a
            // stopped recognition leaves behind. Recognise an empty page of the same size
            // (instant) instead: the PDF page keeps the scan, without a text layer, and the
            // figures still say `timed_out` so the page goes for review.
            let white =
                GrayImage::from_pixel(first_img.width(), first_img.height(), image::Luma([255]));
            // An hour: a white page takes milliseconds, and it must never be stopped.
            let empty =
                self.recognise(&white, first_dpi, &name, Duration::from_secs(3600), opts)?;
            if empty.timed_out {
                return Err(OcrError::Render {
                    stage: "add an empty text layer to a page that took too long",
                });
            }
            Look {
                text: String::new(),
                ..result
            }
        } else {
            result
        };
        Ok(Reading {
            look: result,
            looks,
            dpi_used,
            blank,
            ink,
            rotation,
        })
    }

    /// One recognition of `img` (8-bit grey) at `dpi`, stopped after `cpu_limit` of this
    /// thread's CPU time (or `cpu_limit * opts.wall_clock_factor` of wall time).
    fn recognise(
        &mut self,
        img: &GrayImage,
        dpi: u32,
        input_name: &CStr,
        cpu_limit: Duration,
        opts: &OcrOptions,
    ) -> Result<Look, OcrError> {
        let api = self.api.as_ptr();
        let cpu_start = thread_cpu_time();
        let mut watch = Watch {
            cpu_deadline: cpu_start + cpu_limit,
            wall_deadline: Instant::now() + cpu_limit * opts.wall_clock_factor.max(1),
            fired: false,
        };
        // A black-and-white page goes in as one bit a pixel, as Tesseract reads a CCITT TIFF
        // itself: no thresholding to do, and the lines are recognised from the same pixels.
        let pix = OwnedPix::from_gray(img, page::is_bilevel(img)).ok_or(OcrError::Render {
            stage: "hold a page for recognition",
        })?;
        // SAFETY: live handle and Pix; Tesseract copies the Pix (ours is freed below) and the
        // input name.
        unsafe {
            ts::TessBaseAPISetImage2(api, pix.0.as_ptr());
            ts::TessBaseAPISetSourceResolution(api, dpi as c_int);
            ts::TessBaseAPISetInputName(api, input_name.as_ptr());
        }
        drop(pix);
        // SAFETY: the monitor is created, used for one Recognize and deleted; `watch` outlives
        // it, and the callback only runs during TessBaseAPIRecognize on this thread.
        let rc = unsafe {
            let monitor = ts::TessMonitorCreate();
            if monitor.is_null() {
                return Err(OcrError::Render {
                    stage: "create a progress monitor",
                });
            }
            ts::TessMonitorSetCancelFunc(monitor, Some(stop_when_due));
            ts::TessMonitorSetCancelThis(monitor, &mut watch as *mut Watch as *mut c_void);
            let rc = ts::TessBaseAPIRecognize(api, monitor);
            ts::TessMonitorDelete(monitor);
            rc
        };
        let cpu = thread_cpu_time().saturating_sub(cpu_start);
        if rc != 0 && !watch.fired {
            return Err(OcrError::Render {
                stage: "recognise a page",
            });
        }
        let mut stats = if watch.fired {
            // A stopped recognition leaves fake words that crash per-word text calls (see
            // `page`); its figures are partial anyway.
            WordStats {
                confidences: self.all_word_confidences(),
                ..WordStats::default()
            }
        } else {
            self.word_walk()
        };
        stats.heights.sort_by(f32::total_cmp);
        let median_word_height = stats
            .heights
            .get(stats.heights.len() / 2)
            .copied()
            .unwrap_or(0.0);
        // Which way the text stands, by a clear majority of its words: Tesseract's layout
        // analysis finds text lines turned by 90 degrees and reads them, so a page lying on
        // its side reads well but would be stored sideways.
        let votes = stats.orientation_votes;
        let total: u32 = votes.iter().sum();
        let standing = (0..4)
            .max_by_key(|&i| votes[i])
            .filter(|&i| i != 0 && total >= 5 && votes[i] * 3 >= total * 2)
            .map(|i| match i {
                // The top of the text points right: the page lies turned 90 degrees clockwise.
                1 => Turn::By(270),
                2 => Turn::By(180),
                _ => Turn::By(90),
            })
            .or_else(|| {
                (stats.long_words >= 5 && stats.sideways_words * 3 >= stats.long_words * 2)
                    .then_some(Turn::Sideways)
            });
        let confidences = stats.confidences;
        let skew_degrees = stats.skew;
        let words = confidences.len() as u32;
        let mean_confidence = if words == 0 {
            0.0
        } else {
            (confidences.iter().map(|&c| c as f64).sum::<f64>() / words as f64) as f32
        };
        Ok(Look {
            words,
            mean_confidence,
            skew_degrees,
            timed_out: watch.fired,
            cpu,
            text: stats.text,
            median_word_height,
            turn_to_read: standing,
        })
    }

    /// Which way up the page lies, by Tesseract's orientation and script detection: the
    /// degrees (90, 180 or 270) to turn `img` clockwise to make it upright, or `None` when it
    /// is upright, when the detection is unsure (confidence below
    /// [`OSD_MIN_CONFIDENCE`]), or when `osd.traineddata` is not installed.
    pub(crate) fn orientation(&mut self, img: &GrayImage, dpi: u32) -> Option<u16> {
        let osd = match self.osd {
            Some(handle) => handle?,
            None => {
                let handle = self.load_osd();
                self.osd = Some(handle);
                handle?
            }
        };
        let (w, h) = (img.width() as c_int, img.height() as c_int);
        let (mut degrees, mut confidence, mut script_conf) = (0 as c_int, 0f32, 0f32);
        let mut script: *const std::os::raw::c_char = std::ptr::null();
        // SAFETY: `osd` is a live handle owned by this engine; `img` holds w*h grey bytes that
        // Tesseract copies; the out-pointers are valid for the call. The script name points
        // into Tesseract's own tables and is not kept.
        let ok = unsafe {
            ts::TessBaseAPISetImage(osd.as_ptr(), img.as_raw().as_ptr(), w, h, 1, w);
            ts::TessBaseAPISetSourceResolution(osd.as_ptr(), dpi.max(70) as c_int);
            let ok = ts::TessBaseAPIDetectOrientationScript(
                osd.as_ptr(),
                &mut degrees,
                &mut confidence,
                &mut script,
                &mut script_conf,
            );
            ts::TessBaseAPIClear(osd.as_ptr());
            ok
        };
        if ok == 0 || confidence < OSD_MIN_CONFIDENCE {
            return None;
        }
        // Tesseract reports how far the page is turned clockwise from upright (measured: a
        // page turned 90 degrees clockwise gives 90); turning it the rest of the way round
        // puts it right.
        match degrees.rem_euclid(360) {
            90 => Some(270),
            180 => Some(180),
            270 => Some(90),
            _ => None,
        }
    }

    fn load_osd(&self) -> Option<NonNull<ts::TessBaseAPI>> {
        let lang = CString::new("osd").expect("no NUL");
        // SAFETY: TessBaseAPICreate has no preconditions; a null result is checked.
        let api = NonNull::new(unsafe { ts::TessBaseAPICreate() })?;
        // SAFETY: live handle, NUL-terminated data path (the main model's) and language.
        let rc =
            unsafe { ts::TessBaseAPIInit3(api.as_ptr(), self.datadir.as_ptr(), lang.as_ptr()) };
        if rc != 0 {
            tracing::warn!("orientation detection unavailable (osd.traineddata missing: apt install tesseract-ocr-osd); sideways pages are read as they lie");
            // SAFETY: the handle is ours and is not used again.
            unsafe { ts::TessBaseAPIDelete(api.as_ptr()) };
            return None;
        }
        let quiet = (
            CString::new("debug_file").ok()?,
            CString::new("/dev/null").ok()?,
        );
        // SAFETY: live handle, NUL-terminated strings that Tesseract copies.
        unsafe {
            ts::TessBaseAPISetPageSegMode(api.as_ptr(), ts::TessPageSegMode_PSM_OSD_ONLY);
            ts::TessBaseAPISetVariable(api.as_ptr(), quiet.0.as_ptr(), quiet.1.as_ptr());
        }
        Some(api)
    }

    /// Walks the words of the last (complete) recognition once, for what it says of them and
    /// the page's text. Of every word with visible text: its confidence (0-100), its height,
    /// which way up it stands, and the skew of the page in degrees (Tesseract also reports
    /// empty words, e.g. one on a page of speckle; they are not counted). The text is laid out
    /// as `TessBaseAPIGetUTF8Text` lays it out (words joined by a space, each line ended by a
    /// newline, a blank line after each paragraph but the last, image and rule blocks left
    /// out).
    ///
    /// Why not Tesseract's own calls: `ResultIterator::Next` and `IsAtBeginningOf` go back to
    /// the start of the page for every word (to put the line in reading order), so each walk
    /// costs words squared: on a dense 300 dpi page one walk was about 3% of the page's time,
    /// and reading the figures and the text took two. The layout-order steps of the iterator's
    /// base, `PageIterator::Next` and `PageIterator::IsAtBeginningOf`, visit the same words in
    /// the same order for left-to-right scripts (English, Welsh) in one pass; the C API only
    /// reaches the overriding versions, so these two are called by their exported names
    /// ([`layout_next`], [`layout_starts`]). A unit test holds the text to GetUTF8Text's. (In
    /// a right-to-left script the words of a line would come left to right; the PDF's text
    /// layer, written by Tesseract's renderer, is not affected.)
    fn word_walk(&mut self) -> WordStats {
        let mut stats = WordStats::default();
        let level = ts::TessPageIteratorLevel_RIL_WORD;
        // SAFETY: after a complete Recognize the iterator walks the handle's results; it is
        // deleted before the handle changes. Word texts are copied and freed with TessDeleteText.
        // `page_it` is the same object seen as its PageIterator base (single inheritance), so
        // the base class's own Next and IsAtBeginningOf apply to it.
        unsafe {
            let it = ts::TessBaseAPIGetIterator(self.api.as_ptr());
            if it.is_null() {
                return stats;
            }
            let page_it = ts::TessResultIteratorGetPageIterator(it);
            if page_it.is_null() {
                ts::TessResultIteratorDelete(it);
                return stats;
            }
            let mut first = true;
            let mut line_open = false;
            loop {
                let block = ts::TessPageIteratorBlockType(page_it);
                let drawing = matches!(
                    block,
                    ts::TessPolyBlockType_PT_FLOWING_IMAGE
                        | ts::TessPolyBlockType_PT_HEADING_IMAGE
                        | ts::TessPolyBlockType_PT_PULLOUT_IMAGE
                        | ts::TessPolyBlockType_PT_HORZ_LINE
                        | ts::TessPolyBlockType_PT_VERT_LINE
                );
                // A line ends where the next word, of whatever block, begins another; a
                // paragraph likewise (so a rule below the last paragraph still closes it).
                if line_open && layout_starts(page_it, ts::TessPageIteratorLevel_RIL_TEXTLINE) {
                    stats.text.push('\n');
                    if layout_starts(page_it, ts::TessPageIteratorLevel_RIL_PARA) {
                        stats.text.push('\n');
                    }
                    line_open = false;
                }
                let t = ts::TessResultIteratorGetUTF8Text(it, level);
                if !t.is_null() {
                    let word = CStr::from_ptr(t).to_string_lossy();
                    if !drawing {
                        if line_open {
                            stats.text.push(' ');
                        }
                        stats.text.push_str(&word);
                        line_open = true;
                    }
                    let visible = word.chars().any(|c| !c.is_ascii_whitespace());
                    let chars = word.chars().count();
                    if visible {
                        stats
                            .confidences
                            .push(ts::TessResultIteratorConfidence(it, level));
                        let (mut orientation, mut direction, mut order) = (0, 0, 0);
                        let mut radians = 0.0f32;
                        ts::TessPageIteratorOrientation(
                            page_it,
                            &mut orientation,
                            &mut direction,
                            &mut order,
                            &mut radians,
                        );
                        if first {
                            stats.skew = radians.to_degrees();
                            first = false;
                        }
                        let up = (orientation as usize).min(3);
                        stats.orientation_votes[up] += 1;
                        let (mut l, mut t, mut r, mut b) = (0, 0, 0, 0);
                        if ts::TessPageIteratorBoundingBox(
                            page_it, level, &mut l, &mut t, &mut r, &mut b,
                        ) != 0
                        {
                            // A word standing sideways is as tall as its box is wide.
                            let (w, h) = ((r - l).max(0), (b - t).max(0));
                            let sideways = up % 2 == 1 || (chars >= 3 && h * 2 > w * 3);
                            stats.heights.push(if sideways { w } else { h } as f32);
                            if chars >= 3 {
                                stats.long_words += 1;
                                if sideways {
                                    stats.sideways_words += 1;
                                }
                            }
                        }
                    }
                    ts::TessDeleteText(t);
                }
                if !layout_next(page_it, level) {
                    break;
                }
            }
            if line_open {
                stats.text.push('\n');
            }
            ts::TessResultIteratorDelete(it);
        }
        stats
    }

    /// Recognises `img` once, without a time limit, and gives the text of the word walk and
    /// the text of Tesseract's own call, which must be the same.
    #[cfg(test)]
    pub(super) fn walk_and_tesseract_text(
        &mut self,
        img: &GrayImage,
        dpi: u32,
        opts: &OcrOptions,
    ) -> Result<(String, String), OcrError> {
        let name = CString::new("page").expect("no NUL");
        let look = self.recognise(img, dpi, &name, Duration::from_secs(3600), opts)?;
        Ok((look.text, self.tesseract_text()))
    }

    /// Recognises `img` once, without a time limit: its text, its word count and its mean
    /// confidence.
    #[cfg(test)]
    pub(super) fn read_once(
        &mut self,
        img: &GrayImage,
        dpi: u32,
        opts: &OcrOptions,
    ) -> Result<(String, u32, f32), OcrError> {
        let name = CString::new("page").expect("no NUL");
        let look = self.recognise(img, dpi, &name, Duration::from_secs(3600), opts)?;
        Ok((look.text, look.words, look.mean_confidence))
    }

    #[cfg(test)]
    fn tesseract_text(&mut self) -> String {
        // SAFETY: after a complete Recognize, GetUTF8Text returns a NUL-terminated string (or
        // null) that we copy and free with TessDeleteText.
        unsafe {
            let t = ts::TessBaseAPIGetUTF8Text(self.api.as_ptr());
            if t.is_null() {
                String::new()
            } else {
                let s = CStr::from_ptr(t).to_string_lossy().into_owned();
                ts::TessDeleteText(t);
                s
            }
        }
    }

    /// Word confidences as Tesseract's summary call gives them (fake words included).
    fn all_word_confidences(&mut self) -> Vec<f32> {
        let mut confidences = Vec::new();
        // SAFETY: returns a -1-terminated array (or null) that we copy and free with
        // TessDeleteIntArray.
        unsafe {
            let arr = ts::TessBaseAPIAllWordConfidences(self.api.as_ptr());
            if !arr.is_null() {
                let mut i = 0;
                while *arr.add(i) >= 0 {
                    confidences.push(*arr.add(i) as f32);
                    i += 1;
                }
                ts::TessDeleteIntArray(arr);
            }
        }
        confidences
    }
}

extern "C" {
    /// `tesseract::PageIterator::Next(PageIteratorLevel)`, the base class's own step in layout
    /// order (the C API's `TessPageIteratorNext` dispatches to `ResultIterator::Next`, which
    /// costs the words before it on the page; see `OcrEngine::word_walk`). Itanium C++ ABI, as
    /// on every Linux target: `this` first, the enum as an int, `bool` returned as C's.
    #[link_name = "_ZN9tesseract12PageIterator4NextENS_17PageIteratorLevelE"]
    fn tess_page_iterator_next(this: *mut ts::TessPageIterator, level: c_int) -> bool;
    /// `tesseract::PageIterator::IsAtBeginningOf(PageIteratorLevel) const`, likewise.
    #[link_name = "_ZNK9tesseract12PageIterator15IsAtBeginningOfENS_17PageIteratorLevelE"]
    fn tess_page_iterator_starts(this: *const ts::TessPageIterator, level: c_int) -> bool;

    /// Leptonica's message threshold (environ.h); returns the previous one.
    fn setMsgSeverity(newsev: std::os::raw::c_int) -> std::os::raw::c_int;
}

/// One step of `it` to the next element of `level` in layout order; false at the end.
///
/// # Safety
/// `it` must be a live iterator over a finished recognition.
unsafe fn layout_next(it: *mut ts::TessPageIterator, level: ts::TessPageIteratorLevel) -> bool {
    tess_page_iterator_next(it, level as c_int)
}

/// Whether `it` stands at the first word of an element of `level` (a line, a paragraph).
///
/// # Safety
/// `it` must be a live iterator over a finished recognition.
unsafe fn layout_starts(it: *const ts::TessPageIterator, level: ts::TessPageIteratorLevel) -> bool {
    tess_page_iterator_starts(it, level as c_int)
}

/// Leptonica prints internal complaints ("Error in boxClipToRectangle: box outside rectangle")
/// to stderr while Tesseract analyses odd pages. They are not errors of casevault's and mean
/// nothing to a scanning officer reading the run's output; every real failure comes back through
/// Tesseract's own return values. So leptonica is silenced once per process.
fn quiet_leptonica() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    // SAFETY: sets a process-wide integer in leptonica; no pointers involved.
    ONCE.call_once(|| unsafe {
        setMsgSeverity(6); // L_SEVERITY_NONE
    });
}
