use crate::error::AppError;
use leptos::prelude::*;

/// A human message for an error, with the matching HTTP status on the
/// server-rendered response.
#[component]
pub fn ErrorPage(error: AppError) -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(error.status());
    }
    let (title, advice) = match &error {
        AppError::BadRequest(_) => ("This link is not quite right", "Check the address, or open the default view."),
        AppError::UnknownApp(_) => ("This app is not available", "The app may have been removed from the Wix App Market."),
        AppError::Unavailable(_) => ("Prices are unavailable right now", "Wix did not answer in time. Please try again in a minute."),
        AppError::Upstream(_) | AppError::Internal(_) => {
            ("Something went wrong", "We could not load the prices. Please try again later.")
        }
    };
    view! {
        <section class="error" role="alert">
            <h1>{title}</h1>
            <p>{error.to_string()}</p>
            <p>{advice}</p>
            <p><a href="/">"Show the default view"</a></p>
            {matches!(error, AppError::Unavailable(_) | AppError::Upstream(_)).then(|| view! { <p><a href="">"Try again"</a></p> })}
        </section>
    }
}
