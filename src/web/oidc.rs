//! Sign-in through the organisation's OpenID Connect identity provider (`[web.oidc]`).
//!
//! The authorization-code flow with PKCE, a `state` and a `nonce`, through the well-kept
//! `openidconnect` library, which checks the ID token's signature (against the provider's
//! published keys), issuer, audience, expiry and nonce. What is ours, and why:
//! - **The provider says who; casevault says what.** The configured claim must name a casevault
//!   user who is not disabled. Roles, allocations and shielded-case lists stay casevault's, so
//!   signing in creates nobody and grants nothing.
//! - **The flow is bound to the browser that began it.** A random token in a short-lived
//!   cookie (HttpOnly, `SameSite=Lax` so that it survives the provider's redirect back, `Secure`
//!   and `__Host-` under TLS) keys the state, nonce and PKCE verifier held in this process; each
//!   is used once. A callback from another browser, a replayed one or one with another state is
//!   refused, and no session is made.
//! - **The session is the same as a password's** (catalog-kept, `SameSite=Strict`). Because a
//!   strict cookie is not sent on a navigation that began at another site, the callback answers
//!   with a page that moves on by itself (a meta refresh, no script) rather than a redirect.
//! - **Nothing secret is printed.** The client secret is read from the environment; codes,
//!   tokens and claims never reach the log.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::extract::{Query, State};
use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Redirect, Response};
use openidconnect::core::{
    CoreAuthenticationFlow, CoreClient, CoreIdTokenClaims, CoreIdTokenVerifier,
    CoreJwsSigningAlgorithm, CoreProviderMetadata, CoreUserInfoClaims,
};
use openidconnect::{
    AuthorizationCode, ClientId, ClientSecret, CsrfToken, IssuerUrl, Nonce, OAuth2TokenResponse,
    PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope, TokenResponse,
};
use serde::Deserialize;

use super::auth::{self, NextQuery};
use super::{Fail, Shared};
use crate::config::OidcConfig;

/// How long a begun sign-in may take at the provider.
const PENDING_SECS: u64 = 600;
/// Begun sign-ins held at most (a flood of `GET /sign-in/oidc` cannot grow memory without end).
const PENDING_MAX: usize = 10_000;
/// The provider's metadata and keys are read again after this long (keys rotate).
const METADATA_TTL: Duration = Duration::from_secs(3600);
/// The largest answer read from the provider.
const MAX_ANSWER: usize = 1024 * 1024;

/// A sign-in begun at the provider, waiting for its callback.
struct Pending {
    state: String,
    nonce: Nonce,
    pkce: PkceCodeVerifier,
    next: String,
    began: Instant,
}

/// The identity provider as this workspace knows it.
pub struct Oidc {
    config: OidcConfig,
    secret: Option<String>,
    http: Http,
    metadata: Mutex<Option<(CoreProviderMetadata, Instant)>>,
    pending: Mutex<HashMap<String, Pending>>,
}

/// The provider could not be reached or answered badly.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct HttpFail(String);

/// The library's HTTP client: reqwest, its answers capped. A type of its own (not a closure) so
/// that its futures are `Send` for every borrow, as axum's handlers must be.
struct Http(reqwest::Client);

type Answer = Result<openidconnect::HttpResponse, HttpFail>;

impl<'c> openidconnect::AsyncHttpClient<'c> for Http {
    type Error = HttpFail;
    type Future = std::pin::Pin<Box<dyn std::future::Future<Output = Answer> + Send + 'c>>;

    fn call(&'c self, request: openidconnect::HttpRequest) -> Self::Future {
        Box::pin(call(self.0.clone(), request))
    }
}

/// One request to the provider.
async fn call(http: reqwest::Client, req: openidconnect::HttpRequest) -> Answer {
    let (parts, body) = req.into_parts();
    let resp = http
        .request(parts.method, parts.uri.to_string())
        .headers(parts.headers)
        .body(body)
        .send()
        .await
        .map_err(|e| HttpFail(format!("the identity provider: {e}")))?;
    let mut answer = openidconnect::http::Response::builder().status(resp.status());
    for (k, v) in resp.headers() {
        answer = answer.header(k, v);
    }
    if resp.content_length().unwrap_or(0) > MAX_ANSWER as u64 {
        return Err(HttpFail(
            "the identity provider's answer is too large".into(),
        ));
    }
    let bytes = resp
        .bytes()
        .await
        .map_err(|e| HttpFail(format!("the identity provider: {e}")))?;
    if bytes.len() > MAX_ANSWER {
        return Err(HttpFail(
            "the identity provider's answer is too large".into(),
        ));
    }
    answer
        .body(bytes.to_vec())
        .map_err(|e| HttpFail(e.to_string()))
}

impl Oidc {
    /// From `[web.oidc]`; the client secret from its environment variable.
    pub fn new(config: &OidcConfig) -> Result<Oidc, String> {
        let mut b = reqwest::Client::builder()
            // A provider's redirect is never followed: its answers come from the URLs its
            // metadata names (the library's advice against request forgery).
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(15));
        if let Some(ca) = &config.ca_file {
            let pem = std::fs::read(ca)
                .map_err(|e| format!("[web.oidc] ca_file {}: {e}", ca.display()))?;
            let certs = reqwest::Certificate::from_pem_bundle(&pem)
                .map_err(|e| format!("[web.oidc] ca_file {}: {e}", ca.display()))?;
            b = b.tls_certs_only(certs);
        }
        let http = b.build().map_err(|e| format!("[web.oidc]: {e}"))?;
        let secret = std::env::var(&config.client_secret_env)
            .ok()
            .filter(|s| !s.is_empty());
        Ok(Oidc {
            config: config.clone(),
            secret,
            http: Http(http),
            metadata: Mutex::new(None),
            pending: Mutex::new(HashMap::new()),
        })
    }

    pub fn label(&self) -> &str {
        &self.config.label
    }

    /// The provider's metadata and keys: cached, read again when old or when `fresh`.
    async fn metadata(&self, fresh: bool) -> Result<CoreProviderMetadata, Fail> {
        if !fresh {
            if let Some((m, at)) = &*self.metadata.lock().unwrap_or_else(|p| p.into_inner()) {
                if at.elapsed() < METADATA_TTL {
                    return Ok(m.clone());
                }
            }
        }
        let issuer = IssuerUrl::new(self.config.issuer.clone())
            .map_err(|e| Fail::Internal(format!("[web.oidc] issuer: {e}")))?;
        let m = CoreProviderMetadata::discover_async(issuer, &self.http)
            .await
            .map_err(|e| {
                tracing::warn!("the identity provider's metadata could not be read: {e}");
                Fail::Unavailable(
                    "The identity provider cannot be reached. Try again in a few minutes.".into(),
                )
            })?;
        *self.metadata.lock().unwrap_or_else(|p| p.into_inner()) =
            Some((m.clone(), Instant::now()));
        Ok(m)
    }

    fn client(
        &self,
        m: CoreProviderMetadata,
    ) -> Result<
        CoreClient<
            openidconnect::EndpointSet,
            openidconnect::EndpointNotSet,
            openidconnect::EndpointNotSet,
            openidconnect::EndpointNotSet,
            openidconnect::EndpointMaybeSet,
            openidconnect::EndpointMaybeSet,
        >,
        Fail,
    > {
        let redirect = RedirectUrl::new(self.config.redirect_url.clone())
            .map_err(|e| Fail::Internal(format!("[web.oidc] redirect_url: {e}")))?;
        Ok(CoreClient::from_provider_metadata(
            m,
            ClientId::new(self.config.client_id.clone()),
            self.secret.clone().map(ClientSecret::new),
        )
        .set_redirect_uri(redirect))
    }

    /// Keeps a begun sign-in under the hash of its cookie token, dropping stale ones.
    fn remember(&self, token: &str, p: Pending) -> Result<(), Fail> {
        let mut pending = self.pending.lock().unwrap_or_else(|p| p.into_inner());
        pending.retain(|_, p| p.began.elapsed() < Duration::from_secs(PENDING_SECS));
        if pending.len() >= PENDING_MAX {
            return Err(Fail::Unavailable(
                "Too many sign-ins are under way. Try again in a few minutes.".into(),
            ));
        }
        pending.insert(auth::sha256_hex(token), p);
        Ok(())
    }

    /// Takes (once) the sign-in begun by this browser.
    fn take(&self, token: &str) -> Option<Pending> {
        let mut pending = self.pending.lock().unwrap_or_else(|p| p.into_inner());
        pending
            .remove(&auth::sha256_hex(token))
            .filter(|p| p.began.elapsed() < Duration::from_secs(PENDING_SECS))
    }

    /// The casevault user name the provider's answer names, from the ID token or else from
    /// the userinfo endpoint (providers that keep the ID token small).
    fn name_in(&self, claims: &CoreIdTokenClaims) -> Option<Result<String, String>> {
        claim_of(
            &self.config.user_claim,
            claims.subject().as_str(),
            claims.preferred_username().map(|u| u.as_str()),
            claims.email().map(|e| e.as_str()),
            claims.email_verified(),
        )
    }

    fn name_in_userinfo(&self, claims: &CoreUserInfoClaims) -> Option<Result<String, String>> {
        claim_of(
            &self.config.user_claim,
            claims.subject().as_str(),
            claims.preferred_username().map(|u| u.as_str()),
            claims.email().map(|e| e.as_str()),
            claims.email_verified(),
        )
    }
}

/// The ID-token check takes asymmetric signatures only: RS256 (Entra ID, Keycloak), PS256,
/// ES256 and EdDSA. The library would otherwise take whatever the provider's metadata lists,
/// which often includes HS256, an HMAC keyed by the client secret: anyone holding that secret
/// could then make an ID token. An unsigned token is never taken.
fn verifier(v: CoreIdTokenVerifier<'_>) -> CoreIdTokenVerifier<'_> {
    use CoreJwsSigningAlgorithm as A;
    v.set_allowed_algs([
        A::RsaSsaPkcs1V15Sha256,
        A::RsaSsaPkcs1V15Sha384,
        A::RsaSsaPkcs1V15Sha512,
        A::RsaSsaPssSha256,
        A::RsaSsaPssSha384,
        A::RsaSsaPssSha512,
        A::EcdsaP256Sha256,
        A::EcdsaP384Sha384,
        A::EdDsa,
    ])
}

/// The configured claim's value; an e-mail address the provider says is unverified is refused.
fn claim_of(
    which: &str,
    sub: &str,
    preferred_username: Option<&str>,
    email: Option<&str>,
    email_verified: Option<bool>,
) -> Option<Result<String, String>> {
    match which {
        "sub" => Some(Ok(sub.to_string())),
        "email" => email.map(|e| {
            if email_verified == Some(false) {
                Err("The identity provider has not verified this account's e-mail address.".into())
            } else {
                Ok(e.to_string())
            }
        }),
        _ => preferred_username.map(|u| Ok(u.to_string())),
    }
}

fn flow_cookie(app: &super::App) -> &'static str {
    if app.secure {
        "__Host-casevault-oidc"
    } else {
        "casevault-oidc"
    }
}

/// The flow's cookie: `Lax`, so that it comes back with the provider's top-level redirect.
fn flow_set_cookie(app: &super::App, value: &str, max_age: u64) -> String {
    let mut c = format!(
        "{}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}",
        flow_cookie(app)
    );
    if app.secure {
        c.push_str("; Secure");
    }
    c
}

fn oidc_of(app: &super::App) -> Result<&Oidc, Fail> {
    app.oidc.as_ref().ok_or(Fail::NotFound)
}

/// `GET /sign-in/oidc`: off to the provider, with state, nonce and a PKCE challenge.
pub async fn begin(
    State(app): State<Shared>,
    Query(q): Query<NextQuery>,
) -> Result<Response, Fail> {
    let oidc = oidc_of(&app)?;
    let client = oidc.client(oidc.metadata(false).await?)?;
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let mut req = client.authorize_url(
        CoreAuthenticationFlow::AuthorizationCode,
        CsrfToken::new_random,
        Nonce::new_random,
    );
    for s in &oidc.config.scopes {
        req = req.add_scope(Scope::new(s.clone()));
    }
    let (url, state, nonce) = req.set_pkce_challenge(challenge).url();
    let token = auth::random_token();
    oidc.remember(
        &token,
        Pending {
            state: state.secret().clone(),
            nonce,
            pkce: verifier,
            next: auth::safe_next(q.next.as_deref()),
            began: Instant::now(),
        },
    )?;
    let mut resp = Redirect::to(url.as_str()).into_response();
    resp.headers_mut().append(
        header::SET_COOKIE,
        flow_set_cookie(&app, &token, PENDING_SECS)
            .parse()
            .expect("a cookie of hex is a header value"),
    );
    Ok(resp)
}

#[derive(Deserialize)]
pub struct Callback {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
}

/// `GET /sign-in/oidc/callback`: the provider's answer, checked, turned into a session.
pub async fn callback(
    State(app): State<Shared>,
    headers: HeaderMap,
    Query(cb): Query<Callback>,
) -> Result<Response, Fail> {
    let oidc = oidc_of(&app)?;
    let clear = flow_set_cookie(&app, "", 0);
    let refuse = |msg: &str| {
        let mut r = auth::sign_in_refused(&app, msg);
        r.headers_mut().append(
            header::SET_COOKIE,
            clear.parse().expect("a cookie is a header value"),
        );
        Ok(r)
    };
    let pending = auth::cookie_value(&headers, flow_cookie(&app)).and_then(|t| oidc.take(t));
    let Some(p) = pending else {
        tracing::warn!("an identity-provider callback came without a sign-in begun here");
        return refuse("The sign-in was not begun in this browser, or took too long. Start again.");
    };
    let state_ok = cb
        .state
        .as_deref()
        .is_some_and(|s| auth::constant_eq(s, &p.state));
    if !state_ok {
        tracing::warn!("an identity-provider callback had the wrong state");
        return refuse("The sign-in could not be checked. Start again.");
    }
    if cb.error.is_some() {
        // The provider's words are not shown: they may be anything, and say nothing useful.
        tracing::warn!("the identity provider did not sign the person in");
        return refuse("The identity provider did not sign you in.");
    }
    let Some(code) = cb.code else {
        return refuse("The identity provider did not sign you in.");
    };
    let http = &oidc.http;
    let client = oidc.client(oidc.metadata(false).await?)?;
    let token = client
        .exchange_code(AuthorizationCode::new(code))
        .map_err(|e| Fail::Internal(format!("[web.oidc]: {e}")))?
        .set_pkce_verifier(p.pkce)
        .request_async(http)
        .await;
    let token = match token {
        Ok(t) => t,
        Err(e) => {
            // The provider's error code only: an answer that did not parse may hold tokens.
            use openidconnect::RequestTokenError as R;
            match e {
                R::ServerResponse(r) => {
                    tracing::warn!("the identity provider refused the code: {}", r.error())
                }
                R::Request(_) => tracing::warn!("the identity provider could not be reached"),
                _ => tracing::warn!("the identity provider's token answer could not be read"),
            }
            return refuse("The identity provider did not sign you in.");
        }
    };
    let Some(id_token) = token.id_token() else {
        return refuse("The identity provider did not say who you are.");
    };
    let mut verified = id_token
        .claims(&verifier(client.id_token_verifier()), &p.nonce)
        .cloned();
    if verified.is_err() {
        // Keys rotate: the token is checked once more against keys read again now (the code
        // itself is used once, never exchanged twice).
        let again = oidc.client(oidc.metadata(true).await?)?;
        verified = id_token
            .claims(&verifier(again.id_token_verifier()), &p.nonce)
            .cloned();
    }
    let claims = match verified {
        Ok(c) => c,
        Err(e) => {
            // Which check failed, not the values (a subject or an address could be in them).
            use openidconnect::ClaimsVerificationError as C;
            let check = match e {
                C::Expired(_) => "expiry",
                C::InvalidAudience(_) => "audience (client_id)",
                C::InvalidIssuer(_) => "issuer",
                C::InvalidNonce(_) => "nonce",
                C::SignatureVerification(_) => "signature",
                C::Unsupported(_) => "an unsupported algorithm or claim",
                _ => "another check",
            };
            tracing::warn!("an ID token was refused: its {check} did not pass");
            return refuse("The identity provider's answer could not be checked.");
        }
    };
    let name = match oidc.name_in(&claims) {
        Some(n) => n,
        None => {
            let info: Result<CoreUserInfoClaims, ()> = match client
                .user_info(token.access_token().clone(), Some(claims.subject().clone()))
            {
                Ok(req) => req.request_async(http).await.map_err(|_| ()),
                Err(_) => Err(()),
            };
            match info {
                Ok(info) => oidc.name_in_userinfo(&info).unwrap_or_else(|| {
                    Err(format!(
                        "The identity provider did not give your {}.",
                        oidc.config.user_claim
                    ))
                }),
                Err(_) => {
                    // Its error may quote the answer, claims and all: not logged.
                    tracing::warn!("the identity provider's userinfo could not be read");
                    Err("The identity provider did not say who you are.".into())
                }
            }
        }
    };
    let name = match name {
        Ok(n) => n,
        Err(msg) => return refuse(&msg),
    };
    let cat = app.catalog(None)?;
    let Some(user) = cat.user(&name)?.filter(|u| !u.disabled) else {
        tracing::warn!("an identity-provider account that is not a casevault user was refused");
        return refuse(
            "Your organisation account is not a casevault user. Ask an administrator to add you.",
        );
    };
    let session = auth::start_session(&app, &cat, &user.name, "through the identity provider")?;
    let mut resp = auth::moving_on(&p.next).into_response();
    let h = resp.headers_mut();
    h.append(
        header::SET_COOKIE,
        session.parse().expect("a cookie of hex is a header value"),
    );
    h.append(
        header::SET_COOKIE,
        clear.parse().expect("a cookie is a header value"),
    );
    Ok(resp)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_configured_claim_names_the_user() {
        let c = |w| claim_of(w, "s-1", Some("asha"), Some("asha@example.org"), Some(true));
        assert_eq!(c("sub"), Some(Ok("s-1".into())));
        assert_eq!(c("preferred_username"), Some(Ok("asha".into())));
        assert_eq!(c("email"), Some(Ok("asha@example.org".into())));
        assert!(claim_of("email", "s", None, Some("a@b"), Some(false))
            .unwrap()
            .is_err());
        assert_eq!(claim_of("preferred_username", "s", None, None, None), None);
    }
}
