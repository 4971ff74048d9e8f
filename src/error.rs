//! The errors a visitor can meet, and the one place that maps them to HTTP
//! status codes. Shared by the server and the browser, so it carries text
//! rather than the server's error types. On the server an `AppError` is a
//! response: its status and headers, and itself as an extension, which
//! `server::errors::render` turns into the page or the JSON its route
//! speaks.

use http::StatusCode;
use leptos::server_fn::{self, codec::JsonEncoding, error::FromServerFnError};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum AppError {
    /// The request itself is wrong (a bad query parameter, say).
    #[error("{0}")]
    BadRequest(String),
    /// The visitor's Wix sign-in cannot be used (expired, forged).
    #[error("{0}")]
    Forbidden(String),
    /// Wix forbids this choice here (a downgrade, yearly to monthly).
    #[error("{0}")]
    Conflict(String),
    /// No page at this address.
    #[error("There is no page at this address.")]
    NotFound,
    /// Wix does not know an app this page is configured for.
    #[error("{0}")]
    UnknownApp(String),
    /// Wix cannot be reached or is overloaded; retrying later may work.
    #[error("{0}")]
    Unavailable(String),
    /// Wix answered, but with an error or a body we cannot read.
    #[error("{0}")]
    Upstream(String),
    #[error("{0}")]
    Internal(String),
    /// The HTTP layer turned the request away (too large, too slow, too
    /// many, a method the address does not take, no token): its status.
    #[error("{message}")]
    Refused { status: u16, message: String },
}

impl AppError {
    /// `Retry-After` in seconds, where waiting may help.
    pub fn retry_after(&self) -> Option<http::HeaderValue> {
        matches!(self, Self::Unavailable(_)).then(|| http::HeaderValue::from_static("60"))
    }

    pub fn status(&self) -> StatusCode {
        match self {
            Self::BadRequest(_) => StatusCode::BAD_REQUEST,
            Self::Forbidden(_) => StatusCode::FORBIDDEN,
            Self::Conflict(_) => StatusCode::CONFLICT,
            Self::NotFound | Self::UnknownApp(_) => StatusCode::NOT_FOUND,
            Self::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            Self::Upstream(_) => StatusCode::BAD_GATEWAY,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
            Self::Refused { status, .. } => {
                StatusCode::from_u16(*status).unwrap_or(StatusCode::BAD_REQUEST)
            }
        }
    }

    /// Turned away with `status`, for `message`.
    pub fn refused(status: StatusCode, message: impl Into<String>) -> Self {
        Self::Refused {
            status: status.as_u16(),
            message: message.into(),
        }
    }
}

#[cfg(feature = "ssr")]
impl axum::response::IntoResponse for AppError {
    fn into_response(self) -> axum::response::Response {
        let mut response = (self.status(), self.to_string()).into_response();
        let headers = response.headers_mut();
        // An error is this request's: never stored by a browser or a CDN.
        headers.insert(
            http::header::CACHE_CONTROL,
            http::HeaderValue::from_static("private, no-store"),
        );
        if let Some(seconds) = self.retry_after() {
            headers.insert(http::header::RETRY_AFTER, seconds);
        }
        response.extensions_mut().insert(self);
        response
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: server_fn::error::ServerFnErrorErr) -> Self {
        Self::Internal(value.to_string())
    }
}

impl From<server_fn::error::ServerFnErrorErr> for AppError {
    fn from(e: server_fn::error::ServerFnErrorErr) -> Self {
        Self::from_server_fn_error(e)
    }
}

/// What a visitor reads of a failed Wix call: what happened, in our words.
/// Wix's own message and connection details were logged by the client.
#[cfg(feature = "ssr")]
impl From<crate::wix::WixError> for AppError {
    fn from(e: crate::wix::WixError) -> Self {
        use crate::wix::WixError;
        match &e {
            _ if e.is_unavailable() => Self::Unavailable("Wix did not answer in time.".into()),
            WixError::Api { status: 404, .. } => {
                Self::UnknownApp("Wix does not know this app.".into())
            }
            WixError::Api { .. } | WixError::Malformed { .. } => {
                Self::Upstream("Wix answered with an error.".into())
            }
            _ => Self::Internal("This page could not be built.".into()),
        }
    }
}
