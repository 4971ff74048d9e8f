//! The assembled server over real HTTP, on the built-in sandbox.
//! Multi-threaded runtimes, as in production: Leptos rendering on a
//! current-thread test runtime occasionally never wakes up.

use super::*;
use std::collections::HashMap;

/// Serves the product on a free port; returns its base URL and the server
/// (which holds the sandbox alive).
pub(crate) async fn serve(settings: &[(&str, &str)]) -> (String, Server) {
    let mut map: HashMap<String, String> = settings.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    map.entry("PRICING_BIND_ADDR".into()).or_insert("127.0.0.1:0".into());
    let config = Config::from_lookup(|name| map.get(name).cloned()).unwrap();
    let options = LeptosOptions::builder().output_name("wix-pricing").build();
    let server = Server::build(config, options).await.unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let router = server.router.clone();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    (base, server)
}

async fn fetch(url: &str, headers: &[(&str, &str)]) -> (u16, String) {
    let mut req = reqwest::Client::new().get(url);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let res = req.send().await.unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn runs_on_the_sandbox_when_no_app_is_configured() {
    let (base, server) = serve(&[]).await;
    let sandbox = server.sandbox.as_ref().expect("sandbox started");
    assert_eq!(server.config.wix_api_base_url, sandbox.base_url());
    assert_eq!(server.config.apps.len(), sandbox.catalogue().apps.len());

    assert_eq!(fetch(&format!("{base}/healthz"), &[]).await, (200, "ok".into()));
    let (status, html) = fetch(&format!("{base}/"), &[]).await;
    assert_eq!(status, 200);
    for plan in &sandbox.catalogue().apps[0].plans {
        assert!(html.contains(&format!("data-plan=\"{}\"", plan.vendor_id)), "{} missing", plan.vendor_id);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_country_comes_from_the_parameter_then_the_cdn_then_the_default() {
    let (base, _server) = serve(&[("PRICING_DEFAULT_COUNTRY", "GB")]).await;
    let currency = |html: &str| ["EUR", "JPY", "GBP", "USD"].into_iter().find(|c| html.contains(c)).unwrap_or("none");
    let (_, html) = fetch(&format!("{base}/?country=de"), &[("CF-IPCountry", "JP")]).await;
    assert_eq!(currency(&html), "EUR");
    let (_, html) = fetch(&format!("{base}/"), &[("CloudFront-Viewer-Country", "JP")]).await;
    assert_eq!(currency(&html), "JPY");
    let (_, html) = fetch(&format!("{base}/"), &[("CF-IPCountry", "XX"), ("X-Country-Code", "T1")]).await;
    assert_eq!(currency(&html), "GBP");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_and_upstream_failures_get_their_status_codes() {
    let (base, server) = serve(&[]).await;
    let (status, html) = fetch(&format!("{base}/?country=germany"), &[]).await;
    assert_eq!(status, 400);
    assert!(html.contains("not a two-letter"), "{html}");

    let faults = server.sandbox.as_ref().unwrap().faults();
    let fault = |failure| crate::sandbox::faults::Fault { latency_ms: 0, failure: Some(failure) };
    faults.set(crate::wix::Endpoint::ListAppPlans, fault(crate::sandbox::faults::Failure::Status(503)));
    let (status, html) = fetch(&format!("{base}/"), &[]).await;
    assert_eq!(status, 503);
    assert!(html.contains("try again"), "{html}");
    faults.set(crate::wix::Endpoint::ListAppPlans, fault(crate::sandbox::faults::Failure::Malformed));
    assert_eq!(fetch(&format!("{base}/"), &[]).await.0, 502);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_app_wix_does_not_know_is_a_404() {
    let (_, server) = serve(&[]).await;
    let sandbox_url = server.sandbox.as_ref().unwrap().base_url().to_owned();
    // A second server, configured for an app the sandbox does not sell.
    let (other, _s) = serve(&[
        ("WIX_APP_IDS", "no-such-app"),
        ("WIX_APP_SECRET", "x"),
        ("WIX_API_BASE_URL", &sandbox_url),
    ])
    .await;
    let (status, html) = fetch(&format!("{other}/"), &[]).await;
    assert_eq!(status, 404);
    assert!(html.contains("not available"), "{html}");
}
