//! `/api/v1`: the headless pricing API (`crate::api`) and its OpenAPI
//! document, generated from the Rust types.

use super::page_cache::{self, sharing, Answer, Busy, Key, OnceAnswer, Outcome, Wants};
use super::ServerState;
use crate::api::{Carried, ErrorBody, Pricing};
use crate::error::AppError;
use crate::i18n::Msg;
use crate::state::{AppState, RawGiven};
use axum::{
    extract::State,
    http::{header, HeaderMap, HeaderValue},
    response::{IntoResponse, Response},
};
use axum_extra::extract::{Query, QueryRejection};
use serde::Deserialize;
use std::sync::OnceLock;
use utoipa::{IntoParams, OpenApi};

/// The query of `/api/v1/pricing`, as the page takes it.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PricingQuery {
    /// ISO 3166-1 alpha-2 code. Default: the CDN's geo header, else the
    /// configured default country.
    #[param(example = "DE")]
    country: Option<String>,
    /// BCP 47 language tag. Default: Accept-Language, else the country's
    /// language.
    #[param(example = "de-DE")]
    lang: Option<String>,
    /// `monthly` (default) or `yearly`: the period to choose prices for.
    #[param(example = "yearly")]
    cycle: Option<String>,
}

/// What the pricing page shows, as JSON.
#[utoipa::path(
    get,
    path = "/api/v1/pricing",
    params(PricingQuery),
    responses(
        (status = 200, description = "What the pricing page shows", body = Pricing,
         headers(("ETag" = String, description = "Strong tag of this representation"))),
        (status = 304, description = "`If-None-Match` named the current ETag"),
        (status = 400, description = "A parameter the page would refuse", body = ErrorBody),
        (status = 503, description = "Wix cannot be reached and no prices are cached", body = ErrorBody),
    ),
)]
pub async fn pricing(
    State(state): State<ServerState>,
    headers: HeaderMap,
    query: Result<Query<PricingQuery>, QueryRejection>,
) -> Response {
    match answer(&state, &headers, query).await {
        Ok(response) => response,
        Err(error) => error.into_response(),
    }
}

/// The JSON of the view, kept like the page it mirrors: made once per
/// country, language, period and price list, compressed once per coding,
/// each coding with its own strong ETag.
async fn answer(
    state: &ServerState,
    headers: &HeaderMap,
    query: Result<Query<PricingQuery>, QueryRejection>,
) -> Result<Response, AppError> {
    let Query(query) = query.map_err(|e| {
        tracing::debug!("API query refused: {}", e.body_text());
        AppError::BadRequest(Msg::ErrorBadQuery.into())
    })?;
    let given = state.given(RawGiven {
        country: query.country.as_deref(),
        lang: query.lang.as_deref(),
        cycle: query.cycle.as_deref(),
        ..RawGiven::default()
    })?;
    let (country, locale) =
        state.visitor_locale(given.country.as_deref(), given.lang.as_deref(), headers)?;
    // The page's cache of Wix's prices.
    let prices = state.plans.get(country).await?;
    let key = Key::new(Answer::Api, given.clone(), &locale, &prices);
    let wants = Wants::of(headers, false);
    if let Some(kept) = state.pages.get(&key) {
        return Ok(page_cache::answer(kept, wants).await);
    }
    let mut kept_headers = sharing(
        state,
        prices.stale,
        given.lang.is_some(),
        given.country.is_some(),
    );
    kept_headers.push((
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    ));
    let app = AppState::clone(state);
    let render = async move {
        let json = tokio::task::spawn_blocking(move || {
            let mut view = crate::plans::pricing_view_without_json_ld(
                &prices.entry.plans,
                &app.page,
                country,
                &locale,
                None,
                crate::plans::Wording::Full,
            );
            view.stale = prices.stale;
            let public_url = app.config.server.public_url();
            let carried = Carried {
                public_url: &public_url,
                lang: given.lang.as_deref(),
            };
            let period = given.cycle.unwrap_or_default();
            serde_json::to_vec(&Pricing::new(view, period, &carried))
        })
        .await;
        match json {
            Ok(Ok(body)) => page_cache::kept(body.into(), kept_headers).await,
            failed => {
                tracing::error!("API answer not written: {failed:?}");
                Outcome::Once(OnceAnswer::failed(AppError::Internal(
                    Msg::ErrorInternal.into(),
                )))
            }
        }
    };
    Ok(match state.pages.render(Some(key), render).await {
        Ok(Outcome::Kept(page)) => page_cache::answer(page, wants).await,
        Ok(Outcome::Once(once)) => once.response(),
        // In JSON, as the API's errors are.
        Err(Busy) => {
            state.metrics.shed("render_queue");
            AppError::busy().into_response()
        }
    })
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Wix pricing page",
        version = "1.0.0",
        description = "What the external pricing page shows, as JSON: every plan of every \
                       app, priced for a country, in a language, for a billing period."
    ),
    paths(pricing),
    components(schemas(Pricing, ErrorBody))
)]
struct ApiDoc;

/// `GET /api/v1/openapi.json`.
pub async fn openapi() -> Response {
    static DOCUMENT: OnceLock<String> = OnceLock::new();
    let document = DOCUMENT.get_or_init(|| {
        ApiDoc::openapi()
            .to_json()
            .expect("the OpenAPI document serialises")
    });
    (
        [(header::CONTENT_TYPE, "application/json")],
        document.as_str(),
    )
        .into_response()
}
