//! The review queue's decisions and what routing learns from them.
//!
//! A document routing could not place waits in quarantine as `needs-review` (or `unknown-case`,
//! `ambiguous-case`, `no-case-number`: a person can name the case too). A business services
//! officer decides it: which case, which folder, and optionally which name. The decision is kept
//! in the catalog and the original goes back into the inbox of the pipeline that read it, so it
//! is filed through every stage like any other document (naming, retention, sealing, the
//! contact log, which records who decided); nothing is filed by a side door. Once stored, the
//! decision becomes a labelled routing example, and the next run trains a model that includes it:
//! a similar document is then filed without a person (`tests/routing_learns.rs`).
//!
//! `route train` and `route eval` are here too; the model a run uses is `pipeline::model`'s.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::access::{self, AccessError, Actor, Op};
use crate::catalog::routing::FilingDecision;
use crate::catalog::{Catalog, CatalogError};
use crate::document::{Folder, QuarantineReason};
use crate::pipeline::definition::{self, RawPipeline};
use crate::stages::classify::Example;
use crate::stages::routing::{self, Rules};

/// Errors of the review queue and of training.
#[derive(Debug, thiserror::Error)]
pub enum ReviewError {
    #[error(transparent)]
    Catalog(#[from] CatalogError),
    #[error(transparent)]
    Access(#[from] AccessError),
    #[error("routing model: {0}")]
    Model(String),
    #[error("no review-queue item {0}: run `casevault quarantine ls` to see them")]
    NoSuchItem(i64),
    #[error("review-queue item {id} is quarantined as {reason}: a person's decision cannot mend that; fix the file and put it back in the inbox")]
    NotDecidable { id: i64, reason: String },
    #[error(
        "review-queue item {0}: its file is no longer in quarantine (moved or already retried)"
    )]
    FileGone(i64),
    #[error("say why: a reason is required to set an item aside")]
    NoReason,
    #[error("no open rescan request {0}")]
    NoSuchRescan(i64),
    #[error("unknown folder '{0}': one of {1}")]
    UnknownFolder(String, String),
    #[error("cannot find the inbox of pipeline {pipeline}: {why}; say where with --to INBOX")]
    NoInbox { pipeline: String, why: String },
    #[error("cannot move {from} to {to}: {source}")]
    Move {
        from: PathBuf,
        to: PathBuf,
        source: std::io::Error,
    },
}

/// The reasons a person's decision resolves: which case, or which folder.
pub fn decidable(reason: QuarantineReason) -> bool {
    matches!(
        reason,
        QuarantineReason::NeedsReview
            | QuarantineReason::UnknownCase
            | QuarantineReason::AmbiguousCase
            | QuarantineReason::NoCaseNumber
    )
}

/// What `route train` did.
#[derive(Debug, Clone, Serialize)]
pub struct TrainReport {
    pub version: String,
    pub examples: usize,
    pub person_examples: usize,
    pub classes: usize,
    pub temperature: f32,
}

/// Rebuilds the model from the examples (whatever is cached) and caches it.
pub fn train(catalog: &Catalog, actor: &Actor, rules: &Rules) -> Result<TrainReport, ReviewError> {
    actor.require(Op::Intake)?;
    if rules.model_settings.is_none() {
        return Err(ReviewError::Model(
            "these routing rules have no [model] section".into(),
        ));
    }
    let model = crate::pipeline::model::train_now(catalog, rules).map_err(ReviewError::Model)?;
    Ok(TrainReport {
        version: model.version.clone(),
        examples: model.examples,
        person_examples: model.person_examples,
        classes: model.classes.len(),
        temperature: model.temperature,
    })
}

/// A person's decision on a review-queue item.
#[derive(Debug, Clone)]
pub struct Decide {
    pub item: i64,
    pub case_number: String,
    pub folder: String,
    /// The document name; `None` leaves it to the pipeline (its kind, else its file name).
    pub document_name: Option<String>,
    pub reason: Option<String>,
    /// The inbox to put the original back into; `None`: the inbox of the pipeline that read it.
    pub to: Option<PathBuf>,
}

/// Where a decided item went.
#[derive(Debug, Clone, Serialize)]
pub struct Decided {
    pub item: i64,
    pub moved_to: PathBuf,
}

/// Decides a review-queue item: records the decision, writes it to the case's contact log and
/// puts the original back into an inbox, where the pipeline files it as decided.
pub fn decide(
    catalog: &Catalog,
    actor: &Actor,
    config: &crate::config::Config,
    d: &Decide,
) -> Result<Decided, ReviewError> {
    actor.require(Op::ReviewQueue)?;
    let folder = Folder::parse(&d.folder).ok_or_else(|| {
        ReviewError::UnknownFolder(d.folder.clone(), Folder::ALL.map(|f| f.as_str()).join(", "))
    })?;
    let item = catalog
        .quarantine()?
        .into_iter()
        .find(|q| q.id == d.item)
        .ok_or(ReviewError::NoSuchItem(d.item))?;
    let reason = QuarantineReason::from_code(&item.reason);
    if !reason.is_some_and(decidable) {
        return Err(ReviewError::NotDecidable {
            id: d.item,
            reason: item.reason.clone(),
        });
    }
    // The case must be one the person may see (a shielded case they are not on does not exist).
    if catalog.case(&d.case_number)?.is_none() || !access::can_see(catalog, actor, &d.case_number)?
    {
        return Err(AccessError::NoSuchCase(d.case_number.clone()).into());
    }
    let from = PathBuf::from(&item.path);
    if !from.exists() {
        return Err(ReviewError::FileGone(d.item));
    }
    let inbox = match &d.to {
        Some(t) => t.clone(),
        None => inbox_of(config, &item.pipeline)?,
    };
    let name = document_name_ok(d.document_name.as_deref())?;
    catalog.put_filing_decision(&FilingDecision {
        sha256: item.sha256.clone(),
        case_number: d.case_number.clone(),
        folder: folder.as_str().to_string(),
        document_name: name.clone(),
        user_name: actor.name.clone(),
        reason: d.reason.clone(),
    })?;
    catalog.log_contact(
        Some(&d.case_number),
        None,
        "review decision",
        &format!(
            "review-queue item {} ({}) to be filed in {folder}{}{}",
            d.item,
            item.reason,
            name.as_deref()
                .map(|n| format!(" as \"{n}\""))
                .unwrap_or_default(),
            d.reason
                .as_deref()
                .map(|r| format!(": {r}"))
                .unwrap_or_default()
        ),
    )?;
    let to = free_name(&inbox, &item.original_name);
    crate::quarantine::move_file(&from, &to).map_err(|source| ReviewError::Move {
        from: from.clone(),
        to: to.clone(),
        source,
    })?;
    // The note beside it is the quarantine's; the catalog's row goes with the file.
    let _ = std::fs::remove_file(crate::quarantine::note_of(&from));
    catalog.remove_quarantine(d.item)?;
    Ok(Decided {
        item: d.item,
        moved_to: to,
    })
}

/// What a person does with a review-queue item instead of filing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetAsideAction {
    /// Not a case document (a blank sheet, another service's post): kept, never filed.
    Reject,
    /// The scan cannot be read: the scanning station is asked to scan the paper again, and the
    /// original must not be destroyed until it has been.
    Rescan,
}

impl SetAsideAction {
    pub fn as_str(self) -> &'static str {
        match self {
            SetAsideAction::Reject => "rejected",
            SetAsideAction::Rescan => "rescan",
        }
    }
}

/// Takes an item off the review queue without filing it: the file is kept in the quarantine's
/// `set-aside` folder (nothing is lost), the reason recorded, the contact log told. A reason is
/// required: the record must say why a document someone sent was not filed.
pub fn set_aside(
    catalog: &Catalog,
    actor: &Actor,
    item: i64,
    action: SetAsideAction,
    note: &str,
) -> Result<i64, ReviewError> {
    actor.require(Op::ReviewQueue)?;
    let note = note.trim();
    if note.is_empty() {
        return Err(ReviewError::NoReason);
    }
    let row = catalog
        .quarantine()?
        .into_iter()
        .find(|q| q.id == item)
        .ok_or(ReviewError::NoSuchItem(item))?;
    let from = PathBuf::from(&row.path);
    if !from.exists() {
        return Err(ReviewError::FileGone(item));
    }
    let dir = from
        .parent()
        .map(|p| p.join("set-aside"))
        .unwrap_or_else(|| PathBuf::from("set-aside"));
    crate::private_fs::create_private_dir_all(&dir).map_err(|source| ReviewError::Move {
        from: from.clone(),
        to: dir.clone(),
        source,
    })?;
    let to = free_name(&dir, &format!("{item}-{}", row.original_name));
    crate::quarantine::move_file(&from, &to).map_err(|source| ReviewError::Move {
        from: from.clone(),
        to: to.clone(),
        source,
    })?;
    let note_file = crate::quarantine::note_of(&from);
    if note_file.exists() {
        let _ = crate::quarantine::move_file(&note_file, &crate::quarantine::note_of(&to));
    }
    let id = catalog.set_aside_item(&row, action.as_str(), note, &to.to_string_lossy())?;
    catalog.log_contact(
        None,
        None,
        match action {
            SetAsideAction::Reject => "review rejected",
            SetAsideAction::Rescan => "rescan requested",
        },
        &format!("review-queue item {item} ({}): {note}", row.reason),
    )?;
    Ok(id)
}

/// Closes a rescan request: the paper was scanned again.
pub fn finish_rescan(catalog: &Catalog, actor: &Actor, id: i64) -> Result<(), ReviewError> {
    actor.require(Op::ReviewQueue)?;
    if !catalog.finish_rescan(id)? {
        return Err(ReviewError::NoSuchRescan(id));
    }
    catalog.log_contact(None, None, "rescan done", &format!("rescan request {id}"))?;
    Ok(())
}

fn document_name_ok(name: Option<&str>) -> Result<Option<String>, ReviewError> {
    Ok(name
        .map(crate::stages::naming::safe_part)
        .filter(|n| !n.is_empty()))
}

/// A name in `dir` not yet taken: the original's, else with ` (2)`, ` (3)` before the extension.
fn free_name(dir: &Path, name: &str) -> PathBuf {
    let first = dir.join(name);
    if !first.exists() {
        return first;
    }
    let (stem, ext) = match name.rsplit_once('.') {
        Some((s, e)) => (s, format!(".{e}")),
        None => (name, String::new()),
    };
    (2..)
        .map(|n| dir.join(format!("{stem} ({n}){ext}")))
        .find(|p| !p.exists())
        .expect("some number is free")
}

/// The inbox of the pipeline named in a quarantine row (as `run` would find it).
fn inbox_of(config: &crate::config::Config, pipeline: &str) -> Result<PathBuf, ReviewError> {
    let no = |why: String| ReviewError::NoInbox {
        pipeline: pipeline.to_string(),
        why,
    };
    let file = definition::resolve(pipeline);
    let mut plan = RawPipeline::load(&file)
        .and_then(|r| r.validate(&file, None))
        .map_err(|e| no(e.to_string()))?;
    let schedules = crate::retention::ScheduleSet::load_dir(&config.schedules_dir)
        .map_err(|e| no(e.to_string()))?;
    plan.fit(config, &schedules)
        .map_err(|e| no(e.to_string()))?;
    plan.folder()
        .map(|f| f.inbox.clone())
        .ok_or_else(|| no("it imports a tree and has no inbox".into()))
}

/// Per-folder figures of an evaluation.
#[derive(Debug, Clone, Default, Serialize)]
pub struct FolderFigures {
    pub folder: String,
    /// Documents of this folder in the set.
    pub documents: usize,
    /// Of those, filed automatically (to any folder).
    pub filed: usize,
    /// Filed to this folder, rightly.
    pub right: usize,
    /// Filed to this folder, wrongly (another folder's, or a document nobody could place).
    pub wrong_in: usize,
}

impl FolderFigures {
    pub fn precision(&self) -> f64 {
        ratio(self.right, self.right + self.wrong_in)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.right, self.documents)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// What `route eval` measures on a labelled set.
#[derive(Debug, Clone, Default, Serialize)]
pub struct EvalReport {
    pub documents: usize,
    /// Documents a person would file (a kind), and how many were filed automatically.
    pub placeable: usize,
    pub filed: usize,
    pub filed_right: usize,
    /// Documents nobody could place, and how many were filed all the same.
    pub unplaceable: usize,
    pub unplaceable_filed: usize,
    /// Filed documents whose name is the kind's name (in the document's language).
    pub named_right: usize,
    /// Documents with a record class in the set: how many got it, how many got another.
    pub classed: usize,
    pub class_right: usize,
    pub class_wrong: usize,
    pub folders: Vec<FolderFigures>,
    /// Each wrong filing: example id, true folder, filed folder, by what.
    pub mistakes: Vec<(String, String, String, String)>,
    /// Each placeable example sent to review: example id, true folder, the reason a person reads.
    pub reviewed: Vec<(String, String, String)>,
    /// The same figures for each language of the set (`en`, `cy`): Welsh documents are to be
    /// routed as well as English ones (policy 003), and this shows whether they are.
    pub languages: Vec<LanguageFigures>,
}

/// `route eval`'s figures for the documents of one language.
#[derive(Debug, Clone, Default, Serialize)]
pub struct LanguageFigures {
    pub language: String,
    pub placeable: usize,
    pub filed: usize,
    pub filed_right: usize,
    /// Filed documents nobody could place.
    pub unplaceable_filed: usize,
}

impl LanguageFigures {
    /// Share of placeable documents filed automatically.
    pub fn automatic(&self) -> f64 {
        ratio(self.filed, self.placeable)
    }
    /// Share of filed documents in the right folder.
    pub fn precision(&self) -> f64 {
        ratio(self.filed_right, self.filed + self.unplaceable_filed)
    }
}

impl EvalReport {
    /// Share of placeable documents filed automatically.
    pub fn automatic(&self) -> f64 {
        ratio(self.filed, self.placeable)
    }
    /// Share of filed documents in the right folder.
    pub fn precision(&self) -> f64 {
        ratio(self.filed_right, self.filed + self.unplaceable_filed)
    }
}

/// Routes every example of a labelled set and counts. `kinds` gives each kind's folder.
pub fn evaluate(rules: &Rules, set: &[Example]) -> Result<EvalReport, ReviewError> {
    let mut r = EvalReport {
        folders: Folder::ALL
            .iter()
            .map(|f| FolderFigures {
                folder: f.as_str().into(),
                ..Default::default()
            })
            .collect(),
        ..Default::default()
    };
    let idx = |f: Folder| Folder::ALL.iter().position(|g| *g == f).expect("a folder");
    let case_number = regex::Regex::new(r"[A-Z]{2}\d{2}[A-Z]\d{5}").expect("valid");
    for ex in set {
        r.documents += 1;
        let truth = match &ex.kind {
            None => None,
            Some(k) => Some(rules.kinds.iter().find(|x| &x.id == k).ok_or_else(|| {
                ReviewError::Model(format!("example {}: unknown kind {k}", ex.id))
            })?),
        };
        let conventional = crate::stages::naming::parse_conventional(&ex.file_name, &case_number);
        let name = conventional
            .as_ref()
            .map(|c| c.document_name.clone())
            .unwrap_or_else(|| ex.file_name.clone());
        let input = routing::RoutingInput {
            name: &name,
            text: &ex.text,
            sender: &ex.sender,
            subject: &ex.subject,
            source: &ex.source,
            part: &ex.part,
            named: conventional.is_some(),
        };
        let routed = rules.route(&input);
        let lang = match r.languages.iter().position(|l| l.language == ex.language) {
            Some(i) => i,
            None => {
                r.languages.push(LanguageFigures {
                    language: ex.language.clone(),
                    ..Default::default()
                });
                r.languages.len() - 1
            }
        };
        if let Some(class) = &ex.record_class {
            r.classed += 1;
            match rules.record_class(&input) {
                Some(c) if &c == class => r.class_right += 1,
                Some(_) => r.class_wrong += 1,
                None => {}
            }
        }
        match (truth, &routed) {
            (None, Ok(d)) => {
                r.unplaceable += 1;
                r.unplaceable_filed += 1;
                r.languages[lang].unplaceable_filed += 1;
                r.folders[idx(d.folder)].wrong_in += 1;
                r.mistakes.push((
                    ex.id.clone(),
                    "(none)".into(),
                    d.folder.to_string(),
                    d.rule.clone(),
                ));
            }
            (None, Err(_)) => r.unplaceable += 1,
            (Some(kind), Ok(d)) => {
                r.placeable += 1;
                r.filed += 1;
                r.languages[lang].placeable += 1;
                r.languages[lang].filed += 1;
                let f = idx(kind.folder());
                r.folders[f].documents += 1;
                r.folders[f].filed += 1;
                if d.folder == kind.folder() {
                    r.filed_right += 1;
                    r.languages[lang].filed_right += 1;
                    r.folders[f].right += 1;
                    let welsh = ex.language == "cy";
                    let expected = conventional
                        .as_ref()
                        .map(|c| c.document_name.clone())
                        .unwrap_or_else(|| kind.name_in(welsh).to_string());
                    if conventional.is_some() || d.document_name.eq_ignore_ascii_case(&expected) {
                        r.named_right += 1;
                    }
                } else {
                    r.folders[idx(d.folder)].wrong_in += 1;
                    r.mistakes.push((
                        ex.id.clone(),
                        kind.folder.clone(),
                        d.folder.to_string(),
                        d.rule.clone(),
                    ));
                }
            }
            (Some(kind), Err(q)) => {
                r.placeable += 1;
                r.languages[lang].placeable += 1;
                r.folders[idx(kind.folder())].documents += 1;
                r.reviewed
                    .push((ex.id.clone(), kind.folder.clone(), q.detail.clone()));
            }
        }
    }
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `route eval`'s counting, on rules alone (no model: what no rule is sure of waits for a
    /// person): filed right, filed wrong, an unplaceable document filed, one sent to review with
    /// the reason a person reads, and each counted under its language.
    #[test]
    fn evaluate_counts_by_folder_and_language_and_lists_what_went_to_review() {
        let mut rules = Rules::parse(
            "min_score = 3\nmargin = 1\nsure_score = 6\n\
             [[rule]]\nid='police'\nfolder='police-information'\ndocument_name='PNC disclosure'\n\
             match=[{on='sender',pattern='police\\.uk$',weight=6}]\n",
        )
        .unwrap();
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        rules.kinds =
            crate::stages::classify::load_kinds(&root.join("pipelines/routing/kinds.toml"))
                .unwrap();
        let ex = |id: &str, kind: Option<&str>, language: &str, sender: &str, text: &str| Example {
            id: id.into(),
            kind: kind.map(str::to_string),
            language: language.into(),
            sender: sender.into(),
            text: text.into(),
            file_name: "scan0001.pdf".into(),
            ..Default::default()
        };
        let set = [
            ex(
                "a",
                Some("pnc-disclosure"),
                "en",
                "pnc@tvp.police.uk",
                "no trace",
            ),
            ex(
                "b",
                Some("welcome-letter"),
                "cy",
                "",
                "Annwyl deulu, croeso",
            ),
            ex(
                "c",
                None,
                "en",
                "canteen@tvp.police.uk",
                "menu for the week",
            ),
            ex(
                "d",
                Some("court-order"),
                "cy",
                "llys@dyfed.police.uk",
                "gorchymyn",
            ),
        ];
        let r = evaluate(&rules, &set).unwrap();
        assert_eq!(
            (r.documents, r.placeable, r.filed, r.filed_right),
            (4, 3, 2, 1)
        );
        assert_eq!((r.unplaceable, r.unplaceable_filed), (1, 1));
        assert_eq!(r.named_right, 1, "filed right under the kind's name");
        let police = r
            .folders
            .iter()
            .find(|f| f.folder == "police-information")
            .unwrap();
        assert_eq!((police.documents, police.filed, police.right), (1, 1, 1));
        assert_eq!(police.wrong_in, 2, "the court order and the menu");
        let mut wrong: Vec<&str> = r.mistakes.iter().map(|m| m.0.as_str()).collect();
        wrong.sort();
        assert_eq!(wrong, ["c", "d"]);
        assert_eq!(r.reviewed.len(), 1);
        let (id, folder, why) = &r.reviewed[0];
        assert_eq!((id.as_str(), folder.as_str()), ("b", "correspondence"));
        assert!(why.starts_with(routing::NO_RULE_SURE), "{why}");
        let lang = |l: &str| r.languages.iter().find(|x| x.language == l).unwrap();
        assert_eq!(
            (
                lang("en").placeable,
                lang("en").filed,
                lang("en").filed_right
            ),
            (1, 1, 1)
        );
        assert_eq!(lang("en").unplaceable_filed, 1);
        assert_eq!(
            (
                lang("cy").placeable,
                lang("cy").filed,
                lang("cy").filed_right
            ),
            (2, 1, 0)
        );
        assert!((r.automatic() - 2.0 / 3.0).abs() < 1e-9);
        assert!((r.precision() - 1.0 / 3.0).abs() < 1e-9);
        assert!((lang("cy").automatic() - 0.5).abs() < 1e-9);
    }
}
