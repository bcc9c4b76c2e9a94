//! The operations a person asks for, called as a library (as the web workspace will call them):
//! each writes its own contact-log entries and mirrors the records to the store, with nothing
//! left for the caller to remember.

mod support;

use casevault::access::{Actor, Role};
use casevault::config::Config;
use casevault::operations::{HoldScope, OperationError, Records};
use casevault::retention::ScheduleSet;
use casevault::sink::Sink;
use support::cli::{repo, store_files};

#[tokio::test]
async fn each_operation_logs_itself_and_mirrors_the_records() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    std::env::set_current_dir(repo()).unwrap();
    let config = Config::load(None, Some(&home)).unwrap();
    let schedules = ScheduleSet::load_dir(&config.schedules_dir).unwrap();
    let sink = Sink::open(&config).await.unwrap();
    let catalog = casevault::sink::open_catalog(&config).unwrap();
    // The library takes the acting user as it is; the command line resolves it from the catalog.
    let actor = Actor {
        name: "tester".into(),
        roles: [Role::ServiceManager, Role::RecordsManager]
            .into_iter()
            .collect(),
    };
    catalog.act_as(&actor.name);
    let records = Records {
        catalog: &catalog,
        sink: &sink,
        schedules: &schedules,
        actor: &actor,
    };
    let store = home.join("store");
    let mirrored = || store_files(&store).len();

    let cases = casevault::catalog::cases::read_case_list(
        &repo().join("test-data/cases.csv"),
        &config.case_number,
    )
    .unwrap();
    let (report, moved) = records.import_cases(&cases).await.unwrap();
    assert_eq!(report.added, cases.len());
    assert!(moved.is_empty(), "nothing was updated, so no date moved");
    let log = catalog.contact_log(None).unwrap();
    assert_eq!(
        log.iter().filter(|e| e.action == "case imported").count(),
        cases.len()
    );
    let after_import = mirrored();
    assert!(
        after_import > 0,
        "the case list was not mirrored to the store"
    );

    // Closing a case: the event is logged and the mirror is written again.
    let moved = records
        .set_case_closed("LS24P01234", chrono::NaiveDate::from_ymd_opt(2025, 3, 31))
        .await
        .unwrap();
    assert_eq!(moved.case_number, "LS24P01234");
    let log = catalog.contact_log(Some("LS24P01234")).unwrap();
    assert!(
        log.iter()
            .any(|e| e.action == "case event" && e.detail == "case closed on 2025-03-31"),
        "{log:?}"
    );

    // A case that is not in the list: refused, and nothing logged about it.
    let before = catalog.contact_log(None).unwrap().len();
    match records.set_case_closed("XX99X99999", None).await {
        Err(OperationError::NoSuchCase(n)) => assert_eq!(n, "XX99X99999"),
        other => panic!("expected NoSuchCase, got {other:?}"),
    }
    assert_eq!(catalog.contact_log(None).unwrap().len(), before);

    // A hold on one case, set and lifted: both logged against the case; the holds are mirrored.
    let scope = HoldScope::Case("MK23C00456".into());
    records.set_hold(&scope, "litigation").await.unwrap();
    assert_eq!(records.lift_holds(&scope).await.unwrap(), 1);
    let log = catalog.contact_log(Some("MK23C00456")).unwrap();
    assert!(log
        .iter()
        .any(|e| e.action == "hold set" && e.detail == "litigation"));
    assert!(log.iter().any(|e| e.action == "hold lifted"));
    assert!(mirrored() >= after_import);
    let holds = catalog.holds(true).unwrap();
    assert!(holds
        .iter()
        .any(|h| h.scope == "MK23C00456" && h.lifted_at.is_some()));
}
