//! Bounds on what any request may send, checked before routing: the
//! handlers validate values, this keeps their sizes sane.

use axum::{
    extract::Request,
    http::StatusCode,
    middleware::Next,
    response::{IntoResponse, Response},
};

/// Longest path and query together.
const MAX_URI: usize = 4096;
/// Longest single query parameter, name and value (a signed instance is
/// well under this).
const MAX_PARAM: usize = 2048;
/// Most query parameters.
const MAX_PARAMS: usize = 64;
/// Longest header value.
const MAX_HEADER: usize = 8192;

pub async fn bounded(request: Request, next: Next) -> Response {
    match check(&request) {
        Ok(()) => next.run(request).await,
        Err((status, message)) => (status, format!("{message}\n")).into_response(),
    }
}

fn check(request: &Request) -> Result<(), (StatusCode, &'static str)> {
    let uri = request.uri();
    let length = uri.path().len() + uri.query().map_or(0, str::len);
    if length > MAX_URI {
        return Err((StatusCode::URI_TOO_LONG, "The address is too long."));
    }
    if let Some(query) = uri.query() {
        let mut count = 0;
        for pair in query.split('&') {
            count += 1;
            if count > MAX_PARAMS {
                return Err((StatusCode::BAD_REQUEST, "Too many query parameters."));
            }
            if pair.len() > MAX_PARAM {
                return Err((StatusCode::BAD_REQUEST, "A query parameter is too long."));
            }
        }
    }
    if request.headers().values().any(|v| v.len() > MAX_HEADER) {
        return Err((
            StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            "A request header is too large.",
        ));
    }
    Ok(())
}
