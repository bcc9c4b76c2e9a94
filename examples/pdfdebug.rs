// Scratch tool (not committed): what casevault sees of each page of a PDF, and how long it takes.
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    let t = std::time::Instant::now();
    let opened = casevault::pdf::read::open(&bytes).unwrap();
    println!("open {:?}", t.elapsed());
    for i in 0..opened.pages() {
        let t = std::time::Instant::now();
        let f = opened.facts(i).unwrap();
        println!(
            "page {}: facts {:?} usable={} dpi={}",
            i + 1,
            t.elapsed(),
            f.has_usable_text(),
            f.recognition_dpi()
        );
        let t = std::time::Instant::now();
        let r = opened.render_gray(i, f.recognition_dpi()).unwrap();
        println!(
            "  render {:?} {}x{} at {} failed={}",
            t.elapsed(),
            r.image.width(),
            r.image.height(),
            r.dpi,
            r.image_failed
        );
        let t = std::time::Instant::now();
        let b = casevault::ocr::is_bilevel(&r.image);
        println!("  bilevel {b} {:?}", t.elapsed());
    }
}
