//! Per-client-IP rate limits on the routes that cost Wix calls per request:
//! checkout (a token, an instance and a checkout URL each time) and the
//! marketing preview (a price list per country).

use super::AppState;
use axum::{
    extract::{Request, State},
    http::{header, HeaderValue, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};
use std::{
    net::{IpAddr, Ipv4Addr},
    time::{Duration, Instant},
};

/// Clients tracked at once; the least recently seen are forgotten first.
const MAX_CLIENTS: u64 = 100_000;

/// A generic cell rate algorithm: `per_minute` requests a minute, in a
/// burst of up to that many.
pub struct RateLimiter {
    interval: Duration,
    burst: Duration,
    /// Per client, when its allowance is next back to full.
    clients: moka::sync::Cache<IpAddr, Instant>,
}

impl RateLimiter {
    pub fn new(per_minute: u32) -> Self {
        let interval = Duration::from_secs(60) / per_minute.max(1);
        let burst = interval * per_minute.max(1);
        Self {
            interval,
            burst,
            clients: moka::sync::Cache::builder()
                .max_capacity(MAX_CLIENTS)
                .time_to_idle(burst)
                .build(),
        }
    }

    /// Takes one request's allowance; when there is none, how long until
    /// there is.
    pub fn check(&self, client: IpAddr) -> Result<(), Duration> {
        let now = Instant::now();
        let mut refused = None;
        self.clients.entry(client).and_compute_with(|current| {
            let full_at = current.map_or(now, |e| (*e.value()).max(now)) + self.interval;
            if full_at - now > self.burst {
                refused = Some(full_at - now - self.burst);
                moka::ops::compute::Op::Nop
            } else {
                moka::ops::compute::Op::Put(full_at)
            }
        });
        refused.map_or(Ok(()), Err)
    }
}

/// Which limiter guards a path, if any.
fn limiter<'a>(state: &'a AppState, path: &str) -> Option<&'a RateLimiter> {
    match path {
        "/checkout" => Some(&state.limits.checkout),
        _ if super::preview::is_preview(path) => Some(&state.limits.preview),
        _ => None,
    }
}

pub struct Limits {
    pub checkout: RateLimiter,
    pub preview: RateLimiter,
}

/// The client's address: from the trusted proxy's header when one is
/// configured (its last entry, the one the proxy itself saw), else the
/// peer address.
fn client_ip(state: &AppState, request: &Request) -> IpAddr {
    let from_proxy = state.config.client_ip_header.as_ref().and_then(|name| {
        let value = request.headers().get(name)?.to_str().ok()?;
        value.rsplit(',').next()?.trim().parse().ok()
    });
    from_proxy
        .or_else(|| super::serve::peer(request).map(|a| a.ip()))
        .unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED))
}

pub async fn limit(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let Some(limiter) = limiter(&state, request.uri().path()) else {
        return next.run(request).await;
    };
    match limiter.check(client_ip(&state, &request)) {
        Ok(()) => next.run(request).await,
        Err(wait) => {
            let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
            (
                StatusCode::TOO_MANY_REQUESTS,
                [(header::RETRY_AFTER, HeaderValue::from(seconds))],
                format!("Too many requests from your address; try again in {seconds} s.\n"),
            )
                .into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allows_a_burst_then_refuses_until_allowance_returns() {
        let limiter = RateLimiter::new(3);
        let a: IpAddr = "192.0.2.1".parse().unwrap();
        let b: IpAddr = "192.0.2.2".parse().unwrap();
        for _ in 0..3 {
            assert!(limiter.check(a).is_ok());
        }
        let wait = limiter.check(a).unwrap_err();
        // One request's allowance comes back every 20 s.
        assert!(
            wait > Duration::from_secs(19) && wait <= Duration::from_secs(20),
            "{wait:?}"
        );
        assert!(limiter.check(b).is_ok(), "other clients are not affected");
    }
}
