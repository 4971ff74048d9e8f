//! The built-in Wix sandbox: a stand-in for the Wix endpoints in
//! `shared/wix-api.md`, served over real HTTP on loopback, plus the parts of
//! Wix a buyer passes through (installer, "Upgrade App", checkout page, the
//! app's dashboard page). The product talks to it with the same client it
//! uses for Wix; only the base URL differs.

mod api;
pub mod catalogue;
pub mod faults;
mod pages;
#[cfg(test)]
pub(crate) mod tests;
pub(crate) mod webhooks;
mod wire;

use crate::country::CountryCode;
use crate::lock;
use crate::plans::copy::OwnerCopy;
use crate::settings::{optional, parsed, settings};
use crate::wix::{webhook::WebhookKeys, AppCredentials, Endpoint, WixSite};
use axum::{
    extract::{Path, Request, State},
    middleware::{self, Next},
    response::{IntoResponse, Response},
    routing::{get, post, MethodRouter},
    Json, Router,
};
pub use catalogue::Catalogue;
use faults::{Fault, Faults};
use serde::{de, Deserializer};
use std::{
    collections::HashMap,
    net::SocketAddr,
    sync::{Arc, Mutex, MutexGuard},
    time::{Instant, SystemTime},
};
use tokio::task::JoinHandle;
use wire::CycleName;

settings! {
    pub struct SandboxSettings {
        /// `1`: run on the built-in Wix sandbox (demo apps, stand-in
        /// checkout). With neither this nor `WIX_APP_IDS` the server refuses
        /// to start; with both, too.
        #[setting("pricing_sandbox", default = "", with = "flag")]
        pub enabled: bool,
        /// Address of the built-in sandbox (port 0: any free port).
        #[setting("pricing_sandbox_addr", default = "127.0.0.1:0", with = "parsed")]
        pub addr: SocketAddr,
        /// TOML catalogue for the sandbox. Empty: the built-in demo.
        #[setting("pricing_sandbox_catalogue", default = "", with = "optional")]
        pub catalogue: Option<String>,
    }
}

/// Asked for by name: a deploy that forgets its app IDs refuses to start
/// rather than sell demo apps.
fn flag<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    match optional(d)?.as_deref() {
        None | Some("0" | "false") => Ok(false),
        Some("1" | "true") => Ok(true),
        Some(other) => Err(de::Error::custom(format!(
            "{other:?}: use 1 or leave it empty"
        ))),
    }
}

/// A running sandbox. Dropping it stops the server.
pub struct Sandbox {
    state: Arc<SandboxState>,
    task: JoinHandle<()>,
}

impl Sandbox {
    /// Binds `bind` (port 0 picks a free port) and serves in the background.
    /// `pricing_page_url` is where "Upgrade App" sends a site owner.
    pub async fn start(
        catalogue: Catalogue,
        bind: SocketAddr,
        pricing_page_url: String,
    ) -> std::io::Result<Self> {
        let listener = tokio::net::TcpListener::bind(bind).await?;
        let addr = listener.local_addr()?;
        let instances = catalogue
            .instances
            .iter()
            .map(|seed| {
                let record = InstanceRecord {
                    app_id: seed.app_id.clone(),
                    site_name: seed.site_name.clone(),
                    plan: seed
                        .plan
                        .clone()
                        .map(|plan| (plan, seed.cycle.unwrap_or(CycleName::MONTHLY))),
                    free_trial_available: seed.free_trial_available,
                    auto_renewing: seed.plan.is_some(),
                };
                (seed.id.clone(), record)
            })
            .collect();
        let state = Arc::new(SandboxState {
            catalogue,
            base_url: format!("http://{addr}"),
            webhooks: webhooks::Sender::new(&pricing_page_url),
            pricing_page_url,
            instances: Mutex::new(instances),
            tokens: Mutex::default(),
            orders: Mutex::default(),
            faults: Faults::default(),
        });
        let app = router(state.clone());
        let task = tokio::spawn(async move {
            if let Err(e) = axum::serve(listener, app).await {
                tracing::error!("sandbox server stopped: {e}");
            }
        });
        Ok(Self { state, task })
    }

    /// `http://127.0.0.1:<port>`: the API base URL and the Wix web host.
    pub fn base_url(&self) -> &str {
        &self.state.base_url
    }

    pub fn catalogue(&self) -> &Catalogue {
        &self.state.catalogue
    }

    /// The sandbox as the Wix the client talks to: its addresses and its
    /// catalogue's apps.
    pub fn site(&self) -> WixSite {
        let mut webhook_keys = WebhookKeys::default();
        for app in &self.catalogue().apps {
            webhook_keys
                .add(&app.id, webhooks::PUBLIC_KEY.as_bytes())
                .expect("the sandbox's public key parses");
        }
        WixSite {
            api_base_url: self.base_url().to_owned(),
            web_base_url: self.base_url().to_owned(),
            checkout_hosts: vec![self.base_url().trim_start_matches("http://").to_owned()],
            apps: self
                .catalogue()
                .apps
                .iter()
                .map(|app| AppCredentials {
                    app_id: app.id.clone(),
                    secret: app.secret.clone(),
                })
                .collect(),
            webhook_keys,
        }
    }

    /// The catalogue's app names, by app ID.
    pub fn app_names(&self) -> impl Iterator<Item = (&str, &str)> {
        self.catalogue()
            .apps
            .iter()
            .map(|app| (app.id.as_str(), app.name.as_str()))
    }

    /// The demo's own copy in German and Japanese, as an owner would
    /// write it (`translations.toml`).
    pub fn owner_copy(&self) -> OwnerCopy {
        OwnerCopy::parse(include_str!("translations.toml")).expect("the demo's copy parses")
    }

    pub fn faults(&self) -> &Faults {
        &self.state.faults
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        self.task.abort();
    }
}

pub(crate) struct SandboxState {
    catalogue: Catalogue,
    base_url: String,
    pricing_page_url: String,
    /// Where the app's webhooks go: the pricing page.
    webhooks: webhooks::Sender,
    instances: Mutex<HashMap<String, InstanceRecord>>,
    tokens: Mutex<HashMap<String, TokenRecord>>,
    orders: Mutex<HashMap<String, Order>>,
    faults: Faults,
}

#[derive(Debug, Clone)]
struct InstanceRecord {
    app_id: String,
    site_name: String,
    /// Current paid plan (vendorId) and cycle; none on the free plan.
    plan: Option<(String, CycleName)>,
    free_trial_available: bool,
    /// Whether the paid plan renews itself at the end of its cycle.
    auto_renewing: bool,
}

#[derive(Debug, Clone)]
struct TokenRecord {
    app_id: String,
    instance_id: String,
    issued: SystemTime,
    expires: Instant,
}

#[derive(Debug, Clone)]
struct Order {
    app_id: String,
    instance_id: String,
    vendor_id: String,
    cycle: CycleName,
    country: CountryCode,
    /// The language Wix's checkout would open in (`languageCode`).
    language: String,
    /// `couponCode`, when one was given (and known).
    coupon: Option<String>,
    success_url: Option<String>,
    test_checkout: bool,
    created: Instant,
    paid: bool,
}

impl SandboxState {
    fn instances(&self) -> MutexGuard<'_, HashMap<String, InstanceRecord>> {
        lock(&self.instances)
    }

    fn tokens(&self) -> MutexGuard<'_, HashMap<String, TokenRecord>> {
        lock(&self.tokens)
    }

    fn orders(&self) -> MutexGuard<'_, HashMap<String, Order>> {
        lock(&self.orders)
    }

    fn valid_token(&self, token: &str) -> Option<TokenRecord> {
        let mut tokens = self.tokens();
        let now = Instant::now();
        tokens.retain(|_, record| record.expires > now);
        tokens.get(token).cloned()
    }
}

fn now_rfc3339() -> String {
    time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

fn router(state: Arc<SandboxState>) -> Router {
    let wix = |endpoint: Endpoint, route: MethodRouter<Arc<SandboxState>>| {
        route.layer(middleware::from_fn_with_state(
            (state.clone(), endpoint),
            inject_fault,
        ))
    };
    Router::new()
        .route(
            "/apps-plans/v1/apps-plans/{app_ids}",
            wix(Endpoint::ListAppPlans, get(api::list_plans_path)),
        )
        .route(
            "/apps-plans/v1/apps-plans",
            wix(Endpoint::ListAppPlans, get(api::list_plans_query)),
        )
        .route(
            "/oauth2/token",
            wix(Endpoint::AccessToken, post(api::token)),
        )
        .route(
            "/oauth2/token-info",
            wix(Endpoint::TokenInfo, post(api::token_info)),
        )
        .route(
            "/apps/v1/instance",
            wix(Endpoint::AppInstance, get(api::app_instance)),
        )
        .route(
            "/apps/v1/checkout",
            wix(Endpoint::Checkout, post(api::checkout)),
        )
        .route("/", get(pages::home))
        .route("/app-installer", get(pages::installer).post(pages::install))
        .route("/upgrade", get(pages::upgrade))
        .route("/checkout/{order_id}", get(pages::checkout_page))
        .route("/checkout/{order_id}/pay", post(pages::pay))
        .route(
            "/my-account/app/{app_id}/{instance_id}",
            get(pages::dashboard),
        )
        .route(
            "/my-account/app/{app_id}/{instance_id}/cancel-auto-renewal",
            post(pages::cancel_auto_renewal),
        )
        .route("/_sandbox/faults", get(fault_status).delete(clear_faults))
        .route("/_sandbox/faults/{endpoint}", axum::routing::put(set_fault))
        .with_state(state)
}

async fn inject_fault(
    State((state, endpoint)): State<(Arc<SandboxState>, Endpoint)>,
    request: Request,
    next: Next,
) -> Response {
    let country = request
        .headers()
        .get(crate::wix::COUNTRY_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    match state.faults.intercept(endpoint, country.as_deref()).await {
        Some(fault) => fault,
        None => next.run(request).await,
    }
}

async fn fault_status(State(state): State<Arc<SandboxState>>) -> Response {
    Json(serde_json::json!({
        "active": state.faults.active(),
        "calls": state.faults.all_calls(),
        "listAppPlansByCountry": state.faults.all_country_calls(),
    }))
    .into_response()
}

async fn set_fault(
    State(state): State<Arc<SandboxState>>,
    Path(endpoint): Path<Endpoint>,
    Json(fault): Json<Fault>,
) -> Response {
    state.faults.set(endpoint, fault);
    fault_status(State(state)).await
}

async fn clear_faults(State(state): State<Arc<SandboxState>>) -> Response {
    state.faults.clear();
    fault_status(State(state)).await
}
