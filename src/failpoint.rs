//! Failpoints: the dangerous moments of filing, release, quarantine, key rotation, shielding and
//! destruction, named so that a test can stop the process exactly there, as a crash or a power
//! cut would, and then check that running again loses nothing and stores nothing twice.
//!
//! A random kill almost always lands in OCR, which takes seconds; the moments that matter (the
//! catalog says `pending` but the object is half written, the object is stored but the original
//! not yet released, the key is gone but the destruction not yet recorded) last milliseconds.
//! Each is a call to [`hit`] with a name from [`POINTS`].
//!
//! Compiled in only with the `failpoints` feature (`make test` builds with it, `tests/failpoints.rs`
//! needs it); without it [`hit`] is empty and inlined away, so no production binary can be told
//! to crash. With the feature, `CASEVAULT_FAILPOINT` holds one or more `name[@n]` separated by
//! commas: the process kills itself with SIGKILL (no destructor, no flush, nothing tidied) the
//! `n`th time (default the first) it reaches `name`. This is the `fail` crate's idea reduced to
//! the one action the tests need, across process boundaries, with no global registry to set up.

/// Every failpoint, in the order a document meets them, with what the process has done when it
/// stops there. `tests/failpoints.rs` kills the process at each of them.
pub const POINTS: &[(&str, &str)] = &[
    (
        "recognise-started",
        "a file's crash marker is written; it is being decoded and recognised",
    ),
    (
        "file-after-pending",
        "the catalog row is pending; nothing is in the store",
    ),
    (
        "file-after-put-envelope",
        "the wrapped data key is in the store; label and object are not",
    ),
    (
        "file-after-put-label",
        "envelope and sealed label are in the store; the object is not",
    ),
    (
        "file-after-put-object",
        "the sealed object is written; it is not read back, the row still pending",
    ),
    (
        "file-after-stored",
        "the row is stored; the original is not yet released",
    ),
    (
        "release-after-remove",
        "the original is released; the run has not reported it",
    ),
    (
        "quarantine-after-note",
        "the note is written under the name the original will take; the original has not moved",
    ),
    (
        "quarantine-after-move",
        "the original and its note are in quarantine; the catalog has no entry for it",
    ),
    (
        "rotate-after-put-envelope",
        "a re-wrapped envelope is in the store; the catalog still holds the old one",
    ),
    (
        "rotate-after-catalog",
        "one document is re-wrapped in store and catalog; the others are not",
    ),
    (
        "shield-after-new-key",
        "a shielded case's own key is saved in the ring; the catalog does not name it yet",
    ),
    (
        "shield-after-put-envelope",
        "one envelope of a case being shielded is in the store under its key; the catalog still holds the old one",
    ),
    (
        "shield-after-catalog",
        "one document is re-wrapped under its case's key in store and catalog; the others are not",
    ),
    (
        "shield-before-done",
        "every envelope of the case is under its key; the shielding is not marked finished nor logged",
    ),
    (
        "unshield-after-catalog",
        "one document of a case being lifted is back under the ring's key; the others are not",
    ),
    (
        "unshield-before-retire",
        "every envelope of the lifted case is under the ring's key; the case's key is not yet retired",
    ),
    (
        "destroy-after-intent",
        "the catalog took the key and recorded the intent; the store has no anchor for it",
    ),
    (
        "destroy-after-anchor",
        "the intent is anchored in the store; nothing is deleted from the store",
    ),
    (
        "destroy-after-envelope-delete",
        "the store's envelope is deleted; object and label are still there",
    ),
    (
        "destroy-after-object-delete",
        "envelope and object are deleted; the label is still there",
    ),
    (
        "destroy-before-completion",
        "everything is deleted from the store; the completion is not recorded",
    ),
    (
        "destroy-after-completion",
        "the completion is recorded in the catalog; the store's anchor does not have it",
    ),
];

/// Stops the process here if `CASEVAULT_FAILPOINT` names this point (with the `failpoints`
/// feature; otherwise nothing).
#[cfg(feature = "failpoints")]
pub fn hit(name: &'static str) {
    armed::hit(name)
}

/// Stops the process here if `CASEVAULT_FAILPOINT` names this point (with the `failpoints`
/// feature; otherwise nothing).
#[cfg(not(feature = "failpoints"))]
#[inline(always)]
pub fn hit(_name: &'static str) {}

/// Whether this build has failpoints (the tests refuse to run against one that does not, rather
/// than pass without ever stopping anywhere).
pub const ENABLED: bool = cfg!(feature = "failpoints");

#[cfg(feature = "failpoints")]
mod armed {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};

    /// The points asked for, each with the visit at which to stop.
    fn wanted() -> &'static HashMap<String, u64> {
        static WANTED: OnceLock<HashMap<String, u64>> = OnceLock::new();
        WANTED.get_or_init(|| {
            let spec = std::env::var("CASEVAULT_FAILPOINT").unwrap_or_default();
            spec.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| match s.split_once('@') {
                    Some((name, n)) => (name.to_string(), n.parse().unwrap_or(1)),
                    None => (s.to_string(), 1),
                })
                .inspect(|(name, _)| {
                    assert!(
                        super::POINTS.iter().any(|(p, _)| p == name),
                        "CASEVAULT_FAILPOINT names {name}, which is not a failpoint"
                    )
                })
                .collect()
        })
    }

    pub(super) fn hit(name: &'static str) {
        debug_assert!(
            super::POINTS.iter().any(|(p, _)| *p == name),
            "{name} is not in failpoint::POINTS"
        );
        let Some(&at) = wanted().get(name) else {
            return;
        };
        static VISITS: Mutex<Option<HashMap<&'static str, u64>>> = Mutex::new(None);
        let visit = {
            let mut visits = VISITS.lock().unwrap_or_else(|e| e.into_inner());
            let n = visits
                .get_or_insert_with(HashMap::new)
                .entry(name)
                .or_default();
            *n += 1;
            *n
        };
        if visit == at {
            eprintln!("failpoint {name}: killing this process (SIGKILL)");
            // SAFETY: kill(2) on our own pid with a signal that cannot be caught.
            unsafe {
                libc::kill(libc::getpid(), libc::SIGKILL);
            }
            // SIGKILL is delivered before kill returns to a single-threaded caller and promptly
            // to a multi-threaded one; never go on past the point meanwhile.
            loop {
                std::thread::park();
            }
        }
    }
}
