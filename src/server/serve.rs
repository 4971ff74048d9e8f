//! The accept loop. `axum::serve` sets no timer, so hyper cannot time out
//! a client that sends its headers a byte at a time; this loop does, caps
//! the connections one address holds, gives handlers the peer address (for
//! rate limits), meters what each connection holds unsent
//! (`super::sending`), closes connections that stall or idle, and on
//! shutdown stops accepting and lets the requests in flight finish.

use super::front::Front;
use super::sending::{Connection, Health, Metered, Shed};
use super::zero_copy::Wire;
use crate::lock;
use axum::{body::Body, extract::ConnectInfo, http::header, http::HeaderMap, Router};
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper_util::{
    rt::{TokioExecutor, TokioIo, TokioTimer},
    server::conn::auto,
};
use std::{
    collections::HashMap,
    convert::Infallible,
    future::Future,
    net::{IpAddr, SocketAddr},
    sync::{Arc, Mutex},
    time::Duration,
};
use tokio::{
    net::TcpListener,
    sync::{mpsc, watch},
};
use tower::ServiceExt;

/// A client has this long to send its request headers (HTTP/1, from the
/// second request on; the first is the watchdog's `sending::IDLE`).
const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);
/// Requests in flight at shutdown get this long to finish.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(30);
/// HTTP/2 streams one connection may have open at once: a page and its
/// assets are a handful; each stream may hold an answer.
const MAX_STREAMS: u32 = 16;
/// What h2 buffers per stream beyond the client's window.
const SEND_BUFFER: usize = 64 << 10;
/// HTTP/2 pings on a connection with streams open, and how long an
/// answer may take: a peer that is gone is noticed.
const KEEP_ALIVE: Duration = Duration::from_secs(20);
/// How often each connection's watchdog looks at it.
const WATCH_EVERY: Duration = Duration::from_secs(1);

/// Serves `router` on `listener` until `shutdown`, kept pages from
/// `front` before it; one address (an IPv4 address or an IPv6 /64) holds
/// at most `per_ip` connections at once (0: no cap).
pub async fn serve(
    listener: TcpListener,
    router: Router,
    front: Front,
    per_ip: u32,
    shutdown: impl Future<Output = ()>,
) {
    let mut builder = auto::Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(HEADER_READ_TIMEOUT)
        // Cached pages go out as they are, not copied into a buffer first.
        .writev(true);
    builder
        .http2()
        .timer(TokioTimer::new())
        .max_concurrent_streams(MAX_STREAMS)
        .max_send_buf_size(SEND_BUFFER)
        .keep_alive_interval(Some(KEEP_ALIVE))
        .keep_alive_timeout(KEEP_ALIVE);
    // Each connection's task holds a sender: all are gone when all closed.
    let (stop, stopping) = watch::channel(false);
    let (open_tasks, mut all_closed) = mpsc::channel::<()>(1);
    let open = Arc::new(OpenConnections::default());
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file descriptors, say: pause rather than spin.
                    tracing::warn!("accept failed: {e}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let Some(slot) = open.take(super::rate_limit::bucket(peer.ip()), per_ip) else {
            tracing::debug!("connection from {peer} refused: {per_ip} already open");
            continue;
        };
        let _ = stream.set_nodelay(true);
        let account = Arc::new(Connection::default());
        let service = {
            let (router, front, account) = (router.clone(), front.clone(), account.clone());
            service_fn(move |request: hyper::Request<Incoming>| {
                let (router, front, account) = (router.clone(), front.clone(), account.clone());
                async move { Ok::<_, Infallible>(answer(&front, router, &account, peer, request).await) }
            })
        };
        let connection = builder
            .serve_connection(TokioIo::new(Wire::new(stream)), service)
            .into_owned();
        let (mut stopping, open_task) = (stopping.clone(), open_tasks.clone());
        let metrics = front.0.metrics.clone();
        tokio::spawn(async move {
            let (_slot, _open_task) = (slot, open_task);
            let mut connection = std::pin::pin!(connection);
            let mut watch = tokio::time::interval(WATCH_EVERY);
            watch.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
            let mut closing = false;
            loop {
                tokio::select! {
                    outcome = connection.as_mut() => {
                        if let Err(e) = outcome {
                            tracing::debug!("connection from {peer}: {e}");
                        }
                        return;
                    }
                    _ = stopping.changed(), if !closing => {
                        closing = true;
                        connection.as_mut().graceful_shutdown();
                    }
                    _ = watch.tick() => match account.health() {
                        Health::Fine => {}
                        Health::Idle if !closing => {
                            closing = true;
                            connection.as_mut().graceful_shutdown();
                        }
                        Health::Idle => {}
                        // Dropping the connection closes it, and frees
                        // every answer it held.
                        Health::Silent => {
                            return tracing::debug!("connection from {peer}: no request in time");
                        }
                        Health::Stalled => {
                            metrics.shed("stalled");
                            return tracing::debug!("connection from {peer}: nothing read in time");
                        }
                    },
                }
            }
        });
    }
    tracing::info!("shutting down: finishing the requests in flight");
    let _ = stop.send(true);
    drop(open_tasks);
    if tokio::time::timeout(DRAIN_TIMEOUT, all_closed.recv())
        .await
        .is_err()
    {
        tracing::warn!("requests still in flight after {DRAIN_TIMEOUT:?}; stopping anyway");
    }
}

/// One request: the kept page, else the router's answer, metered; the
/// busy page when its connection or the process cannot hold it.
async fn answer(
    front: &Front,
    router: Router,
    account: &Arc<Connection>,
    peer: SocketAddr,
    mut request: hyper::Request<Incoming>,
) -> hyper::Response<Metered> {
    let state = &front.0;
    let ticket = account.begin();
    let busy = |shed: Shed, ticket, uri: &http::Uri, accept_language: Option<_>| {
        state.metrics.shed(shed.label());
        let headers: HeaderMap = accept_language
            .map(|value| (header::ACCEPT_LANGUAGE, value))
            .into_iter()
            .collect();
        let lang = state.visitor_lang(uri.query(), &headers);
        super::sending::Budget::busy(state, lang, ticket)
    };
    super::input::mark_host_missing(&mut request);
    let accept_language = request.headers().get(header::ACCEPT_LANGUAGE).cloned();
    if let Some(shed) = state.sending.refuses(account) {
        return busy(shed, ticket, request.uri(), accept_language);
    }
    let uri = request.uri().clone();
    let response = match front.answer(&request) {
        Some(response) => response,
        None => {
            request.extensions_mut().insert(ConnectInfo(peer));
            match router.oneshot(request.map(Body::new)).await {
                Ok(response) => response,
                Err(never) => match never {},
            }
        }
    };
    match state.sending.meter(response, ticket) {
        Ok(metered) => metered,
        Err((shed, ticket)) => busy(shed, ticket, &uri, accept_language),
    }
}

/// Open connections per address.
#[derive(Default)]
struct OpenConnections(Mutex<HashMap<IpAddr, u32>>);

/// One open connection, counted until it is dropped.
struct Slot {
    open: Arc<OpenConnections>,
    ip: IpAddr,
}

impl OpenConnections {
    fn take(self: &Arc<Self>, ip: IpAddr, per_ip: u32) -> Option<Slot> {
        let mut counts = lock(&self.0);
        let count = counts.entry(ip).or_default();
        if per_ip > 0 && *count >= per_ip {
            return None;
        }
        *count += 1;
        Some(Slot {
            open: self.clone(),
            ip,
        })
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut counts = lock(&self.open.0);
        if let Some(count) = counts.get_mut(&self.ip) {
            *count -= 1;
            if *count == 0 {
                counts.remove(&self.ip);
            }
        }
    }
}
