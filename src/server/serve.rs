//! The accept loop. `axum::serve` sets no timer, so hyper cannot time out
//! a client that sends its headers a byte at a time; this loop does, caps
//! the connections one address holds, gives handlers the peer address (for
//! rate limits), and on shutdown stops accepting and lets the requests in
//! flight finish.

use super::front::Front;
use crate::lock;
use axum::{body::Body, extract::ConnectInfo, Router};
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper_util::{
    rt::{TokioExecutor, TokioIo, TokioTimer},
    server::{conn::auto, graceful::GracefulShutdown},
};
use std::{
    collections::HashMap,
    future::Future,
    net::IpAddr,
    sync::{Arc, Mutex},
    time::Duration,
};
use tokio::{net::TcpListener, sync::Notify};
use tower::ServiceExt;

/// A client has this long to send its request headers. On a new
/// connection the time counts from the accept: hyper's own timer starts
/// only once it has told HTTP/1 from HTTP/2, which waits for bytes.
const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);
/// Requests in flight at shutdown get this long to finish.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(30);

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
        .keep_alive_interval(Some(Duration::from_secs(20)));
    let graceful = GracefulShutdown::new();
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
        let first_request = Arc::new(Notify::new());
        let arrived = first_request.clone();
        let (router, front) = (router.clone(), front.clone());
        let service = service_fn(move |mut request: hyper::Request<Incoming>| {
            arrived.notify_one();
            let kept = front.answer(&request);
            let router = router.clone();
            async move {
                if let Some(response) = kept {
                    return Ok(response);
                }
                request.extensions_mut().insert(ConnectInfo(peer));
                router.oneshot(request.map(Body::new)).await
            }
        });
        let connection = builder
            .serve_connection_with_upgrades(TokioIo::new(stream), service)
            .into_owned();
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            let _slot = slot;
            let mut connection = std::pin::pin!(connection);
            let first = tokio::time::timeout(HEADER_READ_TIMEOUT, first_request.notified());
            let outcome = tokio::select! {
                outcome = &mut connection => outcome,
                waited = first => match waited {
                    Ok(()) => connection.await,
                    // Dropping the connection closes it.
                    Err(_) => return tracing::debug!("connection from {peer}: no request in time"),
                },
            };
            if let Err(e) = outcome {
                tracing::debug!("connection from {peer}: {e}");
            }
        });
    }
    tracing::info!("shutting down: finishing the requests in flight");
    if tokio::time::timeout(DRAIN_TIMEOUT, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!("requests still in flight after {DRAIN_TIMEOUT:?}; stopping anyway");
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
