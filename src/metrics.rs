//! What operators see at `/metrics` (Prometheus text format): requests by
//! route and status, calls to Wix by endpoint and outcome, prices of Wix's
//! left out, how the two caches answer, and the checkout funnel with what
//! Wix's webhooks say of it.

use prometheus_client::{
    encoding::{text::encode, EncodeLabelSet},
    metrics::{counter::Counter, family::Family, histogram::Histogram},
    registry::Registry,
};
use std::{collections::HashSet, sync::Mutex, time::Duration};

#[derive(Debug, Clone, PartialEq, Eq, Hash, EncodeLabelSet)]
struct RequestLabels {
    route: &'static str,
    status: u16,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, EncodeLabelSet)]
struct UpstreamLabels {
    endpoint: &'static str,
    outcome: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, EncodeLabelSet)]
struct OpLabels {
    op: &'static str,
    outcome: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, EncodeLabelSet)]
struct LaneLabels {
    lane: &'static str,
}

/// A `reason` label alone.
#[derive(Debug, Clone, PartialEq, Eq, Hash, EncodeLabelSet)]
struct ReasonLabels {
    reason: &'static str,
}

/// Where a checkout got to, and for what. The values are bounded by the
/// caller: configured apps, plans Wix lists, known cycles, countries and
/// languages, coupons Wix accepted, anything else `other`; and their
/// combinations by `MAX_FUNNEL_SERIES`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, EncodeLabelSet)]
pub struct CheckoutLabels {
    pub step: &'static str,
    pub app: String,
    pub plan: String,
    pub cycle: &'static str,
    pub country: &'static str,
    /// The page's language.
    pub lang: &'static str,
    /// The coupon code; `none` without one.
    pub coupon: String,
    /// Why it was refused, or why auto-renewal was cancelled; empty on the
    /// other steps.
    pub reason: &'static str,
    /// A plan change's former plan and cycle, and whether the new one
    /// costs more (`up`), less (`down`) or the same a month; empty on the
    /// other steps.
    pub from_plan: String,
    pub from_cycle: &'static str,
    pub change: &'static str,
}

/// Label sets the funnel keeps at most: an unauthenticated client can
/// only start checkouts, and each new combination it makes past this is
/// counted as `other` throughout (about 300 bytes each: ~6 MiB).
const MAX_FUNNEL_SERIES: usize = 20_000;

#[derive(Debug, Clone, PartialEq, Eq, Hash, EncodeLabelSet)]
struct WebhookLabels {
    event: &'static str,
    outcome: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, EncodeLabelSet)]
struct AppLabels {
    app: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, EncodeLabelSet)]
struct CacheLabels {
    cache: &'static str,
    result: &'static str,
}

/// Which cache answered.
#[derive(Debug, Clone, Copy)]
pub enum Cache {
    /// Wix's price lists, per (apps, country).
    Plans,
    /// Rendered anonymous pages.
    Pages,
}

/// How a cache answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CacheResult {
    Hit,
    Miss,
    /// Old prices served while Wix failed or was too slow.
    Stale,
    /// Old prices served while one refresh runs in the background.
    Revalidate,
}

type Histograms<L> = Family<L, Histogram, fn() -> Histogram>;

fn latency_histogram() -> Histogram {
    // 0.5 ms to ~16 s.
    Histogram::new(prometheus_client::metrics::histogram::exponential_buckets(
        0.0005, 2.0, 16,
    ))
}

pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    request_seconds: Histograms<RequestLabels>,
    upstream_calls: Family<UpstreamLabels, Counter>,
    upstream_seconds: Histograms<UpstreamLabels>,
    cache: Family<CacheLabels, Counter>,
    shared_cache: Family<OpLabels, Counter>,
    skipped: Family<ReasonLabels, Counter>,
    shed: Family<ReasonLabels, Counter>,
    renders: Family<LaneLabels, Counter>,
    checkouts: Family<CheckoutLabels, Counter>,
    /// The label sets `checkouts` has, up to `MAX_FUNNEL_SERIES`.
    funnel_series: Mutex<HashSet<CheckoutLabels>>,
    webhooks: Family<WebhookLabels, Counter>,
    to_purchase: Family<AppLabels, Histogram, fn() -> Histogram>,
}

fn purchase_histogram() -> Histogram {
    // 1 minute to 48 hours, the life of a checkout URL.
    Histogram::new([
        60.0,
        300.0,
        900.0,
        1800.0,
        3600.0,
        3.0 * 3600.0,
        6.0 * 3600.0,
        12.0 * 3600.0,
        24.0 * 3600.0,
        48.0 * 3600.0,
    ])
}

impl CheckoutLabels {
    /// These labels with everything but the step `other`.
    fn overflow(&self) -> Self {
        const OTHER: &str = "other";
        Self {
            step: self.step,
            app: OTHER.into(),
            plan: OTHER.into(),
            cycle: OTHER,
            country: OTHER,
            lang: OTHER,
            coupon: OTHER.into(),
            reason: if self.reason.is_empty() { "" } else { OTHER },
            from_plan: if self.from_plan.is_empty() {
                String::new()
            } else {
                OTHER.into()
            },
            from_cycle: if self.from_cycle.is_empty() {
                ""
            } else {
                OTHER
            },
            change: if self.change.is_empty() { "" } else { OTHER },
        }
    }
}

impl Default for Metrics {
    fn default() -> Self {
        let mut registry = Registry::with_prefix("pricing");
        let requests = Family::default();
        let request_seconds: Histograms<_> = Family::new_with_constructor(latency_histogram);
        let upstream_calls = Family::default();
        let upstream_seconds: Histograms<_> = Family::new_with_constructor(latency_histogram);
        let cache = Family::default();
        let shared_cache: Family<OpLabels, Counter> = Family::default();
        // At zero from the start, so that a dashboard finds the series on
        // replicas without a shared cache too.
        drop(shared_cache.get_or_create(&OpLabels {
            op: "get",
            outcome: "hit",
        }));
        let skipped = Family::default();
        let checkouts = Family::default();
        let shed = Family::default();
        let renders = Family::default();
        let webhooks = Family::default();
        let to_purchase: Family<AppLabels, Histogram, fn() -> Histogram> =
            Family::new_with_constructor(purchase_histogram);
        registry.register(
            "http_requests",
            "HTTP requests answered, by route and status",
            requests.clone(),
        );
        registry.register(
            "http_request_duration_seconds",
            "Time to answer, by route and status",
            request_seconds.clone(),
        );
        registry.register(
            "wix_calls",
            "Calls to Wix by endpoint and outcome (ok, error, timeout, circuit_open)",
            upstream_calls.clone(),
        );
        registry.register(
            "wix_call_duration_seconds",
            "Duration of calls to Wix, by endpoint and outcome",
            upstream_seconds.clone(),
        );
        registry.register(
            "cache_lookups",
            "Cache lookups by cache and result (hit, miss, stale, revalidate)",
            cache.clone(),
        );
        registry.register(
            "shared_cache_calls",
            "Calls to the price cache the replicas share, by op (get, put, lock, unlock) \
             and outcome (hit, miss, garbage, ok, taken, held; refused, error, timeout, \
             circuit_open: the replica carried on without it)",
            shared_cache.clone(),
        );
        registry.register(
            "wix_prices_skipped",
            "Prices in Wix's answers this page could not read and left out, by reason",
            skipped.clone(),
        );
        registry.register(
            "checkouts",
            "The checkout funnel: started, sent to the installer, redirected to Wix, \
             refused (with reason); then, from Wix's webhooks, purchased, changed (from \
             what, up or down) and cancelled (auto-renewal, with Wix's reason); by app, \
             plan, cycle, country, language and coupon (other where the page did not \
             send that site to checkout)",
            checkouts.clone(),
        );
        registry.register(
            "webhooks",
            "Wix webhooks received, by event type and outcome (counted, duplicate, refused)",
            webhooks.clone(),
        );
        registry.register(
            "checkout_to_purchase_seconds",
            "Time from the redirect to Wix checkout to Wix's Paid Plan Purchased or \
             Changed, for sites this server sent there, by app",
            to_purchase.clone(),
        );
        registry.register(
            "shed",
            "Work turned away or cut short to keep the server's budgets: answers \
             replaced by the busy page (connection_budget, total_budget, render_queue) \
             and connections closed (stalled)",
            shed.clone(),
        );
        registry.register(
            "renders",
            "Pages and API answers rendered, by lane (shared, variant, private)",
            renders.clone(),
        );
        Self {
            registry,
            requests,
            request_seconds,
            upstream_calls,
            upstream_seconds,
            cache,
            shared_cache,
            skipped,
            checkouts,
            funnel_series: Mutex::default(),
            webhooks,
            to_purchase,
            shed,
            renders,
        }
    }
}

impl Metrics {
    pub fn request(&self, route: &'static str, status: u16, took: Duration) {
        let labels = RequestLabels { route, status };
        self.requests.get_or_create(&labels).inc();
        self.request_seconds
            .get_or_create(&labels)
            .observe(took.as_secs_f64());
    }

    /// A call to Wix: its endpoint's slug and how it went.
    pub fn upstream(&self, endpoint: &'static str, outcome: &'static str, took: Duration) {
        let labels = UpstreamLabels { endpoint, outcome };
        self.upstream_calls.get_or_create(&labels).inc();
        self.upstream_seconds
            .get_or_create(&labels)
            .observe(took.as_secs_f64());
    }

    pub fn cache(&self, cache: Cache, result: CacheResult) {
        let labels = CacheLabels {
            cache: match cache {
                Cache::Plans => "plans",
                Cache::Pages => "pages",
            },
            result: match result {
                CacheResult::Hit => "hit",
                CacheResult::Miss => "miss",
                CacheResult::Stale => "stale",
                CacheResult::Revalidate => "revalidate",
            },
        };
        self.cache.get_or_create(&labels).inc();
    }

    /// A call to the shared price cache, and how it went.
    pub fn shared_cache(&self, op: &'static str, outcome: &'static str) {
        self.shared_cache
            .get_or_create(&OpLabels { op, outcome })
            .inc();
    }

    /// A price of Wix's left out of the page, and why.
    pub fn price_skipped(&self, reason: &'static str) {
        self.skipped.get_or_create(&ReasonLabels { reason }).inc();
    }

    /// A page or API answer rendered, in its lane.
    pub fn rendered(&self, lane: &'static str) {
        self.renders.get_or_create(&LaneLabels { lane }).inc();
    }

    /// Work turned away or cut short to stay within a budget, and why.
    pub fn shed(&self, reason: &'static str) {
        self.shed.get_or_create(&ReasonLabels { reason }).inc();
    }

    /// A step of the checkout funnel.
    pub fn checkout(&self, labels: &CheckoutLabels) {
        let known = {
            // A leaf module: `crate::lock`'s poisoning rule, written out.
            let mut series = self
                .funnel_series
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            series.contains(labels)
                || (series.len() < MAX_FUNNEL_SERIES && series.insert(labels.clone()))
        };
        if known {
            self.checkouts.get_or_create(labels).inc();
        } else {
            self.checkouts.get_or_create(&labels.overflow()).inc();
        }
    }

    /// A webhook from Wix: its event type (bounded by the caller) and
    /// what became of it.
    pub fn webhook(&self, event: &'static str, outcome: &'static str) {
        self.webhooks
            .get_or_create(&WebhookLabels { event, outcome })
            .inc();
    }

    /// A purchase this long after its redirect to Wix.
    pub fn to_purchase(&self, app: &str, took: Duration) {
        self.to_purchase
            .get_or_create(&AppLabels {
                app: app.to_owned(),
            })
            .observe(took.as_secs_f64());
    }

    /// The Prometheus text exposition of every metric.
    pub fn render(&self) -> String {
        let mut text = String::new();
        // Writing to a String cannot fail.
        let _ = encode(&mut text, &self.registry);
        text
    }
}
