//! The sandbox's Wix API endpoints, as `shared/wix-api.md` describes them.
//! Requests are read and answers written with the sandbox's own types and
//! JSON, never the client's `wix::model`: the two must be able to disagree.

use super::{wire::CycleName, SandboxState, TokenRecord};
use crate::country::CountryCode;
use crate::wix::{instance, COUNTRY_HEADER};
use axum::{
    extract::{Path, RawQuery, State},
    http::{header::AUTHORIZATION, HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    Json,
};
use serde::Deserialize;
use serde_json::{json, Value};
use std::{
    sync::Arc,
    time::{Duration, Instant, SystemTime, UNIX_EPOCH},
};

/// A Wix-shaped error: `{"message": ..., "details": {...}}` with a status.
pub struct ApiError(StatusCode, Value);

impl ApiError {
    pub fn new(status: StatusCode, message: &str, details: Value) -> Self {
        Self(status, json!({ "message": message, "details": details }))
    }
}

/// `POST /oauth2/token`'s body.
#[derive(Deserialize)]
struct TokenRequest {
    grant_type: String,
    client_id: String,
    client_secret: String,
    instance_id: String,
}

/// `POST /oauth2/token-info`'s body.
#[derive(Deserialize)]
struct TokenInfoRequest {
    token: String,
}

/// Get URL's body; Wix's defaults where a field is absent.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct CheckoutRequest {
    #[serde(default)]
    product_id: String,
    #[serde(default)]
    billing_cycle: Option<CycleName>,
    #[serde(default)]
    success_url: Option<String>,
    #[serde(default)]
    country_code: Option<String>,
    #[serde(default)]
    language_code: Option<String>,
    #[serde(default)]
    coupon_code: Option<String>,
    #[serde(default)]
    test_checkout: bool,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.0, Json(self.1)).into_response()
    }
}

type Result<T> = std::result::Result<T, ApiError>;

fn validation_error(field: &str, description: &str) -> ApiError {
    ApiError::new(
        StatusCode::BAD_REQUEST,
        &format!("{field}: {description}"),
        json!({"validationError": {"fieldViolations": [
            {"field": field, "description": description, "violatedRule": "VALIDATION"}
        ]}}),
    )
}

fn application_error(status: StatusCode, code: &str, description: &str) -> ApiError {
    ApiError::new(
        status,
        description,
        json!({"applicationError": {"code": code, "description": description}}),
    )
}

/// Reads a JSON body, answering a Wix validation error when it is not one.
fn json_body<T: for<'de> Deserialize<'de>>(body: &[u8]) -> Result<T> {
    serde_json::from_slice(body).map_err(|e| validation_error("body", &e.to_string()))
}

/// `GET /apps-plans/v1/apps-plans/{appIds}`: IDs joined by commas in the
/// path; the SDK's repeated `?appIds=` form is served by `list_plans_query`.
pub async fn list_plans_path(
    State(state): State<Arc<SandboxState>>,
    Path(ids): Path<String>,
    headers: HeaderMap,
) -> Result<Response> {
    let ids: Vec<String> = ids.split(',').map(str::to_owned).collect();
    list_plans(&state, &ids, &headers)
}

pub async fn list_plans_query(
    State(state): State<Arc<SandboxState>>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Result<Response> {
    // `appIds` repeats, which axum's `Query` cannot collect into a Vec.
    let ids: Vec<String> = form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .filter(|(key, _)| key == "appIds")
        .map(|(_, value)| value.into_owned())
        .collect();
    list_plans(&state, &ids, &headers)
}

fn list_plans(state: &SandboxState, ids: &[String], headers: &HeaderMap) -> Result<Response> {
    if ids.is_empty() || ids.len() > 100 || ids.iter().any(String::is_empty) {
        return Err(validation_error(
            "appIds",
            "between 1 and 100 app IDs are required",
        ));
    }
    let country = match headers.get(COUNTRY_HEADER) {
        None => None,
        Some(value) => Some(
            value
                .to_str()
                .ok()
                .and_then(|v| v.parse::<CountryCode>().ok())
                .ok_or_else(|| {
                    validation_error(COUNTRY_HEADER, "must be an ISO-3166 alpha-2 code")
                })?,
        ),
    };
    let catalogue = &state.catalogue;
    let apps = ids
        .iter()
        .map(|id| {
            catalogue.app(id).ok_or_else(|| {
                application_error(
                    StatusCode::NOT_FOUND,
                    "APP_NOT_FOUND",
                    &format!("App {id} not found"),
                )
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let country = catalogue.resolve_country(country);
    let answer = catalogue.app_plans(&apps, country);
    if catalogue.patches.is_empty() {
        return Ok(Json(answer).into_response());
    }
    let mut answer = serde_json::to_value(answer).map_err(|e| {
        application_error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "INTERNAL",
            &e.to_string(),
        )
    })?;
    for patch in &catalogue.patches {
        patch.apply(country.code, &mut answer);
    }
    Ok(Json(answer).into_response())
}

/// `POST /oauth2/token`: client credentials for one app instance.
pub async fn token(
    State(state): State<Arc<SandboxState>>,
    body: axum::body::Bytes,
) -> Result<Response> {
    let req: TokenRequest = json_body(&body)?;
    if req.grant_type != "client_credentials" {
        return Err(validation_error(
            "grant_type",
            "only client_credentials is supported",
        ));
    }
    let app = state
        .catalogue
        .app(&req.client_id)
        .filter(|app| app.secret == req.client_secret)
        .ok_or_else(|| {
            application_error(
                StatusCode::UNAUTHORIZED,
                "INVALID_CLIENT",
                "Unknown client_id or wrong client_secret",
            )
        })?;
    let installed = state
        .instances()
        .get(&req.instance_id)
        .map(|i| i.app_id == app.id);
    match installed {
        None => Err(application_error(
            StatusCode::NOT_FOUND,
            "INSTANCE_NOT_FOUND",
            "No such instance",
        )),
        Some(false) => Err(application_error(
            StatusCode::FORBIDDEN,
            "APP_NOT_INSTALLED",
            "The app is not installed on this instance",
        )),
        Some(true) => {
            let access_token = format!("sbx.{}", uuid::Uuid::new_v4().simple());
            let lifetime = state.catalogue.token_lifetime_secs;
            state.tokens().insert(
                access_token.clone(),
                TokenRecord {
                    app_id: app.id.clone(),
                    instance_id: req.instance_id.clone(),
                    issued: SystemTime::now(),
                    expires: Instant::now() + Duration::from_secs(lifetime),
                },
            );
            Ok(Json(json!({
                "access_token": access_token,
                "token_type": "Bearer",
                "expires_in": lifetime,
            }))
            .into_response())
        }
    }
}

/// `POST /oauth2/token-info`: for a signed instance or an access token.
pub async fn token_info(
    State(state): State<Arc<SandboxState>>,
    body: axum::body::Bytes,
) -> Result<Response> {
    let req: TokenInfoRequest = json_body(&body)?;
    let active = |instance_id: &str, app_id: &str| {
        json!({
            "active": true,
            "instanceId": instance_id,
            "siteId": site_id(instance_id),
            "clientId": app_id,
        })
    };
    let info = if let Some(record) = state.valid_token(&req.token) {
        let mut info = active(&record.instance_id, &record.app_id);
        let issued = epoch(record.issued);
        // Wix's docs do not fix string or number: strings here.
        info["iat"] = json!(issued.to_string());
        info["exp"] = json!((issued + state.catalogue.token_lifetime_secs).to_string());
        info
    } else {
        let verified = state.catalogue.apps.iter().find_map(|app| {
            instance::verify(&app.secret, &req.token)
                .ok()
                .map(|data| (app, data))
        });
        match verified {
            Some((app, data)) if data.aid.is_none() && !data.instance_id.is_empty() => {
                active(&data.instance_id, &app.id)
            }
            _ => json!({ "active": false }),
        }
    };
    Ok(Json(info).into_response())
}

/// `GET /apps/v1/instance`.
pub async fn app_instance(
    State(state): State<Arc<SandboxState>>,
    headers: HeaderMap,
) -> Result<Response> {
    let token = authenticate(&state, &headers)?;
    let instances = state.instances();
    let record = instances.get(&token.instance_id).ok_or_else(|| {
        application_error(
            StatusCode::NOT_FOUND,
            "INSTANCE_NOT_FOUND",
            "No such instance",
        )
    })?;
    let app = state.catalogue.app(&record.app_id);
    let country = state.catalogue.resolve_country(None);
    // `billing` only on a paid plan; the nulls the SDK types allow.
    let billing = record.plan.as_ref().map(|(plan, cycle)| {
        json!({
            "packageName": plan,
            "billingCycle": cycle.as_str(),
            "timeStamp": super::now_rfc3339(),
            "expirationDate": null,
            "autoRenewing": record.auto_renewing,
            "invoiceId": null,
            "source": "",
        })
    });
    let body = json!({
        "instance": {
            "instanceId": token.instance_id,
            "appName": app.map(|a| a.name.clone()),
            "isFree": billing.is_none(),
            "billing": billing,
            "freeTrialAvailable": record.free_trial_available,
        },
        "site": {
            "siteId": site_id(&token.instance_id),
            "siteDisplayName": record.site_name,
            "locale": "en",
            "paymentCurrency": country.currency,
        },
    });
    Ok(Json(body).into_response())
}

/// `POST /apps/v1/checkout`: Billing "Get URL".
pub async fn checkout(
    State(state): State<Arc<SandboxState>>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Result<Response> {
    let token = authenticate(&state, &headers)?;
    let req: CheckoutRequest = json_body(&body)?;
    let app = state.catalogue.app(&token.app_id).ok_or_else(|| {
        application_error(
            StatusCode::NOT_FOUND,
            "APP_NOT_FOUND",
            "The token's app no longer exists",
        )
    })?;
    if req.product_id.is_empty() {
        return Err(validation_error("productId", "is required"));
    }
    let plan = app
        .plans
        .iter()
        .find(|p| p.vendor_id == req.product_id)
        .ok_or_else(|| {
            application_error(
                StatusCode::NOT_FOUND,
                "PRODUCT_NOT_FOUND",
                "No plan with this productId",
            )
        })?;
    let cycle = req.billing_cycle.unwrap_or(CycleName::MONTHLY);
    let sells = |price: &super::catalogue::CataloguePrice| {
        price.cycle.checkout_name() == Some(cycle.as_str())
            && price.billing_source.as_deref() != Some("EXTERNAL")
    };
    let usage_based = plan.prices.iter().any(|p| p.usage.is_some());
    if usage_based && cycle != CycleName::MONTHLY {
        return Err(validation_error(
            "billingCycle",
            "usage-based plans are bought MONTHLY",
        ));
    }
    if usage_based && req.test_checkout {
        return Err(validation_error(
            "testCheckout",
            "not available for usage-based plans",
        ));
    }
    if !plan.prices.iter().any(sells) {
        return Err(validation_error(
            "billingCycle",
            "the plan is not sold with this billing cycle",
        ));
    }
    let country = match &req.country_code {
        None => None,
        Some(code) => Some(
            code.parse::<CountryCode>()
                .map_err(|_| validation_error("countryCode", "must be an ISO-3166 alpha-2 code"))?,
        ),
    };
    // Wix's default is English; its checkout speaks two-letter codes.
    let language = match req.language_code.as_deref() {
        None => "EN".to_owned(),
        Some(code) if code.len() == 2 && code.bytes().all(|b| b.is_ascii_alphabetic()) => {
            code.to_ascii_uppercase()
        }
        Some(_) => {
            return Err(validation_error(
                "languageCode",
                "must be an ISO-639-1 two-letter code",
            ))
        }
    };
    // Wix refuses a coupon it does not know; the catalogue lists those it does.
    let coupon = req.coupon_code.filter(|c| !c.is_empty());
    if let Some(code) = &coupon {
        if !state.catalogue.coupons.iter().any(|known| known == code) {
            return Err(application_error(
                StatusCode::BAD_REQUEST,
                "INVALID_COUPON",
                "The coupon code is not valid for this product",
            ));
        }
    }
    if let Some(url) = &req.success_url {
        if !(url.starts_with("https://") || url.starts_with("http://")) || url.len() > 2048 {
            return Err(validation_error(
                "successUrl",
                "must be an absolute http(s) URL",
            ));
        }
    }
    let order_id = uuid::Uuid::new_v4().simple().to_string();
    let checkout_url = format!("{}/checkout/{order_id}", state.base_url);
    let order = super::Order {
        app_id: app.id.clone(),
        instance_id: token.instance_id.clone(),
        vendor_id: plan.vendor_id.clone(),
        cycle,
        country: state.catalogue.resolve_country(country).code,
        language,
        coupon,
        success_url: req.success_url.clone(),
        test_checkout: req.test_checkout,
        created: Instant::now(),
        paid: false,
    };
    state.orders().insert(order_id.clone(), order);
    let signed = instance::sign(
        &app.secret,
        &instance::InstanceData {
            instance_id: token.instance_id,
            sign_date: super::now_rfc3339(),
            vendor_product_id: Some(plan.vendor_id.clone()),
            ..Default::default()
        },
    );
    Ok(Json(json!({ "checkoutUrl": checkout_url, "token": signed })).into_response())
}

/// The access token in `Authorization`, raw or as `Bearer <token>`.
fn authenticate(state: &SandboxState, headers: &HeaderMap) -> Result<TokenRecord> {
    let raw = headers
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.strip_prefix("Bearer ").unwrap_or(v).trim())
        .filter(|v| !v.is_empty())
        .ok_or_else(|| {
            application_error(
                StatusCode::UNAUTHORIZED,
                "UNAUTHENTICATED",
                "Missing access token",
            )
        })?;
    state.valid_token(raw).ok_or_else(|| {
        application_error(
            StatusCode::UNAUTHORIZED,
            "UNAUTHENTICATED",
            "Invalid or expired access token",
        )
    })
}

fn site_id(instance_id: &str) -> String {
    uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_OID, instance_id.as_bytes()).to_string()
}

fn epoch(t: SystemTime) -> u64 {
    t.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}
