//! The routing model a run files with: the shipped training set and people's decisions (kept in
//! the catalog, see `catalog::routing`), trained once per set of examples and cached in the
//! catalog by version, so a run trains only when the examples changed.

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
    Ok(Some(Arc::new(train_now(catalog, rules)?)))
}

/// The plan with its routing model attached.
pub fn attach(catalog: &Catalog, mut plan: Plan) -> Result<Plan, String> {
    if let Some(m) = current(catalog, &plan.rules)? {
        plan.rules = plan.rules.with_model(m);
    }
    Ok(plan)
}
