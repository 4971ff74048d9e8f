//! An attacker's second round (issue 27), each finding replayed against
//! the server: HTTP/2 clients that never read, personal variants that
//! would starve and evict shared pages, an installer's return replayed
//! for other sites, renders whose first asker leaves, blank and
//! differently spelt parameters, echoed text, what `/readyz` and
//! `/metrics` tell, and the API answered without a cache.

use super::sending::{IDLE, PER_CONNECTION, STALLED, TOTAL};
use super::tests::{
    fetch, install, installer_return, metric, serve, FORMFLOW, ON_BUSINESS_MONTHLY,
};
use super::Server;
use crate::country::COUNTRIES;
use axum::body::{Body, Bytes};
use http::Request;
use std::time::{Duration, Instant};
use tokio::net::TcpStream;
use tower::ServiceExt;

/// The largest catalogue Wix allows (`scripts/catalogue.py 150`), as a
/// file that lives as long as this value.
struct Largest(std::path::PathBuf);

impl Largest {
    fn write() -> Self {
        let generated = std::process::Command::new("python3")
            .args(["scripts/catalogue.py", "150"])
            .output()
            .expect("python3 runs scripts/catalogue.py");
        assert!(generated.status.success());
        let path = std::env::temp_dir().join(format!(
            "catalogue-150-{}-{}.toml",
            std::process::id(),
            fastrand::u64(..)
        ));
        std::fs::write(&path, &generated.stdout).unwrap();
        Self(path)
    }

    fn setting(&self) -> (&'static str, &str) {
        ("PRICING_SANDBOX_CATALOGUE", self.0.to_str().unwrap())
    }
}

impl Drop for Largest {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// An HTTP/2 client on its own connection; `window` is what each stream
/// may receive before the client reads (0: nothing is ever sent). The
/// task drives the connection and ends when the server closes it.
async fn http2(
    base: &str,
    window: u32,
) -> (h2::client::SendRequest<Bytes>, tokio::task::JoinHandle<()>) {
    let tcp = TcpStream::connect(base.trim_start_matches("http://"))
        .await
        .unwrap();
    let (client, connection) = h2::client::Builder::new()
        .initial_window_size(window)
        .handshake::<_, Bytes>(tcp)
        .await
        .unwrap();
    let driver = tokio::spawn(async move {
        let _ = connection.await;
    });
    (client, driver)
}

/// `paths` asked at once on `client`: each answer's status, its body
/// left unread.
async fn ask_all(
    client: &h2::client::SendRequest<Bytes>,
    base: &str,
    paths: &[String],
) -> Vec<(u16, h2::RecvStream)> {
    let mut asked = Vec::new();
    for path in paths {
        let mut ready = client.clone().ready().await.unwrap();
        let request = Request::get(format!("{base}{path}")).body(()).unwrap();
        asked.push(ready.send_request(request, true).unwrap().0);
    }
    let mut answers = Vec::new();
    for answer in asked {
        let (parts, body) = answer.await.unwrap().into_parts();
        answers.push((parts.status.as_u16(), body));
    }
    answers
}

/// Bytes the server holds for answers not yet sent.
fn held(server: &Server) -> usize {
    server.front.0.sending.held()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn http2_clients_that_never_read_hold_at_most_their_share() {
    let largest = Largest::write();
    let (base, server) = serve(&[largest.setting()]).await;
    let (_, page) = server.get("/?country=DE", &[]).await;
    let page = page.len();
    assert!(page > 1 << 20, "the largest catalogue's page: {page} bytes");
    // Sixteen streams a connection (its limit), each for another
    // country's page, none of them ever read.
    let paths: Vec<String> = COUNTRIES[..16]
        .iter()
        .map(|(code, _)| format!("/?country={code}"))
        .collect();
    let mut connections = Vec::new();
    for _ in 0..3 {
        let (client, driver) = http2(&base, 0).await;
        let answers = ask_all(&client, &base, &paths).await;
        let sent = answers.iter().filter(|(status, _)| *status == 200).count();
        let busy = answers.iter().filter(|(status, _)| *status == 503).count();
        assert_eq!(sent + busy, paths.len(), "200 or the busy page");
        assert!(
            sent * page <= PER_CONNECTION + page,
            "{sent} pages of {page} bytes held for one connection"
        );
        connections.push((client, driver, answers));
    }
    let holding = held(&server);
    assert!(
        holding <= TOTAL && holding <= 3 * (PER_CONNECTION + page),
        "{holding}"
    );
    assert!(
        holding >= page,
        "the pages sent are held until read: {holding}"
    );
    assert!(metric(&server, "pricing_shed_total{reason=\"connection_budget\"}").await > 0);

    // Nothing is read: the server closes each connection and lets go.
    let started = Instant::now();
    for (_, driver, _) in &mut connections {
        tokio::time::timeout(STALLED + Duration::from_secs(5), driver)
            .await
            .expect("a stalled connection is closed")
            .unwrap();
    }
    assert!(started.elapsed() >= STALLED - Duration::from_secs(1));
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(held(&server), 0);
    assert!(metric(&server, "pricing_shed_total{reason=\"stalled\"}").await >= 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_idle_http2_connection_is_closed() {
    let (base, _server) = serve(&[]).await;
    let (client, driver) = http2(&base, 65_535).await;
    let mut answers = ask_all(&client, &base, &["/healthz".to_owned()]).await;
    let (status, body) = answers.pop().unwrap();
    assert_eq!(status, 200);
    let mut body = body;
    while let Some(chunk) = body.data().await {
        let chunk = chunk.unwrap();
        let _ = body.flow_control().release_capacity(chunk.len());
    }
    let started = Instant::now();
    tokio::time::timeout(IDLE + Duration::from_secs(5), driver)
        .await
        .expect("an idle connection is closed")
        .unwrap();
    assert!(started.elapsed() >= IDLE - Duration::from_secs(1));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn coupon_variants_neither_starve_nor_evict_shared_pages() {
    let (base, server) = serve(&[]).await;
    let (status, kept) = server.get("/?country=FR", &[]).await;
    assert_eq!(status, 200);
    let shared_before = metric(&server, "pricing_renders_total{lane=\"shared\"}").await;
    // Two hundred unique coupons at once, as many connections.
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(0)
        .build()
        .unwrap();
    let flood: Vec<_> = (0..200)
        .map(|i| {
            let url = format!("{base}/?country=US&coupon=FLOOD{i}");
            let client = client.clone();
            tokio::spawn(async move { client.get(url).send().await.map(|r| r.status().as_u16()) })
        })
        .collect();
    // Meanwhile visitors' new pages render in their own lane, untouched by
    // the busy pages answered beside them.
    let started = Instant::now();
    for country in ["DE", "AT", "CH", "IT", "ES", "PT"] {
        let (status, html) = fetch(&format!("{base}/?country={country}"), &[]).await;
        assert_eq!(status, 200, "{country}");
        assert!(html.contains("data-plan="), "{country}");
    }
    let waited = started.elapsed();
    let mut statuses = Vec::new();
    for request in flood {
        statuses.push(request.await.unwrap().unwrap());
    }
    assert!(
        statuses.iter().all(|s| matches!(s, 200 | 503)),
        "{statuses:?}"
    );
    assert!(statuses.contains(&503), "the variants' queue is short");
    assert!(
        waited < Duration::from_secs(5),
        "the shared page waited {waited:?}"
    );
    assert_eq!(
        metric(&server, "pricing_renders_total{lane=\"shared\"}").await,
        shared_before + 6,
        "only the new shared pages were rendered in the shared lane"
    );
    // The page kept before the flood is still kept: the same bytes, no
    // render.
    let (_, again) = server.get("/?country=FR", &[]).await;
    assert_eq!(again, kept);
    assert_eq!(
        metric(&server, "pricing_renders_total{lane=\"shared\"}").await,
        shared_before + 6
    );
    // A coupon's words are never for a shared cache.
    let response = client
        .get(format!("{base}/?country=US&coupon=SPRING-25"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["cache-control"], "private, no-store");
    let response = client
        .get(format!("{base}/?country=US&theme=dark"))
        .send()
        .await
        .unwrap();
    assert!(response.headers()["cache-control"]
        .to_str()
        .unwrap()
        .starts_with("public"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_render_feeds_everyone_who_asked_even_when_its_first_asker_leaves() {
    let largest = Largest::write();
    let server = super::tests::build(&[largest.setting()]).await;
    // The prices are cached; the page is not.
    assert_eq!(server.get("/api/v1/pricing?country=JP", &[]).await.0, 200);
    let before = metric(&server, "pricing_renders_total{lane=\"shared\"}").await;
    let ask = |server: &Server| {
        let router = server.router.clone();
        tokio::spawn(async move {
            let request = Request::get("/?country=JP").body(Body::empty()).unwrap();
            let response = router.oneshot(request).await.unwrap();
            let etag = response.headers().get("etag").cloned();
            (response.status().as_u16(), etag)
        })
    };
    let first = ask(&server);
    tokio::time::sleep(Duration::from_millis(20)).await;
    let rest: Vec<_> = (0..30).map(|_| ask(&server)).collect();
    // The first asker leaves while the page renders.
    first.abort();
    let mut etags = Vec::new();
    for answer in rest {
        let (status, etag) = answer.await.unwrap();
        assert_eq!(status, 200);
        etags.push(etag.unwrap());
    }
    etags.dedup();
    assert_eq!(etags.len(), 1, "one page for all");
    assert_eq!(
        metric(&server, "pricing_renders_total{lane=\"shared\"}").await,
        before + 1,
        "rendered once"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn spellings_of_one_page_are_one_page_and_blank_instances_no_ones() {
    let server = super::tests::build(&[]).await;
    let renders = || metric(&server, "pricing_renders_total{lane=\"shared\"}");
    let etag = |query: &'static str| {
        let router = server.router.clone();
        async move {
            let request = Request::get(query).body(Body::empty()).unwrap();
            let response = router.oneshot(request).await.unwrap();
            assert_eq!(response.status(), 200, "{query}");
            response.headers()["etag"].clone()
        }
    };
    let before = renders().await;
    let one = etag("/?country=DE&lang=de&cycle=yearly").await;
    for spelling in [
        "/?country=de&lang=DE&cycle=Yearly",
        "/?country=DE&lang=de-u-nu-arab&cycle=yearly",
        "/?country=DE&lang=de&cycle=yearly&instance=",
        "/?country=DE&lang=de&cycle=yearly&instance=%20&utm_source=x",
    ] {
        assert_eq!(etag(spelling).await, one, "{spelling}");
    }
    assert_eq!(renders().await, before + 1);
    // The forms carry the one spelling, and no blank instance.
    let (_, html) = server.get("/?country=au&instance=", &[]).await;
    assert!(html.contains(r#"name="country" value="AU""#), "{html}");
    assert!(!html.contains(r#"name="instance""#));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_installer_return_is_good_for_one_site_and_says_nothing_of_it() {
    const UNKNOWN: &str = "0b7e2c1a-9f3d-4e5b-8a6c-7d1e2f3a4b5c";
    let (base, server) = serve(&[]).await;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    // A signed return, as an anonymous POST gets one (the server's
    // public address, as Wix's installer is given it).
    let form = [
        ("app", FORMFLOW),
        ("plan", "starter"),
        ("cycle", "MONTHLY"),
        ("country", "US"),
    ];
    let signed_return = || installer_return(&base, &form);
    let local = |url: &str| url.replace(&server.config.server.public_url(), &base);
    let returned = |url: String| {
        let client = client.clone();
        async move {
            let response = client.get(url).send().await.unwrap();
            let status = response.status().as_u16();
            (status, response.text().await.unwrap())
        }
    };
    // Another site's plan (a downgrade from Business) and a site that does
    // not exist get the same words: nothing of either site is told.
    let with = |url: &str, instance: &str| format!("{}&instanceId={instance}", local(url));
    let (on_business, on_business_page) =
        returned(with(&signed_return().await, ON_BUSINESS_MONTHLY)).await;
    let (unknown, unknown_page) = returned(with(&signed_return().await, UNKNOWN)).await;
    assert_eq!((on_business, unknown), (409, 409));
    let words = |page: &str| {
        let start = page.find("<section").unwrap();
        let end = page.find("<p class=\"reference\"").unwrap();
        page[start..end].to_owned()
    };
    assert_eq!(words(&on_business_page), words(&unknown_page));
    for told in ["already your plan", "billed", "Business"] {
        assert!(!on_business_page.contains(told), "{told}");
    }
    // One return, one site: the first instance it comes back with, again
    // (a reload), but no other.
    let installed = install(&server, &base, &signed_return().await).await;
    let new_site = reqwest::Url::parse(&installed)
        .unwrap()
        .query_pairs()
        .find(|(name, _)| name == "instanceId")
        .unwrap()
        .1
        .into_owned();
    assert_eq!(returned(installed.clone()).await.0, 303);
    assert_eq!(returned(installed.clone()).await.0, 303, "a reload");
    for other in [ON_BUSINESS_MONTHLY, UNKNOWN] {
        let replayed = installed.replace(&new_site, other);
        assert_eq!(returned(replayed).await.0, 403, "{other}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn what_an_address_says_is_isolated_where_it_is_echoed() {
    let server = super::tests::build(&[]).await;
    for query in [
        "/?theme=%E2%80%AEkrad",
        "/?lang=%E2%80%AEde",
        "/?coupon=%E2%81%A9%E2%80%AE1",
        "/preview?preset=eu&page=%E2%80%AE2",
    ] {
        let (status, html) = server.get(query, &[]).await;
        assert_eq!(status, 400, "{query}");
        assert!(
            !html.contains('\u{202e}'),
            "{query}: an override reached the page"
        );
        assert!(
            html.contains('\u{2068}') && html.contains('\u{2069}'),
            "{query}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readiness_in_our_words_and_metrics_behind_their_token() {
    use crate::sandbox::faults::{Failure, Fault};
    use crate::wix::Endpoint;
    let server = super::tests::build(&[
        ("PRICING_METRICS_TOKEN", "scrape-me"),
        ("PRICING_CACHE_FRESH_SECS", "0"),
        ("PRICING_CACHE_REVALIDATE_SECS", "0"),
        ("PRICING_CACHE_STALE_IF_ERROR_SECS", "0"),
    ])
    .await;
    let faults = server.sandbox.as_ref().unwrap().faults();
    faults.set(
        Endpoint::ListAppPlans,
        Fault {
            failure: Some(Failure::Status(500)),
            ..Fault::default()
        },
    );
    let (status, text) = server.get("/readyz", &[]).await;
    assert_eq!(status, 503);
    assert_eq!(text, "not ready: Wix is failing and no prices are cached\n");

    assert_eq!(server.get("/metrics", &[]).await.0, 401);
    let (status, text) = server
        .get("/metrics", &[("Authorization", "Bearer scrape-me")])
        .await;
    assert_eq!(status, 200);
    assert!(text.contains("pricing_http_requests_total"));
    assert_eq!(
        server
            .get("/metrics", &[("Authorization", "Bearer scrape-you")])
            .await
            .0,
        401
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_api_is_kept_with_a_tag_per_coding() {
    let server = super::tests::build(&[]).await;
    let renders = || metric(&server, "pricing_renders_total{lane=\"shared\"}");
    let before = renders().await;
    let ask = |coding: &'static str, tag: Option<String>| {
        let router = server.router.clone();
        async move {
            let mut request = Request::get("/api/v1/pricing?country=DE&cycle=yearly")
                .header("accept-encoding", coding);
            if let Some(tag) = tag {
                request = request.header("if-none-match", tag);
            }
            let response = router
                .oneshot(request.body(Body::empty()).unwrap())
                .await
                .unwrap();
            let encoding = response
                .headers()
                .get("content-encoding")
                .map(|v| v.to_str().unwrap().to_owned());
            let etag = response.headers()["etag"].to_str().unwrap().to_owned();
            (response.status().as_u16(), encoding, etag)
        }
    };
    let (status, encoding, identity) = ask("identity", None).await;
    assert_eq!((status, encoding), (200, None));
    let (status, encoding, br) = ask("br", None).await;
    assert_eq!((status, encoding.as_deref()), (200, Some("br")));
    let (_, encoding, gzip) = ask("gzip", None).await;
    assert_eq!(encoding.as_deref(), Some("gzip"));
    assert!(identity != br && br != gzip && identity != gzip);
    assert_eq!(ask("br", Some(br.clone())).await.0, 304);
    assert_eq!(ask("gzip", Some(br)).await.0, 200, "another coding's tag");
    assert_eq!(renders().await, before + 1, "made once, kept");
}

/// Panics of Leptos's reactive system seen anywhere in the process: a
/// render dropped half way would touch what its owner disposed of.
fn reactive_panics() -> &'static std::sync::Mutex<Vec<String>> {
    static SEEN: std::sync::OnceLock<std::sync::Mutex<Vec<String>>> = std::sync::OnceLock::new();
    SEEN.get_or_init(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let message = info.to_string();
            if [
                "disposed",
                "outside a <Router>",
                "reactive_graph",
                "leptos_router",
            ]
            .iter()
            .any(|sign| message.contains(sign))
            {
                crate::lock(reactive_panics()).push(message);
            }
            previous(info);
        }));
        std::sync::Mutex::default()
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn visitors_who_leave_mid_render_cause_no_panic() {
    let seen = reactive_panics();
    let server = super::tests::build(&[("PRICING_PREVIEW_RATE_PER_MIN", "1000")]).await;
    let owner = super::tests::fresh(&server, ON_BUSINESS_MONTHLY);
    let mut asked = Vec::new();
    for (i, (code, _)) in COUNTRIES.iter().take(40).enumerate() {
        let owner_page = format!("/?country={code}&instance={owner}");
        for uri in [
            format!("/?country={code}&lang=fr"),
            format!("/?country={code}&coupon=LEAVE{i}"),
            owner_page,
            format!("/preview?countries={code}&countries=DE"),
        ] {
            let router = server.router.clone();
            let request = Request::get(uri).body(Body::empty()).unwrap();
            // Each visitor leaves at another point: before the answer, or
            // after its first bytes.
            let leaves_after = Duration::from_millis(fastrand::u64(0..30));
            asked.push(tokio::spawn(async move {
                let answer = tokio::time::timeout(leaves_after, router.oneshot(request)).await;
                if let Ok(Ok(response)) = answer {
                    let mut body = response.into_body();
                    let _ = http_body_util::BodyExt::frame(&mut body).await;
                }
            }));
        }
    }
    for visitor in asked {
        visitor.await.unwrap();
    }
    // What was left rendering finishes meanwhile.
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert!(crate::lock(seen).is_empty(), "{:?}", crate::lock(seen));
    assert_eq!(server.get("/?country=DE", &[]).await.0, 200);
}
