//! Fuzzing the decoders of untrusted input on stable Rust: proptest feeds each decoder
//! truncated, mutated, spliced and random versions of real test files, and a panic hook counts
//! every panic, including those a decoder catches itself (a caught panic is still a bug).
//!
//! `make test` runs a short pass of each target (`CASEVAULT_FUZZ_CASES`, default 200 inputs);
//! `make fuzz` runs at least 100,000 inputs per target. A failing input is shrunk by proptest and
//! printed; proptest also keeps it in `proptest-regressions/` so that it is tried first next time.

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Once;

use proptest::prelude::*;

/// Inputs per target: `CASEVAULT_FUZZ_CASES`, else 200 (the short pass of `make test`).
pub fn cases() -> u32 {
    std::env::var("CASEVAULT_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200)
}

/// proptest settings for a fuzz target: `cases()` inputs, no forking, failures persisted.
pub fn config() -> ProptestConfig {
    ProptestConfig {
        cases: cases(),
        max_shrink_iters: 2_000,
        ..ProptestConfig::default()
    }
}

static PANICS: AtomicUsize = AtomicUsize::new(0);
static HOOK: Once = Once::new();

/// Installs (once per test process) a panic hook that counts panics before the default hook
/// prints them; returns the count so far.
pub fn panics() -> usize {
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            PANICS.fetch_add(1, Ordering::SeqCst);
            previous(info);
        }));
    });
    PANICS.load(Ordering::SeqCst)
}

/// Runs `f` on `input` and fails if anything panicked while it ran, even a panic `f` caught.
///
/// The count is process-wide, so run fuzz targets in a test binary of their own with
/// `--test-threads=1`, or accept that a panic in a parallel test is blamed here too (that is
/// still a panic worth seeing).
pub fn no_panic<T>(input: &[u8], f: impl FnOnce(&[u8]) -> T) -> Result<(), TestCaseError> {
    let before = panics();
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(input)));
    let after = panics();
    prop_assert!(
        outcome.is_ok(),
        "the decoder panicked on {} bytes",
        input.len()
    );
    prop_assert_eq!(
        before,
        after,
        "a panic was caught inside the decoder on {} bytes",
        input.len()
    );
    Ok(())
}

/// The seed files of a target, read from the repository (relative paths).
pub fn seeds(paths: &[&str]) -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    paths
        .iter()
        .map(|p| std::fs::read(root.join(p)).unwrap_or_else(|e| panic!("fuzz seed {p}: {e}")))
        .collect()
}

/// One way of damaging a seed file.
#[derive(Debug, Clone)]
pub enum Mutation {
    /// Keep only the first `n` per mille of the file.
    Truncate(u16),
    /// Overwrite bytes: (position per mille, byte).
    Flip(Vec<(u16, u8)>),
    /// Insert bytes at a position (per mille).
    Insert(u16, Vec<u8>),
    /// Remove a span: (start per mille, length in bytes).
    Cut(u16, u16),
    /// Copy a span of the file over another place: (from per mille, to per mille, length).
    Splice(u16, u16, u16),
    /// Replace an ASCII decimal number in the file (a length, a count, a size) with another.
    Number(u16, u32),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (0u16..1000).prop_map(Mutation::Truncate),
        proptest::collection::vec((0u16..1000, any::<u8>()), 1..16).prop_map(Mutation::Flip),
        (0u16..1000, proptest::collection::vec(any::<u8>(), 1..64))
            .prop_map(|(a, b)| Mutation::Insert(a, b)),
        (0u16..1000, 1u16..4096).prop_map(|(a, n)| Mutation::Cut(a, n)),
        (0u16..1000, 0u16..1000, 1u16..2048).prop_map(|(a, b, n)| Mutation::Splice(a, b, n)),
        (
            0u16..1000,
            prop_oneof![Just(0u32), Just(1), Just(u32::MAX), any::<u32>()]
        )
            .prop_map(|(a, n)| Mutation::Number(a, n)),
    ]
}

fn at(len: usize, per_mille: u16) -> usize {
    (len as u64 * u64::from(per_mille) / 1000) as usize
}

/// Applies one mutation to a copy of `seed`.
pub fn apply(seed: &[u8], m: &Mutation) -> Vec<u8> {
    let mut b = seed.to_vec();
    let len = b.len();
    match m {
        Mutation::Truncate(k) => b.truncate(at(len, *k)),
        Mutation::Flip(flips) => {
            for (p, v) in flips {
                if len > 0 {
                    let i = at(len, *p).min(len - 1);
                    b[i] = *v;
                }
            }
        }
        Mutation::Insert(p, bytes) => {
            let i = at(len, *p);
            b.splice(i..i, bytes.iter().copied());
        }
        Mutation::Cut(p, n) => {
            let i = at(len, *p);
            let j = (i + usize::from(*n)).min(len);
            b.drain(i..j);
        }
        Mutation::Splice(from, to, n) => {
            let (i, j) = (at(len, *from), at(len, *to));
            let n = usize::from(*n).min(len - i).min(len - j);
            let span = b[i..i + n].to_vec();
            b[j..j + n].copy_from_slice(&span);
        }
        Mutation::Number(p, v) => {
            let start = at(len, *p);
            if let Some(off) = b[start..].iter().position(u8::is_ascii_digit) {
                let i = start + off;
                let j = b[i..]
                    .iter()
                    .position(|c| !c.is_ascii_digit())
                    .map_or(len, |k| i + k);
                b.splice(i..j, v.to_string().into_bytes());
            }
        }
    }
    b
}

/// Inputs for a target: a seed with one to three mutations (most inputs), or random bytes
/// that start like the seed's format (its first `magic` bytes), or plain random bytes.
pub fn inputs(seeds: Vec<Vec<u8>>, magic: usize) -> impl Strategy<Value = Vec<u8>> {
    assert!(!seeds.is_empty(), "a fuzz target needs seed files");
    let n = seeds.len();
    let mutated = {
        let seeds = seeds.clone();
        (0..n, proptest::collection::vec(mutation(), 1..4))
            .prop_map(move |(i, ms)| ms.iter().fold(seeds[i].clone(), |acc, m| apply(&acc, m)))
    };
    let headed = {
        let seeds = seeds.clone();
        (0..n, proptest::collection::vec(any::<u8>(), 0..4096)).prop_map(move |(i, tail)| {
            let mut b = seeds[i][..seeds[i].len().min(magic)].to_vec();
            b.extend(tail);
            b
        })
    };
    prop_oneof![
        8 => mutated,
        1 => headed,
        1 => proptest::collection::vec(any::<u8>(), 0..2048),
    ]
}
