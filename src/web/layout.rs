//! The page frame and the GOV.UK Design System pieces the pages share.
//!
//! maud escapes every value it is given, so no name, case or file name can become markup; the
//! pages carry no script and no inline style, which is what lets the Content-Security-Policy
//! forbid both (`super::security_headers`).

use maud::{html, Markup, DOCTYPE};

use crate::access::{Actor, Op};

/// Where a page sits in the navigation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nav {
    Home,
    Queue,
    Cases,
    Search,
    Records,
    None,
}

/// The signed-in person as a page needs them: name, roles, the form token.
pub struct Viewer<'a> {
    pub actor: &'a Actor,
    pub csrf: &'a str,
}

/// A whole page.
pub fn page(title: &str, nav: Nav, viewer: Option<&Viewer<'_>>, body: Markup) -> Markup {
    whole(title, nav, viewer, None, body)
}

/// A page that moves on to `next` (a path of ours) by itself, without script: a meta refresh.
pub fn page_moving_on(title: &str, next: &str, body: Markup) -> Markup {
    whole(title, Nav::None, None, Some(next), body)
}

fn whole(
    title: &str,
    nav: Nav,
    viewer: Option<&Viewer<'_>>,
    refresh_to: Option<&str>,
    body: Markup,
) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" class="govuk-template govuk-template--rebranded" {
            head {
                meta charset="utf-8";
                title { (title) " – casevault" }
                meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover";
                meta name="robots" content="noindex, nofollow";
                @if let Some(next) = refresh_to {
                    meta http-equiv="refresh" content=(format!("0;url={next}"));
                }
                link rel="icon" href="/assets/images/favicon.ico" sizes="48x48";
                link rel="stylesheet" href="/assets/govuk-frontend.min.css";
                link rel="stylesheet" href="/static/casevault.css";
            }
            body class="govuk-template__body" {
                a href="#main-content" class="govuk-skip-link" { "Skip to main content" }
                header class="govuk-header" data-module="govuk-header" {
                    div class="govuk-header__container govuk-width-container" {
                        div class="govuk-header__logo" {
                            a href="/" class="govuk-header__link govuk-header__link--homepage" {
                                span class="govuk-header__logotype-text" { "casevault" }
                            }
                        }
                    }
                }
                @if let Some(v) = viewer {
                    (service_nav(nav, v))
                }
                div class="govuk-width-container" {
                    main class="govuk-main-wrapper" id="main-content" {
                        (body)
                    }
                }
                footer class="govuk-footer" {
                    div class="govuk-width-container" {
                        div class="govuk-footer__meta" {
                            div class="govuk-footer__meta-item govuk-footer__meta-item--grow" {
                                p class="govuk-body-s" {
                                    "Official – sensitive. Every document opened here is recorded in its case's contact log."
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn service_nav(nav: Nav, v: &Viewer<'_>) -> Markup {
    let a = v.actor;
    let items: Vec<(Nav, &str, &str, bool)> = vec![
        (Nav::Home, "/", "Intake", true),
        (Nav::Queue, "/queue", "Review queue", a.may(Op::ReviewQueue)),
        (Nav::Cases, "/cases", "Cases", true),
        (Nav::Search, "/search", "Search", true),
        (
            Nav::Records,
            "/records",
            "Records",
            a.may(Op::Dispose) || a.may(Op::Holds) || a.may(Op::Audit),
        ),
    ];
    html! {
        section class="govuk-service-navigation" aria-label="Service information" {
            div class="govuk-width-container" {
                div class="govuk-service-navigation__container" {
                    nav aria-label="Menu" class="govuk-service-navigation__wrapper" {
                        ul class="govuk-service-navigation__list" id="navigation" {
                            @for (n, href, label, shown) in items {
                                @if shown {
                                    li class=(if n == nav { "govuk-service-navigation__item govuk-service-navigation__item--active" } else { "govuk-service-navigation__item" }) {
                                        a class="govuk-service-navigation__link" href=(href) aria-current=[(n == nav).then_some("page")] {
                                            @if n == nav { strong class="govuk-service-navigation__active-fallback" { (label) } } @else { (label) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                    div class="cv-signed-in" {
                        span class="govuk-body-s" { "Signed in as " strong { (a.name) } }
                        form method="post" action="/sign-out" class="cv-inline-form" {
                            (csrf_field(v.csrf))
                            button type="submit" class="govuk-button govuk-button--secondary cv-small-button" data-module="govuk-button" { "Sign out" }
                        }
                    }
                }
            }
        }
    }
}

/// The hidden CSRF field every form carries.
pub fn csrf_field(token: &str) -> Markup {
    html! { input type="hidden" name="csrf" value=(token); }
}

/// A heading with an optional caption above it.
pub fn heading(caption: Option<&str>, title: &str) -> Markup {
    html! {
        @if let Some(c) = caption { span class="govuk-caption-l" { (c) } }
        h1 class="govuk-heading-l" { (title) }
    }
}

/// A GOV.UK table; each cell is markup already.
pub fn table(caption: &str, head: &[&str], rows: Vec<Vec<Markup>>) -> Markup {
    html! {
        table class="govuk-table" {
            caption class="govuk-table__caption govuk-table__caption--m" { (caption) }
            thead class="govuk-table__head" {
                tr class="govuk-table__row" {
                    @for h in head { th scope="col" class="govuk-table__header" { (h) } }
                }
            }
            tbody class="govuk-table__body" {
                @for r in rows {
                    tr class="govuk-table__row" {
                        @for c in r { td class="govuk-table__cell" { (c) } }
                    }
                }
            }
        }
    }
}

/// A summary list of label and value pairs.
pub fn summary(rows: &[(&str, Markup)]) -> Markup {
    html! {
        dl class="govuk-summary-list" {
            @for (k, v) in rows {
                div class="govuk-summary-list__row" {
                    dt class="govuk-summary-list__key" { (k) }
                    dd class="govuk-summary-list__value" { (v) }
                }
            }
        }
    }
}

/// A message banner (success or important).
pub fn banner(success: bool, title: &str, text: &str) -> Markup {
    html! {
        div class=(if success { "govuk-notification-banner govuk-notification-banner--success" } else { "govuk-notification-banner" })
            role=(if success { "alert" } else { "region" }) aria-labelledby="banner-title" data-module="govuk-notification-banner" {
            div class="govuk-notification-banner__header" {
                h2 class="govuk-notification-banner__title" id="banner-title" { (title) }
            }
            div class="govuk-notification-banner__content" {
                p class="govuk-notification-banner__heading" { (text) }
            }
        }
    }
}

/// The error summary at the top of a form that was refused.
pub fn error_summary(errors: &[(&str, String)]) -> Markup {
    html! {
        @if !errors.is_empty() {
            div class="govuk-error-summary" data-module="govuk-error-summary" {
                div role="alert" {
                    h2 class="govuk-error-summary__title" { "There is a problem" }
                    div class="govuk-error-summary__body" {
                        ul class="govuk-list govuk-error-summary__list" {
                            @for (field, msg) in errors {
                                li { a href=(format!("#{field}")) { (msg) } }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A text input with its label (and its error, if any).
pub fn text_input(
    id: &str,
    label: &str,
    value: &str,
    hint: Option<&str>,
    error: Option<&str>,
    kind: &str,
) -> Markup {
    let described = match (hint, error) {
        (Some(_), Some(_)) => Some(format!("{id}-hint {id}-error")),
        (Some(_), None) => Some(format!("{id}-hint")),
        (None, Some(_)) => Some(format!("{id}-error")),
        (None, None) => None,
    };
    html! {
        div class=(if error.is_some() { "govuk-form-group govuk-form-group--error" } else { "govuk-form-group" }) {
            label class="govuk-label govuk-label--s" for=(id) { (label) }
            @if let Some(h) = hint { div id=(format!("{id}-hint")) class="govuk-hint" { (h) } }
            @if let Some(e) = error {
                p id=(format!("{id}-error")) class="govuk-error-message" {
                    span class="govuk-visually-hidden" { "Error:" } " " (e)
                }
            }
            input class=(if error.is_some() { "govuk-input govuk-input--error" } else { "govuk-input" })
                id=(id) name=(id) type=(kind) value=(value) aria-describedby=[described]
                autocomplete=(if kind == "password" { "current-password" } else { "off" }) spellcheck="false";
        }
    }
}

/// A select with its label.
pub fn select(id: &str, label: &str, options: &[(String, String)], chosen: &str) -> Markup {
    html! {
        div class="govuk-form-group" {
            label class="govuk-label govuk-label--s" for=(id) { (label) }
            select class="govuk-select" id=(id) name=(id) {
                @for (value, text) in options {
                    option value=(value) selected[value == chosen] { (text) }
                }
            }
        }
    }
}

/// A tag (status label).
pub fn tag(text: &str, colour: &str) -> Markup {
    html! { strong class=(format!("govuk-tag govuk-tag--{colour}")) { (text) } }
}

/// Plain words for a stamp the catalog keeps (`2026-12-04T09:30:00Z` → `4 Dec 2026 09:30`).
pub fn when(stamp: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(stamp)
        .map(|d| d.format("%-d %b %Y %H:%M").to_string())
        .unwrap_or_else(|_| stamp.to_string())
}

/// The workspace's own few rules beside GOV.UK Frontend (served from the binary).
pub const CSS: &str = r#"
.cv-signed-in { display: flex; align-items: center; gap: 15px; margin-left: auto; padding: 10px 0; }
.cv-inline-form { display: inline; margin: 0; }
.cv-small-button { margin-bottom: 0; }
.cv-page { display: inline-block; margin: 0 15px 15px 0; vertical-align: top; }
.cv-page-image { max-width: 100%; border: 1px solid #b1b4b6; }
.cv-snippet { color: #505a5f; }
.govuk-service-navigation__container { align-items: center; }
"#;
