//! What a prober meets: bounded inputs, rate limits, security headers and
//! a Content-Security-Policy that names the page's own nonce.

use super::tests::{fetch, serve};
use leptos::prelude::LeptosOptions;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oversized_and_malformed_inputs_get_4xx() {
    let (base, _server) = serve(&[]).await;
    let long = "x".repeat(5_000);
    let client = reqwest::Client::new();
    let status = |r: reqwest::Response| r.status().as_u16();

    let cases = [
        (format!("{base}/?utm={long}"), 414),
        (format!("{base}/?lang={}", "a".repeat(3_000)), 400),
        (format!("{base}/?{}", "a=1&".repeat(100)), 400),
        (format!("{base}/?country={}", "Z".repeat(40)), 400),
        (format!("{base}/?lang=%FF%FE"), 400),
        (format!("{base}/?cycle=%00"), 400),
        // The page says what it did not understand (200); an export refuses.
        (format!("{base}/preview.csv?countries={}", "QQ"), 400),
    ];
    for (url, expected) in cases {
        let got = status(client.get(&url).send().await.unwrap());
        assert_eq!(got, expected, "{}", &url[..url.len().min(80)]);
    }
    let got = client
        .get(format!("{base}/"))
        .header("accept-language", "x".repeat(9_000))
        .send()
        .await
        .unwrap();
    assert_eq!(status(got), 431);

    // Bodies: over the limit, and not a form at all.
    let got = client
        .post(format!("{base}/checkout"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!("app={}", "a".repeat(20_000)))
        .send()
        .await
        .unwrap();
    assert_eq!(status(got), 413);
    let got = client
        .post(format!("{base}/checkout"))
        .header("content-type", "application/json")
        .body("{}")
        .send()
        .await
        .unwrap();
    assert!(matches!(status(got), 400 | 415), "not a form");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn checkout_and_preview_are_rate_limited_per_client() {
    let (base, _server) = serve(&[
        ("PRICING_CHECKOUT_RATE_PER_MIN", "3"),
        ("PRICING_PREVIEW_RATE_PER_MIN", "2"),
        ("PRICING_CLIENT_IP_HEADER", "X-Client-IP"),
    ])
    .await;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let checkout = |ip: &'static str| {
        client
            .post(format!("{base}/checkout"))
            .header("x-client-ip", ip)
            .form(&[("app", "x")])
            .send()
    };
    for _ in 0..3 {
        assert_eq!(checkout("198.51.100.7").await.unwrap().status(), 400);
    }
    let refused = checkout("198.51.100.7").await.unwrap();
    assert_eq!(refused.status(), 429);
    let retry_after: u64 = refused.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=20).contains(&retry_after), "{retry_after}");
    assert_eq!(
        checkout("198.51.100.8").await.unwrap().status(),
        400,
        "another client"
    );

    let preview = || {
        client
            .get(format!("{base}/preview.json?countries=DE"))
            .header("x-client-ip", "198.51.100.7")
            .send()
    };
    assert_eq!(preview().await.unwrap().status(), 200);
    assert_eq!(preview().await.unwrap().status(), 200);
    assert_eq!(preview().await.unwrap().status(), 429);
    // The page itself is not limited.
    for _ in 0..5 {
        assert_eq!(
            fetch(
                &format!("{base}/?country=DE"),
                &[("x-client-ip", "198.51.100.7")]
            )
            .await
            .0,
            200
        );
    }
}

/// The nonce a Content-Security-Policy allows inline scripts by.
fn nonce_of(csp: &str) -> Option<&str> {
    csp.split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_renders_each_name_their_own_nonce() {
    let (base, _server) = serve(&[]).await;
    // Cold pages rendered at once: each is cached and shared, so a page
    // whose policy missed its nonce would stay broken for everyone.
    let pages = ["DE", "FR", "JP", "US", "GB", "IT", "ES", "NL"].map(|country| {
        let url = format!("{base}/?country={country}");
        async move {
            let page = reqwest::get(url).await.unwrap();
            let csp = page.headers()["content-security-policy"]
                .to_str()
                .unwrap()
                .to_owned();
            (csp, page.text().await.unwrap())
        }
    });
    for (csp, html) in futures_util::future::join_all(pages).await {
        let nonce = nonce_of(&csp).unwrap_or_else(|| panic!("no nonce in {csp}"));
        assert!(html.contains(&format!("<script type=\"module\" nonce=\"{nonce}\">")));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_response_carries_the_security_headers_and_pages_their_nonce() {
    let (base, server) = serve(&[("PRICING_FRAME_ANCESTORS", "https://manage.wix.com")]).await;
    let page = reqwest::get(format!("{base}/?country=DE")).await.unwrap();
    let headers = page.headers().clone();
    let html = page.text().await.unwrap();
    let csp = headers["content-security-policy"].to_str().unwrap();
    let nonce = nonce_of(csp).expect("a nonce in the policy");
    assert!(nonce.len() >= 16, "{nonce}");
    assert!(
        csp.contains("frame-ancestors https://manage.wix.com"),
        "{csp}"
    );
    assert!(csp.contains("object-src 'none'") && csp.contains("base-uri 'none'"));
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    // Every inline script but data blocks carries the nonce.
    for script in html.split("<script").skip(1) {
        let tag = script.split('>').next().unwrap();
        if tag.contains("application/ld+json") || tag.contains(" src=") {
            continue;
        }
        assert!(tag.contains(&format!("nonce=\"{nonce}\"")), "<script{tag}>");
    }
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(
        headers["referrer-policy"],
        "strict-origin-when-cross-origin"
    );
    assert!(
        headers.get("strict-transport-security").is_none(),
        "plain HTTP"
    );
    assert!(headers.get("set-cookie").is_none(), "no cookies at all");
    let id = headers["x-request-id"].to_str().unwrap();
    assert_eq!(id.len(), 36, "{id}");

    // Other responses get the policy without a nonce.
    let health = reqwest::get(format!("{base}/healthz")).await.unwrap();
    let csp = health.headers()["content-security-policy"]
        .to_str()
        .unwrap();
    assert!(!csp.contains("nonce"), "{csp}");

    // A caller's plain request ID is kept; anything else is replaced.
    let client = reqwest::Client::new();
    let echoed = |sent: &'static str| {
        let request = client
            .get(format!("{base}/healthz"))
            .header("x-request-id", sent);
        async move {
            let response = request.send().await.unwrap();
            response.headers()["x-request-id"]
                .to_str()
                .unwrap()
                .to_owned()
        }
    };
    assert_eq!(echoed("trace-1234abcd").await, "trace-1234abcd");
    assert_ne!(echoed("<script>").await, "<script>");

    // No secret ever reaches a visitor.
    let secrets: Vec<String> = server
        .sandbox
        .as_ref()
        .unwrap()
        .catalogue()
        .apps
        .iter()
        .map(|a| a.secret.clone())
        .collect();
    for path in ["/", "/metrics", "/readyz", "/preview", "/preview.json"] {
        let text = fetch(&format!("{base}{path}"), &[]).await.1;
        for secret in &secrets {
            assert!(!text.contains(secret.as_str()), "{path}");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hsts_when_the_public_url_is_https() {
    let (base, _server) = serve(&[("PRICING_PUBLIC_URL", "https://pricing.example.com")]).await;
    let response = reqwest::get(format!("{base}/healthz")).await.unwrap();
    assert_eq!(
        response.headers()["strict-transport-security"],
        "max-age=31536000; includeSubDomains"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_finishes_the_requests_in_flight_and_takes_no_new_ones() {
    let config = crate::config::Config::from_pairs(&[
        ("PRICING_BIND_ADDR", "127.0.0.1:0"),
        ("PRICING_SANDBOX", "1"),
    ])
    .unwrap();
    let options = LeptosOptions::builder().output_name("wix-pricing").build();
    let server = super::Server::build(config, options).await.unwrap();
    server.sandbox.as_ref().unwrap().faults().set(
        crate::wix::Endpoint::ListAppPlans,
        crate::sandbox::faults::Fault {
            latency_ms: 500,
            ..Default::default()
        },
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let serving = tokio::spawn(super::serve(
        listener,
        server.router.clone(),
        server.front.clone(),
        0,
        async {
            let _ = stopped.await;
        },
    ));
    let in_flight = tokio::spawn(reqwest::get(format!("{base}/?country=SE")));
    tokio::time::sleep(std::time::Duration::from_millis(150)).await;
    stop.send(()).unwrap();
    let response = in_flight.await.unwrap().unwrap();
    assert_eq!(response.status(), 200);
    assert!(response.text().await.unwrap().contains("Sweden"));
    tokio::time::timeout(std::time::Duration::from_secs(5), serving)
        .await
        .expect("the server stops once the request is done")
        .unwrap();
    assert!(reqwest::get(format!("{base}/healthz")).await.is_err());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_with_two_host_lines_or_none_is_refused_in_the_visitors_language() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let (base, _server) = serve(&[]).await;
    let address = base.trim_start_matches("http://");
    // Kept first: the kept pages' own path must refuse it too.
    assert_eq!(fetch(&format!("{base}/?country=DE"), &[]).await.0, 200);
    let ask = |version: &'static str, hosts: &'static str| async move {
        let mut stream = tokio::net::TcpStream::connect(address).await.unwrap();
        let request = format!(
            "GET /?country=DE {version}\r\n{hosts}Accept-Language: de\r\nConnection: close\r\n\r\n"
        );
        stream.write_all(request.as_bytes()).await.unwrap();
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).await.unwrap();
        String::from_utf8_lossy(&answer).into_owned()
    };
    let status = |answer: &str| answer.get(9..12).unwrap_or_default().to_owned();
    for refused in [
        ask("HTTP/1.1", "Host: pricing.test\r\nHost: other.test\r\n").await,
        ask("HTTP/1.1", "").await,
        ask("HTTP/1.1", "Host: pricing.test/other\r\n").await,
        ask("HTTP/1.1", "Host: user@pricing.test\r\n").await,
        ask("HTTP/1.0", "Host: pricing test\r\n").await,
    ] {
        assert_eq!(
            status(&refused),
            "400",
            "{}",
            &refused[..refused.len().min(200)]
        );
        assert!(refused.contains("Die Anfrage muss ihren Host genau einmal nennen."));
    }
    // HTTP/1.0 had no Host line to give; an empty one names no host.
    for (version, hosts) in [
        ("HTTP/1.1", "Host: pricing.test\r\n"),
        ("HTTP/1.1", "Host: [::1]:3000\r\n"),
        ("HTTP/1.1", "Host:\r\n"),
        ("HTTP/1.0", ""),
    ] {
        let answer = ask(version, hosts).await;
        assert_eq!(
            status(&answer),
            "200",
            "{}",
            &answer[..answer.len().min(200)]
        );
    }
}
