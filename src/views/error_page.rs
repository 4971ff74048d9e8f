use crate::error::AppError;
use leptos::prelude::*;

/// A human message for an error, with the matching HTTP status on the
/// server-rendered response.
#[component]
pub fn ErrorPage(
    error: AppError,
    /// Where "Try again" leads; the current address by default.
    #[prop(optional_no_strip)]
    retry: Option<String>,
    /// The request's ID, for the visitor to quote; by default the one the
    /// server gave the request being rendered.
    #[prop(optional_no_strip)]
    reference: Option<String>,
) -> impl IntoView {
    #[cfg(feature = "ssr")]
    let reference = reference.or_else(|| {
        let parts = use_context::<http::request::Parts>()?;
        Some(parts.headers.get("x-request-id")?.to_str().ok()?.to_owned())
    });
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(error.status());
        if let Some(seconds) = error.retry_after() {
            response.insert_header(http::header::RETRY_AFTER, seconds);
        }
    }
    let (title, advice) = match &error {
        AppError::BadRequest(_) => ("This link is not quite right", "Check the address, or open the default view."),
        AppError::Forbidden(_) => ("Please open this page from Wix again", "Use \u{201c}Upgrade App\u{201d} in your site's dashboard, then choose your plan."),
        AppError::Conflict(_) => ("This change is not possible here", "To move to a cheaper plan or from yearly to monthly billing, cancel your current plan in Wix first."),
        AppError::NotFound => ("This page does not exist", "Check the address, or open the default view."),
        AppError::UnknownApp(_) => ("This app is not available", "The app may have been removed from the Wix App Market."),
        AppError::Unavailable(_) => ("Prices are unavailable right now", "Wix is not answering right now. Please try again in a minute."),
        AppError::Upstream(_) | AppError::Internal(_) => {
            ("Something went wrong", "We could not load the prices. Please try again later.")
        }
        AppError::Refused { .. } => ("This request was turned away", "Check the address, or wait a moment and try again."),
    };
    view! {
        <section class="error" role="alert">
            <h1>{title}</h1>
            <p>{error.to_string()}</p>
            <p>{advice}</p>
            <p><a href="/">"Show the default view"</a></p>
            {matches!(error, AppError::Unavailable(_) | AppError::Upstream(_))
                .then(|| view! { <p><a href=retry.unwrap_or_default()>"Try again"</a></p> })}
            {reference.map(|id| view! { <p class="reference">"Reference: " <code>{id}</code></p> })}
        </section>
    }
}
