//! The HTTP client for every Wix call in `shared/wix-api.md`.
//!
//! Production and the built-in sandbox differ only by `base_url`.

use super::model::*;
use super::resilience::{backoff, Breakers, Resilience};
use super::{Said, WixError};
use crate::country::CountryCode;
use crate::metrics::Metrics;
use bytes::Bytes;
use reqwest::{header::AUTHORIZATION, Method, RequestBuilder};
use serde::de::DeserializeOwned;
use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

/// Header that tells Wix whose prices to return.
pub const COUNTRY_HEADER: &str = "X-Wix-Country-Code";

/// Refresh a cached access token this long before Wix says it expires
/// (or after 90% of its life, for short-lived tokens).
const TOKEN_REFRESH_MARGIN: Duration = Duration::from_secs(300);

/// Names of the calls, used in errors, logs and the sandbox's fault switch.
#[derive(strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Endpoint {
    ListAppPlans,
    AccessToken,
    TokenInfo,
    AppInstance,
    Checkout,
}

impl Endpoint {
    /// The name used in URLs and metrics, as serde writes it.
    pub fn slug(self) -> &'static str {
        self.into()
    }

    /// Whether calling twice does no harm. A second Get URL after an
    /// ambiguous failure could create a second order behind the user's
    /// back, so checkout is retried only when Wix surely never saw it.
    fn idempotent(self) -> bool {
        self != Self::Checkout
    }
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

/// A List App Plans answer: read, and as Wix sent it (for the cache the
/// replicas share, whose readers check it as they would Wix's answer).
#[derive(Debug)]
pub struct AppPlans {
    pub plans: AppPlansResponse,
    pub body: Bytes,
}

struct CachedToken {
    token: String,
    refresh_at: Instant,
}

pub struct WixClient {
    http: reqwest::Client,
    base_url: String,
    /// For one call, retries included.
    timeout: Duration,
    retries: u32,
    breakers: Breakers,
    metrics: Arc<Metrics>,
    tokens: Mutex<HashMap<(String, String), CachedToken>>,
}

/// A failed attempt, and whether Wix may have acted on it.
struct Failed {
    error: WixError,
    /// False only when the connection was never made.
    reached_wix: bool,
}

impl WixClient {
    /// `base_url` without a trailing slash, e.g. `https://www.wixapis.com`.
    pub fn new(
        base_url: &str,
        timeout: Duration,
        resilience: &Resilience,
        metrics: Arc<Metrics>,
    ) -> Result<Self, WixError> {
        let http = reqwest::Client::builder()
            .connect_timeout(timeout)
            .user_agent(concat!("wix-pricing/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| WixError::InvalidRequest(format!("HTTP client: {e}")))?;
        Ok(Self {
            http,
            base_url: base_url.trim_end_matches('/').to_owned(),
            timeout,
            retries: resilience.retries,
            breakers: Breakers::new(resilience),
            metrics,
            tokens: Mutex::default(),
        })
    }

    /// List App Plans By App Id, priced for `country`.
    pub async fn list_app_plans(
        &self,
        app_ids: &[String],
        country: CountryCode,
    ) -> Result<AppPlans, WixError> {
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
        let read = move |body: &Bytes| Ok((decode(endpoint, body)?, body.clone()));
        let (plans, body) = self.send_reading(endpoint, request, read).await?;
        Ok(AppPlans {
            plans: self.named_plans(app_ids, country, plans),
            body,
        })
    }

    /// A List App Plans answer for `country` that another replica had from
    /// Wix: read exactly as Wix's own.
    pub fn read_app_plans(
        &self,
        app_ids: &[String],
        country: CountryCode,
        body: Bytes,
    ) -> Result<AppPlans, WixError> {
        let plans = decode(Endpoint::ListAppPlans, &body)?;
        Ok(AppPlans {
            plans: self.named_plans(app_ids, country, plans),
            body,
        })
    }

    /// An answer's sections named by the app IDs asked for, and what it
    /// left out counted.
    fn named_plans(
        &self,
        app_ids: &[String],
        country: CountryCode,
        mut response: AppPlansResponse,
    ) -> AppPlansResponse {
        let unnamed = response.name_sections(app_ids);
        // One line per answer, whatever the number of prices left out.
        let mut skipped = std::collections::BTreeMap::<&str, usize>::new();
        let reasons = response.skipped().map(Skipped::as_str);
        for reason in reasons.chain(std::iter::repeat_n("app_without_id", unnamed)) {
            self.metrics.price_skipped(reason);
            *skipped.entry(reason).or_default() += 1;
        }
        if !skipped.is_empty() {
            tracing::warn!(
                "{} for {country}: prices left out, by reason: {skipped:?}",
                Endpoint::ListAppPlans
            );
        }
        response
    }

    /// How long one call may take, retries included.
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// An access token for one app instance, cached until shortly before it
    /// expires.
    pub async fn access_token(
        &self,
        app: &AppCredentials,
        instance_id: &str,
    ) -> Result<String, WixError> {
        let key = (app.app_id.clone(), instance_id.to_owned());
        if let Some(cached) = crate::lock(&self.tokens).get(&key) {
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
        // Capped so that an absurd `expires_in` cannot overflow the clock;
        // without one, the hour that is well inside the 4 hours Wix
        // documents (a token refused earlier is minted again).
        let lifetime = Duration::from_secs(minted.expires_in.unwrap_or(3_600).min(86_400));
        let margin = TOKEN_REFRESH_MARGIN.min(lifetime / 10);
        let mut tokens = crate::lock(&self.tokens);
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

    /// Forgets the cached access token of an app instance: Wix refused it.
    pub fn forget_token(&self, app: &AppCredentials, instance_id: &str) {
        crate::lock(&self.tokens).remove(&(app.app_id.clone(), instance_id.to_owned()));
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
        let request = self
            .http
            .request(method, format!("{}{path}", self.base_url));
        match super::request_id() {
            Some(id) => request.header(super::REQUEST_ID, &*id),
            None => request,
        }
    }

    /// Sends `request` and parses its answer as a `T`.
    async fn send<T: DeserializeOwned + Send + 'static>(
        &self,
        endpoint: Endpoint,
        request: RequestBuilder,
    ) -> Result<T, WixError> {
        self.send_reading(endpoint, request, move |body| decode(endpoint, body))
            .await
    }

    /// Sends `request` through the endpoint's circuit breaker, retrying
    /// what may be retried with backoff, all within the call's timeout;
    /// a successful answer is what `read` makes of its body.
    async fn send_reading<T: Send + 'static>(
        &self,
        endpoint: Endpoint,
        request: RequestBuilder,
        read: impl Fn(&Bytes) -> Result<T, WixError> + Clone + Send + 'static,
    ) -> Result<T, WixError> {
        let deadline = Instant::now() + self.timeout;
        let mut request = request;
        let mut attempt = 0;
        loop {
            if let Err(retry_after) = self.breakers.admit(endpoint) {
                self.metrics
                    .upstream(endpoint.slug(), "circuit_open", Duration::ZERO);
                return Err(WixError::CircuitOpen {
                    endpoint,
                    retry_after,
                });
            }
            let left = deadline.saturating_duration_since(Instant::now());
            // A body that cannot be cloned (none of ours) is sent once.
            let copy = request.try_clone();
            let started = Instant::now();
            let result = (self.send_once(endpoint, request.timeout(left), read.clone())).await;
            let outcome = match &result {
                Ok(_) => "ok",
                Err(Failed {
                    error: WixError::Timeout { .. },
                    ..
                }) => "timeout",
                Err(_) => "error",
            };
            self.metrics
                .upstream(endpoint.slug(), outcome, started.elapsed());
            let failed = match result {
                Ok(value) => {
                    self.breakers.record(endpoint, true);
                    return Ok(value);
                }
                Err(failed) => failed,
            };
            self.breakers
                .record(endpoint, !failed.error.is_unavailable());
            let pause = backoff(attempt);
            // Throttled: Wix said when to come back, and it is not now.
            let throttled = matches!(failed.error, WixError::Api { status: 429, .. });
            let may_retry = attempt < self.retries
                && failed.error.is_unavailable()
                && !throttled
                && (endpoint.idempotent() || !failed.reached_wix)
                && Instant::now() + pause < deadline;
            match copy {
                Some(copy) if may_retry => {
                    tracing::info!("{}; retrying in {pause:?}", failed.error);
                    tokio::time::sleep(pause).await;
                    attempt += 1;
                    request = copy;
                }
                _ => {
                    // Wix's own words and connection details go to the log
                    // only, here, where the call failed; a visitor reads
                    // ours (`AppError`).
                    tracing::warn!("Wix call failed: {}", failed.error);
                    return Err(failed.error);
                }
            }
        }
    }

    async fn send_once<T: Send + 'static>(
        &self,
        endpoint: Endpoint,
        request: RequestBuilder,
        read: impl Fn(&Bytes) -> Result<T, WixError> + Send + 'static,
    ) -> Result<T, Failed> {
        let transport = |e: reqwest::Error| Failed {
            reached_wix: !e.is_connect(),
            error: if e.is_timeout() {
                WixError::Timeout {
                    endpoint,
                    after: self.timeout,
                }
            } else {
                WixError::Transport {
                    endpoint,
                    reason: error_chain(&e),
                }
            },
        };
        let response = request.send().await.map_err(transport)?;
        let status = response.status();
        let retry_after = retry_after(response.headers());
        let bytes = response.bytes().await.map_err(transport)?;
        let answered = |error| Failed {
            error,
            reached_wix: true,
        };
        if !status.is_success() {
            let mut said = Said::read(&bytes);
            said.retry_after = retry_after;
            return Err(answered(WixError::Api {
                endpoint,
                status: status.as_u16(),
                said,
            }));
        }
        if bytes.len() <= READ_IN_PLACE {
            return read(&bytes).map_err(answered);
        }
        // A large answer (a catalogue of many plans: milliseconds to read)
        // is read on the blocking pool, not on a worker that answers
        // other connections meanwhile.
        let read = tokio::task::spawn_blocking(move || read(&bytes)).await;
        read.unwrap_or_else(|e| {
            Err(WixError::Malformed {
                endpoint,
                path: String::new(),
                reason: format!("reading the answer stopped: {e}"),
            })
        })
        .map_err(answered)
    }
}

/// The largest answer read where it arrives (64 KiB: a few dozen plans).
pub(super) const READ_IN_PLACE: usize = 64 << 10;

/// Parses a successful body, naming the JSON path of whatever is wrong.
pub fn decode<T: DeserializeOwned>(endpoint: Endpoint, bytes: &[u8]) -> Result<T, WixError> {
    let de = &mut serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize(de).map_err(|e| WixError::Malformed {
        endpoint,
        path: e.path().to_string(),
        reason: e.inner().to_string(),
    })
}

/// `Retry-After` in seconds (the HTTP-date form is not one Wix uses), at
/// most an hour.
fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    let seconds: u64 = headers
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()?;
    Some(Duration::from_secs(seconds.min(3_600)))
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
