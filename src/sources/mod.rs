//! Where documents come from. Each source is a task on the pipeline's topology
//! ([`crate::pipeline::topology`]): it hands over each file read once and hashed once, and hears
//! back how it ended; the topology releases or quarantines the original only then. A watched
//! folder ([`folder`]) also files the spools of the IMAP and upload sources, which run beside it;
//! a legacy drive ([`tree`]) is walked once.

pub mod folder;
pub mod imap;
pub mod s3_inbox;
pub mod scan_folder;
pub mod shared_folder;
pub mod tree;
pub mod upload;

use std::sync::Arc;

use tokio::sync::watch;

pub use folder::RunOptions;

use crate::pipeline::topology::{self, RunMode};
use crate::pipeline::{Context, Plan, ReportRow, RunError, RunSummary};

/// Runs a pipeline that files from a folder (a scanning station, an e-mail drop folder, an IMAP
/// mailbox's or an upload server's spool) until the folder is done (`once`) or `shutdown` turns
/// true; each report row goes to `on_row` as it is made. A tree is imported by [`tree`].
pub async fn run(
    plan: Plan,
    ctx: Arc<Context>,
    opts: RunOptions,
    shutdown: watch::Receiver<bool>,
    on_row: impl FnMut(&ReportRow),
) -> Result<RunSummary, RunError> {
    ctx.actor.require(crate::access::Op::Intake)?;
    let source = folder::FolderSource::new(&plan, &ctx, &opts)?;
    let (summary, ()) =
        topology::run(plan, ctx, source, RunMode::default(), shutdown, on_row).await?;
    Ok(summary)
}
