//! The page's data: Leptos server functions that read the price cache (or
//! the page cache's lookup), ask Wix who the visitor is, and hand the
//! answers to the pure builders of `plans` and `preview`.

use crate::error::AppError;
use crate::plans::PricingView;
use crate::preview::PreviewView;
use leptos::prelude::*;

/// The prices the page cache already looked up for this request, so the
/// render does not ask the price cache a second time.
#[cfg(feature = "ssr")]
#[derive(Clone)]
pub struct Lookup(pub Result<crate::wix::Prices, crate::wix::WixError>);

/// The pricing page's query, as the address gives it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PricingQuery {
    pub country: Option<String>,
    pub lang: Option<String>,
    pub cycle: Option<String>,
    pub instance: Option<String>,
    pub coupon: Option<String>,
    pub theme: Option<String>,
    pub embed: Option<String>,
    /// `appInstanceId`, else `instanceId`: a site's plain app instance ID.
    pub site: Option<String>,
}

/// Every configured app's plans for the visitor: country from `country`,
/// else the CDN's geo header, else the default; amounts formatted for
/// `lang`, else Accept-Language, else the country. With a signed
/// `instance` ("Upgrade App"), marks the owner's plan and what Wix forbids
/// them to buy.
#[server(endpoint = "pricing")]
pub async fn load_pricing(query: PricingQuery) -> Result<PricingView, AppError> {
    use crate::i18n::{Arg, Lang, Msg};
    use crate::state::{AppState, RawGiven};
    use crate::wix::identity::{identify, Identity};
    use crate::wix::{request_id_of, with_request_id};
    let state = expect_context::<AppState>();
    let headers: axum::http::HeaderMap = leptos_axum::extract().await?;
    // Refused here, so that a bad value is the page's 400, in its language.
    let given = state.given(RawGiven {
        country: query.country.as_deref(),
        lang: query.lang.as_deref(),
        cycle: query.cycle.as_deref(),
        coupon: query.coupon.as_deref(),
        theme: query.theme.as_deref(),
        embed: query.embed.as_deref(),
        site: query.site.as_deref(),
    })?;
    let (country, locale) =
        state.visitor_locale(given.country.as_deref(), given.lang.as_deref(), &headers)?;
    let instance = query.instance;
    let request_id = request_id_of(&headers);
    let lang = Lang::of(&locale.to_string());
    let looked_up = leptos_axum::extract::<axum::Extension<Lookup>>()
        .await
        .ok()
        .map(|axum::Extension(lookup)| lookup.0)
        .filter(|lookup| lookup.as_ref().map_or(true, |p| p.country == country));
    let prices = match looked_up {
        Some(lookup) => lookup?,
        None => with_request_id(request_id.clone(), state.plans.get(country)).await?,
    };
    let (owner, notice) = match identify(
        &state.site.apps,
        state.config.wix.instance_max_age,
        instance.as_deref(),
        time::OffsetDateTime::now_utc(),
    ) {
        Identity::Anonymous => (None, None),
        Identity::Rejected(reason) => {
            let reason = lang.t(reason.msg());
            let notice = lang.t_with(Msg::SigninCompareOnly, &[("reason", Arg::Text(&reason))]);
            (None, Some(notice))
        }
        Identity::Owner(owner) => match with_request_id(request_id, state.account(&owner)).await {
            Ok(account) => (Some((owner, account)), None),
            Err(e) => {
                tracing::warn!("Get App Instance failed: {e}");
                (None, Some(lang.t(Msg::CurrentPlanUnavailable)))
            }
        },
    };
    // Pricing a large catalogue is milliseconds of work without a pause:
    // not on an async worker, where kept pages wait behind it.
    let priced = state.clone();
    let (mut view, owner) = tokio::task::spawn_blocking(move || {
        let view = crate::plans::pricing_view(
            &prices.entry.plans,
            &priced.page,
            country,
            &locale,
            owner.as_ref().map(|(o, a)| (o, a)),
        );
        (view, owner)
    })
    .await
    .map_err(|e| {
        tracing::error!("pricing the page failed: {e}");
        AppError::Internal(Msg::ErrorInternal.into())
    })?;
    view.notice = notice;
    view.instance = owner.map(|(o, _)| o.signed);
    view.given = given;
    view.stale = prices.stale;
    Ok(view)
}

/// One page of the preview for the chosen countries.
#[server(endpoint = "preview")]
pub async fn load_preview(
    preset: Option<String>,
    countries: Vec<String>,
    lang: Option<String>,
    page: Option<String>,
    layout: Option<String>,
    plan: Option<String>,
) -> Result<PreviewView, AppError> {
    let state = expect_context::<crate::state::AppState>();
    let page_lang = use_context::<crate::i18n::Lang>().unwrap_or_default();
    let names = crate::names::countries(page_lang);
    // What names no country the page says; the rest is shown.
    let chosen = crate::preview::understood_countries(preset.as_deref(), &countries, names)?.codes;
    let per_page = crate::preview::countries_per_page(layout.as_deref(), plan.as_deref());
    let page = crate::preview::Page::of(chosen.len(), page.as_deref(), per_page)?;
    // Without `?lang=`, amounts as the page's words: in its language.
    let lang = lang.or_else(|| Some(page_lang.tag().to_owned()));
    let (view, _turn) = preview(
        &state,
        &chosen,
        lang.as_deref(),
        page.columns,
        crate::plans::Wording::Full,
    )
    .await?;
    Ok(view)
}

/// Calls to Wix in flight at once for one preview.
#[cfg(feature = "ssr")]
const PREVIEW_CONCURRENCY: usize = 16;

/// List App Plans for every chosen country, a bounded number at a time,
/// each priced exactly as the visitor view prices it; the table holds the
/// countries `columns` of them, spelt out as `wording` says, flagged
/// against all of them. Built in the previews' lane, whose turn comes
/// with the table: who holds the table (an export being read) holds the
/// turn.
#[cfg(feature = "ssr")]
pub async fn preview(
    state: &crate::state::AppState,
    countries: &[String],
    lang: Option<&str>,
    columns: std::ops::Range<usize>,
    wording: crate::plans::Wording,
) -> Result<(PreviewView, tokio::sync::OwnedSemaphorePermit), AppError> {
    use crate::country::CountryCode;
    use futures_util::{stream, StreamExt};
    let queued = state.previews.enqueue().ok_or_else(|| {
        state.metrics.shed("preview_queue");
        AppError::busy()
    })?;
    let turn = queued.turn().await;
    let us: CountryCode = "US".parse().expect("a country code");
    let locale = crate::format::negotiate_locale(Some(lang.unwrap_or("en-US")), None, us)
        .map_err(AppError::BadRequest)?;
    // Owned inputs per call: the futures must not borrow across the stream.
    // Of the countries the table does not keep, only values are read.
    let mut views = stream::iter(countries.iter().cloned().enumerate())
        .map(|(i, code)| {
            let (state, locale) = (state.clone(), locale.clone());
            let wording = match columns.contains(&i) {
                true => wording,
                false => crate::plans::Wording::ValuesOnly,
            };
            async move {
                let country: CountryCode = code.parse().map_err(AppError::BadRequest)?;
                let prices = match state.plans.get(country).await {
                    Ok(prices) => prices,
                    Err(e) => {
                        tracing::warn!("preview: {country}: {e}");
                        return Ok((country, None, None));
                    }
                };
                let fetched = prices.entry.fetched_ms();
                // Pricing a large catalogue takes milliseconds a country: on
                // the blocking pool, countries are priced on every core.
                let view = tokio::task::spawn_blocking(move || {
                    crate::preview::Prepared::new(crate::plans::pricing_view_without_json_ld(
                        &prices.entry.plans,
                        &state.page,
                        country,
                        &locale,
                        None,
                        wording,
                    ))
                })
                .await
                .map_err(|e| {
                    tracing::error!("preview: pricing {country} failed: {e}");
                    AppError::Internal(crate::i18n::Msg::ErrorInternal.into())
                })?;
                Ok::<_, AppError>((country, Some(view), Some(fetched)))
            }
        })
        .buffered(PREVIEW_CONCURRENCY);
    // Each country's view is laid into the table as it comes, then dropped.
    let mut assembly = crate::preview::Assembly::new(&locale, columns.clone());
    while let Some(column) = views.next().await {
        let (country, view, fetched) = column?;
        assembly.push(country, view, fetched);
    }
    Ok((assembly.finish(), turn))
}
