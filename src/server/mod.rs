//! Assembles the server: the Wix client (pointed at Wix or at the
//! built-in sandbox) and its cache, the Leptos routes, the operational
//! routes and the layers every request passes.

use crate::app::{shell, App};
use crate::config::Config;
use crate::error::AppError;
use crate::loaders::{LoadPreview, LoadPricing};
use crate::metrics::Metrics;
use crate::sandbox::{Catalogue, Sandbox};
use crate::state::{AppState, Services};
use crate::wix::{PlanCache, SharedCache, WixClient, WixSite};
use axum::handler::HandlerWithoutStateExt;
use axum::{
    extract::{FromRef, State},
    http::{header, HeaderValue, StatusCode},
    middleware::from_fn_with_state,
    response::{IntoResponse, Response},
    routing::{get, post},
    Router,
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_axum::{generate_route_list_with_exclusions, AxumRouteListing, LeptosRoutes};
use std::{
    sync::{Arc, OnceLock},
    time::Duration,
};
use tower_http::{
    compression::CompressionLayer,
    cors::{AllowOrigin, CorsLayer},
    services::ServeDir,
    timeout::TimeoutLayer,
};

mod api;
#[cfg(test)]
mod attack_tests;
#[cfg(test)]
mod caching_tests;
mod checkout;
#[cfg(test)]
mod contract_tests;
mod document;
mod errors;
mod front;
mod funnel;
#[cfg(test)]
mod hardening_tests;
mod headers;
mod input;
#[cfg(test)]
mod language_tests;
mod observe;
#[cfg(test)]
mod owner_tests;
mod page_cache;
mod paths;
mod preview;
mod probe;
mod rate_limit;
#[cfg(test)]
mod real_wix_tests;
#[cfg(test)]
mod security_tests;
mod sending;
mod serve;
#[cfg(test)]
mod shared_cache_tests;
mod spreadsheet;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod webhook_tests;
mod webhooks;
mod zero_copy;

pub use front::Front;
pub use probe::healthy;
pub use serve::serve;

/// A request that takes longer than this is answered 408.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// The application's state and what the server's own layers keep: the
/// page cache, the security headers, the rate limiters. One `Arc`: every
/// middleware clones it per request.
#[derive(Clone)]
pub struct ServerState(Arc<Layers>);

pub struct Layers {
    app: AppState,
    pages: page_cache::PageCache,
    security: headers::SecurityHeaders,
    limits: rate_limit::Limits,
    /// What answers waiting to be sent may hold (`sending`).
    sending: sending::Budget,
    /// The installer's returns seen (`checkout`).
    installs: checkout::Installs,
    /// The sites sent to Wix checkout, and Wix's events seen (`funnel`).
    funnel: funnel::Funnel,
    /// The busy page, made once per language.
    busy: errors::BusyPages,
}

impl std::ops::Deref for ServerState {
    type Target = Layers;

    fn deref(&self) -> &Layers {
        &self.0
    }
}

impl std::ops::Deref for Layers {
    type Target = AppState;

    fn deref(&self) -> &AppState {
        &self.app
    }
}

impl FromRef<ServerState> for LeptosOptions {
    fn from_ref(state: &ServerState) -> Self {
        state.leptos_options.clone()
    }
}

impl FromRef<ServerState> for AppState {
    fn from_ref(state: &ServerState) -> Self {
        state.app.clone()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Config(#[from] crate::settings::ConfigError),
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
    /// Kept pages, answered before the router.
    pub front: Front,
    pub config: Arc<Config>,
    /// The Wix it sells through: real Wix, or the sandbox.
    pub site: WixSite,
    pub sandbox: Option<Sandbox>,
}

impl Server {
    /// Starts the sandbox when asked to and points the client at it;
    /// otherwise the client talks to the configured Wix.
    pub async fn build(config: Config, leptos_options: LeptosOptions) -> Result<Self, StartError> {
        if !config.sandbox.enabled && config.site.apps.is_empty() {
            return Err(StartError::NoApps);
        }
        let sandbox = match config.sandbox.enabled {
            true => Some(start_sandbox(&config).await?),
            false => None,
        };
        let mut page = config.page.clone();
        let site = match &sandbox {
            Some(sandbox) => {
                tracing::info!(
                    "PRICING_SANDBOX=1: using the built-in Wix sandbox at {}",
                    sandbox.base_url()
                );
                for (id, name) in sandbox.app_names() {
                    page.app_names
                        .entry(id.to_owned())
                        .or_insert_with(|| name.to_owned());
                }
                if page.owner_copy.is_empty() {
                    page.owner_copy = sandbox.owner_copy();
                }
                sandbox.site()
            }
            None => config.site.clone(),
        };
        let config = Arc::new(config);
        let metrics = Arc::new(Metrics::default());
        let wix = Arc::new(WixClient::new(
            &site.api_base_url,
            config.wix.timeout,
            &config.resilience,
            metrics.clone(),
        )?);
        let shared = SharedCache::new(
            &config.shared_cache,
            &site.api_base_url,
            &site.app_ids(),
            metrics.clone(),
        );
        let plans = PlanCache::new(
            wix.clone(),
            site.app_ids(),
            config.cache,
            shared,
            metrics.clone(),
        );
        let app = AppState::new(Services {
            leptos_options,
            plans,
            // One preview of every country at a time, a few more waiting.
            previews: crate::state::Queue::new(1, 4),
            wix,
            metrics,
            site,
            page,
            config: config.clone(),
        });
        let state = ServerState(Arc::new(Layers {
            pages: page_cache::PageCache::new(
                config.cache.fresh + config.cache.revalidate,
                app.metrics.clone(),
            ),
            security: headers::SecurityHeaders::new(&config.server, &app.site, &config.theme),
            limits: rate_limit::Limits {
                checkout: rate_limit::RateLimiter::new(config.server.checkout_rate_per_min),
                preview: rate_limit::RateLimiter::new(config.server.preview_rate_per_min),
            },
            sending: sending::Budget::default(),
            installs: checkout::Installs::default(),
            funnel: funnel::Funnel::default(),
            busy: errors::BusyPages::default(),
            app,
        }));
        Ok(Self {
            site: state.site.clone(),
            front: Front(state.clone()),
            router: router(state),
            config,
            sandbox,
        })
    }
}

async fn start_sandbox(config: &Config) -> Result<Sandbox, StartError> {
    let settings = &config.sandbox;
    let (path, text) = match &settings.catalogue {
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| StartError::Catalogue {
                path: path.clone(),
                reason: e.to_string(),
            })?;
            (path.clone(), text)
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
        settings.addr,
        format!("{}/", config.server.public_url()),
    )
    .await
    .map_err(|source| StartError::Bind {
        addr: settings.addr.to_string(),
        source,
    })
}

pub fn router(state: ServerState) -> Router {
    use rate_limit::Limited;
    let app = state.app.clone();
    let limit = |which| from_fn_with_state((state.clone(), which), rate_limit::limit);
    let checkout = Router::new()
        .route("/checkout", get(checkout::resume).post(checkout::submit))
        .route_layer(limit(Limited::Checkout));
    // The preview's page and exports. Its token and rate limit belong to
    // these routes, not to a spelling of their paths.
    let preview_routes = Router::new()
        .route("/preview.csv", get(preview::csv))
        .route("/preview.json", get(preview::json))
        .route("/preview.xlsx", get(preview::xlsx));
    let (preview_listing, pages_listing) = route_lists();
    let preview = leptos_routes(&state, preview_routes, preview_listing)
        .route_layer(from_fn_with_state(app.clone(), preview::guard))
        .route_layer(limit(Limited::Preview));
    let pages = leptos_routes(&state, Router::new(), pages_listing);
    let api = Router::new()
        .route("/api/v1/pricing", get(api::pricing))
        .route("/api/v1/openapi.json", get(api::openapi))
        .layer(
            CorsLayer::new()
                .allow_origin(AllowOrigin::list(state.config.server.api_origins.clone()))
                .allow_methods([http::Method::GET])
                .allow_headers([header::IF_NONE_MATCH])
                .expose_headers([header::ETAG]),
        );
    let routes = Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(ready))
        .route("/metrics", get(metrics))
        .route("/theme.css", get(theme))
        .nest_service("/pkg", assets(&state.leptos_options))
        .merge(checkout)
        .route("/webhooks/wix/{app_id}", post(webhooks::receive))
        .merge(api)
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
        .layer(axum::middleware::from_fn(paths::canonical))
        .layer(axum::middleware::from_fn(input::bounded))
        .layer(from_fn_with_state(state.clone(), headers::secure))
        .layer(from_fn_with_state(app.clone(), errors::render))
        .layer(from_fn_with_state(app, observe::observe))
        .with_state(state)
}

/// The Leptos routes of the preview, and those of the pages: each list
/// excludes the other's, and both exclude the server functions. Those
/// only load a page's data while it renders here (islands fetch
/// nothing), so they have no address of their own: at one, anyone could
/// ask for a page's whole view, uncached. Made once per process:
/// making one runs the app with resource loading suspended process-wide
/// (leptos_server's `SuppressResourceLoad`, leptos#4773), so a page
/// rendering meanwhile in another server of the same process (tests run
/// several at once) would wait forever for its prices.
fn route_lists() -> (Vec<AxumRouteListing>, Vec<AxumRouteListing>) {
    static LISTS: OnceLock<(Vec<AxumRouteListing>, Vec<AxumRouteListing>)> = OnceLock::new();
    let but = |excluded: [&str; 3]| {
        let excluded = excluded.iter().map(|path| path.to_string()).collect();
        generate_route_list_with_exclusions(App, Some(excluded))
    };
    LISTS
        .get_or_init(|| {
            (
                but(["/", LoadPricing::PATH, LoadPreview::PATH]),
                but(["/preview", LoadPricing::PATH, LoadPreview::PATH]),
            )
        })
        .clone()
}

/// These Leptos routes, rendered in the shell, as valid HTML
/// (`document::tidy`).
fn leptos_routes(
    state: &ServerState,
    router: Router<ServerState>,
    listings: Vec<AxumRouteListing>,
) -> Router<ServerState> {
    let context = state.app.clone();
    let options = state.leptos_options.clone();
    router
        .leptos_routes_with_context(
            state,
            listings,
            move || {
                provide_context(context.clone());
                // The page's language, for every component and the shell.
                if let Some(parts) = use_context::<http::request::Parts>() {
                    let lang = context.visitor_lang(parts.uri.query(), &parts.headers);
                    provide_context(lang);
                    let (brand, look) = context.page_frame(parts.uri.query());
                    provide_context(brand);
                    provide_context(look);
                    provide_context(crate::views::Names {
                        countries: crate::names::countries(lang),
                        languages: crate::names::languages(lang),
                    });
                }
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
        .route_layer(axum::middleware::from_fn(document::tidy))
}

/// The site's own files (the favicon); any other address is the error
/// page's 404, never a render of the app for a path it happens to match.
fn public_files(options: &LeptosOptions) -> Router {
    let not_found = || async { AppError::NotFound.into_response() };
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
/// to serve while it does not. In our words: what Wix said goes to the log.
async fn ready(State(state): State<AppState>) -> Response {
    let failed = |e: crate::wix::WixError| tracing::warn!("readiness: Wix failed: {e}");
    match state.plans.get(state.page.default_country).await {
        Ok(prices) if prices.stale => {
            "ready (serving cached prices: Wix is failing)\n".into_response()
        }
        Ok(_) => "ready\n".into_response(),
        Err(e) if state.plans.has_entries() => {
            failed(e);
            "ready (cached prices only: Wix is failing)\n".into_response()
        }
        Err(e) => {
            failed(e);
            let text = "not ready: Wix is failing and no prices are cached\n";
            (StatusCode::SERVICE_UNAVAILABLE, text).into_response()
        }
    }
}

/// The owner's theme (`crate::theme`). Its address carries a digest of
/// its content: under that address it is kept for a year; asked for
/// under another (an old page's), it is the current one, revalidated.
async fn theme(State(state): State<AppState>, uri: http::Uri) -> Response {
    let theme = &state.config.theme;
    let current = theme.stylesheet.split_once('?').map(|(_, version)| version);
    let cache = if uri.query().is_some() && uri.query() == current {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, cache),
        ],
        theme.css.clone(),
    )
        .into_response()
}

/// `/metrics`, for the bearer of `PRICING_METRICS_TOKEN` when it is set.
async fn metrics(State(state): State<AppState>, headers: http::HeaderMap) -> Response {
    let token = state.config.server.metrics_token.as_ref();
    if token.is_some_and(|token| !preview::bears(&headers, token.expose())) {
        return (
            [(header::WWW_AUTHENTICATE, "Bearer")],
            AppError::refused(
                StatusCode::UNAUTHORIZED,
                crate::i18n::Msg::ErrorMetricsToken,
            ),
        )
            .into_response();
    }
    (
        [
            (
                header::CONTENT_TYPE,
                "application/openmetrics-text; version=1.0.0; charset=utf-8",
            ),
            (header::CACHE_CONTROL, "private, no-store"),
        ],
        state.metrics.render(),
    )
        .into_response()
}
