// Scratch tool (not committed): print what casevault sees of each page of a PDF and render it.
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    let opened = casevault::pdf::read::open(&bytes).unwrap();
    for i in 0..opened.pages() {
        let f = opened.facts(i).unwrap();
        println!(
            "page {}: {:?} usable={} dpi={}",
            i + 1,
            f,
            f.has_usable_text(),
            f.recognition_dpi()
        );
        let r = opened.render_gray(i, f.recognition_dpi()).unwrap();
        let (img, dpi) = (r.image, r.dpi);
        println!("  image_failed {}", r.image_failed);
        let dark =
            img.as_raw().iter().filter(|&&v| v < 128).count() as f64 / img.as_raw().len() as f64;
        println!(
            "  rendered {}x{} at {dpi}, dark {:.3}",
            img.width(),
            img.height(),
            dark
        );
        img.save(format!("/tmp/pdfdebug-{}.png", i + 1)).unwrap();
    }
}
