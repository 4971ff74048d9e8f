//! Bounds on what any request may send, checked before routing: the
//! handlers validate values, this keeps their sizes and times sane.

use crate::error::AppError;
use crate::i18n::Msg;
use axum::{
    body::{Body, HttpBody},
    extract::Request,
    http::StatusCode,
    middleware::Next,
    response::{IntoResponse, Response},
};
use http_body_util::{BodyExt, LengthLimitError, Limited};
use std::time::Duration;

/// Longest path and query together.
const MAX_URI: usize = 4096;
/// Longest single query parameter, name and value (a signed instance is
/// well under this).
const MAX_PARAM: usize = 2048;
/// Most query parameters.
const MAX_PARAMS: usize = 64;
/// Longest header value.
const MAX_HEADER: usize = 8192;
/// Largest request body: the checkout form and server function arguments
/// are a few hundred bytes.
const MAX_BODY: usize = 16 * 1024;
/// A client has this long, from its headers on, to send the whole body.
const BODY_TIMEOUT: Duration = Duration::from_secs(10);

/// Marks an HTTP/1.1 request that came without a `Host` line. The accept
/// loop sets it: requests built in process have no `Host` either.
#[derive(Clone, Copy)]
pub(super) struct HostMissing;

/// Marks `request` when it is HTTP/1.1 without a `Host` line (HTTP/2 names
/// its host in `:authority`).
pub(super) fn mark_host_missing<B>(request: &mut http::Request<B>) {
    if request.version() == http::Version::HTTP_11
        && !request.headers().contains_key(http::header::HOST)
    {
        request.extensions_mut().insert(HostMissing);
    }
}

/// `uri-host [":" port]`, as a Host line gives it: an authority without
/// user information.
fn is_host(value: &[u8]) -> bool {
    http::uri::Authority::try_from(value).is_ok_and(|host| !host.as_str().contains('@'))
}

pub async fn bounded(request: Request, next: Next) -> Response {
    match check(&request) {
        Ok(()) => next.run(request).await,
        Err((status, message)) => AppError::refused(status, message).into_response(),
    }
}

pub(super) fn check<B>(request: &http::Request<B>) -> Result<(), (StatusCode, Msg)> {
    let uri = request.uri();
    let length = uri.path().len() + uri.query().map_or(0, str::len);
    if length > MAX_URI {
        return Err((StatusCode::URI_TOO_LONG, Msg::ErrorAddressTooLong));
    }
    if let Some(query) = uri.query() {
        let mut count = 0;
        for pair in query.split('&') {
            count += 1;
            if count > MAX_PARAMS {
                return Err((StatusCode::BAD_REQUEST, Msg::ErrorTooManyParameters));
            }
            if pair.len() > MAX_PARAM {
                return Err((StatusCode::BAD_REQUEST, Msg::ErrorParameterTooLong));
            }
        }
    }
    // RFC 9112, 3.2: an HTTP/1.1 request without a Host line, with two
    // (what a proxy and this server take for its host could differ), or
    // with one that is not a host and port, is refused. An empty one is
    // what a client sends for an address without a host.
    let mut hosts = request.headers().get_all(http::header::HOST).iter();
    let host_named = match (hosts.next(), hosts.next()) {
        (None, _) => request.extensions().get::<HostMissing>().is_none(),
        (Some(host), None) => host.is_empty() || is_host(host.as_bytes()),
        (Some(_), Some(_)) => false,
    };
    if !host_named {
        return Err((StatusCode::BAD_REQUEST, Msg::ErrorBadHost));
    }
    if request.headers().values().any(|v| v.len() > MAX_HEADER) {
        return Err((
            StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            Msg::ErrorHeaderTooLarge,
        ));
    }
    Ok(())
}

/// Reads the request body whole before any handler sees it: at most
/// `MAX_BODY` bytes, all of them within `BODY_TIMEOUT`. One deadline for
/// the whole body: a timer restarted per chunk lets a client that sends a
/// byte at a time hold the request open.
pub async fn body(request: Request, next: Next) -> Response {
    if request.body().is_end_stream() {
        return next.run(request).await;
    }
    let (parts, body) = request.into_parts();
    let read = tokio::time::timeout(BODY_TIMEOUT, Limited::new(body, MAX_BODY).collect()).await;
    let refused = |status, why: Msg| AppError::refused(status, why).into_response();
    match read {
        Ok(Ok(collected)) => {
            next.run(Request::from_parts(parts, Body::from(collected.to_bytes())))
                .await
        }
        Ok(Err(e)) if e.is::<LengthLimitError>() => {
            refused(StatusCode::PAYLOAD_TOO_LARGE, Msg::ErrorBodyTooLarge)
        }
        Ok(Err(_)) => refused(StatusCode::BAD_REQUEST, Msg::ErrorBodyCutOff),
        Err(_) => refused(StatusCode::REQUEST_TIMEOUT, Msg::ErrorBodyTooSlow),
    }
}
