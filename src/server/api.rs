//! `/api/v1`: the headless pricing API (`crate::api`) and its OpenAPI
//! document, generated from the Rust types.

use super::page_cache::{not_modified, sharing};
use crate::api::{Carried, ErrorBody, Pricing};
use crate::error::AppError;
use crate::i18n::Msg;
use crate::plans::Period;
use crate::state::AppState;
use axum::{
    extract::State,
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
};
use axum_extra::extract::{Query, QueryRejection};
use serde::Deserialize;
use sha2::{Digest, Sha256};
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
    State(state): State<AppState>,
    headers: HeaderMap,
    query: Result<Query<PricingQuery>, QueryRejection>,
) -> Response {
    match answer(&state, &headers, query).await {
        Ok(response) => response,
        Err(error) => error.into_response(),
    }
}

async fn answer(
    state: &AppState,
    headers: &HeaderMap,
    query: Result<Query<PricingQuery>, QueryRejection>,
) -> Result<Response, AppError> {
    let Query(query) = query.map_err(|e| {
        tracing::debug!("API query refused: {}", e.body_text());
        AppError::BadRequest(Msg::ErrorBadQuery.into())
    })?;
    let (country, locale) =
        state.visitor_locale(query.country.as_deref(), query.lang.as_deref(), headers)?;
    let period = Period::parse(query.cycle.as_deref())?;
    // The page's cache of Wix's prices.
    let prices = state.plans.get(country).await?;
    let mut view = crate::plans::pricing_view_without_json_ld(
        &prices.entry.plans,
        &state.page,
        country,
        &locale,
        None,
    );
    view.stale = prices.stale;
    let public_url = state.config.server.public_url();
    let carried = Carried {
        public_url: &public_url,
        lang: crate::format::given(query.lang.as_deref()),
    };
    let body = serde_json::to_vec(&Pricing::new(view, period, &carried)).map_err(|e| {
        tracing::error!("API answer not written: {e}");
        AppError::Internal(Msg::ErrorInternal.into())
    })?;
    let digest: String = Sha256::digest(&body)[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let etag = HeaderValue::from_str(&format!("\"{digest}\"")).expect("hex digits");
    let asked = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok());
    let mut response = if not_modified(asked, &etag) {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        ([(header::CONTENT_TYPE, "application/json")], body).into_response()
    };
    let given = |param: &Option<String>| crate::format::given(param.as_deref()).is_some();
    let out = response.headers_mut();
    for (name, value) in sharing(
        state,
        prices.stale,
        given(&query.lang),
        given(&query.country),
    ) {
        out.insert(name, value);
    }
    out.insert(header::ETAG, etag);
    Ok(response)
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
