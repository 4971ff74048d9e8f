//! The caches over real HTTP: one upstream call per key for a burst,
//! reused pages with ETags, stale prices while Wix fails, a clean 503
//! when there is nothing to fall back on.

use super::tests::{fetch, serve};
use crate::sandbox::faults::{Failure, Fault};
use crate::wix::Endpoint;
use std::time::Duration;

/// Every amount on a page, in order: `<data value="…" … class="amount">`.
fn amounts(html: &str) -> Vec<&str> {
    html.split("<data value=\"")
        .skip(1)
        .filter(|rest| {
            rest.split('>')
                .next()
                .is_some_and(|tag| tag.contains("amount"))
        })
        .filter_map(|rest| rest.split('"').next())
        .collect()
}

/// The stale-prices notice on the German page these tests load.
fn stale_notice() -> String {
    crate::i18n::Lang::De.t(crate::i18n::Msg::StalePrices)
}

/// A fault that fails every call at once.
pub(crate) fn failing(failure: Failure) -> Fault {
    Fault {
        failure: Some(failure),
        ..Fault::default()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_cold_requests_makes_one_upstream_call_per_key() {
    let (base, server) = serve(&[]).await;
    let faults = server.sandbox.as_ref().unwrap().faults();
    // Slow enough that every request arrives while the first call runs.
    faults.set(
        Endpoint::ListAppPlans,
        Fault {
            latency_ms: 300,
            ..Fault::default()
        },
    );
    let before = faults.calls(Endpoint::ListAppPlans);
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(0)
        .build()
        .unwrap();
    let requests = (0..200).map(|i| {
        let url = format!("{base}/?country={}", ["DE", "JP"][i % 2]);
        let client = client.clone();
        async move { client.get(url).send().await.unwrap().status().as_u16() }
    });
    let statuses = futures_util::future::join_all(requests).await;
    assert!(statuses.iter().all(|s| *s == 200), "{statuses:?}");
    assert_eq!(faults.calls(Endpoint::ListAppPlans) - before, 2);
    // Warm now: no more calls.
    assert_eq!(fetch(&format!("{base}/?country=DE"), &[]).await.0, 200);
    assert_eq!(faults.calls(Endpoint::ListAppPlans) - before, 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn anonymous_pages_are_shared_with_etags_and_personal_ones_are_not() {
    let (base, _server) = serve(&[]).await;
    let client = reqwest::Client::new();
    let get = |url: String, headers: Vec<(&'static str, String)>| {
        let client = client.clone();
        async move {
            let mut request = client.get(url);
            for (k, v) in headers {
                request = request.header(k, v);
            }
            request.send().await.unwrap()
        }
    };
    let first = get(format!("{base}/?country=DE"), vec![]).await;
    assert_eq!(first.status(), 200);
    let h = first.headers().clone();
    let etag = h["etag"].to_str().unwrap().to_owned();
    let cache_control = h["cache-control"].to_str().unwrap();
    assert!(cache_control.starts_with("public"), "{cache_control}");
    assert!(cache_control.contains("s-maxage=300"), "{cache_control}");
    assert!(
        cache_control.contains("stale-while-revalidate=60"),
        "{cache_control}"
    );
    // The country is in the URL, the language comes from the browser.
    let vary = h["vary"].to_str().unwrap();
    assert!(
        vary.contains("Accept-Encoding") && vary.contains("Accept-Language"),
        "{vary}"
    );
    assert!(
        !vary.to_ascii_lowercase().contains("cf-ipcountry"),
        "{vary}"
    );
    let body = first.text().await.unwrap();

    // The same bytes again, and 304 for the tag. The page is kept now, and
    // answered below the router (`front`) with the same headers but for
    // its own request ID and date.
    let again = get(format!("{base}/?country=DE"), vec![]).await;
    let headers = |h: &reqwest::header::HeaderMap| -> Vec<(String, String)> {
        let mut all: Vec<_> = h
            .iter()
            .filter(|(name, _)| !matches!(name.as_str(), "x-request-id" | "date"))
            .map(|(name, value)| (name.to_string(), value.to_str().unwrap().to_owned()))
            .collect();
        all.sort();
        all
    };
    assert_eq!(headers(again.headers()), headers(&h));
    assert_ne!(again.headers()["x-request-id"], h["x-request-id"]);
    assert!(headers(&h)
        .iter()
        .any(|(name, _)| name == "content-security-policy"));
    assert_eq!(again.headers()["etag"], etag.as_str());
    assert_eq!(again.text().await.unwrap(), body);
    let revalidated = get(
        format!("{base}/?country=DE"),
        vec![("if-none-match", etag.clone())],
    )
    .await;
    assert_eq!(revalidated.status(), 304);
    assert_eq!(revalidated.text().await.unwrap(), "");

    // Compressed, with a tag of its own.
    let raw = reqwest::Client::builder().no_brotli().no_gzip().build();
    let br = raw
        .unwrap()
        .get(format!("{base}/?country=DE"))
        .header("accept-encoding", "br")
        .send()
        .await
        .unwrap();
    assert_eq!(br.headers()["content-encoding"], "br");
    assert_ne!(br.headers()["etag"], etag.as_str());
    let compressed = br.bytes().await.unwrap();
    assert!(
        compressed.len() * 4 < body.len(),
        "{} of {}",
        compressed.len(),
        body.len()
    );

    // Another language is another page.
    let french = get(
        format!("{base}/?country=DE"),
        vec![("accept-language", "fr-FR".into())],
    )
    .await;
    assert_ne!(french.headers()["etag"], etag.as_str());

    // Without a country parameter the page varies on the geo headers.
    let default = get(format!("{base}/"), vec![]).await;
    let vary = default.headers()["vary"]
        .to_str()
        .unwrap()
        .to_ascii_lowercase();
    assert!(vary.contains("cf-ipcountry"), "{vary}");

    // A signed instance makes the page personal.
    let personal = get(format!("{base}/?country=DE&instance=abc.def"), vec![]).await;
    assert_eq!(personal.headers()["cache-control"], "private, no-store");
    assert!(personal.headers().get("etag").is_none());
}

/// A server whose prices go stale at once and are served for an hour
/// while Wix fails, after at most 200 ms of waiting for it.
async fn stale_server() -> (String, super::Server) {
    serve(&[
        ("PRICING_CACHE_FRESH_SECS", "0"),
        ("PRICING_CACHE_REVALIDATE_SECS", "0"),
        ("PRICING_CACHE_STALE_IF_ERROR_SECS", "3600"),
        ("PRICING_CACHE_STALE_WAIT_MS", "200"),
        ("WIX_TIMEOUT_MS", "1000"),
        ("WIX_BREAKER_FAILURES", "1000"),
    ])
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_fault_mode_serves_the_last_prices_with_a_notice() {
    let (base, server) = stale_server().await;
    let faults = server.sandbox.as_ref().unwrap().faults();
    let url = format!("{base}/?country=DE&cycle=yearly");
    let (status, warm) = fetch(&url, &[]).await;
    assert_eq!(status, 200);
    assert!(!warm.contains(&stale_notice()));
    let prices = amounts(&warm);
    assert!(prices.len() > 5, "{prices:?}");

    let modes = [
        ("latency 2 s", 2_000, None),
        ("500", 0, Some(Failure::Status(500))),
        ("429", 0, Some(Failure::Status(429))),
        ("503", 0, Some(Failure::Status(503))),
        ("malformed JSON", 0, Some(Failure::Malformed)),
        ("dropped connection", 0, Some(Failure::Drop)),
    ];
    for (mode, latency_ms, failure) in modes {
        faults.set(
            Endpoint::ListAppPlans,
            Fault {
                latency_ms,
                failure,
                countries: vec![],
                ..Default::default()
            },
        );
        let (status, html) = fetch(&url, &[]).await;
        assert_eq!(status, 200, "{mode}");
        assert!(html.contains(&stale_notice()), "{mode}");
        assert_eq!(amounts(&html), prices, "{mode}");
    }
    // Wix is back: fresh prices, no notice.
    faults.clear();
    // The last latency fault's call may still be running; let it end.
    tokio::time::sleep(Duration::from_millis(1_100)).await;
    let (status, html) = fetch(&url, &[]).await;
    assert_eq!(status, 200);
    assert!(!html.contains(&stale_notice()));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_nothing_cached_a_wix_failure_is_a_clean_503() {
    let (base, server) = stale_server().await;
    let faults = server.sandbox.as_ref().unwrap().faults();
    // Wix unwell: worth trying again in a minute.
    for failure in [Failure::Status(500), Failure::Drop] {
        faults.set(Endpoint::ListAppPlans, failing(failure.clone()));
        let response = reqwest::get(format!("{base}/?country=FR")).await.unwrap();
        assert_eq!(response.status(), 503, "{failure:?}");
        assert_eq!(response.headers()["retry-after"], "60");
        assert_eq!(response.headers()["cache-control"], "private, no-store");
        let html = response.text().await.unwrap();
        // In the page's language: French, for France.
        let title = crate::i18n::Lang::Fr.t(crate::i18n::Msg::ErrorUnavailableTitle);
        assert!(html.contains(&title), "{html}");
        assert!(!html.contains("panicked"));
    }
    // An answer that is not prices: that country's failure, said as such.
    faults.set(Endpoint::ListAppPlans, failing(Failure::Malformed));
    let response = reqwest::get(format!("{base}/?country=JP")).await.unwrap();
    assert_eq!(response.status(), 502);
    assert!(response.headers().get("retry-after").is_none());
    let html = response.text().await.unwrap();
    let said = crate::i18n::Lang::Ja.t(crate::i18n::Msg::ErrorCountryNotPriced);
    assert!(html.contains(&said), "{html}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_circuit_opens_after_repeated_failures_and_closes_when_wix_recovers() {
    let (base, server) = serve(
        &[
            &super::tests::NOTHING_CACHED[..],
            &[
                ("WIX_RETRIES", "0"),
                ("WIX_BREAKER_FAILURES", "3"),
                ("WIX_BREAKER_OPEN_SECS", "1"),
            ],
        ]
        .concat(),
    )
    .await;
    let faults = server.sandbox.as_ref().unwrap().faults();
    faults.set(Endpoint::ListAppPlans, failing(Failure::Status(500)));
    let calls = || faults.calls(Endpoint::ListAppPlans);
    let before = calls();
    for _ in 0..3 {
        assert_eq!(fetch(&format!("{base}/?country=IT"), &[]).await.0, 503);
    }
    assert_eq!(calls() - before, 3);
    // Open: failing fast, Wix is left alone.
    for _ in 0..5 {
        assert_eq!(fetch(&format!("{base}/?country=IT"), &[]).await.0, 503);
    }
    assert_eq!(calls() - before, 3);
    let metrics = fetch(&format!("{base}/metrics"), &[]).await.1;
    assert!(
        metrics.contains(
            r#"pricing_wix_calls_total{endpoint="list-app-plans",outcome="circuit_open"} 5"#
        ),
        "{metrics}"
    );

    // After the pause one trial call goes out; Wix has recovered.
    faults.clear();
    tokio::time::sleep(Duration::from_millis(1_100)).await;
    assert_eq!(fetch(&format!("{base}/?country=IT"), &[]).await.0, 200);
    assert_eq!(calls() - before, 4);
    assert_eq!(fetch(&format!("{base}/?country=ES"), &[]).await.0, 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn idempotent_calls_are_retried_and_checkout_is_not() {
    let (base, server) = serve(&[("WIX_RETRIES", "2")]).await;
    let faults = server.sandbox.as_ref().unwrap().faults();
    let fail = |endpoint| faults.set(endpoint, failing(Failure::Status(500)));
    fail(Endpoint::ListAppPlans);
    let before = faults.calls(Endpoint::ListAppPlans);
    assert_eq!(fetch(&format!("{base}/?country=NL"), &[]).await.0, 503);
    assert_eq!(
        faults.calls(Endpoint::ListAppPlans) - before,
        3,
        "1 + 2 retries"
    );
    faults.clear();

    fail(Endpoint::Checkout);
    let instance = super::tests::fresh(&server, super::tests::ON_BUSINESS_MONTHLY);
    let before = faults.calls(Endpoint::Checkout);
    let (status, location, _) =
        super::tests::owner_checkout(&base, "pro", "YEARLY", &instance).await;
    assert_eq!((status, location), (503, None));
    assert_eq!(
        faults.calls(Endpoint::Checkout) - before,
        1,
        "one click, one call"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readiness_and_metrics_tell_what_the_server_does() {
    let (base, server) = stale_server().await;
    let faults = server.sandbox.as_ref().unwrap().faults();
    faults.set(Endpoint::ListAppPlans, failing(Failure::Status(503)));
    let (status, text) = fetch(&format!("{base}/readyz"), &[]).await;
    assert_eq!(status, 503, "nothing cached and Wix down: {text}");
    faults.clear();
    assert_eq!(fetch(&format!("{base}/readyz"), &[]).await.0, 200);
    faults.set(Endpoint::ListAppPlans, failing(Failure::Status(503)));
    let (status, text) = fetch(&format!("{base}/readyz"), &[]).await;
    assert_eq!(status, 200, "cached prices to serve: {text}");
    assert!(text.contains("cached"), "{text}");
    faults.clear();

    fetch(&format!("{base}/?country=DE"), &[]).await;
    fetch(&format!("{base}/?country=DE"), &[]).await;
    let (status, metrics) = fetch(&format!("{base}/metrics"), &[]).await;
    assert_eq!(status, 200);
    for line in [
        r#"pricing_http_requests_total{route="/",status="200"} 2"#,
        r#"pricing_http_request_duration_seconds_count{route="/",status="200"} 2"#,
        r#"pricing_wix_calls_total{endpoint="list-app-plans",outcome="ok"}"#,
        r#"pricing_wix_calls_total{endpoint="list-app-plans",outcome="error"}"#,
        r#"pricing_cache_lookups_total{cache="plans",result="stale"} 1"#,
        r#"pricing_cache_lookups_total{cache="pages",result="miss"}"#,
    ] {
        assert!(metrics.contains(line), "{line} in\n{metrics}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_kept_page_is_answered_before_the_router_and_nothing_else_is() {
    let server = super::tests::build(&[]).await;
    let request = |method: &str, uri: &str, body: &'static str| {
        http::Request::builder()
            .method(method)
            .uri(uri)
            .body(axum::body::Body::from(body))
            .unwrap()
    };
    let page = || request("GET", "/?country=DE", "");
    assert!(server.front.answer(&page()).is_none(), "not kept yet");
    assert_eq!(server.get("/?country=DE", &[]).await.0, 200);
    let kept = server.front.answer(&page()).expect("kept after one render");
    assert_eq!(kept.status(), 200);
    assert!(kept.headers().contains_key("x-request-id"));
    assert!(kept.headers().contains_key("x-content-type-options"));
    assert_eq!(
        server
            .front
            .answer(&request("HEAD", "/?country=DE", ""))
            .unwrap()
            .status(),
        200
    );
    for other in [
        request("GET", "/?country=DE&instance=abc.def", ""),
        request("POST", "/?country=DE", ""),
        request("GET", "/?country=DE", "a body"),
        request("GET", "/preview?countries=DE", ""),
        request("GET", "/?country=FR", ""),
    ] {
        let label = format!("{} {}", other.method(), other.uri());
        assert!(server.front.answer(&other).is_none(), "{label}");
    }
}

/// The largest catalogue Wix allows, as `make growth` writes it (3 apps of
/// 50 plans, most with ten prices): the page carries every plan, and
/// pages beyond what the cache keeps are still served.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_largest_catalogue_renders_every_plan() {
    let generated = std::process::Command::new("python3")
        .args(["scripts/catalogue.py", "150"])
        .output()
        .expect("python3 runs scripts/catalogue.py");
    assert!(generated.status.success());
    let path = std::env::temp_dir().join(format!("catalogue-150-{}.toml", std::process::id()));
    std::fs::write(&path, &generated.stdout).unwrap();
    let server =
        super::tests::build(&[("PRICING_SANDBOX_CATALOGUE", path.to_str().unwrap())]).await;
    let (status, html) = server.get("/?country=DE&cycle=yearly", &[]).await;
    let _ = std::fs::remove_file(&path);
    assert_eq!(status, 200);
    assert_eq!(html.matches("<li data-plan=\"plan-").count(), 150);
}
