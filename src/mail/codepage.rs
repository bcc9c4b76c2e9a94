//! Windows code pages to text: the 8-bit strings of Outlook files and RTF bodies.
//!
//! An Outlook `.msg` written by an older client keeps its strings as 8-bit bytes (type 001E) in
//! the code page named by the message (`PR_MESSAGE_CODEPAGE`, else `PR_INTERNET_CPID`); RTF says
//! its code page with `\ansicpgN`. Both are Windows code page numbers, mapped here to
//! `encoding_rs` (already used by the e-mail parser for MIME charsets). An unknown or absent code
//! page falls back to windows-1252, which every byte decodes in, so text is never lost, only
//! perhaps shown with the wrong accents.

use encoding_rs::Encoding;

/// The encoding of a Windows code page number, where casevault knows it.
pub fn encoding(cp: u32) -> Option<&'static Encoding> {
    let label: &[u8] = match cp {
        65001 => b"utf-8",
        1200 => b"utf-16le",
        1201 => b"utf-16be",
        874 => b"windows-874",
        1250 => b"windows-1250",
        1251 => b"windows-1251",
        1252 | 20127 | 28591 => b"windows-1252",
        1253 => b"windows-1253",
        1254 => b"windows-1254",
        1255 => b"windows-1255",
        1256 => b"windows-1256",
        1257 => b"windows-1257",
        1258 => b"windows-1258",
        28592 => b"iso-8859-2",
        28593 => b"iso-8859-3",
        28594 => b"iso-8859-4",
        28595 => b"iso-8859-5",
        28596 => b"iso-8859-6",
        28597 => b"iso-8859-7",
        28598 => b"iso-8859-8",
        28599 => b"windows-1254",
        28603 => b"iso-8859-13",
        28605 => b"iso-8859-15",
        866 => b"ibm866",
        20866 => b"koi8-r",
        21866 => b"koi8-u",
        10000 => b"macintosh",
        932 => b"shift_jis",
        936 => b"gbk",
        54936 => b"gb18030",
        949 => b"euc-kr",
        950 => b"big5",
        50220..=50222 => b"iso-2022-jp",
        51932 => b"euc-jp",
        _ => return None,
    };
    Encoding::for_label(label)
}

/// Decodes bytes in a Windows code page (windows-1252 where the code page is unknown).
pub fn decode(bytes: &[u8], cp: u32) -> String {
    let enc = encoding(cp).unwrap_or(encoding_rs::WINDOWS_1252);
    enc.decode_without_bom_handling(bytes).0.into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_pages_decode_to_the_right_letters() {
        assert_eq!(
            decode(b"caf\xe9 \xa345 \x96 \x93x\x94", 1252),
            "café £45 – “x”"
        );
        assert_eq!(decode(b"\xe0\xe1\xe2", 1251), "абв");
        assert_eq!(decode(b"Gda\xf1sk \xb9", 1250), "Gdańsk ą");
        assert_eq!(decode("ŵ".as_bytes(), 65001), "ŵ");
        assert_eq!(decode(b"\x82\xa0", 932), "あ");
        // ISO-8859-1 is read as its superset windows-1252; an unknown page falls back to it.
        assert_eq!(decode(b"M\xfcller", 28591), "Müller");
        assert_eq!(decode(b"M\xfcller", 4242), "Müller");
        assert!(encoding(4242).is_none());
    }
}
