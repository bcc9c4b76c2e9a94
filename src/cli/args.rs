//! The command line's arguments (clap): every command and its options, as `--help` shows them.

use super::*;

/// casevault: scans and e-mails in; legible, named, routed, sealed, retention-labelled records out.
#[derive(Parser)]
#[command(name = "casevault", version, about, long_about = None)]
pub(crate) struct Cli {
    /// Configuration file (default: config/casevault.toml if it exists).
    #[arg(long, global = true, env = "CASEVAULT_CONFIG")]
    pub(crate) config: Option<PathBuf>,
    /// Home folder for all state: store, catalog, quarantine, key file (default ./var).
    #[arg(long, global = true, env = "CASEVAULT_HOME")]
    pub(crate) home: Option<PathBuf>,
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Subcommand)]
pub(crate) enum Command {
    /// Run a pipeline (a file in pipelines/, by name or path).
    Run {
        /// Pipeline name (e.g. scanning-station) or path to its .toml file.
        pipeline: String,
        /// Process what is in the inbox now, then exit (default: keep watching).
        #[arg(long)]
        once: bool,
        /// Use this folder as the pipeline's inbox.
        #[arg(long)]
        inbox: Option<PathBuf>,
        /// Print one JSON object per document instead of a table (names only with --show-names,
        /// as in the table).
        #[arg(long)]
        json: bool,
        /// Say each document's original file name and canonical name (case name, case number,
        /// document name) in the per-document lines, the table and the JSON. Without it they say only
        /// the row's number, the outcome and its reason, the folder, the document id and the
        /// retention date: a watching run's output usually ends up in a log.
        #[arg(long)]
        show_names: bool,
    },
    /// Import a legacy shared drive ("G drive"): a tree of case folders, mapped to cases and
    /// case-file folders by MAPPING. The drive is only read. Resumable: files already filed are
    /// skipped by their SHA-256, so after a crash or Ctrl-C run the same command again.
    ImportTree {
        /// The top of the tree (one folder per case below it).
        dir: PathBuf,
        /// The mapping file (e.g. pipelines/g-drive-mapping.toml).
        #[arg(long)]
        map: PathBuf,
        /// The pipeline whose stages run (by name or path).
        #[arg(long, default_value = "g-drive")]
        pipeline: String,
        /// Store nothing: report what would happen to each file and why.
        #[arg(long)]
        dry_run: bool,
        /// Where the CSV report goes (default: {home}/reports/import-tree-TIME.csv).
        #[arg(long)]
        report: Option<PathBuf>,
        /// No progress bar or progress lines.
        #[arg(long)]
        quiet: bool,
        /// Share the import with other workers under this name: every worker that runs
        /// `import-tree` with the same NAME against the same catalog (a PostgreSQL
        /// `catalog_url`, or one SQLite home on one machine) takes batches of it. One walks
        /// the drive, all file. Resumable: run it again under the same NAME to carry on.
        #[arg(long, value_name = "NAME", conflicts_with = "dry_run")]
        shared: Option<String>,
        /// Files in each batch of a shared import.
        #[arg(long, default_value_t = 200, requires = "shared")]
        batch_files: usize,
        /// Seconds a batch stays a worker's without its heartbeat (then another takes it over).
        #[arg(long, default_value_t = 120, requires = "shared")]
        lease_s: u64,
    },
    /// Where a shared import stands, across every worker (`import-tree --shared NAME`).
    ImportStatus {
        /// The shared import's name.
        name: String,
        #[arg(long)]
        json: bool,
    },
    /// Import or update the case list from a legacy CMS export (CSV or JSON).
    ImportCases {
        /// The CMS export: CSV (columns: case_number, case_name, law_type, stage, status,
        /// closed_on, children, shielded) or JSON (a list of cases, or {"cases": [...]}, each
        /// with the same fields and children as [{name, dob, died}]).
        csv: PathBuf,
    },
    /// List stored documents.
    Ls {
        /// Only this case.
        #[arg(long)]
        case: Option<String>,
        /// One JSON object per line.
        #[arg(long)]
        json: bool,
    },
    /// Search the documents you may list: every word in the text (OCR, text layer, e-mail
    /// body) or in the name. End a word with * to match its beginning.
    Search {
        #[arg(required = true)]
        words: Vec<String>,
        /// Only this folder (such as court-orders).
        #[arg(long)]
        folder: Option<String>,
        /// Received on or after this date.
        #[arg(long)]
        from: Option<chrono::NaiveDate>,
        /// Received on or before this date.
        #[arg(long)]
        to: Option<chrono::NaiveDate>,
        /// One JSON object per line.
        #[arg(long)]
        json: bool,
    },
    /// Decrypt a stored document to a PDF file.
    Get {
        /// Document id (or a unique prefix of at least 6 characters).
        doc_id: String,
        /// Where to write the PDF.
        #[arg(short, long)]
        output: PathBuf,
        /// Why it is opened (recorded in the contact log with who and when).
        #[arg(long)]
        reason: Option<String>,
    },
    /// Quarantined files: the review queue.
    Quarantine {
        #[command(subcommand)]
        command: QuarantineCommand,
    },
    /// The routing model: train it, measure it.
    Route {
        #[command(subcommand)]
        command: RouteCommand,
    },
    /// Retention schedules.
    Retention {
        #[command(subcommand)]
        command: RetentionCommand,
    },
    /// Case events that move retention dates.
    Case {
        #[command(subcommand)]
        command: CaseCommand,
    },
    /// Holds (which stop destruction) and extensions (which keep a case longer).
    Hold {
        #[command(subcommand)]
        command: HoldCommand,
    },
    /// List what is due for destruction (dry run), or destroy it with --execute.
    Dispose {
        /// Destroy what is due and not held (crypto-shredding), recording each destruction.
        /// With two-person disposal on, this only finishes destructions already begun.
        #[arg(long, conflicts_with_all = ["approve", "confirm", "withdraw"])]
        execute: bool,
        /// Approve destroying what is due and not held: nothing is destroyed until a second
        /// records manager confirms the approval.
        #[arg(long, conflicts_with_all = ["confirm", "withdraw"])]
        approve: bool,
        /// Confirm another records manager's approval, by its number: what it lists is destroyed
        /// (each document checked again).
        #[arg(long, value_name = "APPROVAL")]
        confirm: Option<i64>,
        /// Withdraw an approval that is waiting, by its number.
        #[arg(long, value_name = "APPROVAL", conflicts_with = "confirm")]
        withdraw: Option<i64>,
        /// Take this as today's date (default: today).
        #[arg(long)]
        today: Option<chrono::NaiveDate>,
        /// One JSON object per line.
        #[arg(long)]
        json: bool,
    },
    /// The destruction record.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Key-encryption keys: the first ring, backup and restore, a new current key, list, rotate,
    /// retire.
    Keys {
        #[command(subcommand)]
        command: KeysCommand,
    },
    /// The web workspace: review queue, case files, search, records (see README "The workspace").
    Serve {
        /// Address and port to listen on (default: [web] listen, 127.0.0.1:8780).
        #[arg(long)]
        listen: Option<String>,
        /// Take this as today's date for disposal, as `dispose --today` (default: today).
        #[arg(long)]
        today: Option<chrono::NaiveDate>,
    },
    /// People: users, roles, groups, logins (administrators), and whether CASEVAULT_USER may
    /// name the acting user.
    Users {
        #[command(subcommand)]
        command: UsersCommand,
    },
    /// The catalog itself.
    Catalog {
        #[command(subcommand)]
        command: CatalogCommand,
    },
    /// Check every stored document: object present, opens with its key, unchanged, labelled.
    Verify {
        /// One JSON object per problem.
        #[arg(long)]
        json: bool,
    },
    /// Copies of a case file that leave casevault: a subject access PDF, or a sealed copy for a
    /// serious case review. Each is recorded in the contact log.
    Export {
        #[command(subcommand)]
        command: ExportCommand,
    },
    /// Check a serious case review copy offline, with its key alone (no home folder, catalog or
    /// key ring needed): it opens, and every file matches its manifest. Exit 1 otherwise.
    VerifyExport {
        /// The sealed copy (written by `casevault export review`).
        file: PathBuf,
        /// The environment variable that holds the passphrase it was sealed to.
        #[arg(
            long,
            conflicts_with = "identity",
            required_unless_present = "identity"
        )]
        passphrase_env: Option<String>,
        /// An age identity file (AGE-SECRET-KEY-1...) for a copy sealed to a recipient.
        #[arg(long)]
        identity: Option<PathBuf>,
    },
    /// The contact log: who did what, when (only the cases the acting user may see).
    Log {
        /// Only this case.
        #[arg(long)]
        case: Option<String>,
        /// Only what this user did.
        #[arg(long)]
        user: Option<String>,
        /// One JSON object per line.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
pub(crate) enum KeysCommand {
    /// Make the first key ring of a new installation (refused where documents already exist).
    Init {
        /// Make a new ring even though the catalog or store holds documents sealed under a lost
        /// one: they stay unreadable.
        #[arg(long)]
        force: bool,
    },
    /// Write a passphrase-protected backup of the key ring (age format, scrypt). The passphrase
    /// comes from CASEVAULT_KEY_PASSPHRASE, or is asked on the terminal.
    Export {
        /// The backup file to write (must not exist).
        file: PathBuf,
    },
    /// Restore the key ring from a backup written by `keys export` (never over a different one).
    Import {
        /// The backup file.
        file: PathBuf,
    },
    /// Make a new key the current one (new documents are wrapped under it; run `keys rotate`).
    New,
    /// List keys and how many documents and records each wraps (never key material).
    Ls {
        #[arg(long)]
        json: bool,
    },
    /// Re-wrap every data key under the current key (content is not touched; resumable).
    Rotate {
        /// Re-wrap at most this many envelopes now (run again to carry on).
        #[arg(long)]
        limit: Option<usize>,
        /// Then retire every other key that no envelope uses any more.
        #[arg(long)]
        retire_old: bool,
    },
    /// Retire a key (destroy its material) once no envelope uses it.
    Retire { key_id: String },
}

#[derive(Subcommand)]
pub(crate) enum UsersCommand {
    /// Add a user. The first user of an installation must be an administrator; it is mapped to
    /// the login running the command unless --login says otherwise.
    Add {
        name: String,
        /// business-services, practitioner, service-manager, records-manager or administrator;
        /// repeat for several.
        #[arg(long = "role", required = true)]
        roles: Vec<String>,
        /// The OS login that acts as this user (default: a login of the same name).
        #[arg(long)]
        login: Option<String>,
        /// A group to put the user in; repeat for several.
        #[arg(long = "group")]
        groups: Vec<String>,
    },
    /// List users, their roles, groups and logins.
    Ls {
        #[arg(long)]
        json: bool,
    },
    /// Disable a user: refused from their next command on (their records stay theirs).
    Disable { name: String },
    /// Enable a disabled user.
    Enable { name: String },
    /// Give a user a role.
    Grant { name: String, role: String },
    /// Take a role from a user.
    Revoke { name: String, role: String },
    /// Put a user in a group (allocate the group to cases with `case allocate N group:NAME`).
    Join { name: String, group: String },
    /// Take a user out of a group.
    Leave { name: String, group: String },
    /// Map an OS login to a user (`--none` removes the mapping).
    Login {
        name: String,
        #[arg(conflicts_with = "none", required_unless_present = "none")]
        login: Option<String>,
        #[arg(long)]
        none: bool,
    },
    /// Whether CASEVAULT_USER may name the acting user (off by default): on or off.
    AllowEnvUser {
        #[arg(value_parser = ["on", "off"])]
        state: String,
    },
    /// Whether every destruction needs two records managers on the command line too (off by
    /// default; the workspace always asks for two): on or off.
    TwoPersonDisposal {
        #[arg(value_parser = ["on", "off"])]
        state: String,
    },
    /// Who this command acts as, and with which roles.
    Whoami,
    /// Set a user's password for the web workspace (your own, or anyone's as an administrator).
    /// Read from CASEVAULT_PASSWORD if set, else asked twice on the terminal; with --generate a
    /// random one is made and printed once. Ends the user's workspace sessions.
    Passwd {
        name: String,
        #[arg(long)]
        generate: bool,
    },
}

#[derive(Subcommand)]
pub(crate) enum CatalogCommand {
    /// Recreate a lost catalog from the store and the key file (its search index included).
    Rebuild,
    /// Fill the workspace's search index again from the stored documents' own text.
    Reindex,
}

#[derive(Subcommand)]
pub(crate) enum CaseCommand {
    /// Close a case on a date; its documents' retention dates are computed again.
    Close {
        case_number: String,
        /// The closure date, YYYY-MM-DD.
        #[arg(long)]
        on: chrono::NaiveDate,
    },
    /// Reopen a closed case; dates that hung on the closure become pending again.
    Reopen { case_number: String },
    /// Allocate a user, or a group as group:NAME, to a case (service managers).
    Allocate {
        case_number: String,
        user_or_group: String,
    },
    /// Take an allocation away.
    Deallocate {
        case_number: String,
        user_or_group: String,
    },
    /// Put a user on a shielded case's access list (service managers).
    Grant { case_number: String, user: String },
    /// Take a user off a shielded case's access list.
    Revoke { case_number: String, user: String },
    /// Who is allocated to a case and, for a shielded case, who is on its access list.
    People {
        case_number: String,
        #[arg(long)]
        json: bool,
    },
    /// Shield a case: its documents are re-wrapped under a key of its own (resumable: run it
    /// again after an interruption).
    Shield { case_number: String },
    /// Lift a case's shield: its documents go back under the key ring's key and the case's own
    /// key is destroyed (resumable).
    Unshield { case_number: String },
}

#[derive(Subcommand)]
pub(crate) enum HoldCommand {
    /// Set a hold on one case, or the global hold.
    Set {
        #[arg(long, conflicts_with = "global", required_unless_present = "global")]
        case: Option<String>,
        #[arg(long)]
        global: bool,
        /// Why (recorded).
        #[arg(long)]
        reason: String,
    },
    /// Lift the holds on one case, or the global hold (the moratorium).
    Lift {
        #[arg(long, conflicts_with = "global", required_unless_present = "global")]
        case: Option<String>,
        #[arg(long)]
        global: bool,
    },
    /// Keep a case's documents until at least a date (policy 000 §10.3), with the reason.
    Extend {
        #[arg(long)]
        case: String,
        /// YYYY-MM-DD.
        #[arg(long)]
        until: chrono::NaiveDate,
        #[arg(long)]
        reason: String,
    },
    /// List holds and extensions in force (--all: lifted ones too).
    Ls {
        #[arg(long)]
        all: bool,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
pub(crate) enum AuditCommand {
    /// Check the destruction record's keyed chain and the store's anchor; names the first broken
    /// link.
    Verify,
    /// Print the destruction record, one JSON object per line.
    Ls,
}

#[derive(Subcommand)]
pub(crate) enum QuarantineCommand {
    /// List quarantined files and why.
    Ls {
        /// One JSON object per line.
        #[arg(long)]
        json: bool,
    },
    /// Decide a review-queue item: the case and folder it belongs in (and its name). The file
    /// goes back to its pipeline's inbox and is filed as decided on the next run; the decision
    /// then teaches routing.
    File {
        /// The item's number (`quarantine ls`).
        item: i64,
        /// The case it belongs to.
        #[arg(long = "case")]
        case_number: String,
        /// The folder of the case file (e.g. risk-and-safety).
        #[arg(long)]
        folder: String,
        /// The document name (default: what it is, where routing can tell; else its file name).
        #[arg(long)]
        name: Option<String>,
        /// Why (kept with the decision in the contact log).
        #[arg(long)]
        reason: Option<String>,
        /// The inbox to put it back into (default: its pipeline's).
        #[arg(long)]
        to: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
pub(crate) enum RouteCommand {
    /// Rebuild the routing model from the shipped training set and people's decisions.
    Train {
        /// The routing rules whose `[model]` to train.
        #[arg(long, default_value = "pipelines/routing.toml")]
        rules: PathBuf,
    },
    /// Route a labelled set (JSON lines, as pipelines/routing/training.jsonl) and print
    /// per-folder precision and recall and the share sent to review.
    Eval {
        /// The labelled set.
        set: PathBuf,
        #[arg(long, default_value = "pipelines/routing.toml")]
        rules: PathBuf,
        /// One JSON object.
        #[arg(long)]
        json: bool,
        /// Also list each wrongly filed example.
        #[arg(long)]
        mistakes: bool,
        /// Also list each example a person would file that went to review, with the reason.
        #[arg(long)]
        reviewed: bool,
        /// Also measure the rules alone and the model alone.
        #[arg(long)]
        compare: bool,
    },
}

#[derive(Subcommand)]
pub(crate) enum RetentionCommand {
    /// Evaluate scenarios: JSON lines on stdin, one answer per line on stdout.
    Eval,
    /// Show how a stored document's retention date was computed.
    Explain {
        /// Document id (or a unique prefix).
        doc_id: String,
    },
}

#[derive(Subcommand)]
pub(crate) enum ExportCommand {
    /// Subject access: one PDF (an index, then every document in folder order, pages numbered),
    /// leaving out legal advice and any folder the schedule marks sar_exempt; the index counts
    /// what was withheld and why. For the officer to review before release.
    Sar {
        /// The case number.
        #[arg(long)]
        case: String,
        /// The person the request is from or about (a subject child narrows nothing further
        /// yet; anyone else gets the whole file with a note to redact).
        #[arg(long)]
        subject: Option<String>,
        /// The PDF to write (must not exist; written mode 0600).
        #[arg(long)]
        out: PathBuf,
    },
    /// Serious case review: a dated archive of every document as stored, the contact log, the
    /// retention labels and a manifest of SHA-256s, sealed with age to a passphrase or to
    /// recipients (not to the key ring: it outlives the originals).
    Review {
        /// The case number.
        #[arg(long)]
        case: String,
        /// The file to write (must not exist); a folder: `review-CASE-DATE.tar.age` in it.
        #[arg(long)]
        out: PathBuf,
        /// The environment variable that holds the passphrase (at least 12 characters).
        #[arg(
            long,
            conflicts_with = "recipient",
            required_unless_present = "recipient"
        )]
        passphrase_env: Option<String>,
        /// An age recipient (age1...) to seal it to; repeat for several.
        #[arg(long)]
        recipient: Vec<String>,
    },
}
