//! Shielded cases under their own key (issue 13, point 3; policy 000 §5; SPEC: "sealed under
//! their own key"): the key side. Who may see a shielded case is decided by the caller (access
//! checks wrap these calls); this module only moves keys.
//!
//! A case marked shielded (by the CMS export's `shielded` column or by `case shield`) gets a
//! key-encryption key of its own in the key ring ([`KeyRing::new_case_key`]), named by a random
//! id like any other key, recorded on the case's catalog row and in its mirrored record, never
//! with the case number or name beside it anywhere but the catalog. Every one of its documents'
//! data keys is then re-wrapped under that key; new documents of the case are wrapped under it
//! when they are filed (`sink`). When the shield is lifted they are re-wrapped under the ring's
//! current key and the case key, once nothing uses it, is retired (its material destroyed).
//!
//! It is shaped like key rotation ([`crate::keys`]) and for the same reasons: only the ~100-byte
//! envelopes are rewritten, never content; each document is done on its own, store first and then
//! catalog, so the catalog never names a wrapping the store does not have; an envelope already
//! under its target is skipped, so a run stopped anywhere (SIGKILL included) is finished by
//! running it again, or by the next `keys rotate`, which settles every case left half-way
//! (`settle_all_locked`). The catalog's flag says what is wanted and its `shield_key` and
//! `shield_done` columns how far it got (`catalog::shield`); "case shielded" and "shield lifted"
//! go to the contact log once, when the move is complete, with a count and no key material. The
//! whole move holds the ring's lock exclusive, as rotation does, so no filing wraps under a key
//! that is about to change or be retired.

use serde::Serialize;
use thiserror::Error;

use crate::catalog::{Catalog, CatalogError};
use crate::failpoint;
use crate::seal::{KeyId, KeyRing, SealError};
use crate::sink::records::envelope_key_id;
use crate::sink::{Sink, SinkError};

/// Errors of shielding.
#[derive(Debug, Error)]
pub enum ShieldError {
    #[error("case {0} is not in the case list")]
    NoSuchCase(String),
    #[error("shielding needs the key file, and this store is opened without one")]
    NoKeyFile,
    #[error(transparent)]
    Catalog(#[from] CatalogError),
    #[error(transparent)]
    Sink(#[from] SinkError),
    #[error(transparent)]
    Seal(#[from] SealError),
    #[error("a lifted shielded case's key still wraps {total} envelope(s) ({catalog} in the catalog, {store} in the store), so it is not destroyed; run `casevault keys rotate`, then lift the shield again")]
    CaseKeyInUse {
        total: usize,
        catalog: usize,
        store: usize,
    },
}

/// What settling one case did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ShieldReport {
    pub case_number: String,
    /// The case is shielded now (false: the shield is lifted).
    pub shielded: bool,
    /// A case key was made now.
    pub key_made: bool,
    /// Envelopes re-wrapped now (in store and catalog).
    pub rewrapped: usize,
    /// Documents of the case, all now under the key they belong under.
    pub documents: usize,
    /// The case key was retired now (after a lift).
    pub key_retired: bool,
}

/// Shields a case: sets its flag, makes its key if it has none, re-wraps its documents under it.
/// Running it again on a shielded case finishes whatever an earlier run left (and otherwise
/// changes nothing).
pub async fn shield(
    catalog: &Catalog,
    sink: &Sink,
    case_number: &str,
) -> Result<ShieldReport, ShieldError> {
    set(catalog, sink, case_number, true).await
}

/// Lifts a case's shield: clears its flag, re-wraps its documents under the ring's current key,
/// then retires the case's key.
pub async fn unshield(
    catalog: &Catalog,
    sink: &Sink,
    case_number: &str,
) -> Result<ShieldReport, ShieldError> {
    set(catalog, sink, case_number, false).await
}

async fn set(
    catalog: &Catalog,
    sink: &Sink,
    case_number: &str,
    shielded: bool,
) -> Result<ShieldReport, ShieldError> {
    if !catalog.set_shielded(case_number, shielded)? {
        return Err(ShieldError::NoSuchCase(case_number.to_string()));
    }
    let report = {
        let _lock = sink.lock_keys_exclusive().await?;
        settle_locked(catalog, sink, case_number).await?
    };
    // After the lock is let go: mirroring takes it shared.
    mirror_case(catalog, sink, case_number).await?;
    if !shielded {
        // Shielding took the case's text out of the search index; it comes back from the
        // documents themselves.
        let index = crate::reindex::fill(catalog, sink, Some(case_number)).await?;
        for (id, why) in &index.unreadable {
            tracing::warn!(document = %id, "not put back in the search index: {why}");
        }
    }
    Ok(report)
}

/// Settles every case whose keys do not yet follow its flag (after an import of the case list
/// changed flags, or a run that was stopped). Takes the ring's lock only when there is something
/// to do, so an import that changes no flag never waits for a running pipeline.
pub async fn settle_all(catalog: &Catalog, sink: &Sink) -> Result<Vec<ShieldReport>, ShieldError> {
    if !catalog.shield_states()?.iter().any(|s| s.pending()) {
        return Ok(Vec::new());
    }
    let reports = {
        let _lock = sink.lock_keys_exclusive().await?;
        settle_all_locked(catalog, sink).await?
    };
    for r in &reports {
        mirror_case(catalog, sink, &r.case_number).await?;
    }
    Ok(reports)
}

/// [`settle_all`] for a caller that already holds the ring's lock exclusive (`keys rotate`).
pub(crate) async fn settle_all_locked(
    catalog: &Catalog,
    sink: &Sink,
) -> Result<Vec<ShieldReport>, ShieldError> {
    let mut reports = Vec::new();
    for s in catalog.shield_states()? {
        if s.pending() {
            reports.push(settle_locked(catalog, sink, &s.case_number).await?);
        }
    }
    Ok(reports)
}

/// Brings one case's keys in line with its flag. The ring's lock must be held exclusive.
async fn settle_locked(
    catalog: &Catalog,
    sink: &Sink,
    case_number: &str,
) -> Result<ShieldReport, ShieldError> {
    let key_file = sink.key_file().ok_or(ShieldError::NoKeyFile)?.to_path_buf();
    let state = catalog
        .shield_state(case_number)?
        .ok_or_else(|| ShieldError::NoSuchCase(case_number.to_string()))?;
    let mut report = ShieldReport {
        case_number: case_number.to_string(),
        shielded: state.shielded,
        ..ShieldReport::default()
    };
    if state.shielded {
        let mut ring = KeyRing::load(&key_file)?;
        let usable = state
            .key
            .as_deref()
            .and_then(|k| KeyId::new(k).ok())
            .filter(|k| ring.is_active(k));
        let key = match usable {
            Some(k) => k,
            None => {
                // Saved in the ring before the catalog names it: a crash in between leaves an
                // unused key, which `keys rotate --retire-old` retires; never a name without a key.
                let k = ring.new_case_key()?;
                failpoint::hit("shield-after-new-key");
                catalog.set_shield_key(case_number, k.as_str())?;
                report.key_made = true;
                k
            }
        };
        let (moved, total) = rewrap_case(catalog, sink, case_number, &key, true).await?;
        report.rewrapped = moved;
        report.documents = total;
        failpoint::hit("shield-before-done");
        catalog.finish_shielding(
            case_number,
            &format!("its {total} document(s) are wrapped under the case's own key"),
        )?;
    } else if let Some(k) = state.key {
        catalog.begin_lift(case_number)?;
        let current = sink.key_wrapper().current_key_id();
        let (moved, total) = rewrap_case(catalog, sink, case_number, &current, false).await?;
        report.rewrapped = moved;
        report.documents = total;
        failpoint::hit("unshield-before-retire");
        report.key_retired = retire_case_key(&key_file, catalog, sink, &k).await?;
        catalog.finish_lift(
            case_number,
            &format!(
                "its {total} document(s) are wrapped under the key ring's key again; the case's own key is destroyed"
            ),
        )?;
    }
    Ok(report)
}

/// Re-wraps every stored document of a case under `target`, store first and then catalog;
/// returns how many were moved now and how many the case has. A document whose catalog copy is
/// already under `target` but whose store copy is not (a run stopped between the two writes of
/// an earlier move the other way) gets the catalog's copy written to the store, so the two agree.
async fn rewrap_case(
    catalog: &Catalog,
    sink: &Sink,
    case_number: &str,
    target: &KeyId,
    shielding: bool,
) -> Result<(usize, usize), ShieldError> {
    let envelopes = catalog.case_envelopes(case_number)?;
    let total = envelopes.len();
    let mut moved = 0;
    for (id, env) in envelopes {
        if envelope_key_id(&env)? == target.as_str() {
            if sink.store_envelope(&id).await?.as_deref() != Some(&env[..]) {
                sink.put_envelope(&id, &env).await?;
            }
            continue;
        }
        let Some(new) = sink.rewrap_envelope_to(&id, &env, target)? else {
            continue;
        };
        let bytes = new.to_bytes();
        sink.put_envelope(&id, &bytes).await?;
        if shielding {
            failpoint::hit("shield-after-put-envelope");
        }
        catalog.set_key_envelope(&id, &bytes)?;
        failpoint::hit(if shielding {
            "shield-after-catalog"
        } else {
            "unshield-after-catalog"
        });
        moved += 1;
        tracing::info!(doc = %id, key = %target, "re-wrapped");
    }
    Ok((moved, total))
}

/// Retires a lifted case's key (destroys its material) once no envelope anywhere, catalog or
/// store, uses it; true when retired now. A key the ring no longer has, or has retired already,
/// is left as it is.
async fn retire_case_key(
    key_file: &std::path::Path,
    catalog: &Catalog,
    sink: &Sink,
    key: &str,
) -> Result<bool, ShieldError> {
    let mut ring = KeyRing::load(key_file)?;
    let Ok(id) = KeyId::new(key) else {
        return Ok(false);
    };
    if !ring.is_active(&id) || !ring.is_case_key(&id) {
        return Ok(false);
    }
    let mut in_catalog = 0;
    for (_, env) in catalog.document_envelopes()? {
        in_catalog += usize::from(envelope_key_id(&env)? == key);
    }
    let in_store = sink.store_key_usage().await?.get(key).copied().unwrap_or(0);
    if in_catalog + in_store > 0 {
        return Err(ShieldError::CaseKeyInUse {
            total: in_catalog.max(in_store),
            catalog: in_catalog,
            store: in_store,
        });
    }
    ring.retire(&id)?;
    Ok(true)
}

/// Writes the case's mirrored record again if it changed (its key is in it, for rebuild).
async fn mirror_case(catalog: &Catalog, sink: &Sink, case_number: &str) -> Result<(), ShieldError> {
    if let Some(case) = catalog.case(case_number)? {
        sink.put_case(catalog, &case).await?;
    }
    Ok(())
}
