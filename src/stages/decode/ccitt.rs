//! CCITT fax coding, as fax servers and older office scanners write it inside TIFF files:
//! T.4 Group 3 one-dimensional (Modified Huffman) and two-dimensional (Modified READ), TIFF's
//! "CCITT RLE" variant (compression 2: Modified Huffman rows without EOL codes, each row starting
//! on a byte), and T.6 Group 4.
//!
//! The `tiff` crate reads Group 4 only, and ignores `FillOrder` (fax files often store their bits
//! least significant first), so casevault decodes these itself. The decoder is a direct reading
//! of the recommendations: run lengths from the standard code tables (looked up 13 bits at a
//! time), and the two-dimensional modes (pass, horizontal, vertical) against the reference line.
//! It never reads past its input (bits past the end read as zeros and end the page as truncated)
//! and never writes past the width it was given.
//!
//! Output rows are packed 1-bit, most significant bit first, rows padded to a byte, with black
//! runs as 1 bits and white runs as 0 bits (libtiff's convention; the TIFF's photometric
//! interpretation then says which is ink).

use std::sync::OnceLock;

/// Which coding a strip uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Coding {
    /// TIFF compression 2: one-dimensional rows, no EOLs, each row starts on a byte boundary.
    ModifiedHuffman,
    /// TIFF compression 3 (T.4). `two_d`: T4Options bit 0, rows may be coded two-dimensionally
    /// (each EOL is followed by a tag bit: 1 = one-dimensional row, 0 = two-dimensional).
    Group3 { two_d: bool },
    /// TIFF compression 4 (T.6): every row two-dimensional, no EOLs.
    Group4,
}

/// Why a strip could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum CcittError {
    /// The data ends before every row was decoded.
    Truncated,
    /// A code that the recommendation does not define, or a run past the row's end.
    Invalid(&'static str),
}

/// Decodes `rows` rows of `width` pixels.
pub(crate) fn decode(
    data: &[u8],
    width: usize,
    rows: usize,
    coding: Coding,
) -> Result<Vec<u8>, CcittError> {
    if width == 0 {
        return Err(CcittError::Invalid("a row of no pixels"));
    }
    let row_bytes = width.div_ceil(8);
    let mut out = vec![0u8; row_bytes * rows];
    let mut bits = Bits::new(data);
    let mut reference: Vec<usize> = Vec::new();
    let mut current: Vec<usize> = Vec::with_capacity(64);
    for row in 0..rows {
        current.clear();
        let two_d = match coding {
            Coding::ModifiedHuffman => {
                bits.align();
                false
            }
            Coding::Group3 { two_d } => {
                let had_eol = bits.skip_eol();
                if two_d && had_eol {
                    bits.take(1) == 0
                } else {
                    false
                }
            }
            Coding::Group4 => true,
        };
        if bits.past_end() {
            return Err(CcittError::Truncated);
        }
        if two_d {
            decode_2d(&mut bits, &reference, &mut current, width)?;
        } else {
            decode_1d(&mut bits, &mut current, width)?;
        }
        if bits.past_end() {
            return Err(CcittError::Truncated);
        }
        fill_row(
            &mut out[row * row_bytes..(row + 1) * row_bytes],
            &current,
            width,
        );
        std::mem::swap(&mut reference, &mut current);
    }
    Ok(out)
}

/// Sets the black runs of a row: changes[0..1], changes[2..3], ... (the row starts white).
fn fill_row(dst: &mut [u8], changes: &[usize], width: usize) {
    for pair in changes.chunks(2) {
        let start = pair[0].min(width);
        let end = pair.get(1).copied().unwrap_or(width).min(width);
        for x in start..end {
            dst[x / 8] |= 0x80 >> (x % 8);
        }
    }
}

fn decode_1d(bits: &mut Bits, changes: &mut Vec<usize>, width: usize) -> Result<(), CcittError> {
    let mut a0 = 0usize;
    let mut white = true;
    while a0 < width {
        let run = run_length(bits, white)?;
        a0 += run;
        if a0 > width {
            return Err(CcittError::Invalid("a run longer than the row"));
        }
        changes.push(a0);
        white = !white;
    }
    Ok(())
}

fn decode_2d(
    bits: &mut Bits,
    reference: &[usize],
    changes: &mut Vec<usize>,
    width: usize,
) -> Result<(), CcittError> {
    // a0 starts on an imaginary white pixel before the row.
    let mut a0: isize = -1;
    let mut white = true;
    while a0 < width as isize {
        let (b1, b2) = b1_b2(reference, a0, white, width);
        match mode(bits)? {
            Mode::Pass => a0 = b2 as isize,
            Mode::Horizontal => {
                let start = a0.max(0) as usize;
                let a1 = start + run_length(bits, white)?;
                let a2 = a1 + run_length(bits, !white)?;
                if a2 > width {
                    return Err(CcittError::Invalid("a run longer than the row"));
                }
                changes.push(a1);
                changes.push(a2);
                a0 = a2 as isize;
            }
            Mode::Vertical(d) => {
                let a1 = b1 as isize + isize::from(d);
                if a1 < a0.max(0) || a1 > width as isize {
                    return Err(CcittError::Invalid("a vertical code off the row"));
                }
                changes.push(a1 as usize);
                a0 = a1;
                white = !white;
            }
        }
    }
    Ok(())
}

/// b1: the first change on the reference line right of a0 whose colour is opposite to a0's
/// (changes at even positions turn white to black); b2: the change after it.
fn b1_b2(reference: &[usize], a0: isize, white: bool, width: usize) -> (usize, usize) {
    let mut i = reference.partition_point(|&p| p as isize <= a0);
    // Even index: a change to black, which is what a white a0 looks for.
    if (i % 2 == 0) != white {
        i += 1;
    }
    let b1 = reference.get(i).copied().unwrap_or(width).min(width);
    let b2 = reference.get(i + 1).copied().unwrap_or(width).min(width);
    (b1, b2)
}

#[derive(Debug, Clone, Copy)]
enum Mode {
    Pass,
    Horizontal,
    Vertical(i8),
}

fn mode(bits: &mut Bits) -> Result<Mode, CcittError> {
    let peek = bits.peek(7);
    let (m, len) = if peek & 0x40 != 0 {
        (Mode::Vertical(0), 1)
    } else if peek >> 4 == 0b011 {
        (Mode::Vertical(1), 3)
    } else if peek >> 4 == 0b010 {
        (Mode::Vertical(-1), 3)
    } else if peek >> 4 == 0b001 {
        (Mode::Horizontal, 3)
    } else if peek >> 3 == 0b0001 {
        (Mode::Pass, 4)
    } else if peek >> 1 == 0b000011 {
        (Mode::Vertical(2), 6)
    } else if peek >> 1 == 0b000010 {
        (Mode::Vertical(-2), 6)
    } else if peek == 0b0000011 {
        (Mode::Vertical(3), 7)
    } else if peek == 0b0000010 {
        (Mode::Vertical(-3), 7)
    } else if bits.past_end() || bits.rest_is_zero() {
        return Err(CcittError::Truncated);
    } else {
        // 0000001 (extensions, uncompressed mode) and EOL/EOFB inside a row.
        return Err(CcittError::Invalid("an unsupported two-dimensional code"));
    };
    bits.consume(len);
    Ok(m)
}

/// One run of `white` or black: make-up codes (64 and more) then a terminating code.
fn run_length(bits: &mut Bits, white: bool) -> Result<usize, CcittError> {
    let table = if white { &tables().0 } else { &tables().1 };
    let mut total = 0usize;
    loop {
        let (run, len) = table[bits.peek(13) as usize];
        if len == 0 {
            return Err(if bits.past_end() || bits.rest_is_zero() {
                CcittError::Truncated
            } else {
                CcittError::Invalid("a run-length code that does not exist")
            });
        }
        bits.consume(u32::from(len));
        total += usize::from(run);
        if total > 1 << 20 {
            return Err(CcittError::Invalid("a run longer than any row"));
        }
        if run < 64 {
            return Ok(total);
        }
    }
}

/// (run, code length) for every 13-bit prefix; length 0 where no code matches.
type Table = Vec<(u16, u8)>;

fn tables() -> &'static (Table, Table) {
    static TABLES: OnceLock<(Table, Table)> = OnceLock::new();
    TABLES.get_or_init(|| {
        let build = |codes: &[(&str, u16)]| {
            let mut t = vec![(0u16, 0u8); 1 << 13];
            for (code, run) in codes.iter().chain(EXTENDED_MAKEUP) {
                let len = code.len();
                let value = usize::from_str_radix(code, 2).expect("binary code");
                let start = value << (13 - len);
                for e in &mut t[start..start + (1 << (13 - len))] {
                    *e = (*run, len as u8);
                }
            }
            t
        };
        (build(WHITE), build(BLACK))
    })
}

/// Reads bits most significant first; bits past the end read as zeros.
struct Bits<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Bits<'a> {
    fn new(data: &'a [u8]) -> Self {
        Bits { data, pos: 0 }
    }

    fn peek(&self, n: u32) -> u32 {
        let mut v = 0u32;
        for i in 0..n as usize {
            let p = self.pos + i;
            let bit = self.data.get(p / 8).map_or(0, |b| (b >> (7 - p % 8)) & 1);
            v = (v << 1) | u32::from(bit);
        }
        v
    }

    fn consume(&mut self, n: u32) {
        self.pos += n as usize;
    }

    fn take(&mut self, n: u32) -> u32 {
        let v = self.peek(n);
        self.consume(n);
        v
    }

    fn align(&mut self) {
        self.pos = self.pos.div_ceil(8) * 8;
    }

    fn past_end(&self) -> bool {
        self.pos > self.data.len() * 8
    }

    /// Whether only zero bits remain (fill, or the end).
    fn rest_is_zero(&self) -> bool {
        let byte = self.pos / 8;
        let Some(&first) = self.data.get(byte) else {
            return true;
        };
        let mask = 0xFFu8 >> (self.pos % 8);
        first & mask == 0 && self.data[byte + 1..].iter().all(|&b| b == 0)
    }

    /// Skips an EOL (at least 11 zero bits, then a 1) if one comes next; says whether it did.
    fn skip_eol(&mut self) -> bool {
        let start = self.pos;
        let mut zeros = 0;
        while zeros < 1 << 16 && !self.past_end() && self.peek(1) == 0 {
            self.consume(1);
            zeros += 1;
        }
        if zeros >= 11 && self.peek(1) == 1 {
            self.consume(1);
            true
        } else {
            self.pos = start;
            false
        }
    }
}

/// Make-up codes shared by both colours (ITU-T T.4 table 3).
const EXTENDED_MAKEUP: &[(&str, u16)] = &[
    ("00000001000", 1792),
    ("00000001100", 1856),
    ("00000001101", 1920),
    ("000000010010", 1984),
    ("000000010011", 2048),
    ("000000010100", 2112),
    ("000000010101", 2176),
    ("000000010110", 2240),
    ("000000010111", 2304),
    ("000000011100", 2368),
    ("000000011101", 2432),
    ("000000011110", 2496),
    ("000000011111", 2560),
];

/// White run codes: terminating (0-63) and make-up (64-1728) (ITU-T T.4 tables 1 and 2).
const WHITE: &[(&str, u16)] = &[
    ("00110101", 0),
    ("000111", 1),
    ("0111", 2),
    ("1000", 3),
    ("1011", 4),
    ("1100", 5),
    ("1110", 6),
    ("1111", 7),
    ("10011", 8),
    ("10100", 9),
    ("00111", 10),
    ("01000", 11),
    ("001000", 12),
    ("000011", 13),
    ("110100", 14),
    ("110101", 15),
    ("101010", 16),
    ("101011", 17),
    ("0100111", 18),
    ("0001100", 19),
    ("0001000", 20),
    ("0010111", 21),
    ("0000011", 22),
    ("0000100", 23),
    ("0101000", 24),
    ("0101011", 25),
    ("0010011", 26),
    ("0100100", 27),
    ("0011000", 28),
    ("00000010", 29),
    ("00000011", 30),
    ("00011010", 31),
    ("00011011", 32),
    ("00010010", 33),
    ("00010011", 34),
    ("00010100", 35),
    ("00010101", 36),
    ("00010110", 37),
    ("00010111", 38),
    ("00101000", 39),
    ("00101001", 40),
    ("00101010", 41),
    ("00101011", 42),
    ("00101100", 43),
    ("00101101", 44),
    ("00000100", 45),
    ("00000101", 46),
    ("00001010", 47),
    ("00001011", 48),
    ("01010010", 49),
    ("01010011", 50),
    ("01010100", 51),
    ("01010101", 52),
    ("00100100", 53),
    ("00100101", 54),
    ("01011000", 55),
    ("01011001", 56),
    ("01011010", 57),
    ("01011011", 58),
    ("01001010", 59),
    ("01001011", 60),
    ("00110010", 61),
    ("00110011", 62),
    ("00110100", 63),
    ("11011", 64),
    ("10010", 128),
    ("010111", 192),
    ("0110111", 256),
    ("00110110", 320),
    ("00110111", 384),
    ("01100100", 448),
    ("01100101", 512),
    ("01101000", 576),
    ("01100111", 640),
    ("011001100", 704),
    ("011001101", 768),
    ("011010010", 832),
    ("011010011", 896),
    ("011010100", 960),
    ("011010101", 1024),
    ("011010110", 1088),
    ("011010111", 1152),
    ("011011000", 1216),
    ("011011001", 1280),
    ("011011010", 1344),
    ("011011011", 1408),
    ("010011000", 1472),
    ("010011001", 1536),
    ("010011010", 1600),
    ("011000", 1664),
    ("010011011", 1728),
];

/// Black run codes: terminating (0-63) and make-up (64-1728) (ITU-T T.4 tables 1 and 2).
const BLACK: &[(&str, u16)] = &[
    ("0000110111", 0),
    ("010", 1),
    ("11", 2),
    ("10", 3),
    ("011", 4),
    ("0011", 5),
    ("0010", 6),
    ("00011", 7),
    ("000101", 8),
    ("000100", 9),
    ("0000100", 10),
    ("0000101", 11),
    ("0000111", 12),
    ("00000100", 13),
    ("00000111", 14),
    ("000011000", 15),
    ("0000010111", 16),
    ("0000011000", 17),
    ("0000001000", 18),
    ("00001100111", 19),
    ("00001101000", 20),
    ("00001101100", 21),
    ("00000110111", 22),
    ("00000101000", 23),
    ("00000010111", 24),
    ("00000011000", 25),
    ("000011001010", 26),
    ("000011001011", 27),
    ("000011001100", 28),
    ("000011001101", 29),
    ("000001101000", 30),
    ("000001101001", 31),
    ("000001101010", 32),
    ("000001101011", 33),
    ("000011010010", 34),
    ("000011010011", 35),
    ("000011010100", 36),
    ("000011010101", 37),
    ("000011010110", 38),
    ("000011010111", 39),
    ("000001101100", 40),
    ("000001101101", 41),
    ("000011011010", 42),
    ("000011011011", 43),
    ("000001010100", 44),
    ("000001010101", 45),
    ("000001010110", 46),
    ("000001010111", 47),
    ("000001100100", 48),
    ("000001100101", 49),
    ("000001010010", 50),
    ("000001010011", 51),
    ("000000100100", 52),
    ("000000110111", 53),
    ("000000111000", 54),
    ("000000100111", 55),
    ("000000101000", 56),
    ("000001011000", 57),
    ("000001011001", 58),
    ("000000101011", 59),
    ("000000101100", 60),
    ("000001011010", 61),
    ("000001100110", 62),
    ("000001100111", 63),
    ("0000001111", 64),
    ("000011001000", 128),
    ("000011001001", 192),
    ("000001011011", 256),
    ("000000110011", 320),
    ("000000110100", 384),
    ("000000110101", 448),
    ("0000001101100", 512),
    ("0000001101101", 576),
    ("0000001001010", 640),
    ("0000001001011", 704),
    ("0000001001100", 768),
    ("0000001001101", 832),
    ("0000001110010", 896),
    ("0000001110011", 960),
    ("0000001110100", 1024),
    ("0000001110101", 1088),
    ("0000001110110", 1152),
    ("0000001110111", 1216),
    ("0000001010010", 1280),
    ("0000001010011", 1344),
    ("0000001010100", 1408),
    ("0000001010101", 1472),
    ("0000001011010", 1536),
    ("0000001011011", 1600),
    ("0000001100100", 1664),
    ("0000001100101", 1728),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Writes codes given as strings of 0 and 1 into bytes (zero padded).
    fn bits(codes: &[&str]) -> Vec<u8> {
        let s: String = codes.concat();
        let mut out = vec![0u8; s.len().div_ceil(8)];
        for (i, c) in s.bytes().enumerate() {
            if c == b'1' {
                out[i / 8] |= 0x80 >> (i % 8);
            }
        }
        out
    }

    #[test]
    fn code_tables_are_prefix_free_and_complete() {
        for table in [WHITE, BLACK] {
            let runs: Vec<u16> = table.iter().map(|c| c.1).collect();
            assert_eq!(runs.len(), 64 + 27);
            let all: Vec<&str> = table.iter().chain(EXTENDED_MAKEUP).map(|c| c.0).collect();
            for a in &all {
                for b in &all {
                    assert!(a == b || !b.starts_with(a), "{a} is a prefix of {b}");
                }
            }
        }
    }

    #[test]
    fn one_dimensional_rows_decode() {
        // 10 pixels: 2 white, 3 black, 5 white; then 10 black (white run 0 first).
        let data = bits(&["0111", "10", "1100", "00110101", "0000100"]);
        let out = decode(&data, 10, 2, Coding::Group3 { two_d: false }).unwrap();
        assert_eq!(out, vec![0b0011_1000, 0b0000_0000, 0xFF, 0b1100_0000]);
    }

    #[test]
    fn modified_huffman_rows_start_on_a_byte() {
        // Row 1: 8 white (10011), padded; row 2: 0 white then 8 black (000101).
        let data = [bits(&["10011"]), bits(&["00110101", "000101"])].concat();
        let out = decode(&data, 8, 2, Coding::ModifiedHuffman).unwrap();
        assert_eq!(out, vec![0x00, 0xFF]);
    }

    #[test]
    fn two_dimensional_rows_follow_the_reference_line() {
        // Group 4, 8 pixels. Row 1 (reference all white): horizontal 2 white + 3 black, then
        // horizontal 3 white + 0 black (to the end). Row 2: V0 (black at 2), V0 (white at 5),
        // then V0 at b1 = 8 (end of row).
        let data = bits(&[
            "001",
            "0111",
            "10",
            "001",
            "1000",
            "0000110111",
            "1",
            "1",
            "1",
        ]);
        let out = decode(&data, 8, 2, Coding::Group4).unwrap();
        assert_eq!(out, vec![0b0011_1000, 0b0011_1000]);
        // Group 3 two-dimensional: EOL + 1 (1D row), then EOL + 0 (2D row) using V0 codes.
        let data = bits(&[
            "000000000001",
            "1",
            "0111",
            "10",
            "1000",
            "000000000001",
            "0",
            "1",
            "1",
            "1",
        ]);
        let out = decode(&data, 8, 2, Coding::Group3 { two_d: true }).unwrap();
        assert_eq!(out, vec![0b0011_1000, 0b0011_1000]);
    }

    #[test]
    fn damaged_and_short_data_are_errors_not_panics() {
        assert_eq!(
            decode(&[], 8, 1, Coding::Group4),
            Err(CcittError::Truncated)
        );
        assert!(decode(&[0x00, 0x01, 0xFF], 8, 3, Coding::Group3 { two_d: false }).is_err());
        for seed in 0u32..200 {
            let data: Vec<u8> = (0..40)
                .map(|i| (seed.wrapping_mul(2_654_435_761).wrapping_add(i * 97) >> 7) as u8)
                .collect();
            for coding in [
                Coding::ModifiedHuffman,
                Coding::Group3 { two_d: true },
                Coding::Group4,
            ] {
                let _ = decode(&data, 37, 9, coding);
            }
        }
    }
}
