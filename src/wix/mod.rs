//! Everything that talks to Wix: the typed models, the HTTP client and the
//! signed `instance` parameter. Server only.

mod cache;
mod client;
pub mod identity;
pub mod instance;
pub mod model;
mod resilience;
mod settings;
#[cfg(test)]
mod tests;

pub use cache::{CacheSettings, PlanCache, Prices};
pub use resilience::Resilience;
pub use settings::{WixSettings, WixSite};

pub use client::{decode, AppCredentials, Endpoint, WixClient, COUNTRY_HEADER};
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
    #[error("{endpoint}: Wix answered {status}: {message}")]
    Api {
        endpoint: Endpoint,
        status: u16,
        message: String,
        details: Option<serde_json::Value>,
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

impl WixError {
    /// Whether Wix is unwell rather than refusing this request: it could
    /// not be reached, was too slow, failed (5xx), asked us to come back
    /// later (429) or sent a body that is not what it documents. Retrying
    /// later may work, and old prices are better than none.
    pub fn is_unavailable(&self) -> bool {
        match self {
            Self::Timeout { .. }
            | Self::Transport { .. }
            | Self::Malformed { .. }
            | Self::CircuitOpen { .. } => true,
            Self::Api { status, .. } => *status == 429 || *status >= 500,
            Self::InvalidRequest(_) => false,
        }
    }
}
