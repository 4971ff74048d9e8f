//! Keeps our calls from making an incident worse: a circuit breaker per
//! Wix endpoint (and one for the shared cache), and the jittered backoff
//! between retries.

use super::Endpoint;
use crate::lock;
use crate::settings::{bounded, secs, settings};
use std::{
    collections::HashMap,
    fmt::Display,
    hash::Hash,
    sync::Mutex,
    time::{Duration, Instant},
};

settings! {
    /// Retries and circuit breaking of calls to Wix.
    #[derive(Copy)]
    pub struct Resilience {
        /// Retries of a failed idempotent call (never of Get Checkout URL once Wix may have seen it).
        #[setting("wix_retries", default = "2", with = "bounded::<_, u32, 0, 5>")]
        pub retries: u32,
        /// Consecutive failures of a Wix endpoint that open its circuit.
        #[setting("wix_breaker_failures", default = "5", with = "bounded::<_, u32, 1, 1_000>")]
        pub breaker_failures: u32,
        /// How long an open circuit fails fast before one trial call.
        #[setting("wix_breaker_open_secs", default = "30", with = "secs::<_, 1, 3_600>")]
        pub breaker_open: Duration,
    }
}

#[derive(Debug, Clone, Copy)]
enum State {
    Closed {
        failures: u32,
    },
    /// Calls fail fast until `until`.
    Open {
        until: Instant,
    },
    /// One trial call is out; others fail fast. A trial that never reports
    /// back (its caller went away) is replaced after `open` has passed.
    HalfOpen {
        since: Instant,
    },
}

/// One circuit breaker per key (a Wix endpoint): after `failures`
/// failures in a row the key is not called for `open`, then one trial
/// call decides whether it closes again.
pub struct Breakers<K = Endpoint> {
    failures: u32,
    open: Duration,
    states: Mutex<HashMap<K, State>>,
}

impl Breakers {
    pub fn new(settings: &Resilience) -> Self {
        Self::with(settings.breaker_failures, settings.breaker_open)
    }
}

impl<K: Copy + Eq + Hash + Display> Breakers<K> {
    pub fn with(failures: u32, open: Duration) -> Self {
        Self {
            failures,
            open,
            states: Mutex::default(),
        }
    }

    /// Whether a call may go out now; when not, how long until one may.
    pub fn admit(&self, endpoint: K) -> Result<(), Duration> {
        let now = Instant::now();
        let mut states = lock(&self.states);
        let state = states
            .entry(endpoint)
            .or_insert(State::Closed { failures: 0 });
        match *state {
            State::Closed { .. } => Ok(()),
            State::Open { until } | State::HalfOpen { since: until } if now < until => {
                Err(until - now)
            }
            State::Open { .. } | State::HalfOpen { .. } => {
                *state = State::HalfOpen {
                    since: now + self.open,
                };
                Ok(())
            }
        }
    }

    /// Records how a call went. Only failures that say the other side is
    /// unwell count; a 4xx answer is a healthy Wix refusing one request.
    pub fn record(&self, endpoint: K, healthy: bool) {
        let mut states = lock(&self.states);
        let state = states
            .entry(endpoint)
            .or_insert(State::Closed { failures: 0 });
        *state = match (*state, healthy) {
            (State::Closed { .. }, true) => State::Closed { failures: 0 },
            (_, true) => {
                tracing::info!("circuit for {endpoint} closed: calling it again");
                State::Closed { failures: 0 }
            }
            (State::Closed { failures }, false) if failures + 1 < self.failures => State::Closed {
                failures: failures + 1,
            },
            (State::Open { until }, false) => State::Open { until },
            (_, false) => {
                tracing::warn!(
                    "circuit for {endpoint} opened: not calling it for {:?}",
                    self.open
                );
                State::Open {
                    until: Instant::now() + self.open,
                }
            }
        };
    }
}

/// The pause before retry number `attempt` (0-based): exponential from
/// 50 ms, with full jitter so that many callers do not retry in step.
pub fn backoff(attempt: u32) -> Duration {
    let ceiling = 50u64 << attempt.min(6);
    Duration::from_millis(fastrand::u64(ceiling / 2..=ceiling))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn breakers(failures: u32, open_ms: u64) -> Breakers {
        Breakers::new(&Resilience {
            retries: 0,
            breaker_failures: failures,
            breaker_open: Duration::from_millis(open_ms),
        })
    }

    #[test]
    fn opens_after_consecutive_failures_and_closes_after_a_good_trial() {
        let b = breakers(3, 50);
        let e = Endpoint::ListAppPlans;
        for _ in 0..2 {
            assert!(b.admit(e).is_ok());
            b.record(e, false);
        }
        // A success in between resets the count.
        b.record(e, true);
        for _ in 0..2 {
            b.record(e, false);
        }
        assert!(b.admit(e).is_ok());
        b.record(e, false);
        assert!(b.admit(e).is_err());
        let wait = b.admit(e).unwrap_err();
        assert!(wait <= Duration::from_millis(50) && wait > Duration::ZERO);
        // Other endpoints are not affected.
        assert!(b.admit(Endpoint::Checkout).is_ok());

        std::thread::sleep(Duration::from_millis(60));
        assert!(b.admit(e).is_ok(), "one trial after the pause");
        assert!(b.admit(e).is_err(), "only one trial at a time");
        b.record(e, true);
        assert!(b.admit(e).is_ok());
        assert!(b.admit(e).is_ok());
    }

    #[test]
    fn a_failed_trial_opens_the_circuit_again() {
        let b = breakers(1, 30);
        let e = Endpoint::TokenInfo;
        b.record(e, false);
        assert!(b.admit(e).is_err());
        std::thread::sleep(Duration::from_millis(40));
        assert!(b.admit(e).is_ok());
        b.record(e, false);
        assert!(b.admit(e).is_err());
        assert!(b.admit(e).is_err());
    }

    #[test]
    fn backoff_grows_with_jitter_and_is_bounded() {
        for attempt in 0..10 {
            let ceiling = 50u64 << attempt.min(6);
            for _ in 0..20 {
                let pause = backoff(attempt).as_millis() as u64;
                assert!(
                    (ceiling / 2..=ceiling).contains(&pause),
                    "{attempt}: {pause}"
                );
            }
        }
    }
}
