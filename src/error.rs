//! The errors a visitor can meet, and the one place that maps them to HTTP
//! status codes. Shared by the server and the browser, so it carries
//! catalogue sentences (shown in the visitor's language) rather than the
//! server's error types. On the server an `AppError` is a response: its
//! status and headers, and itself as an extension, which
//! `server::errors::render` turns into the page or the JSON its route
//! speaks.

use crate::i18n::{Detail, Msg};
use http::StatusCode;
use leptos::server_fn::{self, codec::JsonEncoding, error::FromServerFnError};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum AppError {
    /// The request itself is wrong (a bad query parameter, say).
    #[error("{0}")]
    BadRequest(Detail),
    /// The visitor's Wix sign-in cannot be used (expired, forged).
    #[error("{0}")]
    Forbidden(Detail),
    /// Wix refused the coupon the visitor came with.
    #[error("{0}")]
    CouponRejected(Detail),
    /// Wix forbids this choice here (a downgrade, yearly to monthly).
    #[error("{0}")]
    Conflict(Detail),
    /// No page at this address.
    #[error("{}", Detail::new(Msg::ErrorNoPage))]
    NotFound,
    /// Wix cannot be reached or is overloaded; retrying later may work.
    #[error("{0}")]
    Unavailable(Detail),
    /// Wix says it does not know an app this page is configured for.
    #[error("{0}")]
    UnknownApp(Detail),
    /// Wix asked us to wait (429) this many seconds before asking again.
    #[error("{detail}")]
    Throttled { detail: Detail, seconds: u32 },
    /// Wix answered, but with an error or a body we cannot read.
    #[error("{0}")]
    Upstream(Detail),
    /// Our own fault; what went wrong was logged where it happened.
    #[error("{0}")]
    Internal(Detail),
    /// The HTTP layer turned the request away (too large, too slow, too
    /// many, a method the address does not take, no token): its status.
    #[error("{detail}")]
    Refused { status: u16, detail: Detail },
}

impl AppError {
    /// `Retry-After` in seconds, where waiting may help.
    pub fn retry_after(&self) -> Option<http::HeaderValue> {
        match self {
            Self::Unavailable(_) => Some(http::HeaderValue::from_static("60")),
            Self::Throttled { seconds, .. } => Some(http::HeaderValue::from(*seconds)),
            Self::Refused { status: 503, .. } => Some(http::HeaderValue::from_static("5")),
            _ => None,
        }
    }

    /// The server is busy with other work: try again in a few seconds.
    pub fn busy() -> Self {
        Self::refused(StatusCode::SERVICE_UNAVAILABLE, Msg::ErrorBusy)
    }

    /// The variant's name, for metrics labels.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::BadRequest(_) => "bad_request",
            Self::CouponRejected(_) => "coupon_rejected",
            Self::Forbidden(_) => "forbidden",
            Self::Conflict(_) => "conflict",
            Self::NotFound => "not_found",
            Self::Unavailable(_) => "unavailable",
            Self::Throttled { .. } => "throttled",
            Self::UnknownApp(_) => "unknown_app",
            Self::Upstream(_) => "upstream",
            Self::Internal(_) => "internal",
            Self::Refused { .. } => "refused",
        }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            Self::BadRequest(_) | Self::CouponRejected(_) => StatusCode::BAD_REQUEST,
            Self::Forbidden(_) => StatusCode::FORBIDDEN,
            Self::Conflict(_) => StatusCode::CONFLICT,
            Self::NotFound | Self::UnknownApp(_) => StatusCode::NOT_FOUND,
            Self::Unavailable(_) | Self::Throttled { .. } => StatusCode::SERVICE_UNAVAILABLE,
            Self::Upstream(_) => StatusCode::BAD_GATEWAY,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
            Self::Refused { status, .. } => {
                StatusCode::from_u16(*status).unwrap_or(StatusCode::BAD_REQUEST)
            }
        }
    }

    /// Turned away with `status`, because of `detail`.
    pub fn refused(status: StatusCode, detail: impl Into<Detail>) -> Self {
        Self::Refused {
            status: status.as_u16(),
            detail: detail.into(),
        }
    }

    /// What went wrong, for the page to say in the visitor's language.
    pub fn detail(&self) -> Detail {
        match self {
            Self::NotFound => Detail::new(Msg::ErrorNoPage),
            Self::BadRequest(detail)
            | Self::CouponRejected(detail)
            | Self::Forbidden(detail)
            | Self::Conflict(detail)
            | Self::Unavailable(detail)
            | Self::Upstream(detail)
            | Self::Internal(detail)
            | Self::Throttled { detail, .. }
            | Self::UnknownApp(detail)
            | Self::Refused { detail, .. } => detail.clone(),
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
        #[cfg(feature = "ssr")]
        tracing::error!("server function: {value}");
        #[cfg(not(feature = "ssr"))]
        let _ = value;
        Self::Internal(Msg::ErrorInternal.into())
    }
}

impl From<server_fn::error::ServerFnErrorErr> for AppError {
    fn from(e: server_fn::error::ServerFnErrorErr) -> Self {
        Self::from_server_fn_error(e)
    }
}

/// What a visitor reads of a failed Wix call: what happened, in our words
/// (Wix was slow, is failing, asked us to wait, refused, or gave no prices
/// this page can show for the country). Wix's own message and connection
/// details were logged by the client.
#[cfg(feature = "ssr")]
impl From<crate::wix::WixError> for AppError {
    fn from(e: crate::wix::WixError) -> Self {
        use crate::wix::{Endpoint, WixError};
        match &e {
            WixError::Timeout { .. } => Self::Unavailable(Msg::ErrorWixTimeout.into()),
            WixError::Api { status: 429, .. } => Self::Throttled {
                detail: Msg::ErrorWixThrottled.into(),
                seconds: e.retry_after().map_or(60, |wait| {
                    u32::try_from(wait.as_secs().max(1)).unwrap_or(u32::MAX)
                }),
            },
            _ if e.is_unavailable() => Self::Unavailable(Msg::ErrorWixDown.into()),
            // By what Wix says, not by the status alone: a 404 can be one
            // country's as well as the app's.
            WixError::Api {
                endpoint: Endpoint::ListAppPlans,
                status: 404,
                said,
            } if said.names(&["app"]) => Self::UnknownApp(Msg::ErrorWixUnknownApp.into()),
            WixError::Api {
                endpoint: Endpoint::ListAppPlans,
                ..
            }
            | WixError::Malformed {
                endpoint: Endpoint::ListAppPlans,
                ..
            } => Self::Upstream(Msg::ErrorCountryNotPriced.into()),
            WixError::Api { .. } => Self::Upstream(Msg::ErrorWixRefused.into()),
            WixError::Malformed { .. } => Self::Upstream(Msg::ErrorWixFailed.into()),
            WixError::CircuitOpen { .. } | WixError::Transport { .. } => {
                Self::Unavailable(Msg::ErrorWixDown.into())
            }
            WixError::InvalidRequest(_) => Self::Internal(Msg::ErrorInternal.into()),
        }
    }
}
