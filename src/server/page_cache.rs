//! Reuse of rendered answers. For a visitor without a signed `instance`,
//! the page depends only on what its address gives (`country`, `cycle`,
//! `lang`, `coupon`, `theme`, `embed`, each checked and in its one
//! spelling: `plans::Given`), the country and language they resolve to,
//! and the prices Wix gave: the same inputs give the same bytes. Those
//! bytes are rendered once, compressed once per coding, and served with a
//! strong ETag and `Cache-Control` a CDN can honour. The headless API's
//! JSON is kept the same way.
//!
//! Every render runs detached from the request that asked for it, in one
//! of three lanes, each with its own few permits and a short queue:
//! pages everyone shares; coupon, theme and embedding variants (kept in a
//! cache of their own, which can never evict a shared page); and pages
//! never kept (a signed-in owner's, a refusal). A visitor who leaves does
//! not cancel a render others wait for, and a lane that is full answers
//! the busy page instead of queueing without end.

use super::{zero_copy, ServerState};
use crate::country::CountryCode;
use crate::error::AppError;
use crate::i18n::{Lang, Msg};
use crate::loaders::Lookup;
use crate::lock;
use crate::metrics::{Cache, CacheResult, Metrics};
use crate::plans::Given;
use crate::state::{AppState, Queue, RawGiven};
use crate::wix::{request_id_of, with_request_id, Prices};
use axum::{
    body::{Body, Bytes},
    extract::{Request, State},
    http::{header, HeaderMap, HeaderName, HeaderValue, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};
use std::{
    collections::HashMap,
    future::Future,
    io::Write,
    sync::{Arc, Mutex, OnceLock},
    time::Duration,
};
use tokio::sync::watch;
use tracing::Instrument;

/// A coding's compressor.
type Compress = fn(&[u8]) -> Vec<u8>;

/// Most bytes of shared answers kept (all encodings together).
const SHARED_BYTES: u64 = 32 << 20;
/// Most bytes of coupon, theme and embedding variants kept.
const VARIANT_BYTES: u64 = 8 << 20;
/// A rendered page larger than this is served but not kept.
const MAX_PAGE: usize = 8 << 20;
/// Our own renderer's output, read whole (the page renders in one piece
/// anyway): a bound against a runaway, far above what Wix's limits give.
const MAX_RENDER: usize = 64 << 20;
/// A render still running after this is given up (and its waiters told
/// so): the request timeout no longer stops it, since it is detached.
const RENDER_TIMEOUT: Duration = Duration::from_secs(30);

/// The address's parameters of a page, as given. `None` when the page
/// cannot be shared: a signed `instance`, or a parameter given twice
/// (which the page would resolve its own way).
#[derive(Debug, Default)]
struct Params<'a> {
    country: Option<std::borrow::Cow<'a, str>>,
    cycle: Option<std::borrow::Cow<'a, str>>,
    lang: Option<std::borrow::Cow<'a, str>>,
    coupon: Option<std::borrow::Cow<'a, str>>,
    theme: Option<std::borrow::Cow<'a, str>>,
    embed: Option<std::borrow::Cow<'a, str>>,
    site: Option<std::borrow::Cow<'a, str>>,
}

impl<'a> Params<'a> {
    fn anonymous(query: Option<&'a str>) -> Option<Self> {
        let mut params = Self::default();
        for (name, value) in form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
            let slot = match &*name {
                "country" => &mut params.country,
                "cycle" => &mut params.cycle,
                "lang" => &mut params.lang,
                "coupon" => &mut params.coupon,
                "theme" => &mut params.theme,
                "embed" => &mut params.embed,
                // Wix's "Upgrade App" spellings of a plain instance ID.
                "appInstanceId" | "instanceId" => &mut params.site,
                // Blank, as the page reads it: no one is signed in.
                "instance" if !value.trim().is_empty() => return None,
                // Tracking parameters and the like do not change the page.
                _ => continue,
            };
            if slot.replace(value).is_some() {
                return None;
            }
        }
        Some(params)
    }

    fn raw(&self) -> RawGiven<'_> {
        RawGiven {
            country: self.country.as_deref(),
            lang: self.lang.as_deref(),
            cycle: self.cycle.as_deref(),
            coupon: self.coupon.as_deref(),
            theme: self.theme.as_deref(),
            embed: self.embed.as_deref(),
            site: self.site.as_deref(),
        }
    }
}

/// What is kept: the page, or the API's JSON of the same view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Answer {
    Page,
    Api,
}

/// Everything a kept answer's bytes depend on.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) struct Key {
    answer: Answer,
    given: Given,
    country: CountryCode,
    locale: Box<str>,
    prices_version: u64,
    stale: bool,
}

impl Key {
    pub(super) fn new(
        answer: Answer,
        given: Given,
        locale: &icu::locale::Locale,
        prices: &Prices,
    ) -> Self {
        Self {
            answer,
            given,
            country: prices.country,
            locale: locale.to_string().into(),
            prices_version: prices.entry.version,
            stale: prices.stale,
        }
    }

    /// The lane a render of this answer takes, and the cache it is kept in.
    fn lane(&self) -> Lane {
        match self.given.is_variant() {
            true => Lane::Variant,
            false => Lane::Shared,
        }
    }
}

/// One encoding of a rendered page, with its own strong ETag.
struct Encoded {
    body: Bytes,
    etag: HeaderValue,
}

/// How a page goes over the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Coding {
    Identity,
    Gzip,
    Br,
}

/// One rendered page in every encoding it is served in. The compressed
/// ones are made when first asked for: the page's first visitor waits for
/// one, and a page no one asks in gzip is never compressed so.
pub struct Rendered {
    identity: Encoded,
    gzip: OnceLock<Encoded>,
    br: OnceLock<Encoded>,
    /// The page's 128-bit XXH3, in hex: its ETags start with it. Not a
    /// cryptographic hash: an ETag only meets the same address's earlier
    /// answers, and SHA-256 of a 1.3 MB page was 5% of its render.
    hash: String,
    /// Content type, policy, caching: made once, copied per response.
    headers: Vec<(HeaderName, HeaderValue)>,
}

impl Rendered {
    pub(super) fn new(identity: Bytes, headers: Vec<(HeaderName, HeaderValue)>) -> Self {
        let hash = format!("{:032x}", xxhash_rust::xxh3::xxh3_128(&identity));
        Self {
            identity: Encoded {
                etag: etag(&hash, ""),
                body: zero_copy::mapped(identity),
            },
            gzip: OnceLock::new(),
            br: OnceLock::new(),
            hash,
            headers,
        }
    }

    /// The page in `coding`, when it has been made.
    fn ready(&self, coding: Coding) -> Option<&Encoded> {
        match coding {
            Coding::Identity => Some(&self.identity),
            Coding::Gzip => self.gzip.get(),
            Coding::Br => self.br.get(),
        }
    }

    /// The page in `coding`, compressed now if it was not yet: blocks for
    /// milliseconds. Two callers at once compress it once.
    fn encoded(&self, coding: Coding) -> &Encoded {
        let (cell, compress, suffix): (_, Compress, _) = match coding {
            Coding::Identity => return &self.identity,
            Coding::Gzip => (&self.gzip, gzip, "-gz"),
            Coding::Br => (&self.br, brotli, "-br"),
        };
        cell.get_or_init(|| Encoded {
            body: zero_copy::mapped(compress(&self.identity.body).into()),
            etag: etag(&self.hash, suffix),
        })
    }

    /// The page's bytes and, at most, a third more for its compressed
    /// forms (a few percent of it each, for any page of size).
    fn weight(&self) -> u32 {
        let identity = self.identity.body.len();
        u32::try_from(identity + identity / 3).unwrap_or(u32::MAX)
    }
}

fn etag(hash: &str, suffix: &str) -> HeaderValue {
    HeaderValue::from_str(&format!("\"{hash}{suffix}\"")).expect("hex digits make a header value")
}

/// How a render ended, for everyone who waited for it.
#[derive(Clone)]
pub(super) enum Outcome {
    /// An answer to keep, and to give everyone who asked.
    Kept(Arc<Rendered>),
    /// An answer not to keep (an error page, a page too large to keep, a
    /// signed-in owner's page): these bytes, for this request only.
    Once(OnceAnswer),
}

/// A whole response whose body was read, to give out as it is.
#[derive(Clone)]
pub(super) struct OnceAnswer {
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
    error: Option<AppError>,
}

impl OnceAnswer {
    async fn read(response: Response) -> Self {
        let (parts, body) = response.into_parts();
        let error = parts.extensions.get::<AppError>().cloned();
        match axum::body::to_bytes(body, MAX_RENDER).await {
            Ok(body) => Self {
                status: parts.status,
                headers: parts.headers,
                body,
                error,
            },
            Err(e) => {
                tracing::error!("rendered page not read: {e}");
                Self::failed(AppError::Internal(Msg::ErrorInternal.into()))
            }
        }
    }

    /// The error page's stand-in: `errors::render` writes the page.
    pub(super) fn failed(error: AppError) -> Self {
        Self {
            status: error.status(),
            headers: HeaderMap::new(),
            body: Bytes::new(),
            error: Some(error),
        }
    }

    pub(super) fn response(self) -> Response {
        let mut response = Response::new(Body::from(self.body));
        *response.status_mut() = self.status;
        *response.headers_mut() = self.headers;
        if let Some(error) = self.error {
            if let Some(seconds) = error.retry_after() {
                response.headers_mut().insert(header::RETRY_AFTER, seconds);
            }
            response.extensions_mut().insert(error);
        }
        private(response)
    }
}

/// Which renders a render waits with for a permit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Lane {
    /// Pages and API answers everyone with the same inputs shares.
    Shared,
    /// Coupon, theme and embedding variants of them.
    Variant,
    /// Answers never kept: a signed-in owner's page, a refusal.
    Private,
}

impl Lane {
    /// How long the lane rests after a render that took `took`. Anyone can
    /// fill the variants' and the private lane without end (a new coupon,
    /// a bad parameter each time): they get a quarter of one core, not
    /// the core. Shared pages are as many as there are countries and
    /// languages, and kept: they render at full speed.
    fn rest_after(self, took: Duration) -> Duration {
        match self {
            Self::Shared => Duration::ZERO,
            Self::Variant | Self::Private => took * 3,
        }
    }

    /// The `lane` label of `pricing_renders_total`.
    fn label(self) -> &'static str {
        match self {
            Self::Shared => "shared",
            Self::Variant => "variant",
            Self::Private => "private",
        }
    }
}

/// Renders at once and renders waiting, per lane. Two shared renders use
/// both cores of a small machine while kept pages are answered between
/// them; variants and private pages, which anyone can ask for without
/// end, get one each (and rest between renders: `Lane::rest_after`).
struct Lanes {
    shared: Queue,
    variant: Queue,
    private: Queue,
}

impl Default for Lanes {
    fn default() -> Self {
        Self {
            shared: Queue::new(2, 64),
            variant: Queue::new(1, 8),
            private: Queue::new(1, 16),
        }
    }
}

/// The lane was full: the busy page, and nothing rendered.
#[derive(Debug)]
pub(super) struct Busy;

type Flights = Arc<Mutex<HashMap<Key, watch::Receiver<Option<Outcome>>>>>;

pub struct PageCache {
    metrics: Arc<Metrics>,
    shared: moka::sync::Cache<Key, Arc<Rendered>>,
    variants: moka::sync::Cache<Key, Arc<Rendered>>,
    /// Renders under way: who else wants the answer waits for it.
    flights: Flights,
    lanes: Lanes,
}

impl PageCache {
    pub fn new(lifetime: Duration, metrics: Arc<Metrics>) -> Self {
        let cache = |bytes| {
            moka::sync::Cache::builder()
                .max_capacity(bytes)
                .weigher(|_, page: &Arc<Rendered>| page.weight())
                .time_to_live(lifetime.max(Duration::from_secs(1)))
                .build()
        };
        Self {
            metrics,
            shared: cache(SHARED_BYTES),
            variants: cache(VARIANT_BYTES),
            flights: Arc::default(),
            lanes: Lanes::default(),
        }
    }

    fn queue(&self, lane: Lane) -> &Queue {
        match lane {
            Lane::Shared => &self.lanes.shared,
            Lane::Variant => &self.lanes.variant,
            Lane::Private => &self.lanes.private,
        }
    }

    /// Where answers of `lane` are kept; the private lane's are not.
    fn cache(&self, lane: Lane) -> Option<&moka::sync::Cache<Key, Arc<Rendered>>> {
        match lane {
            Lane::Shared => Some(&self.shared),
            Lane::Variant => Some(&self.variants),
            Lane::Private => None,
        }
    }

    /// The kept answer for `key`.
    pub(super) fn get(&self, key: &Key) -> Option<Arc<Rendered>> {
        self.cache(key.lane())?.get(key)
    }

    /// What `render` gives, run detached in `key`'s lane (or `Private`,
    /// without a key): once for every request for the same key at the
    /// same time, and kept when it is `Kept`. A render starts only while
    /// someone still waits for it, then runs to its end whoever leaves.
    pub(super) async fn render(
        &self,
        key: Option<Key>,
        render: impl Future<Output = Outcome> + Send + 'static,
    ) -> Result<Outcome, Busy> {
        let lane = key.as_ref().map_or(Lane::Private, Key::lane);
        let mut waiting = {
            let mut flights = lock(&self.flights);
            match key.as_ref().and_then(|key| flights.get(key)) {
                Some(waiting) => waiting.clone(),
                None => {
                    let queued = self.queue(lane).enqueue().ok_or(Busy)?;
                    let (done, waiting) = watch::channel(None);
                    if let Some(key) = &key {
                        flights.insert(key.clone(), waiting.clone());
                    }
                    let flight = Flight {
                        lane,
                        metrics: self.metrics.clone(),
                        key,
                        flights: self.flights.clone(),
                        kept: self.cache(lane).cloned(),
                        done,
                    };
                    tokio::spawn(
                        with_request_id(crate::wix::request_id(), flight.run(queued, render))
                            .in_current_span(),
                    );
                    waiting
                }
            }
        };
        let outcome = waiting.wait_for(Option::is_some).await;
        Ok(match outcome.ok().and_then(|outcome| outcome.clone()) {
            Some(outcome) => outcome,
            // The render ended without an answer: it panicked.
            None => Outcome::Once(OnceAnswer::failed(AppError::Internal(
                Msg::ErrorInternal.into(),
            ))),
        })
    }
}

/// One detached render and those who wait for it.
struct Flight {
    lane: Lane,
    metrics: Arc<Metrics>,
    key: Option<Key>,
    flights: Flights,
    kept: Option<moka::sync::Cache<Key, Arc<Rendered>>>,
    done: watch::Sender<Option<Outcome>>,
}

impl Flight {
    async fn run(
        self,
        queued: crate::state::Queued,
        render: impl Future<Output = Outcome> + Send + 'static,
    ) {
        let _turn = queued.turn().await;
        if self.abandoned() {
            return;
        }
        self.metrics.rendered(self.lane.label());
        let started = std::time::Instant::now();
        // On a thread of its own: a render is milliseconds of work without
        // a pause, and on an async worker it would hold up the kept pages
        // queued behind it.
        let runtime = tokio::runtime::Handle::current();
        let rendered = tokio::task::spawn_blocking(move || {
            runtime.block_on(tokio::time::timeout(RENDER_TIMEOUT, render))
        })
        .await;
        let outcome = match rendered {
            Ok(Ok(outcome)) => outcome,
            Ok(Err(_)) => {
                tracing::error!("a render took over {RENDER_TIMEOUT:?}; given up");
                Outcome::Once(OnceAnswer::failed(AppError::busy()))
            }
            Err(e) => {
                tracing::error!("a render failed: {e}");
                Outcome::Once(OnceAnswer::failed(AppError::Internal(
                    Msg::ErrorInternal.into(),
                )))
            }
        };
        if let (Some(key), Some(kept), Outcome::Kept(page)) = (&self.key, &self.kept, &outcome) {
            kept.insert(key.clone(), page.clone());
        }
        self.done.send_replace(Some(outcome));
        // The lane's turn is kept a while after the answer went out.
        tokio::time::sleep(self.lane.rest_after(started.elapsed())).await;
    }

    /// Whether everyone who asked has left before the render started:
    /// then it does not start, and later askers start their own.
    fn abandoned(&self) -> bool {
        let mut flights = lock(&self.flights);
        // Under the lock no one can start waiting meanwhile. The list of
        // flights holds one receiver of its own.
        let own = usize::from(self.key.is_some());
        let abandoned = self.done.receiver_count() <= own;
        if abandoned {
            if let Some(key) = &self.key {
                flights.remove(key);
            }
        }
        abandoned
    }
}

impl Drop for Flight {
    fn drop(&mut self) {
        if let Some(key) = &self.key {
            lock(&self.flights).remove(key);
        }
    }
}

/// Middleware in front of the page at `/`.
pub async fn reuse(State(state): State<ServerState>, mut request: Request, next: Next) -> Response {
    let page = super::paths::Route::of(request.uri().path()) == super::paths::Route::Page;
    if !page || !matches!(*request.method(), Method::GET | Method::HEAD) {
        return next.run(request).await;
    }
    let uri = request.uri().clone();
    let found = Params::anonymous(uri.query()).and_then(|params| {
        let given = state.given(params.raw()).ok()?;
        // Inputs the page rejects are rejected by the page, with its error.
        let headers = request.headers();
        let located =
            state.visitor_locale(given.country.as_deref(), given.lang.as_deref(), headers);
        Some((given, located.ok()?))
    });
    let Some((given, (country, locale))) = found else {
        return once(&state, request, next).await;
    };
    let lookup = state.plans.get(country);
    let prices = match with_request_id(request_id_of(request.headers()), lookup).await {
        Ok(prices) => prices,
        Err(e) => {
            request.extensions_mut().insert(Lookup(Err(e)));
            return once(&state, request, next).await;
        }
    };
    let lang = Lang::of(&locale.to_string());
    let key = Key::new(Answer::Page, given, &locale, &prices);
    let wants = Wants::of(request.headers(), request.method() == Method::HEAD);
    // Rendered as a GET whatever was asked: the router leaves a HEAD's body
    // out, and the page kept must be the whole page. `respond` leaves the
    // body out of a HEAD's answer; hyper never sends one.
    *request.method_mut() = Method::GET;
    if let Some(page) = state.pages.get(&key) {
        state.metrics.cache(Cache::Pages, CacheResult::Hit);
        return answer(page, wants).await;
    }
    state.metrics.cache(Cache::Pages, CacheResult::Miss);
    request.extensions_mut().insert(Lookup(Ok(prices)));
    let headers = shared_headers(&state, &key);
    let rendered = state
        .pages
        .render(Some(key), page_outcome(next.run(request), headers))
        .await;
    match rendered {
        Ok(Outcome::Kept(page)) => answer(page, wants).await,
        Ok(Outcome::Once(once)) => once.response(),
        Err(Busy) => busy(&state, lang),
    }
}

/// A page that is never kept, rendered in the private lane.
async fn once(state: &ServerState, request: Request, next: Next) -> Response {
    let lang = state.visitor_lang(request.uri().query(), request.headers());
    let render = async move { Outcome::Once(OnceAnswer::read(next.run(request).await).await) };
    match state.pages.render(None, render).await {
        Ok(Outcome::Once(once)) => once.response(),
        Ok(Outcome::Kept(page)) => respond(&page, &Wants::default()),
        Err(Busy) => busy(state, lang),
    }
}

/// The page a render gave: kept when it is a whole 200, else once.
async fn page_outcome(
    response: impl Future<Output = Response>,
    headers: Vec<(HeaderName, HeaderValue)>,
) -> Outcome {
    let response = response.await;
    if response.status() != StatusCode::OK {
        return Outcome::Once(OnceAnswer::read(response).await);
    }
    let (parts, body) = response.into_parts();
    let once = |body| {
        Outcome::Once(OnceAnswer {
            status: parts.status,
            headers: parts.headers.clone(),
            body,
            error: None,
        })
    };
    match axum::body::to_bytes(body, MAX_RENDER).await {
        Ok(bytes) if bytes.len() > MAX_PAGE => {
            tracing::warn!("a page of {} bytes is served but not kept", bytes.len());
            once(bytes)
        }
        Ok(bytes) if !bytes.is_empty() => {
            let mut headers = headers;
            for name in [header::CONTENT_TYPE, header::CONTENT_SECURITY_POLICY] {
                if let Some(value) = parts.headers.get(&name) {
                    headers.push((name, value.clone()));
                }
            }
            kept(bytes, headers).await
        }
        // Never kept: shared, it would blank the page for everyone.
        Ok(_) => {
            tracing::error!("a page rendered empty; not kept");
            Outcome::Once(OnceAnswer::failed(AppError::Internal(
                Msg::ErrorInternal.into(),
            )))
        }
        Err(e) => {
            tracing::error!("rendered page not read: {e}");
            Outcome::Once(OnceAnswer::failed(AppError::Internal(
                Msg::ErrorInternal.into(),
            )))
        }
    }
}

/// `bytes`, hashed off the async workers, to keep with `headers`.
pub(super) async fn kept(bytes: Bytes, headers: Vec<(HeaderName, HeaderValue)>) -> Outcome {
    match tokio::task::spawn_blocking(move || Rendered::new(bytes, headers)).await {
        Ok(page) => Outcome::Kept(Arc::new(page)),
        Err(e) => {
            tracing::error!("hashing a page failed: {e}");
            Outcome::Once(OnceAnswer::failed(AppError::Internal(
                Msg::ErrorInternal.into(),
            )))
        }
    }
}

/// The busy page, for a render that found its lane full.
pub(super) fn busy(state: &ServerState, lang: Lang) -> Response {
    state.metrics.shed("render_queue");
    state.busy.response(state, lang)
}

/// The kept page for an anonymous GET or HEAD of `/` whose prices need
/// no call to Wix, answered as `reuse` answers it, or the busy page for a
/// variant that is not kept while its lane is full; `None` when the
/// request must go through the router (and `reuse`) instead.
pub fn kept_page<B>(state: &ServerState, request: &http::Request<B>) -> Option<Response> {
    let head = request.method() == Method::HEAD;
    if !(head || request.method() == Method::GET) || request.uri().path() != "/" {
        return None;
    }
    let params = Params::anonymous(request.uri().query())?;
    let given = state.given(params.raw()).ok()?;
    let headers = request.headers();
    let (country, locale) = state
        .visitor_locale(given.country.as_deref(), given.lang.as_deref(), headers)
        .ok()?;
    let (prices, plans) = state.plans.ready(country)?;
    let key = Key::new(Answer::Page, given, &locale, &prices);
    let Some(page) = state.pages.get(&key) else {
        // A variant whose lane is full is refused here, as `reuse` would,
        // for a fraction of the cost: a flood of new coupons is that.
        let lane = key.lane();
        return (lane != Lane::Shared && state.pages.queue(lane).is_full())
            .then(|| busy(state, Lang::of(&key.locale)));
    };
    let wants = Wants::of(headers, head);
    // Compressing is for the blocking pool, which `reuse` uses.
    page.ready(wants.coding())?;
    state.metrics.cache(Cache::Plans, plans);
    state.metrics.cache(Cache::Pages, CacheResult::Hit);
    Some(respond(&page, &wants))
}

/// Answers with a kept page, first compressing it, off the async workers,
/// in the coding asked for if no one has yet.
pub(super) async fn answer(page: Arc<Rendered>, wants: Wants) -> Response {
    let coding = wants.coding();
    if page.ready(coding).is_none() {
        let compressing = page.clone();
        // A failed task leaves `encoded` below to compress it here.
        let _ = tokio::task::spawn_blocking(move || {
            compressing.encoded(coding);
        })
        .await;
    }
    respond(&page, &wants)
}

/// What the request accepts and already has.
#[derive(Debug, Default)]
pub(super) struct Wants {
    br: bool,
    gzip: bool,
    if_none_match: Option<String>,
    head: bool,
}

impl Wants {
    pub(super) fn of(headers: &HeaderMap, head: bool) -> Self {
        let accepts = |coding: &str| {
            headers
                .get_all(header::ACCEPT_ENCODING)
                .iter()
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split(','))
                .any(|item| {
                    let mut parts = item.split(';');
                    let name = parts.next().unwrap_or_default().trim();
                    // A quality value is not money: a float is fine here.
                    let refused = parts.any(|p| {
                        p.trim()
                            .strip_prefix("q=")
                            .and_then(|q| q.parse::<f32>().ok())
                            == Some(0.0)
                    });
                    name.eq_ignore_ascii_case(coding) && !refused
                })
        };
        Self {
            br: accepts("br"),
            gzip: accepts("gzip"),
            if_none_match: headers
                .get(header::IF_NONE_MATCH)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned),
            head,
        }
    }

    /// The coding of the answer: br, else gzip, else none.
    fn coding(&self) -> Coding {
        if self.br {
            Coding::Br
        } else if self.gzip {
            Coding::Gzip
        } else {
            Coding::Identity
        }
    }
}

/// The page in the coding `wants` asks for: compressed here when it was
/// not yet (see `answer`).
fn respond(page: &Rendered, wants: &Wants) -> Response {
    let encoded = page.encoded(wants.coding());
    let coding = match wants.coding() {
        Coding::Identity => None,
        Coding::Gzip => Some("gzip"),
        Coding::Br => Some("br"),
    };
    let not_modified = not_modified(wants.if_none_match.as_deref(), &encoded.etag);
    let mut response = if not_modified {
        StatusCode::NOT_MODIFIED.into_response()
    } else if wants.head {
        Response::new(Body::empty())
    } else {
        Response::new(Body::from(encoded.body.clone()))
    };
    // Room for the security headers and the request's ID too: growing
    // the map rehashes it.
    *response.headers_mut() = HeaderMap::with_capacity(page.headers.len() + 12);
    let headers = response.headers_mut();
    for (name, value) in &page.headers {
        headers.insert(name, value.clone());
    }
    headers.insert(header::ETAG, encoded.etag.clone());
    if let Some(coding) = coding {
        headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(coding));
    }
    if !not_modified {
        headers.insert(
            header::CONTENT_LENGTH,
            HeaderValue::from(encoded.body.len()),
        );
    }
    response
}

/// Whether `If-None-Match` names `etag` (weakly, as RFC 9110 compares
/// for a GET) or any tag.
pub(super) fn not_modified(if_none_match: Option<&str>, etag: &HeaderValue) -> bool {
    if_none_match.is_some_and(|tags| {
        tags.split(',')
            .map(|t| t.trim().trim_start_matches("W/"))
            .any(|t| t == "*" || t.as_bytes() == etag.as_bytes())
    })
}

/// `Cache-Control` and `Vary` of a kept page: shared at the edge, but
/// for a page that names a coupon. A coupon's words are the address's,
/// and a cache that is not ours must not hand them to anyone else.
fn shared_headers(state: &ServerState, key: &Key) -> Vec<(HeaderName, HeaderValue)> {
    let given = &key.given;
    let mut headers = sharing(
        state,
        key.stale,
        given.lang.is_some(),
        given.country.is_some(),
    );
    if given.coupon.is_some() {
        headers.retain(|(name, _)| name != header::CACHE_CONTROL);
        headers.push((
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, no-store"),
        ));
    }
    headers
}

/// `Cache-Control` and `Vary` of an answer every visitor of a country
/// and language shares (a page, the API's JSON): kept by a CDN while its
/// prices are fresh, varying by what stood in for a parameter not given.
pub(super) fn sharing(
    state: &AppState,
    stale: bool,
    lang_given: bool,
    country_given: bool,
) -> Vec<(HeaderName, HeaderValue)> {
    let cache = &state.config.cache;
    let cache_control = if stale {
        // Old prices: shown now, but no cache should keep them.
        "no-cache".to_owned()
    } else {
        format!(
            "public, max-age=0, s-maxage={}, stale-while-revalidate={}, stale-if-error={}",
            cache.fresh.as_secs(),
            cache.revalidate.as_secs(),
            cache.stale_if_error.as_secs()
        )
    };
    let mut vary = vec!["Accept-Encoding".to_owned()];
    if !lang_given {
        vary.push("Accept-Language".to_owned());
    }
    if !country_given {
        vary.extend(state.page.geo_headers.iter().map(|h| h.to_string()));
    }
    [
        (header::CACHE_CONTROL, cache_control),
        (header::VARY, vary.join(", ")),
    ]
    .into_iter()
    .filter_map(|(name, value)| Some((name, HeaderValue::from_str(&value).ok()?)))
    .collect()
}

/// Above this size a page is compressed at a lower quality: at the
/// highest, a page of a few megabytes (the largest catalogues) keeps its
/// first visitor waiting a tenth of a second, for a few percent of bytes.
const LARGE_PAGE: usize = 512 << 10;

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let level = if bytes.len() > LARGE_PAGE {
        flate2::Compression::default()
    } else {
        flate2::Compression::best()
    };
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), level);
    // Writing to a Vec cannot fail.
    let _ = encoder.write_all(bytes);
    encoder.finish().unwrap_or_default()
}

fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    // A window just large enough for the page keeps the encoder small.
    let lgwin = (usize::BITS - bytes.len().leading_zeros()).clamp(16, 22) as i32;
    let params = brotli::enc::BrotliEncoderParams {
        quality: if bytes.len() > LARGE_PAGE { 5 } else { 9 },
        lgwin,
        ..Default::default()
    };
    // Reading from a slice and writing to a Vec cannot fail.
    let _ = brotli::BrotliCompress(&mut &bytes[..], &mut out, &params);
    out
}

/// Marks a page as for this visitor only, unless it says otherwise.
fn private(mut response: Response) -> Response {
    response
        .headers_mut()
        .entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("private, no-store"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn params_of_anonymous_views() {
        let p = Params::anonymous(Some("country=de&cycle=yearly&utm_source=x")).unwrap();
        assert_eq!(p.country.as_deref(), Some("de"));
        assert_eq!(p.cycle.as_deref(), Some("yearly"));
        assert_eq!(p.lang, None);
        assert!(Params::anonymous(None).is_some_and(|p| p.country.is_none()));
        // A blank instance is no one's, as the page reads it.
        for blank in ["instance=", "instance=%20"] {
            assert!(Params::anonymous(Some(blank)).is_some(), "{blank}");
        }
        assert!(Params::anonymous(Some("instance=abc.def")).is_none());
        assert!(Params::anonymous(Some("country=DE&country=FR")).is_none());
    }

    #[test]
    fn encodings_and_conditional_requests() {
        let mut h = HeaderMap::new();
        h.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_static("gzip, br;q=0"),
        );
        let w = Wants::of(&h, false);
        assert!(w.gzip && !w.br);
        h.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_static("br;q=1.0, gzip"),
        );
        let w = Wants::of(&h, false);
        assert!(w.gzip && w.br);

        let page = Rendered::new(Bytes::from_static(b"<html>page</html>"), vec![]);
        let plain = Wants {
            br: false,
            gzip: false,
            if_none_match: None,
            head: false,
        };
        let r = respond(&page, &plain);
        assert_eq!(r.status(), StatusCode::OK);
        assert_eq!(r.headers()[header::CONTENT_LENGTH], "17");
        let etag = r.headers()[header::ETAG].to_str().unwrap().to_owned();
        // A strong tag: 128 bits of the SHA-256 of the bytes, quoted.
        assert_eq!(etag.len(), 34, "{etag}");
        // Nothing is compressed until asked for, then once per coding.
        assert!(page.ready(Coding::Br).is_none() && page.ready(Coding::Gzip).is_none());
        let r = respond(&page, &Wants { br: true, ..plain });
        assert_eq!(r.headers()[header::CONTENT_ENCODING], "br");
        assert!(page.ready(Coding::Br).is_some() && page.ready(Coding::Gzip).is_none());
        let br_etag = r.headers()[header::ETAG].to_str().unwrap().to_owned();
        assert_eq!(br_etag, format!("{}-br\"", etag.trim_end_matches('"')));
        let revalidate = |tags: &str, br| {
            respond(
                &page,
                &Wants {
                    br,
                    gzip: false,
                    if_none_match: Some(tags.into()),
                    head: false,
                },
            )
            .status()
        };
        assert_eq!(
            revalidate(&format!("\"x\", W/{etag}"), false),
            StatusCode::NOT_MODIFIED
        );
        assert_eq!(revalidate(&br_etag, true), StatusCode::NOT_MODIFIED);
        // Another representation's tag does not match.
        assert_eq!(revalidate(&etag, true), StatusCode::OK);
        assert_eq!(revalidate("*", false), StatusCode::NOT_MODIFIED);
        // The compressed bodies decode to the page.
        let mut decoded = String::new();
        std::io::Read::read_to_string(
            &mut flate2::read::GzDecoder::new(&page.encoded(Coding::Gzip).body[..]),
            &mut decoded,
        )
        .unwrap();
        assert_eq!(decoded, "<html>page</html>");
    }
}
