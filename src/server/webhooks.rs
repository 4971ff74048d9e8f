//! `POST /webhooks/wix/{appId}`: the webhooks Wix sends for an app (one
//! address per app, as each app's events are signed with its own key).
//!
//! Wix wants a 200 within 1,250 ms and retries anything else for about
//! two days, so an event this page has no use for is acknowledged too.
//! The work is a signature check and a few counters: no call out, nothing
//! that waits. A request may hold the body `input::body` allows (16 KiB)
//! and one RSA verification per key of the app.

use super::{funnel, ServerState};
use crate::{country::CountryCode, error::AppError, i18n::Msg, pricing::plan_level};
use axum::{
    body::Bytes,
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};

pub async fn receive(
    State(state): State<ServerState>,
    Path(app_id): Path<String>,
    body: Bytes,
) -> Response {
    let token = std::str::from_utf8(&body).unwrap_or_default().trim();
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let event = match state.site.webhook_keys.verify(&app_id, token, now) {
        Ok(event) => event,
        Err(why) => {
            // Which check failed is for the log: a forger learns nothing.
            tracing::info!(?why, "a webhook for app {app_id:.64} refused");
            state.metrics.webhook("unverified", "refused");
            return AppError::refused(StatusCode::UNAUTHORIZED, Msg::ErrorWebhookUnsigned)
                .into_response();
        }
    };
    let kind = funnel::event_label(&event.event_type);
    if !state.funnel.first_time(&event) {
        state.metrics.webhook(kind, "duplicate");
        return StatusCode::OK.into_response();
    }
    state.metrics.webhook(kind, "counted");
    let level = |country: &str, plan_id: &str| {
        let country = CountryCode::parse_assigned(country).unwrap_or(state.page.default_country);
        let entry = state
            .plans
            .peek(country)
            .or_else(|| state.plans.peek(state.page.default_country))?;
        let plan = entry.plans.plan(&app_id, plan_id)?;
        plan_level(plan, &entry.plans.tax_settings)
    };
    if let Some((labels, waited)) = state.funnel.step(&app_id, &event, level) {
        state.metrics.checkout(&labels);
        if let Some(waited) = waited {
            state.metrics.to_purchase(&app_id, waited);
        }
    }
    StatusCode::OK.into_response()
}
