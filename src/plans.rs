//! What the page shows, and the server function that loads it from Wix.
//! The view model is plain data, shared by server and browser.

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PricingView {
    pub country: String,
    pub currency: String,
    pub apps: Vec<AppView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AppView {
    pub id: String,
    pub plans: Vec<PlanView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanView {
    pub vendor_id: String,
    pub name: String,
    pub benefits: Vec<String>,
    pub prices: Vec<String>,
}

/// Loads every configured app's plans for the visitor's country:
/// `country` if given, else the CDN's geo header, else the default.
#[server(endpoint = "plans")]
pub async fn load_plans(country: Option<String>) -> Result<PricingView, AppError> {
    use crate::server::AppState;
    let state = expect_context::<AppState>();
    let headers: axum::http::HeaderMap = leptos_axum::extract().await?;
    let country = state.visitor_country(country.as_deref(), &headers)?;
    let response = state.wix.list_app_plans(&state.config.app_ids(), country).await?;
    Ok(PricingView {
        country: country.to_string(),
        currency: response.currency.clone(),
        apps: response
            .app_plans
            .iter()
            .map(|app| AppView {
                id: app.id.clone(),
                plans: app
                    .plans
                    .iter()
                    .map(|plan| PlanView {
                        vendor_id: plan.vendor_id.clone(),
                        name: plan.name.clone(),
                        benefits: plan.benefits.clone(),
                        prices: plan
                            .prices
                            .iter()
                            .map(|price| {
                                let amount = if response.tax_settings.show_price_with_tax {
                                    price.total_price
                                } else {
                                    price.price_before_tax
                                };
                                format!("{amount} {} ({:?})", response.currency, price.billing_cycle.cycle_duration)
                            })
                            .collect(),
                    })
                    .collect(),
            })
            .collect(),
    })
}
