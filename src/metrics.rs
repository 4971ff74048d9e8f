//! What operators see at `/metrics` (Prometheus text format): requests by
//! route and status, calls to Wix by endpoint and outcome, prices of Wix's
//! left out, how the two caches answer, and the checkout funnel.

use prometheus_client::{
    encoding::{text::encode, EncodeLabelSet},
    metrics::{counter::Counter, family::Family, histogram::Histogram},
    registry::Registry,
};
use std::time::Duration;

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
struct LaneLabels {
    lane: &'static str,
}

/// A `reason` label alone.
#[derive(Debug, Clone, PartialEq, Eq, Hash, EncodeLabelSet)]
struct ReasonLabels {
    reason: &'static str,
}

/// Where a checkout got to, and for what. The values are bounded by the
/// caller: configured apps, plans Wix lists, known cycles and countries,
/// anything else `other`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, EncodeLabelSet)]
pub struct CheckoutLabels {
    pub step: &'static str,
    pub app: String,
    pub plan: String,
    pub cycle: &'static str,
    pub country: &'static str,
    /// Why it was refused; empty on the other steps.
    pub reason: &'static str,
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
    skipped: Family<ReasonLabels, Counter>,
    shed: Family<ReasonLabels, Counter>,
    renders: Family<LaneLabels, Counter>,
    checkouts: Family<CheckoutLabels, Counter>,
}

impl Default for Metrics {
    fn default() -> Self {
        let mut registry = Registry::with_prefix("pricing");
        let requests = Family::default();
        let request_seconds: Histograms<_> = Family::new_with_constructor(latency_histogram);
        let upstream_calls = Family::default();
        let upstream_seconds: Histograms<_> = Family::new_with_constructor(latency_histogram);
        let cache = Family::default();
        let skipped = Family::default();
        let checkouts = Family::default();
        let shed = Family::default();
        let renders = Family::default();
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
            "wix_prices_skipped",
            "Prices in Wix's answers this page could not read and left out, by reason",
            skipped.clone(),
        );
        registry.register(
            "checkouts",
            "The checkout funnel: started, sent to the installer, redirected to Wix, \
             refused (with reason), by app, plan, cycle and country",
            checkouts.clone(),
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
            skipped,
            checkouts,
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
        self.checkouts.get_or_create(labels).inc();
    }

    /// The Prometheus text exposition of every metric.
    pub fn render(&self) -> String {
        let mut text = String::new();
        // Writing to a String cannot fail.
        let _ = encode(&mut text, &self.registry);
        text
    }
}
