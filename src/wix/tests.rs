//! The client: parsing every response shape, and every call against a
//! recording server or the sandbox over real HTTP.

use super::model::*;
use super::*;
use crate::country::CountryCode;
use crate::sandbox::{
    faults::{Failure, Fault},
    Sandbox,
};
use rust_decimal::Decimal;
use std::{
    str::FromStr,
    sync::{Arc, Mutex},
    time::Duration,
};

const DOCS_JSON: &str = include_str!("fixtures/docs_example.json");
const DOCS_APP: &str = "b847d4b2-fc75-4d93-af40-c0ea5feab43d";

fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn country(code: &str) -> CountryCode {
    code.parse().unwrap()
}

fn plans(json: &str) -> Result<AppPlansResponse, WixError> {
    decode(Endpoint::ListAppPlans, json.as_bytes())
}

/// A client that makes each call once, as these tests count calls.
fn client(base: &str) -> WixClient {
    let once = super::Resilience {
        retries: 0,
        breaker_failures: 1_000,
        breaker_open: Duration::from_secs(1),
    };
    WixClient::new(base, Duration::from_millis(800), &once, Default::default()).unwrap()
}

#[test]
fn parses_the_docs_example() {
    let r = plans(DOCS_JSON).unwrap();
    assert!(!r.tax_settings.show_price_with_tax);
    assert_eq!(r.tax_settings.percentage, None);
    assert_eq!(r.tax_settings.tax_type, TaxType::NotApplicable);
    assert_eq!(
        (r.currency.as_deref().unwrap(), r.currency_symbol.as_str()),
        ("USD", "&#36;")
    );
    let app = &r.app_plans[0];
    assert_eq!(app.id, DOCS_APP);
    let single = &app.plans[0];
    assert_eq!(single.vendor_id, "single-payment");
    assert_eq!(single.benefits.len(), 4);
    assert_eq!(single.prices[0].price_before_tax.unwrap().0, dec("2.00"));
    assert_eq!(single.prices[0].total_price.unwrap().0, dec("2.34"));
    assert_eq!(
        single.prices[0].billing_cycle,
        BillingCycle {
            cycle_type: CycleType::OneTime,
            cycle_duration: None
        }
    );
    assert_eq!(single.prices[0].usage_base_options, None);
    let usage = app.plans[1].prices[0].usage_base_options.as_ref().unwrap();
    assert_eq!(usage.monthly_base_fee, Some(Money(Decimal::ZERO)));
    assert_eq!(
        usage.custom_charge_description.as_deref(),
        Some("Flexible monthly pricing based on usage")
    );
    assert_eq!(
        app.plans[1].prices[0].billing_cycle.cycle_duration,
        Some(CycleDuration {
            unit: DurationUnit::Month,
            count: 12
        })
    );
    assert_eq!(r.skipped().count(), 0);
}

#[test]
fn tolerates_nulls_missing_optionals_and_unknown_fields() {
    let json = r#"{"taxSettings":{"showPriceWithTax":true,"percentage":"19","taxType":"VAT","newField":1},
        "currency":"EUR","currencySymbol":"&#8364;","extra":{"a":[1]},
        "appPlans":[{"id":"a","plans":[
            {"id":"p1","vendorId":"free","name":"Free"},
            {"id":"p2","vendorId":"pro","name":"Pro","benefits":null,"prices":[
                {"priceBeforeTax":"8.33","totalPrice":"9.91",
                 "billingCycle":{"cycleType":"RECURRING","cycleDuration":{"unit":"YEAR","count":1}},
                 "discount":{"type":"SOMETHING_NEW","amount":"1.00","sourceType":"SALE","saleOptions":{}},
                 "billingSource":"WIX","customPaymentTitle":"Contact us"}]}]},
          {"id":"b","plans":null}]}"#;
    let r = plans(json).unwrap();
    assert_eq!(r.tax_settings.percentage, Some(Money(dec("19"))));
    assert!(
        r.app_plans[0].plans[0].benefits.is_empty() && r.app_plans[0].plans[0].prices.is_empty()
    );
    let price = &r.app_plans[0].plans[1].prices[0];
    assert_eq!(price.usage_base_options, None);
    assert_eq!(
        price.discount, None,
        "a discount without its prices is none"
    );
    assert_eq!(price.billing_source, BillingSource::Wix);
    assert!(r.app_plans[1].plans.is_empty());
    // A name given twice in an object is its last value, at every level.
    let twice = r#"{"currency":"USD","currency":"EUR",
        "taxSettings":{"showPriceWithTax":false,"showPriceWithTax":true},
        "appPlans":[{"id":"a","plans":[{"vendorId":"pro","vendorId":"max","prices":[
            {"priceBeforeTax":"1.00","priceBeforeTax":"8.00","totalPrice":"9.00",
             "billingCycle":{"cycleType":"ONE_TIME","cycleType":"RECURRING",
                 "cycleDuration":{"unit":"MONTH","count":1}}}]},
          {"vendorId":"free"}]}]}"#;
    let r = plans(twice).unwrap();
    assert_eq!(r.currency.as_deref(), Some("EUR"));
    assert!(r.tax_settings.show_price_with_tax);
    let app = &r.app_plans[0];
    assert_eq!((app.plans.len(), app.skipped.len()), (2, 0));
    let max = &app.plans[0];
    assert_eq!(max.vendor_id, "max");
    assert_eq!(max.prices[0].price_before_tax, Some(Money(dec("8.00"))));
    assert_eq!(max.prices[0].billing_cycle.months(), Some(1));
}

#[test]
fn an_app_section_that_is_not_an_object_is_left_out_and_the_other_apps_kept() {
    let json = r#"{"currency":"EUR","appPlans":[null,
        {"id":"a","plans":[{"vendorId":"pro","prices":[{"priceBeforeTax":"9.00",
            "totalPrice":"9.00","billingCycle":{"cycleType":"ONE_TIME"}}]}]},
        "b"]}"#;
    let mut r = plans(json).unwrap();
    assert_eq!(r.app_plans.len(), 3);
    assert_eq!(r.plans_of("a")[0].prices.len(), 1, "app a's plans kept");
    assert_eq!(r.skipped().collect::<Vec<_>>(), [Skipped::Malformed; 2]);
    // Two unreadable sections cannot be told apart: both are left out.
    let asked = ["a".to_owned(), "b".to_owned(), "c".to_owned()];
    assert_eq!(r.name_sections(&asked), 2);
    assert_eq!(r.app_plans.len(), 1);
    // The one section left without an ID is the one app not answered.
    let mut r = plans(r#"{"currency":"EUR","appPlans":[{"id":"a"},null]}"#).unwrap();
    assert_eq!(r.name_sections(&asked[..2]), 0);
    assert_eq!(r.app_plans[1].id, "b");
    assert_eq!(r.skipped().collect::<Vec<_>>(), [Skipped::Malformed]);
}

#[test]
fn a_price_that_cannot_be_read_is_left_out_and_the_rest_kept() {
    let one_bad_price = |bad: &str| {
        let json = DOCS_JSON.replace(
            r#""priceBeforeTax":"2.00""#,
            &format!(r#""priceBeforeTax":{bad}"#),
        );
        let r = plans(&json).unwrap_or_else(|e| panic!("{bad}: {e}"));
        let app = &r.app_plans[0];
        assert!(app.plans[0].prices.is_empty(), "{bad}");
        assert_eq!(app.plans[1].prices.len(), 1, "the other plan is whole");
        r.skipped().collect::<Vec<_>>()
    };
    for bad in [
        r#""9,99""#,
        r#""""#,
        r#""1e3""#,
        r#""abc""#,
        "9.99",
        r#"" 9.99""#,
        r#""9.""#,
        r#""1_000""#,
    ] {
        assert_eq!(one_bad_price(bad), [Skipped::BadAmount], "{bad}");
    }
    // One amount missing or null: the price is read by the other.
    for json in [
        DOCS_JSON.replace(r#""priceBeforeTax":"2.00","#, ""),
        DOCS_JSON.replace(r#""priceBeforeTax":"2.00""#, r#""priceBeforeTax":null"#),
    ] {
        let r = plans(&json).unwrap();
        assert_eq!(r.skipped().count(), 0);
        let price = &r.app_plans[0].plans[0].prices[0];
        assert_eq!(price.price_before_tax, None, "no rate to work it out");
        assert_eq!(price.total_price, Some(Money(dec("2.34"))));
    }
    // With a rate, the missing amount is worked out, exactly.
    let json = DOCS_JSON
        .replace(r#""percentage":null"#, r#""percentage":"17""#)
        .replace(r#""priceBeforeTax":"2.00","#, "");
    let price = plans(&json).unwrap().app_plans[0].plans[0].prices[0].clone();
    assert_eq!(price.price_before_tax, Some(Money(dec("2.00"))));
    // Neither amount: nothing to show.
    let json = DOCS_JSON.replace(r#""priceBeforeTax":"2.00","totalPrice":"2.34","#, "");
    assert_eq!(
        plans(&json).unwrap().skipped().collect::<Vec<_>>(),
        [Skipped::MissingAmount]
    );
    // Enums that grew: the price with a cycle this page cannot bill is left
    // out; an unknown tax type only loses its label.
    let json = DOCS_JSON.replace(r#""ONE_TIME""#, r#""WEEKLY""#);
    assert_eq!(
        plans(&json).unwrap().skipped().collect::<Vec<_>>(),
        [Skipped::UnknownCycle]
    );
    let json = DOCS_JSON.replace(r#""MONTH""#, r#""FORTNIGHT""#);
    assert_eq!(
        plans(&json).unwrap().skipped().collect::<Vec<_>>(),
        [Skipped::UnknownCycle]
    );
    let json = DOCS_JSON.replace(r#""NOT_APPLICABLE""#, r#""SALES_TAX""#);
    assert_eq!(
        plans(&json).unwrap().tax_settings.tax_type,
        TaxType::Unknown
    );
    // Not an answer at all: the call failed.
    for body in ["<html>", "[]", "\"prices\"", "null"] {
        assert!(
            matches!(
                plans(body),
                Err(WixError::Malformed {
                    endpoint: Endpoint::ListAppPlans,
                    ..
                })
            ),
            "{body}"
        );
    }
    // Every field may be missing: an object is an answer (no plans, no
    // currency named).
    for body in [
        "{}",
        r#"{"currency":"USD"}"#,
        r#"{"appPlans":[],"currency":null}"#,
    ] {
        let r = plans(body).unwrap_or_else(|e| panic!("{body}: {e}"));
        assert!(r.app_plans.is_empty(), "{body}");
    }
    assert_eq!(plans(r#"{"currency":" "}"#).unwrap().currency, None);
}

/// Path and country header of each request a recorder received.
type Seen = Arc<Mutex<Vec<(String, Option<String>)>>>;

/// A server that records what it receives and answers the docs example.
async fn recorder() -> (String, Seen) {
    use axum::{http::Uri, routing::get, Router};
    let seen: Seen = Arc::default();
    let log = seen.clone();
    let app = Router::new().fallback(get(move |uri: Uri, headers: axum::http::HeaderMap| {
        let log = log.clone();
        async move {
            let country = headers
                .get(COUNTRY_HEADER)
                .map(|v| v.to_str().unwrap().to_owned());
            log.lock().unwrap().push((uri.to_string(), country));
            ([("content-type", "application/json")], DOCS_JSON)
        }
    }));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (base, seen)
}

#[tokio::test]
async fn joins_app_ids_with_commas_and_forwards_the_country() {
    let (base, seen) = recorder().await;
    let wix = client(&base);
    let ids = vec!["app-1".to_owned(), "app-2".to_owned()];
    wix.list_app_plans(&ids, country("de")).await.unwrap();
    wix.list_app_plans(&ids[..1], country("JP")).await.unwrap();
    assert_eq!(
        *seen.lock().unwrap(),
        [
            (
                "/apps-plans/v1/apps-plans/app-1,app-2".to_owned(),
                Some("DE".to_owned())
            ),
            (
                "/apps-plans/v1/apps-plans/app-1".to_owned(),
                Some("JP".to_owned())
            ),
        ]
    );
    let bad = wix.list_app_plans(&["a/b".to_owned()], country("US")).await;
    assert!(matches!(bad, Err(WixError::InvalidRequest(_))));
    assert!(matches!(
        wix.list_app_plans(&[], country("US")).await,
        Err(WixError::InvalidRequest(_))
    ));
    assert_eq!(
        seen.lock().unwrap().len(),
        2,
        "invalid requests never leave the client"
    );
}

async fn docs_sandbox_with_token_lifetime(secs: u64) -> Sandbox {
    let text = include_str!("../sandbox/fixtures/docs_example.toml").replace(
        "default_country = \"US\"",
        &format!("default_country = \"US\"\ntoken_lifetime_secs = {secs}"),
    );
    crate::sandbox::tests::sandbox(&text).await
}

fn docs_app() -> AppCredentials {
    AppCredentials {
        app_id: DOCS_APP.into(),
        secret: "docs-secret".into(),
    }
}

#[tokio::test]
async fn caches_access_tokens_per_instance_until_shortly_before_expiry() {
    let sb = docs_sandbox_with_token_lifetime(2).await;
    let wix = client(sb.base_url());
    let first = wix
        .access_token(&docs_app(), "docs-instance")
        .await
        .unwrap();
    let again = wix
        .access_token(&docs_app(), "docs-instance")
        .await
        .unwrap();
    assert_eq!(first, again);
    assert_eq!(sb.faults().calls(Endpoint::AccessToken), 1);
    // The token lives 2 s and is refreshed 10% early: after 1.9 s it is new.
    tokio::time::sleep(Duration::from_millis(1900)).await;
    let refreshed = wix
        .access_token(&docs_app(), "docs-instance")
        .await
        .unwrap();
    assert_ne!(refreshed, first);
    assert_eq!(sb.faults().calls(Endpoint::AccessToken), 2);
    // The fresh token works.
    let instance = wix.app_instance(&refreshed).await.unwrap();
    assert_eq!(instance.instance.instance_id, "docs-instance");
}

#[tokio::test]
async fn surfaces_wix_error_bodies() {
    let sb = crate::sandbox::tests::docs_sandbox().await;
    let wix = client(sb.base_url());
    let wrong = AppCredentials {
        app_id: DOCS_APP.into(),
        secret: "wrong".into(),
    };
    match wix.access_token(&wrong, "docs-instance").await {
        Err(WixError::Api {
            endpoint: Endpoint::AccessToken,
            status: 401,
            said,
        }) => {
            assert!(said.message.contains("client_secret"), "{said:?}");
            assert_eq!(said.code.as_deref(), Some("INVALID_CLIENT"));
        }
        other => panic!("{other:?}"),
    }
    let err = wix.app_instance("forged").await.unwrap_err();
    assert!(matches!(err, WixError::Api { status: 401, .. }), "{err:?}");
    assert!(!err.is_unavailable());
    let err = wix
        .list_app_plans(&["unknown".into()], country("US"))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, WixError::Api { status: 404, said, .. } if said.message.contains("unknown")),
        "{err:?}"
    );
}

#[tokio::test]
async fn every_fault_mode_is_a_typed_error() {
    let sb = crate::sandbox::tests::docs_sandbox().await;
    let wix = client(sb.base_url());
    let ids = [DOCS_APP.to_owned()];
    let fault = |latency_ms, failure| {
        sb.faults().set(
            Endpoint::ListAppPlans,
            Fault {
                latency_ms,
                failure,
                countries: vec![],
                ..Default::default()
            },
        )
    };

    fault(0, Some(Failure::Status(500)));
    let err = wix.list_app_plans(&ids, country("US")).await.unwrap_err();
    assert!(
        matches!(err, WixError::Api { status: 500, .. }) && err.is_unavailable(),
        "{err:?}"
    );

    fault(0, Some(Failure::Status(429)));
    let err = wix.list_app_plans(&ids, country("US")).await.unwrap_err();
    assert!(
        matches!(err, WixError::Api { status: 429, .. }) && err.is_unavailable(),
        "{err:?}"
    );

    fault(0, Some(Failure::Malformed));
    let err = wix.list_app_plans(&ids, country("US")).await.unwrap_err();
    assert!(matches!(err, WixError::Malformed { .. }), "{err:?}");

    fault(0, Some(Failure::Drop));
    let err = wix.list_app_plans(&ids, country("US")).await.unwrap_err();
    assert!(
        matches!(err, WixError::Transport { .. }) && err.is_unavailable(),
        "{err:?}"
    );

    fault(2_000, None);
    let err = wix.list_app_plans(&ids, country("US")).await.unwrap_err();
    assert!(
        matches!(err, WixError::Timeout { .. }) && err.is_unavailable(),
        "{err:?}"
    );

    sb.faults().clear();
    assert_eq!(
        wix.list_app_plans(&ids, country("US"))
            .await
            .unwrap()
            .plans
            .currency
            .as_deref(),
        Some("USD")
    );
}

#[tokio::test]
async fn a_large_answer_is_read_as_a_small_one() {
    let sb = crate::sandbox::tests::docs_sandbox().await;
    let wix = client(sb.base_url());
    let ids = [DOCS_APP.to_owned()];
    let answer = |body| {
        sb.faults().set(
            Endpoint::ListAppPlans,
            Fault {
                failure: Some(Failure::Body(body)),
                ..Default::default()
            },
        )
    };
    // 400 plans, one unreadable: well past what is read in place.
    let mut plans: Vec<_> = (0..399)
        .map(|n| {
            serde_json::json!({"vendorId": format!("plan-{n}"), "prices": [{
                "priceBeforeTax": "9.00", "totalPrice": "9.00",
                "billingCycle": {"cycleType": "RECURRING",
                    "cycleDuration": {"unit": "MONTH", "count": 1}}}]})
        })
        .collect();
    plans.push(serde_json::json!("not a plan"));
    let body =
        serde_json::json!({"currency": "EUR", "appPlans": [{"id": DOCS_APP, "plans": plans}]});
    assert!(body.to_string().len() > super::client::READ_IN_PLACE);
    answer(body);
    let read = wix.list_app_plans(&ids, country("US")).await.unwrap();
    let app = &read.plans.app_plans[0];
    assert_eq!(
        (app.plans.len(), app.skipped.as_slice()),
        (399, [Skipped::Malformed].as_slice())
    );
    // Not an answer: the call failed, as a small one does.
    answer(serde_json::json!([plans]));
    let err = wix.list_app_plans(&ids, country("US")).await.unwrap_err();
    assert!(matches!(err, WixError::Malformed { .. }), "{err:?}");
}

#[tokio::test]
async fn a_buyer_can_install_check_out_and_pay_in_the_sandbox() {
    let sb = crate::sandbox::tests::sandbox(crate::sandbox::catalogue::DEMO).await;
    let app = &sb.catalogue().apps[0];
    let creds = AppCredentials {
        app_id: app.id.clone(),
        secret: app.secret.clone(),
    };
    let browser = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();

    // The installer creates an instance and sends the browser back to the
    // callback, its own query kept, with the app, site and instance IDs.
    let res = browser
        .post(format!("{}/app-installer", sb.base_url()))
        .form(&[
            ("appId", app.id.as_str()),
            (
                "postInstallationUrl",
                "https://pricing.example/back?plan=pro",
            ),
            ("siteName", "Test"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let location = reqwest::Url::parse(res.headers()["location"].to_str().unwrap()).unwrap();
    assert_eq!(location.path(), "/back");
    let back: std::collections::HashMap<_, _> = location.query_pairs().into_owned().collect();
    assert_eq!(
        (back["plan"].as_str(), back["appId"].as_str()),
        ("pro", app.id.as_str())
    );
    assert_eq!(back["tenantId"].len(), 36);
    let instance_id = back["instanceId"].clone();

    // Checkout for that instance, then pay: the instance is on the plan.
    let wix = client(sb.base_url());
    let access = wix.access_token(&creds, &instance_id).await.unwrap();
    let request = CheckoutRequest {
        product_id: "pro".into(),
        billing_cycle: Some(CheckoutCycle::Yearly),
        success_url: Some("https://pricing.example/thanks".into()),
        country_code: Some("DE".into()),
        language_code: Some("DE".into()),
        coupon_code: None,
        test_checkout: false,
    };
    let checkout = wix.checkout_url(&access, &request).await.unwrap();
    let page = crate::sandbox::tests::page_text(&browser, &checkout.checkout_url).await;
    assert!(
        page.contains("Pro") && page.contains("Yearly") && page.contains("EUR"),
        "{page}"
    );
    let res = browser
        .post(format!("{}/pay", checkout.checkout_url))
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["location"], "https://pricing.example/thanks");
    let billing = wix
        .app_instance(&access)
        .await
        .unwrap()
        .instance
        .billing
        .unwrap();
    assert_eq!(
        (billing.package_name.as_deref(), billing.billing_cycle),
        (Some("pro"), Some(CheckoutCycle::Yearly))
    );
}
