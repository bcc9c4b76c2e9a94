//! Signing in: local accounts with argon2id hashes, sessions kept in the catalog by the hash of
//! their token, CSRF tokens on every form, and a lock-out after repeated failures. (Sign-in
//! through an identity provider is [`super::oidc`]; it ends in the same kind of session.)
//!
//! Why so: the cookie holds the only copy of the session token (HttpOnly, SameSite=Strict, and
//! `Secure` with the `__Host-` prefix under TLS), so neither a copy of the catalog nor a script
//! in a page can sign anyone in. Every form posts a per-session token that is compared in
//! constant time, and a post whose `Origin` is another site is refused before that. The sign-in
//! form itself carries a token bound to a short-lived cookie, so another site cannot sign a
//! person in as someone else. A failed sign-in says the same whether the account exists or not,
//! and costs the same time (a dummy hash is checked).

use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::Argon2;
use axum::extract::{FromRequestParts, Query, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, Method};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Form;
use maud::html;
use serde::Deserialize;
use sha2::{Digest, Sha256};

use super::layout::{self, Nav};
use super::{Fail, Shared};
use crate::access::{Actor, Op};
use crate::catalog::Catalog;

/// The shortest password accepted (NCSC: length over complexity rules).
pub const MIN_PASSWORD: usize = 12;

/// An argon2id hash (PHC string) of a password.
pub fn hash_password(password: &str) -> Result<String, String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| e.to_string())
}

fn verify(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc)
        .map(|h| {
            Argon2::default()
                .verify_password(password.as_bytes(), &h)
                .is_ok()
        })
        .unwrap_or(false)
}

/// Sets a user's workspace password: their own, or anyone's for an administrator. Ends the
/// user's sessions (a changed password signs out everywhere).
pub fn set_password(
    catalog: &Catalog,
    actor: &Actor,
    user: &str,
    password: &str,
) -> Result<(), crate::access::AccessError> {
    if actor.name != user {
        actor.require(Op::Users)?;
    }
    if catalog.user(user)?.is_none() {
        return Err(crate::access::AccessError::UnknownUser(user.to_string()));
    }
    if password.chars().count() < MIN_PASSWORD {
        return Err(crate::access::AccessError::Refused {
            user: actor.name.clone(),
            roles: String::new(),
            what: format!("set a password shorter than {MIN_PASSWORD} characters"),
        });
    }
    let phc = hash_password(password).map_err(|e| crate::access::AccessError::Refused {
        user: actor.name.clone(),
        roles: String::new(),
        what: format!("hash the password: {e}"),
    })?;
    catalog.set_password_hash(user, &phc)?;
    catalog.end_sessions_of(user)?;
    catalog.clear_login_failures(user)?;
    catalog.log_contact(None, None, "password set", user)?;
    Ok(())
}

pub(super) fn sha256_hex(s: &str) -> String {
    hex::encode(Sha256::digest(s.as_bytes()))
}

pub(super) fn random_token() -> String {
    hex::encode(rand::random::<[u8; 32]>())
}

fn now_secs() -> i64 {
    chrono::Utc::now().timestamp()
}

pub(super) fn constant_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn session_cookie(app: &super::App) -> &'static str {
    if app.secure {
        "__Host-casevault"
    } else {
        "casevault"
    }
}

fn signin_cookie(app: &super::App) -> &'static str {
    if app.secure {
        "__Host-casevault-signin"
    } else {
        "casevault-signin"
    }
}

pub(super) fn cookie_value<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

fn set_cookie(app: &super::App, name: &str, value: &str, max_age: Option<i64>) -> String {
    let mut c = format!("{name}={value}; Path=/; HttpOnly; SameSite=Strict");
    if app.secure {
        c.push_str("; Secure");
    }
    if let Some(a) = max_age {
        c.push_str(&format!("; Max-Age={a}"));
    }
    c
}

/// The signed-in person of a request. A request without a live session is sent to sign in.
pub struct Me {
    pub actor: Actor,
    pub csrf: String,
    token_sha256: String,
}

impl Me {
    /// Refuses a form whose token is not this session's.
    pub fn check(&self, token: &str) -> Result<(), Fail> {
        if constant_eq(token, &self.csrf) {
            Ok(())
        } else {
            Err(Fail::Forged)
        }
    }

    pub fn viewer(&self) -> layout::Viewer<'_> {
        layout::Viewer {
            actor: &self.actor,
            csrf: &self.csrf,
        }
    }
}

/// Where to go after signing in: a path of ours only.
pub(super) fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') => n.to_string(),
        _ => "/".to_string(),
    }
}

/// A post from another site (its `Origin` is not this host) is refused before anything else.
fn cross_site(parts: &Parts) -> bool {
    if parts.method == Method::GET || parts.method == Method::HEAD {
        return false;
    }
    let Some(origin) = parts
        .headers
        .get(header::ORIGIN)
        .and_then(|o| o.to_str().ok())
    else {
        return false;
    };
    let host = parts
        .headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("");
    let origin_host = origin
        .split_once("://")
        .map(|(_, rest)| rest)
        .unwrap_or(origin);
    // `null` (a privacy setting, a sandboxed frame) says nothing either way: the form's token
    // still decides.
    origin != "null" && origin_host != host
}

impl FromRequestParts<Shared> for Me {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, app: &Shared) -> Result<Me, Response> {
        if cross_site(parts) {
            return Err(Fail::Forged.into_response());
        }
        let to_sign_in = || {
            let next = parts
                .uri
                .path_and_query()
                .map(|p| p.as_str())
                .unwrap_or("/");
            let q = url::form_urlencoded::Serializer::new(String::new())
                .append_pair("next", next)
                .finish();
            Redirect::to(&format!("/sign-in?{q}")).into_response()
        };
        let Some(token) = cookie_value(&parts.headers, session_cookie(app)) else {
            return Err(to_sign_in());
        };
        let hash = sha256_hex(token);
        let cat = app.catalog(None).map_err(IntoResponse::into_response)?;
        let now = now_secs();
        let w = &app.config.web;
        let idle = (w.idle_timeout_min as i64) * 60;
        let max = (w.session_max_hours as i64) * 3600;
        let session = match cat.session(&hash) {
            Ok(Some(s)) => s,
            Ok(None) => return Err(to_sign_in()),
            Err(e) => return Err(Fail::from(e).into_response()),
        };
        if now - session.last_seen > idle || now - session.created > max {
            let _ = cat.end_session(&hash);
            return Err(to_sign_in());
        }
        let user = match cat.user(&session.user_name) {
            Ok(Some(u)) if !u.disabled => u,
            Ok(_) => {
                let _ = cat.end_session(&hash);
                return Err(to_sign_in());
            }
            Err(e) => return Err(Fail::from(e).into_response()),
        };
        cat.touch_session(&hash, now)
            .map_err(|e| Fail::from(e).into_response())?;
        Ok(Me {
            actor: Actor::from_user(&user),
            csrf: session.csrf,
            token_sha256: hash,
        })
    }
}

#[derive(Deserialize, Default)]
pub struct NextQuery {
    pub(super) next: Option<String>,
}

/// What the sign-in page offers: the identity provider's button, the password form, or both.
struct Offer<'a> {
    passwords: bool,
    oidc: Option<&'a str>,
}

fn offer(app: &super::App) -> Offer<'_> {
    Offer {
        passwords: app.config.web.passwords,
        oidc: app.oidc.as_ref().map(|o| o.label()),
    }
}

fn sign_in_form(
    offer: &Offer<'_>,
    token: &str,
    next: &str,
    user: &str,
    error: Option<(&str, &str)>,
) -> maud::Markup {
    // A password's error goes with the user name; the identity provider's with its button.
    let errors: Vec<(&str, String)> = error
        .map(|(field, e)| (field, e.to_string()))
        .into_iter()
        .collect();
    let error_at = |field: &str| error.filter(|(f, _)| *f == field).map(|(_, e)| e);
    let oidc_href = format!(
        "/sign-in/oidc?{}",
        url::form_urlencoded::Serializer::new(String::new())
            .append_pair("next", next)
            .finish()
    );
    layout::page(
        "Sign in",
        Nav::None,
        None,
        html! {
            div class="govuk-grid-row" {
                div class="govuk-grid-column-two-thirds" {
                    (layout::error_summary(&errors))
                    h1 class="govuk-heading-l" { "Sign in to casevault" }
                    @if let Some(label) = offer.oidc {
                        // A link, not a form: the provider is another site, which a form's
                        // `form-action 'self'` would not let the browser be redirected to.
                        a id="oidc" href=(oidc_href) role="button" draggable="false"
                            class="govuk-button govuk-button--start" data-module="govuk-button" {
                            (label)
                        }
                        @if let Some(e) = error_at("oidc") {
                            p class="govuk-error-message" { span class="govuk-visually-hidden" { "Error: " } (e) }
                        }
                    }
                    @if offer.passwords {
                        @if offer.oidc.is_some() {
                            h2 class="govuk-heading-m" { "Or sign in with a casevault password" }
                        }
                        form method="post" action="/sign-in" novalidate {
                            (layout::csrf_field(token))
                            input type="hidden" name="next" value=(next);
                            (layout::text_input("user", "User name", user, None, error_at("user"), "text"))
                            (layout::text_input("password", "Password", "", None, None, "password"))
                            button type="submit" class="govuk-button" data-module="govuk-button" { "Sign in" }
                        }
                    }
                }
            }
        },
    )
}

/// The sign-in page again, with a reason: after a refused identity-provider sign-in.
pub(super) fn sign_in_refused(app: &super::App, msg: &str) -> Response {
    let token = random_token();
    (
        axum::http::StatusCode::OK,
        [(
            header::SET_COOKIE,
            set_cookie(app, signin_cookie(app), &token, Some(900)),
        )],
        sign_in_form(&offer(app), &token, "/", "", Some(("oidc", msg))),
    )
        .into_response()
}

/// A new session for a user who has proved who they are; its cookie to set. Recorded in the
/// contact log (`how`: the way they signed in), and stale sessions are swept.
pub(super) fn start_session(
    app: &super::App,
    cat: &Catalog,
    user: &str,
    how: &str,
) -> Result<String, Fail> {
    let w = &app.config.web;
    let now = now_secs();
    cat.clear_login_failures(user)?;
    let token = random_token();
    let csrf = random_token();
    cat.add_session(&sha256_hex(&token), user, &csrf, now)?;
    cat.act_as(user);
    cat.log_contact(None, None, "signed in", &format!("to the workspace {how}"))?;
    let _ = cat.expire_sessions(
        now - (w.idle_timeout_min as i64) * 60,
        now - (w.session_max_hours as i64) * 3600,
    );
    Ok(set_cookie(app, session_cookie(app), &token, None))
}

/// After a sign-in that came back from another site: a page that moves on to `next` by
/// itself. A redirect would still belong to the other site's navigation, and the browser would
/// not send the new `SameSite=Strict` cookie with it.
pub(super) fn moving_on(next: &str) -> maud::Markup {
    layout::page_moving_on(
        "Signed in",
        next,
        html! {
            h1 class="govuk-heading-l" { "You are signed in" }
            p class="govuk-body" { a class="govuk-link" id="continue" href=(next) { "Continue" } }
        },
    )
}

/// `GET /sign-in`: the form, with a fresh token bound to a short-lived cookie.
pub async fn sign_in_page(State(app): State<Shared>, Query(q): Query<NextQuery>) -> Response {
    let token = random_token();
    let next = safe_next(q.next.as_deref());
    (
        [(
            header::SET_COOKIE,
            set_cookie(&app, signin_cookie(&app), &token, Some(900)),
        )],
        sign_in_form(&offer(&app), &token, &next, "", None),
    )
        .into_response()
}

#[derive(Deserialize)]
pub struct SignInForm {
    csrf: String,
    user: String,
    password: String,
    next: Option<String>,
}

/// A hash to check against when the account does not exist, so that the answer takes as long.
fn dummy_hash() -> &'static str {
    static H: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    H.get_or_init(|| hash_password("not a password of anyone's").unwrap_or_default())
}

/// `POST /sign-in`.
pub async fn sign_in(
    State(app): State<Shared>,
    headers: HeaderMap,
    Form(f): Form<SignInForm>,
) -> Result<Response, Fail> {
    if !app.config.web.passwords {
        return Err(Fail::NotFound);
    }
    let bound = cookie_value(&headers, signin_cookie(&app)).unwrap_or("");
    if bound.is_empty() || !constant_eq(bound, &f.csrf) {
        return Err(Fail::Forged);
    }
    let next = safe_next(f.next.as_deref());
    let name = f.user.trim().to_string();
    let w = app.config.web.clone();
    let now = now_secs();
    let window = (w.lockout_min as i64) * 60;
    let again = |msg: &str| {
        let token = random_token();
        (
            axum::http::StatusCode::OK,
            [(
                header::SET_COOKIE,
                set_cookie(&app, signin_cookie(&app), &token, Some(900)),
            )],
            sign_in_form(&offer(&app), &token, &next, &name, Some(("user", msg))),
        )
            .into_response()
    };
    let cat = app.catalog(None)?;
    let failures = cat.login_failures_since(&name, now - window)?;
    if failures >= i64::from(w.max_failures) {
        cat.add_login_failure(&name, now)?;
        tracing::warn!("a sign-in was refused: the account is locked after repeated failures");
        return Ok(again(&format!(
            "This account is locked after {} failed sign-ins. Try again in {} minutes, or ask an administrator.",
            w.max_failures, w.lockout_min
        )));
    }
    let user = cat.user(&name)?.filter(|u| !u.disabled);
    let phc = match &user {
        Some(u) => cat.password_hash(&u.name)?,
        None => None,
    };
    // Hashing is slow on purpose: off the async threads.
    let password = f.password;
    let ok = tokio::task::spawn_blocking(move || match phc {
        Some(h) => verify(&password, &h),
        None => {
            let _ = verify(&password, dummy_hash());
            false
        }
    })
    .await
    .unwrap_or(false);
    let Some(user) = user.filter(|_| ok) else {
        cat.add_login_failure(&name, now)?;
        tracing::warn!("a sign-in failed");
        return Ok(again("Enter a correct user name and password"));
    };
    let session = start_session(&app, &cat, &user.name, "with a password")?;
    let mut resp = Redirect::to(&next).into_response();
    let h = resp.headers_mut();
    h.append(
        header::SET_COOKIE,
        session.parse().expect("a cookie of hex is a header value"),
    );
    h.append(
        header::SET_COOKIE,
        set_cookie(&app, signin_cookie(&app), "", Some(0))
            .parse()
            .expect("a cookie of hex is a header value"),
    );
    Ok(resp)
}

#[derive(Deserialize)]
pub struct TokenForm {
    pub csrf: String,
}

/// `POST /sign-out`.
pub async fn sign_out(
    State(app): State<Shared>,
    me: Me,
    Form(f): Form<TokenForm>,
) -> Result<Response, Fail> {
    me.check(&f.csrf)?;
    let cat = app.catalog(Some(&me.actor.name))?;
    cat.end_session(&me.token_sha256)?;
    cat.log_contact(None, None, "signed out", "of the workspace")?;
    let mut resp = Redirect::to("/sign-in").into_response();
    resp.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(&app, session_cookie(&app), "", Some(0))
            .parse()
            .expect("an empty cookie is a header value"),
    );
    Ok(resp)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_hash_and_verify() {
        let h = hash_password("correct horse battery staple").unwrap();
        assert!(h.starts_with("$argon2id$"), "{h}");
        assert!(verify("correct horse battery staple", &h));
        assert!(!verify("correct horse battery stapl", &h));
        assert!(!verify("anything", "not a hash"));
    }

    #[test]
    fn next_stays_on_this_site() {
        assert_eq!(safe_next(Some("/cases/X1")), "/cases/X1");
        assert_eq!(safe_next(Some("//evil.example/")), "/");
        assert_eq!(safe_next(Some("https://evil.example/")), "/");
        assert_eq!(safe_next(Some("/\\evil")), "/");
        assert_eq!(safe_next(None), "/");
    }

    #[test]
    fn tokens_compare_whole() {
        assert!(constant_eq("abc", "abc"));
        assert!(!constant_eq("abc", "abd"));
        assert!(!constant_eq("abc", "ab"));
        assert!(!constant_eq("", "a"));
    }
}
