//! An attacker's findings (issue 12), each replayed against the server
//! over real sockets: cache poisoning by HEAD, every spelling of a guarded
//! path, spoofed client addresses, clients that hold connections open,
//! formula injection in the CSV export, and caching headers.

use super::caching_tests::failing;
use super::tests::{
    fetch, fresh, owner_checkout, serve, serve_with, FORMFLOW, ON_BUSINESS_MONTHLY,
};
use crate::sandbox::faults::Failure;
use crate::wix::Endpoint;
use leptos::prelude::LeptosOptions;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// What came back for a request sent byte for byte.
#[derive(Debug)]
struct Raw {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Raw {
    /// A header's lines, joined as one value.
    fn header(&self, name: &str) -> Option<String> {
        let values: Vec<&str> = self
            .headers
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .collect();
        (!values.is_empty()).then(|| values.join(", "))
    }
}

/// Sends a request line and headers exactly as written (reqwest and the
/// url crate would resolve `/./` and `%2e` before sending) and reads the
/// answer to the end.
async fn raw(base: &str, target: &str, headers: &[(&str, &str)]) -> Raw {
    let mut stream = TcpStream::connect(base.trim_start_matches("http://"))
        .await
        .unwrap();
    let mut request =
        format!("GET {target} HTTP/1.1\r\nHost: pricing.test\r\nConnection: close\r\n");
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str("\r\n");
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut bytes = Vec::new();
    tokio::time::timeout(Duration::from_secs(20), stream.read_to_end(&mut bytes))
        .await
        .expect("the server answers")
        .unwrap();
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").expect("a complete head");
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned()))
        .collect();
    let chunked = headers
        .iter()
        .any(|(n, v)| n.eq_ignore_ascii_case("transfer-encoding") && v.contains("chunked"));
    let body = if chunked {
        unchunk(body)
    } else {
        body.to_owned()
    };
    Raw {
        status,
        headers,
        body,
    }
}

fn unchunk(mut rest: &str) -> String {
    let mut body = String::new();
    while let Some((size, after)) = rest.split_once("\r\n") {
        let size = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if size == 0 || after.len() < size {
            break;
        }
        body.push_str(&after[..size]);
        rest = after[size..].trim_start_matches("\r\n");
    }
    body
}

/// Markup only the preview page has.
fn shows_preview(body: &str) -> bool {
    body.contains("preview-form") || body.contains("class=\"preview\"")
}

// ------------------------------------------------------------ 1. HEAD --

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn head_then_get_returns_the_full_page_of_every_kind() {
    let (base, _server) = serve(&[]).await;
    let client = reqwest::Client::new();
    for path in [
        "/?country=NO&cycle=yearly",
        "/",
        "/?lang=de-DE&country=AT",
        "/?country=SE&utm_source=mail",
        "/preview?countries=DE",
        "/healthz",
    ] {
        let url = format!("{base}{path}");
        let head = client.head(&url).send().await.unwrap();
        assert_eq!(head.status(), 200, "HEAD {path}");
        let get = client.get(&url).send().await.unwrap();
        assert_eq!(get.status(), 200, "GET {path}");
        let declared = get
            .headers()
            .get("content-length")
            .map(|v| v.to_str().unwrap().parse::<usize>().unwrap());
        let body = get.text().await.unwrap();
        assert!(!body.is_empty(), "GET {path} after HEAD is empty");
        if let Some(length) = declared {
            assert_eq!(length, body.len(), "{path}");
        }
        if path.starts_with("/?") || path == "/" {
            assert!(
                body.contains("data-plan=") && body.contains("</html>"),
                "{path}"
            );
        }
        // HEAD of a stored page: its headers, no body.
        let head = client.head(&url).send().await.unwrap();
        if let Some(length) = head.headers().get("content-length") {
            assert_eq!(length.to_str().unwrap(), body.len().to_string(), "{path}");
        }
        assert!(head.text().await.unwrap().is_empty());
    }
}

// ----------------------------------------------------- 2. paths, token --

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_spelling_of_the_preview_path_skips_its_token() {
    let (base, _server) = serve(&[
        ("PRICING_PREVIEW_TOKEN", "let-me-in"),
        ("PRICING_PREVIEW_RATE_PER_MIN", "1000"),
    ])
    .await;
    for target in [
        "/preview/",
        "/preview/?preset=all",
        "/./preview",
        "/preview/.",
        "/%2e/preview",
        "/%2E/preview?preset=all",
        "/preview/%2e",
        "/x/../preview",
        "/x/%2e%2E/preview",
        "//preview",
        "/preview//",
        "/preview.csv/",
        "/./preview.json?countries=DE",
    ] {
        let answer = raw(&base, target, &[]).await;
        assert!(!shows_preview(&answer.body), "{target}: {answer:?}");
        assert!(!answer.body.contains("vendor_id"), "{target}");
        match answer.status {
            401 | 404 => {}
            308 => {
                // To the one spelling, which asks for the token.
                let location = answer.header("location").unwrap();
                assert!(location.starts_with("/preview") && !location.starts_with("//"));
                let followed = raw(&base, &location, &[]).await;
                assert_eq!(followed.status, 401, "{target} -> {location}");
            }
            other => panic!("{target}: {other}"),
        }
    }
    // Token answers are for one reader and vary on the token.
    for headers in [&[][..], &[("X-Preview-Token", "let-me-in")][..]] {
        let answer = raw(&base, "/preview.json?countries=DE", headers).await;
        assert_eq!(
            answer.header("cache-control").as_deref(),
            Some("private, no-store")
        );
        let vary = answer
            .header("vary")
            .unwrap_or_default()
            .to_ascii_lowercase();
        assert!(
            vary.contains("authorization") && vary.contains("x-preview-token"),
            "{vary}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dot_segments_and_unknown_paths_never_render_a_page() {
    let (base, _server) = serve(&[]).await;
    for target in [
        "/./",
        "/%2e/",
        "/%2E/?country=DE",
        "/nope",
        "/nope/deeper",
        "/.%2e/",
    ] {
        let answer = raw(&base, target, &[]).await;
        assert!(
            matches!(answer.status, 404 | 308),
            "{target}: {}",
            answer.status
        );
        assert!(!answer.body.contains("data-plan="), "{target}");
        if answer.status == 308 {
            let location = answer.header("location").unwrap();
            assert!(location.starts_with('/') && !location.starts_with("//"));
        }
    }
    // A trailing slash leads to the page, with its query.
    let answer = raw(&base, "/checkout/?x=1", &[]).await;
    assert_eq!(answer.status, 308);
    assert_eq!(answer.header("location").as_deref(), Some("/checkout?x=1"));
    // Never a redirect off the site.
    for target in ["//evil.example/", "/\\evil.example/", "///evil.example"] {
        let answer = raw(&base, target, &[]).await;
        if let Some(location) = answer.header("location") {
            assert!(
                location.starts_with('/')
                    && !location.starts_with("//")
                    && !location.starts_with("/\\"),
                "{target} -> {location}"
            );
        }
    }
}

// ------------------------------------------------------- 3. client IP --

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_client_address_is_the_proxys_and_buckets_are_networks() {
    let (base, _server) = serve(&[
        ("PRICING_CHECKOUT_RATE_PER_MIN", "2"),
        ("PRICING_CLIENT_IP_HEADER", "X-Forwarded-For"),
    ])
    .await;
    let client = reqwest::Client::new();
    let checkout = |lines: &[&str]| {
        let mut request = client
            .post(format!("{base}/checkout"))
            .form(&[("app", "x")]);
        for line in lines {
            request = request.header("x-forwarded-for", *line);
        }
        async move { request.send().await.unwrap().status().as_u16() }
    };
    // A client's own line comes first; the proxy appends the address it saw.
    for spoof in ["10.0.0.1", "10.0.0.2"] {
        assert_eq!(checkout(&[spoof, "198.51.100.9"]).await, 400);
    }
    assert_eq!(checkout(&["10.0.0.3", "198.51.100.9"]).await, 429);
    assert_eq!(checkout(&["10.0.0.3, 198.51.100.9"]).await, 429, "one line");

    // IPv6: one bucket per /64.
    assert_eq!(checkout(&["2001:db8:0:1::1"]).await, 400);
    assert_eq!(checkout(&["2001:db8:0:1::ffff"]).await, 400);
    assert_eq!(checkout(&["2001:db8:0:1:abcd::5"]).await, 429);
    assert_eq!(checkout(&["2001:db8:0:2::1"]).await, 400, "another /64");
    // An IPv4 address is the same client however it is written.
    assert_eq!(checkout(&["::ffff:198.51.100.20"]).await, 400);
    assert_eq!(checkout(&["198.51.100.20"]).await, 400);
    assert_eq!(checkout(&["::ffff:c633:6414"]).await, 429);
}

// ------------------------------------------------------ 4. slow clients --

/// Waits up to 25 s for the server to close the connection; how long
/// that took, if it did.
async fn closed_after(mut stream: TcpStream) -> Option<Duration> {
    let started = Instant::now();
    let mut buffer = [0u8; 512];
    loop {
        match tokio::time::timeout(Duration::from_secs(25), stream.read(&mut buffer)).await {
            Ok(Ok(0) | Err(_)) => return Some(started.elapsed()),
            Ok(Ok(_)) => continue,
            Err(_) => return None,
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn clients_that_hold_connections_are_cut_off() {
    let (base, _server) = serve(&[]).await;
    let addr = base.trim_start_matches("http://").to_owned();
    let silent = async {
        let stream = TcpStream::connect(&addr).await.unwrap();
        closed_after(stream).await
    };
    let half_preface = async {
        let mut stream = TcpStream::connect(&addr).await.unwrap();
        stream.write_all(b"PRI * HTTP/2.0\r\n").await.unwrap();
        closed_after(stream).await
    };
    // A body sent a byte a second never finishes within the body's time.
    let slow_body = async {
        let stream = TcpStream::connect(&addr).await.unwrap();
        let (mut read, mut write) = stream.into_split();
        let started = Instant::now();
        let writer = tokio::spawn(async move {
            let head = "POST /checkout HTTP/1.1\r\nHost: pricing.test\r\n\
                        Content-Type: application/x-www-form-urlencoded\r\n\
                        Content-Length: 100\r\n\r\n";
            write.write_all(head.as_bytes()).await?;
            for _ in 0..40 {
                tokio::time::sleep(Duration::from_millis(700)).await;
                write.write_all(b"a").await?;
            }
            Ok::<_, std::io::Error>(())
        });
        let mut answer = [0u8; 64];
        let got = tokio::time::timeout(Duration::from_secs(25), read.read(&mut answer)).await;
        writer.abort();
        let text = match got {
            Ok(Ok(n)) => String::from_utf8_lossy(&answer[..n]).into_owned(),
            _ => String::new(),
        };
        (text, started.elapsed())
    };
    let (silent, half_preface, (answer, body_took)) = tokio::join!(silent, half_preface, slow_body);
    let within = |took: Option<Duration>| took.is_some_and(|t| t < Duration::from_secs(15));
    assert!(within(silent), "silent: closed after {silent:?}");
    assert!(
        within(half_preface),
        "partial HTTP/2 preface: closed after {half_preface:?}"
    );
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer:?}");
    assert!(
        body_took < Duration::from_secs(15),
        "slow body: {body_took:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connections_per_address_are_capped() {
    let (base, _server) = serve(&[("PRICING_MAX_CONNECTIONS_PER_IP", "3")]).await;
    let addr = base.trim_start_matches("http://").to_owned();
    let request = b"GET /healthz HTTP/1.1\r\nHost: pricing.test\r\nConnection: close\r\n\r\n";
    let answer = |mut stream: TcpStream| async move {
        stream.write_all(request).await.ok();
        let mut bytes = Vec::new();
        let _ = tokio::time::timeout(Duration::from_secs(5), stream.read_to_end(&mut bytes)).await;
        String::from_utf8_lossy(&bytes).into_owned()
    };
    let mut held = Vec::new();
    for _ in 0..3 {
        held.push(TcpStream::connect(&addr).await.unwrap());
    }
    tokio::time::sleep(Duration::from_millis(100)).await;
    let refused = answer(TcpStream::connect(&addr).await.unwrap()).await;
    assert!(
        refused.is_empty(),
        "a fourth connection is served: {refused}"
    );
    held.clear();
    tokio::time::sleep(Duration::from_millis(200)).await;
    let served = answer(TcpStream::connect(&addr).await.unwrap()).await;
    assert!(served.starts_with("HTTP/1.1 200"), "{served}");
}

// ---------------------------------------------------------------- 5. CSV --

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn csv_cells_cannot_start_a_formula() {
    let names = [
        "=HYPERLINK(\\\"http://x\\\")",
        "+1+1",
        "-2+3",
        "@SUM(A1)",
        "\\tTab",
        "\\rReturn",
    ];
    let mut catalogue = crate::sandbox::catalogue::DEMO.to_owned();
    for (plain, evil) in [
        "Starter",
        "Business",
        "Pro",
        "Agency",
        "Enterprise",
        "Lifetime",
    ]
    .iter()
    .zip(names)
    {
        catalogue = catalogue.replacen(
            &format!("name = \"{plain}\""),
            &format!("name = \"{evil}\""),
            1,
        );
    }
    let path = std::env::temp_dir().join(format!("csv-injection-{}.toml", std::process::id()));
    std::fs::write(&path, catalogue).unwrap();
    let (base, _server) = serve(&[("PRICING_SANDBOX_CATALOGUE", path.to_str().unwrap())]).await;
    let (status, text) = fetch(&format!("{base}/preview.csv?countries=DE"), &[]).await;
    std::fs::remove_file(&path).ok();
    assert_eq!(status, 200);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let mut neutralised = 0;
    for record in reader.records() {
        let record = record.unwrap();
        for cell in record.iter() {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{cell:?} in {record:?}"
            );
        }
        if record[3].starts_with('\'') {
            neutralised += 1;
        }
    }
    assert!(
        neutralised >= 6,
        "the planted names are kept, quoted: {text}"
    );
    assert!(text.contains("'=HYPERLINK"), "{text}");
}

// ------------------------------------------------------ 6. caching --

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn assets_are_immutable_only_when_found_and_vary_on_encoding() {
    let site = std::env::temp_dir().join(format!("assets-{}", std::process::id()));
    std::fs::create_dir_all(site.join("pkg")).unwrap();
    std::fs::write(site.join("pkg/app.js"), "console.log(1)").unwrap();
    std::fs::write(site.join("pkg/app.js.br"), [0x0b, 0x07, 0x80]).unwrap();
    let options = LeptosOptions::builder()
        .output_name("wix-pricing")
        .site_root(site.to_str().unwrap())
        .hash_files(true)
        .build();
    let (base, _server) = serve_with(&[], options).await;
    // Without its compression features reqwest asks for no encoding itself.
    let client = reqwest::Client::new();
    let found = client
        .get(format!("{base}/pkg/app.js"))
        .header("accept-encoding", "br")
        .send()
        .await
        .unwrap();
    assert_eq!(found.status(), 200);
    assert_eq!(found.headers()["content-encoding"], "br");
    assert!(found.headers()["cache-control"]
        .to_str()
        .unwrap()
        .contains("immutable"));
    let vary = found.headers()["vary"]
        .to_str()
        .unwrap()
        .to_ascii_lowercase();
    assert!(vary.contains("accept-encoding"), "{vary}");
    let plain = client
        .get(format!("{base}/pkg/app.js"))
        .send()
        .await
        .unwrap();
    assert!(plain.headers()["vary"]
        .to_str()
        .unwrap()
        .to_ascii_lowercase()
        .contains("accept-encoding"));

    let missing = client
        .get(format!("{base}/pkg/missing-0123.js"))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), 404);
    let cache = missing.headers()["cache-control"].to_str().unwrap();
    assert!(
        !cache.contains("immutable") && !cache.contains("public"),
        "{cache}"
    );
    std::fs::remove_dir_all(&site).ok();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn previews_checkouts_and_error_pages_are_never_stored() {
    let (base, server) = serve(&[]).await;
    let client = reqwest::Client::new();
    for path in [
        "/preview?countries=DE",
        "/preview.csv?countries=DE",
        "/preview.json?countries=DE",
        "/preview.json?preset=moon",
    ] {
        let response = client.get(format!("{base}{path}")).send().await.unwrap();
        assert_eq!(
            response
                .headers()
                .get("cache-control")
                .map(|v| v.to_str().unwrap()),
            Some("private, no-store"),
            "{path}"
        );
    }
    let no_store = |headers: &reqwest::header::HeaderMap| {
        headers
            .get("cache-control")
            .is_some_and(|v| v.to_str().unwrap().contains("no-store"))
    };
    let response = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .post(format!("{base}/checkout"))
        .form(&[("app", FORMFLOW), ("plan", "pro"), ("cycle", "YEARLY")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    assert!(no_store(response.headers()), "installer redirect");
    let instance = fresh(&server, ON_BUSINESS_MONTHLY);
    let response = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .post(format!("{base}/checkout"))
        .form(&[
            ("app", FORMFLOW),
            ("plan", "pro"),
            ("cycle", "YEARLY"),
            ("instance", &instance),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    assert!(no_store(response.headers()), "checkout redirect");
    let response = client
        .post(format!("{base}/checkout"))
        .form(&[("app", "x")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    assert!(no_store(response.headers()), "checkout error page");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn blank_parameters_vary_on_what_the_page_used_instead() {
    let (base, _server) = serve(&[("PRICING_GEO_HEADERS", "CF-IPCountry")]).await;
    for path in ["/?country=&lang=", "/?country=%20&lang=", "/"] {
        let response = reqwest::Client::new()
            .get(format!("{base}{path}"))
            .header("cf-ipcountry", "FR")
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
        let vary = response.headers()["vary"]
            .to_str()
            .unwrap()
            .to_ascii_lowercase();
        assert!(
            vary.contains("accept-language") && vary.contains("cf-ipcountry"),
            "{path}: {vary}"
        );
        assert!(response.text().await.unwrap().contains("EUR"), "{path}");
    }
}

// ---------------------------------------------------------- 7. smaller --

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wix_error_text_never_reaches_a_visitor() {
    let (base, server) = serve(&super::tests::NOTHING_CACHED).await;
    let faults = server.sandbox.as_ref().unwrap().faults();
    let fail = |endpoint, status| faults.set(endpoint, failing(Failure::Status(status)));
    let leaks = |body: &str| {
        [
            "Injected by the sandbox",
            "SANDBOX_FAULT",
            "Wix API",
            "error sending request",
        ]
        .iter()
        .any(|detail| body.contains(detail))
    };
    for status in [500, 503, 400, 404] {
        fail(Endpoint::ListAppPlans, status);
        let (code, body) = fetch(&format!("{base}/?country=DE"), &[]).await;
        assert!(code >= 400, "{code}");
        assert!(!leaks(&body), "list app plans {status}: {body}");
        let (_, body) = fetch(&format!("{base}/preview.json?countries=DE"), &[]).await;
        assert!(!leaks(&body), "preview {status}: {body}");
    }
    faults.clear();
    fail(Endpoint::Checkout, 500);
    let instance = fresh(&server, ON_BUSINESS_MONTHLY);
    let (code, _, body) = owner_checkout(&base, "pro", "YEARLY", &instance).await;
    assert!(code >= 400);
    assert!(!leaks(&body), "checkout: {body}");
}
