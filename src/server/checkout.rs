//! `/checkout`: a plan's button posts here; the server asks Wix for a
//! checkout URL (valid 48 hours) when the buyer clicks, and redirects.
//! App Market visitors first go through Wix's external install flow: the
//! installer sends them back here (GET) with the new instance's ID, plain,
//! beside the choice they made, which we signed.

use super::errors::RetryLink;
use super::{funnel, ServerState};
use crate::country::CountryCode;
use crate::error::AppError;
use crate::i18n::{isolate, Detail, Lang, Msg};
use crate::metrics::CheckoutLabels;
use crate::pricing::{checkout_blocked, current_plan};
use crate::state::AppState;
use crate::wix::identity::{identify, plain_instance_id, Identity, Owner};
use crate::wix::model::{CheckoutCycle, CheckoutRequest};
use crate::wix::WixError;
use axum::{
    extract::{rejection::FormRejection, rejection::QueryRejection, Form, Query, State},
    http::{
        header::{CACHE_CONTROL, LOCATION},
        HeaderMap, StatusCode,
    },
    response::{IntoResponse, Response},
    Extension,
};
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use hmac::{Hmac, Mac};
use serde::Deserialize;
use sha2::Sha256;

/// What a plan's form sends, and what the installer's return URL carries.
#[derive(Debug, Clone, Deserialize)]
pub struct CheckoutForm {
    app: String,
    plan: String,
    cycle: String,
    #[serde(default)]
    country: Option<String>,
    #[serde(default)]
    lang: Option<String>,
    #[serde(default)]
    instance: Option<String>,
    #[serde(default)]
    coupon: Option<String>,
    /// What Wix's installer appends on return: the new instance, unsigned.
    #[serde(default, rename = "instanceId")]
    instance_id: Option<String>,
    /// When we sent the visitor to the installer, the return's own
    /// random ID, and our signature of their choice (`install_state`).
    #[serde(default)]
    at: Option<i64>,
    #[serde(default)]
    n: Option<String>,
    #[serde(default)]
    sig: Option<String>,
}

/// `POST /checkout`: a plan's button.
pub async fn submit(
    State(state): State<ServerState>,
    headers: HeaderMap,
    form: Result<Form<CheckoutForm>, FormRejection>,
) -> Response {
    let form = form.map(|Form(f)| f).map_err(|e| e.body_text());
    checkout(&state, &headers, form, Step::Started).await
}

/// `GET /checkout`: the installer's return, with the choice and an instance.
pub async fn resume(
    State(state): State<ServerState>,
    headers: HeaderMap,
    query: Result<Query<CheckoutForm>, QueryRejection>,
) -> Response {
    let form = query.map(|Query(f)| f).map_err(|e| e.body_text());
    checkout(&state, &headers, form, Step::Returned).await
}

/// Where a checkout request comes from: a plan's button, or the return
/// from Wix's installer (the same checkout, not a new one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Started,
    Returned,
}

/// Where a checkout is sent.
enum Target {
    Installer(String),
    /// Wix checkout, for this site.
    Wix {
        url: String,
        instance_id: String,
    },
}

async fn checkout(
    state: &ServerState,
    headers: &HeaderMap,
    form: Result<CheckoutForm, String>,
    step: Step,
) -> Response {
    let form = match form {
        Ok(form) => form,
        Err(reason) => {
            // The parser's words are for the log, not the buyer.
            tracing::debug!("checkout form refused: {reason}");
            let error = AppError::BadRequest(Msg::ErrorCheckoutIncomplete.into());
            return error.into_response();
        }
    };
    let target = redirect_target(state, headers, &form, step).await;
    let count = |step, reason| {
        let labels = funnel_labels(state, headers, &form, step, reason);
        state.metrics.checkout(&labels);
        labels
    };
    if step == Step::Started {
        count("started", "");
    }
    match &target {
        Ok(Target::Installer(_)) => {
            count("installer", "");
        }
        Ok(Target::Wix { instance_id, .. }) => {
            // What Wix's webhooks then say of this site is counted with
            // the page's country and language.
            state.funnel.sent(instance_id, &count("redirected", ""));
        }
        Err(error) => {
            count("refused", error.kind());
        }
    }
    match target.map(|(Target::Installer(location) | Target::Wix { url: location, .. })| location) {
        // A checkout URL is for this buyer, once: no cache keeps it.
        Ok(location) => (
            StatusCode::SEE_OTHER,
            [
                (LOCATION, location.as_str()),
                (CACHE_CONTROL, "private, no-store"),
            ],
        )
            .into_response(),
        Err(error) => {
            // A refused coupon's way back is the page without it.
            let coupon = !matches!(error, AppError::CouponRejected(_));
            (Extension(RetryLink(retry_link(&form, coupon))), error).into_response()
        }
    }
}

/// The funnel's labels for this form, each bounded: an app configured
/// here, a plan Wix lists for it (in the prices last fetched for the
/// country), a cycle Wix checkout knows, an assigned country, a page
/// language, a coupon Wix accepted (now, on a redirect); else `other`.
fn funnel_labels(
    state: &ServerState,
    headers: &HeaderMap,
    form: &CheckoutForm,
    step: &'static str,
    reason: &'static str,
) -> CheckoutLabels {
    const OTHER: &str = "other";
    let country = state.visitor_country(form.country.as_deref(), headers).ok();
    let lang = state
        .visitor_locale(form.country.as_deref(), form.lang.as_deref(), headers)
        .map_or(OTHER, |(_, locale)| Lang::of(&locale.to_string()).into());
    let app = state.site.app(&form.app).map(|_| form.app.clone());
    let listed = country
        .and_then(|country| state.plans.peek(country))
        .is_some_and(|entry| entry.plans.plan(&form.app, &form.plan).is_some());
    CheckoutLabels {
        step,
        plan: if app.is_some() && listed {
            form.plan.clone()
        } else {
            OTHER.to_owned()
        },
        app: app.unwrap_or_else(|| OTHER.to_owned()),
        cycle: CheckoutCycle::parse(&form.cycle).map_or(OTHER, CheckoutCycle::as_str),
        country: funnel::country_label(country.as_ref().map(CountryCode::as_str)),
        lang,
        coupon: state
            .funnel
            .coupon(form.coupon.as_deref().map(str::trim), step == "redirected"),
        reason,
        ..CheckoutLabels::default()
    }
}

/// Where to send the buyer: Wix checkout, or the Wix installer first.
async fn redirect_target(
    state: &ServerState,
    headers: &HeaderMap,
    form: &CheckoutForm,
    step: Step,
) -> Result<Target, AppError> {
    let bad = |why: Msg| AppError::BadRequest(why.into());
    if form.app.len() > 64
        || form.plan.len() > 128
        || form.cycle.len() > 16
        || form.lang.as_ref().is_some_and(|l| l.len() > 64)
    {
        return Err(bad(Msg::ErrorCheckoutFieldTooLong));
    }
    if state.site.app(&form.app).is_none() {
        return Err(bad(Msg::ErrorCheckoutUnknownApp));
    }
    let cycle =
        CheckoutCycle::parse(&form.cycle).ok_or_else(|| bad(Msg::ErrorCheckoutUnknownCycle))?;
    let coupon = crate::plans::coupon(form.coupon.as_deref())?;
    let country = state.visitor_country(form.country.as_deref(), headers)?;
    // The page's own cache: the prices the visitor was just shown.
    let prices = state.plans.get(country).await?;
    let app_plans = prices.entry.plans.plans_of(&form.app);
    let plan = prices
        .entry
        .plans
        .plan(&form.app, &form.plan)
        .ok_or_else(|| bad(Msg::ErrorCheckoutUnknownPlan))?;
    if !plan
        .prices
        .iter()
        .any(|p| CheckoutCycle::for_price(p) == Some(cycle))
    {
        return Err(bad(Msg::ErrorCheckoutPlanCycle));
    }

    let now = time::OffsetDateTime::now_utc();
    let (owner, plain_id) = match identify(
        &state.site.apps,
        state.config.wix.instance_max_age,
        form.instance.as_deref(),
        now,
    ) {
        Identity::Anonymous => match form.instance_id.as_deref().filter(|id| !id.is_empty()) {
            None => return Ok(Target::Installer(installer_url(state, form, country, now))),
            // The installer's return, whose choice we signed.
            Some(instance_id) if form.sig.is_some() || step == Step::Returned => {
                (installed(state, form, country, instance_id, now)?, true)
            }
            // A plan's button on a page an "Upgrade App" link opened with
            // the site's plain ID: the same trust as the installer's.
            Some(instance_id) if plain_instance_id(instance_id) => (
                Owner {
                    app_id: form.app.clone(),
                    instance_id: instance_id.to_owned(),
                    signed: String::new(),
                },
                true,
            ),
            Some(_) => return Err(AppError::Forbidden(Msg::ErrorInstallerReturn.into())),
        },
        Identity::Rejected(reason) => return Err(AppError::Forbidden(reason.msg().into())),
        Identity::Owner(owner) if owner.app_id != form.app => {
            return Err(AppError::Forbidden(Msg::ErrorOtherApp.into()))
        }
        Identity::Owner(owner) => (owner, false),
    };
    let continued = checkout_url(
        state, headers, form, &owner, plan, app_plans, &prices, cycle, country, coupon,
    )
    .await;
    match continued {
        // A plain instance ID (the installer's, an "Upgrade App" link's)
        // proves nothing: whatever Wix says of that site (its plan, that
        // it does not exist) stays unsaid.
        Err(error)
            if plain_id
                && !matches!(
                    error,
                    AppError::Unavailable(_) | AppError::CouponRejected(_)
                ) =>
        {
            tracing::info!("checkout for a plain instance ID refused: {error:?}");
            Err(AppError::Conflict(Msg::ErrorInstallerCannotContinue.into()))
        }
        continued => continued,
    }
}

/// The owner's checkout URL from Wix, once the plan is one they may buy.
#[allow(clippy::too_many_arguments)]
async fn checkout_url(
    state: &AppState,
    headers: &HeaderMap,
    form: &CheckoutForm,
    owner: &Owner,
    plan: &crate::wix::model::Plan,
    app_plans: &[crate::wix::model::Plan],
    prices: &crate::wix::Prices,
    cycle: CheckoutCycle,
    country: CountryCode,
    coupon: Option<String>,
) -> Result<Target, AppError> {
    let months = cycle.months();
    // The same rule the page applies, enforced whatever the form says.
    let account = state.account(owner).await?;
    let paid = account
        .current
        .as_ref()
        .map(|(vendor_id, cycle)| (vendor_id.as_str(), cycle.and_then(CheckoutCycle::months)));
    let current = current_plan(app_plans, paid);
    if let Some(blocked) = checkout_blocked(current, plan, months, &prices.entry.plans.tax_settings)
    {
        return Err(AppError::Conflict(blocked.reason().into()));
    }

    let request = CheckoutRequest {
        product_id: plan.vendor_id.clone(),
        billing_cycle: Some(cycle),
        success_url: success_url(state, owner),
        country_code: Some(country.to_string()),
        // Wix's checkout opens in the visitor's language, the one the
        // page's money was formatted for, even where the page itself has
        // no catalogue for it (Get URL takes any ISO 639-1 code).
        language_code: Some(language_code(
            state
                .visitor_locale(form.country.as_deref(), form.lang.as_deref(), headers)
                .ok()
                .map(|(_, locale)| locale),
        )),
        coupon_code: coupon.clone(),
        test_checkout: false,
    };
    let wix = &state.wix;
    let request = &request;
    let asked = state.as_owner(owner, |token| async move {
        wix.checkout_url(&token, request).await
    });
    let checkout = match asked.await {
        Ok(checkout) => checkout,
        Err(e) => match coupon {
            Some(code) if refuses_coupon(&e) => {
                return Err(AppError::CouponRejected(
                    Detail::new(Msg::ErrorCouponRejected).text("code", isolate(&code)),
                ))
            }
            _ => return Err(e.into()),
        },
    };
    if !is_allowed_checkout_url(&checkout.checkout_url, &state.site.checkout_hosts) {
        tracing::error!(
            "Wix returned a checkout URL outside WIX_CHECKOUT_HOSTS: {}",
            checkout.checkout_url
        );
        return Err(AppError::Upstream(Msg::ErrorWixUntrustedCheckout.into()));
    }
    Ok(Target::Wix {
        url: checkout.checkout_url,
        instance_id: owner.instance_id.clone(),
    })
}

/// Whether Wix's refusal of a checkout that carried a coupon is the
/// coupon's: a 4xx (not an access token's 401/403, not a 429) about the
/// coupon or the discount, by its application error code, a field it
/// refused (`couponCode`) or its message. Wix documents no code of its
/// own for this; any other refusal stays Wix's failure.
fn refuses_coupon(error: &WixError) -> bool {
    match error {
        WixError::Api { status, said, .. }
            if (400..500).contains(status) && !matches!(status, 401 | 403 | 429) =>
        {
            said.names(&["coupon", "discount", "promo"])
        }
        _ => false,
    }
}

/// How long a visitor may take in Wix's installer.
const INSTALL_MAX_SECS: i64 = 900;

/// The installer's returns seen, each bound to the instance it first came
/// back with: a return is good for one site, however often it is reloaded.
/// Each replica keeps its own (a return replayed on another replica is
/// bound there, once).
pub struct Installs(moka::sync::Cache<String, String>);

impl Default for Installs {
    fn default() -> Self {
        Self(
            moka::sync::Cache::builder()
                .max_capacity(100_000)
                .time_to_live(std::time::Duration::from_secs(
                    INSTALL_MAX_SECS as u64 + 300,
                ))
                .build(),
        )
    }
}

impl Installs {
    /// Binds the return `id` to `instance_id`, unless it is bound to
    /// another instance already.
    fn bind(&self, id: &str, instance_id: &str) -> bool {
        let entry = self
            .0
            .entry_by_ref(id)
            .or_insert_with(|| instance_id.to_owned());
        entry.value() == instance_id
    }
}

/// Wix's external install flow, asked to come back to this route with the
/// visitor's choice, signed so that the return cannot change it.
fn installer_url(
    state: &AppState,
    form: &CheckoutForm,
    country: CountryCode,
    now: time::OffsetDateTime,
) -> String {
    let at = now.unix_timestamp();
    let lang = form.lang.as_deref().unwrap_or_default();
    let mut back = form_urlencoded::Serializer::new(String::new());
    back.append_pair("app", &form.app)
        .append_pair("plan", &form.plan)
        .append_pair("cycle", &form.cycle)
        .append_pair("country", country.as_str());
    if !lang.is_empty() {
        back.append_pair("lang", lang);
    }
    if let Some(coupon) = form.coupon.as_deref().filter(|c| !c.is_empty()) {
        back.append_pair("coupon", coupon);
    }
    back.append_pair("at", &at.to_string());
    let id = URL_SAFE_NO_PAD.encode(fastrand::u128(..).to_le_bytes());
    back.append_pair("n", &id);
    if let Some(secret) = app_secret(state, &form.app) {
        let sig = install_state(secret, form, country.as_str(), at, &id).finalize();
        back.append_pair("sig", &URL_SAFE_NO_PAD.encode(sig.into_bytes()));
    }
    let callback = format!(
        "{}/checkout?{}",
        state.config.server.public_url(),
        back.finish()
    );
    let query = form_urlencoded::Serializer::new(String::new())
        .append_pair("appId", &form.app)
        .append_pair("postInstallationUrl", &callback)
        .finish();
    format!("{}/app-installer?{query}", state.site.web_base_url)
}

/// The site owner back from the installer. The instance ID Wix appends is
/// not signed: it is used only to continue the checkout whose choice we
/// signed (a token for it, its plan for the downgrade guard, a checkout
/// URL), for the first instance that return came back with, never to
/// show anything of the site.
fn installed(
    state: &ServerState,
    form: &CheckoutForm,
    country: CountryCode,
    instance_id: &str,
    now: time::OffsetDateTime,
) -> Result<Owner, AppError> {
    let refused = || AppError::Forbidden(Msg::ErrorInstallerReturn.into());
    let plausible_id = plain_instance_id(instance_id);
    let (Some(at), Some(id), Some(sig), Some(secret)) = (
        form.at,
        form.n.as_deref(),
        form.sig.as_deref(),
        app_secret(state, &form.app),
    ) else {
        return Err(refused());
    };
    let age = now.unix_timestamp() - at;
    let signed = URL_SAFE_NO_PAD.decode(sig).ok().is_some_and(|sig| {
        install_state(secret, form, country.as_str(), at, id)
            .verify_slice(&sig)
            .is_ok()
    });
    if !plausible_id
        || !signed
        || !(-300..=INSTALL_MAX_SECS).contains(&age)
        || !state.installs.bind(id, instance_id)
    {
        return Err(refused());
    }
    Ok(Owner {
        app_id: form.app.clone(),
        instance_id: instance_id.to_owned(),
        signed: String::new(),
    })
}

fn app_secret<'a>(state: &'a AppState, app_id: &str) -> Option<&'a str> {
    state.site.app(app_id).map(|a| a.secret.as_str())
}

/// The MAC of a visitor's choice on its way through the installer; each
/// part length-prefixed, so that no two choices write the same bytes.
fn install_state(
    secret: &str,
    form: &CheckoutForm,
    country: &str,
    at: i64,
    id: &str,
) -> Hmac<Sha256> {
    let mut mac =
        Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC accepts keys of any length");
    let lang = form.lang.as_deref().unwrap_or_default();
    let coupon = form.coupon.as_deref().unwrap_or_default();
    let at = at.to_string();
    for part in [
        "checkout-install",
        &form.app,
        &form.plan,
        &form.cycle,
        country,
        lang,
        coupon,
        &at,
        id,
    ] {
        mac.update(format!("{}:{part}\n", part.len()).as_bytes());
    }
    mac
}

/// `PRICING_SUCCESS_URL` for this owner's site; none for Wix's own success
/// page, which every app has (the dashboard URL Wix gives is only for apps
/// with an internal dashboard).
fn success_url(state: &AppState, owner: &Owner) -> Option<String> {
    let url = state.config.server.success_url.as_ref()?;
    Some(
        url.replace("{appId}", &owner.app_id)
            .replace("{instanceId}", &owner.instance_id),
    )
}

/// Wix wants an upper-case two-letter (ISO 639-1) language code: the
/// locale's language, English (Wix's default) where it has no such code.
fn language_code(locale: Option<icu::locale::Locale>) -> String {
    locale
        .map(|locale| locale.id.language.as_str().to_ascii_uppercase())
        .filter(|code| code.len() == 2)
        .unwrap_or_else(|| "EN".to_owned())
}

/// Only http(s) URLs on a configured host; nothing else is followed.
fn is_allowed_checkout_url(url: &str, hosts: &[String]) -> bool {
    let Ok(url) = reqwest::Url::parse(url) else {
        return false;
    };
    let authority = match (url.host_str(), url.port()) {
        (Some(host), Some(port)) => format!("{host}:{port}"),
        (Some(host), None) => host.to_owned(),
        (None, _) => return false,
    };
    matches!(url.scheme(), "https" | "http")
        && url.username().is_empty()
        && hosts.iter().any(|h| *h == authority.to_ascii_lowercase())
}

/// Back to the pricing page, as the buyer saw it.
fn retry_link(form: &CheckoutForm, with_coupon: bool) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    let coupon = form.coupon.clone().filter(|_| with_coupon);
    for (key, value) in [
        ("country", &form.country),
        ("lang", &form.lang),
        ("instance", &form.instance),
        ("coupon", &coupon),
    ] {
        if let Some(value) = value.as_ref().filter(|v| !v.is_empty() && v.len() <= 4096) {
            query.append_pair(key, value);
        }
    }
    format!("/?{}", query.finish())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Refusals shaped as Wix may send them: the coupon or the discount
    /// named in a field violation, an application error code never seen
    /// before, or the message; details missing or null; other statuses
    /// and refusals.
    #[test]
    fn only_a_refusal_about_the_coupon_or_the_discount_is_the_coupons() {
        let api = |status, body: serde_json::Value| WixError::Api {
            endpoint: crate::wix::Endpoint::Checkout,
            status,
            said: crate::wix::Said::read(body.to_string().as_bytes()),
        };
        let violation = json!({"message": "Bad Request", "details": {"validationError": {"fieldViolations": [
            {"field": "couponCode", "description": "invalid", "violatedRule": "OTHER"}]}}});
        let unseen = json!({"message": "", "details": {"applicationError": {"code": "COUPON_NOT_APPLICABLE_42", "data": null}}});
        let discount = json!({"message": "Failed", "details": {"applicationError": {"code": "INVALID_DISCOUNT", "description": "x"}}});
        assert!(refuses_coupon(&api(400, violation)));
        assert!(refuses_coupon(&api(409, unseen)));
        assert!(refuses_coupon(&api(428, discount)));
        assert!(refuses_coupon(&api(
            404,
            json!({"message": "Coupon not found"})
        )));
        assert!(refuses_coupon(&api(
            400,
            json!({"message": "Invalid coupon", "details": null})
        )));
        let other = json!({"message": "Bad Request", "details": {"validationError": {"fieldViolations": [{"field": "productId"}]}}});
        assert!(!refuses_coupon(&api(400, other)));
        assert!(!refuses_coupon(&api(400, json!({}))));
        // An access token refused, Wix unwell or throttling is never the
        // coupon's fault.
        for status in [401, 403, 429, 503] {
            assert!(
                !refuses_coupon(&api(status, json!({"message": "coupon"}))),
                "{status}"
            );
        }
        assert!(!refuses_coupon(&WixError::Timeout {
            endpoint: crate::wix::Endpoint::Checkout,
            after: std::time::Duration::from_secs(5),
        }));
    }

    #[test]
    fn follows_only_configured_checkout_hosts() {
        let hosts = vec!["www.wix.com".to_owned(), "127.0.0.1:4000".to_owned()];
        assert!(is_allowed_checkout_url(
            "https://www.wix.com/checkout/abc",
            &hosts
        ));
        assert!(is_allowed_checkout_url(
            "http://127.0.0.1:4000/checkout/abc",
            &hosts
        ));
        for bad in [
            "https://evil.example/checkout",
            "https://www.wix.com.evil.example/",
            "https://www.wix.com@evil.example/",
            "https://user@www.wix.com/",
            "http://127.0.0.1:4001/",
            "javascript:alert(1)",
            "//evil.example",
            "/relative",
        ] {
            assert!(!is_allowed_checkout_url(bad, &hosts), "{bad}");
        }
    }

    #[test]
    fn language_codes_are_two_upper_case_letters() {
        let code = |tag: &str| language_code(Some(tag.parse().unwrap()));
        assert_eq!(code("de-CH"), "DE");
        assert_eq!(code("zh-Hant-TW"), "ZH");
        // No catalogue of the page's, still the visitor's language.
        assert_eq!(code("sv-SE"), "SV");
        // No two-letter code: Wix's default.
        assert_eq!(code("fil-PH"), "EN");
        assert_eq!(language_code(None), "EN");
    }
}
