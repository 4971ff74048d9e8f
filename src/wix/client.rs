//! The HTTP client for every Wix call in `shared/wix-api.md`.
//!
//! Production and the built-in sandbox differ only by `base_url`.

use super::model::*;
use super::WixError;
use crate::country::CountryCode;
use reqwest::{header::AUTHORIZATION, Method, RequestBuilder, StatusCode};
use serde::de::DeserializeOwned;
use std::{
    collections::HashMap,
    sync::Mutex,
    time::{Duration, Instant},
};

/// Header that tells Wix whose prices to return.
pub const COUNTRY_HEADER: &str = "X-Wix-Country-Code";

/// Refresh a cached access token this long before Wix says it expires
/// (or after 90% of its life, for short-lived tokens).
const TOKEN_REFRESH_MARGIN: Duration = Duration::from_secs(300);

/// Names of the calls, used in errors, logs and the sandbox's fault switch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Endpoint {
    ListAppPlans,
    AccessToken,
    TokenInfo,
    AppInstance,
    Checkout,
}

impl std::fmt::Display for Endpoint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::ListAppPlans => "List App Plans",
            Self::AccessToken => "OAuth token",
            Self::TokenInfo => "Token Info",
            Self::AppInstance => "Get App Instance",
            Self::Checkout => "Get Checkout URL",
        })
    }
}

/// App credentials used to mint access tokens.
#[derive(Clone)]
pub struct AppCredentials {
    pub app_id: String,
    pub secret: String,
}

impl std::fmt::Debug for AppCredentials {
    // Never print the secret.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppCredentials")
            .field("app_id", &self.app_id)
            .finish_non_exhaustive()
    }
}

struct CachedToken {
    token: String,
    refresh_at: Instant,
}

pub struct WixClient {
    http: reqwest::Client,
    base_url: String,
    timeout: Duration,
    tokens: Mutex<HashMap<(String, String), CachedToken>>,
}

impl WixClient {
    /// `base_url` without a trailing slash, e.g. `https://www.wixapis.com`.
    pub fn new(base_url: &str, timeout: Duration) -> Result<Self, WixError> {
        let http = reqwest::Client::builder()
            .connect_timeout(timeout)
            .user_agent(concat!("wix-pricing/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| WixError::InvalidRequest(format!("HTTP client: {e}")))?;
        Ok(Self {
            http,
            base_url: base_url.trim_end_matches('/').to_owned(),
            timeout,
            tokens: Mutex::default(),
        })
    }

    /// List App Plans By App Id, priced for `country`.
    pub async fn list_app_plans(
        &self,
        app_ids: &[String],
        country: CountryCode,
    ) -> Result<AppPlansResponse, WixError> {
        let endpoint = Endpoint::ListAppPlans;
        if app_ids.is_empty() || app_ids.len() > 100 {
            return Err(WixError::InvalidRequest(format!(
                "{endpoint} takes 1 to 100 app IDs, not {}",
                app_ids.len()
            )));
        }
        if let Some(bad) = app_ids.iter().find(|id| !is_path_safe_id(id)) {
            return Err(WixError::InvalidRequest(format!(
                "{bad:?} is not an app ID"
            )));
        }
        let path = format!("/apps-plans/v1/apps-plans/{}", app_ids.join(","));
        let request = self
            .request(Method::GET, &path)
            .header(COUNTRY_HEADER, country.as_str());
        self.send(endpoint, request).await
    }

    /// An access token for one app instance, cached until shortly before it
    /// expires.
    pub async fn access_token(
        &self,
        app: &AppCredentials,
        instance_id: &str,
    ) -> Result<String, WixError> {
        let key = (app.app_id.clone(), instance_id.to_owned());
        if let Some(cached) = self.lock_tokens().get(&key) {
            if Instant::now() < cached.refresh_at {
                return Ok(cached.token.clone());
            }
        }
        let body = TokenRequest {
            grant_type: "client_credentials".into(),
            client_id: app.app_id.clone(),
            client_secret: app.secret.clone(),
            instance_id: instance_id.to_owned(),
        };
        let request = self.request(Method::POST, "/oauth2/token").json(&body);
        let minted: TokenResponse = self.send(Endpoint::AccessToken, request).await?;
        // Capped so that an absurd `expires_in` cannot overflow the clock.
        let lifetime = Duration::from_secs(minted.expires_in.min(86_400));
        let margin = TOKEN_REFRESH_MARGIN.min(lifetime / 10);
        let mut tokens = self.lock_tokens();
        let now = Instant::now();
        tokens.retain(|_, t| t.refresh_at > now);
        tokens.insert(
            key,
            CachedToken {
                token: minted.access_token.clone(),
                refresh_at: now + lifetime - margin,
            },
        );
        Ok(minted.access_token)
    }

    /// Token Info for a signed `instance` value or an access token.
    pub async fn token_info(&self, token: &str) -> Result<TokenInfo, WixError> {
        let body = TokenInfoRequest {
            token: token.to_owned(),
        };
        let request = self.request(Method::POST, "/oauth2/token-info").json(&body);
        self.send(Endpoint::TokenInfo, request).await
    }

    /// Get App Instance for the instance the access token belongs to.
    pub async fn app_instance(&self, access_token: &str) -> Result<AppInstanceResponse, WixError> {
        let request = self
            .request(Method::GET, "/apps/v1/instance")
            .header(AUTHORIZATION, access_token);
        self.send(Endpoint::AppInstance, request).await
    }

    /// Billing "Get URL": a checkout URL, valid 48 hours.
    pub async fn checkout_url(
        &self,
        access_token: &str,
        body: &CheckoutRequest,
    ) -> Result<CheckoutResponse, WixError> {
        let request = self
            .request(Method::POST, "/apps/v1/checkout")
            .header(AUTHORIZATION, access_token)
            .json(body);
        self.send(Endpoint::Checkout, request).await
    }

    fn request(&self, method: Method, path: &str) -> RequestBuilder {
        self.http
            .request(method, format!("{}{path}", self.base_url))
            .timeout(self.timeout)
    }

    fn lock_tokens(&self) -> std::sync::MutexGuard<'_, HashMap<(String, String), CachedToken>> {
        // A panic while holding the lock cannot leave the map inconsistent.
        self.tokens
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    async fn send<T: DeserializeOwned>(
        &self,
        endpoint: Endpoint,
        request: RequestBuilder,
    ) -> Result<T, WixError> {
        let transport = |e: reqwest::Error| {
            if e.is_timeout() {
                WixError::Timeout {
                    endpoint,
                    after: self.timeout,
                }
            } else {
                WixError::Transport {
                    endpoint,
                    reason: error_chain(&e),
                }
            }
        };
        let response = request.send().await.map_err(transport)?;
        let status = response.status();
        let bytes = response.bytes().await.map_err(transport)?;
        if !status.is_success() {
            return Err(api_error(endpoint, status, &bytes));
        }
        decode(endpoint, &bytes)
    }
}

/// Parses a successful body, naming the JSON path of whatever is wrong.
pub fn decode<T: DeserializeOwned>(endpoint: Endpoint, bytes: &[u8]) -> Result<T, WixError> {
    let de = &mut serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize(de).map_err(|e| WixError::Malformed {
        endpoint,
        path: e.path().to_string(),
        reason: e.inner().to_string(),
    })
}

fn api_error(endpoint: Endpoint, status: StatusCode, bytes: &[u8]) -> WixError {
    let (message, details) = match serde_json::from_slice::<ErrorBody>(bytes) {
        Ok(body) => (body.message, body.details),
        // Proxies answer with HTML or nothing; keep a short excerpt.
        Err(_) => (
            String::from_utf8_lossy(&bytes[..bytes.len().min(200)]).into_owned(),
            None,
        ),
    };
    WixError::Api {
        endpoint,
        status: status.as_u16(),
        message,
        details,
    }
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

/// App IDs go into a path segment joined by commas, so they must not
/// contain separators of their own.
fn is_path_safe_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}
