//! Security headers on every response, and the Content-Security-Policy:
//! our own assets only, inline script only by the nonce Leptos puts on its
//! hydration and resource scripts.

use super::ServerState;
use crate::config::ServerSettings;
use crate::theme::Theme;
use crate::wix::WixSite;
use axum::{
    extract::{Request, State},
    http::{header, HeaderMap, HeaderName, HeaderValue},
    middleware::Next,
    response::Response,
};
use leptos::nonce::Nonce;

pub struct SecurityHeaders {
    /// The directives after the script sources, from the configuration.
    csp_rest: String,
    /// The policy without a nonce, made once.
    csp_default: HeaderValue,
    hsts: bool,
}

impl SecurityHeaders {
    pub fn new(settings: &ServerSettings, site: &WixSite, theme: &Theme) -> Self {
        // Checkout forms post here and are redirected to Wix's checkout or
        // installer: `form-action` covers the whole redirect chain.
        let mut form_targets = vec!["'self'".to_owned()];
        form_targets.extend(site.checkout_hosts.iter().cloned());
        if let Ok(web) = reqwest::Url::parse(&site.web_base_url) {
            form_targets.push(web.origin().ascii_serialization());
        }
        // The owner's logo may be on their own site.
        let images = theme
            .logo_origin()
            .map(|o| format!(" {o}"))
            .unwrap_or_default();
        let csp_rest = format!(
            "style-src 'self'; img-src 'self' data:{images}; connect-src 'self'; \
             object-src 'none'; base-uri 'none'; form-action {}; frame-ancestors {}",
            form_targets.join(" "),
            settings.frame_ancestors
        );
        Self {
            csp_default: policy(&csp_rest, None),
            csp_rest,
            hsts: settings.public_url().starts_with("https://"),
        }
    }

    /// The policy for a response whose inline scripts carry `nonce`.
    pub fn csp(&self, nonce: &str) -> HeaderValue {
        policy(&self.csp_rest, Some(nonce))
    }
}

/// Our own scripts and WASM, inline scripts only by `nonce`.
fn policy(rest: &str, nonce: Option<&str>) -> HeaderValue {
    let nonce = nonce.map(|n| format!(" 'nonce-{n}'")).unwrap_or_default();
    let policy = format!("default-src 'self'; script-src 'self'{nonce} 'wasm-unsafe-eval'; {rest}");
    // Built from validated configuration and a base64 nonce.
    HeaderValue::from_str(&policy)
        .unwrap_or_else(|_| HeaderValue::from_static("default-src 'self'"))
}

/// Around the routes Leptos renders: mints the request's nonce before the
/// render, which puts it on the page's scripts (the server's additional
/// context provides it to Leptos), and names that same nonce in an HTML
/// response's policy. The header does not depend on what the render left
/// in Leptos's response options: a page served without it would be cached
/// and shared with its scripts blocked.
pub async fn nonce(State(state): State<ServerState>, mut request: Request, next: Next) -> Response {
    let nonce = Nonce::new();
    request.extensions_mut().insert(nonce.clone());
    let mut response = next.run(request).await;
    let html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("text/html"));
    if html {
        response
            .headers_mut()
            .insert(header::CONTENT_SECURITY_POLICY, state.security.csp(&nonce));
    }
    response
}

/// Adds the headers every response carries.
pub async fn secure(State(state): State<ServerState>, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    state.security.add(response.headers_mut());
    response
}

impl SecurityHeaders {
    /// The headers every response carries; a page's own policy (with its
    /// nonce) wins over the default one.
    pub fn add(&self, headers: &mut HeaderMap) {
        if !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
            headers.insert(header::CONTENT_SECURITY_POLICY, self.csp_default.clone());
        }
        let fixed: [(HeaderName, &'static str); 3] = [
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            (header::REFERRER_POLICY, "strict-origin-when-cross-origin"),
            (
                HeaderName::from_static("cross-origin-opener-policy"),
                "same-origin",
            ),
        ];
        for (name, value) in fixed {
            headers.insert(name, HeaderValue::from_static(value));
        }
        if self.hsts {
            headers.insert(
                header::STRICT_TRANSPORT_SECURITY,
                HeaderValue::from_static("max-age=31536000; includeSubDomains"),
            );
        }
    }
}
