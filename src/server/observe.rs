//! What operators see of each request: an ID (kept from a trusted caller,
//! else made up) on the request, its response, its log lines and its calls
//! to Wix; a count and latency by route and status in `/metrics`.

use crate::error::AppError;
use crate::metrics::Metrics;
use crate::state::AppState;
use crate::wix::REQUEST_ID;
use axum::{
    extract::{Request, State},
    http::{HeaderMap, HeaderValue, Method},
    middleware::Next,
    response::Response,
};
use std::{sync::Arc, time::Instant};
use tracing::Instrument;

/// An ID from upstream is kept only when it is short and plain, since it
/// goes into logs and headers.
fn acceptable(id: &HeaderValue) -> bool {
    (8..=64).contains(&id.len())
        && id
            .as_bytes()
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

/// The request's ID: the caller's when acceptable, else a new one.
pub fn request_id(headers: &HeaderMap) -> HeaderValue {
    match headers.get(REQUEST_ID) {
        Some(id) if acceptable(id) => id.clone(),
        // Unique, not secret: a thread-local generator, no system call.
        _ => HeaderValue::from_str(
            &uuid::Builder::from_random_bytes(fastrand::u128(..).to_le_bytes())
                .into_uuid()
                .to_string(),
        )
        .expect("a UUID is a header value"),
    }
}

pub async fn observe(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let started = Instant::now();
    let id = request_id(request.headers());
    request.headers_mut().insert(REQUEST_ID, id.clone());
    let route = super::paths::Route::of(request.uri().path()).label();
    let method = request.method().clone();
    let id_text: Arc<str> = id.to_str().unwrap_or_default().into();
    // Every log line of the request names it.
    let span = tracing::info_span!("request", request_id = %id_text);
    let mut response = crate::wix::with_request_id(Some(id_text.clone()), next.run(request))
        .instrument(span)
        .await;
    finished(&state.metrics, &id_text, &method, route, &response, started);
    response.headers_mut().insert(REQUEST_ID, id);
    response
}

/// Counts a request in `/metrics` and logs it, with what the visitor was
/// told when the answer is an error.
pub fn finished(
    metrics: &Metrics,
    id: &str,
    method: &Method,
    route: &'static str,
    response: &Response,
    started: Instant,
) {
    let status = response.status().as_u16();
    let took = started.elapsed();
    metrics.request(route, status, took);
    let error = response
        .extensions()
        .get::<AppError>()
        .map(tracing::field::debug);
    let took_ms = took.as_millis() as u64;
    // The busy page is counted as shed work, not warned of one by one.
    let shed = response.extensions().get::<super::errors::Busy>().is_some();
    if response.status().is_server_error() && !shed {
        tracing::warn!(request_id = id, %method, route, status, took_ms, error, "request failed");
    } else {
        tracing::debug!(request_id = id, %method, route, status, took_ms, error, "request");
    }
}
