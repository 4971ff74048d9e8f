//! Wix's webhooks close the funnel (issue 30): the sandbox's checkout and
//! dashboard send them signed, as Wix does; forged, replayed and
//! malformed ones change nothing.

use super::tests::{
    build, fresh, install, installer_return, post_checkout, serve, FORMFLOW, ON_BUSINESS_MONTHLY,
};
use crate::sandbox::webhooks::{signed_event, PUBLIC_KEY};
use serde_json::json;

const OTHER_PRIVATE: &str = include_str!("fixtures/other-key.pem");
const OTHER_PUBLIC: &str = include_str!("fixtures/other-key.pub.pem");

/// The sum of a metric's samples whose labels include all of `labels`.
fn counted(metrics: &str, name: &str, labels: &[&str]) -> f64 {
    metrics
        .lines()
        .filter(|line| {
            line.starts_with(&format!("{name}{{")) || line.starts_with(&format!("{name} "))
        })
        .filter(|line| labels.iter().all(|label| line.contains(label)))
        .filter_map(|line| line.rsplit(' ').next()?.parse::<f64>().ok())
        .sum()
}

async fn metrics(base: &str) -> String {
    super::tests::fetch(&format!("{base}/metrics"), &[]).await.1
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// POSTs `body` as Wix posts an event for `app`: the status.
async fn deliver(base: &str, app: &str, body: impl Into<reqwest::Body>) -> u16 {
    client()
        .post(format!("{base}/webhooks/wix/{app}"))
        .header("content-type", "text/plain")
        .body(body)
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

/// Pays for the sandbox checkout at `checkout`, as the buyer would.
async fn pay(checkout: &str) {
    let paid = client()
        .post(format!("{checkout}/pay"))
        .send()
        .await
        .unwrap();
    assert_eq!(paid.status(), 303, "{checkout}");
}

fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn purchases_changes_and_cancellations_are_counted_where_their_page_was() {
    let (base, server) = serve(&[]).await;
    // An App Market visitor from Japan, reading in Japanese, through the
    // installer to Wix checkout, pays.
    let form = [
        ("app", FORMFLOW),
        ("plan", "pro"),
        ("cycle", "YEARLY"),
        ("country", "JP"),
        ("lang", "ja"),
    ];
    let back = installer_return(&base, &form).await;
    let returned = install(&server, &base, &back).await;
    let res = client().get(&returned).send().await.unwrap();
    assert_eq!(res.status(), 303);
    pay(res.headers()["location"].to_str().unwrap()).await;
    // An owner on Business monthly, in Germany, in German, moves to Pro.
    let instance = fresh(&server, ON_BUSINESS_MONTHLY);
    let form = [
        ("app", FORMFLOW),
        ("plan", "pro"),
        ("cycle", "YEARLY"),
        ("country", "DE"),
        ("lang", "de"),
        ("instance", instance.as_str()),
    ];
    let (status, checkout, _) = post_checkout(&base, &form).await;
    assert_eq!(status, 303);
    pay(&checkout.unwrap()).await;
    // ... and turns its renewal off on the dashboard.
    let sandbox = server.sandbox.as_ref().unwrap().base_url();
    let dashboard = format!("{sandbox}/my-account/app/{FORMFLOW}/{ON_BUSINESS_MONTHLY}");
    let res = client()
        .post(format!("{dashboard}/cancel-auto-renewal"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);

    let text = metrics(&base).await;
    let steps = "pricing_checkouts_total";
    let purchased = [
        r#"step="purchased""#,
        r#"plan="pro",cycle="YEARLY",country="JP",lang="ja",coupon="none""#,
    ];
    assert_eq!(counted(&text, steps, &purchased), 1.0, "{text}");
    let changed = [
        r#"step="changed""#,
        r#"plan="pro",cycle="YEARLY",country="DE",lang="de""#,
        r#"from_plan="business",from_cycle="MONTHLY",change="up""#,
    ];
    assert_eq!(counted(&text, steps, &changed), 1.0, "{text}");
    let cancelled = [
        r#"step="cancelled""#,
        r#"plan="pro",cycle="YEARLY",country="DE",lang="de""#,
        r#"reason="USER_CANCEL""#,
    ];
    assert_eq!(counted(&text, steps, &cancelled), 1.0, "{text}");
    // Each with its redirect, from the same page.
    let redirected = [r#"step="redirected""#, r#"country="JP",lang="ja""#];
    assert_eq!(counted(&text, steps, &redirected), 1.0, "{text}");
    // Two purchases timed from their redirects; the installation is an
    // event the funnel has no step for, acknowledged and counted.
    let timed = "pricing_checkout_to_purchase_seconds_count";
    assert_eq!(counted(&text, timed, &[FORMFLOW]), 2.0, "{text}");
    let webhooks = "pricing_webhooks_total";
    for event in [
        "AppInstalled",
        "PaidPlanPurchased",
        "PaidPlanChanged",
        "PaidPlanAutoRenewalCancelled",
    ] {
        let labels = [&format!(r#"event="{event}",outcome="counted""#)[..]];
        assert_eq!(counted(&text, webhooks, &labels), 1.0, "{event}: {text}");
    }
    let page = super::tests::fetch(&dashboard, &[]).await.1;
    assert!(page.contains(r#"data-dashboard="renewal">off"#), "{page}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_event_delivered_again_is_counted_once() {
    let (base, _server) = serve(&[]).await;
    let data = json!({"vendorProductId": "pro", "cycle": "MONTHLY", "couponName": "SPRING-25"});
    let token = signed_event("PaidPlanPurchased", "site-1", &data, now());
    assert_eq!(deliver(&base, FORMFLOW, token.clone()).await, 200);
    assert_eq!(deliver(&base, FORMFLOW, token).await, 200);
    // Wix may sign a retry anew: the same event all the same.
    let again = signed_event("PaidPlanPurchased", "site-1", &data, now() - 60);
    assert_eq!(deliver(&base, FORMFLOW, again).await, 200);
    let text = metrics(&base).await;
    let purchased = [
        r#"step="purchased""#,
        r#"plan="pro",cycle="MONTHLY",country="other",lang="other",coupon="SPRING-25""#,
    ];
    assert_eq!(
        counted(&text, "pricing_checkouts_total", &purchased),
        1.0,
        "{text}"
    );
    let duplicate = [r#"event="PaidPlanPurchased",outcome="duplicate""#];
    assert_eq!(counted(&text, "pricing_webhooks_total", &duplicate), 2.0);
    // An event this page has no step for: 200, so that Wix stops, and counted.
    let unknown = signed_event("SomethingNew", "site-1", &json!({}), now());
    assert_eq!(deliver(&base, FORMFLOW, unknown).await, 200);
    let other = [r#"event="other",outcome="counted""#];
    assert_eq!(
        counted(&metrics(&base).await, "pricing_webhooks_total", &other),
        1.0
    );
}

/// `claims`, signed with `key` by `alg`.
fn token(
    alg: jsonwebtoken::Algorithm,
    key: &jsonwebtoken::EncodingKey,
    claims: serde_json::Value,
) -> String {
    jsonwebtoken::encode(&jsonwebtoken::Header::new(alg), &claims, key).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forged_stale_and_malformed_events_change_nothing() {
    use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
    use jsonwebtoken::{Algorithm, EncodingKey};
    let (base, _server) = serve(&[]).await;
    let event = json!({
        "eventType": "PaidPlanPurchased",
        "instanceId": "site-1",
        "data": json!({"vendorProductId": "pro", "cycle": "MONTHLY"}).to_string(),
    })
    .to_string();
    let claims = json!({"data": event, "iat": now(), "exp": now() + 3600});
    let other_key = EncodingKey::from_rsa_pem(OTHER_PRIVATE.as_bytes()).unwrap();
    let part = |value: &serde_json::Value| URL_SAFE_NO_PAD.encode(value.to_string());
    let valid = signed_event(
        "PaidPlanPurchased",
        "site-1",
        &json!({"vendorProductId": "pro"}),
        now(),
    );
    let refused = [
        (
            "another key",
            token(Algorithm::RS256, &other_key, claims.clone()),
        ),
        (
            "HS256 with the public key as its secret",
            token(
                Algorithm::HS256,
                &EncodingKey::from_secret(PUBLIC_KEY.as_bytes()),
                claims.clone(),
            ),
        ),
        (
            "alg none",
            format!("{}.{}.", part(&json!({"alg": "none"})), part(&claims)),
        ),
        (
            "expired",
            signed_event("PaidPlanPurchased", "site-1", &json!({}), now() - 3_700_000),
        ),
        (
            "issued three days ago",
            signed_event(
                "PaidPlanPurchased",
                "site-1",
                &json!({}),
                now() - 3 * 86_400,
            ),
        ),
        ("a signature cut short", valid[..valid.len() - 4].to_owned()),
        ("garbage", "not a token".to_owned()),
        ("nothing", String::new()),
    ];
    for (what, body) in &refused {
        assert_eq!(deliver(&base, FORMFLOW, body.clone()).await, 401, "{what}");
    }
    // A genuine token, for an app this page does not sell.
    assert_eq!(deliver(&base, "no-such-app", valid.clone()).await, 401);
    // Too large to read: refused before it is.
    assert_eq!(deliver(&base, FORMFLOW, "x".repeat(17 * 1024)).await, 413);
    let text = metrics(&base).await;
    assert_eq!(
        counted(&text, "pricing_checkouts_total", &[r#"step="purchased""#]),
        0.0
    );
    let unverified = [r#"event="unverified",outcome="refused""#];
    assert_eq!(
        counted(&text, "pricing_webhooks_total", &unverified),
        (refused.len() + 1) as f64
    );
    // The refusal says nothing of why.
    let res = client()
        .post(format!("{base}/webhooks/wix/{FORMFLOW}"))
        .body(refused[0].1.clone())
        .send()
        .await
        .unwrap();
    let said = res.text().await.unwrap();
    assert!(said.contains("not an event signed by Wix"), "{said}");
    assert!(!said.to_lowercase().contains("signature"), "{said}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn off_the_sandbox_only_each_apps_configured_key_is_trusted() {
    let sandboxed = build(&[]).await;
    let sandbox = sandboxed.sandbox.as_ref().unwrap();
    let dir = std::env::temp_dir().join(format!("webhook-keys-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let other = dir.join("other.pub.pem");
    std::fs::write(&other, OTHER_PUBLIC).unwrap();
    let textblast = &sandbox.catalogue().apps[1].id;
    let keys = format!(
        "{FORMFLOW}={},{textblast}={}",
        other.display(),
        base64_of(PUBLIC_KEY)
    );
    let (base, _server) = serve(&[
        ("WIX_APP_IDS", &format!("{FORMFLOW},{textblast}")),
        ("WIX_APP_SECRET", "x"),
        ("WIX_API_BASE_URL", sandbox.base_url()),
        ("WIX_WEBHOOK_KEYS", &keys),
    ])
    .await;
    std::fs::remove_dir_all(&dir).unwrap();
    let other_key = jsonwebtoken::EncodingKey::from_rsa_pem(OTHER_PRIVATE.as_bytes()).unwrap();
    let event = json!({"eventType": "PaidPlanPurchased", "instanceId": "site-2", "data": "{}"});
    let claims = json!({"data": event.to_string(), "iat": now(), "exp": now() + 3600});
    let by_other_key = token(jsonwebtoken::Algorithm::RS256, &other_key, claims);
    let by_sandbox_key = signed_event("PaidPlanPurchased", "site-3", &json!({}), now());
    // Each app's own key, and only its own.
    assert_eq!(deliver(&base, FORMFLOW, by_other_key.clone()).await, 200);
    assert_eq!(deliver(&base, FORMFLOW, by_sandbox_key.clone()).await, 401);
    assert_eq!(deliver(&base, textblast, by_other_key).await, 401);
    assert_eq!(deliver(&base, textblast, by_sandbox_key).await, 200);
    // A key that is not one stops start-up, naming the setting.
    let error = crate::config::Config::from_pairs(&[
        ("WIX_APP_IDS", FORMFLOW),
        ("WIX_APP_SECRET", "x"),
        ("WIX_WEBHOOK_KEYS", "/no/such/key.pem"),
    ])
    .expect_err("refused");
    assert!(error.to_string().contains("WIX_WEBHOOK_KEYS"), "{error}");
}

fn base64_of(text: &str) -> String {
    use base64::{engine::general_purpose::STANDARD, Engine};
    STANDARD.encode(text)
}
