//! Everything that talks to Wix: the typed models, the HTTP client and the
//! signed `instance` parameter. Server only.

mod client;
pub mod instance;
pub mod model;
#[cfg(test)]
mod tests;

pub use client::{decode, AppCredentials, Endpoint, WixClient, COUNTRY_HEADER};
use std::time::Duration;

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
    #[error("invalid request to Wix: {0}")]
    InvalidRequest(String),
}

impl WixError {
    /// Whether Wix could not be reached, was too slow, or asked us to come
    /// back later (429, 503): retrying later may work.
    pub fn is_unavailable(&self) -> bool {
        match self {
            Self::Timeout { .. } | Self::Transport { .. } => true,
            Self::Api { status, .. } => matches!(status, 429 | 503),
            Self::Malformed { .. } | Self::InvalidRequest(_) => false,
        }
    }
}
