//! Per-client-IP rate limits on the routes that cost Wix calls per request:
//! checkout (a token, an instance and a checkout URL each time) and the
//! marketing preview (a price list per country).

use super::ServerState;
use crate::error::AppError;
use crate::i18n::{Detail, Msg};
use axum::{
    extract::{ConnectInfo, Request, State},
    http::{header, HeaderValue, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};
use std::{
    net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr},
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

pub struct Limits {
    pub checkout: RateLimiter,
    pub preview: RateLimiter,
}

/// Which of the limiters a route takes its allowance from.
#[derive(Debug, Clone, Copy)]
pub enum Limited {
    Checkout,
    Preview,
}

impl Limits {
    fn of(&self, route: Limited) -> &RateLimiter {
        match route {
            Limited::Checkout => &self.checkout,
            Limited::Preview => &self.preview,
        }
    }
}

/// The client's address: from the trusted proxy's header when one is
/// configured, else the peer address. The proxy appends the address it
/// saw to what the client sent, as the last value of the header's last
/// line; everything before it is the client's to forge.
fn client_ip(state: &ServerState, request: &Request) -> IpAddr {
    let from_proxy = state
        .config
        .server
        .client_ip_header
        .as_ref()
        .and_then(|name| {
            let last_line = request.headers().get_all(name).iter().next_back()?;
            last_line
                .to_str()
                .ok()?
                .rsplit(',')
                .next()?
                .trim()
                .parse()
                .ok()
        });
    from_proxy
        .or_else(|| {
            // The peer address `serve` put on the request.
            let peer = request.extensions().get::<ConnectInfo<SocketAddr>>()?;
            Some(peer.0.ip())
        })
        .unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED))
}

/// Who an allowance (or a connection count) belongs to: an IPv4 address
/// however it is written, or an IPv6 /64, the least a subscriber is given.
pub fn bucket(ip: IpAddr) -> IpAddr {
    match ip.to_canonical() {
        IpAddr::V6(v6) => IpAddr::V6(Ipv6Addr::from(u128::from(v6) & (u128::MAX << 64))),
        v4 => v4,
    }
}

/// Middleware on the routes that cost Wix calls.
pub async fn limit(
    State((state, route)): State<(ServerState, Limited)>,
    request: Request,
    next: Next,
) -> Response {
    match state
        .limits
        .of(route)
        .check(bucket(client_ip(&state, &request)))
    {
        Ok(()) => next.run(request).await,
        Err(wait) => {
            let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
            let error = AppError::refused(
                StatusCode::TOO_MANY_REQUESTS,
                Detail::new(Msg::ErrorTooManyRequests).count("seconds", seconds),
            );
            ([(header::RETRY_AFTER, HeaderValue::from(seconds))], error).into_response()
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

    #[test]
    fn buckets_are_ipv4_addresses_and_ipv6_networks() {
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        assert_eq!(bucket(ip("::ffff:198.51.100.7")), ip("198.51.100.7"));
        assert_eq!(bucket(ip("198.51.100.7")), ip("198.51.100.7"));
        assert_eq!(bucket(ip("2001:db8:1:2:3:4:5:6")), ip("2001:db8:1:2::"));
        assert_ne!(bucket(ip("2001:db8:1:3::1")), bucket(ip("2001:db8:1:2::1")));
    }
}
