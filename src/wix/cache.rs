//! The cache in front of List App Plans, per country: one cache asks for
//! a fixed set of app IDs.
//!
//! Prices are fresh for `fresh`; for `revalidate` after that they are
//! still served while one background refresh runs; and for
//! `stale_if_error` they are served, marked stale, when Wix fails or takes
//! longer than `stale_wait` to answer. Every call for a country is shared by
//! whoever asks while it runs (single flight), so a burst of requests for
//! a cold country makes one call to Wix. A country whose call failed on
//! its own (a 4xx, an answer that is not prices, a 429) is not asked again
//! for a while (`Failure::hold`): its failure stays its own.
//!
//! With a cache the replicas share (`SharedCache`), a call first looks
//! for another replica's answer there, and only one replica at a time
//! asks Wix for a country; this cache stays in front, so a warm page
//! never waits on the network.

use super::shared::{unix_ms, Copy, Lock, SharedCache};
use super::{model::AppPlansResponse, with_request_id, AppPlans, WixClient, WixError};
use crate::country::CountryCode;
use crate::lock;
use crate::metrics::{Cache, CacheResult, Metrics};
use crate::settings::{bounded, millis, secs, settings, YEAR};
use futures_util::{
    future::{BoxFuture, Shared},
    FutureExt,
};
use std::time::Duration;
use std::{
    collections::HashMap,
    sync::{
        atomic::{AtomicU64, Ordering},
        Arc, Mutex,
    },
    time::Instant,
};
use tracing::Instrument;

settings! {
    /// How long prices from List App Plans are reused.
    #[derive(Copy)]
    pub struct CacheSettings {
        /// How long a country's prices are used without asking Wix again.
        #[setting("pricing_cache_fresh_secs", default = "300", with = "secs::<_, 0, YEAR>")]
        pub fresh: Duration,
        /// After that, how long they are still served while one refresh runs.
        #[setting("pricing_cache_revalidate_secs", default = "60", with = "secs::<_, 0, YEAR>")]
        pub revalidate: Duration,
        /// How long old prices are served, with a notice, while Wix fails.
        #[setting("pricing_cache_stale_if_error_secs", default = "86400", with = "secs::<_, 0, YEAR>")]
        pub stale_if_error: Duration,
        /// How long a visitor waits for a refresh before old prices are shown.
        #[setting("pricing_cache_stale_wait_ms", default = "800", with = "millis::<_, 0, 120_000>")]
        pub stale_wait: Duration,
        /// Most (apps, country) price lists kept in memory.
        #[setting("pricing_cache_max_entries", default = "5000", with = "bounded::<_, u64, 1, 1_000_000>")]
        pub max_entries: u64,
    }
}

impl CacheSettings {
    /// How long an answer may be served at all.
    pub fn lifetime(&self) -> Duration {
        self.fresh + self.revalidate.max(self.stale_if_error)
    }
}

/// One answer of List App Plans.
#[derive(Debug)]
pub struct Entry {
    pub plans: AppPlansResponse,
    /// When Wix answered, by the wall clock, which replicas share.
    fetched_ms: u64,
    /// Distinct for every answer read: tells rendered pages apart.
    pub version: u64,
}

impl Entry {
    /// When Wix answered: milliseconds since the Unix epoch.
    pub fn fetched_ms(&self) -> u64 {
        self.fetched_ms
    }

    /// How long ago Wix answered.
    fn age(&self) -> Duration {
        Duration::from_millis(unix_ms().saturating_sub(self.fetched_ms))
    }
}

/// Prices for a request, and whether they are old because Wix failed.
#[derive(Debug, Clone)]
pub struct Prices {
    pub entry: Arc<Entry>,
    pub country: CountryCode,
    pub stale: bool,
}

/// What a call for a country brought: a new answer, or another replica's
/// copy, which may be older than it is served unmarked.
#[derive(Debug, Clone)]
struct Fetched {
    entry: Arc<Entry>,
    stale: bool,
}

type Flight = Shared<BoxFuture<'static, Result<Fetched, WixError>>>;

/// How often a replica waiting for another's call to Wix looks again.
const POLL: Duration = Duration::from_millis(50);

/// How long a country whose answer cannot be used (a 4xx, a body that is
/// not prices) is not asked again: its failure is its own, and asking in
/// a loop would only repeat it.
const KEY_FAILURE_HOLD: Duration = Duration::from_secs(30);
/// How long a throttled country waits when Wix gives no `Retry-After`,
/// and the most any `Retry-After` holds it.
const THROTTLE_HOLD: Duration = Duration::from_secs(30);
const MAX_HOLD: Duration = Duration::from_secs(300);

/// A country's failed call, remembered until `until`.
#[derive(Debug)]
struct Failure {
    error: WixError,
    until: Instant,
}

impl Failure {
    /// How long a failure of this kind holds its country; none for Wix
    /// being unwell, which the circuit breaker answers for every country.
    fn hold(error: &WixError) -> Option<Duration> {
        match error {
            WixError::Api { status: 429, .. } => {
                Some(error.retry_after().unwrap_or(THROTTLE_HOLD).min(MAX_HOLD))
            }
            _ if error.is_unavailable() => None,
            _ => Some(KEY_FAILURE_HOLD),
        }
    }

    /// The error as of now: a throttled country's `Retry-After` is what is
    /// left of its hold.
    fn now(&self) -> WixError {
        let mut error = self.error.clone();
        if let WixError::Api {
            status: 429, said, ..
        } = &mut error
        {
            said.retry_after = Some(self.until.saturating_duration_since(Instant::now()));
        }
        error
    }
}

#[derive(Clone)]
pub struct PlanCache {
    client: Arc<WixClient>,
    app_ids: Arc<[String]>,
    settings: CacheSettings,
    entries: moka::sync::Cache<CountryCode, Arc<Entry>>,
    flights: Arc<Mutex<HashMap<CountryCode, Flight>>>,
    /// Countries not to ask for again yet (`Failure::hold`).
    failures: moka::sync::Cache<CountryCode, Arc<Failure>>,
    versions: Arc<AtomicU64>,
    shared: Option<SharedCache>,
    metrics: Arc<Metrics>,
}

impl PlanCache {
    /// A cache of the prices of `app_ids`, which every lookup asks for;
    /// in front of the replicas' `shared` one, when there is one.
    pub fn new(
        client: Arc<WixClient>,
        app_ids: Vec<String>,
        settings: CacheSettings,
        shared: Option<SharedCache>,
        metrics: Arc<Metrics>,
    ) -> Self {
        // Kept as long as they may be served at all.
        let lifetime = settings.lifetime();
        Self {
            client,
            app_ids: app_ids.into(),
            settings,
            entries: moka::sync::Cache::builder()
                .max_capacity(settings.max_entries)
                .time_to_live(lifetime.max(std::time::Duration::from_millis(1)))
                .build(),
            flights: Arc::default(),
            failures: moka::sync::Cache::builder()
                .max_capacity(settings.max_entries)
                .time_to_live(MAX_HOLD)
                .build(),
            versions: Arc::default(),
            shared,
            metrics,
        }
    }

    /// The prices for `country`, from the cache when they are recent
    /// enough, else from Wix.
    pub async fn get(&self, country: CountryCode) -> Result<Prices, WixError> {
        if let Some((prices, result)) = self.ready(country) {
            self.metrics.cache(Cache::Plans, result);
            return Ok(prices);
        }
        let prices = |entry, stale| Prices {
            entry,
            country,
            stale,
        };
        let fetched = |Fetched { entry, stale }| Prices {
            entry,
            country,
            stale,
        };
        let settings = &self.settings;
        // Too old to serve unasked, young enough to beat an error page.
        let stale = self
            .entries
            .get(&country)
            .filter(|entry| entry.age() < settings.fresh + settings.stale_if_error);
        // A country that failed a moment ago is not asked again yet.
        if let Some(failure) = self.failure(country) {
            return match stale {
                Some(entry) => {
                    self.metrics.cache(Cache::Plans, CacheResult::Stale);
                    Ok(prices(entry, true))
                }
                None => Err(failure.now()),
            };
        }
        let Some(entry) = stale else {
            self.metrics.cache(Cache::Plans, CacheResult::Miss);
            return self.fetch(country).await.map(fetched);
        };
        match tokio::time::timeout(settings.stale_wait, self.fetch(country)).await {
            Ok(Ok(fresh)) => {
                self.metrics.cache(Cache::Plans, CacheResult::Miss);
                Ok(fetched(fresh))
            }
            outcome => {
                match outcome {
                    // Logged once, when the circuit opened: not per request.
                    Ok(Err(WixError::CircuitOpen { .. })) => {}
                    Ok(Err(e)) => tracing::warn!("serving {country} prices from the cache: {e}"),
                    _ => tracing::info!("serving {country} prices from the cache: Wix is slow"),
                }
                self.metrics.cache(Cache::Plans, CacheResult::Stale);
                Ok(prices(entry, true))
            }
        }
    }

    /// The prices for `country` when they can be served without waiting
    /// for Wix: fresh, or young enough to serve while a refresh runs; and
    /// which of the two, for the caller to count.
    pub fn ready(&self, country: CountryCode) -> Option<(Prices, CacheResult)> {
        let entry = self.entries.get(&country)?;
        let age = entry.age();
        let result = if age < self.settings.fresh {
            CacheResult::Hit
        } else if age < self.settings.fresh + self.settings.revalidate {
            // The refresh runs on its own task; nobody waits for it. Not
            // while the country's last call failed a moment ago.
            if self.failure(country).is_none() {
                drop(self.fetch(country));
            }
            CacheResult::Revalidate
        } else {
            return None;
        };
        let prices = Prices {
            entry,
            country,
            stale: false,
        };
        Some((prices, result))
    }

    /// The failure that holds `country` now, if any.
    fn failure(&self, country: CountryCode) -> Option<Arc<Failure>> {
        self.failures
            .get(&country)
            .filter(|failure| Instant::now() < failure.until)
    }

    /// The prices last fetched for `country`, however old, without asking
    /// Wix: for what must never wait for it (metrics labels).
    pub fn peek(&self, country: CountryCode) -> Option<Arc<Entry>> {
        self.entries.get(&country)
    }

    /// Whether any prices are cached, however old.
    pub fn has_entries(&self) -> bool {
        self.entries.iter().next().is_some()
    }

    /// The call to Wix for `country`: the one in flight, or a new one. It runs
    /// on a task of its own, so it completes and fills the cache even when
    /// every caller stops waiting.
    fn fetch(&self, country: CountryCode) -> Flight {
        let mut flights = lock(&self.flights);
        if let Some(flight) = flights.get(&country) {
            return flight.clone();
        }
        let this = self.clone();
        let request_id = super::request_id();
        let span = tracing::info_span!(
            "list_app_plans",
            request_id = request_id.as_deref().unwrap_or_default(),
            country = %country
        );
        let task = tokio::spawn(with_request_id(
            request_id,
            async move {
                let result = this.load(country).await;
                match &result {
                    Ok(Fetched { entry, .. }) => {
                        // A copy no newer than ours changes nothing.
                        let held = this.entries.get(&country);
                        if held.is_none_or(|held| held.fetched_ms < entry.fetched_ms) {
                            this.entries.insert(country, entry.clone());
                        }
                        this.failures.invalidate(&country);
                    }
                    Err(error) => {
                        if let Some(hold) = Failure::hold(error) {
                            let until = Instant::now() + hold;
                            let failure = Failure {
                                error: error.clone(),
                                until,
                            };
                            this.failures.insert(country, Arc::new(failure));
                        }
                    }
                }
                // After the insert: whoever comes next finds the new entry.
                lock(&this.flights).remove(&country);
                result
            }
            .instrument(span),
        ));
        let flight = async move {
            task.await.unwrap_or_else(|e| {
                Err(WixError::InvalidRequest(format!(
                    "List App Plans task failed: {e}"
                )))
            })
        }
        .boxed()
        .shared();
        flights.insert(country, flight.clone());
        flight
    }

    /// `country`'s prices from the replicas' copy when it is fresh, else
    /// from Wix, asked by one replica at a time; without a shared cache,
    /// from Wix.
    async fn load(&self, country: CountryCode) -> Result<Fetched, WixError> {
        let Some(shared) = &self.shared else {
            return self.ask_wix(country).await;
        };
        let settings = &self.settings;
        let servable = settings.fresh + settings.revalidate;
        let started = Instant::now();
        // Another replica's call to Wix ends within the client's timeout;
        // its lock expires soon after, should that replica die meanwhile.
        let hold = self.client.timeout() + Duration::from_secs(1);
        let mut copy = None;
        loop {
            copy = self.shared_copy(shared, country, copy).await;
            if let Some(entry) = copy.clone().filter(|copy| copy.age() < settings.fresh) {
                return Ok(Fetched {
                    entry,
                    stale: false,
                });
            }
            match shared.lock(country, hold).await {
                Lock::Taken(token) => {
                    // Another replica may have finished since the look.
                    let done = (self.shared_copy(shared, country, copy).await)
                        .filter(|copy| copy.age() < settings.fresh);
                    let result = match done {
                        Some(entry) => Ok(Fetched {
                            entry,
                            stale: false,
                        }),
                        None => self.ask_wix(country).await,
                    };
                    shared.unlock(country, &token).await;
                    return result;
                }
                Lock::Unknown => return self.ask_wix(country).await,
                Lock::Held => {}
            }
            // Another replica is asking Wix. Meanwhile its old copy is
            // served as this cache serves its own: at once while young
            // enough to revalidate, else after the visitor's usual wait.
            if let Some(entry) = &copy {
                let age = entry.age();
                let waited = started.elapsed() >= settings.stale_wait;
                if age < servable || waited && age < settings.fresh + settings.stale_if_error {
                    return Ok(Fetched {
                        entry: entry.clone(),
                        stale: age >= servable,
                    });
                }
            }
            if started.elapsed() >= hold {
                return self.ask_wix(country).await;
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// The replicas' copy of `country`'s prices: ours (`known`, read a
    /// moment ago, or the cached entry), when we hold that answer or a
    /// newer one; else read as Wix's answer is read, so that a copy which
    /// is not one is a miss.
    async fn shared_copy(
        &self,
        shared: &SharedCache,
        country: CountryCode,
        known: Option<Arc<Entry>>,
    ) -> Option<Arc<Entry>> {
        let read = |Copy { fetched_ms, body }| {
            let held = known.or_else(|| self.entries.get(&country));
            if let Some(held) = held.filter(|held| held.fetched_ms >= fetched_ms) {
                return Some(held);
            }
            match self.client.read_app_plans(&self.app_ids, country, body) {
                Ok(AppPlans { plans, .. }) => Some(self.entry(plans, fetched_ms)),
                Err(e) => {
                    tracing::warn!("the shared copy of {country}'s prices is not an answer: {e}");
                    None
                }
            }
        };
        shared.get(country, read).await
    }

    /// `country`'s prices from Wix, left in the shared cache for the
    /// other replicas.
    async fn ask_wix(&self, country: CountryCode) -> Result<Fetched, WixError> {
        let AppPlans { plans, body } = self.client.list_app_plans(&self.app_ids, country).await?;
        let entry = self.entry(plans, unix_ms());
        if let Some(shared) = &self.shared {
            let copy = Copy {
                fetched_ms: entry.fetched_ms,
                body,
            };
            shared.put(country, &copy, self.settings.lifetime()).await;
        }
        Ok(Fetched {
            entry,
            stale: false,
        })
    }

    fn entry(&self, plans: AppPlansResponse, fetched_ms: u64) -> Arc<Entry> {
        Arc::new(Entry {
            plans,
            fetched_ms,
            version: self.versions.fetch_add(1, Ordering::Relaxed) + 1,
        })
    }
}
