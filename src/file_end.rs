//! Whether a file of a format that has an end is whole, from its bytes alone.
//!
//! Why a module of its own: two places ask it. The decoder asks so that a cut-off JPEG is
//! quarantined with a reason instead of filed with grey rows; the folder source asks so that a
//! file still being written is not taken. Both must agree on what "whole" means, and the folder
//! source sits below the decoder (it imports nothing of the crate), so the answer lives here,
//! importing nothing either.

/// Why a JPEG is incomplete, if it is: its segments run past the end, or no end-of-image
/// marker follows its picture data (the decoder would fill the missing rows with grey).
pub fn jpeg_incomplete(b: &[u8]) -> Option<&'static str> {
    let mut i = 2;
    loop {
        while b.get(i) == Some(&0xFF) && b.get(i + 1) == Some(&0xFF) {
            i += 1;
        }
        let (Some(&0xFF), Some(&marker)) = (b.get(i), b.get(i + 1)) else {
            return Some("the file ends before the picture starts");
        };
        match marker {
            0xD9 => return None, // an image with no scan: the decoder says what is wrong
            0x01 | 0xD0..=0xD7 => {
                i += 2;
                continue;
            }
            _ => {}
        }
        let Some(len) = b
            .get(i + 2..i + 4)
            .map(|l| usize::from(u16::from_be_bytes([l[0], l[1]])))
        else {
            return Some("the file ends inside its header");
        };
        if i + 2 + len > b.len() {
            return Some("the file ends inside its header");
        }
        if marker == 0xDA {
            let data = &b[i + 2 + len..];
            return if data.windows(2).any(|w| w == [0xFF, 0xD9]) {
                None
            } else {
                Some("the file ends before the picture's last row")
            };
        }
        i += 2 + len;
    }
}
