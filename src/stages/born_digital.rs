//! TEMPORARY placeholder, replaced by the real module.
pub struct PdfCheck {
    pub pages: u32,
    pub text: String,
    pub pages_with_text: u32,
    pub encrypted: bool,
}
pub enum PdfProblem {
    Empty,
    NotPdf,
    Damaged(String),
    Encrypted,
    NoPages,
}
impl PdfProblem {
    pub fn detail(&self) -> String {
        match self {
            PdfProblem::Empty => "empty".into(),
            PdfProblem::NotPdf => "not a pdf".into(),
            PdfProblem::Damaged(s) => s.clone(),
            PdfProblem::Encrypted => "encrypted".into(),
            PdfProblem::NoPages => "no pages".into(),
        }
    }
}
pub fn check_pdf(bytes: &[u8]) -> Result<PdfCheck, PdfProblem> {
    let doc = lopdf::Document::load_mem(bytes).map_err(|e| PdfProblem::Damaged(e.to_string()))?;
    if doc.is_encrypted() {
        return Err(PdfProblem::Encrypted);
    }
    let pages = doc.get_pages();
    let mut text = String::new();
    let mut with = 0;
    for n in pages.keys() {
        let t = doc.extract_text(&[*n]).unwrap_or_default();
        if t.trim().len() >= 20 {
            with += 1
        }
        text.push_str(&t);
        text.push('\n');
    }
    Ok(PdfCheck {
        pages: pages.len() as u32,
        text,
        pages_with_text: with,
        encrypted: false,
    })
}
pub fn is_born_digital(c: &PdfCheck) -> bool {
    c.pages > 0 && c.pages_with_text * 2 >= c.pages
}
