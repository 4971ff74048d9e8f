//! The checkout funnel after the redirect: which sites this server sent
//! to Wix checkout, with the page's country and language, and what Wix's
//! webhooks then say became of them.
//!
//! Each replica keeps its own memory; a purchase whose redirect another
//! replica made is counted with country and language `other`.

use crate::{
    country::COUNTRIES,
    metrics::CheckoutLabels,
    wix::{
        model::CheckoutCycle,
        webhook::{CycleName, Event, EventKind},
    },
};
use std::{
    sync::Mutex,
    time::{Duration, Instant},
};

/// How long a checkout URL from Get URL lives: a purchase later than this
/// was not made through our redirect.
const CHECKOUT_URL_LIFETIME: Duration = Duration::from_secs(48 * 3600);
/// Sites remembered at once (about 100 bytes each: ~10 MiB). Only a
/// redirect Wix gave a checkout URL for adds one.
const MAX_SENT: u64 = 100_000;
/// Events remembered at once, for as long as Wix retries one (about 50
/// bytes each). Only an event signed by Wix adds one.
const MAX_SEEN: u64 = 200_000;
/// Coupon codes the funnel names; others are `other`.
const MAX_COUPONS: usize = 32;
const OTHER: &str = "other";

/// A site sent to Wix checkout from a page.
#[derive(Debug, Clone, Copy)]
struct Sent {
    country: &'static str,
    lang: &'static str,
    at: Instant,
}

pub struct Funnel {
    sent: moka::sync::Cache<String, Sent>,
    seen: moka::sync::Cache<[u8; 32], ()>,
    /// Coupon codes Wix accepted (at checkout, or in a purchase it signed),
    /// in the order first seen.
    coupons: Mutex<Vec<String>>,
}

impl Default for Funnel {
    fn default() -> Self {
        Self {
            sent: moka::sync::Cache::builder()
                .max_capacity(MAX_SENT)
                .time_to_live(CHECKOUT_URL_LIFETIME)
                .build(),
            seen: moka::sync::Cache::builder()
                .max_capacity(MAX_SEEN)
                .time_to_live(crate::wix::webhook::EVENT_MAX_AGE)
                .build(),
            coupons: Mutex::default(),
        }
    }
}

impl Funnel {
    /// Remembers that `instance_id` was sent to Wix checkout from a page
    /// in `country` and `lang` (labels, as the redirect was counted).
    pub fn sent(&self, instance_id: &str, labels: &CheckoutLabels) {
        let sent = Sent {
            country: labels.country,
            lang: labels.lang,
            at: Instant::now(),
        };
        self.sent.insert(instance_id.to_owned(), sent);
    }

    /// Whether `event` is new: a retry of one counted is not.
    pub fn first_time(&self, event: &Event) -> bool {
        self.seen.entry(event.identity).or_insert(()).is_fresh()
    }

    /// The `coupon` label of `code`: the code once Wix has accepted it
    /// (`accepted` says it just did), up to `MAX_COUPONS` codes.
    pub fn coupon(&self, code: Option<&str>, accepted: bool) -> String {
        let Some(code) = code.filter(|c| !c.is_empty()) else {
            return "none".into();
        };
        let mut coupons = crate::lock(&self.coupons);
        if coupons.iter().any(|known| known == code) {
            return code.to_owned();
        }
        // Wix's own answers only; bounded like every label.
        if accepted && coupons.len() < MAX_COUPONS && code.len() <= 64 {
            coupons.push(code.to_owned());
            return code.to_owned();
        }
        OTHER.into()
    }

    /// The funnel step `event` is, for `app_id`, with where its site was
    /// sent from and how long ago; none for events the funnel has no step
    /// for. `level` tells a plan's price level (`pricing::plan_level`) in
    /// the country the site was sent from, where its prices are known.
    pub fn step(
        &self,
        app_id: &str,
        event: &Event,
        level: impl Fn(&str, &str) -> Option<rust_decimal::Decimal>,
    ) -> Option<(CheckoutLabels, Option<Duration>)> {
        let sent = event
            .instance_id
            .as_deref()
            .and_then(|id| self.sent.get(id));
        let country = sent.map_or(OTHER, |s| s.country);
        let mut labels = CheckoutLabels {
            app: app_id.to_owned(),
            country,
            lang: sent.map_or(OTHER, |s| s.lang),
            ..CheckoutLabels::default()
        };
        let plan = match &event.kind {
            EventKind::Purchased(plan) => {
                labels.step = "purchased";
                plan
            }
            EventKind::Changed {
                plan,
                previous_plan,
                previous_cycle,
            } => {
                labels.step = "changed";
                labels.from_plan = plan_label(previous_plan.as_deref());
                labels.from_cycle = cycle_label(*previous_cycle);
                labels.change = match (previous_plan.as_deref(), plan.plan.as_deref()) {
                    (Some(from), Some(to)) if from == to => "cycle",
                    (Some(from), Some(to)) => match (level(country, from), level(country, to)) {
                        (Some(from), Some(to)) if to > from => "up",
                        (Some(from), Some(to)) if to < from => "down",
                        (Some(_), Some(_)) => "same",
                        _ => OTHER,
                    },
                    _ => OTHER,
                };
                plan
            }
            EventKind::Cancelled { plan, reason } => {
                labels.step = "cancelled";
                labels.reason = cancel_reason(reason.as_deref());
                plan
            }
            EventKind::Other => return None,
        };
        labels.plan = plan_label(plan.plan.as_deref());
        labels.cycle = cycle_label(plan.cycle);
        labels.coupon = self.coupon(plan.coupon.as_deref(), true);
        let waited = match labels.step {
            "purchased" | "changed" => sent.map(|s| s.at.elapsed()),
            _ => None,
        };
        Some((labels, waited))
    }
}

/// A plan named by an event Wix signed: one of the app's plans (Wix
/// limits `vendorProductId` to 100 characters).
fn plan_label(plan: Option<&str>) -> String {
    plan.filter(|p| p.len() <= 100).unwrap_or(OTHER).to_owned()
}

fn cycle_label(cycle: Option<CycleName>) -> &'static str {
    match cycle {
        Some(CycleName::Known(cycle)) => CheckoutCycle::as_str(cycle),
        _ => OTHER,
    }
}

/// `cancelReason`, as Wix documents its values.
fn cancel_reason(reason: Option<&str>) -> &'static str {
    const KNOWN: [&str; 4] = [
        "USER_CANCEL",
        "FAILED_PAYMENT",
        "TRANSFER_CANCELLATION_REASON",
        "UNKNOWN_CANCELLATION_TYPE_ERROR_STATE",
    ];
    reason
        .and_then(|r| KNOWN.into_iter().find(|known| *known == r))
        .unwrap_or(OTHER)
}

/// The `event` label of a webhook: the event types Wix documents for an
/// app's instances and billing, else `other`.
pub fn event_label(event_type: &str) -> &'static str {
    const KNOWN: [&str; 9] = [
        "PaidPlanPurchased",
        "PaidPlanChanged",
        "PaidPlanAutoRenewalCancelled",
        "AppInstalled",
        "AppRemoved",
        "PlanConvertedToPaid",
        "PlanReactivated",
        "PlanTransferred",
        "InvoiceStatusUpdated",
    ];
    KNOWN
        .into_iter()
        .find(|known| *known == event_type)
        .unwrap_or(OTHER)
}

/// The `country` label of a country code: an assigned ISO code, else
/// `other`.
pub fn country_label(code: Option<&str>) -> &'static str {
    code.and_then(|c| COUNTRIES.iter().find(|(known, _)| *known == c))
        .map_or(OTHER, |(code, _)| code)
}
