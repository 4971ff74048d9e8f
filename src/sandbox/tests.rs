//! The sandbox against the contract in shared/wix-api.md, over real HTTP.

use super::{faults::*, Catalogue, Sandbox};
use crate::wix::Endpoint;
use reqwest::StatusCode;
use serde_json::{json, Value};

const DOCS_APP: &str = "b847d4b2-fc75-4d93-af40-c0ea5feab43d";
const DOCS_INSTANCE: &str = "docs-instance";

pub(crate) async fn sandbox(catalogue: &str) -> Sandbox {
    let catalogue = Catalogue::parse(catalogue).expect("catalogue parses");
    Sandbox::start(
        catalogue,
        "127.0.0.1:0".parse().unwrap(),
        "http://127.0.0.1:9/".into(),
    )
    .await
    .expect("sandbox starts")
}

/// The body of a GET, as a browser that does not follow redirects sees it.
pub(crate) async fn page_text(client: &reqwest::Client, url: &str) -> String {
    client.get(url).send().await.unwrap().text().await.unwrap()
}

pub(crate) async fn docs_sandbox() -> Sandbox {
    sandbox(include_str!("fixtures/docs_example.toml")).await
}

async fn post(sb: &Sandbox, path: &str, auth: Option<&str>, body: Value) -> (StatusCode, Value) {
    let mut req = reqwest::Client::new()
        .post(format!("{}{path}", sb.base_url()))
        .json(&body);
    if let Some(token) = auth {
        req = req.header("Authorization", token);
    }
    let res = req.send().await.unwrap();
    (res.status(), res.json().await.unwrap_or(Value::Null))
}

async fn get(sb: &Sandbox, path: &str, headers: &[(&str, &str)]) -> (StatusCode, Value) {
    let mut req = reqwest::Client::new().get(format!("{}{path}", sb.base_url()));
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let res = req.send().await.unwrap();
    (res.status(), res.json().await.unwrap_or(Value::Null))
}

async fn token(sb: &Sandbox, secret: &str, instance: &str) -> (StatusCode, Value) {
    let body = json!({"grant_type": "client_credentials", "client_id": DOCS_APP,
                      "client_secret": secret, "instance_id": instance});
    post(sb, "/oauth2/token", None, body).await
}

#[tokio::test]
async fn answers_the_docs_example_exactly() {
    let sb = docs_sandbox().await;
    let expected: Value =
        serde_json::from_str(include_str!("../wix/fixtures/docs_example.json")).unwrap();
    let path = format!("/apps-plans/v1/apps-plans/{DOCS_APP}");
    assert_eq!(
        get(&sb, &path, &[("X-Wix-Country-Code", "US")]).await,
        (StatusCode::OK, expected.clone())
    );
    // No header and an unknown country both fall back to the default.
    assert_eq!(get(&sb, &path, &[]).await.1, expected);
    assert_eq!(
        get(&sb, &path, &[("X-Wix-Country-Code", "ZZ")]).await.1,
        expected
    );
    // The SDK's repeated query parameter form.
    let query = format!("/apps-plans/v1/apps-plans?appIds={DOCS_APP}");
    assert_eq!(get(&sb, &query, &[]).await.1, expected);
}

#[tokio::test]
async fn validates_plan_requests_with_wix_error_bodies() {
    let sb = docs_sandbox().await;
    let (status, body) = get(
        &sb,
        &format!("/apps-plans/v1/apps-plans/{DOCS_APP}"),
        &[("X-Wix-Country-Code", "USA")],
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(
        body["details"]["validationError"]["fieldViolations"][0]["field"],
        "X-Wix-Country-Code"
    );
    let (status, body) = get(&sb, "/apps-plans/v1/apps-plans/unknown-app", &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body["details"]["applicationError"]["code"], "APP_NOT_FOUND");
    assert!(body["message"].as_str().unwrap().contains("unknown-app"));
}

#[tokio::test]
async fn demo_catalogue_localises_prices_per_country() {
    let sb = sandbox(super::catalogue::DEMO).await;
    let app = &sb.catalogue().apps[0].id;
    let path = format!("/apps-plans/v1/apps-plans/{app}");
    let (_, de) = get(&sb, &path, &[("X-Wix-Country-Code", "de")]).await;
    assert_eq!(de["currency"], "EUR");
    assert_eq!(
        de["taxSettings"],
        json!({"showPriceWithTax": true, "percentage": "19", "taxType": "VAT"})
    );
    let business = &de["appPlans"][0]["plans"][2];
    assert_eq!(business["vendorId"], "business");
    // 9.00 USD x 0.92 = 8.28 EUR; with 19% VAT 9.8532 -> 9.85.
    assert_eq!(business["prices"][0]["priceBeforeTax"], "8.28");
    assert_eq!(business["prices"][0]["totalPrice"], "9.85");
    let (_, jp) = get(&sb, &path, &[("X-Wix-Country-Code", "JP")]).await;
    assert_eq!(jp["currency"], "JPY");
    assert_eq!(
        jp["appPlans"][0]["plans"][2]["prices"][0]["priceBeforeTax"],
        "1359"
    );
}

#[tokio::test]
async fn tokens_need_known_credentials_and_an_installed_instance() {
    let sb = docs_sandbox().await;
    let (status, body) = token(&sb, "wrong", DOCS_INSTANCE).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        body["details"]["applicationError"]["code"],
        "INVALID_CLIENT"
    );
    let (status, _) = token(&sb, "docs-secret", "no-such-instance").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, body) = post(
        &sb,
        "/oauth2/token",
        None,
        json!({"grant_type": "password"}),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body["details"]["validationError"].is_object());

    let (status, body) = token(&sb, "docs-secret", DOCS_INSTANCE).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["expires_in"], 14400);
    let access = body["access_token"].as_str().unwrap().to_owned();

    let (status, _) = get(&sb, "/apps/v1/instance", &[]).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = get(&sb, "/apps/v1/instance", &[("Authorization", "forged")]).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, body) = get(&sb, "/apps/v1/instance", &[("Authorization", &access)]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["instance"]["instanceId"], DOCS_INSTANCE);
    assert_eq!(body["instance"]["isFree"], true);
}

#[tokio::test]
async fn another_apps_instance_is_forbidden() {
    let sb = sandbox(super::catalogue::DEMO).await;
    let app = &sb.catalogue().apps[0];
    let foreign = sb
        .catalogue()
        .instances
        .iter()
        .find(|i| i.app_id != app.id)
        .unwrap();
    let body = json!({"grant_type": "client_credentials", "client_id": app.id,
                      "client_secret": app.secret, "instance_id": foreign.id});
    let (status, body) = post(&sb, "/oauth2/token", None, body).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(
        body["details"]["applicationError"]["code"],
        "APP_NOT_INSTALLED"
    );
}

#[tokio::test]
async fn checkout_validates_product_and_cycle() {
    let sb = docs_sandbox().await;
    let access = token(&sb, "docs-secret", DOCS_INSTANCE).await.1["access_token"]
        .as_str()
        .unwrap()
        .to_owned();
    let checkout = |body: Value| post(&sb, "/apps/v1/checkout", Some(&access), body);

    assert_eq!(
        post(
            &sb,
            "/apps/v1/checkout",
            None,
            json!({"productId": "single-payment"})
        )
        .await
        .0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        checkout(json!({"billingCycle": "ONE_TIME"})).await.0,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        checkout(json!({"productId": "nope", "billingCycle": "ONE_TIME"}))
            .await
            .0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        checkout(json!({"productId": "single-payment", "billingCycle": "YEARLY"}))
            .await
            .0,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        checkout(json!({"productId": "single-payment", "billingCycle": "WEEKLY"}))
            .await
            .0,
        StatusCode::BAD_REQUEST
    );
    let (status, body) =
        checkout(json!({"productId": "usage-based-no-base-fee", "billingCycle": "YEARLY"})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(
        body["details"]["validationError"]["fieldViolations"][0]["field"],
        "billingCycle"
    );

    let (status, body) = checkout(json!({"productId": "single-payment", "billingCycle": "ONE_TIME",
                                         "successUrl": "https://example.com/done", "countryCode": "US"})).await;
    assert_eq!(status, StatusCode::OK);
    let url = body["checkoutUrl"].as_str().unwrap();
    assert!(
        url.starts_with(&format!("{}/checkout/", sb.base_url())),
        "{url}"
    );
    let page = page_text(&reqwest::Client::new(), url).await;
    assert!(
        page.contains("Single payment") && page.contains("One time"),
        "{page}"
    );
}

#[tokio::test]
async fn faults_switch_at_run_time_and_count_calls() {
    let sb = docs_sandbox().await;
    let path = format!("/apps-plans/v1/apps-plans/{DOCS_APP}");
    let client = reqwest::Client::new();
    let fault_url = format!("{}/_sandbox/faults/list-app-plans", sb.base_url());
    let res = client
        .put(&fault_url)
        .json(&json!({"failure": {"status": 503}}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let (status, body) = get(&sb, &path, &[]).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(body["details"]["applicationError"]["code"], "SANDBOX_FAULT");

    sb.faults().set(
        Endpoint::ListAppPlans,
        Fault {
            latency_ms: 0,
            failure: Some(Failure::Malformed),
            countries: vec![],
            ..Default::default()
        },
    );
    let text = page_text(&client, &format!("{}{path}", sb.base_url())).await;
    assert!(serde_json::from_str::<Value>(&text).is_err());

    sb.faults().set(
        Endpoint::ListAppPlans,
        Fault {
            latency_ms: 0,
            failure: Some(Failure::Drop),
            countries: vec![],
            ..Default::default()
        },
    );
    let res = client.get(format!("{}{path}", sb.base_url())).send().await;
    let body = match res {
        Ok(res) => res.bytes().await.map(|_| ()),
        Err(e) => Err(e),
    };
    assert!(body.is_err(), "a dropped connection must not yield a body");

    client
        .delete(format!("{}/_sandbox/faults", sb.base_url()))
        .send()
        .await
        .unwrap();
    assert_eq!(get(&sb, &path, &[]).await.0, StatusCode::OK);
    assert_eq!(sb.faults().calls(Endpoint::ListAppPlans), 4);
    assert_eq!(sb.faults().calls(Endpoint::Checkout), 0);
}

/// A catalogue's patches write the shapes Wix's types allow: a field
/// removed for one country, a value put anywhere; a patch that does not
/// fit the answer changes nothing, one that is not JSON stops the parse.
#[tokio::test]
async fn patches_change_the_answers_of_their_countries() {
    let base = include_str!("../sandbox/catalogue.toml");
    let patched = format!(
        "{base}\n[[patches]]\ncountries = [\"DE\"]\npath = \"/currency\"\nremove = true\n\
         [[patches]]\npath = \"/appPlans/0/plans/1/prices/0/discount\"\n\
         json = '{{\"type\": \"DELAYED\", \"amount\": \"0\"}}'\n\
         [[patches]]\npath = \"/appPlans/9/id\"\njson = '\"nowhere\"'\n"
    );
    let sb = sandbox(&patched).await;
    let app = "5b1c3e7a-2f4d-4c8e-9a61-0d2f7b9e4a10";
    let path = format!("/apps-plans/v1/apps-plans/{app}");
    let (_, germany) = get(&sb, &path, &[("X-Wix-Country-Code", "DE")]).await;
    let (_, france) = get(&sb, &path, &[("X-Wix-Country-Code", "FR")]).await;
    assert!(germany.get("currency").is_none(), "{germany}");
    assert_eq!(france["currency"], "EUR");
    for answer in [&germany, &france] {
        assert_eq!(
            answer["appPlans"][0]["plans"][1]["prices"][0]["discount"]["type"],
            "DELAYED"
        );
    }
    let broken = format!("{base}\n[[patches]]\npath = \"/currency\"\njson = \"not json\"\n");
    assert!(Catalogue::parse(&broken)
        .unwrap_err()
        .contains("valid JSON"));
}

/// `today` fixes the day a sale's relative dates count from, so that a
/// catalogue's answers are the same on any day; a day that is not one
/// stops the parse.
#[tokio::test]
async fn sales_count_their_days_from_the_catalogues_today() {
    let base = include_str!("../sandbox/catalogue.toml");
    let sb = sandbox(&format!("today = \"2026-12-06\"\n{base}")).await;
    let path = "/apps-plans/v1/apps-plans/5b1c3e7a-2f4d-4c8e-9a61-0d2f7b9e4a10";
    let (_, answer) = get(&sb, path, &[("X-Wix-Country-Code", "DE")]).await;
    // The agency plan's sale: from three days ago for eleven days.
    let agency = &answer["appPlans"][0]["plans"][4];
    assert_eq!(agency["vendorId"], "agency");
    let sale = &agency["prices"][0]["discount"]["saleOptions"];
    assert_eq!(sale["startDate"], "2026-12-03T00:00:00Z", "{sale}");
    assert_eq!(sale["endDate"], "2026-12-17T00:00:00Z", "{sale}");
    let error = Catalogue::parse(&format!("today = \"2026-13-01\"\n{base}")).unwrap_err();
    assert!(error.contains("today"), "{error}");
}
