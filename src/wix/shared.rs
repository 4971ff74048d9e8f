//! The price cache the replicas share, on Valkey or Redis: each List App
//! Plans answer as Wix sent it, with when it was fetched, and a short lock
//! so that one replica at a time asks Wix for a country.
//!
//! It saves calls to Wix and is never needed: every call to it is bounded
//! by a short timeout and a circuit breaker of its own, and whatever fails
//! or answers nonsense is a miss, after which the replica asks Wix itself.

use crate::country::CountryCode;
use crate::metrics::Metrics;
use crate::settings::{millis, optional_secret, settings, Secret};
use bytes::Bytes;
use redis::{aio::ConnectionManager, ErrorKind, FromRedisValue};
use serde::{de, Deserializer};
use sha2::{Digest, Sha256};
use std::{
    sync::Arc,
    time::{Duration, SystemTime, UNIX_EPOCH},
};

use super::resilience::Breakers;

settings! {
    /// A price cache the replicas share.
    pub struct SharedCacheSettings {
        /// `redis://host:6379` (or `rediss://` for TLS) of a Valkey or Redis the replicas share, so that between them they ask Wix once per country. Empty: each replica asks for itself.
        #[setting("pricing_shared_cache_url", default = "", with = "redis_url")]
        pub url: Option<Secret>,
        /// How long one call to it may take before the replica carries on without it.
        #[setting("pricing_shared_cache_timeout_ms", default = "150", with = "millis::<_, 1, 5_000>")]
        pub timeout: Duration,
        /// After it failed three times in a row, how long it is left alone before one trial call.
        #[setting("pricing_shared_cache_retry_ms", default = "10000", with = "millis::<_, 100, 600_000>")]
        pub retry: Duration,
    }
}

/// A URL the client can open. The error never repeats it: it may carry a
/// password.
fn redis_url<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Secret>, D::Error> {
    let url = optional_secret(d)?;
    if let Some(url) = &url {
        redis::Client::open(url.expose()).map_err(|e| {
            de::Error::custom(format!(
                "not a redis:// or rediss:// URL ({})",
                e.category()
            ))
        })?;
    }
    Ok(url)
}

/// The layout of keys and values. Changed whenever either changes, so that
/// two releases side by side never read each other's entries.
const FORMAT: &str = "wix-pricing:v1";

/// Failures in a row that open the circuit.
const BREAKER_FAILURES: u32 = 3;

/// What the breaker calls the cache in its log lines.
const NAME: &str = "the shared price cache";

/// Compares the lock's token before deleting it: a replica whose lock
/// expired never releases another's.
const UNLOCK: &str =
    "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0";

/// A List App Plans answer as another replica had it from Wix.
#[derive(Debug, Clone, PartialEq)]
pub struct Copy {
    /// When Wix answered: milliseconds since the Unix epoch.
    pub fetched_ms: u64,
    /// Wix's body, not yet checked.
    pub body: Bytes,
}

impl Copy {
    /// `<fetched_ms>\n<body>`: the body stays Wix's bytes, read on the way
    /// out as Wix's answer is.
    fn encode(&self) -> Vec<u8> {
        let mut value = format!("{}\n", self.fetched_ms).into_bytes();
        value.extend_from_slice(&self.body);
        value
    }

    /// A value as `encode` wrote it, fetched no later than a minute from
    /// now (replicas' clocks differ a little, not more).
    fn decode(value: Bytes) -> Option<Self> {
        let newline = value.iter().take(21).position(|&b| b == b'\n')?;
        let fetched_ms: u64 = std::str::from_utf8(&value[..newline]).ok()?.parse().ok()?;
        (fetched_ms <= unix_ms() + 60_000).then(|| Self {
            fetched_ms,
            body: value.slice(newline + 1..),
        })
    }
}

/// Milliseconds since the Unix epoch: the clock the replicas share.
pub fn unix_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |since| since.as_millis() as u64)
}

/// What trying to take a country's lock found.
#[derive(Debug, PartialEq, Eq)]
pub enum Lock {
    /// Ours, until released or expired: the token releases it.
    Taken(String),
    /// Another replica is asking Wix.
    Held,
    /// The cache did not answer: every replica for itself.
    Unknown,
}

/// A connection to the shared cache, shared by the replica's tasks.
#[derive(Clone)]
pub struct SharedCache {
    connection: ConnectionManager,
    /// `wix-pricing:v1:<apps>`: a deployment's keys, by its Wix and apps.
    prefix: Arc<str>,
    timeout: Duration,
    breaker: Arc<Breakers<&'static str>>,
    metrics: Arc<Metrics>,
}

impl SharedCache {
    /// The cache at `settings.url`, when one is set, for the prices of
    /// `app_ids` from the Wix at `api_base_url`. It connects on first use
    /// and reconnects by itself: a cache that is down at start-up is one
    /// that is down.
    pub fn new(
        settings: &SharedCacheSettings,
        api_base_url: &str,
        app_ids: &[String],
        metrics: Arc<Metrics>,
    ) -> Option<Self> {
        let url = settings.url.as_ref()?;
        let client = redis::Client::open(url.expose())
            .inspect_err(|e| tracing::error!("shared price cache not used: {e}"))
            .ok()?;
        // One quick reconnection per call at most; the breaker paces the rest.
        let config = redis::aio::ConnectionManagerConfig::new()
            .set_connection_timeout(Some(settings.timeout))
            .set_response_timeout(Some(settings.timeout))
            .set_number_of_retries(1)
            .set_max_delay(settings.retry);
        let connection = ConnectionManager::new_lazy_with_config(client, config)
            .inspect_err(|e| tracing::error!("shared price cache not used: {e}"))
            .ok()?;
        let apps = Sha256::digest(format!("{api_base_url}\n{}", app_ids.join(",")));
        let apps: String = apps[..8].iter().map(|b| format!("{b:02x}")).collect();
        Some(Self {
            connection,
            prefix: format!("{FORMAT}:{apps}").into(),
            timeout: settings.timeout,
            breaker: Arc::new(Breakers::with(BREAKER_FAILURES, settings.retry)),
            metrics,
        })
    }

    fn key(&self, kind: &str, country: CountryCode) -> String {
        format!("{}:{kind}:{country}", self.prefix)
    }

    /// What `read` makes of the copy of `country`'s answer another replica
    /// left, if there is one: a value that is not a copy, or a copy `read`
    /// refuses, is garbage, and a miss to the caller.
    pub async fn get<T>(
        &self,
        country: CountryCode,
        read: impl FnOnce(Copy) -> Option<T>,
    ) -> Option<T> {
        let mut command = redis::cmd("GET");
        command.arg(self.key("plans", country));
        let value: Option<Vec<u8>> = self.call("get", &command).await?;
        let Some(value) = value else {
            self.metrics.shared_cache("get", "miss");
            return None;
        };
        let Some(copy) = Copy::decode(value.into()) else {
            tracing::warn!("{NAME} holds a value for {country} that is not ours: ignored");
            self.metrics.shared_cache("get", "garbage");
            return None;
        };
        let read = read(copy);
        let outcome = if read.is_some() { "hit" } else { "garbage" };
        self.metrics.shared_cache("get", outcome);
        read
    }

    /// Leaves `copy` of `country`'s answer for the other replicas, for as
    /// long as any of them may serve it.
    pub async fn put(&self, country: CountryCode, copy: &Copy, lifetime: Duration) {
        let mut command = redis::cmd("SET");
        command
            .arg(self.key("plans", country))
            .arg(copy.encode())
            .arg("PX")
            .arg(lifetime.as_millis().max(1) as u64);
        self.done("put", self.call::<()>("put", &command).await);
    }

    /// Takes `country`'s lock for `hold`, when no other replica has it.
    pub async fn lock(&self, country: CountryCode, hold: Duration) -> Lock {
        let token = uuid::Uuid::new_v4().to_string();
        let mut command = redis::cmd("SET");
        command
            .arg(self.key("lock", country))
            .arg(&token)
            .arg("NX")
            .arg("PX")
            .arg(hold.as_millis().max(1) as u64);
        match self.call::<Option<String>>("lock", &command).await {
            Some(Some(_)) => {
                self.metrics.shared_cache("lock", "taken");
                Lock::Taken(token)
            }
            Some(None) => {
                self.metrics.shared_cache("lock", "held");
                Lock::Held
            }
            None => Lock::Unknown,
        }
    }

    /// Releases `country`'s lock, if it is still the one `token` took.
    pub async fn unlock(&self, country: CountryCode, token: &str) {
        let mut command = redis::cmd("EVAL");
        command
            .arg(UNLOCK)
            .arg(1)
            .arg(self.key("lock", country))
            .arg(token);
        self.done("unlock", self.call::<i64>("unlock", &command).await);
    }

    fn done<T>(&self, op: &'static str, answer: Option<T>) {
        if answer.is_some() {
            self.metrics.shared_cache(op, "ok");
        }
    }

    /// Sends `command` through the breaker, within the timeout. A failure
    /// is counted and logged here, and is `None` to the caller.
    async fn call<T: FromRedisValue>(&self, op: &'static str, command: &redis::Cmd) -> Option<T> {
        if self.breaker.admit(NAME).is_err() {
            self.metrics.shared_cache(op, "circuit_open");
            return None;
        }
        let mut connection = self.connection.clone();
        let answer = tokio::time::timeout(self.timeout, command.query_async(&mut connection));
        let (outcome, healthy) = match answer.await {
            Ok(Ok(value)) => {
                self.breaker.record(NAME, true);
                return Some(value);
            }
            // It answered, with an error of its own (WRONGTYPE for a key
            // of another type, say): a miss, and a healthy cache.
            Ok(Err(e)) if answered(&e) => {
                tracing::warn!("{NAME}: {op} refused: {e}");
                ("refused", true)
            }
            Ok(Err(e)) => {
                tracing::warn!("{NAME}: {op} failed: {e}");
                ("error", false)
            }
            Err(_) => {
                tracing::warn!("{NAME}: {op}: no answer within {:?}", self.timeout);
                ("timeout", false)
            }
        };
        self.breaker.record(NAME, healthy);
        self.metrics.shared_cache(op, outcome);
        None
    }
}

/// Whether the cache itself sent `error` back, rather than failing to.
fn answered(error: &redis::RedisError) -> bool {
    matches!(
        error.kind(),
        ErrorKind::Server(_) | ErrorKind::Extension | ErrorKind::UnexpectedReturnType
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_reads_back_and_nonsense_does_not() {
        let copy = Copy {
            fetched_ms: 1_700_000_000_123,
            body: Bytes::from_static(b"{\"apps\":[]}\n"),
        };
        assert_eq!(Copy::decode(copy.encode().into()), Some(copy));
        let future = format!("{}\n{{}}", unix_ms() + 3_600_000);
        for value in [
            "",
            "{}",
            "12x\n{}",
            "-5\n{}",
            "99999999999999999999999\n{}",
            &future,
        ] {
            assert_eq!(
                Copy::decode(Bytes::from(value.to_owned())),
                None,
                "{value:?}"
            );
        }
    }

    #[test]
    fn the_url_is_checked_and_never_repeated() {
        let read = |url: &str| {
            redis_url(serde::de::value::StrDeserializer::<serde::de::value::Error>::new(url))
        };
        assert!(read("").unwrap().is_none());
        assert!(read("redis://127.0.0.1:6379/0").unwrap().is_some());
        assert!(read("rediss://user:pw@cache.example:6380")
            .unwrap()
            .is_some());
        let error = read("http://user:hunter2@cache.example").unwrap_err();
        assert!(!error.to_string().contains("hunter2"), "{error}");
    }
}
