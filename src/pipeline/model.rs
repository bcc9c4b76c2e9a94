//! The routing model a run files with: the shipped training set and people's decisions (kept in
//! the catalog, see `catalog::routing`), trained once per set of examples and cached in the
//! catalog by version, so a run trains only when the examples changed.
//!
//! A model trained on the shipped sets alone (no person's decision in it, so nothing of any
//! case) is also kept in the user's cache folder (`$XDG_CACHE_HOME/casevault`, else
//! `~/.cache/casevault`, or `CASEVAULT_MODEL_CACHE`), so that a new installation, or each home
//! a test makes, does not train the same model again. Anything trained on a person's decision
//! stays in the encrypted catalog only.

use std::path::PathBuf;
use std::sync::Arc;

use crate::catalog::Catalog;
use crate::pipeline::definition::Plan;
use crate::stages::classify::{self, Example, Model, PERSON_WEIGHT};
use crate::stages::routing::Rules;

/// Every example the model learns from: the shipped set (weight 1) and people's decisions.
pub fn examples(catalog: &Catalog, rules: &Rules) -> Result<Vec<(Example, f32)>, String> {
    let mut all: Vec<(Example, f32)> = rules
        .training_set()?
        .into_iter()
        .map(|e| (e, 1.0))
        .collect();
    all.extend(
        catalog
            .route_examples()
            .map_err(|e| e.to_string())?
            .into_iter()
            .map(|e| (e, PERSON_WEIGHT)),
    );
    Ok(all)
}

/// Trains on every example and caches the result, whatever is cached already.
pub fn train_now(catalog: &Catalog, rules: &Rules) -> Result<Model, String> {
    let examples = examples(catalog, rules)?;
    let model = classify::train(&rules.kinds, &examples)?;
    catalog
        .put_route_model(&model.version, &model.to_bytes())
        .map_err(|e| e.to_string())?;
    // Trained on the shipped sets alone: kept in the cache folder too, so that other homes
    // (another worker's) find it rather than train it again.
    if examples.iter().all(|(e, _)| !e.id.is_empty()) {
        if let Some(path) = shared_cache(&model.version) {
            keep_shared(&path, &model);
        }
    }
    tracing::info!(
        version = %model.version,
        examples = model.examples,
        person_examples = model.person_examples,
        "routing model trained"
    );
    Ok(model)
}

/// The model for these rules and this catalog's examples: the cached one of the right version,
/// else trained now. `None` when the rules have no `[model]`.
pub fn current(catalog: &Catalog, rules: &Rules) -> Result<Option<Arc<Model>>, String> {
    if rules.model_settings.is_none() {
        return Ok(None);
    }
    let examples = examples(catalog, rules)?;
    let version = classify::version(&rules.kinds, &examples)?;
    if let Some(bytes) = catalog.route_model(&version).map_err(|e| e.to_string())? {
        match Model::from_bytes(&bytes) {
            Ok(m) if m.version == version => return Ok(Some(Arc::new(m))),
            // A damaged cache is only a cache: train again.
            _ => tracing::warn!("the cached routing model does not read back; training again"),
        }
    }
    let shipped_only = examples.iter().all(|(e, _)| !e.id.is_empty());
    let shared = shared_cache(&version).filter(|_| shipped_only);
    if let Some(path) = &shared {
        if let Some(m) = std::fs::read(path)
            .ok()
            .and_then(|b| Model::from_bytes(&b).ok())
            .filter(|m| m.version == version)
        {
            return Ok(Some(Arc::new(m)));
        }
    }
    let model = classify::train(&rules.kinds, &examples)?;
    tracing::info!(
        version = %model.version,
        examples = model.examples,
        person_examples = model.person_examples,
        "routing model trained"
    );
    // Kept where the next run finds it: the shared folder for the shipped sets alone, the
    // catalog for anything with a person's decision in it (or when the folder cannot be used).
    if !shared.as_deref().is_some_and(|p| keep_shared(p, &model)) {
        catalog
            .put_route_model(&model.version, &model.to_bytes())
            .map_err(|e| e.to_string())?;
    }
    Ok(Some(Arc::new(model)))
}

/// Where a model of the shipped sets alone is kept between installations.
fn shared_cache(version: &str) -> Option<PathBuf> {
    let env = |k: &str| {
        std::env::var_os(k)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    let dir = env("CASEVAULT_MODEL_CACHE")
        .or_else(|| env("XDG_CACHE_HOME").map(|d| d.join("casevault")))
        .or_else(|| env("HOME").map(|h| h.join(".cache/casevault")))?;
    Some(dir.join(format!("route-model-{version}.bin")))
}

/// Writes the shared copy whole or not at all (a temporary file renamed into place: another
/// process may be reading or writing the same version). A failure only costs a later training.
fn keep_shared(path: &std::path::Path, model: &Model) -> bool {
    let Some(dir) = path.parent() else {
        return false;
    };
    let tmp = dir.join(format!(
        ".route-model-{}-{}.tmp",
        model.version,
        std::process::id()
    ));
    let done = crate::private_fs::create_private_dir_all(dir)
        .and_then(|_| crate::private_fs::write_private_file(&tmp, &model.to_bytes()))
        .and_then(|_| std::fs::rename(&tmp, path));
    if let Err(e) = &done {
        let _ = std::fs::remove_file(&tmp);
        tracing::debug!(error = %e, "the shipped routing model was not kept in the cache folder");
    }
    done.is_ok()
}

/// The plan with its routing model attached.
pub fn attach(catalog: &Catalog, mut plan: Plan) -> Result<Plan, String> {
    if let Some(m) = current(catalog, &plan.rules)? {
        plan.rules = plan.rules.with_model(m);
    }
    Ok(plan)
}
