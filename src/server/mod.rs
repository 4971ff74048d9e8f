//! Assembles the server: configuration, the Wix client (pointed at Wix or
//! at the built-in sandbox) and its cache, the Leptos routes, the
//! operational routes and the layers every request passes.

use crate::app::{shell, App};
use crate::config::Config;
use crate::country::CountryCode;
use crate::error::AppError;
use crate::metrics::Metrics;
use crate::plans::LoadPricing;
use crate::preview::LoadPreview;
use crate::sandbox::{Catalogue, Sandbox};
use crate::wix::{AppCredentials, PlanCache, WixClient};
use axum::handler::HandlerWithoutStateExt;
use axum::{
    extract::{FromRef, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    middleware::from_fn_with_state,
    response::{IntoResponse, Response},
    routing::get,
    Router,
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_axum::{generate_route_list_with_exclusions, LeptosRoutes};
use std::{sync::Arc, time::Duration};
use tower_http::{compression::CompressionLayer, services::ServeDir, timeout::TimeoutLayer};

#[cfg(test)]
mod caching_tests;
mod checkout;
#[cfg(test)]
mod contract_tests;
mod errors;
#[cfg(test)]
mod hardening_tests;
mod headers;
pub mod identity;
mod input;
mod observe;
pub mod page_cache;
mod paths;
mod preview;
mod rate_limit;
#[cfg(test)]
mod security_tests;
mod serve;
#[cfg(test)]
mod tests;

pub use observe::request_id;
pub use serve::serve;

/// A request that takes longer than this is answered 408.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// What every request handler and server function can reach. One `Arc`:
/// every middleware clones it per request.
#[derive(Clone)]
pub struct AppState(Arc<Services>);

pub struct Services {
    pub leptos_options: LeptosOptions,
    pub config: Arc<Config>,
    pub wix: Arc<WixClient>,
    /// List App Plans, cached; every page, preview and checkout asks here.
    pub plans: PlanCache,
    pub pages: page_cache::PageCache,
    pub metrics: Arc<Metrics>,
    security: headers::SecurityHeaders,
    limits: rate_limit::Limits,
}

impl std::ops::Deref for AppState {
    type Target = Services;

    fn deref(&self) -> &Services {
        &self.0
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

impl AppState {
    /// The visitor's country: the explicit parameter, else the first geo
    /// header a CDN set, else the configured default.
    pub fn visitor_country(
        &self,
        param: Option<&str>,
        headers: &HeaderMap,
    ) -> Result<CountryCode, AppError> {
        if let Some(param) = crate::format::given(param) {
            return CountryCode::parse_assigned(param).map_err(AppError::BadRequest);
        }
        let from_cdn = self
            .config
            .geo_headers
            .iter()
            // CDNs send placeholders such as `XX` (unknown) and `T1` (Tor).
            .filter_map(|name| CountryCode::parse_assigned(headers.get(name)?.to_str().ok()?).ok())
            .next();
        Ok(from_cdn.unwrap_or(self.config.default_country))
    }

    /// The visitor's country, and the locale to format for: `lang`, else
    /// Accept-Language, else the country's language.
    pub fn visitor_locale(
        &self,
        country: Option<&str>,
        lang: Option<&str>,
        headers: &HeaderMap,
    ) -> Result<(CountryCode, icu::locale::Locale), AppError> {
        let country = self.visitor_country(country, headers)?;
        let accept_language = headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok());
        let locale = crate::format::negotiate_locale(lang, accept_language, country)
            .map_err(AppError::BadRequest)?;
        Ok((country, locale))
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Config(#[from] crate::config::ConfigError),
    #[error("sandbox catalogue {path}: {reason}")]
    Catalogue { path: String, reason: String },
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: String,
        source: std::io::Error,
    },
    #[error("{0}")]
    Client(#[from] crate::wix::WixError),
    #[error(
        "no Wix app to sell: set WIX_APP_IDS and WIX_APP_SECRET for your app, \
         or PRICING_SANDBOX=1 to run on the built-in sandbox"
    )]
    NoApps,
}

/// A configured server, ready to serve. Holds the sandbox, when there is
/// one, for as long as the server lives.
pub struct Server {
    pub router: Router,
    pub config: Arc<Config>,
    pub sandbox: Option<Sandbox>,
}

impl Server {
    /// Starts the sandbox when asked to and points the client at it;
    /// otherwise the client talks to the configured Wix.
    pub async fn build(
        mut config: Config,
        leptos_options: LeptosOptions,
    ) -> Result<Self, StartError> {
        if !config.uses_sandbox() && config.apps.is_empty() {
            return Err(StartError::NoApps);
        }
        let sandbox = if config.uses_sandbox() {
            let sandbox = start_sandbox(&config).await?;
            config.wix_api_base_url = sandbox.base_url().to_owned();
            config.wix_web_base_url = sandbox.base_url().to_owned();
            config.checkout_hosts =
                vec![sandbox.base_url().trim_start_matches("http://").to_owned()];
            config.apps = sandbox
                .catalogue()
                .apps
                .iter()
                .map(|app| AppCredentials {
                    app_id: app.id.clone(),
                    secret: app.secret.clone(),
                })
                .collect();
            for app in &sandbox.catalogue().apps {
                config
                    .app_names
                    .entry(app.id.clone())
                    .or_insert_with(|| app.name.clone());
            }
            tracing::info!(
                "PRICING_SANDBOX=1: using the built-in Wix sandbox at {}",
                sandbox.base_url()
            );
            Some(sandbox)
        } else {
            None
        };
        let config = Arc::new(config);
        let metrics = Arc::new(Metrics::default());
        let wix = Arc::new(WixClient::new(
            &config.wix_api_base_url,
            config.timeout,
            &config.resilience,
            metrics.clone(),
        )?);
        let state = AppState(Arc::new(Services {
            leptos_options,
            plans: PlanCache::new(wix.clone(), config.app_ids(), config.cache, metrics.clone()),
            pages: page_cache::PageCache::new(config.cache.fresh + config.cache.revalidate),
            wix,
            metrics,
            security: headers::SecurityHeaders::new(&config),
            limits: rate_limit::Limits {
                checkout: rate_limit::RateLimiter::new(config.checkout_rate_per_min),
                preview: rate_limit::RateLimiter::new(config.preview_rate_per_min),
            },
            config: config.clone(),
        }));
        Ok(Self {
            router: router(state),
            config,
            sandbox,
        })
    }
}

async fn start_sandbox(config: &Config) -> Result<Sandbox, StartError> {
    let (path, text) = match &config.sandbox_catalogue {
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| StartError::Catalogue {
                path: path.display().to_string(),
                reason: e.to_string(),
            })?;
            (path.display().to_string(), text)
        }
        None => (
            "(built-in demo)".to_owned(),
            crate::sandbox::catalogue::DEMO.to_owned(),
        ),
    };
    let catalogue =
        Catalogue::parse(&text).map_err(|reason| StartError::Catalogue { path, reason })?;
    Sandbox::start(
        catalogue,
        config.sandbox_addr,
        format!("{}/", config.public_url),
    )
    .await
    .map_err(|source| StartError::Bind {
        addr: config.sandbox_addr.to_string(),
        source,
    })
}

pub fn router(state: AppState) -> Router {
    use rate_limit::Limited;
    let limit = |which| from_fn_with_state((state.clone(), which), rate_limit::limit);
    let checkout = Router::new()
        .route("/checkout", get(checkout::resume).post(checkout::submit))
        .route_layer(limit(Limited::Checkout));
    // The preview's page, exports and server function. Its token and rate
    // limit belong to these routes, not to a spelling of their paths.
    let preview_routes = Router::new()
        .route("/preview.csv", get(preview::csv))
        .route("/preview.json", get(preview::json));
    let preview = leptos_routes(&state, preview_routes, &["/", LoadPricing::PATH])
        .route_layer(from_fn_with_state(state.clone(), preview::guard))
        .route_layer(limit(Limited::Preview));
    let pages = leptos_routes(&state, Router::new(), &["/preview", LoadPreview::PATH]);
    let routes = Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(ready))
        .route("/metrics", get(metrics))
        .nest_service("/pkg", assets(&state.leptos_options))
        .merge(checkout)
        .merge(preview)
        .merge(pages)
        .fallback_service(public_files(&state.leptos_options))
        .layer(from_fn_with_state(state.clone(), headers::nonce))
        .with_state(state.clone());
    // The layers wrap the router as a whole, so that a page served from
    // the cache costs no routing and no clone of the Leptos handlers.
    Router::new()
        .fallback_service(routes)
        .layer(from_fn_with_state(state.clone(), page_cache::reuse))
        .layer(CompressionLayer::new())
        .layer(axum::middleware::from_fn(input::body))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ))
        // Before anything looks at the path: one spelling per path.
        .layer(from_fn_with_state(state.clone(), paths::canonical))
        .layer(axum::middleware::from_fn(input::bounded))
        .layer(from_fn_with_state(state.clone(), headers::secure))
        .layer(from_fn_with_state(state.clone(), observe::observe))
        .with_state(state)
}

/// The Leptos routes and server functions, but those at `excluded`.
fn leptos_routes(
    state: &AppState,
    router: Router<AppState>,
    excluded: &[&str],
) -> Router<AppState> {
    let listings = generate_route_list_with_exclusions(
        App,
        Some(excluded.iter().map(|path| path.to_string()).collect()),
    );
    let context = state.clone();
    let options = state.leptos_options.clone();
    router.leptos_routes_with_context(
        state,
        listings,
        move || {
            provide_context(context.clone());
            // The nonce `headers::nonce` minted for this request: Leptos
            // puts it on its scripts, the response's policy names it.
            if let Some(nonce) = use_context::<http::request::Parts>()
                .and_then(|parts| parts.extensions.get::<leptos::nonce::Nonce>().cloned())
            {
                provide_context(nonce);
            }
        },
        move || shell(options.clone()),
    )
}

/// The site's own files (the favicon); any other address is the error
/// page's 404, never a render of the app for a path it happens to match.
fn public_files(options: &LeptosOptions) -> Router {
    let for_404 = options.clone();
    let not_found = move || {
        let options = for_404.clone();
        async move { errors::error_response(&options, AppError::NotFound, None) }
    };
    Router::new()
        .fallback_service(ServeDir::new(&*options.site_root).fallback(not_found.into_service()))
}

/// The WASM, JS and CSS bundle: precompressed by `cargo leptos build
/// --release --precompress`, and `immutable` when the build fingerprinted
/// the file names.
fn assets(options: &LeptosOptions) -> Router {
    let dir = std::path::Path::new(&*options.site_root).join(&*options.site_pkg_dir);
    let found = if options.hash_files {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    Router::new()
        .fallback_service(ServeDir::new(dir).precompressed_br().precompressed_gzip())
        .layer(axum::middleware::map_response(
            move |mut response: Response| async move {
                // A missing file may be deployed a minute later: not kept.
                let kept =
                    response.status().is_success() || response.status() == StatusCode::NOT_MODIFIED;
                let headers = response.headers_mut();
                headers.insert(
                    header::CACHE_CONTROL,
                    HeaderValue::from_static(if kept { found } else { "no-store" }),
                );
                // One name, br or gzip or plain bytes by the request's header.
                headers.append(header::VARY, HeaderValue::from_static("accept-encoding"));
                response
            },
        ))
}

/// Ready when the page can be served: Wix answers, or the cache has prices
/// to serve while it does not.
async fn ready(State(state): State<AppState>) -> Response {
    match state.plans.get(state.config.default_country).await {
        Ok(prices) if prices.stale => {
            "ready (serving cached prices: Wix is failing)\n".into_response()
        }
        Ok(_) => "ready\n".into_response(),
        Err(e) if state.plans.has_entries() => {
            format!("ready (cached prices only: {e})\n").into_response()
        }
        Err(e) => (StatusCode::SERVICE_UNAVAILABLE, format!("not ready: {e}\n")).into_response(),
    }
}

async fn metrics(State(state): State<AppState>) -> Response {
    (
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        state.metrics.render(),
    )
        .into_response()
}
