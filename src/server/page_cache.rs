//! Reuse of rendered pages. For a visitor without a signed `instance`,
//! the page depends only on its parameters (`country`, `cycle`, `lang`,
//! `coupon`, `theme`, `embed`),
//! the country and language they resolve to, and the prices Wix gave: the
//! same inputs give the same bytes. Those bytes are rendered once,
//! compressed once (br and gzip), and served with a strong ETag and
//! `Cache-Control` a CDN can honour. Personalised pages are never shared.

use super::ServerState;
use crate::country::CountryCode;
use crate::loaders::Lookup;
use crate::lock;
use crate::metrics::{Cache, CacheResult};
use crate::state::AppState;
use crate::wix::{request_id_of, with_request_id, Prices};
use axum::{
    body::{Body, Bytes},
    extract::{Request, State},
    http::{header, HeaderMap, HeaderName, HeaderValue, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};
use sha2::{Digest, Sha256};
use std::{
    collections::HashMap,
    io::Write,
    sync::{Arc, Mutex, OnceLock},
};
use tokio::sync::watch;

/// Most bytes of rendered pages kept (all encodings together).
const MAX_BYTES: u64 = 32 << 20;
/// A rendered page larger than this is served but not kept.
const MAX_PAGE: usize = 8 << 20;
/// Our own renderer's output, read whole (the page renders in one piece
/// anyway): a bound against a runaway, far above what Wix's limits give.
const MAX_RENDER: usize = 64 << 20;
/// New pages rendered and compressed at once; more wait their turn, so
/// that a sweep over every country cannot take the memory with it.
const RENDERS_AT_ONCE: usize = 2;

/// The parameters of an anonymous view, exactly as given: the page
/// repeats them in its forms, so they are part of its bytes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
struct Params {
    country: Option<Box<str>>,
    cycle: Option<Box<str>>,
    lang: Option<Box<str>>,
    coupon: Option<Box<str>>,
    theme: Option<Box<str>>,
    embed: Option<Box<str>>,
}

impl Params {
    /// `None` when the page cannot be shared: a signed `instance`, or a
    /// parameter given twice (which the page would resolve its own way).
    fn anonymous(query: Option<&str>) -> Option<Self> {
        let mut params = Self::default();
        for (name, value) in form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
            let slot = match &*name {
                "country" => &mut params.country,
                "cycle" => &mut params.cycle,
                "lang" => &mut params.lang,
                "coupon" => &mut params.coupon,
                "theme" => &mut params.theme,
                "embed" => &mut params.embed,
                "instance" if !value.is_empty() => return None,
                // Tracking parameters and the like do not change the page.
                _ => continue,
            };
            if slot.replace(value.into()).is_some() {
                return None;
            }
        }
        Some(params)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct PageKey {
    params: Params,
    country: CountryCode,
    locale: Box<str>,
    prices_version: u64,
    stale: bool,
}

impl PageKey {
    fn new(params: Params, locale: &icu::locale::Locale, prices: &Prices) -> Self {
        Self {
            params,
            country: prices.country,
            locale: locale.to_string().into(),
            prices_version: prices.entry.version,
            stale: prices.stale,
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
    /// 128 bits of the page's SHA-256, in hex: its ETags start with it.
    hash: String,
    /// Content type, policy, caching: made once, copied per response.
    headers: Vec<(HeaderName, HeaderValue)>,
}

impl Rendered {
    fn new(identity: Bytes, headers: Vec<(HeaderName, HeaderValue)>) -> Self {
        let hash: String = Sha256::digest(&identity)[..16]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        Self {
            identity: Encoded {
                etag: etag(&hash, ""),
                body: identity,
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
        let (cell, compress, suffix): (_, fn(&[u8]) -> Vec<u8>, _) = match coding {
            Coding::Identity => return &self.identity,
            Coding::Gzip => (&self.gzip, gzip, "-gz"),
            Coding::Br => (&self.br, brotli, "-br"),
        };
        cell.get_or_init(|| Encoded {
            body: compress(&self.identity.body).into(),
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

#[derive(Clone)]
pub struct PageCache {
    pages: moka::sync::Cache<PageKey, Arc<Rendered>>,
    renders: Arc<tokio::sync::Semaphore>,
    /// Renders under way: who else wants the page waits for it.
    rendering: Arc<Mutex<HashMap<PageKey, watch::Receiver<Option<Outcome>>>>>,
}

/// A finished render: the shared page, or `None` when it cannot be
/// shared (an error page) and each request renders its own.
type Outcome = Option<Arc<Rendered>>;

/// Whether this request renders a missing page or waits for another.
enum Turn {
    Render(watch::Sender<Option<Outcome>>, RenderingGuard),
    Wait(watch::Receiver<Option<Outcome>>),
}

/// Takes a render off the list however it ends, cancelled included.
struct RenderingGuard {
    rendering: Arc<Mutex<HashMap<PageKey, watch::Receiver<Option<Outcome>>>>>,
    key: PageKey,
}

impl Drop for RenderingGuard {
    fn drop(&mut self) {
        lock(&self.rendering).remove(&self.key);
    }
}

impl PageCache {
    pub fn new(lifetime: std::time::Duration) -> Self {
        Self {
            pages: moka::sync::Cache::builder()
                .max_capacity(MAX_BYTES)
                .weigher(|_, page: &Arc<Rendered>| page.weight())
                .time_to_live(lifetime.max(std::time::Duration::from_secs(1)))
                .build(),
            rendering: Arc::default(),
            renders: Arc::new(tokio::sync::Semaphore::new(RENDERS_AT_ONCE)),
        }
    }

    fn turn(&self, key: &PageKey) -> Turn {
        let mut rendering = lock(&self.rendering);
        if let Some(waiting) = rendering.get(key) {
            return Turn::Wait(waiting.clone());
        }
        let (done, waiting) = watch::channel(None);
        rendering.insert(key.clone(), waiting);
        Turn::Render(
            done,
            RenderingGuard {
                rendering: self.rendering.clone(),
                key: key.clone(),
            },
        )
    }
}

/// Middleware in front of the page at `/`.
pub async fn reuse(State(state): State<ServerState>, mut request: Request, next: Next) -> Response {
    let page = super::paths::Route::of(request.uri().path()) == super::paths::Route::Page;
    if !page || !matches!(*request.method(), Method::GET | Method::HEAD) {
        return next.run(request).await;
    }
    let Some(params) = Params::anonymous(request.uri().query()) else {
        return private(next.run(request).await);
    };
    // Inputs the page rejects are rejected by the page, with its error.
    let headers = request.headers();
    let Ok((country, locale)) =
        state.visitor_locale(params.country.as_deref(), params.lang.as_deref(), headers)
    else {
        return private(next.run(request).await);
    };
    let lookup = state.plans.get(country);
    let prices = match with_request_id(request_id_of(headers), lookup).await {
        Ok(prices) => prices,
        Err(e) => {
            request.extensions_mut().insert(Lookup(Err(e)));
            return private(next.run(request).await);
        }
    };
    let key = PageKey::new(params, &locale, &prices);
    let wants = Wants::of(request.headers(), request.method() == Method::HEAD);
    // Rendered as a GET whatever was asked: the router leaves a HEAD's body
    // out, and the page kept must be the whole page. `respond` leaves the
    // body out of a HEAD's answer; hyper never sends one.
    *request.method_mut() = Method::GET;
    if let Some(page) = state.pages.pages.get(&key) {
        state.metrics.cache(Cache::Pages, CacheResult::Hit);
        return answer(page, wants).await;
    }
    state.metrics.cache(Cache::Pages, CacheResult::Miss);
    request.extensions_mut().insert(Lookup(Ok(prices)));
    // A burst for a new page renders and compresses it once.
    let (done, _guard) = match state.pages.turn(&key) {
        Turn::Wait(mut waiting) => {
            let shared = waiting
                .wait_for(Option::is_some)
                .await
                .ok()
                .and_then(|outcome| outcome.clone().flatten());
            return match shared {
                Some(page) => answer(page, wants).await,
                // Not shareable, or its render was cancelled: render here.
                None => private(next.run(request).await),
            };
        }
        Turn::Render(done, guard) => (done, guard),
    };
    // The semaphore is never closed.
    let _permit = state.pages.renders.clone().acquire_owned().await;
    let response = next.run(request).await;
    if response.status() != StatusCode::OK {
        done.send_replace(Some(None));
        return private(response);
    }
    match render(response, shared_headers(&state, &key)).await {
        Ok(page) => {
            let page = Arc::new(page);
            state.pages.pages.insert(key, page.clone());
            done.send_replace(Some(Some(page.clone())));
            answer(page, wants).await
        }
        Err(response) => {
            done.send_replace(Some(None));
            response
        }
    }
}

/// The kept page for an anonymous GET or HEAD of `/` whose prices need
/// no call to Wix, answered as `reuse` answers it; `None` when the
/// request must go through the router (and `reuse`) instead.
pub fn kept<B>(state: &ServerState, request: &http::Request<B>) -> Option<Response> {
    let head = request.method() == Method::HEAD;
    if !(head || request.method() == Method::GET) || request.uri().path() != "/" {
        return None;
    }
    let params = Params::anonymous(request.uri().query())?;
    let headers = request.headers();
    let (country, locale) = state
        .visitor_locale(params.country.as_deref(), params.lang.as_deref(), headers)
        .ok()?;
    let (prices, plans) = state.plans.ready(country)?;
    let page = state
        .pages
        .pages
        .get(&PageKey::new(params, &locale, &prices))?;
    let wants = Wants::of(headers, head);
    // Compressing is for the blocking pool, which `reuse` uses.
    page.ready(wants.coding())?;
    state.metrics.cache(Cache::Plans, plans);
    state.metrics.cache(Cache::Pages, CacheResult::Hit);
    Some(respond(&page, &wants))
}

/// Answers with a kept page, first compressing it, off the async workers,
/// in the coding asked for if no one has yet.
async fn answer(page: Arc<Rendered>, wants: Wants) -> Response {
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
struct Wants {
    br: bool,
    gzip: bool,
    if_none_match: Option<String>,
    head: bool,
}

impl Wants {
    fn of(headers: &HeaderMap, head: bool) -> Self {
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

/// `Cache-Control` and `Vary` of a shared page.
fn shared_headers(state: &ServerState, key: &PageKey) -> Vec<(HeaderName, HeaderValue)> {
    // What the page fell back to where a parameter was not given.
    let given = |param: &Option<Box<str>>| crate::format::given(param.as_deref()).is_some();
    sharing(
        state,
        key.stale,
        given(&key.params.lang),
        given(&key.params.country),
    )
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

/// Reads a rendered page and hashes it, off the async workers.
async fn render(
    response: Response,
    mut headers: Vec<(HeaderName, HeaderValue)>,
) -> Result<Rendered, Response> {
    let (parts, body) = response.into_parts();
    let identity = match axum::body::to_bytes(body, MAX_RENDER).await {
        Ok(bytes) if bytes.len() > MAX_PAGE => {
            tracing::warn!("a page of {} bytes is served but not kept", bytes.len());
            return Err(private(Response::from_parts(parts, Body::from(bytes))));
        }
        Ok(bytes) if !bytes.is_empty() => bytes,
        // Never kept: shared, it would blank the page for everyone.
        Ok(_) => {
            tracing::error!("a page rendered empty; not kept");
            return Err(private(StatusCode::INTERNAL_SERVER_ERROR.into_response()));
        }
        Err(e) => {
            tracing::error!("rendered page not read: {e}");
            return Err(private(StatusCode::INTERNAL_SERVER_ERROR.into_response()));
        }
    };
    for name in [header::CONTENT_TYPE, header::CONTENT_SECURITY_POLICY] {
        if let Some(value) = parts.headers.get(&name) {
            headers.push((name, value.clone()));
        }
    }
    let page = tokio::task::spawn_blocking(move || Rendered::new(identity, headers)).await;
    page.map_err(|e| {
        tracing::error!("hashing a page failed: {e}");
        StatusCode::INTERNAL_SERVER_ERROR.into_response()
    })
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
        assert_eq!(Params::anonymous(None), Some(Params::default()));
        assert_eq!(
            Params::anonymous(Some("instance=")),
            Some(Params::default())
        );
        assert_eq!(Params::anonymous(Some("instance=abc.def")), None);
        assert_eq!(Params::anonymous(Some("country=DE&country=FR")), None);
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
