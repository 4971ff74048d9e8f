//! Reuse of rendered pages. For a visitor without a signed `instance`,
//! the page depends only on the `country`, `cycle` and `lang` parameters,
//! the country and language they resolve to, and the prices Wix gave: the
//! same inputs give the same bytes. Those bytes are rendered once,
//! compressed once (br and gzip), and served with a strong ETag and
//! `Cache-Control` a CDN can honour. Personalised pages are never shared.

use super::AppState;
use crate::country::CountryCode;
use crate::metrics::{Cache, CacheResult};
use crate::wix::{with_request_id, Prices, WixError};
use axum::{
    body::{Body, Bytes},
    extract::{Request, State},
    http::{header, HeaderMap, HeaderValue, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};
use sha2::{Digest, Sha256};
use std::{io::Write, sync::Arc};

/// Most bytes of rendered pages kept (all encodings together).
const MAX_BYTES: u64 = 32 << 20;
/// A rendered page larger than this is served but not kept.
const MAX_PAGE: usize = 2 << 20;

/// The parameters of an anonymous view, exactly as given: the page
/// repeats them in its forms, so they are part of its bytes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
struct Params {
    country: Option<Box<str>>,
    cycle: Option<Box<str>>,
    lang: Option<Box<str>>,
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

/// The outcome of the price lookup the page cache made, handed to the
/// page so that one request asks the plan cache once.
#[derive(Debug, Clone)]
pub struct Lookup(pub Result<Prices, WixError>);

/// One rendered page in every encoding it is served in.
pub struct Rendered {
    etag: String,
    identity: Bytes,
    gzip: Bytes,
    br: Bytes,
    headers: HeaderMap,
}

impl Rendered {
    fn weight(&self) -> u32 {
        (self.identity.len() + self.gzip.len() + self.br.len()) as u32
    }
}

#[derive(Clone)]
pub struct PageCache {
    pages: moka::sync::Cache<PageKey, Arc<Rendered>>,
}

impl PageCache {
    pub fn new(lifetime: std::time::Duration) -> Self {
        Self {
            pages: moka::sync::Cache::builder()
                .max_capacity(MAX_BYTES)
                .weigher(|_, page: &Arc<Rendered>| page.weight())
                .time_to_live(lifetime.max(std::time::Duration::from_secs(1)))
                .build(),
        }
    }
}

/// Middleware in front of the page at `/`.
pub async fn reuse(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    if request.uri().path() != "/" || !matches!(*request.method(), Method::GET | Method::HEAD) {
        return next.run(request).await;
    }
    let Some(params) = Params::anonymous(request.uri().query()) else {
        return private(next.run(request).await);
    };
    // Inputs the page rejects are rejected by the page, with its error.
    let headers = request.headers();
    let Ok(country) = state.visitor_country(params.country.as_deref(), headers) else {
        return private(next.run(request).await);
    };
    let accept_language = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let Ok(locale) =
        crate::format::negotiate_locale(params.lang.as_deref(), accept_language, country)
    else {
        return private(next.run(request).await);
    };
    let app_ids = state.config.app_ids();
    let lookup = state.plans.get(&app_ids, country);
    let prices = match with_request_id(super::request_id(headers), lookup).await {
        Ok(prices) => prices,
        Err(e) => {
            request.extensions_mut().insert(Lookup(Err(e)));
            return private(next.run(request).await);
        }
    };
    let key = PageKey {
        params,
        country,
        locale: locale.to_string().into(),
        prices_version: prices.entry.version,
        stale: prices.stale,
    };
    let wants = Wants::of(request.headers(), request.method() == Method::HEAD);
    let page = match state.pages.pages.get(&key) {
        Some(page) => {
            state.metrics.cache(Cache::Pages, CacheResult::Hit);
            page
        }
        None => {
            state.metrics.cache(Cache::Pages, CacheResult::Miss);
            request.extensions_mut().insert(Lookup(Ok(prices)));
            let response = next.run(request).await;
            if response.status() != StatusCode::OK {
                return private(response);
            }
            match render(response, shared_headers(&state, &key)).await {
                Ok(page) => {
                    let page = Arc::new(page);
                    state.pages.pages.insert(key, page.clone());
                    page
                }
                Err(response) => return response,
            }
        }
    };
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
}

fn respond(page: &Rendered, wants: &Wants) -> Response {
    let (body, coding, etag) = if wants.br {
        (&page.br, Some("br"), format!("\"{}-br\"", page.etag))
    } else if wants.gzip {
        (&page.gzip, Some("gzip"), format!("\"{}-gz\"", page.etag))
    } else {
        (&page.identity, None, format!("\"{}\"", page.etag))
    };
    let not_modified = wants.if_none_match.as_deref().is_some_and(|tags| {
        tags.split(',')
            .map(|t| t.trim().trim_start_matches("W/"))
            .any(|t| t == "*" || t == etag)
    });
    let mut response = if not_modified {
        StatusCode::NOT_MODIFIED.into_response()
    } else if wants.head {
        Response::new(Body::empty())
    } else {
        Response::new(Body::from(body.clone()))
    };
    let headers = response.headers_mut();
    headers.extend(page.headers.clone());
    if let Ok(etag) = HeaderValue::from_str(&etag) {
        headers.insert(header::ETAG, etag);
    }
    if let Some(coding) = coding {
        headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(coding));
    }
    if !not_modified {
        headers.insert(header::CONTENT_LENGTH, HeaderValue::from(body.len()));
    }
    response
}

/// `Cache-Control` and `Vary` of a shared page.
fn shared_headers(state: &AppState, key: &PageKey) -> HeaderMap {
    let cache = &state.config.cache;
    let cache_control = if key.stale {
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
    if key.params.lang.is_none() {
        vary.push("Accept-Language".to_owned());
    }
    if key.params.country.is_none() {
        vary.extend(state.config.geo_headers.iter().map(|h| h.to_string()));
    }
    let mut headers = HeaderMap::new();
    for (name, value) in [
        (header::CACHE_CONTROL, cache_control),
        (header::VARY, vary.join(", ")),
    ] {
        if let Ok(value) = HeaderValue::from_str(&value) {
            headers.insert(name, value);
        }
    }
    headers
}

/// Reads a rendered page and compresses it, off the async workers.
async fn render(response: Response, mut headers: HeaderMap) -> Result<Rendered, Response> {
    let (parts, body) = response.into_parts();
    let identity = match axum::body::to_bytes(body, MAX_PAGE).await {
        Ok(bytes) => bytes,
        Err(e) => {
            tracing::error!("rendered page not read: {e}");
            return Err(StatusCode::INTERNAL_SERVER_ERROR.into_response());
        }
    };
    for name in [header::CONTENT_TYPE, header::CONTENT_SECURITY_POLICY] {
        if let Some(value) = parts.headers.get(&name) {
            headers.insert(name, value.clone());
        }
    }
    let page = tokio::task::spawn_blocking(move || {
        let etag = Sha256::digest(&identity)[..16]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        Rendered {
            etag,
            gzip: gzip(&identity).into(),
            br: brotli(&identity).into(),
            identity,
            headers,
        }
    })
    .await;
    page.map_err(|e| {
        tracing::error!("compressing a page failed: {e}");
        StatusCode::INTERNAL_SERVER_ERROR.into_response()
    })
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    // Writing to a Vec cannot fail.
    let _ = encoder.write_all(bytes);
    encoder.finish().unwrap_or_default()
}

fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 9,
        lgwin: 22,
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

        let page = Rendered {
            etag: "abc".into(),
            identity: Bytes::from_static(b"<html>page</html>"),
            gzip: Bytes::from_static(b"gz"),
            br: Bytes::from_static(b"b"),
            headers: HeaderMap::new(),
        };
        let plain = Wants {
            br: false,
            gzip: false,
            if_none_match: None,
            head: false,
        };
        let r = respond(&page, &plain);
        assert_eq!(r.status(), StatusCode::OK);
        assert_eq!(r.headers()[header::ETAG], "\"abc\"");
        assert_eq!(r.headers()[header::CONTENT_LENGTH], "17");
        let r = respond(&page, &Wants { br: true, ..plain });
        assert_eq!(r.headers()[header::CONTENT_ENCODING], "br");
        assert_eq!(r.headers()[header::ETAG], "\"abc-br\"");
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
            revalidate("\"x\", W/\"abc\"", false),
            StatusCode::NOT_MODIFIED
        );
        assert_eq!(revalidate("\"abc-br\"", true), StatusCode::NOT_MODIFIED);
        // Another representation's tag does not match.
        assert_eq!(revalidate("\"abc\"", true), StatusCode::OK);
        assert_eq!(revalidate("*", false), StatusCode::NOT_MODIFIED);
    }
}
