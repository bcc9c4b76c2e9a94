//! Who may do what: users, roles, case allocation and shielded cases (issue 13).
//!
//! Every caller (the command line today, the web workspace later) first resolves an [`Actor`]
//! with [`resolve`] and then goes through the checks here: [`Actor::require`] for what is not
//! about one case, [`case_access`] for what is. The library operations that change or read
//! records take the actor and check for themselves ([`crate::operations::Records`],
//! [`crate::export`], [`Session`], the pipeline's [`crate::pipeline::Context`]), so no caller can
//! forget a check. The table the README prints is [`allowed`]; `tests/access.rs` runs it as a
//! matrix.
//!
//! A shielded case (policy 000 §5) does not exist for anyone not on its access list: every
//! refusal for it is the very error a case or document that does not exist gives
//! ([`AccessError::NoSuchCase`], [`CatalogError::NoSuchDocument`]), and every attempt, allowed or
//! refused, is written to the case's contact log with the user.

use std::collections::BTreeSet;
use std::fmt;

use serde::Serialize;
use thiserror::Error;

use crate::catalog::people::{UserRow, ALLOW_ENV_USER};
use crate::catalog::{Catalog, CatalogError, ContactEntry, DocumentRow, Hold, QuarantineRow};

/// The roles of policy 000's people. A user may hold several (a small service's records manager
/// is often its service manager too).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Business services officer: intake, the review queue, filing; reads only what they filed.
    BusinessServices,
    /// Reads (and, through intake, adds to) the cases they are allocated to.
    Practitioner,
    /// Allocates people to cases, names who may see a shielded case, keeps the case list; reads
    /// the cases it manages (every case it can see).
    ServiceManager,
    /// Holds, extensions, disposal, the destruction record, subject access and review copies.
    RecordsManager,
    /// Users and keys; reads no case content by this role alone.
    Administrator,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::BusinessServices,
        Role::Practitioner,
        Role::ServiceManager,
        Role::RecordsManager,
        Role::Administrator,
    ];

    /// As written in commands, the catalog and the README.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::BusinessServices => "business-services",
            Role::Practitioner => "practitioner",
            Role::ServiceManager => "service-manager",
            Role::RecordsManager => "records-manager",
            Role::Administrator => "administrator",
        }
    }

    /// Parses a role name (as [`Role::as_str`] writes it).
    pub fn parse(s: &str) -> Result<Role, AccessError> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| AccessError::UnknownRole(s.to_string()))
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What is not about one case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Op {
    /// Run a pipeline or a drive import: file what comes in.
    Intake,
    /// See the quarantine (the review queue).
    ReviewQueue,
    /// Import or update the case list from the CMS.
    ImportCases,
    /// Close or reopen a case.
    CaseEvents,
    /// Allocate people to cases.
    Allocate,
    /// Shield or unshield a case, and name who may see it.
    Shield,
    /// Set, lift and list holds and extensions.
    Holds,
    /// List what is due and destroy it.
    Dispose,
    /// Read and check the destruction record.
    Audit,
    /// Check every stored document is present and whole (opens no content for a person).
    VerifyStore,
    /// Key ring: back up, restore, rotate, retire.
    Keys,
    /// Add, change and disable users.
    Users,
    /// See the users.
    ListUsers,
    /// Rebuild the catalog from the store.
    Rebuild,
    /// Evaluate retention scenarios (no records read).
    RetentionEval,
}

impl Op {
    pub const ALL: [Op; 15] = [
        Op::Intake,
        Op::ReviewQueue,
        Op::ImportCases,
        Op::CaseEvents,
        Op::Allocate,
        Op::Shield,
        Op::Holds,
        Op::Dispose,
        Op::Audit,
        Op::VerifyStore,
        Op::Keys,
        Op::Users,
        Op::ListUsers,
        Op::Rebuild,
        Op::RetentionEval,
    ];

    /// In words, for refusals and the README.
    pub fn words(self) -> &'static str {
        match self {
            Op::Intake => "run intake (pipelines, drive imports)",
            Op::ReviewQueue => "see the review queue (quarantine)",
            Op::ImportCases => "import the case list",
            Op::CaseEvents => "close or reopen cases",
            Op::Allocate => "allocate people to cases",
            Op::Shield => "shield cases and name who may see them",
            Op::Holds => "set, lift and list holds and extensions",
            Op::Dispose => "list and carry out disposal",
            Op::Audit => "read and check the destruction record",
            Op::VerifyStore => "verify the store",
            Op::Keys => "manage keys",
            Op::Users => "manage users",
            Op::ListUsers => "list users",
            Op::Rebuild => "rebuild the catalog",
            Op::RetentionEval => "evaluate retention scenarios",
        }
    }
}

/// What is about one case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CaseOp {
    /// See its documents' names, folders and dates (`ls`, `retention explain`).
    List,
    /// Open a document (`get`, the web viewer).
    Read,
    /// See its contact log.
    Log,
    /// Subject access export (one PDF, legal advice withheld).
    ExportSar,
    /// Serious case review copy (every document as stored).
    ExportReview,
    /// Holds and extensions on it, closure and reopening (the roles of [`Op::Holds`] and
    /// [`Op::CaseEvents`] decide; this is the visibility check).
    Manage,
}

impl CaseOp {
    pub const ALL: [CaseOp; 6] = [
        CaseOp::List,
        CaseOp::Read,
        CaseOp::Log,
        CaseOp::ExportSar,
        CaseOp::ExportReview,
        CaseOp::Manage,
    ];

    pub fn words(self) -> &'static str {
        match self {
            CaseOp::List => "list the documents of",
            CaseOp::Read => "read documents of",
            CaseOp::Log => "read the contact log of",
            CaseOp::ExportSar => "make a subject access export of",
            CaseOp::ExportReview => "make a review copy of",
            CaseOp::Manage => "manage",
        }
    }
}

/// Which cases a role reaches with a [`CaseOp`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// No case.
    None,
    /// Only the documents the user filed (business services).
    Handled,
    /// The cases the user is allocated to, in person or through a group.
    Allocated,
    /// Every case the user can see.
    Every,
}

/// The role table for operations not about one case.
pub fn allowed(role: Role, op: Op) -> bool {
    use Op::*;
    use Role::*;
    match role {
        BusinessServices => matches!(op, Intake | ReviewQueue | RetentionEval),
        Practitioner => matches!(op, RetentionEval),
        ServiceManager => matches!(
            op,
            ImportCases | CaseEvents | Allocate | Shield | ListUsers | RetentionEval
        ),
        RecordsManager => matches!(op, Holds | Dispose | Audit | VerifyStore | RetentionEval),
        Administrator => matches!(
            op,
            Users | ListUsers | Keys | Rebuild | VerifyStore | Audit | RetentionEval
        ),
    }
}

/// The role table for operations on one case: which cases the role reaches.
pub fn reach(role: Role, op: CaseOp) -> Reach {
    use CaseOp::*;
    use Role::*;
    match (role, op) {
        (BusinessServices, List | Read) => Reach::Handled,
        (Practitioner, List | Read | Log) => Reach::Allocated,
        (ServiceManager, List | Read | Log | Manage) => Reach::Every,
        (RecordsManager, List | Log | ExportSar | ExportReview | Manage) => Reach::Every,
        _ => Reach::None,
    }
}

/// Errors of the checks.
#[derive(Debug, Error)]
pub enum AccessError {
    #[error(transparent)]
    Catalog(#[from] CatalogError),
    #[error("casevault has no users yet: an administrator makes the first with `casevault users add NAME --role administrator` (see the README, \"People and roles\")")]
    NoUsers,
    #[error("{0} is not a casevault user: an administrator adds them with `casevault users add` (or maps this login to a user with --login)")]
    UnknownUser(String),
    #[error("the casevault user {0} is disabled")]
    Disabled(String),
    #[error("CASEVAULT_USER is set, but an administrator has not allowed it here (`casevault users allow-env-user on`); unset it to act as your login")]
    EnvUserNotAllowed,
    #[error("cannot tell who is acting: no login name for this process (set by the OS) and no CASEVAULT_USER")]
    NoLogin,
    #[error("unknown role {0}: one of business-services, practitioner, service-manager, records-manager, administrator")]
    UnknownRole(String),
    #[error("{user} ({roles}) may not {what}")]
    Refused {
        user: String,
        roles: String,
        what: String,
    },
    /// Also what a shielded case gives to anyone off its list.
    #[error("case {0} is not in the case list")]
    NoSuchCase(String),
}

/// Errors of opening a document.
#[derive(Debug, Error)]
pub enum ReadError {
    #[error(transparent)]
    Access(#[from] AccessError),
    #[error(transparent)]
    Sink(#[from] crate::sink::SinkError),
}

impl From<CatalogError> for ReadError {
    fn from(e: CatalogError) -> Self {
        ReadError::Access(e.into())
    }
}

/// The person a command acts for, with their roles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub name: String,
    pub roles: BTreeSet<Role>,
}

impl Actor {
    /// An actor from a user row (unknown role names in the catalog are ignored: a role this
    /// version does not know grants nothing).
    pub fn from_user(u: &UserRow) -> Actor {
        Actor {
            name: u.name.clone(),
            roles: u.roles.iter().filter_map(|r| Role::parse(r).ok()).collect(),
        }
    }

    /// The installing account while there are no users: the person who holds the home folder
    /// and its key file, allowed only what setting up or recovering an installation needs
    /// (the first user, the key ring, a catalog rebuild).
    pub fn installer(login: &str) -> Actor {
        Actor {
            name: format!("installer:{login}"),
            roles: [Role::Administrator].into_iter().collect(),
        }
    }

    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    fn roles_text(&self) -> String {
        if self.roles.is_empty() {
            return "no role".to_string();
        }
        self.roles
            .iter()
            .map(|r| r.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Allowed if any of the actor's roles allows it.
    pub fn may(&self, op: Op) -> bool {
        self.roles.iter().any(|r| allowed(*r, op))
    }

    /// Refuses unless one of the actor's roles allows `op`.
    pub fn require(&self, op: Op) -> Result<(), AccessError> {
        if self.may(op) {
            Ok(())
        } else {
            Err(self.refused(op.words().to_string()))
        }
    }

    fn refused(&self, what: String) -> AccessError {
        AccessError::Refused {
            user: self.name.clone(),
            roles: self.roles_text(),
            what,
        }
    }

    /// The widest reach any of the actor's roles gives for `op`.
    fn reach(&self, op: CaseOp) -> Vec<Reach> {
        self.roles.iter().map(|r| reach(*r, op)).collect()
    }
}

/// Where the acting user comes from, as the caller found it (the library reads no environment).
#[derive(Debug, Clone, Default)]
pub struct Acting {
    /// `CASEVAULT_USER`.
    pub env_user: Option<String>,
    /// The OS login name of the person (under sudo, the person who ran sudo).
    pub login: Option<String>,
    /// `CASEVAULT_FIRST_USER` (`NAME:ROLE[,ROLE...]`): made as the first user when there are
    /// none, mapped to `login`. For unattended installs (containers, `make run`, tests), as
    /// paperless-ngx's PAPERLESS_ADMIN_USER; ignored once any user exists.
    pub first_user: Option<String>,
}

/// Who is acting. Refuses an unknown or disabled user, and `CASEVAULT_USER` where an
/// administrator has not allowed it, before anything of the records is read.
pub fn resolve(catalog: &Catalog, acting: &Acting) -> Result<Actor, AccessError> {
    if catalog.user_count()? == 0 {
        match (&acting.first_user, &acting.login) {
            (Some(spec), Some(login)) => {
                let (name, roles) = parse_first_user(spec)?;
                let role_names: Vec<&str> = roles.iter().map(|r| r.as_str()).collect();
                if catalog.add_user(
                    &name,
                    Some(login),
                    &role_names,
                    "CASEVAULT_FIRST_USER",
                    true,
                )? {
                    catalog.act_as(&name);
                    catalog.log_contact(
                        None,
                        None,
                        "user added",
                        &format!(
                            "{name} ({}), the first user, from CASEVAULT_FIRST_USER",
                            role_names.join(", ")
                        ),
                    )?;
                }
            }
            _ => return Err(AccessError::NoUsers),
        }
    }
    let user = match &acting.env_user {
        Some(name) => {
            if catalog.setting(ALLOW_ENV_USER)?.as_deref() != Some("on") {
                return Err(AccessError::EnvUserNotAllowed);
            }
            catalog
                .user(name)?
                .ok_or_else(|| AccessError::UnknownUser(name.clone()))?
        }
        None => {
            let login = acting.login.as_deref().ok_or(AccessError::NoLogin)?;
            catalog
                .user_for_login(login)?
                .ok_or_else(|| AccessError::UnknownUser(format!("the login {login}")))?
        }
    };
    if user.disabled {
        return Err(AccessError::Disabled(user.name));
    }
    catalog.act_as(&user.name);
    Ok(Actor::from_user(&user))
}

/// The actor `CASEVAULT_FIRST_USER` describes, before it is made (see [`resolve`]).
pub fn first_user_actor(spec: &str) -> Result<Actor, AccessError> {
    let (name, roles) = parse_first_user(spec)?;
    Ok(Actor {
        name,
        roles: roles.into_iter().collect(),
    })
}

fn parse_first_user(spec: &str) -> Result<(String, Vec<Role>), AccessError> {
    let (name, roles) = spec.split_once(':').unwrap_or((spec, "administrator"));
    let roles = roles
        .split(',')
        .map(|r| Role::parse(r.trim()))
        .collect::<Result<Vec<_>, _>>()?;
    if !roles.contains(&Role::Administrator) {
        return Err(AccessError::Refused {
            user: name.to_string(),
            roles: "CASEVAULT_FIRST_USER".to_string(),
            what: "be the first user without the administrator role (someone must manage users)"
                .to_string(),
        });
    }
    check_user_name(name)?;
    Ok((name.to_string(), roles))
}

/// A user name: letters, digits, `.`, `_`, `-`, `@`; not `group:...`.
pub fn check_user_name(name: &str) -> Result<(), AccessError> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '@'));
    if ok {
        Ok(())
    } else {
        Err(AccessError::UnknownUser(format!(
            "'{name}' (a user or group name is 1 to 64 letters, digits, '.', '_', '-' or '@')"
        )))
    }
}

/// Whether the actor can see a case at all: not shielded, or on its access list.
pub fn can_see(catalog: &Catalog, actor: &Actor, case_number: &str) -> Result<bool, AccessError> {
    Ok(!catalog.is_shielded(case_number)? || catalog.on_shield_list(case_number, &actor.name)?)
}

/// Checks `op` on a case. A case the actor cannot see, or that does not exist, gives
/// [`AccessError::NoSuchCase`]; a visible case the actor's roles do not reach gives
/// [`AccessError::Refused`]. Every attempt on a shielded case, and every refusal, is written to
/// the case's contact log. `Handled` reach (business services) passes here for a case they filed
/// into, and is narrowed per document by [`Session::documents`] and [`document_access`].
pub fn case_access(
    catalog: &Catalog,
    actor: &Actor,
    case_number: &str,
    op: CaseOp,
) -> Result<(), AccessError> {
    let exists = catalog.case(case_number)?.is_some() || has_documents(catalog, case_number)?;
    if !exists {
        return Err(AccessError::NoSuchCase(case_number.to_string()));
    }
    let shielded = catalog.is_shielded(case_number)?;
    if shielded && !catalog.on_shield_list(case_number, &actor.name)? {
        catalog.log_contact(
            Some(case_number),
            None,
            "access refused",
            &format!("shielded case: not on its access list ({})", op.words()),
        )?;
        return Err(AccessError::NoSuchCase(case_number.to_string()));
    }
    if !reaches_case(catalog, actor, case_number, op)? {
        catalog.log_contact(
            Some(case_number),
            None,
            "access refused",
            &format!("{} ({})", op.words(), actor.roles_text()),
        )?;
        return Err(actor.refused(format!("{} case {case_number}", op.words())));
    }
    if shielded {
        catalog.log_contact(
            Some(case_number),
            None,
            "shielded access",
            &format!("allowed: {} the case", op.words()),
        )?;
    }
    Ok(())
}

/// Whether any of the actor's roles reaches the case with `op` (visibility is checked apart).
fn reaches_case(
    catalog: &Catalog,
    actor: &Actor,
    case_number: &str,
    op: CaseOp,
) -> Result<bool, AccessError> {
    for r in actor.reach(op) {
        let ok = match r {
            Reach::None => false,
            Reach::Handled => catalog.handled_in_case(case_number, &actor.name)?,
            Reach::Allocated => catalog.is_allocated(case_number, &actor.name)?,
            Reach::Every => true,
        };
        if ok {
            return Ok(true);
        }
    }
    Ok(false)
}

fn has_documents(catalog: &Catalog, case_number: &str) -> Result<bool, CatalogError> {
    Ok(!catalog.documents(Some(case_number))?.is_empty())
}

/// Whether the actor reaches one document with `op` (business services: only those they filed).
fn reaches_document(
    catalog: &Catalog,
    actor: &Actor,
    doc: &DocumentRow,
    op: CaseOp,
) -> Result<bool, AccessError> {
    for r in actor.reach(op) {
        let ok = match r {
            Reach::None => false,
            Reach::Handled => catalog.handled_by(&doc.id, &actor.name)?,
            Reach::Allocated => catalog.is_allocated(&doc.case_number, &actor.name)?,
            Reach::Every => true,
        };
        if ok {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Finds a document by id (or prefix) and checks `op` on it. A document of a case the actor
/// cannot see gives the same error as a document that does not exist.
pub fn document_access(
    catalog: &Catalog,
    actor: &Actor,
    id: &str,
    op: CaseOp,
) -> Result<DocumentRow, AccessError> {
    let doc = catalog.document(id)?;
    if !can_see(catalog, actor, &doc.case_number)? {
        catalog.log_contact(
            Some(&doc.case_number),
            Some(&doc.id),
            "access refused",
            &format!("shielded case: not on its access list ({} it)", op.words()),
        )?;
        return Err(CatalogError::NoSuchDocument(id.to_string()).into());
    }
    if !reaches_document(catalog, actor, &doc, op)? {
        catalog.log_contact(
            Some(&doc.case_number),
            Some(&doc.id),
            "access refused",
            &format!("{} ({})", op.words(), actor.roles_text()),
        )?;
        return Err(actor.refused(format!("{} case {}", op.words(), doc.case_number)));
    }
    if catalog.is_shielded(&doc.case_number)? {
        catalog.log_contact(
            Some(&doc.case_number),
            Some(&doc.id),
            "shielded access",
            &format!("allowed: {} the case", op.words()),
        )?;
    }
    Ok(doc)
}

/// A person's reads of the records, each checked and (where it opens content) recorded.
pub struct Session<'a> {
    pub catalog: &'a Catalog,
    pub actor: &'a Actor,
}

/// What a search is narrowed to, besides its words.
#[derive(Debug, Clone, Default)]
pub struct SearchFilter {
    /// Only this folder (its id, such as `court-orders`).
    pub folder: Option<String>,
    /// Received on or after this date (YYYY-MM-DD).
    pub from: Option<String>,
    /// Received on or before this date (YYYY-MM-DD).
    pub to: Option<String>,
}

/// A document a search found, and the words around the match (none when only its name
/// matched).
#[derive(Debug, Clone, Serialize)]
pub struct Found {
    #[serde(flatten)]
    pub document: DocumentRow,
    pub snippet: Option<String>,
}

impl Session<'_> {
    /// The documents the actor may list: of one case, or of every case they reach. Shielded
    /// cases off the actor's list are not there at all.
    pub fn documents(&self, case: Option<&str>) -> Result<Vec<DocumentRow>, AccessError> {
        if let Some(c) = case {
            case_access(self.catalog, self.actor, c, CaseOp::List)?;
        }
        let mut out = Vec::new();
        // Per case, once: (visible, shielded); the listing of a case's documents asks for each.
        let mut cases: std::collections::BTreeMap<String, (bool, bool)> = Default::default();
        let mut seen_shielded = BTreeSet::new();
        for d in self.catalog.documents(case)? {
            let (visible, shielded) = match cases.get(&d.case_number) {
                Some(v) => *v,
                None => {
                    let v = (
                        can_see(self.catalog, self.actor, &d.case_number)?,
                        self.catalog.is_shielded(&d.case_number)?,
                    );
                    cases.insert(d.case_number.clone(), v);
                    v
                }
            };
            if !visible {
                continue;
            }
            if !reaches_document(self.catalog, self.actor, &d, CaseOp::List)? {
                continue;
            }
            if case.is_none() && shielded && seen_shielded.insert(d.case_number.clone()) {
                self.catalog.log_contact(
                    Some(&d.case_number),
                    None,
                    "shielded access",
                    "allowed: listed with every case",
                )?;
            }
            out.push(d);
        }
        Ok(out)
    }

    /// The cases the actor may list, without writing refusals (a listing asks of every case):
    /// shielded cases off their list are not there at all.
    pub fn cases(&self) -> Result<Vec<String>, AccessError> {
        let mut out = Vec::new();
        for c in self.catalog.case_numbers()? {
            if can_see(self.catalog, self.actor, &c)?
                && reaches_case(self.catalog, self.actor, &c, CaseOp::List)?
            {
                out.push(c);
            }
        }
        Ok(out)
    }

    /// A document's metadata, for `retention explain` and the like.
    pub fn document(&self, id: &str) -> Result<DocumentRow, AccessError> {
        document_access(self.catalog, self.actor, id, CaseOp::List)
    }

    /// Checks and records the opening of a document (who, when, which, why), before its bytes
    /// are fetched: a read that is not recorded does not happen.
    pub fn open_document(
        &self,
        id: &str,
        reason: Option<&str>,
    ) -> Result<DocumentRow, AccessError> {
        let doc = document_access(self.catalog, self.actor, id, CaseOp::Read)?;
        self.catalog.log_contact(
            Some(&doc.case_number),
            Some(&doc.id),
            "read",
            &match reason {
                Some(r) => format!("opened: {r}"),
                None => "opened (no reason given)".to_string(),
            },
        )?;
        Ok(doc)
    }

    /// Searches what the actor may list: every word must be in the document's indexed text (the
    /// best matches first), or else in its name. The workspace's search and `casevault search`
    /// both come here, so neither can find a document the actor may not list.
    pub fn search(
        &self,
        words: &str,
        filter: &SearchFilter,
        limit: usize,
    ) -> Result<Vec<Found>, AccessError> {
        let words = words.trim();
        if words.is_empty() {
            return Ok(Vec::new());
        }
        let visible: std::collections::BTreeMap<String, DocumentRow> = self
            .documents(None)?
            .into_iter()
            .map(|d| (d.id.clone(), d))
            .collect();
        let mut seen = BTreeSet::new();
        let mut found = Vec::new();
        for hit in self.catalog.search_text(words, limit)? {
            if let Some(d) = visible.get(&hit.document_id) {
                if seen.insert(d.id.clone()) {
                    found.push(Found {
                        document: d.clone(),
                        snippet: Some(hit.snippet),
                    });
                }
            }
        }
        let lower: Vec<String> = words
            .split_whitespace()
            .map(|w| w.trim_end_matches('*').to_lowercase())
            .collect();
        for d in visible.values() {
            let name = d.name.to_lowercase();
            if !seen.contains(&d.id) && lower.iter().all(|w| name.contains(w.as_str())) {
                seen.insert(d.id.clone());
                found.push(Found {
                    document: d.clone(),
                    snippet: None,
                });
            }
        }
        let f = filter;
        found.retain(|x| {
            let d = &x.document;
            f.folder.as_deref().is_none_or(|w| d.folder == w)
                && f.from
                    .as_deref()
                    .is_none_or(|w| d.received_at.as_str() >= w)
                && f.to
                    .as_deref()
                    .is_none_or(|w| d.received_at.get(..10).unwrap_or("") <= w)
        });
        found.truncate(limit);
        Ok(found)
    }

    /// Opens a document for the actor: checked, recorded (before the bytes are fetched), then
    /// decrypted. The web viewer and `get` both come here.
    pub async fn read_document(
        &self,
        sink: &crate::sink::Sink,
        id: &str,
        reason: Option<&str>,
    ) -> Result<Vec<u8>, ReadError> {
        let doc = self.open_document(id, reason)?;
        Ok(sink.fetch(&doc).await?)
    }

    /// The contact log the actor may see: of one case, and/or of what one user did. Entries of
    /// cases the actor does not reach are left out; entries about no case (users, keys) are for
    /// administrators, service managers and records managers.
    pub fn contact_log(
        &self,
        case: Option<&str>,
        user: Option<&str>,
    ) -> Result<Vec<ContactEntry>, AccessError> {
        if let Some(c) = case {
            case_access(self.catalog, self.actor, c, CaseOp::Log)?;
        }
        let general = self.actor.has(Role::Administrator)
            || self.actor.has(Role::ServiceManager)
            || self.actor.has(Role::RecordsManager);
        let mut reach_cache = std::collections::BTreeMap::new();
        let mut out = Vec::new();
        for e in self.catalog.contact_log_of(case, user)? {
            let ok = match &e.case_number {
                None => general,
                Some(c) => match reach_cache.get(c) {
                    Some(ok) => *ok,
                    None => {
                        let ok = self.reaches_log(c)?;
                        reach_cache.insert(c.clone(), ok);
                        ok
                    }
                },
            };
            if ok {
                out.push(e);
            }
        }
        Ok(out)
    }

    fn reaches_log(&self, case: &str) -> Result<bool, AccessError> {
        if !can_see(self.catalog, self.actor, case)? {
            return Ok(false);
        }
        for r in self.actor.reach(CaseOp::Log) {
            let ok = match r {
                Reach::None | Reach::Handled => false,
                Reach::Allocated => self.catalog.is_allocated(case, &self.actor.name)?,
                Reach::Every => true,
            };
            if ok {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// The review queue.
    pub fn quarantine(&self) -> Result<Vec<QuarantineRow>, AccessError> {
        self.actor.require(Op::ReviewQueue)?;
        Ok(self.catalog.quarantine()?)
    }

    /// Holds and extensions; those on shielded cases the actor cannot see say `shielded case`
    /// in place of the case number (a hold binds whether or not its reader may see the case).
    pub fn holds(&self, all: bool) -> Result<Vec<Hold>, AccessError> {
        self.actor.require(Op::Holds)?;
        let mut holds = self.catalog.holds(all)?;
        for h in &mut holds {
            if h.scope != crate::catalog::holds::GLOBAL
                && !can_see(self.catalog, self.actor, &h.scope)?
            {
                h.scope = HIDDEN_CASE.to_string();
                h.reason = String::new();
            }
        }
        Ok(holds)
    }
}

/// What stands for a case number the reader may not see, where a row must still be counted
/// (disposal, holds): the destruction dates bind on every case.
pub const HIDDEN_CASE: &str = "(shielded case)";
