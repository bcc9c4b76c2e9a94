//! Pipelines: a definition file becomes a validated plan, and a plan runs as tasks joined by
//! bounded channels, fed by a source (see [`topology`] for the shape and its guarantees; the
//! sources themselves are in `crate::sources`, above this module).

pub mod crash_guard;
pub mod decide;
pub mod definition;
pub mod model;
pub mod ocr_stage;
pub mod report;
pub mod topology;

use std::sync::Arc;

use crate::catalog::Catalog;
use crate::config::Config;
use crate::retention::ScheduleSet;
use crate::sink::Sink;

/// What every stage of a running pipeline shares.
pub struct Context {
    /// Who runs the pipeline: every document it files is in the contact log as theirs.
    pub actor: crate::access::Actor,
    pub config: Config,
    pub catalog: Arc<Catalog>,
    pub sink: Sink,
    pub schedules: ScheduleSet,
}

pub use definition::{Plan, RawPipeline};
pub use report::{Outcome, ReportRow, RunError, RunSummary};
