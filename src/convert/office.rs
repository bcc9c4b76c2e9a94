//! TEMPORARY placeholder, replaced by the real module.
use std::path::PathBuf;
use std::time::Duration;
#[derive(Debug, Clone)]
pub struct OfficeSettings {
    pub soffice: PathBuf,
    pub timeout: Duration,
}
#[derive(Debug, Clone, Copy)]
pub enum OfficeKind {
    Docx,
    Doc,
    Odt,
    Rtf,
}
#[derive(Debug)]
pub enum ConvertError {
    NotInstalled,
    TimedOut(Duration),
    Failed(String),
}
pub fn sniff_office(name: &str, bytes: &[u8]) -> Option<OfficeKind> {
    let _ = name;
    if bytes.starts_with(b"{\\rtf") {
        Some(OfficeKind::Rtf)
    } else {
        None
    }
}
pub fn soffice_available(_s: &OfficeSettings) -> bool {
    false
}
pub fn convert_to_pdf(
    _s: &OfficeSettings,
    _k: OfficeKind,
    _b: &[u8],
) -> Result<Vec<u8>, ConvertError> {
    Err(ConvertError::NotInstalled)
}
