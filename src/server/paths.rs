//! One spelling per path. Everything that looks at a path after this (the
//! page cache, the router and the guards attached to its routes, the
//! metrics labels) sees it in its one form: no empty segments, no trailing
//! slash, no dot segments however they are encoded. The Leptos router
//! would otherwise match `/preview/` and `/./preview` as `/preview`, past
//! guards that compared strings.

use crate::error::AppError;
use axum::{
    extract::Request,
    http::{header, HeaderValue, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};

/// What a path is, for everything that treats kinds of request apart
/// (metrics labels, the page cache); the router dispatches the same paths.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    Page,
    Preview,
    PreviewCsv,
    PreviewJson,
    PreviewXlsx,
    Checkout,
    /// The headless API, `/api/v1/...`.
    Api,
    /// Wix's webhooks, `/webhooks/wix/{appId}`.
    Webhook,
    Asset,
    Health,
    Ready,
    Metrics,
    Other,
}

impl Route {
    pub fn of(path: &str) -> Self {
        match path {
            "/" => Self::Page,
            "/preview" => Self::Preview,
            "/preview.csv" => Self::PreviewCsv,
            "/preview.json" => Self::PreviewJson,
            "/preview.xlsx" => Self::PreviewXlsx,
            "/checkout" => Self::Checkout,
            "/healthz" => Self::Health,
            "/readyz" => Self::Ready,
            "/metrics" => Self::Metrics,
            _ if path.starts_with("/api/v1/") => Self::Api,
            _ if path.starts_with("/webhooks/wix/") => Self::Webhook,
            _ if path.starts_with("/pkg/") || path == "/theme.css" => Self::Asset,
            _ => Self::Other,
        }
    }

    /// The `route` label of the request metrics: a fixed few.
    pub fn label(self) -> &'static str {
        match self {
            Self::Page => "/",
            Self::Preview => "/preview",
            Self::PreviewCsv => "/preview.csv",
            Self::PreviewJson => "/preview.json",
            Self::PreviewXlsx => "/preview.xlsx",
            Self::Checkout => "/checkout",
            Self::Api => "/api/v1",
            Self::Webhook => "/webhooks/wix",
            Self::Asset => "/pkg",
            Self::Health => "/healthz",
            Self::Ready => "/readyz",
            Self::Metrics => "/metrics",
            Self::Other => "other",
        }
    }
}

/// What to do with a request's path.
#[derive(Debug, PartialEq, Eq)]
enum Verdict {
    /// Already in its one form.
    Canonical,
    /// Empty segments or a trailing slash: the same path, written plainly.
    Moved(String),
    /// Dot segments (`.`, `..`, `%2e`), backslashes: never a link of ours.
    Refused,
}

fn verdict(path: &str) -> Verdict {
    let Some(rest) = path.strip_prefix('/') else {
        return Verdict::Refused;
    };
    if rest.is_empty() {
        return Verdict::Canonical;
    }
    let mut moved = false;
    for segment in rest.split('/') {
        if segment.is_empty() {
            moved = true;
        } else if is_dot_segment(segment) || segment.contains('\\') {
            return Verdict::Refused;
        }
    }
    if !moved {
        return Verdict::Canonical;
    }
    let kept: Vec<&str> = rest.split('/').filter(|s| !s.is_empty()).collect();
    // Starts with exactly one slash: never `//host`, which a browser would
    // follow to another site.
    Verdict::Moved(format!("/{}", kept.join("/")))
}

/// `.` or `..`, with any of its dots written `%2e` (RFC 3986, 2.3).
fn is_dot_segment(segment: &str) -> bool {
    let decoded = segment.to_ascii_lowercase().replace("%2e", ".");
    decoded == "." || decoded == ".."
}

/// Middleware: passes canonical paths, redirects (308, so a form post stays
/// a post) to the plain spelling, refuses dot segments with 404.
pub async fn canonical(request: Request, next: Next) -> Response {
    let not_found = || AppError::NotFound.into_response();
    match verdict(request.uri().path()) {
        Verdict::Canonical => next.run(request).await,
        Verdict::Moved(mut path) => {
            if let Some(query) = request.uri().query() {
                path.push('?');
                path.push_str(query);
            }
            match HeaderValue::try_from(path) {
                Ok(location) => (
                    StatusCode::PERMANENT_REDIRECT,
                    [(header::LOCATION, location)],
                )
                    .into_response(),
                Err(_) => not_found(),
            }
        }
        Verdict::Refused => not_found(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_path_is_one_kind_of_request() {
        for (path, route) in [
            ("/", Route::Page),
            ("/preview", Route::Preview),
            ("/preview.csv", Route::PreviewCsv),
            ("/api/preview", Route::Other),
            ("/pkg/app.0f3e.wasm", Route::Asset),
            ("/checkout", Route::Checkout),
            // Only the one spelling: `canonical` redirects or refuses the rest.
            ("/preview/", Route::Other),
            ("/./", Route::Other),
        ] {
            assert_eq!(Route::of(path), route, "{path}");
        }
        assert_eq!(Route::of("/anything/else").label(), "other");
    }

    #[test]
    fn one_spelling_per_path() {
        for path in [
            "/",
            "/preview",
            "/preview.csv",
            "/pkg/app.0f3e.js",
            "/a.b/c",
        ] {
            assert_eq!(verdict(path), Verdict::Canonical, "{path}");
        }
        for (path, to) in [
            ("/preview/", "/preview"),
            ("//preview", "/preview"),
            ("/preview//x/", "/preview/x"),
            ("//evil.example/", "/evil.example"),
            ("///", "/"),
        ] {
            assert_eq!(verdict(path), Verdict::Moved(to.into()), "{path}");
        }
        for path in [
            "/./preview",
            "/preview/.",
            "/%2e/preview",
            "/%2E%2e/preview",
            "/.%2E/",
            "/x/../preview",
            "/\\evil.example",
            "*",
        ] {
            assert_eq!(verdict(path), Verdict::Refused, "{path}");
        }
    }
}
