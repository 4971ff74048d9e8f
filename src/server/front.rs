//! Kept pages answered below the router. A page the cache holds needs
//! none of the router's work (routing, rendering, compression, timers);
//! what the layers around the router add to it (the security headers, the
//! request's ID, its count and log line) is added here, so the answer is
//! the one the router would give. Anything else, a page not kept
//! included, goes through the router.

use super::{input, observe, page_cache, paths::Route, ServerState};
use crate::wix::REQUEST_ID;
use axum::response::Response;
use std::time::Instant;

#[derive(Clone)]
pub struct Front(pub(super) ServerState);

impl Front {
    /// The answer to `request` when it is a kept page.
    pub fn answer<B: hyper::body::Body>(&self, request: &http::Request<B>) -> Option<Response> {
        let started = Instant::now();
        if !request.body().is_end_stream() || input::check(request).is_err() {
            return None;
        }
        let mut response = page_cache::kept_page(&self.0, request)?;
        let id = observe::request_id(request.headers());
        self.0.security.add(response.headers_mut());
        observe::finished(
            &self.0.metrics,
            id.to_str().unwrap_or_default(),
            request.method(),
            Route::Page.label(),
            &response,
            started,
        );
        response.headers_mut().insert(REQUEST_ID, id);
        Some(response)
    }
}
