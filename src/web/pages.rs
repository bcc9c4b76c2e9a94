//! The workspace's pages: intake, the review queue, cases, search and records.
//!
//! Each handler asks the library, as the signed-in person, and renders what it answers; a
//! refusal becomes the page the person sees ([`Fail`]).

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use axum::Form;
use maud::{html, Markup};
use serde::Deserialize;

use super::auth::{Me, TokenForm};
use super::layout::{self, banner, heading, page, summary, table, tag, when, Nav};
use super::{Fail, Shared};
use crate::access::{Op, Role, Session};
use crate::catalog::DocumentRow;
use crate::document::{Folder, QuarantineReason};
use crate::operations::Records;
use crate::review::{self, Decide, SetAsideAction};

fn today(app: &super::App) -> chrono::NaiveDate {
    app.today.unwrap_or_else(|| chrono::Utc::now().date_naive())
}

/// The retention in words: `pending: case closure`, not the event's identifier.
fn retention_words(d: &DocumentRow) -> String {
    d.retention_text().replace('_', " ")
}

fn folder_title(f: &str) -> String {
    let mut s = f.replace('-', " ");
    if let Some(c) = s.get(0..1) {
        s.replace_range(0..1, &c.to_uppercase());
    }
    s
}

#[derive(Deserialize, Default)]
pub struct Notice {
    done: Option<String>,
}

fn notice(n: &Notice) -> Markup {
    let text = match n.done.as_deref() {
        Some("filed") => "The decision is recorded. The document is filed through every stage of its pipeline and appears in the case file when that run ends.",
        Some("rescan") => "The scanning station is asked to scan the paper again. The scan is kept.",
        Some("rejected") => "The item is rejected and kept aside with your reason.",
        Some("rescan-done") => "The rescan request is closed.",
        Some("approved") => "Your approval is recorded. Nothing is destroyed until a second records manager confirms it.",
        Some("withdrawn") => "The approval is withdrawn.",
        _ => return html! {},
    };
    banner(true, "Success", text)
}

/// `GET /`: the intake dashboard.
pub async fn dashboard(
    State(app): State<Shared>,
    me: Me,
    Query(n): Query<Notice>,
) -> Result<Markup, Fail> {
    let cat = app.catalog(Some(&me.actor.name))?;
    let t = today(&app).to_string();
    let figures = cat.intake_figures(&t)?;
    let queue_reader = me.actor.may(Op::ReviewQueue);
    let total_waiting: i64 = figures.queue.iter().map(|(_, n)| n).sum();
    let rescans = if queue_reader {
        cat.set_aside_items(true)?.len()
    } else {
        0
    };
    // Why a run failed is for the people who run intake (it may name an inbox folder).
    let sees_errors = queue_reader || me.actor.may(Op::Users);
    let now = chrono::Utc::now();
    let rows = figures
        .pipelines
        .iter()
        .map(|p| {
            vec![
                html! { (p.pipeline) },
                run_health(p.last_run.as_ref(), now, sees_errors),
                html! { (p.filed_today) },
                html! { (p.last_filed.as_deref().map(when).unwrap_or_else(|| "never".into())) },
                html! { (p.quarantined_today) },
                html! {
                    (p.failed_today)
                },
            ]
        })
        .collect();
    Ok(page(
        "Intake",
        Nav::Home,
        Some(&me.viewer()),
        html! {
            (notice(&n))
            (heading(Some(&format!("Today, {}", today(&app).format("%-d %B %Y"))), "Intake"))
            div class="govuk-grid-row" {
                div class="govuk-grid-column-one-third" {
                    h2 class="govuk-heading-m" { "Waiting for review" }
                    p class="govuk-body govuk-!-font-size-48 govuk-!-font-weight-bold" { (total_waiting) }
                    @if queue_reader { p class="govuk-body" { a class="govuk-link" href="/queue" { "Open the review queue" } } }
                }
                div class="govuk-grid-column-one-third" {
                    h2 class="govuk-heading-m" { "Oldest item waiting" }
                    p class="govuk-body" {
                        @match &figures.oldest_waiting {
                            Some(at) => { (when(at)) }
                            None => { "Nothing is waiting" }
                        }
                    }
                    p class="govuk-body-s" { "Policy asks for post to be scanned and filed within days of arriving." }
                }
                div class="govuk-grid-column-one-third" {
                    h2 class="govuk-heading-m" { "Rescans requested" }
                    p class="govuk-body govuk-!-font-size-48 govuk-!-font-weight-bold" { (rescans) }
                }
            }
            (table("Pipelines", &["Pipeline", "Last run", "Filed today", "Last filed", "Quarantined today", "Runs failed today"], rows))
            @if !figures.queue.is_empty() {
                (table("The review queue by reason", &["Reason", "Items"], figures.queue.iter().map(|(r, n)| vec![html! { (r) }, html! { (n) }]).collect()))
            }
        },
    ))
}

/// A pipeline's latest run in plain words: watching, finished, failed (and why, for those who
/// run intake), or stopped without finishing (its heartbeat went quiet: killed, or the machine
/// went down).
fn run_health(
    run: Option<&crate::catalog::web::RunRow>,
    now: chrono::DateTime<chrono::Utc>,
    sees_errors: bool,
) -> Markup {
    use crate::catalog::web::{RUN_FAILED, RUN_RUNNING};
    let Some(r) = run else {
        return html! { "No run recorded" };
    };
    // Three missed heartbeats.
    if r.vanished(now, 180) {
        return html! {
            (layout::tag("Stopped", "red")) " "
            span class="govuk-body-s" { "without finishing; last heard " (when(&r.beat_at)) }
        };
    }
    let counts = format!(
        "{} filed, {} quarantined, {} unreadable or to retry",
        r.stored, r.quarantined, r.problems
    );
    match r.state.as_str() {
        RUN_RUNNING => html! {
            (layout::tag(if r.watching { "Watching" } else { "Running" }, "blue")) " "
            span class="govuk-body-s" { "since " (when(&r.started_at)) "; " (counts) }
        },
        RUN_FAILED => html! {
            (layout::tag("Failed", "red")) " "
            span class="govuk-body-s" {
                (r.ended_at.as_deref().map(when).unwrap_or_default())
                @if sees_errors { @if let Some(e) = &r.error { ": " (e) } }
            }
        },
        _ => html! {
            (layout::tag("Finished", "green")) " "
            span class="govuk-body-s" { (r.ended_at.as_deref().map(when).unwrap_or_default()) "; " (counts) }
        },
    }
}

/// `GET /queue`: every item waiting, with its reason in plain words.
pub async fn queue(
    State(app): State<Shared>,
    me: Me,
    Query(n): Query<Notice>,
) -> Result<Markup, Fail> {
    let cat = app.catalog(Some(&me.actor.name))?;
    let items = Session {
        catalog: &cat,
        actor: &me.actor,
    }
    .quarantine()?;
    let rescans = cat.set_aside_items(true)?;
    let rows = items
        .iter()
        .map(|q| {
            let reason = QuarantineReason::from_code(&q.reason);
            vec![
                html! { a class="govuk-link" href=(format!("/queue/{}", q.id)) { "Item " (q.id) } },
                html! { (when(&q.at)) },
                html! { (q.pipeline) },
                html! { (tag(&q.reason, if reason.is_some_and(|r| matches!(r, QuarantineReason::NeedsReview)) { "yellow" } else { "grey" })) },
                html! { (reason.map(|r| r.advice()).unwrap_or("")) },
            ]
        })
        .collect();
    let csrf = me.csrf.clone();
    let rescan_rows = rescans
        .iter()
        .map(|r| {
            vec![
                html! { "Item " (r.item) },
                html! { (when(&r.at)) },
                html! { (r.user_name) },
                html! { (r.note) },
                html! {
                    form method="post" action=(format!("/rescans/{}/done", r.id)) class="cv-inline-form" {
                        (layout::csrf_field(&csrf))
                        button type="submit" class="govuk-button govuk-button--secondary cv-small-button" { "Mark item " (r.item) " rescanned" }
                    }
                },
            ]
        })
        .collect();
    Ok(page(
        "Review queue",
        Nav::Queue,
        Some(&me.viewer()),
        html! {
            (notice(&n))
            (heading(None, "Review queue"))
            @if items.is_empty() {
                p class="govuk-body" { "Nothing is waiting for review." }
            } @else {
                (table(&format!("{} item(s) waiting", items.len()), &["Item", "Arrived", "Pipeline", "Reason", "What to do"], rows))
            }
            @if !rescans.is_empty() {
                (table("Rescans requested", &["Item", "Asked", "By", "Note", ""], rescan_rows))
            }
        },
    ))
}

fn queue_row(
    cat: &crate::catalog::Catalog,
    me: &Me,
    item: i64,
) -> Result<crate::catalog::QuarantineRow, Fail> {
    Session {
        catalog: cat,
        actor: &me.actor,
    }
    .quarantine()?
    .into_iter()
    .find(|q| q.id == item)
    .ok_or(Fail::NotFound)
}

/// Whether the viewer may see an item's pages: not if its name or detail names a shielded case
/// they are not on.
fn may_see_pages(
    app: &super::App,
    cat: &crate::catalog::Catalog,
    me: &Me,
    q: &crate::catalog::QuarantineRow,
) -> Result<bool, Fail> {
    let pattern = app.config.case_number_search();
    for text in [&q.original_name, &q.detail] {
        for m in pattern.find_iter(text) {
            if !crate::access::can_see(cat, &me.actor, m.as_str())? {
                return Ok(false);
            }
        }
    }
    Ok(true)
}

/// How many page images an item shows at most.
const MAX_PAGE_IMAGES: usize = 6;

#[derive(Deserialize, Default, Clone)]
pub struct FileForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    case_number: String,
    #[serde(default)]
    folder: String,
    #[serde(default)]
    document_name: String,
    #[serde(default)]
    reason: String,
    /// Present on the second step: the name was previewed and the person confirms.
    confirm: Option<String>,
}

async fn item_page(
    app: &super::App,
    cat: &crate::catalog::Catalog,
    me: &Me,
    q: &crate::catalog::QuarantineRow,
    form: &FileForm,
    preview: Option<String>,
    errors: Vec<(&str, String)>,
) -> Result<Markup, Fail> {
    let reason = QuarantineReason::from_code(&q.reason);
    let decidable = reason.is_some_and(review::decidable);
    let pages: Vec<usize> = if may_see_pages(app, cat, me, q)? {
        app.pages.get(q).await.images.keys().copied().collect()
    } else {
        Vec::new()
    };
    let named = named_pages(q);
    let folders: Vec<(String, String)> =
        std::iter::once((String::new(), "Choose a folder".to_string()))
            .chain(
                Folder::ALL
                    .iter()
                    .map(|f| (f.as_str().to_string(), folder_title(f.as_str()))),
            )
            .collect();
    let err = |field: &str| {
        errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| m.as_str())
    };
    Ok(page(
        &format!("Review item {}", q.id),
        Nav::Queue,
        Some(&me.viewer()),
        html! {
            a href="/queue" class="govuk-back-link" { "Back to the review queue" }
            (layout::error_summary(&errors))
            (heading(Some("Review queue"), &format!("Item {}", q.id)))
            (summary(&[
                ("Reason", html! { (tag(&q.reason, "yellow")) " " (reason.map(|r| r.advice()).unwrap_or("")) }),
                ("Detail", html! { (q.detail) }),
                ("File", html! { (q.original_name) }),
                ("Arrived", html! { (when(&q.at)) }),
                ("Pipeline", html! { (q.pipeline) }),
            ]))
            @if !pages.is_empty() {
                h2 class="govuk-heading-m" { "Pages" }
                div {
                    @for n in pages {
                        figure class="cv-page" {
                            img class="cv-page-image" src=(format!("/queue/{}/page/{n}", q.id)) alt=(format!("Page {n} of item {}", q.id)) width="300";
                            figcaption class="govuk-body-s" {
                                "Page " (n)
                                @if named.contains(&n) { " " (tag("named in the reason", "red")) }
                            }
                        }
                    }
                }
            } @else {
                p class="govuk-body" { "No page images can be shown for this item." }
            }
            @if decidable {
                h2 class="govuk-heading-m" id="file" { "File it" }
                @if let Some(name) = &preview {
                    div class="govuk-inset-text" {
                        "It will be filed in " strong { (folder_title(&form.folder)) } " as "
                        strong id="preview-name" { (name) }
                    }
                }
                form method="post" action=(format!("/queue/{}/file", q.id)) novalidate {
                    (layout::csrf_field(&me.csrf))
                    (layout::text_input("case_number", "Case number", &form.case_number, Some("As on the case list, for example LS24P01234"), err("case_number"), "text"))
                    (layout::select("folder", "Folder", &folders, &form.folder))
                    (layout::text_input("document_name", "Document name (optional)", &form.document_name, Some("Left empty, the pipeline names it from what it is"), err("document_name"), "text"))
                    (layout::text_input("reason", "Why (optional)", &form.reason, None, None, "text"))
                    @if preview.is_some() {
                        input type="hidden" name="confirm" value="yes";
                        button type="submit" class="govuk-button" data-module="govuk-button" { "Confirm and file" }
                    } @else {
                        button type="submit" class="govuk-button" data-module="govuk-button" { "Preview the name" }
                    }
                }
            }
            h2 class="govuk-heading-m" { "Or set it aside" }
            form method="post" action=(format!("/queue/{}/set-aside", q.id)) novalidate {
                (layout::csrf_field(&me.csrf))
                div class="govuk-form-group" {
                    fieldset class="govuk-fieldset" {
                        legend class="govuk-fieldset__legend govuk-fieldset__legend--s" { "What should happen" }
                        div class="govuk-radios" data-module="govuk-radios" {
                            div class="govuk-radios__item" {
                                input class="govuk-radios__input" id="action-rescan" name="action" type="radio" value="rescan" checked;
                                label class="govuk-label govuk-radios__label" for="action-rescan" { "Ask the scanning station to scan it again" }
                            }
                            div class="govuk-radios__item" {
                                input class="govuk-radios__input" id="action-reject" name="action" type="radio" value="reject";
                                label class="govuk-label govuk-radios__label" for="action-reject" { "Reject it: it is not a case document" }
                            }
                        }
                    }
                }
                div class=(if err("note").is_some() { "govuk-form-group govuk-form-group--error" } else { "govuk-form-group" }) {
                    label class="govuk-label govuk-label--s" for="note" { "Reason" }
                    @if let Some(e) = err("note") { p id="note-error" class="govuk-error-message" { span class="govuk-visually-hidden" { "Error:" } " " (e) } }
                    textarea class="govuk-textarea" id="note" name="note" rows="3" {}
                }
                button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" { "Set it aside" }
            }
        },
    ))
}

/// `GET /queue/{item}`.
pub async fn queue_item(
    State(app): State<Shared>,
    me: Me,
    Path(item): Path<i64>,
) -> Result<Markup, Fail> {
    let cat = app.catalog(Some(&me.actor.name))?;
    let q = queue_row(&cat, &me, item)?;
    item_page(&app, &cat, &me, &q, &FileForm::default(), None, Vec::new()).await
}

/// `POST /queue/{item}/file`: first a preview of the canonical name, then the decision.
pub async fn queue_file(
    State(app): State<Shared>,
    me: Me,
    Path(item): Path<i64>,
    Form(f): Form<FileForm>,
) -> Result<Response, Fail> {
    me.check(&f.csrf)?;
    let cat = app.catalog(Some(&me.actor.name))?;
    let q = queue_row(&cat, &me, item)?;
    let number = f.case_number.trim().to_string();
    let mut errors = Vec::new();
    let case = if number.is_empty() {
        errors.push(("case_number", "Enter the case number".to_string()));
        None
    } else {
        match cat.case(&number)? {
            Some(c) if crate::access::can_see(&cat, &me.actor, &number)? => Some(c),
            _ => {
                errors.push((
                    "case_number",
                    "There is no case with that number on the case list".to_string(),
                ));
                None
            }
        }
    };
    if Folder::parse(&f.folder).is_none() {
        errors.push(("folder", "Choose a folder".to_string()));
    }
    if !errors.is_empty() {
        return Ok(item_page(&app, &cat, &me, &q, &f, None, errors)
            .await?
            .into_response());
    }
    let case = case.expect("checked above");
    let doc_name = crate::stages::naming::safe_part(f.document_name.trim());
    let shown_name = if doc_name.is_empty() {
        "(named by the pipeline from what it is)".to_string()
    } else {
        doc_name.clone()
    };
    let preview = crate::stages::naming::canonical(&case.case_name, &case.case_number, &shown_name);
    if f.confirm.as_deref() != Some("yes") {
        return Ok(
            item_page(&app, &cat, &me, &q, &f, Some(preview), Vec::new())
                .await?
                .into_response(),
        );
    }
    // Not the pipeline's own inbox: that may be a scanner's share that another machine watches,
    // or (in the sample set-up) a folder of the checkout. The workspace's own folder per
    // pipeline is read only by the run it starts.
    let inbox = decided_inbox(&app.config, &q.pipeline)?;
    review::decide(
        &cat,
        &me.actor,
        &app.config,
        &Decide {
            item,
            case_number: number,
            folder: f.folder.clone(),
            document_name: (!doc_name.is_empty()).then_some(doc_name),
            reason: Some(f.reason.trim().to_string()).filter(|r| !r.is_empty()),
            to: Some(inbox),
        },
    )?;
    if app.config.web.run_after_decision {
        run_pipeline_once(&app, &q.pipeline);
    }
    Ok(Redirect::to("/queue?done=filed").into_response())
}

/// Where the workspace puts the originals of decided items of `pipeline`, for its run.
pub(super) fn decided_inbox(
    config: &crate::config::Config,
    pipeline: &str,
) -> Result<std::path::PathBuf, Fail> {
    if pipeline.is_empty()
        || !pipeline
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(Fail::Bad(format!(
            "the item's pipeline '{pipeline}' has no inbox the workspace can use"
        )));
    }
    let dir = config.home.join("decided").join(pipeline);
    crate::private_fs::create_private_dir_all(&dir).map_err(|e| Fail::Internal(e.to_string()))?;
    Ok(dir)
}

/// Runs a pipeline once in the background over the workspace's folder of decided items (a child
/// `casevault run PIPELINE --once --inbox DIR`, as the command line would), so a decided item is
/// filed through every stage now; one run per pipeline at a time, and another after it if an
/// item was decided meanwhile.
fn run_pipeline_once(app: &Shared, pipeline: &str) {
    {
        let mut running = app.running.lock().unwrap_or_else(|p| p.into_inner());
        if !running.insert(pipeline.to_string()) {
            return;
        }
    }
    let app = app.clone();
    let pipeline = pipeline.to_string();
    tokio::spawn(async move {
        let inbox = app.config.home.join("decided").join(&pipeline);
        // Again while items are waiting (decided during the run), at most a few times: an item
        // the pipeline leaves to retry later must not keep a run going.
        for _ in 0..3 {
            let status = match std::env::current_exe() {
                Ok(exe) => {
                    let mut cmd = tokio::process::Command::new(exe);
                    if let Some(c) = &app.config_file {
                        cmd.arg("--config").arg(c);
                    }
                    cmd.arg("--home")
                        .arg(&app.config.home)
                        .args(["run", &pipeline, "--once", "--inbox"])
                        .arg(&inbox)
                        .stdin(std::process::Stdio::null())
                        .stdout(std::process::Stdio::null())
                        .stderr(std::process::Stdio::null())
                        .kill_on_drop(true);
                    cmd.status().await.map(|s| s.code())
                }
                Err(e) => Err(e),
            };
            match status {
                Ok(Some(0)) => tracing::info!(pipeline, "a run after a review decision finished"),
                other => tracing::warn!(pipeline, ?other, "a run after a review decision failed; the decided items wait in the home's decided folder"),
            }
            let waiting = std::fs::read_dir(&inbox)
                .map(|d| {
                    d.flatten()
                        .any(|e| !e.file_name().to_string_lossy().starts_with('.'))
                })
                .unwrap_or(false);
            if !waiting {
                break;
            }
        }
        app.running
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(&pipeline);
    });
}

#[derive(Deserialize)]
pub struct SetAsideForm {
    csrf: String,
    action: String,
    #[serde(default)]
    note: String,
}

/// `POST /queue/{item}/set-aside`: a rescan request or a rejection.
pub async fn queue_set_aside(
    State(app): State<Shared>,
    me: Me,
    Path(item): Path<i64>,
    Form(f): Form<SetAsideForm>,
) -> Result<Response, Fail> {
    me.check(&f.csrf)?;
    let cat = app.catalog(Some(&me.actor.name))?;
    let q = queue_row(&cat, &me, item)?;
    let action = match f.action.as_str() {
        "reject" => SetAsideAction::Reject,
        "rescan" => SetAsideAction::Rescan,
        _ => return Err(Fail::Bad("Choose what should happen".into())),
    };
    if f.note.trim().is_empty() {
        return Ok(item_page(
            &app,
            &cat,
            &me,
            &q,
            &FileForm::default(),
            None,
            vec![("note", "Say why".to_string())],
        )
        .await?
        .into_response());
    }
    review::set_aside(&cat, &me.actor, item, action, &f.note)?;
    Ok(Redirect::to(&format!("/queue?done={}", action.as_str())).into_response())
}

/// `POST /rescans/{id}/done`.
pub async fn rescan_done(
    State(app): State<Shared>,
    me: Me,
    Path(id): Path<i64>,
    Form(f): Form<TokenForm>,
) -> Result<Response, Fail> {
    me.check(&f.csrf)?;
    let cat = app.catalog(Some(&me.actor.name))?;
    review::finish_rescan(&cat, &me.actor, id)?;
    Ok(Redirect::to("/queue?done=rescan-done").into_response())
}

/// The pages the legibility gate named (`3`, `2, 5`) in a quarantine row.
fn named_pages(q: &crate::catalog::QuarantineRow) -> Vec<usize> {
    q.pages
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|p| p.parse().ok())
        .filter(|&p| p > 0)
        .collect()
}

/// The pages an item shows: the first few, and every page the legibility gate named (the one
/// a person must look at before the paper goes).
fn wanted_pages(q: &crate::catalog::QuarantineRow) -> Vec<usize> {
    let mut wanted: Vec<usize> = (1..=MAX_PAGE_IMAGES).chain(named_pages(q)).collect();
    wanted.sort_unstable();
    wanted.dedup();
    wanted
}

/// An item's page images, drawn once: the wanted pages the file has, as small PNGs.
#[derive(Debug, Default)]
pub(super) struct PageSet {
    /// Page number to PNG, for each wanted page the file has, in order.
    pub(super) images: BTreeMap<usize, Vec<u8>>,
}

/// Draws the wanted pages of a quarantined file in one pass of the pipeline's own readers.
fn render_pages(path: &std::path::Path, wanted: &[usize]) -> PageSet {
    let last = wanted.iter().copied().max().unwrap_or(0);
    let mut images = BTreeMap::new();
    with_pages(path, last, &mut |i, gray| {
        if wanted.contains(&i) {
            if let Some(png) = small_png(gray) {
                images.insert(i, png);
            }
        }
    });
    PageSet { images }
}

fn small_png(gray: image::GrayImage) -> Option<Vec<u8>> {
    let small = image::DynamicImage::ImageLuma8(gray).thumbnail(600, 850);
    let mut out = std::io::Cursor::new(Vec::new());
    small.write_to(&mut out, image::ImageFormat::Png).ok()?;
    Some(out.into_inner())
}

/// Items whose pages were drawn lately. A page of a review item is asked for by the item's page
/// and then once per image, often all at once: each file is decoded once (the first asker
/// draws, the others wait for it), off the async threads and within a deadline. Items are never
/// changed once queued (a decision takes them off), so an entry is never stale; the oldest go
/// when more than [`PageCache::ITEMS`] are held.
#[derive(Default)]
pub(super) struct PageCache {
    items: std::sync::Mutex<std::collections::VecDeque<(i64, Drawing)>>,
}

/// One item's pages: drawn by the first request that asks, awaited by the others.
type Drawing = Arc<tokio::sync::OnceCell<Arc<PageSet>>>;

impl PageCache {
    const ITEMS: usize = 16;

    async fn get(&self, q: &crate::catalog::QuarantineRow) -> Arc<PageSet> {
        let cell = {
            let mut items = self.items.lock().unwrap_or_else(|p| p.into_inner());
            match items.iter().find(|(id, _)| *id == q.id) {
                Some((_, c)) => c.clone(),
                None => {
                    let c = Arc::new(tokio::sync::OnceCell::new());
                    items.push_back((q.id, c.clone()));
                    while items.len() > Self::ITEMS {
                        items.pop_front();
                    }
                    c
                }
            }
        };
        let path = std::path::PathBuf::from(&q.path);
        let wanted = wanted_pages(q);
        cell.get_or_init(|| async move {
            let drawn = tokio::time::timeout(
                std::time::Duration::from_secs(20),
                tokio::task::spawn_blocking(move || render_pages(&path, &wanted)),
            )
            .await;
            Arc::new(match drawn {
                Ok(Ok(set)) => set,
                // Too slow or failed: no images (the item is still decided on its reason).
                _ => PageSet::default(),
            })
        })
        .await
        .clone()
    }
}

/// Decodes the pages of a quarantined file up to page `upto`, handing each to `on_page` (page
/// number, grey image), with the readers the pipeline itself uses: the guarded PDF reader, and
/// the scan decoder for every picture format (multi-page and fax TIFF, HEIC, ...) with its size
/// limits. Returns how many pages it reached; a damaged file gives what could be read.
fn with_pages(
    path: &std::path::Path,
    upto: usize,
    on_page: &mut dyn FnMut(usize, image::GrayImage),
) -> usize {
    let Ok(bytes) = std::fs::read(path) else {
        return 0;
    };
    if bytes.starts_with(b"%PDF") {
        let Ok(opened) = crate::pdf::read::open(&bytes) else {
            return 0;
        };
        let pages = opened.pages();
        for i in 0..pages.min(upto) {
            if let Ok(r) = opened.render_gray(i, 40) {
                on_page(i + 1, r.image);
            }
        }
        return pages;
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut n = 0;
    // Stopping early is said by an error from the callback; its reason is never shown.
    let _ = crate::stages::decode::decode_each(&name, &bytes, &Default::default(), &mut |page| {
        n += 1;
        on_page(n, page.gray);
        if n >= upto {
            Err(crate::document::Quarantined::new(
                QuarantineReason::Corrupt,
                "enough pages",
            ))
        } else {
            Ok(())
        }
    });
    n
}

/// One page of a quarantined file, small, as PNG (rendered in a blocking task with a deadline:
/// the file may be why it is in quarantine).
#[cfg(test)]
fn render_page(path: &std::path::Path, n: usize) -> Option<Vec<u8>> {
    render_pages(path, &[n]).images.remove(&n)
}

/// `GET /queue/{item}/page/{n}`.
pub async fn queue_page_image(
    State(app): State<Shared>,
    me: Me,
    Path((item, n)): Path<(i64, usize)>,
) -> Result<Response, Fail> {
    let cat = app.catalog(Some(&me.actor.name))?;
    let q = queue_row(&cat, &me, item)?;
    if !(1..=MAX_PAGE_IMAGES).contains(&n) && !named_pages(&q).contains(&n)
        || !may_see_pages(&app, &cat, &me, &q)?
    {
        return Err(Fail::NotFound);
    }
    drop(cat);
    let png = app
        .pages
        .get(&q)
        .await
        .images
        .get(&n)
        .cloned()
        .ok_or(Fail::NotFound)?;
    Ok(([(header::CONTENT_TYPE, "image/png")], png).into_response())
}

/// `GET /cases`: the cases the person may see.
pub async fn cases(State(app): State<Shared>, me: Me) -> Result<Markup, Fail> {
    let cat = app.catalog(Some(&me.actor.name))?;
    let numbers = Session {
        catalog: &cat,
        actor: &me.actor,
    }
    .cases()?;
    let mut rows = Vec::new();
    for n in &numbers {
        let Some(c) = cat.case(n)? else { continue };
        rows.push(vec![
            html! { a class="govuk-link" href=(format!("/cases/{}", c.case_number)) { (c.case_number) } },
            html! { (c.case_name) },
            html! { (c.status) @if c.shielded { " " (tag("shielded", "red")) } },
        ]);
    }
    Ok(page(
        "Cases",
        Nav::Cases,
        Some(&me.viewer()),
        html! {
            (heading(None, "Cases"))
            @if rows.is_empty() {
                p class="govuk-body" { "You have no cases to see. A practitioner sees the cases they are allocated to; a business services officer the cases they filed into." }
            } @else {
                (table(&format!("{} case(s) you may see", rows.len()), &["Case number", "Case", "Status"], rows))
            }
        },
    ))
}

/// `GET /cases/{case}`: the case file, folder by folder.
pub async fn case_file(
    State(app): State<Shared>,
    me: Me,
    Path(number): Path<String>,
) -> Result<Markup, Fail> {
    let cat = app.catalog(Some(&me.actor.name))?;
    let session = Session {
        catalog: &cat,
        actor: &me.actor,
    };
    let docs = session.documents(Some(&number))?;
    let case = cat.case(&number)?;
    let holds: Vec<_> = cat
        .holds(false)?
        .into_iter()
        .filter(|h| h.scope == number || h.scope == crate::catalog::holds::GLOBAL)
        .collect();
    let log = match session.contact_log(Some(&number), None) {
        Ok(l) => Some(l),
        Err(crate::access::AccessError::Refused { .. }) => None,
        Err(e) => return Err(e.into()),
    };
    let mut by_folder: BTreeMap<&str, Vec<&DocumentRow>> = BTreeMap::new();
    for d in &docs {
        by_folder.entry(d.folder.as_str()).or_default().push(d);
    }
    let title = case
        .as_ref()
        .map(|c| c.case_name.clone())
        .unwrap_or_else(|| number.clone());
    Ok(page(
        &format!("Case {number}"),
        Nav::Cases,
        Some(&me.viewer()),
        html! {
            a href="/cases" class="govuk-back-link" { "Back to cases" }
            (heading(Some(&format!("Case {number}")), &title))
            @if let Some(c) = &case {
                (summary(&[
                    ("Status", html! { (c.status) @if let Some(d) = c.closed_on { " (closed on " (d) ")" } }),
                    ("Law type", html! { (c.law_type) }),
                    ("Shielded", html! { @if c.shielded { (tag("shielded", "red")) } @else { "No" } }),
                    ("Holds", html! {
                        @if holds.is_empty() { "None" }
                        @for h in &holds { p class="govuk-body" { (tag(&h.kind, "orange")) " " (h.reason) @if let Some(u) = &h.until { " until " (u) } } }
                    }),
                ]))
            }
            @for f in Folder::ALL {
                h2 class="govuk-heading-m" id=(f.as_str()) { (folder_title(f.as_str())) }
                @match by_folder.get(f.as_str()) {
                    None => { p class="govuk-body govuk-hint" { "No documents" } }
                    Some(list) => {
                        table class="govuk-table" {
                            caption class="govuk-table__caption govuk-visually-hidden" { (folder_title(f.as_str())) }
                            thead class="govuk-table__head" { tr class="govuk-table__row" {
                                th scope="col" class="govuk-table__header" { "Document" }
                                th scope="col" class="govuk-table__header" { "Received" }
                                th scope="col" class="govuk-table__header" { "Keep until" }
                            } }
                            tbody class="govuk-table__body" {
                                @for d in list {
                                    tr class="govuk-table__row" {
                                        td class="govuk-table__cell" { a class="govuk-link" href=(format!("/documents/{}", d.id)) { (d.name) } }
                                        td class="govuk-table__cell" { (when(&d.received_at)) }
                                        td class="govuk-table__cell" { (retention_words(d)) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            @if let Some(log) = &log {
                (table("Contact log", &["When", "Who", "What", "Detail"], log.iter().rev().take(50).map(|e| vec![
                    html! { (when(&e.at)) },
                    html! { (e.user.as_deref().unwrap_or("")) },
                    html! { (e.action) },
                    html! { (e.detail) },
                ]).collect()))
            }
        },
    ))
}

/// `GET /documents/{id}`: the PDF, decrypted for this person, the read recorded first.
pub async fn open_document(
    State(app): State<Shared>,
    me: Me,
    Path(id): Path<String>,
) -> Result<Response, Fail> {
    if id.len() < 12 || !id.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(Fail::NotFound);
    }
    let cat = app.catalog(Some(&me.actor.name))?;
    // Checked and recorded first; then streamed, opened a range at a time as it is read.
    let doc = Session {
        catalog: &cat,
        actor: &me.actor,
    }
    .open_document(&id, Some("opened in the workspace"))?;
    drop(cat);
    let stream = app
        .sink
        .fetch_stream(&doc)
        .await
        .map_err(|e| Fail::from(crate::access::ReadError::from(e)))?;
    let stream = futures::StreamExt::inspect(stream, |chunk| {
        if chunk.is_err() {
            // The connection is aborted: the browser shows a failed download.
            tracing::error!("a document failed to open part-way; its download was aborted");
        }
    });
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"{}.pdf\"", &id[..12]),
            ),
        ],
        axum::body::Body::from_stream(stream),
    )
        .into_response())
}

#[derive(Deserialize, Default)]
pub struct SearchQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    folder: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
}

/// `GET /search`: full text and names, over what the person may see only.
pub async fn search(
    State(app): State<Shared>,
    me: Me,
    Query(s): Query<SearchQuery>,
) -> Result<Markup, Fail> {
    let cat = app.catalog(Some(&me.actor.name))?;
    let words = s.q.trim();
    let nonempty = |v: &str| Some(v.trim().to_string()).filter(|v| !v.is_empty());
    let filter = crate::access::SearchFilter {
        folder: nonempty(&s.folder),
        from: nonempty(&s.from),
        to: nonempty(&s.to),
    };
    let results: Vec<(DocumentRow, Option<String>)> = Session {
        catalog: &cat,
        actor: &me.actor,
    }
    .search(words, &filter, 500)?
    .into_iter()
    .map(|f| (f.document, f.snippet))
    .collect();
    let folders: Vec<(String, String)> = std::iter::once((String::new(), "Any folder".to_string()))
        .chain(
            Folder::ALL
                .iter()
                .map(|f| (f.as_str().to_string(), folder_title(f.as_str()))),
        )
        .collect();
    Ok(page(
        "Search",
        Nav::Search,
        Some(&me.viewer()),
        html! {
            (heading(None, "Search"))
            form method="get" action="/search" {
                (layout::text_input("q", "Words in the document or its name", &s.q, Some("Every word must appear. End a word with * to match its beginning."), None, "search"))
                div class="govuk-grid-row" {
                    div class="govuk-grid-column-one-third" { (layout::select("folder", "Folder", &folders, &s.folder)) }
                    div class="govuk-grid-column-one-third" { (layout::text_input("from", "Received from (YYYY-MM-DD)", &s.from, None, None, "text")) }
                    div class="govuk-grid-column-one-third" { (layout::text_input("to", "Received to (YYYY-MM-DD)", &s.to, None, None, "text")) }
                }
                button type="submit" class="govuk-button" data-module="govuk-button" { "Search" }
            }
            @if !words.is_empty() {
                h2 class="govuk-heading-m" { (results.len()) " result(s)" }
                ul class="govuk-list" {
                    @for (d, snippet) in &results {
                        li {
                            a class="govuk-link" href=(format!("/documents/{}", d.id)) { (d.name) }
                            br;
                            span class="govuk-body-s" { (folder_title(&d.folder)) " · case " a class="govuk-link" href=(format!("/cases/{}", d.case_number)) { (d.case_number) } " · received " (when(&d.received_at)) }
                            @if let Some(s) = snippet { p class="govuk-body-s cv-snippet" { (s) } }
                        }
                    }
                }
            }
        },
    ))
}

/// `GET /records`: what is due, approvals waiting, holds.
pub async fn records(
    State(app): State<Shared>,
    me: Me,
    Query(n): Query<Notice>,
) -> Result<Markup, Fail> {
    if !(me.actor.may(Op::Dispose) || me.actor.may(Op::Holds) || me.actor.may(Op::Audit)) {
        return Err(Fail::Refused(format!(
            "{} cannot see the records pages: they are for records managers",
            me.actor.name
        )));
    }
    let cat = app.catalog(Some(&me.actor.name))?;
    let records = Records {
        catalog: &cat,
        sink: &app.sink,
        schedules: &app.schedules,
        actor: &me.actor,
    };
    let t = today(&app);
    let due = if me.actor.may(Op::Dispose) {
        Some(records.dispose(t, false).await?)
    } else {
        None
    };
    let approvals = cat.disposal_approvals()?;
    let holds = if me.actor.may(Op::Holds) {
        Session {
            catalog: &cat,
            actor: &me.actor,
        }
        .holds(false)?
    } else {
        Vec::new()
    };
    let csrf = me.csrf.clone();
    let me_name = me.actor.name.clone();
    Ok(page(
        "Records",
        Nav::Records,
        Some(&me.viewer()),
        html! {
            (notice(&n))
            (heading(Some(&format!("Today, {t}")), "Records"))
            @if let Some(due) = &due {
                h2 class="govuk-heading-m" { "Due for destruction" }
                @if due.due.is_empty() {
                    p class="govuk-body" { "Nothing is due." }
                } @else {
                    (table(&format!("{} document(s) due, {} held", due.due.len(), due.held), &["Document", "Case", "Folder", "Retention ended", "Rule", "Held by"],
                        due.due.iter().map(|d| vec![
                            html! { (d.document_id.get(..12).unwrap_or(&d.document_id)) },
                            html! { (d.case_number) },
                            html! { (folder_title(&d.folder)) },
                            html! { (d.retention_until) },
                            html! { (d.rule) },
                            html! { (d.held_by.as_deref().unwrap_or("")) },
                        ]).collect()))
                    form method="post" action="/records/approve" {
                        (layout::csrf_field(&csrf))
                        button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button" { "Approve destroying what is due and not held" }
                    }
                }
                h2 class="govuk-heading-m" { "Approvals" }
                @if approvals.is_empty() { p class="govuk-body" { "No approvals yet." } }
                @for a in &approvals {
                    div class="govuk-summary-card" {
                        div class="govuk-summary-card__title-wrapper" {
                            h3 class="govuk-summary-card__title" { "Approval " (a.id) " " (tag(&a.state, if a.state == "waiting" { "yellow" } else { "grey" })) }
                        }
                        div class="govuk-summary-card__content" {
                            (summary(&[
                                ("Documents", html! { (a.documents.len()) }),
                                ("Approved by", html! { (a.approved_by) " on " (when(&a.approved_at)) }),
                                ("Confirmed by", html! { (a.confirmed_by.as_deref().unwrap_or("not yet")) @if let Some(c) = &a.confirmed_at { " on " (when(c)) } }),
                            ]))
                            @if a.state == "waiting" {
                                @if a.approved_by != me_name {
                                    form method="post" action=(format!("/records/approvals/{}/confirm", a.id)) class="cv-inline-form" {
                                        (layout::csrf_field(&csrf))
                                        button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button" { "Confirm approval " (a.id) " and destroy" }
                                    }
                                    " "
                                } @else {
                                    p class="govuk-body" { "Waiting for a second records manager to confirm." }
                                }
                                form method="post" action=(format!("/records/approvals/{}/withdraw", a.id)) class="cv-inline-form" {
                                    (layout::csrf_field(&csrf))
                                    button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" { "Withdraw approval " (a.id) }
                                }
                            }
                        }
                    }
                }
            }
            @if me.actor.may(Op::Holds) {
                (table("Holds and extensions", &["Scope", "Kind", "Reason", "Until", "Set"], holds.iter().map(|h| vec![
                    html! { (h.scope) }, html! { (h.kind) }, html! { (h.reason) },
                    html! { (h.until.as_deref().unwrap_or("")) }, html! { (when(&h.set_at)) },
                ]).collect()))
            }
            @if me.actor.may(Op::Audit) {
                p class="govuk-body" { a class="govuk-link" href="/records/destroyed" { "The destruction record" } }
            }
        },
    ))
}

/// `POST /records/approve`: the first records manager's approval.
pub async fn approve_disposal(
    State(app): State<Shared>,
    me: Me,
    Form(f): Form<TokenForm>,
) -> Result<Response, Fail> {
    me.check(&f.csrf)?;
    let cat = app.catalog(Some(&me.actor.name))?;
    Records {
        catalog: &cat,
        sink: &app.sink,
        schedules: &app.schedules,
        actor: &me.actor,
    }
    .approve_disposal(today(&app))
    .await?;
    Ok(Redirect::to("/records?done=approved").into_response())
}

/// `POST /records/approvals/{id}/confirm`: the second records manager's; the destruction runs.
pub async fn confirm_disposal(
    State(app): State<Shared>,
    me: Me,
    Path(id): Path<i64>,
    Form(f): Form<TokenForm>,
) -> Result<Markup, Fail> {
    me.check(&f.csrf)?;
    let cat = app.catalog(Some(&me.actor.name))?;
    let report = Records {
        catalog: &cat,
        sink: &app.sink,
        schedules: &app.schedules,
        actor: &me.actor,
    }
    .confirm_disposal(id, today(&app))
    .await?;
    Ok(page(
        "Destruction done",
        Nav::Records,
        Some(&me.viewer()),
        html! {
            (banner(true, "Destruction done", &format!("{} document(s) destroyed; {} held or refused.", report.destroyed, report.due.iter().filter(|d| !d.destroyed).count())))
            p class="govuk-body" { a class="govuk-link" href="/records/destroyed" { "See the destruction record" } }
            p class="govuk-body" { a class="govuk-link" href="/records" { "Back to records" } }
        },
    ))
}

/// `POST /records/approvals/{id}/withdraw`.
pub async fn withdraw_disposal(
    State(app): State<Shared>,
    me: Me,
    Path(id): Path<i64>,
    Form(f): Form<TokenForm>,
) -> Result<Response, Fail> {
    me.check(&f.csrf)?;
    let cat = app.catalog(Some(&me.actor.name))?;
    Records {
        catalog: &cat,
        sink: &app.sink,
        schedules: &app.schedules,
        actor: &me.actor,
    }
    .withdraw_disposal(id)?;
    Ok(Redirect::to("/records?done=withdrawn").into_response())
}

/// `GET /records/destroyed`: the destruction record.
pub async fn destroyed(State(app): State<Shared>, me: Me) -> Result<Markup, Fail> {
    me.actor.require(Op::Audit)?;
    let cat = app.catalog(Some(&me.actor.name))?;
    let log = cat.destruction_log()?;
    let mut rows = Vec::new();
    for r in log.iter().rev() {
        let case = if crate::access::can_see(&cat, &me.actor, &r.record.case_number)? {
            r.record.case_number.clone()
        } else {
            crate::access::HIDDEN_CASE.to_string()
        };
        rows.push(vec![
            html! { (r.seq) },
            html! { (r.record.document_id.get(..12).unwrap_or(&r.record.document_id)) },
            html! { (case) },
            html! { (folder_title(&r.record.folder)) },
            html! { (r.record.rule) " (" (r.record.retention_until.as_deref().unwrap_or("?")) ")" },
            html! { (when(&r.record.destroyed_at)) },
            html! { (r.record.step.map(|s| format!("{s:?}").to_lowercase()).unwrap_or_else(|| "done".into())) },
        ]);
    }
    let is_rm = me.actor.has(Role::RecordsManager);
    Ok(page(
        "Destruction record",
        Nav::Records,
        Some(&me.viewer()),
        html! {
            @if is_rm { a href="/records" class="govuk-back-link" { "Back to records" } }
            (heading(Some("Records"), "Destruction record"))
            p class="govuk-body" { "Each destruction has two entries: the intent, written in the transaction that takes the document's key, and its completion. The record outlives the documents; it names no child and no document." }
            @if rows.is_empty() { p class="govuk-body" { "Nothing has been destroyed." } }
            @else { (table(&format!("{} entr(ies)", rows.len()), &["#", "Document", "Case", "Folder", "Rule (retention ended)", "When", "Step"], rows)) }
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every file of a folder tree, as page images are asked of quarantined files.
    fn files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
        walkdir::WalkDir::new(dir)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(|e| e.into_path())
            .collect()
    }

    /// Page images come from the pipeline's own readers: every file the pipeline can decode
    /// shows its first page, small; a damaged, empty or foreign file shows none and does not
    /// bring the workspace down. `CASEVAULT_EXTRA_PAGES` adds a folder of files from elsewhere.
    #[test]
    fn page_images_of_every_sample_format() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("test-data");
        let mut all = Vec::new();
        for d in ["scans", "scans-cymru", "formats", "ocr-real"] {
            all.extend(files(&root.join(d)));
        }
        if let Some(extra) = std::env::var_os("CASEVAULT_EXTRA_PAGES") {
            all.extend(files(std::path::Path::new(&extra)));
        }
        let (mut shown, mut none) = (0, 0);
        for f in &all {
            let bytes = std::fs::read(f).unwrap();
            let name = f.file_name().unwrap().to_string_lossy().into_owned();
            let pipeline_reads = if bytes.starts_with(b"%PDF") {
                // Readable, and its first page not refused by the survey (a hostile page that
                // claims a 10 GB image is refused there, by the pipeline and the workspace).
                crate::pdf::read::open(&bytes).is_ok_and(|o| o.pages() > 0 && o.facts(0).is_ok())
            } else {
                crate::stages::decode::decode_each(&name, &bytes, &Default::default(), &mut |_| {
                    Err(crate::document::Quarantined::new(
                        QuarantineReason::Corrupt,
                        "one is enough",
                    ))
                })
                .is_err_and(|q| q.detail == "one is enough")
            };
            match render_page(f, 1) {
                Some(png) => {
                    let img = image::load_from_memory(&png).unwrap();
                    assert!(
                        img.width() <= 600 && img.height() <= 850 && img.width() > 0,
                        "{}: {}x{}",
                        f.display(),
                        img.width(),
                        img.height()
                    );
                    shown += 1;
                }
                None => {
                    assert!(
                        !pipeline_reads,
                        "{}: the pipeline reads it, the workspace shows nothing",
                        f.display()
                    );
                    none += 1;
                }
            }
        }
        assert!(
            shown >= 40 && none >= 10,
            "{shown} shown, {none} without pages"
        );
    }

    /// The page the legibility gate named is shown, even past the first few.
    #[test]
    fn the_named_page_of_a_multi_page_scan_is_shown() {
        let f =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("test-data/scans/scan_0009.tif");
        let q = crate::catalog::QuarantineRow {
            id: 1,
            original_name: "scan_0009.tif".into(),
            path: f.to_string_lossy().into_owned(),
            reason: "illegible".into(),
            detail: String::new(),
            pages: "2, 9".into(),
            sha256: String::new(),
            at: String::new(),
            pipeline: "scanning-station".into(),
        };
        assert_eq!(named_pages(&q), vec![2, 9]);
        let shown: Vec<usize> = render_pages(&f, &wanted_pages(&q))
            .images
            .keys()
            .copied()
            .collect();
        assert!(shown.contains(&2), "{shown:?}");
        assert!(
            !shown.contains(&9),
            "a page the file does not have: {shown:?}"
        );
        assert!(render_page(&f, 2).is_some());
    }
}
