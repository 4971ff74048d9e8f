//! Real Wix, round two (issue 28): answers Wix's types allow and errors
//! Wix may send, each meeting the page the way a visitor would. The
//! shapes are the sandbox's (catalogue patches, faults); the fixtures of
//! `src/wix/fixtures/` meet the page in `contract_tests.rs`.

use super::tests::{build, metric};
use crate::sandbox::faults::{Failure, Fault};
use crate::wix::Endpoint;
use serde_json::json;

fn for_countries(countries: &[&str], failure: Failure) -> Fault {
    Fault {
        failure: Some(failure),
        countries: countries.iter().map(|c| c.to_string()).collect(),
        ..Fault::default()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_countrys_unusable_answer_stays_that_countrys() {
    let server = build(&[("WIX_BREAKER_FAILURES", "3")]).await;
    let faults = server.sandbox.as_ref().unwrap().faults();
    let plans = Endpoint::ListAppPlans;
    // Answers that are no answer, a 404, and a 429 that asks for 30 s.
    faults.add(plans, for_countries(&["SE"], Failure::Body(json!([]))));
    faults.add(
        plans,
        for_countries(&["NO"], Failure::Body(json!("prices"))),
    );
    faults.add(plans, for_countries(&["FI"], Failure::Status(404)));
    faults.add(
        plans,
        Fault {
            retry_after: Some(30),
            ..for_countries(&["DK"], Failure::Status(429))
        },
    );
    for _ in 0..3 {
        for country in ["SE", "NO", "FI"] {
            let (status, html) = server.get(&format!("/?country={country}"), &[]).await;
            assert_eq!(status, 502, "{country}: {html}");
            assert!(
                html.contains("no prices this page can show"),
                "{country}: {html}"
            );
        }
        let request = axum::http::Request::get("/?country=DK")
            .body(axum::body::Body::empty())
            .unwrap();
        let (status, headers, html) = server.ask(request).await;
        assert_eq!(status, 503);
        assert!(html.contains("asked us to wait"), "{html}");
        let wait: u64 = headers["retry-after"].to_str().unwrap().parse().unwrap();
        assert!((1..=30).contains(&wait), "Retry-After {wait}");
    }
    // An ordinary country is asked Wix for, and priced.
    let (status, html) = server.get("/?country=FR", &[]).await;
    assert_eq!(status, 200);
    assert!(html.contains("data-currency=\"EUR\""));
    assert_eq!(
        metric(
            &server,
            "pricing_wix_calls_total{endpoint=\"list-app-plans\",outcome=\"circuit_open\"}"
        )
        .await,
        0,
        "the circuit stayed closed"
    );
    // Each failed country was asked once: its failure is remembered.
    for country in ["SE", "NO", "FI", "DK"] {
        assert_eq!(faults.country_calls(country), 1, "{country}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_upgrade_links_plain_instance_id_continues_checkout_and_shows_nothing_of_the_site() {
    use super::tests::{card, post_checkout, serve, FORMFLOW, ON_BUSINESS_MONTHLY};
    const ON_FREE_WITH_TRIAL: &str = "3f1d2c4b-8a7e-4e0f-9b6d-1c2a3e4f5a02";
    let (base, server) = serve(&[]).await;
    for name in ["appInstanceId", "instanceId"] {
        let (status, html) = server
            .get(&format!("/?country=US&{name}={ON_BUSINESS_MONTHLY}"), &[])
            .await;
        assert_eq!(status, 200);
        // Nothing of the site: no current plan, nothing disabled.
        assert!(
            !html.contains("Current plan") && !html.contains("disabled"),
            "{name}"
        );
        let pro = card(&html, FORMFLOW, "pro");
        assert!(
            pro.contains(&format!(
                r#"name="instanceId" value="{ON_BUSINESS_MONTHLY}""#
            )),
            "{pro}"
        );
    }
    assert_eq!(server.get("/?instanceId=..%2Fx", &[]).await.0, 400);
    let buy = |plan: &'static str, cycle: &'static str, site: &'static str| {
        let base = base.clone();
        async move {
            let form = [
                ("app", FORMFLOW),
                ("plan", plan),
                ("cycle", cycle),
                ("country", "US"),
                ("instanceId", site),
            ];
            post_checkout(&base, &form).await
        }
    };
    // Straight to Wix checkout for that site, past the installer.
    let (status, location, _) = buy("pro", "YEARLY", ON_FREE_WITH_TRIAL).await;
    assert_eq!(status, 303);
    let sandbox = server.sandbox.as_ref().unwrap().base_url();
    assert!(location
        .unwrap()
        .starts_with(&format!("{sandbox}/checkout/")));
    // The downgrade guard holds, and says nothing of the site's plan.
    let (status, _, page) = buy("starter", "MONTHLY", ON_BUSINESS_MONTHLY).await;
    assert_eq!(status, 409);
    assert!(page.contains("cannot continue for this site") && !page.contains("Business"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_token_is_minted_again_and_a_discount_refusal_is_the_coupons() {
    use super::tests::{fresh, post_checkout, serve, FORMFLOW, ON_BUSINESS_MONTHLY};
    let (base, server) = serve(&[]).await;
    let faults = server.sandbox.as_ref().unwrap().faults();
    let form = |instance: &str, coupon: &'static str| {
        vec![
            ("app", FORMFLOW.to_owned()),
            ("plan", "pro".to_owned()),
            ("cycle", "YEARLY".to_owned()),
            ("instance", instance.to_owned()),
            ("coupon", coupon.to_owned()),
        ]
    };
    let post = |form: Vec<(&'static str, String)>| {
        let base = base.clone();
        async move {
            let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            post_checkout(&base, &form).await
        }
    };
    let instance = fresh(&server, ON_BUSINESS_MONTHLY);
    // A token, cached, then refused once by Get URL: minted again.
    assert_eq!(post(form(&instance, "")).await.0, 303);
    let minted = faults.calls(Endpoint::AccessToken);
    faults.set(
        Endpoint::Checkout,
        Fault {
            times: Some(1),
            ..for_countries(&[], Failure::Status(401))
        },
    );
    let (status, location, _) = post(form(&instance, "")).await;
    assert_eq!(status, 303, "{location:?}");
    assert_eq!(faults.calls(Endpoint::AccessToken), minted + 1);
    // A 4xx about the discount, on a checkout that carried a coupon, is
    // the coupon's refusal, told by its code alone.
    faults.set(
        Endpoint::Checkout,
        Fault {
            details: Some(json!({"applicationError": {"code": "INVALID_DISCOUNT"}})),
            ..for_countries(&[], Failure::Status(400))
        },
    );
    let (status, _, page) = post(form(&instance, "WELCOME10")).await;
    assert_eq!(status, 400);
    assert!(page.contains("See the plans without the coupon"), "{page}");
    // Without a coupon the same refusal is Wix's.
    let (status, _, page) = post(form(&instance, "")).await;
    assert_eq!(status, 502);
    assert!(page.contains("Wix turned this request away"), "{page}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wix_spellings_of_a_language_are_read() {
    let server = build(&[]).await;
    for lang in ["en_US", "de_CH", "pt_br", "sr-Latn-RS"] {
        let (status, _) = server.get(&format!("/?country=DE&lang={lang}"), &[]).await;
        assert_eq!(status, 200, "{lang}");
    }
    let (_, html) = server.get("/?country=DE&lang=de_CH", &[]).await;
    assert!(
        html.contains(r#"data-locale="de-CH""#),
        "formatted for de-CH"
    );
}
