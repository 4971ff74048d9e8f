use crate::error::AppError;
use crate::i18n::Msg;
use leptos::prelude::*;

/// A human message for an error, with the matching HTTP status on the
/// server-rendered response.
#[component]
pub fn ErrorPage(
    error: AppError,
    /// Where "Try again" (or, for a refused coupon, "without the coupon")
    /// leads; the current address by default.
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
    let lang = super::use_lang();
    let (title, advice) = match &error {
        AppError::BadRequest(_) | AppError::CouponRejected(_) => {
            (Msg::ErrorBadRequestTitle, Msg::ErrorBadRequestAdvice)
        }
        AppError::Forbidden(_) => (Msg::ErrorForbiddenTitle, Msg::ErrorForbiddenAdvice),
        AppError::Conflict(_) => (Msg::ErrorConflictTitle, Msg::ErrorConflictAdvice),
        AppError::NotFound => (Msg::ErrorNotFoundTitle, Msg::ErrorNotFoundAdvice),
        AppError::Unavailable(_) => (Msg::ErrorUnavailableTitle, Msg::ErrorUnavailableAdvice),
        AppError::Throttled { .. } => (Msg::ErrorUnavailableTitle, Msg::ErrorThrottledAdvice),
        AppError::UnknownApp(_) => (Msg::ErrorUnknownAppTitle, Msg::ErrorUnknownAppAdvice),
        AppError::Upstream(_) | AppError::Internal(_) => {
            (Msg::ErrorFailedTitle, Msg::ErrorFailedAdvice)
        }
        AppError::Refused { .. } => (Msg::ErrorRefusedTitle, Msg::ErrorRefusedAdvice),
    };
    let (reference_before, reference_after) = lang.around(Msg::ErrorReference, "id");
    view! {
        <section class="error" role="alert">
            <h1>{lang.t(title)}</h1>
            <p>{error.detail().in_lang(lang)}</p>
            <p>{lang.t(advice)}</p>
            <p><a href="/">{lang.t(Msg::ErrorShowDefault)}</a></p>
            {match error {
                AppError::Unavailable(_) | AppError::Throttled { .. } | AppError::Upstream(_) => {
                    Some(Msg::ErrorTryAgain)
                }
                // `retry` leads to the page without the coupon.
                AppError::CouponRejected(_) => Some(Msg::ErrorWithoutCoupon),
                _ => None,
            }
            .map(|label| view! { <p><a href=retry.unwrap_or_default()>{lang.t(label)}</a></p> })}
            {reference.map(|id| view! {
                <p class="reference">{reference_before}<code dir="ltr">{id}</code>{reference_after}</p>
            })}
        </section>
    }
}
