//! Every error answer, from any route or layer, leaves through `render`:
//! an `AppError` (or a bare error status from a layer such as the
//! timeout) becomes the error page in the site's shell, or a JSON body on
//! the JSON routes (`/preview.json`, `/api/v1`). A page Leptos rendered, or a server function's JSON,
//! passes as it is.

use super::paths::Route;
use crate::error::AppError;
use crate::i18n::{Lang, Msg};
use crate::lock;
use crate::state::AppState;
use crate::wix::request_id_of;
use axum::{
    body::{Body, Bytes},
    extract::{Request, State},
    http::{header, HeaderValue, StatusCode},
    middleware::Next,
    response::Response,
};
use leptos::prelude::provide_context;
use leptos::tachys::view::RenderHtml;
use std::{collections::HashMap, sync::Mutex};

/// Where the error page's "Try again" leads, when not the current address.
#[derive(Debug, Clone)]
pub struct RetryLink(pub String);

pub async fn render(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let json = matches!(
        Route::of(request.uri().path()),
        Route::PreviewJson | Route::Api
    );
    // What the page needs of the request, should it fail: kept cheaply
    // (shared bytes), and read only then, off the path of every answer.
    let uri = request.uri().clone();
    let kept = state.language_headers(request.headers());
    let response = next.run(request).await;
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let lang = state.visitor_lang(uri.query(), &kept);
    let reference = request_id_of(&kept).map(|id| id.to_string());
    let (mut parts, body) = response.into_parts();
    let error = match parts.extensions.get::<AppError>() {
        Some(error) => error.clone(),
        None if parts.headers.contains_key(header::CONTENT_TYPE) => {
            return Response::from_parts(parts, body)
        }
        // A layer's bare status: 405, 408.
        None => AppError::refused(
            status,
            match status {
                StatusCode::METHOD_NOT_ALLOWED => Msg::ErrorMethodNotAllowed,
                StatusCode::REQUEST_TIMEOUT => Msg::ErrorRequestTimeout,
                _ => Msg::ErrorRefused,
            },
        ),
    };
    let (content_type, text) = if json {
        let body = serde_json::json!({ "error": {
            "status": status.as_u16(),
            "message": error.to_string(),
            "requestId": reference,
        }});
        ("application/json", body.to_string())
    } else {
        let retry = parts.extensions.get::<RetryLink>().map(|r| r.0.clone());
        let html = page(&state, lang, uri.query(), &error, retry, reference);
        ("text/html; charset=utf-8", html)
    };
    let headers = &mut parts.headers;
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    // A new body, in no encoding: the route's may have been compressed.
    headers.remove(header::CONTENT_LENGTH);
    headers.remove(header::CONTENT_ENCODING);
    headers
        .entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("private, no-store"));
    parts.extensions.insert(error);
    Response::from_parts(parts, Body::from(text))
}

/// The busy page (503 with `Retry-After: 5`) in each language, made once:
/// under a flood it is answered by the thousand, so each answer shares
/// one buffer instead of rendering a page. Its response carries `Busy`,
/// which keeps it out of the warnings of the log (`pricing_shed_total`
/// counts it).
#[derive(Default)]
pub struct BusyPages(Mutex<HashMap<Lang, Bytes>>);

/// Marks the busy page's response.
#[derive(Debug, Clone, Copy)]
pub struct Busy;

impl BusyPages {
    pub fn response(&self, state: &AppState, lang: Lang) -> Response {
        let page = lock(&self.0)
            .entry(lang)
            .or_insert_with(|| page(state, lang, None, &AppError::busy(), None, None).into())
            .clone();
        let mut response = Response::new(Body::from(page));
        *response.status_mut() = StatusCode::SERVICE_UNAVAILABLE;
        let headers = response.headers_mut();
        for (name, value) in [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "private, no-store"),
            (header::RETRY_AFTER, "5"),
        ] {
            headers.insert(name, HeaderValue::from_static(value));
        }
        response.extensions_mut().insert(Busy);
        response
    }
}

/// The error page for `error`, in `lang`, with the look `query` asks for.
pub fn page(
    state: &AppState,
    lang: Lang,
    query: Option<&str>,
    error: &AppError,
    retry: Option<String>,
    reference: Option<String>,
) -> String {
    let options = state.leptos_options.clone();
    // A root of its own: `Owner::new` would make it the child of whatever
    // owner the thread has current (another request's render), whose
    // status and request ID `ErrorPage` would then set and read.
    leptos::reactive::owner::Owner::new_root(None).with(|| {
        provide_context(lang);
        let (brand, look) = state.page_frame(query);
        provide_context(brand);
        provide_context(look);
        let html = crate::app::error_shell(options, error.clone(), retry, reference).to_html();
        super::document::tidied(&html)
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::build;
    use axum::{
        body::Body,
        http::{HeaderMap, Request, StatusCode},
    };

    /// The router's answer to one request, in process: no socket needed to
    /// see what a route or a layer answers.
    async fn answer(request: Request<Body>) -> (StatusCode, HeaderMap, String) {
        build(&[]).await.ask(request).await
    }

    /// As a browser asks: compressed answers welcome.
    fn get(uri: &str) -> Request<Body> {
        Request::get(uri)
            .header("accept-encoding", "gzip, br")
            .body(Body::empty())
            .unwrap()
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn every_refusal_is_the_site_error_page_with_its_status_and_a_reference() {
        let long = format!("/?country={}", "A".repeat(9_000));
        let requests = [
            (
                get("/checkout?app=formflow"),
                400,
                "This link is not quite right",
            ),
            (get("/no-such-page"), 404, "This page does not exist"),
            (get("/preview/."), 404, "This page does not exist"),
            (get(&long), 414, "The address is too long."),
            (
                Request::delete("/checkout").body(Body::empty()).unwrap(),
                405,
                "This request was turned away",
            ),
        ];
        for (request, status, text) in requests {
            let uri = request.uri().to_string();
            let (code, headers, html) = answer(request).await;
            assert_eq!(code, status, "{uri}");
            assert_eq!(headers["content-type"], "text/html; charset=utf-8");
            assert!(!headers.contains_key("content-encoding"), "{uri}");
            assert_eq!(headers["cache-control"], "private, no-store", "{uri}");
            assert!(html.starts_with("<!DOCTYPE html>"), "{uri}: {html}");
            assert!(html.contains(r#"rel="stylesheet""#), "{uri}: {html}");
            assert!(html.contains(text), "{uri}: {html}");
            let reference = headers["x-request-id"].to_str().unwrap();
            assert!(
                html.contains(&format!(r#"<code dir="ltr">{reference}"#)),
                "{uri}: {html}"
            );
        }
    }

    /// An error page made while a render's owner is current on the thread
    /// (as when a busy page is answered between the polls of a page being
    /// rendered) must not set that render's status or read its request.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn an_error_page_leaves_the_render_beside_it_alone() {
        use crate::error::AppError;
        use leptos::prelude::provide_context;
        let server = build(&[]).await;
        let state = crate::state::AppState::clone(&server.front.0);
        let beside = leptos_axum::ResponseOptions::default();
        let owner = leptos::reactive::owner::Owner::new_root(None);
        let html = owner.with(|| {
            provide_context(beside.clone());
            let (parts, _) = Request::get("/")
                .header("x-request-id", "someone-elses-id")
                .body(())
                .unwrap()
                .into_parts();
            provide_context(parts);
            super::page(
                &state,
                crate::i18n::Lang::En,
                None,
                &AppError::busy(),
                None,
                None,
            )
        });
        let parts = beside.0.read().unwrap();
        assert_eq!(parts.status, None, "the render beside it got a status");
        assert!(parts.headers.is_empty(), "{:?}", parts.headers);
        assert!(!html.contains("someone-elses-id"), "{html}");
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_json_route_answers_its_error_as_json() {
        let (status, headers, body) = answer(get("/preview.json?preset=nope")).await;
        assert_eq!(status, 400);
        assert_eq!(headers["content-type"], "application/json");
        let body: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(body["error"]["status"], 400);
        assert!(body["error"]["message"]
            .as_str()
            .unwrap()
            .starts_with("The preset must be default, eu, g7 or all"));
        assert_eq!(
            body["error"]["requestId"],
            headers["x-request-id"].to_str().unwrap()
        );
    }
}
