//! What a connection may hold while its answers wait for the client to
//! read them. A rendered page is in memory until the last byte has gone;
//! a client that asks and never reads (an HTTP/2 stream with a window of
//! 0, an HTTP/1 socket it does not drain) would otherwise keep every
//! answer it asked for. So every answer is metered:
//!
//! - its bytes are charged to its connection (at most `PER_CONNECTION`)
//!   and to the process (at most `TOTAL`) until its body is dropped; an
//!   answer that does not fit is replaced by a small, shared "busy" page
//!   (503), and a connection already over its share is not served at all;
//! - its body is handed to hyper in slices of `SLICE`, so what hyper and
//!   h2 buffer beyond the body is one slice per stream, not the page;
//! - a connection whose answers make no progress for `STALLED` is closed,
//!   which frees everything it held (see `Connection::health`); an answer
//!   not sent within its deadline (`SEND_DEADLINE` for one in memory,
//!   `STREAM_DEADLINE` for one made as it is read) is cut off.
//!
//! Answers streamed by their handler (the preview's exports) are charged
//! nothing up front: they make their bytes as the client reads them (an
//! export's table is bounded by the previews' own lane instead).

use super::ServerState;
use crate::i18n::Lang;
use axum::{
    body::{Body, Bytes},
    response::Response,
};
use hyper::body::{Body as _, Frame, SizeHint};
use std::{
    pin::Pin,
    sync::{
        atomic::{AtomicU32, AtomicU64, AtomicUsize, Ordering},
        Arc,
    },
    task::{Context, Poll},
    time::{Duration, Instant},
};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// Bytes of answers one connection may hold unsent. One answer larger
/// than this is still sent when it is all the connection holds.
pub const PER_CONNECTION: usize = 4 << 20;
/// Bytes of answers every connection together may hold unsent.
pub const TOTAL: usize = 32 << 20;
/// The largest piece of a body handed to hyper at once: what a reader
/// must take within `STALLED` to be seen moving (6.4 kB/s). A page of
/// 55 KB is one piece: each piece is a round through hyper.
const SLICE: usize = 64 << 10;
/// A connection with answers to send and no progress for this long is
/// closed: nothing of it was read.
pub const STALLED: Duration = Duration::from_secs(10);
/// A charged answer (a page in memory) must be sent within this long,
/// however slowly it is read: one byte a minute keeps no page.
pub const SEND_DEADLINE: Duration = Duration::from_secs(60);
/// An answer made as it is read (an export, a file) within this long: an
/// export holds the preview's table, and its turn, until it is read.
const STREAM_DEADLINE: Duration = Duration::from_secs(300);
/// A connection with nothing in flight for this long is closed (HTTP/2:
/// GOAWAY); HTTP/1 waits as long for the next request's headers.
pub const IDLE: Duration = Duration::from_secs(10);

/// The process's budget for answers waiting to be sent.
pub struct Budget {
    /// In KiB: a semaphore counts in `u32`.
    total: Arc<Semaphore>,
}

impl Default for Budget {
    fn default() -> Self {
        Self {
            total: Arc::new(Semaphore::new(TOTAL >> 10)),
        }
    }
}

/// One connection's account: what it holds, and when it last moved.
pub struct Connection {
    opened: Instant,
    /// Milliseconds from `opened` to the last sign of progress: a request
    /// received, a slice of an answer taken by hyper, an answer finished.
    progress: AtomicU64,
    /// Requests received whose answers are not finished.
    in_flight: AtomicU32,
    /// Answers handed to hyper and not finished.
    sending: AtomicU32,
    /// Requests ever received.
    requests: AtomicU32,
    /// Bytes charged to this connection.
    held: AtomicUsize,
}

/// What the connection's watchdog should do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Health {
    Fine,
    /// Nothing in flight for `IDLE`: close it gracefully.
    Idle,
    /// No request at all within `IDLE` of the accept: drop it.
    Silent,
    /// Answers waiting, none read for `STALLED`: drop it.
    Stalled,
}

impl Default for Connection {
    fn default() -> Self {
        Self {
            opened: Instant::now(),
            progress: AtomicU64::new(0),
            in_flight: AtomicU32::new(0),
            sending: AtomicU32::new(0),
            requests: AtomicU32::new(0),
            held: AtomicUsize::new(0),
        }
    }
}

impl Connection {
    /// Something was read or answered at `now`.
    fn moved(&self, now: Instant) {
        let at = now.saturating_duration_since(self.opened).as_millis() as u64;
        self.progress.fetch_max(at, Ordering::Relaxed);
    }

    /// A request arrived: in flight until its `Ticket` is dropped (with
    /// the answer's body, or with the request when it is cancelled).
    pub fn begin(self: &Arc<Self>) -> Ticket {
        self.requests.fetch_add(1, Ordering::Relaxed);
        self.in_flight.fetch_add(1, Ordering::Relaxed);
        self.moved(Instant::now());
        Ticket {
            connection: self.clone(),
            sending: false,
        }
    }

    pub fn health(&self) -> Health {
        let quiet = self
            .opened
            .elapsed()
            .saturating_sub(Duration::from_millis(self.progress.load(Ordering::Relaxed)));
        if self.sending.load(Ordering::Relaxed) > 0 {
            return match quiet > STALLED {
                true => Health::Stalled,
                false => Health::Fine,
            };
        }
        match (self.in_flight.load(Ordering::Relaxed), quiet > IDLE) {
            (0, true) if self.requests.load(Ordering::Relaxed) == 0 => Health::Silent,
            (0, true) => Health::Idle,
            _ => Health::Fine,
        }
    }

    /// Whether this connection already holds its share.
    pub fn full(&self) -> bool {
        self.held.load(Ordering::Relaxed) >= PER_CONNECTION
    }
}

/// A request in flight on its connection.
pub struct Ticket {
    connection: Arc<Connection>,
    sending: bool,
}

impl Ticket {
    /// The answer is handed to hyper: its progress is watched from now.
    fn sending(mut self) -> Self {
        self.sending = true;
        self.connection.sending.fetch_add(1, Ordering::Relaxed);
        self
    }
}

impl Drop for Ticket {
    fn drop(&mut self) {
        let connection = &self.connection;
        connection.in_flight.fetch_sub(1, Ordering::Relaxed);
        if self.sending {
            connection.sending.fetch_sub(1, Ordering::Relaxed);
        }
        connection.moved(Instant::now());
    }
}

/// Bytes charged to a connection and the process, given back on drop.
struct Charge {
    connection: Arc<Connection>,
    bytes: usize,
    _permit: OwnedSemaphorePermit,
}

impl Drop for Charge {
    fn drop(&mut self) {
        self.connection
            .held
            .fetch_sub(self.bytes, Ordering::Relaxed);
    }
}

/// Why an answer was not sent as it was.
#[derive(Debug, Clone, Copy)]
pub enum Shed {
    /// Its connection holds its share already.
    Connection,
    /// Every connection together holds the process's budget.
    Total,
}

impl Shed {
    /// The `reason` label of `pricing_shed_total`.
    pub fn label(self) -> &'static str {
        match self {
            Self::Connection => "connection_budget",
            Self::Total => "total_budget",
        }
    }
}

impl Budget {
    /// Bytes held for answers not yet sent, all connections together.
    #[cfg(test)]
    pub fn held(&self) -> usize {
        ((TOTAL >> 10) - self.total.available_permits()) << 10
    }

    /// Whether a new request on `connection` can be served at all: not
    /// when the connection holds its share, or the process holds all of
    /// its budget.
    pub fn refuses(&self, connection: &Connection) -> Option<Shed> {
        if connection.full() {
            Some(Shed::Connection)
        } else if self.total.available_permits() == 0 {
            Some(Shed::Total)
        } else {
            None
        }
    }

    /// `response`, metered: its bytes charged while its body lives, its
    /// body sliced. An answer that does not fit is `Err`, with why.
    pub fn meter(
        &self,
        response: Response,
        ticket: Ticket,
    ) -> Result<Response<Metered>, (Shed, Ticket)> {
        let bytes = response
            .body()
            .size_hint()
            .exact()
            .map_or(0, |n| usize::try_from(n).unwrap_or(usize::MAX));
        let charge = match bytes {
            0 => None,
            bytes => match self.charge(&ticket.connection, bytes) {
                Ok(charge) => Some(charge),
                Err(shed) => return Err((shed, ticket)),
            },
        };
        let deadline = match charge {
            Some(_) => SEND_DEADLINE,
            None => STREAM_DEADLINE,
        };
        Ok(response.map(|inner| Metered {
            inner,
            slice: Bytes::new(),
            deadline: Some(Instant::now() + deadline),
            _charge: charge,
            ticket: ticket.sending(),
        }))
    }

    fn charge(&self, connection: &Arc<Connection>, bytes: usize) -> Result<Charge, Shed> {
        let held = connection.held.fetch_add(bytes, Ordering::Relaxed);
        let kib = u32::try_from(bytes.div_ceil(1 << 10)).unwrap_or(u32::MAX);
        let permit = match held > 0 && held + bytes > PER_CONNECTION {
            true => Err(Shed::Connection),
            false => self
                .total
                .clone()
                .try_acquire_many_owned(kib)
                .map_err(|_| Shed::Total),
        };
        match permit {
            Ok(permit) => Ok(Charge {
                connection: connection.clone(),
                bytes,
                _permit: permit,
            }),
            Err(shed) => {
                connection.held.fetch_sub(bytes, Ordering::Relaxed);
                Err(shed)
            }
        }
    }

    /// The busy page (503) in `lang`, for `ticket`'s request: one buffer
    /// shared by every answer that carries it, so it costs no memory per
    /// stream.
    pub fn busy(state: &ServerState, lang: Lang, ticket: Ticket) -> Response<Metered> {
        state.busy.response(state, lang).map(|inner| Metered {
            inner,
            slice: Bytes::new(),
            deadline: None,
            _charge: None,
            ticket: ticket.sending(),
        })
    }
}

/// A body, handed out a slice at a time, that keeps its request's ticket
/// and its charge until it is dropped.
pub struct Metered {
    inner: Body,
    /// What is left of the inner body's last frame.
    slice: Bytes,
    /// When a charged body must have been sent.
    deadline: Option<Instant>,
    _charge: Option<Charge>,
    ticket: Ticket,
}

impl hyper::body::Body for Metered {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, axum::Error>>> {
        let this = &mut *self;
        // One reading of the clock a frame: a page is a few frames written
        // at once.
        let now = Instant::now();
        if this.deadline.is_some_and(|at| now > at) {
            return Poll::Ready(Some(Err(axum::Error::new(
                "the answer was read too slowly",
            ))));
        }
        loop {
            if !this.slice.is_empty() {
                let n = this.slice.len().min(SLICE);
                this.ticket.connection.moved(now);
                return Poll::Ready(Some(Ok(Frame::data(this.slice.split_to(n)))));
            }
            match std::task::ready!(Pin::new(&mut this.inner).poll_frame(cx)) {
                Some(Ok(frame)) => match frame.into_data() {
                    Ok(data) => this.slice = data,
                    Err(frame) => return Poll::Ready(Some(Ok(frame))),
                },
                other => return Poll::Ready(other),
            }
        }
    }

    fn is_end_stream(&self) -> bool {
        self.slice.is_empty() && self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        let inner = self.inner.size_hint();
        let left = self.slice.len() as u64;
        let mut hint = SizeHint::new();
        hint.set_lower(inner.lower() + left);
        if let Some(upper) = inner.upper() {
            hint.set_upper(upper + left);
        }
        hint
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use http_body_util::BodyExt;

    fn response(bytes: usize) -> Response {
        Response::new(Body::from(vec![b'x'; bytes]))
    }

    #[tokio::test]
    async fn a_body_goes_out_in_slices_and_gives_its_charge_back_when_dropped() {
        let budget = Budget::default();
        let connection = Arc::new(Connection::default());
        let len = 2 * SLICE + 7_000;
        let metered = budget
            .meter(response(len), connection.begin())
            .ok()
            .unwrap();
        assert_eq!(connection.held.load(Ordering::Relaxed), len);
        assert_eq!(budget.total.available_permits(), (TOTAL - len) >> 10);
        let mut body = metered.into_body();
        let mut sizes = Vec::new();
        while let Some(frame) = body.frame().await {
            sizes.push(frame.unwrap().into_data().unwrap().len());
        }
        assert_eq!(sizes, [SLICE, SLICE, 7_000]);
        assert_eq!(connection.sending.load(Ordering::Relaxed), 1);
        drop(body);
        assert_eq!(connection.held.load(Ordering::Relaxed), 0);
        assert_eq!(connection.sending.load(Ordering::Relaxed), 0);
        assert_eq!(connection.in_flight.load(Ordering::Relaxed), 0);
        assert_eq!(budget.total.available_permits(), TOTAL >> 10);
    }

    #[tokio::test]
    async fn a_connection_holds_its_share_and_the_process_its_budget() {
        let budget = Budget::default();
        let one = Arc::new(Connection::default());
        // One answer larger than the share is sent when it is all there is.
        let big = budget.meter(response(PER_CONNECTION + 1), one.begin());
        assert!(big.is_ok());
        assert!(one.full());
        assert!(matches!(budget.refuses(&one), Some(Shed::Connection)));
        assert!(matches!(
            budget.meter(response(1), one.begin()),
            Err((Shed::Connection, _))
        ));
        // Empty answers cost nothing.
        assert!(budget.meter(response(0), one.begin()).is_ok());
        drop(big);
        assert!(!one.full());

        // Many connections, each under its share, meet the total.
        let mut held = Vec::new();
        let refused = (0..2 * TOTAL / PER_CONNECTION).find_map(|_| {
            let connection = Arc::new(Connection::default());
            match budget.meter(response(PER_CONNECTION), connection.begin()) {
                Ok(answer) => {
                    held.push(answer);
                    None
                }
                Err((shed, _)) => Some((shed, held.len())),
            }
        });
        assert!(matches!(refused, Some((Shed::Total, n)) if n == TOTAL / PER_CONNECTION));
        assert!(matches!(
            budget.refuses(&Connection::default()),
            Some(Shed::Total)
        ));
        held.clear();
        assert!(budget.refuses(&Connection::default()).is_none());
    }

    #[test]
    fn a_connection_is_idle_silent_or_stalled_by_what_it_does() {
        // A connection opened `ago`, quiet since, with these counts.
        let quiet = |ago: Duration, in_flight, sending, requests| {
            let connection = Connection {
                opened: Instant::now() - ago,
                ..Connection::default()
            };
            connection.in_flight.store(in_flight, Ordering::Relaxed);
            connection.sending.store(sending, Ordering::Relaxed);
            connection.requests.store(requests, Ordering::Relaxed);
            connection.health()
        };
        let long = IDLE.max(STALLED) + Duration::from_secs(1);
        assert_eq!(quiet(Duration::ZERO, 0, 0, 0), Health::Fine);
        assert_eq!(quiet(long, 0, 0, 0), Health::Silent);
        assert_eq!(quiet(long, 0, 0, 3), Health::Idle);
        // Rendering is not stalling: the request timeout bounds it.
        assert_eq!(quiet(long, 1, 0, 1), Health::Fine);
        assert_eq!(quiet(long, 1, 1, 1), Health::Stalled);
        assert_eq!(quiet(STALLED / 2, 1, 1, 1), Health::Fine);
        // A request arriving is progress.
        let connection = Connection {
            opened: Instant::now() - long,
            ..Connection::default()
        };
        let connection = Arc::new(connection);
        let _ticket = connection.begin().sending();
        assert_eq!(connection.health(), Health::Fine);
    }
}
