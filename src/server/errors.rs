//! Error pages outside the Leptos routes (checkout, unknown addresses):
//! the page's own `ErrorPage`, in a document with the site's stylesheet,
//! with the error's status. Never stored by a browser or a CDN.

use crate::app::SiteHead;
use crate::error::AppError;
use crate::views::ErrorPage;
use axum::{
    http::{header, HeaderValue},
    response::{Html, IntoResponse, Response},
};
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;

pub fn error_response(options: &LeptosOptions, error: AppError, retry: Option<String>) -> Response {
    let status = error.status();
    let retry_after = error.retry_after();
    let options = options.clone();
    let html = leptos::reactive::owner::Owner::new().with(|| {
        view! {
            <!DOCTYPE html>
            <html lang="en">
                <head>
                    <SiteHead options/>
                    <title>"Plans and pricing"</title>
                </head>
                <body>
                    <main>
                        <ErrorPage error retry/>
                    </main>
                </body>
            </html>
        }
        .to_html()
    });
    let mut response = (status, Html(html)).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    if let Some(seconds) = retry_after {
        headers.insert(header::RETRY_AFTER, seconds);
    }
    response
}
