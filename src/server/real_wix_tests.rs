//! Real Wix, round two (issue 28): answers Wix's types allow and errors
//! Wix may send, each meeting the page the way a visitor would. The
//! shapes are the sandbox's (catalogue patches, faults); the fixtures of
//! `src/wix/fixtures/` meet the page in `contract_tests.rs`.

use super::tests::build;
use crate::sandbox::faults::{Failure, Fault};
use crate::wix::Endpoint;
use serde_json::json;

/// A sample of `/metrics`: the value of the series whose line starts so.
async fn metric(server: &super::Server, series: &str) -> u64 {
    let (_, text) = server.get("/metrics", &[]).await;
    text.lines()
        .find_map(|line| line.strip_prefix(series)?.trim().parse().ok())
        .unwrap_or(0)
}

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
