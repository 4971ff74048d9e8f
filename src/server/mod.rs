//! Assembles the server: configuration, the Wix client (pointed at Wix or
//! at the built-in sandbox), the Leptos routes and `/healthz`.

use crate::app::{shell, App};
use crate::config::Config;
use crate::country::CountryCode;
use crate::error::AppError;
use crate::sandbox::{Catalogue, Sandbox};
use crate::wix::{AppCredentials, WixClient};
use axum::{extract::FromRef, http::HeaderMap, routing::get, Router};
use leptos::prelude::*;
use leptos_axum::{generate_route_list, LeptosRoutes};
use std::sync::Arc;

mod checkout;
pub mod identity;
mod preview;
#[cfg(test)]
mod tests;

/// What every request handler and server function can reach.
#[derive(Clone)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub config: Arc<Config>,
    pub wix: Arc<WixClient>,
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
        if let Some(param) = param.filter(|p| !p.trim().is_empty()) {
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
}

/// A configured server, ready to serve. Holds the sandbox, when there is
/// one, for as long as the server lives.
pub struct Server {
    pub router: Router,
    pub config: Arc<Config>,
    pub sandbox: Option<Sandbox>,
}

impl Server {
    /// Starts the sandbox when no app is configured and points the client
    /// at it; otherwise the client talks to the configured Wix.
    pub async fn build(
        mut config: Config,
        leptos_options: LeptosOptions,
    ) -> Result<Self, StartError> {
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
                "no WIX_APP_IDS configured: using the built-in Wix sandbox at {}",
                sandbox.base_url()
            );
            Some(sandbox)
        } else {
            None
        };
        let config = Arc::new(config);
        let state = AppState {
            leptos_options,
            wix: Arc::new(WixClient::new(&config.wix_api_base_url, config.timeout)?),
            config: config.clone(),
        };
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
    let routes = generate_route_list(App);
    let context = state.clone();
    Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/checkout", get(checkout::resume).post(checkout::submit))
        .route("/preview.csv", get(preview::csv))
        .route("/preview.json", get(preview::json))
        .leptos_routes_with_context(&state, routes, move || provide_context(context.clone()), {
            let options = state.leptos_options.clone();
            move || shell(options.clone())
        })
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            preview::require_token,
        ))
        .with_state(state)
}
