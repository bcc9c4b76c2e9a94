//! What a person can ask of the records, each as one library call: import a case list, close or
//! reopen a case, set or lift a hold, extend a case's retention, dispose of what is due.
//!
//! Why here and not in the command line: each of these is more than its catalog update. It
//! writes its contact-log entries, recomputes every retention date it moves (catalog and sealed
//! label), and mirrors the cases, holds and destruction record into the store so that
//! `catalog rebuild` can recreate them. Done in the command line, a web page or any other program
//! would have to repeat those steps and could forget one; done here, the command line and the
//! web workspace call exactly the same thing and only print differently.
//!
//! The order is the same for every operation: the change, its contact-log entry, the dates it
//! moves, then the mirror. The caller opens the [`Sink`] first, so a store that cannot be reached
//! stops the operation before anything changes; a mirror that fails afterwards is reported as
//! such ([`OperationError::Mirror`]), since the change itself has been made.

use chrono::NaiveDate;

use crate::access::{self, AccessError, Actor, CaseOp, Op};
use crate::catalog::{self, Case, CaseChange, Catalog, CatalogError, ImportReport};
use crate::records::{self, DateChange, RecordsError};
use crate::retention::ScheduleSet;
use crate::sink::{Sink, SinkError};

/// Errors of an operation.
#[derive(Debug, thiserror::Error)]
pub enum OperationError {
    #[error(transparent)]
    Catalog(#[from] CatalogError),
    #[error(transparent)]
    Records(#[from] RecordsError),
    #[error(transparent)]
    Access(#[from] AccessError),
    #[error("case {0} is not in the case list")]
    NoSuchCase(String),
    #[error(transparent)]
    Shield(#[from] crate::shield::ShieldError),
    #[error("nothing is due for destruction that is not held: there is nothing to approve")]
    NothingToApprove,
    #[error("no disposal approval {0} waiting")]
    NoSuchApproval(i64),
    #[error("disposal approval {0} is {1}, not waiting for confirmation")]
    ApprovalNotWaiting(i64, String),
    /// The change is made, but its copy in the store is not.
    #[error("the catalog is updated, but its sealed copy in the store (used by `catalog rebuild`) is not; it is written again by the next command that changes cases or holds, or by the next run: {0}")]
    Mirror(#[source] SinkError),
}

/// Where a hold applies: one case, or everything (the moratorium).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HoldScope {
    Case(String),
    Global,
}

impl HoldScope {
    /// As the catalog keeps it.
    pub fn as_str(&self) -> &str {
        match self {
            HoldScope::Case(n) => n,
            HoldScope::Global => catalog::holds::GLOBAL,
        }
    }

    fn case(&self) -> Option<&str> {
        match self {
            HoldScope::Case(n) => Some(n),
            HoldScope::Global => None,
        }
    }
}

/// The retention dates of one case that an operation moved.
#[derive(Debug, Clone)]
pub struct Recomputed {
    pub case_number: String,
    pub changes: Vec<DateChange>,
}

/// What an operation needs: the catalog, the sink (store and keys), the schedules, and who is
/// acting (each operation checks the actor's roles itself: see [`crate::access`]).
pub struct Records<'a> {
    pub catalog: &'a Catalog,
    pub sink: &'a Sink,
    pub schedules: &'a ScheduleSet,
    pub actor: &'a Actor,
}

impl Records<'_> {
    /// Imports or updates the case list; every updated case has its dates computed again.
    pub async fn import_cases(
        &self,
        cases: &[Case],
    ) -> Result<(ImportReport, Vec<Recomputed>), OperationError> {
        self.actor.require(Op::ImportCases)?;
        let report = self.catalog.import_cases(cases)?;
        let mut updated = Vec::new();
        for ch in &report.changes {
            match ch {
                CaseChange::Added(n) => {
                    self.catalog.log_contact(
                        Some(n),
                        None,
                        "case imported",
                        "from the CMS case list",
                    )?;
                }
                CaseChange::Updated { case_number, what } => {
                    self.catalog.log_contact(
                        Some(case_number),
                        None,
                        "case updated",
                        &format!("from the CMS case list: {}", what.join("; ")),
                    )?;
                    updated.push(case_number.clone());
                }
            }
        }
        // Allocations from the export's optional column replace those the last export made.
        for c in cases {
            if let Some(principals) = &c.allocated {
                if self
                    .catalog
                    .replace_cms_allocations(&c.case_number, principals)?
                {
                    self.catalog.log_contact(
                        Some(&c.case_number),
                        None,
                        "allocated",
                        &format!("from the CMS case list: {}", principals.join("; ")),
                    )?;
                }
            }
        }
        // A `shielded` flag the import turned on or off: keys follow (resumable, like rotation).
        crate::shield::settle_all(self.catalog, self.sink).await?;
        let mut moved = Vec::new();
        for n in updated {
            moved.push(self.recompute(&n, "case list re-imported").await?);
        }
        self.mirror().await?;
        Ok((report, moved))
    }

    /// Closes a case on `on`, or reopens it (`None`); its dates are computed again.
    pub async fn set_case_closed(
        &self,
        case_number: &str,
        on: Option<NaiveDate>,
    ) -> Result<Recomputed, OperationError> {
        self.actor.require(Op::CaseEvents)?;
        self.manage(case_number)?;
        let why = match on {
            Some(d) => format!("case closed on {d}"),
            None => "case reopened".to_string(),
        };
        if !self.catalog.set_case_closed(case_number, on)? {
            return Err(OperationError::NoSuchCase(case_number.to_string()));
        }
        self.catalog
            .log_contact(Some(case_number), None, "case event", &why)?;
        let moved = self.recompute(case_number, &why).await?;
        self.mirror().await?;
        Ok(moved)
    }

    /// Sets a hold: nothing it covers is destroyed until it is lifted. Dates do not move.
    pub async fn set_hold(&self, scope: &HoldScope, reason: &str) -> Result<(), OperationError> {
        self.actor.require(Op::Holds)?;
        if let Some(c) = scope.case() {
            self.manage(c)?;
        }
        self.catalog.set_hold(scope.as_str(), reason)?;
        self.catalog
            .log_contact(scope.case(), None, "hold set", reason)?;
        self.mirror().await
    }

    /// Lifts every hold on `scope`; returns how many there were.
    pub async fn lift_holds(&self, scope: &HoldScope) -> Result<usize, OperationError> {
        self.actor.require(Op::Holds)?;
        if let Some(c) = scope.case() {
            self.manage(c)?;
        }
        let n = self.catalog.lift_holds(scope.as_str())?;
        self.catalog.log_contact(
            scope.case(),
            None,
            "hold lifted",
            &format!("{n} hold(s) on {}", scope.as_str()),
        )?;
        self.mirror().await?;
        Ok(n)
    }

    /// Keeps a case at least until `until` (policy 000 §10.3); its dates are computed again.
    pub async fn extend(
        &self,
        case_number: &str,
        until: NaiveDate,
        reason: &str,
    ) -> Result<Recomputed, OperationError> {
        self.actor.require(Op::Holds)?;
        self.manage(case_number)?;
        self.catalog.set_extension(case_number, until, reason)?;
        self.catalog.log_contact(
            Some(case_number),
            None,
            "retention extended",
            &format!("until at least {until}: {reason}"),
        )?;
        let moved = self
            .recompute(case_number, &format!("extended until at least {until}"))
            .await?;
        self.mirror().await?;
        Ok(moved)
    }

    /// Lists what is due for destruction on `today` (a dry run), or with `execute` destroys it
    /// (crypto-shredding, a record each) and mirrors the destruction record.
    pub async fn dispose(
        &self,
        today: NaiveDate,
        execute: bool,
    ) -> Result<records::DisposalReport, OperationError> {
        self.actor.require(Op::Dispose)?;
        // With two-person disposal on, one person's `--execute` finishes only destructions
        // already begun (their keys are gone) and destroys nothing new.
        let two = self
            .catalog
            .setting(catalog::people::TWO_PERSON_DISPOSAL)?
            .as_deref()
            == Some("on");
        let none = std::collections::BTreeSet::new();
        let only = (execute && two).then_some(&none);
        let mut report = records::dispose(self.catalog, self.sink, today, execute, only).await?;
        report.needs_two = execute && two;
        if execute {
            self.mirror().await?;
        }
        self.hide_unseen(&mut report)?;
        Ok(report)
    }

    /// The first of two records managers approves destroying what is due on `today` and not
    /// held: the list is kept, and nothing is destroyed until a second records manager confirms
    /// it ([`Records::confirm_disposal`]). Returns the approval's number and the list.
    pub async fn approve_disposal(
        &self,
        today: NaiveDate,
    ) -> Result<(i64, records::DisposalReport), OperationError> {
        self.actor.require(Op::Dispose)?;
        let mut report = records::dispose(self.catalog, self.sink, today, false, None).await?;
        let ids: Vec<String> = report
            .due
            .iter()
            .filter(|d| d.held_by.is_none())
            .map(|d| d.document_id.clone())
            .collect();
        if ids.is_empty() {
            return Err(OperationError::NothingToApprove);
        }
        let id = self
            .catalog
            .add_disposal_approval(&today.to_string(), &ids, &self.actor.name)?;
        self.catalog.log_contact(
            None,
            None,
            "disposal approved",
            &format!(
                "approval {id}: {} document(s) due on {today}; waits for a second records manager",
                ids.len()
            ),
        )?;
        self.hide_unseen(&mut report)?;
        Ok((id, report))
    }

    /// The second records manager confirms an approval, and the destruction runs: only the
    /// documents approved, each checked again (date, holds, extensions) in the transaction that
    /// takes its key. The approver cannot confirm their own approval.
    pub async fn confirm_disposal(
        &self,
        approval: i64,
        today: NaiveDate,
    ) -> Result<records::DisposalReport, OperationError> {
        self.actor.require(Op::Dispose)?;
        let a = self
            .catalog
            .disposal_approval(approval)?
            .ok_or(OperationError::NoSuchApproval(approval))?;
        if a.approved_by == self.actor.name {
            return Err(AccessError::Refused {
                user: self.actor.name.clone(),
                roles: "records-manager".to_string(),
                what: format!(
                    "confirm disposal approval {approval}, which they approved themselves \
                     (a second records manager must)"
                ),
            }
            .into());
        }
        if !self
            .catalog
            .confirm_disposal_approval(approval, &self.actor.name)?
        {
            return Err(OperationError::ApprovalNotWaiting(approval, a.state));
        }
        self.catalog.log_contact(
            None,
            None,
            "disposal confirmed",
            &format!(
                "approval {approval} (by {}): {} document(s)",
                a.approved_by,
                a.documents.len()
            ),
        )?;
        let only: std::collections::BTreeSet<String> = a.documents.into_iter().collect();
        let mut report =
            records::dispose(self.catalog, self.sink, today, true, Some(&only)).await?;
        self.mirror().await?;
        report.due.retain(|d| only.contains(&d.document_id));
        self.hide_unseen(&mut report)?;
        Ok(report)
    }

    /// Withdraws a waiting approval (either records manager may).
    pub fn withdraw_disposal(&self, approval: i64) -> Result<(), OperationError> {
        self.actor.require(Op::Dispose)?;
        if !self.catalog.withdraw_disposal_approval(approval)? {
            return Err(OperationError::NoSuchApproval(approval));
        }
        self.catalog.log_contact(
            None,
            None,
            "disposal withdrawn",
            &format!("approval {approval}"),
        )?;
        Ok(())
    }

    fn hide_unseen(&self, report: &mut records::DisposalReport) -> Result<(), OperationError> {
        // Destruction dates bind on every case, shielded or not; a reader off a shielded case's
        // list sees its rows counted but not which case they belong to.
        for d in &mut report.due {
            if !access::can_see(self.catalog, self.actor, &d.case_number)? {
                d.case_number = access::HIDDEN_CASE.to_string();
            }
        }
        Ok(())
    }

    /// Allocates a user or a group (`group:NAME`) to a case, or takes the allocation away.
    pub async fn allocate(
        &self,
        case_number: &str,
        principal: &str,
        on: bool,
    ) -> Result<bool, OperationError> {
        self.actor.require(Op::Allocate)?;
        self.manage(case_number)?;
        self.check_principal(principal)?;
        let changed = if on {
            self.catalog
                .allocate(case_number, principal, catalog::people::FROM_COMMAND)?;
            true
        } else {
            self.catalog.deallocate(case_number, principal)?
        };
        if changed {
            self.catalog.log_contact(
                Some(case_number),
                None,
                if on { "allocated" } else { "deallocated" },
                principal,
            )?;
        }
        self.mirror().await?;
        Ok(changed)
    }

    /// Shields a case (its documents re-wrapped under a key of its own, resumably) or lifts the
    /// shield. Service managers decide (policy 000 §5); they need not be on the list.
    pub async fn set_shielded(
        &self,
        case_number: &str,
        on: bool,
    ) -> Result<crate::shield::ShieldReport, OperationError> {
        self.actor.require(Op::Shield)?;
        let report = if on {
            crate::shield::shield(self.catalog, self.sink, case_number).await?
        } else {
            crate::shield::unshield(self.catalog, self.sink, case_number).await?
        };
        self.mirror().await?;
        Ok(report)
    }

    /// Puts a user on a shielded case's access list, or takes them off. The service manager who
    /// names the people need not be on the list; the case must be shielded.
    pub async fn shield_access(
        &self,
        case_number: &str,
        user: &str,
        on: bool,
    ) -> Result<bool, OperationError> {
        self.actor.require(Op::Shield)?;
        if self.catalog.case(case_number)?.is_none() {
            return Err(OperationError::NoSuchCase(case_number.to_string()));
        }
        if self.catalog.user(user)?.is_none() {
            return Err(AccessError::UnknownUser(user.to_string()).into());
        }
        let changed = self
            .catalog
            .set_shield_access(case_number, user, &self.actor.name, on)?;
        if changed {
            self.catalog.log_contact(
                Some(case_number),
                None,
                if on {
                    "shield access granted"
                } else {
                    "shield access revoked"
                },
                user,
            )?;
        }
        self.mirror().await?;
        Ok(changed)
    }

    /// The case must exist and be visible to the actor (a shielded case off their list is
    /// reported exactly as a case that does not exist).
    fn manage(&self, case_number: &str) -> Result<(), OperationError> {
        match access::case_access(self.catalog, self.actor, case_number, CaseOp::Manage) {
            Ok(()) => Ok(()),
            // The same words either way; callers match on the operation's own variant.
            Err(AccessError::NoSuchCase(n)) => Err(OperationError::NoSuchCase(n)),
            Err(e) => Err(e.into()),
        }
    }

    fn check_principal(&self, principal: &str) -> Result<(), OperationError> {
        match principal.strip_prefix(catalog::people::GROUP_PREFIX) {
            Some(g) => access::check_user_name(g)?,
            None => {
                if self.catalog.user(principal)?.is_none() {
                    return Err(AccessError::UnknownUser(principal.to_string()).into());
                }
            }
        }
        Ok(())
    }

    async fn recompute(&self, case_number: &str, why: &str) -> Result<Recomputed, OperationError> {
        let changes =
            records::recompute_case(self.catalog, self.sink, self.schedules, case_number, why)
                .await?;
        Ok(Recomputed {
            case_number: case_number.to_string(),
            changes,
        })
    }

    async fn mirror(&self) -> Result<(), OperationError> {
        self.sink
            .mirror_records(self.catalog)
            .await
            .map(|_| ())
            .map_err(OperationError::Mirror)
    }
}
