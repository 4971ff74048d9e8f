//! Everything that talks to Wix: the typed models, the HTTP client and the
//! signed `instance` parameter. Server only.

mod cache;
mod client;
pub mod identity;
pub mod instance;
pub mod model;
mod resilience;
mod settings;
mod shared;
#[cfg(test)]
mod tests;
pub mod webhook;

pub use cache::{CacheSettings, PlanCache, Prices};
pub use resilience::Resilience;
pub use settings::{WixSettings, WixSite};
pub use shared::{SharedCache, SharedCacheSettings};

pub use client::{decode, AppCredentials, AppPlans, Endpoint, WixClient, COUNTRY_HEADER};
use std::{future::Future, sync::Arc, time::Duration};

tokio::task_local! {
    static CURRENT_REQUEST_ID: Arc<str>;
}

/// Runs `work` with the ID of the request it serves, which every call to
/// Wix made inside it carries as `X-Request-Id`.
pub async fn with_request_id<F: Future>(id: Option<Arc<str>>, work: F) -> F::Output {
    match id {
        Some(id) => CURRENT_REQUEST_ID.scope(id, work).await,
        None => work.await,
    }
}

/// The header a request's ID travels in, to us and on to Wix.
pub const REQUEST_ID: http::HeaderName = http::HeaderName::from_static("x-request-id");

/// The request's ID, as the request's headers carry it.
pub fn request_id_of(headers: &http::HeaderMap) -> Option<Arc<str>> {
    headers
        .get(REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .map(Arc::from)
}

/// The ID of the request being served, when one was set.
pub fn request_id() -> Option<Arc<str>> {
    CURRENT_REQUEST_ID.try_with(Arc::clone).ok()
}

/// Why a Wix call failed.
#[derive(Debug, Clone, thiserror::Error)]
pub enum WixError {
    #[error("{endpoint}: no answer within {after:?}")]
    Timeout { endpoint: Endpoint, after: Duration },
    #[error("{endpoint}: connection failed: {reason}")]
    Transport { endpoint: Endpoint, reason: String },
    #[error("{endpoint}: Wix answered {status}: {}", said.message)]
    Api {
        endpoint: Endpoint,
        status: u16,
        said: Said,
    },
    #[error("{endpoint}: malformed response at `{path}`: {reason}")]
    Malformed {
        endpoint: Endpoint,
        path: String,
        reason: String,
    },
    #[error("{endpoint}: not called for {retry_after:?}: it failed repeatedly")]
    CircuitOpen {
        endpoint: Endpoint,
        retry_after: Duration,
    },
    #[error("invalid request to Wix: {0}")]
    InvalidRequest(String),
}

/// What Wix said with an error status, read once from its body and
/// headers: `message`, `details.applicationError.code`,
/// `details.validationError.fieldViolations[].field` (or an OAuth
/// `error` and `error_description`), and `Retry-After`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Said {
    pub message: String,
    pub code: Option<String>,
    /// The request fields a validation error names.
    pub fields: Vec<String>,
    pub retry_after: Option<Duration>,
}

impl Said {
    /// What an error body says: Wix's `{message, details}`, or the OAuth
    /// endpoint's `{error, error_description}`; a short excerpt of anything
    /// else (proxies answer with HTML or nothing).
    pub fn read(bytes: &[u8]) -> Self {
        let Ok(body) = serde_json::from_slice::<model::ErrorBody>(bytes) else {
            return Self {
                message: String::from_utf8_lossy(&bytes[..bytes.len().min(200)]).into_owned(),
                ..Self::default()
            };
        };
        let details = body.details.unwrap_or_default();
        Self {
            code: (details.application_error.and_then(|error| error.code)).or(body.error.clone()),
            message: (body.message.or(body.error_description).or(body.error)).unwrap_or_default(),
            fields: details
                .validation_error
                .map(|error| {
                    (error.field_violations.into_iter())
                        .filter_map(|violation| violation.field)
                        .collect()
                })
                .unwrap_or_default(),
            retry_after: None,
        }
    }

    /// Whether any of what Wix said names one of `words` (any case): in
    /// its message, its application error code or a field it refused.
    pub fn names(&self, words: &[&str]) -> bool {
        std::iter::once(&self.message)
            .chain(&self.code)
            .chain(&self.fields)
            .map(|text| text.to_ascii_lowercase())
            .any(|text| words.iter().any(|word| text.contains(word)))
    }
}

impl WixError {
    /// Whether Wix is unwell rather than refusing this request: it could
    /// not be reached, was too slow, failed (5xx) or asked us to come back
    /// later (429). Only these count against an endpoint's circuit; old
    /// prices are better than none meanwhile. A 4xx, or a body we cannot
    /// use, is the one request's failure.
    pub fn is_unavailable(&self) -> bool {
        match self {
            Self::Timeout { .. } | Self::Transport { .. } | Self::CircuitOpen { .. } => true,
            Self::Api { status, .. } => *status == 429 || *status >= 500,
            Self::Malformed { .. } | Self::InvalidRequest(_) => false,
        }
    }

    /// Wix refused the access token (401, 403): a new one may do.
    pub fn is_unauthorized(&self) -> bool {
        matches!(
            self,
            Self::Api {
                status: 401 | 403,
                ..
            }
        )
    }

    /// How long Wix asked us to wait: `Retry-After`, or what is left of an
    /// open circuit.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Self::Api { said, .. } => said.retry_after,
            Self::CircuitOpen { retry_after, .. } => Some(*retry_after),
            _ => None,
        }
    }
}
