//! The stand-in Wix pages a buyer passes through: the sandbox home, the
//! app installer, "Upgrade App", the checkout page and the app dashboard.
//! Plain HTML forms, so that they work without JavaScript.

use super::{lock, now_rfc3339, InstanceRecord, SandboxState};
use crate::wix::instance;
use axum::{
    extract::{Form, Path, Query, State},
    http::StatusCode,
    response::{Html, IntoResponse, Redirect, Response},
};
use serde::Deserialize;
use serde_json::json;
use std::{fmt::Write, sync::Arc, time::Duration};

/// Checkout URLs live this long, as Wix's do.
const CHECKOUT_URL_LIFETIME: Duration = Duration::from_secs(48 * 3600);

/// Escapes text for HTML content and for quoted attribute values.
fn esc(text: &str) -> String {
    html_escape::encode_safe(text).into_owned()
}

fn page(title: &str, body: &str) -> Html<String> {
    Html(format!(
        r#"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} · Wix sandbox</title>
<style>body{{font:16px/1.5 system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#1b1b1f}}
.banner{{background:#fff4d6;border:1px solid #8a6d00;padding:.5rem 1rem;border-radius:6px}}
button{{font:inherit;padding:.6rem 1.2rem;border-radius:6px;border:0;background:#1546c8;color:#fff;cursor:pointer}}
table{{border-collapse:collapse}}td,th{{text-align:left;padding:.25rem .75rem .25rem 0}}</style></head>
<body><p class="banner">Wix sandbox: a stand-in for Wix, no real money moves.</p>
<main><h1>{title}</h1>{body}</main></body></html>"#,
        title = esc(title),
    ))
}

fn error_page(status: StatusCode, message: &str) -> Response {
    (
        status,
        page("Something is wrong", &format!("<p>{}</p>", esc(message))),
    )
        .into_response()
}

fn is_http_url(url: &str) -> bool {
    (url.starts_with("http://") || url.starts_with("https://")) && url.len() <= 2048
}

/// Appends a query parameter to a URL that may already have a query.
fn with_param(url: &str, key: &str, value: &str) -> String {
    let separator = if url.contains('?') { '&' } else { '?' };
    let pair: String = form_urlencoded::Serializer::new(String::new())
        .append_pair(key, value)
        .finish();
    format!("{url}{separator}{pair}")
}

fn signed_instance(
    state: &SandboxState,
    instance_id: &str,
    record: &InstanceRecord,
) -> Option<String> {
    let app = state.catalogue.app(&record.app_id)?;
    let data = instance::InstanceData {
        instance_id: instance_id.to_owned(),
        sign_date: now_rfc3339(),
        uid: Some(format!("owner-of-{instance_id}")),
        permissions: Some("OWNER".into()),
        vendor_product_id: record.plan.as_ref().map(|(plan, _)| plan.clone()),
        site_owner_id: Some(format!("owner-of-{instance_id}")),
        aid: None,
    };
    Some(instance::sign(&app.secret, &data))
}

fn plan_name(state: &SandboxState, app_id: &str, vendor_id: &str) -> String {
    state
        .catalogue
        .app(app_id)
        .and_then(|app| app.plans.iter().find(|p| p.vendor_id == vendor_id))
        .map_or_else(|| vendor_id.to_owned(), |p| p.name.clone())
}

fn describe_plan(state: &SandboxState, record: &InstanceRecord) -> String {
    match &record.plan {
        Some((plan, cycle)) => format!(
            "{} ({})",
            plan_name(state, &record.app_id, plan),
            cycle.label()
        ),
        None => "Free".to_owned(),
    }
}

/// `GET /`: what the sandbox holds, with "Upgrade App" links.
pub async fn home(State(state): State<Arc<SandboxState>>) -> Response {
    let mut body = String::from(
        "<p>The pricing page talks to this server exactly as it would to Wix. \
         Use the links below as a site owner would.</p><h2>Installed apps</h2>\
         <table><tr><th>Site</th><th>App</th><th>Plan</th><th></th></tr>",
    );
    let mut instances: Vec<_> = lock(&state.instances).clone().into_iter().collect();
    instances.sort_by(|a, b| a.1.site_name.cmp(&b.1.site_name));
    for (id, record) in &instances {
        let app = state
            .catalogue
            .app(&record.app_id)
            .map_or("?", |a| a.name.as_str());
        let _ = write!(
            body,
            r#"<tr><td>{}</td><td>{}</td><td>{}</td><td><a href="/upgrade?instanceId={}">Upgrade App</a></td></tr>"#,
            esc(&record.site_name),
            esc(app),
            esc(&describe_plan(&state, record)),
            esc(id),
        );
    }
    body.push_str("</table><h2>App Market</h2><ul>");
    for app in &state.catalogue.apps {
        let _ = write!(
            body,
            r#"<li>{} <a href="{}">pricing page</a></li>"#,
            esc(&app.name),
            esc(&state.pricing_page_url),
        );
    }
    body.push_str("</ul>");
    page("Wix sandbox", &body).into_response()
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InstallQuery {
    app_id: String,
    post_installation_url: String,
}

/// `GET /app-installer?appId=&postInstallationUrl=`: the consent screen of
/// Wix's external install flow.
pub async fn installer(
    State(state): State<Arc<SandboxState>>,
    Query(q): Query<InstallQuery>,
) -> Response {
    let Some(app) = state.catalogue.app(&q.app_id) else {
        return error_page(StatusCode::NOT_FOUND, "There is no app with this ID.");
    };
    if !is_http_url(&q.post_installation_url) {
        return error_page(
            StatusCode::BAD_REQUEST,
            "postInstallationUrl must be an absolute http(s) URL.",
        );
    }
    let body = format!(
        r#"<p>Add <strong>{name}</strong> to your site. After installing, you will be sent back to
<code>{callback}</code>.</p>
<form method="post" action="/app-installer">
<input type="hidden" name="appId" value="{app_id}">
<input type="hidden" name="postInstallationUrl" value="{callback}">
<p><label>Site name <input name="siteName" value="My Site" maxlength="80" required></label></p>
<button type="submit">Agree &amp; Add</button></form>"#,
        name = esc(&app.name),
        callback = esc(&q.post_installation_url),
        app_id = esc(&app.id),
    );
    page(&format!("Install {}", app.name), &body).into_response()
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InstallForm {
    app_id: String,
    post_installation_url: String,
    #[serde(default)]
    site_name: String,
}

/// `POST /app-installer`: creates the instance and sends the browser to
/// the callback, which keeps its own query, with what Wix appends: the
/// app ID, the site's ID (`tenantId`) and the new instance's ID, unsigned.
pub async fn install(
    State(state): State<Arc<SandboxState>>,
    Form(form): Form<InstallForm>,
) -> Response {
    if state.catalogue.app(&form.app_id).is_none() {
        return error_page(StatusCode::NOT_FOUND, "There is no app with this ID.");
    }
    if !is_http_url(&form.post_installation_url) {
        return error_page(
            StatusCode::BAD_REQUEST,
            "postInstallationUrl must be an absolute http(s) URL.",
        );
    }
    let site_name: String = form.site_name.trim().chars().take(80).collect();
    let id = uuid::Uuid::new_v4().to_string();
    let site_id = uuid::Uuid::new_v4().to_string();
    let back = with_param(&form.post_installation_url, "appId", &form.app_id);
    let back = with_param(&back, "tenantId", &site_id);
    let back = with_param(&back, "instanceId", &id);
    state.instances().insert(
        id.clone(),
        InstanceRecord {
            app_id: form.app_id.clone(),
            site_name: if site_name.is_empty() {
                "My Site".into()
            } else {
                site_name
            },
            plan: None,
            free_trial_available: false,
            auto_renewing: false,
        },
    );
    let installed = json!({"appId": form.app_id, "originInstanceId": ""});
    state
        .webhooks
        .send(&form.app_id, "AppInstalled", &id, installed)
        .await;
    Redirect::to(&back).into_response()
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpgradeQuery {
    instance_id: String,
}

/// `GET /upgrade?instanceId=`: Wix's "Upgrade App" button.
pub async fn upgrade(
    State(state): State<Arc<SandboxState>>,
    Query(q): Query<UpgradeQuery>,
) -> Response {
    let record = state.instances().get(&q.instance_id).cloned();
    let Some(signed) = record.and_then(|r| signed_instance(&state, &q.instance_id, &r)) else {
        return error_page(StatusCode::NOT_FOUND, "There is no such app instance.");
    };
    Redirect::to(&with_param(&state.pricing_page_url, "instance", &signed)).into_response()
}

/// `GET /checkout/{order}`: the page a Get URL checkout URL opens.
pub async fn checkout_page(
    State(state): State<Arc<SandboxState>>,
    Path(order_id): Path<String>,
) -> Response {
    let Some(order) = state.orders().get(&order_id).cloned() else {
        return error_page(StatusCode::NOT_FOUND, "This checkout link does not exist.");
    };
    if order.created.elapsed() > CHECKOUT_URL_LIFETIME {
        return error_page(StatusCode::GONE, "This checkout link has expired.");
    }
    if order.paid {
        return error_page(StatusCode::CONFLICT, "This order is already paid.");
    }
    let Some(app) = state.catalogue.app(&order.app_id) else {
        return error_page(StatusCode::NOT_FOUND, "The app no longer exists.");
    };
    let country = state.catalogue.resolve_country(Some(order.country));
    let plans = state.catalogue.app_plans(&[app], country);
    // The catalogue's plans and the answer's are in the same order.
    let price = app
        .plans
        .iter()
        .zip(&plans.app_plans[0].plans)
        .find(|(plan, _)| plan.vendor_id == order.vendor_id)
        .and_then(|(plan, answer)| {
            plan.prices
                .iter()
                .zip(&answer.prices)
                .find(|(price, _)| price.cycle.checkout_name() == Some(order.cycle.as_str()))
                .map(|(_, answer)| answer)
        });
    // A running discount is what the buyer pays.
    let amount = match price {
        Some(price) => {
            let (before_tax, with_tax) = price
                .discount
                .as_ref()
                .map_or((&price.price_before_tax, &price.total_price), |d| {
                    (&d.price_before_tax, &d.total_price)
                });
            if plans.tax_settings.show_price_with_tax {
                format!("{with_tax} {} per month, tax included", plans.currency)
            } else {
                format!("{before_tax} {} per month, before tax", plans.currency)
            }
        }
        None => "price unavailable".into(),
    };
    let site = state
        .instances()
        .get(&order.instance_id)
        .map(|i| i.site_name.clone())
        .unwrap_or_default();
    let body = format!(
        r#"<table>
<tr><th>App</th><td data-checkout="app">{app}</td></tr>
<tr><th>Plan</th><td data-checkout="plan" data-vendor-id="{vendor}">{plan}</td></tr>
<tr><th>Billing cycle</th><td data-checkout="cycle">{cycle}</td></tr>
<tr><th>Price</th><td data-checkout="price">{amount}</td></tr>
<tr><th>Language</th><td data-checkout="language">{language}</td></tr>
<tr><th>Coupon</th><td data-checkout="coupon">{coupon}</td></tr>
<tr><th>Site</th><td>{site}</td></tr>
<tr><th>Test checkout</th><td>{test}</td></tr></table>
<form method="post" action="/checkout/{order_id}/pay"><p><button type="submit">Pay</button></p></form>"#,
        app = esc(&app.name),
        vendor = esc(&order.vendor_id),
        plan = esc(&plan_name(&state, &order.app_id, &order.vendor_id)),
        cycle = order.cycle.label(),
        amount = esc(&amount),
        language = esc(&order.language),
        coupon = esc(order.coupon.as_deref().unwrap_or("none")),
        site = esc(&site),
        test = if order.test_checkout { "yes" } else { "no" },
        order_id = esc(&order_id),
    );
    page("Checkout", &body).into_response()
}

/// `POST /checkout/{order}/pay`: records the purchase and sends the buyer
/// to the success URL.
pub async fn pay(State(state): State<Arc<SandboxState>>, Path(order_id): Path<String>) -> Response {
    let order = {
        let mut orders = state.orders();
        match orders.get_mut(&order_id) {
            Some(order) if !order.paid && order.created.elapsed() <= CHECKOUT_URL_LIFETIME => {
                order.paid = true;
                order.clone()
            }
            Some(_) => {
                return error_page(
                    StatusCode::CONFLICT,
                    "This order is already paid or expired.",
                )
            }
            None => return error_page(StatusCode::NOT_FOUND, "This checkout link does not exist."),
        }
    };
    let previous = state
        .instances()
        .get_mut(&order.instance_id)
        .and_then(|instance| {
            instance.free_trial_available = false;
            instance.auto_renewing = true;
            instance
                .plan
                .replace((order.vendor_id.clone(), order.cycle))
        });
    // Wix tells the app: a purchase, or a change for an owner who had a
    // paid plan.
    let mut event = json!({
        "operationTimeStamp": now_rfc3339(),
        "vendorProductId": order.vendor_id,
        "cycle": order.cycle.as_str(),
        "couponName": order.coupon,
        "invoiceId": uuid::Uuid::new_v4().to_string(),
    });
    let event_type = match previous {
        Some((plan, cycle)) => {
            event["previousVendorProductId"] = json!(plan);
            event["previousCycle"] = json!(cycle.as_str());
            "PaidPlanChanged"
        }
        None => {
            event["expiresOn"] = json!(order.cycle.months().map(expires_in));
            "PaidPlanPurchased"
        }
    };
    state
        .webhooks
        .send(&order.app_id, event_type, &order.instance_id, event)
        .await;
    let success = order.success_url.clone().unwrap_or_else(|| {
        format!(
            "{}/my-account/app/{}/{}",
            state.base_url, order.app_id, order.instance_id
        )
    });
    Redirect::to(&success).into_response()
}

/// `GET /my-account/app/{app}/{instance}`: the app's page in the site
/// owner's dashboard, where Wix sends a buyer after checkout by default.
pub async fn dashboard(
    State(state): State<Arc<SandboxState>>,
    Path((app_id, instance_id)): Path<(String, String)>,
) -> Response {
    let record = state.instances().get(&instance_id).cloned();
    let Some(record) = record.filter(|r| r.app_id == app_id) else {
        return error_page(
            StatusCode::NOT_FOUND,
            "This app is not installed on that site.",
        );
    };
    let app = state
        .catalogue
        .app(&app_id)
        .map_or("?", |a| a.name.as_str());
    let renewal = match (&record.plan, record.auto_renewing) {
        (None, _) => String::new(),
        (Some(_), true) => format!(
            r#"<p>Auto-renewal: <strong data-dashboard="renewal">on</strong></p>
<form method="post" action="/my-account/app/{app_id}/{id}/cancel-auto-renewal"><p><button type="submit">Cancel auto-renewal</button></p></form>"#,
            app_id = esc(&app_id),
            id = esc(&instance_id),
        ),
        (Some(_), false) => r#"<p>Auto-renewal: <strong data-dashboard="renewal">off</strong> (the plan ends with its cycle)</p>"#.into(),
    };
    let body = format!(
        r#"<p>Site: {site}</p><p>Current plan: <strong data-dashboard="plan">{plan}</strong></p>
{renewal}<p><a href="/upgrade?instanceId={id}">Upgrade App</a></p>"#,
        site = esc(&record.site_name),
        plan = esc(&describe_plan(&state, &record)),
        id = esc(&instance_id),
    );
    page(&format!("{app} dashboard"), &body).into_response()
}

/// `POST /my-account/app/{app}/{instance}/cancel-auto-renewal`: the owner
/// turns auto-renewal off; Wix tells the app.
pub async fn cancel_auto_renewal(
    State(state): State<Arc<SandboxState>>,
    Path((app_id, instance_id)): Path<(String, String)>,
) -> Response {
    let cancelled = {
        let mut instances = state.instances();
        match instances.get_mut(&instance_id) {
            Some(record) if record.app_id == app_id && record.auto_renewing => {
                record.auto_renewing = false;
                record.plan.clone()
            }
            _ => None,
        }
    };
    let Some((plan, cycle)) = cancelled else {
        return error_page(
            StatusCode::CONFLICT,
            "This site has no paid plan that renews itself.",
        );
    };
    let event = json!({
        "operationTimeStamp": now_rfc3339(),
        "vendorProductId": plan,
        "cycle": cycle.as_str(),
        "cancelReason": "USER_CANCEL",
        "userReason": "Cancelled on the sandbox's dashboard",
        "subscriptionCancellationType": "AT_END_OF_PERIOD",
        "cancelledDuringFreeTrial": "NOT_DURING_FREE_TRIAL",
    });
    state
        .webhooks
        .send(&app_id, "PaidPlanAutoRenewalCancelled", &instance_id, event)
        .await;
    Redirect::to(&format!("/my-account/app/{app_id}/{instance_id}")).into_response()
}

/// When a plan bought now for `months` months expires: the same day that
/// many months on (the month's last day where it is shorter), RFC 3339.
fn expires_in(months: u32) -> String {
    let now = time::OffsetDateTime::now_utc();
    let total = now.month() as u32 - 1 + months;
    let year = now.year() + (total / 12) as i32;
    let month = time::Month::try_from((total % 12 + 1) as u8).unwrap_or(time::Month::January);
    let day = now.day().min(month.length(year));
    now.replace_date(time::Date::from_calendar_date(year, month, day).unwrap_or(now.date()))
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}
