// Scratch tool (not committed): the engine's figures for each page file given.
fn main() {
    let mut e = casevault::ocr::OcrEngine::new("eng", None).unwrap();
    let work = tempfile::tempdir().unwrap();
    for path in std::env::args().skip(1) {
        let (img, dpi) = if path.ends_with(".pdf") {
            let bytes = std::fs::read(&path).unwrap();
            let o = casevault::pdf::read::open(&bytes).unwrap();
            let f = o.facts(0).unwrap();
            let r = o.render_gray(0, f.recognition_dpi()).unwrap();
            (r.image, r.dpi)
        } else {
            let i = image::open(&path).unwrap().to_luma8();
            let d = casevault::ocr::guess_dpi(i.width(), i.height());
            (i, d)
        };
        let t = std::time::Instant::now();
        let (f, _) = e
            .recognise_layer(
                &img,
                dpi,
                work.path(),
                &casevault::ocr::OcrOptions::default(),
            )
            .unwrap();
        if std::env::var("SHOWTEXT").is_ok() {
            println!("{}", f.text);
        }
        println!("{:28} {}x{} @{dpi}: words {} conf {:.1} looks {} dpi_used {} cpu {} ms wall {:?} rot {}", path.rsplit('/').next().unwrap(), img.width(), img.height(), f.words, f.mean_confidence, f.looks, f.dpi_used, f.cpu_millis, t.elapsed(), f.rotation);
    }
}
