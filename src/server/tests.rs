//! The assembled server on the built-in sandbox: in process through its
//! router (`Server::get`, `Server::ask`) where a socket adds nothing, over
//! real HTTP where the socket is the point.
//! Multi-threaded runtimes, as in production: Leptos rendering on a
//! current-thread test runtime occasionally never wakes up.

use super::*;
use std::collections::HashMap;

/// Serves the product on a free port; returns its base URL and the server
/// (which holds the sandbox alive).
pub(crate) async fn serve(settings: &[(&str, &str)]) -> (String, Server) {
    serve_with(
        settings,
        LeptosOptions::builder().output_name("wix-pricing").build(),
    )
    .await
}

/// The product on the sandbox, with these settings, not yet listening:
/// for tests that send requests to its router in process.
pub(crate) async fn build(settings: &[(&str, &str)]) -> Server {
    build_with(
        settings,
        LeptosOptions::builder().output_name("wix-pricing").build(),
    )
    .await
}

async fn build_with(settings: &[(&str, &str)], options: LeptosOptions) -> Server {
    // Later pairs win: a test's own bind address replaces this one. On the
    // sandbox unless the test names its apps.
    let sandbox = if settings.iter().any(|(name, _)| *name == "WIX_APP_IDS") {
        ""
    } else {
        "1"
    };
    let settings = [
        &[
            ("PRICING_BIND_ADDR", "127.0.0.1:0"),
            ("PRICING_SANDBOX", sandbox),
        ],
        settings,
    ]
    .concat();
    let config = Config::from_pairs(&settings).unwrap();
    Server::build(config, options).await.unwrap()
}

/// `serve`, with the site (assets, fingerprints) these options describe.
pub(crate) async fn serve_with(
    settings: &[(&str, &str)],
    options: LeptosOptions,
) -> (String, Server) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    // Where the sandbox sends Wix's webhooks, unless the test says.
    let settings = [&[("PRICING_PUBLIC_URL", base.as_str())], settings].concat();
    let server = build_with(&settings, options).await;
    let router = server.router.clone();
    let per_ip = server.config.server.max_connections_per_ip;
    tokio::spawn(super::serve(
        listener,
        router,
        server.front.clone(),
        per_ip,
        std::future::pending(),
    ));
    (base, server)
}

impl Server {
    /// The router's answer to `request`, asked in process: for tests in
    /// which a socket adds nothing (what a page shows, which headers it
    /// carries).
    pub(crate) async fn ask(
        &self,
        request: axum::http::Request<axum::body::Body>,
    ) -> (StatusCode, axum::http::HeaderMap, String) {
        use http_body_util::BodyExt;
        use tower::ServiceExt;
        let response = self.router.clone().oneshot(request).await.unwrap();
        let (parts, body) = response.into_parts();
        let bytes = body.collect().await.unwrap().to_bytes();
        let text = String::from_utf8_lossy(&bytes).into_owned();
        (parts.status, parts.headers, text)
    }

    /// `GET path` with these headers, in process: its status and body.
    pub(crate) async fn get(&self, path: &str, headers: &[(&str, &str)]) -> (u16, String) {
        let mut request = axum::http::Request::get(path);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let request = request.body(axum::body::Body::empty()).unwrap();
        let (status, _, body) = self.ask(request).await;
        (status.as_u16(), body)
    }
}

/// A sample of `/metrics`: the value of the series whose line starts so.
pub(crate) async fn metric(server: &Server, series: &str) -> u64 {
    let (_, text) = server.get("/metrics", &[]).await;
    text.lines()
        .find_map(|line| line.strip_prefix(series)?.trim().parse().ok())
        .unwrap_or(0)
}

/// Settings that keep no prices: every page asks Wix.
pub(crate) const NOTHING_CACHED: [(&str, &str); 3] = [
    ("PRICING_CACHE_FRESH_SECS", "0"),
    ("PRICING_CACHE_REVALIDATE_SECS", "0"),
    ("PRICING_CACHE_STALE_IF_ERROR_SECS", "0"),
];

/// A plan card's markup, from its `data-plan` to the next card's.
pub(crate) fn card<'a>(html: &'a str, app: &str, vendor: &str) -> &'a str {
    let start = html
        .find(&format!("data-plan=\"{vendor}\" data-app=\"{app}\""))
        .unwrap_or_else(|| panic!("no card for {vendor}"));
    let rest = &html[start..];
    let end = rest[1..]
        .find("data-plan=\"")
        .map_or(rest.len(), |at| at + 1);
    &rest[..end]
}

pub(crate) async fn fetch(url: &str, headers: &[(&str, &str)]) -> (u16, String) {
    let mut req = reqwest::Client::new().get(url);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let res = req.send().await.unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn runs_on_the_sandbox_when_no_app_is_configured() {
    let server = build(&[]).await;
    let sandbox = server.sandbox.as_ref().expect("sandbox started");
    assert_eq!(server.site.api_base_url, sandbox.base_url());
    assert_eq!(server.site.apps.len(), sandbox.catalogue().apps.len());

    assert_eq!(server.get("/healthz", &[]).await, (200, "ok".into()));
    let (status, html) = server.get("/", &[]).await;
    assert_eq!(status, 200);
    for plan in &sandbox.catalogue().apps[0].plans {
        assert!(
            html.contains(&format!("data-plan=\"{}\"", plan.vendor_id)),
            "{} missing",
            plan.vendor_id
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cards_draw_their_period_and_keep_the_other_as_text() {
    let server = build(&[]).await;
    for (cycle, drawn, kept) in [("monthly", "1", "yearly"), ("yearly", "12", "monthly")] {
        let (status, html) = server
            .get(&format!("/?country=US&cycle={cycle}"), &[])
            .await;
        assert_eq!(status, 200);
        let business = card(&html, FORMFLOW, "business");
        // One price per month is in the markup: the period's. The other
        // period's is text in a template, for the switch.
        assert_eq!(business.matches("data-role=\"per-month\"").count(), 1);
        assert!(business.contains(&format!("data-months=\"{drawn}\" data-period=\"{cycle}\"")));
        let template = format!("<template data-period=\"{kept}\" data-markup=\"");
        let kept_parts: Vec<&str> = business
            .split(&template)
            .skip(1)
            .map(|rest| &rest[..rest.find('"').expect("a closed attribute")])
            .collect();
        assert!(
            kept_parts
                .iter()
                .any(|part| part.contains("data-role=&quot;per-month&quot;")),
            "{kept_parts:?}"
        );
        // The badge is yearly's.
        assert_eq!(
            kept_parts.iter().any(|p| p.contains("save-percent")),
            kept == "yearly"
        );
        // One checkout form is drawn, the other period's is text.
        assert_eq!(business.matches("<form").count(), 1);
        assert_eq!(kept_parts.len(), if kept == "yearly" { 3 } else { 2 });
    }
    // Free, one-time and usage plans look the same either way.
    let (_, html) = server.get("/?country=US", &[]).await;
    for (app, plan) in [
        (FORMFLOW, "free"),
        (FORMFLOW, "lifetime"),
        (TEXTBLAST, "growth"),
    ] {
        assert!(!card(&html, app, plan).contains("data-period"), "{plan}");
    }
    // The switch is the only island with a card's page in it; no card
    // sends the browser data to hydrate.
    assert!(html.contains("data-component=\"PeriodSwitch_"));
    assert!(!html.contains("data-component=\"PlanOffer_"));
    assert!(
        !html.contains("__RESOLVED_RESOURCES["),
        "a resource was serialized"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_country_comes_from_the_parameter_then_the_cdn_then_the_default() {
    let server = build(&[("PRICING_DEFAULT_COUNTRY", "GB")]).await;
    let currency = |html: &str| {
        ["EUR", "JPY", "GBP", "USD"]
            .into_iter()
            .find(|c| html.contains(c))
            .unwrap_or("none")
    };
    let (_, html) = server.get("/?country=de", &[("CF-IPCountry", "JP")]).await;
    assert_eq!(currency(&html), "EUR");
    let (_, html) = server
        .get("/", &[("CloudFront-Viewer-Country", "JP")])
        .await;
    assert_eq!(currency(&html), "JPY");
    let (_, html) = server
        .get("/", &[("CF-IPCountry", "XX"), ("X-Country-Code", "T1")])
        .await;
    assert_eq!(currency(&html), "GBP");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_and_upstream_failures_get_their_status_codes() {
    let server = build(&NOTHING_CACHED).await;
    let (status, html) = server.get("/?country=germany", &[]).await;
    assert_eq!(status, 400);
    assert!(
        html.contains("“\u{2068}germany\u{2069}” is not a country"),
        "{html}"
    );
    // The reason in the visitor's language, quoting what they typed.
    let (status, html) = server
        .get("/?country=germany", &[("Accept-Language", "de-DE")])
        .await;
    assert_eq!(status, 400);
    assert!(html.contains("„\u{2068}germany\u{2069}“"), "{html}");
    assert!(!html.contains("is not a country"), "{html}");
    for bad in ["cycle=weekly", "lang=x_y_z", "country=ZZ", "country=us%00"] {
        assert_eq!(server.get(&format!("/?{bad}"), &[]).await.0, 400, "{bad}");
    }
    assert_eq!(
        server.get("/preview?preset=moon", &[]).await.0,
        400,
        "the preview page too, though it streams"
    );

    let faults = server.sandbox.as_ref().unwrap().faults();
    let fault = |failure| crate::sandbox::faults::Fault {
        latency_ms: 0,
        failure: Some(failure),
        countries: vec![],
        ..Default::default()
    };
    faults.set(
        crate::wix::Endpoint::ListAppPlans,
        fault(crate::sandbox::faults::Failure::Status(503)),
    );
    let (status, html) = server.get("/", &[]).await;
    assert_eq!(status, 503);
    assert!(html.contains("try again"), "{html}");
    faults.set(
        crate::wix::Endpoint::ListAppPlans,
        fault(crate::sandbox::faults::Failure::Malformed),
    );
    let (status, html) = server.get("/?country=CA", &[]).await;
    assert_eq!(status, 502);
    assert!(html.contains("no prices this page can show"), "{html}");
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

// ---------------------------------------------------------------- checkout --

pub(crate) const FORMFLOW: &str = "5b1c3e7a-2f4d-4c8e-9a61-0d2f7b9e4a10";
const TEXTBLAST: &str = "9c4e2a61-7b3f-4d25-8e1a-63f0c5d8b7e2";
/// Seeded in the demo catalogue: Business, monthly.
pub(crate) const ON_BUSINESS_MONTHLY: &str = "3f1d2c4b-8a7e-4e0f-9b6d-1c2a3e4f5a01";
/// Seeded in the demo catalogue: Pro, yearly.
const ON_PRO_YEARLY: &str = "3f1d2c4b-8a7e-4e0f-9b6d-1c2a3e4f5a03";

fn signed_instance(server: &Server, instance_id: &str, sign_date: time::OffsetDateTime) -> String {
    let secret = &server
        .site
        .apps
        .iter()
        .find(|a| a.app_id == FORMFLOW)
        .unwrap()
        .secret;
    let data = crate::wix::instance::InstanceData {
        instance_id: instance_id.into(),
        sign_date: sign_date
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap(),
        ..Default::default()
    };
    crate::wix::instance::sign(secret, &data)
}

pub(crate) fn fresh(server: &Server, instance_id: &str) -> String {
    signed_instance(server, instance_id, time::OffsetDateTime::now_utc())
}

/// Posts the checkout form; returns status and Location.
pub(crate) async fn post_checkout(
    base: &str,
    form: &[(&str, &str)],
) -> (u16, Option<String>, String) {
    post_checkout_with(base, form, &[]).await
}

/// Posts the checkout form with request headers.
pub(crate) async fn post_checkout_with(
    base: &str,
    form: &[(&str, &str)],
    headers: &[(&str, &str)],
) -> (u16, Option<String>, String) {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let mut request = client.post(format!("{base}/checkout")).form(form);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let res = request.send().await.unwrap();
    let location = res
        .headers()
        .get("location")
        .map(|l| l.to_str().unwrap().to_owned());
    (res.status().as_u16(), location, res.text().await.unwrap())
}

/// A signed-in owner's checkout of a FormFlow plan.
pub(crate) async fn owner_checkout(
    base: &str,
    plan: &str,
    cycle: &str,
    instance: &str,
) -> (u16, Option<String>, String) {
    post_checkout(
        base,
        &[
            ("app", FORMFLOW),
            ("plan", plan),
            ("cycle", cycle),
            ("instance", instance),
        ],
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn app_market_visitors_go_through_the_installer_and_back() {
    let (base, server) = serve(&[]).await;
    let sandbox = server.sandbox.as_ref().unwrap().base_url().to_owned();
    let form = [
        ("app", FORMFLOW),
        ("plan", "pro"),
        ("cycle", "YEARLY"),
        ("country", "DE"),
    ];
    let (status, location, _) = post_checkout(&base, &form).await;
    assert_eq!(status, 303);
    let location = location.unwrap();
    let installer = reqwest::Url::parse(&location).unwrap();
    assert_eq!(format!("http://{}", installer.authority()), sandbox);
    assert_eq!(installer.path(), "/app-installer");
    let back: HashMap<_, _> = installer.query_pairs().into_owned().collect();
    assert_eq!(back["appId"], FORMFLOW);
    let back_url = reqwest::Url::parse(&back["postInstallationUrl"]).unwrap();
    assert_eq!(back_url.path(), "/checkout");
    let remembered: HashMap<_, _> = back_url.query_pairs().into_owned().collect();
    assert_eq!(
        (remembered["plan"].as_str(), remembered["cycle"].as_str()),
        ("pro", "YEARLY")
    );
    assert_eq!(remembered["sig"].len(), 43, "our choice, signed");

    // The sandbox installs and sends the browser back with the new
    // instance's ID, unsigned; the return leads to the sandbox checkout.
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let returned = install(&server, &base, &back["postInstallationUrl"]).await;
    assert!(returned.contains("instanceId=") && !returned.contains("instance="));

    // A return whose choice was changed, or that we never signed, is
    // refused without a redirect.
    let forged = [
        returned.replace("plan=pro", "plan=enterprise"),
        returned.replace("cycle=YEARLY", "cycle=MONTHLY"),
        returned.replace("country=DE", "country=US"),
        returned.replace("&sig=", "&was="),
        returned.replace("&at=", "&at=1"),
        returned.replace("instanceId=", "instanceId=..%2F"),
        format!("{base}/checkout?app={FORMFLOW}&plan=pro&cycle=YEARLY&instanceId=3f1d2c4b-8a7e-4e0f-9b6d-1c2a3e4f5a01"),
    ];
    for url in forged {
        let res = client.get(&url).send().await.unwrap();
        assert_eq!(res.status(), 403, "{url}");
        assert!(res.headers().get("location").is_none());
    }

    let res = client.get(&returned).send().await.unwrap();
    assert_eq!(res.status(), 303);
    let checkout = res.headers()["location"].to_str().unwrap().to_owned();
    assert!(
        checkout.starts_with(&format!("{sandbox}/checkout/")),
        "{checkout}"
    );
    let page = crate::sandbox::tests::page_text(&client, &checkout).await;
    assert!(
        page.contains("Pro") && page.contains("Yearly") && page.contains("EUR"),
        "{page}"
    );
}

/// An App Market visitor's checkout of `form`: where the server asks Wix's
/// installer to send them back (at the server's public address).
pub(crate) async fn installer_return(base: &str, form: &[(&str, &str)]) -> String {
    let (status, location, _) = post_checkout(base, form).await;
    assert_eq!(status, 303);
    let installer = reqwest::Url::parse(&location.unwrap()).unwrap();
    let (_, back) = installer
        .query_pairs()
        .find(|(name, _)| name == "postInstallationUrl")
        .expect("the installer is told where to come back");
    back.into_owned()
}

/// The sandbox's installer, agreed to for a new site: where it sends the
/// browser back (`post_installation_url` with the new instance's ID), as
/// an address of the server at `base`.
pub(crate) async fn install(server: &Server, base: &str, post_installation_url: &str) -> String {
    let sandbox = server.sandbox.as_ref().unwrap().base_url();
    let installed = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .post(format!("{sandbox}/app-installer"))
        .form(&[
            ("appId", FORMFLOW),
            ("postInstallationUrl", post_installation_url),
            ("siteName", "New"),
        ])
        .send()
        .await
        .unwrap();
    installed.headers()["location"]
        .to_str()
        .unwrap()
        .replace(&server.config.server.public_url(), base)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn owners_can_upgrade_but_forged_downgrades_get_409() {
    let (base, server) = serve(&[]).await;
    let sandbox = server.sandbox.as_ref().unwrap().base_url().to_owned();
    let business = fresh(&server, ON_BUSINESS_MONTHLY);
    let post = |plan: &'static str, cycle: &'static str, instance: String| {
        let base = base.clone();
        async move { owner_checkout(&base, plan, cycle, &instance).await }
    };

    let (status, location, _) = post("pro", "YEARLY", business.clone()).await;
    assert_eq!(status, 303);
    assert!(location
        .unwrap()
        .starts_with(&format!("{sandbox}/checkout/")));
    let (status, _, _) = post("business", "YEARLY", business.clone()).await;
    assert_eq!(
        status, 303,
        "monthly to yearly on the same plan is an upgrade"
    );

    for (plan, cycle) in [
        ("starter", "MONTHLY"),
        ("free", "MONTHLY"),
        ("business", "MONTHLY"),
    ] {
        let (status, location, body) = post(plan, cycle, business.clone()).await;
        assert_eq!((status, location), (409, None), "{plan} {cycle}");
        assert!(body.contains("cancel"), "{body}");
    }
    let pro_yearly = fresh(&server, ON_PRO_YEARLY);
    for (plan, cycle) in [
        ("pro", "MONTHLY"),
        ("agency", "MONTHLY"),
        ("business", "YEARLY"),
    ] {
        assert_eq!(
            post(plan, cycle, pro_yearly.clone()).await.0,
            409,
            "{plan} {cycle}"
        );
    }
    assert_eq!(post("pro", "TWO_YEARS", pro_yearly.clone()).await.0, 303);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn untrusted_instances_and_bad_forms_never_redirect() {
    let (base, server) = serve(&[]).await;
    let good = fresh(&server, ON_BUSINESS_MONTHLY);
    let (sig, data) = good.split_once('.').unwrap();
    let expired = signed_instance(
        &server,
        ON_BUSINESS_MONTHLY,
        time::OffsetDateTime::now_utc() - time::Duration::days(2),
    );
    for instance in [
        format!("{sig}.{}", &data[1..]),
        good[..good.len() - 2].to_owned(),
        format!("{sig}.{data}{}", "A".repeat(5000)),
        format!("{sig}=.{data}"),
        expired,
    ] {
        let (status, location, _) = owner_checkout(&base, "pro", "YEARLY", &instance).await;
        assert_eq!((status, location), (403, None));
    }
    for form in [
        vec![("app", "unknown-app"), ("plan", "pro"), ("cycle", "YEARLY")],
        vec![
            ("app", FORMFLOW),
            ("plan", "no-such-plan"),
            ("cycle", "YEARLY"),
        ],
        vec![("app", FORMFLOW), ("plan", "lifetime"), ("cycle", "YEARLY")],
        vec![("app", FORMFLOW), ("plan", "pro"), ("cycle", "WEEKLY")],
        vec![("app", FORMFLOW), ("plan", "pro")],
        vec![
            ("app", FORMFLOW),
            ("plan", "pro"),
            ("cycle", "YEARLY"),
            ("country", "ZZ"),
        ],
    ] {
        let (status, location, body) = post_checkout(&base, &form).await;
        assert_eq!((status, location), (400, None), "{form:?}");
        assert!(body.contains("<h1>"), "a readable page: {body}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_get_url_failure_is_a_503_without_redirect() {
    let (base, server) = serve(&[]).await;
    let faults = server.sandbox.as_ref().unwrap().faults();
    faults.set(
        crate::wix::Endpoint::Checkout,
        crate::sandbox::faults::Fault {
            latency_ms: 0,
            failure: Some(crate::sandbox::faults::Failure::Status(500)),
            countries: vec![],
            ..Default::default()
        },
    );
    let instance = fresh(&server, ON_BUSINESS_MONTHLY);
    let (status, location, body) = owner_checkout(&base, "pro", "YEARLY", &instance).await;
    assert_eq!((status, location), (503, None));
    assert!(body.contains("Try again"), "{body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn checkout_urls_outside_the_configured_hosts_are_not_followed() {
    let (_, sandboxed) = serve(&[]).await;
    let sandbox = sandboxed.sandbox.as_ref().unwrap();
    let secrets: Vec<String> = sandbox
        .catalogue()
        .apps
        .iter()
        .map(|a| format!("{}={}", a.id, a.secret))
        .collect();
    // Production configuration against the sandbox: its checkout host is
    // not one of WIX_CHECKOUT_HOSTS, as a compromised answer would not be.
    let (base, server) = serve(&[
        ("WIX_APP_IDS", FORMFLOW),
        ("WIX_APP_SECRET", &secrets.join(",")),
        ("WIX_API_BASE_URL", sandbox.base_url()),
        ("WIX_WEB_BASE_URL", sandbox.base_url()),
        ("WIX_CHECKOUT_HOSTS", "www.wix.com"),
    ])
    .await;
    let instance = fresh(&server, ON_BUSINESS_MONTHLY);
    let form = [
        ("app", FORMFLOW),
        ("plan", "pro"),
        ("cycle", "YEARLY"),
        ("instance", &instance),
        ("successUrl", "https://evil.example/"),
        ("redirectUrl", "https://evil.example/"),
    ];
    let (status, location, _) = post_checkout(&base, &form).await;
    assert_eq!((status, location), (502, None));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_page_marks_the_owners_plan_and_what_they_cannot_buy() {
    let (base, server) = serve(&[]).await;
    let instance = fresh(&server, ON_BUSINESS_MONTHLY);
    let query: String = form_urlencoded::Serializer::new(String::new())
        .append_pair("instance", &instance)
        .finish();
    let (status, html) = fetch(&format!("{base}/?{query}"), &[]).await;
    assert_eq!(status, 200);
    let owners = |vendor| card(&html, FORMFLOW, vendor);
    assert!(owners("business").contains("Current plan"));
    assert!(owners("starter").contains("disabled") && owners("starter").contains("cheaper plan"));
    assert!(!owners("pro").contains("disabled"));
    // The verified instance rides along in every checkout form.
    assert!(owners("pro").contains(&format!("name=\"instance\" value=\"{instance}\"")));

    let (status, html) = fetch(&format!("{base}/?instance=forged.value"), &[]).await;
    assert_eq!(status, 200);
    assert!(html.contains("could not be verified"));
    assert!(
        !card(&html, FORMFLOW, "pro").contains("name=\"instance\""),
        "an unverified instance is not carried to checkout"
    );
}

// ----------------------------------------------------------------- preview --

async fn preview_json(
    base: &str,
    query: &str,
    headers: &[(&str, &str)],
) -> (u16, serde_json::Value) {
    let (status, body) = fetch(&format!("{base}/preview.json?{query}"), headers).await;
    (
        status,
        serde_json::from_str(&body).unwrap_or(serde_json::Value::Null),
    )
}

/// Parses the CSV export back into rows, its header row first.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|record| record.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn preview_exports_exact_prices_and_the_csv_equals_the_json() {
    let (base, _server) = serve(&[]).await;
    let (status, json) =
        preview_json(&base, "countries=DE,JP&countries=US&countries=india", &[]).await;
    assert_eq!(status, 200);
    assert_eq!(
        json["countries"],
        serde_json::json!(["DE", "JP", "US", "IN"])
    );
    let lines = json["lines"].as_array().unwrap();
    let line = |plan: &str, cycle: &str, country: &str| {
        lines
            .iter()
            .find(|l| l["vendor_id"] == plan && l["cycle"] == cycle && l["country"] == country)
            .unwrap()
            .clone()
    };
    let de = line("business", "MONTHLY", "DE");
    assert_eq!(
        (de["currency"].as_str(), de["tax_label"].as_str()),
        (Some("EUR"), Some("incl. 19% VAT"))
    );
    assert_eq!(de["per_month"], "9.85");
    let jp = line("business", "YEARLY", "JP");
    assert_eq!(
        (jp["per_month"].as_str(), jp["cycle_total"].as_str()),
        (Some("1246"), Some("14952"))
    );
    assert_eq!(line("business", "YEARLY", "US")["save_percent"], 16);
    // Names beside the codes, and the cycle in the page's words.
    let business = line("business", "YEARLY", "DE");
    assert_eq!(business["app_name"], "FormFlow");
    assert_eq!(business["country_name"], "Germany");
    assert_eq!(business["cycle_name"], "Yearly");
    // 249 USD x 83.3 = 20741.70 INR, with 18% GST 24475.206.
    assert_eq!(line("lifetime", "ONE_TIME", "IN")["one_time"], "24475.21");
    assert_eq!(line("growth", "MONTHLY", "US")["base_fee"], "15.00");

    let (status, csv) = fetch(
        &format!("{base}/preview.csv?countries=DE,JP&countries=US&countries=india"),
        &[],
    )
    .await;
    assert_eq!(status, 200);
    let rows = parse_csv(&csv);
    assert_eq!(rows[0], crate::preview::EXPORT_FIELDS.map(String::from));
    assert_eq!(rows.len() - 1, lines.len());
    for (row, line) in rows[1..].iter().zip(lines) {
        for (name, value) in rows[0].iter().zip(row) {
            let expected = match &line[name.as_str()] {
                serde_json::Value::Null => String::new(),
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            assert_eq!(value, &expected, "{name}");
        }
    }
    assert_eq!(
        fetch(&format!("{base}/preview.csv?countries=Atlantis"), &[])
            .await
            .0,
        400
    );
    assert_eq!(
        fetch(&format!("{base}/preview.json?preset=moon"), &[])
            .await
            .0,
        400
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_country_wix_fails_for_is_marked_and_the_rest_kept() {
    let (base, server) = serve(&[]).await;
    server.sandbox.as_ref().unwrap().faults().set(
        crate::wix::Endpoint::ListAppPlans,
        crate::sandbox::faults::Fault {
            latency_ms: 0,
            failure: Some(crate::sandbox::faults::Failure::Status(500)),
            countries: vec!["JP".into()],
            ..Default::default()
        },
    );
    let (status, json) = preview_json(&base, "countries=DE,JP,US", &[]).await;
    assert_eq!(status, 200);
    let lines = json["lines"].as_array().unwrap();
    for line in lines.iter().filter(|l| l["country"] == "JP") {
        assert!(
            line["per_month"].is_null()
                && line["flag"].as_str().unwrap().contains("did not answer")
        );
    }
    assert!(lines
        .iter()
        .any(|l| l["country"] == "DE" && l["per_month"] == "9.85"));
    let (status, html) = fetch(&format!("{base}/preview?countries=DE,JP,US"), &[]).await;
    assert_eq!(status, 200);
    let jp = html
        .split(r#"id="country-JP""#)
        .nth(1)
        .and_then(|th| th.split("</th>").next())
        .unwrap_or_else(|| panic!("{html}"));
    assert!(jp.contains(r#"class="failed""#), "{jp}");
    assert!(jp.contains("Wix did not answer for this country."), "{jp}");
    // The summary counts the column's cells and links to it once.
    let summary = html.split(r#"<div data-flagged=""#).nth(1).unwrap();
    let summary = &summary[..summary.find("</div>").unwrap()];
    assert!(summary.contains(r##"<a href="#country-JP">"##), "{summary}");
    assert!(
        summary.contains("cells on this page are flagged:"),
        "{summary}"
    );
}

/// What a marketer typed stays: countries by name or code as chips in the
/// order typed, chosen in the list for the next submit (a language
/// change keeps them); what names no country is said, left in the search
/// box, and kept out of the exports.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_preview_keeps_the_chosen_countries_and_says_what_it_did_not_understand() {
    let server = build(&[]).await;
    let (status, html) = server
        .get("/preview?countries=Japan&countries=Germny,de&lang=en", &[])
        .await;
    assert_eq!(status, 200, "{html}");
    let chips = html
        .split(r#"<ul aria-label="Chosen countries" class="chips">"#)
        .nth(1)
        .unwrap();
    let chips = &chips[..chips.find("</ul>").unwrap()];
    let order: Vec<&str> = chips
        .split("<li>")
        .skip(1)
        .map(|li| &li[..li.find(" (").unwrap()])
        .collect();
    assert_eq!(order, ["Japan", "Germany"]);
    assert!(chips.contains(r#"href="/preview?lang=en&amp;countries=Germny&amp;countries=de" aria-label="Remove Japan""#), "{chips}");
    assert!(
        html.contains(r#"<option value="JP" selected>"#)
            && html.contains(r#"<option value="DE" selected>"#)
    );
    assert!(html.contains("Not understood: “Germny”."), "{html}");
    assert!(html.contains(r#"value="Germny""#), "{html}");
    assert!(
        html.contains(r#"href="/preview.csv?lang=en&amp;countries=Japan&amp;countries=de""#),
        "{html}"
    );
    let shown: Vec<&str> = html
        .split(r#"<th scope="col" id="country-"#)
        .skip(1)
        .map(|th| &th[..th.find('"').unwrap()])
        .collect();
    assert_eq!(shown, ["JP", "DE"]);
    // The exports still refuse a country they cannot name.
    let (status, _) = server.get("/preview.csv?countries=Germny", &[]).await;
    assert_eq!(status, 400);
    // With nothing asked for, the form says the default markets are shown.
    let (_, html) = server.get("/preview", &[]).await;
    assert!(
        html.contains(r#"<option value="default" selected>"#),
        "{html}"
    );
}

/// "Business yearly in Germany and Japan": the rows narrowed by a GET
/// form whose choices are the table's and whose other fields the
/// address's; the exports of the same address hold the same rows.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_preview_narrows_its_rows_to_an_app_plan_or_cycle() {
    let server = build(&[]).await;
    let path = "/preview?countries=DE,JP&lang=en&plan=business&cycle=YEARLY";
    let (status, html) = server.get(path, &[]).await;
    assert_eq!(status, 200, "{html}");
    let rows: Vec<&str> = html.split("<tr data-app=").skip(1).collect();
    assert_eq!(rows.len(), 1, "{html}");
    // How old the prices are: when Wix gave them, to the minute.
    let note = html.split(r#"<p class="price-note">"#).nth(1).unwrap();
    let note = &note[..note.find("</p>").unwrap()];
    let year = time::OffsetDateTime::now_utc().year();
    assert!(
        note.contains(&format!("Prices as Wix gave them at {year}-")),
        "{note}"
    );
    assert!(note.ends_with(" UTC."), "{note}");
    assert!(rows[0].contains(r#"data-plan="business" data-cycle="YEARLY""#));
    let form = html.split(r#"class="row-filter">"#).nth(1).unwrap();
    let form = &form[..form.find("</form>").unwrap()];
    for hidden in [
        r#"name="countries" value="DE,JP""#,
        r#"name="lang" value="en""#,
    ] {
        assert!(form.contains(hidden), "{form}");
    }
    assert!(
        form.contains(r#"<option value="business" selected>"#),
        "{form}"
    );
    assert!(
        form.contains(r#"<option value="YEARLY" selected>Yearly</option>"#),
        "{form}"
    );
    assert!(
        form.contains(r#"<option value="MONTHLY">Monthly</option>"#),
        "{form}"
    );
    assert!(!form.contains(r#"name="plan" value="#), "{form}");
    let (status, json) = server
        .get(
            "/preview.json?countries=DE,JP&lang=en&plan=business&cycle=YEARLY",
            &[],
        )
        .await;
    assert_eq!(status, 200);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let lines = json["lines"].as_array().unwrap();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(lines
        .iter()
        .all(|l| l["vendor_id"] == "business" && l["cycle"] == "YEARLY"));
    // The workbook of the same address: a zip, named for what and when.
    let request = axum::http::Request::get("/preview.xlsx?countries=DE,JP&plan=business")
        .body(axum::body::Body::empty())
        .unwrap();
    let (status, headers, body) = server.ask(request).await;
    assert_eq!(status, 200);
    assert!(body.starts_with("PK"), "a zip");
    let file = headers["content-disposition"].to_str().unwrap();
    assert!(
        file.starts_with(r#"attachment; filename="pricing-preview-2-countries-20"#),
        "{file}"
    );
    assert!(file.ends_with(r#".xlsx""#), "{file}");
    let export = html.split(r#"href="/preview.json?"#).nth(1).unwrap();
    let export = &export[..export.find('"').unwrap()];
    for part in [
        "plan=business",
        "cycle=YEARLY",
        "countries=DE",
        "countries=JP",
    ] {
        assert!(export.split("&amp;").any(|p| p == part), "{export}");
    }
}

/// A workbook is made whole in memory: past its bound it is refused, in
/// words, and the CSV of the same address is still written.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_workbook_too_large_to_make_is_refused() {
    // 50 plans of five prices each (Wix's most for an app), in all 249
    // countries: 62,250 lines, past the 30,000 a workbook holds.
    let cycles = ["monthly", "yearly", "two-years", "three-years", "one-time"];
    let plans: String = (0..50)
        .map(|n| {
            let prices: String = cycles
                .iter()
                .map(|c| format!("[[apps.plans.prices]]\ncycle = \"{c}\"\nusd = \"{n}\"\n"))
                .collect();
            format!("[[apps.plans]]\nvendor_id = \"p{n}\"\nname = \"P{n}\"\n{prices}")
        })
        .collect();
    let server = with_app("Huge", &plans).await;
    let (status, body) = server.get("/preview.xlsx?preset=all", &[]).await;
    assert_eq!(status, 400);
    assert!(body.contains("A workbook of 62250 lines"), "{body}");
    let (status, _) = server.get("/preview.xlsx?preset=eu", &[]).await;
    assert_eq!(status, 200);
}

/// Countries as rows: "business yearly" is one column, a row per
/// country; sorted on request by an amount, cheapest first.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_preview_lays_countries_as_rows_and_sorts_them() {
    let server = build(&[]).await;
    let base = "/preview?countries=DE,JP,US,GB,IN&lang=en&plan=business&cycle=YEARLY";
    let (status, html) = server
        .get(&format!("{base}&layout=countries&sort=row-0"), &[])
        .await;
    assert_eq!(status, 200, "{html}");
    // A row per country, grouped by currency, cheapest first in each.
    let rows: Vec<(String, rust_decimal::Decimal)> = html
        .split(r#"<tr data-country=""#)
        .skip(1)
        .map(|tr| {
            let attr = |name: &str| {
                let at = tr.find(&format!(r#"{name}=""#)).unwrap() + name.len() + 2;
                tr[at..at + tr[at..].find('"').unwrap()].to_owned()
            };
            (attr("data-currency"), attr("value").parse().unwrap())
        })
        .collect();
    assert_eq!(rows.len(), 5, "{html}");
    assert_eq!(html.matches(r#"<th scope="col" data-app="#).count(), 1);
    assert!(
        html.contains(r#"<th scope="row" id="country-DE""#),
        "{html}"
    );
    for pair in rows.windows(2) {
        let in_order = pair[0].0 < pair[1].0 || pair[0].0 == pair[1].0 && pair[0].1 <= pair[1].1;
        assert!(in_order, "{rows:?}");
    }
    // "Business yearly in the EU": one list of 27 countries, not 3 pages.
    let (_, html) = server
        .get(
            "/preview?preset=eu&layout=countries&plan=business&cycle=YEARLY",
            &[],
        )
        .await;
    assert_eq!(html.matches(r#"<tr data-country=""#).count(), 27);
    assert!(!html.contains("Pages of countries"));
    // Plans as rows, sorted by Japan's amount.
    let (_, html) = server
        .get(
            "/preview?countries=DE,JP&lang=en&cycle=MONTHLY&sort=JP",
            &[],
        )
        .await;
    let values: Vec<u64> = html
        .split(r#"<td id="cell-"#)
        .skip(1)
        .filter(|td| td.contains(r#"data-country="JP""#))
        .map(|td| {
            let at = td.find(r#"value=""#).map_or(usize::MAX, |at| at + 7);
            td.get(at..)
                .and_then(|v| v[..v.find('"')?].parse().ok())
                .unwrap_or(u64::MAX)
        })
        .collect();
    let mut sorted = values.clone();
    sorted.sort();
    assert_eq!(values, sorted, "{values:?}");
    assert!(values.len() > 3);
}

/// A typo in one country's price and a country Wix prices in dollars are
/// each flagged with their reason, in the page's summary and the exports.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_preview_flags_a_typo_and_a_foreign_currency() {
    // Pro, with a typo in Germany; Basic, left out in Italy.
    let server = with_app(
        "Typo",
        "[[apps.plans]]\nvendor_id = \"pro\"\nname = \"Pro\"\n\
         [[apps.plans.prices]]\ncycle = \"monthly\"\nusd = \"10\"\n\
         local.DE = { price_before_tax = \"84.03\", total_price = \"100.00\" }\n\
         [[apps.plans]]\nvendor_id = \"basic\"\nname = \"Basic\"\n\
         [[apps.plans.prices]]\ncycle = \"monthly\"\nusd = \"5\"\n\
         [[patches]]\ncountries = [\"IT\"]\npath = \"/appPlans/0/plans/1\"\nremove = true\n",
    )
    .await;
    let countries = "countries=DE,FR,IT,ES,AT,NL,BE";
    let (_, json) = server.get(&format!("/preview.json?{countries}"), &[]).await;
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let flag = |plan: &str, country: &str| {
        let lines = json["lines"].as_array().unwrap();
        let line = lines
            .iter()
            .find(|l| l["vendor_id"] == plan && l["country"] == country)
            .unwrap_or_else(|| panic!("{plan} {country}: {lines:?}"));
        line["flag"].as_str().map(str::to_owned)
    };
    let typo = flag("pro", "DE").unwrap();
    assert!(
        typo.ends_with("% above the median of the 6 countries priced in EUR."),
        "{typo}"
    );
    let missing = flag("basic", "IT").unwrap();
    assert!(missing.contains("other countr"), "{missing}");
    assert!(flag("pro", "BE")
        .unwrap()
        .starts_with("Priced in USD, not in this country's own EUR"));
    for country in ["FR", "ES", "AT", "NL"] {
        assert_eq!(flag("pro", country), None, "{country}");
        assert_eq!(flag("basic", country), None, "{country}");
    }
    let (_, html) = server.get(&format!("/preview?{countries}"), &[]).await;
    let summary = html.split(r#"<div data-flagged=""#).nth(1).unwrap();
    let count: usize = summary[..summary.find('"').unwrap()].parse().unwrap();
    let flagged_cells = html
        .split("<td id=")
        .skip(1)
        .filter(|td| td[..td.find('>').unwrap()].contains(r#"class="flagged""#))
        .count();
    assert_eq!(count, flagged_cells, "{summary}");
    assert!(count >= 4, "{summary}");
    for reason in [typo.as_str(), missing.as_str()] {
        assert!(summary.contains(reason), "{reason}: {summary}");
    }
    assert!(summary.contains(r##"<a href="#country-BE">"##), "{summary}");
}

/// A preview of many countries shows twelve a page, with links to the
/// others; each page's cells are the exports' for its countries, flagged
/// against every country, and the exports hold every country whichever
/// page links to them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_preview_shows_twelve_countries_a_page() {
    // A yearly saving of 20%, but about 40% in the Netherlands (page 2).
    let server = with_app(
        "Paged",
        "[[apps.plans]]\nvendor_id = \"pro\"\nname = \"Pro\"\n\
         [[apps.plans.prices]]\ncycle = \"monthly\"\nusd = \"10\"\n\
         [[apps.plans.prices]]\ncycle = \"yearly\"\nusd = \"8\"\n\
         local.NL = { price_before_tax = \"5.52\", total_price = \"6.68\" }\n",
    )
    .await;
    let (status, json) = server.get("/preview.json?preset=eu", &[]).await;
    assert_eq!(status, 200);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let eu: Vec<&str> = json["countries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    assert_eq!(eu.len(), 27);
    let lines = json["lines"].as_array().unwrap();
    // The saving off the median; the demo's countries Wix prices in USD,
    // not their own currency, are flagged too (a column each).
    let flagged: Vec<_> = lines
        .iter()
        .filter(|l| l["flag"].as_str().is_some_and(|f| f.starts_with("Saves")))
        .collect();
    assert_eq!(flagged.len(), 1, "{flagged:?}");
    let belgium = lines.iter().find(|l| l["country"] == "BE").unwrap();
    let foreign = "Priced in USD, not in this country's own EUR: \
                   Wix does so where it does not sell in the local currency.";
    assert_eq!(belgium["flag"], foreign);
    assert_eq!(flagged[0]["country"], "NL");
    assert!(flagged[0]["flag"]
        .as_str()
        .unwrap()
        .ends_with("while the median saving is 20%."));
    for (page, countries) in [(1, &eu[..12]), (2, &eu[12..24]), (3, &eu[24..])] {
        let (status, html) = server
            .get(&format!("/preview?preset=eu&page={page}"), &[])
            .await;
        assert_eq!(status, 200);
        let shown: Vec<&str> = html
            .split(r#"<th scope="col" id="country-"#)
            .skip(1)
            .map(|th| &th[..th.find('"').unwrap()])
            .collect();
        assert_eq!(shown, countries, "page {page}");
        // Each country's visitor view opens beside, in its own language.
        assert!(
            html.contains(r#"href="/?country=NL&amp;lang=nl-NL" target="_blank" rel="noopener""#)
                == (page == 2),
            "page {page}"
        );
        // What was checked, and what was found: the one flag, linked, on
        // the page that shows it.
        let summary = html.split(r#"<div data-flagged=""#).nth(1).unwrap();
        let summary = &summary[..summary.find("</div>").unwrap()];
        assert!(summary.contains("Checked: a price missing"), "{summary}");
        // It counts the cells the table marks flagged.
        let count: usize = summary[..summary.find('"').unwrap()].parse().unwrap();
        let flagged_cells = html
            .split("<td id=")
            .skip(1)
            .filter(|td| td[..td.find('>').unwrap()].contains(r#"class="flagged""#))
            .count();
        assert_eq!(count, flagged_cells, "{summary}");
        let saving = summary
            .split(r##"<a href="#cell-"##)
            .skip(1)
            .map(|link| &link[..link.find('"').unwrap()])
            .find(|target| target.ends_with("-NL"));
        assert_eq!(saving.is_some(), page == 2, "{summary}");
        if let Some(target) = saving {
            assert!(
                html.contains(&format!(r#"<td id="cell-{target}""#)),
                "{target}"
            );
        }
        if page == 1 {
            let belgium = r##"<a href="#country-BE">Belgium (BE): Priced in USD"##;
            assert!(summary.contains(belgium), "{summary}");
        }
        // An internal tool: no visitors' footer; a caption, and each row
        // named by one header: app, plan and cycle.
        assert!(!html.contains("site-footer"));
        assert!(html.contains("<caption>Prices by country</caption>"));
        assert!(html.contains(r#"<th scope="row" class="label"><span class="row-app">Paged</span> <span class="row-plan">Pro</span> <span class="row-cycle">Yearly</span></th>"#), "page {page}");
        let nav = &html[html
            .find(r#"<nav aria-label="Pages of countries""#)
            .unwrap()..];
        let nav = &nav[..nav.find("</nav>").unwrap()];
        let (first, last) = (page * 12 - 11, (page * 12).min(27));
        assert!(
            nav.contains(&format!("Countries {first} to {last} of 27")),
            "{nav}"
        );
        assert!(
            nav.contains(&format!(
                r#"href="/preview?preset=eu&amp;page={page}" aria-current="page">{page}<"#
            )),
            "{nav}"
        );
        assert_eq!(nav.contains(r#"rel="prev""#), page > 1);
        assert_eq!(nav.contains(r#"rel="next""#), page < 3);
        assert_eq!(
            nav.matches("<li>").count(),
            3 + usize::from(page > 1) + usize::from(page < 3)
        );
        assert!(
            html.contains(r#"href="/preview.csv?preset=eu""#),
            "the exports are whole"
        );
        assert_eq!(
            html.contains(flagged[0]["flag"].as_str().unwrap()),
            page == 2,
            "page {page}"
        );
        // Every cell is the exports' line for its row and country.
        let mut compared = 0;
        for row in html.split("<tr data-app=\"").skip(1) {
            let attr = |name: &str| {
                let at = row.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
                &row[at..at + row[at..].find('"').unwrap()]
            };
            let (plan, cycle) = (attr("data-plan"), attr("data-cycle"));
            for country in countries {
                let cell = row
                    .split(&format!(r#" data-country="{country}""#))
                    .nth(1)
                    .unwrap();
                let cell = &cell[..cell.find("</td>").unwrap()];
                let line = lines
                    .iter()
                    .find(|l| {
                        l["vendor_id"] == plan && l["cycle"] == cycle && l["country"] == *country
                    })
                    .unwrap_or_else(|| panic!("{plan} {cycle} {country}"));
                let per_month = line["per_month"].as_str().unwrap();
                assert!(
                    cell.contains(&format!(r#"value="{per_month}" data-role="per-month""#)),
                    "{country}: {cell}"
                );
                assert_eq!(
                    cell.contains(r#"class="flagged""#),
                    !line["flag"].is_null(),
                    "{country}: {cell}"
                );
                compared += 1;
            }
        }
        assert_eq!(
            compared,
            2 * countries.len(),
            "page {page}: a monthly and a yearly row"
        );
    }
    for page in ["0", "4", "two", "-1"] {
        let (status, html) = server
            .get(&format!("/preview?preset=eu&page={page}"), &[])
            .await;
        assert_eq!(status, 400, "page={page}");
        assert!(
            html.contains(&format!(
                "“\u{2068}{page}\u{2069}” is not a page of this preview; its pages are 1 to 3."
            )),
            "{html}"
        );
    }
    // Twelve countries or fewer: one page, and no links to others.
    let (status, html) = server.get("/preview?preset=default&page=1", &[]).await;
    assert_eq!(status, 200);
    assert!(!html.contains("preview-pages"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_configured_preview_token_is_required() {
    use base64::Engine;
    let (base, _server) = serve(&[("PRICING_PREVIEW_TOKEN", "let-me-in")]).await;
    for path in [
        "/preview",
        "/preview.csv",
        "/preview.json?countries=DE",
        "/preview.xlsx",
    ] {
        assert_eq!(fetch(&format!("{base}{path}"), &[]).await.0, 401, "{path}");
        assert_eq!(
            fetch(&format!("{base}{path}"), &[("X-Preview-Token", "nope")])
                .await
                .0,
            401
        );
        assert_eq!(
            fetch(
                &format!("{base}{path}"),
                &[("X-Preview-Token", "let-me-in")]
            )
            .await
            .0,
            200,
            "{path}"
        );
    }
    let basic = format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode("marketing:let-me-in")
    );
    assert_eq!(
        fetch(&format!("{base}/preview.csv"), &[("Authorization", &basic)])
            .await
            .0,
        200
    );
    // The server functions have no address: the page renders them here,
    // and there only the site's files answer (GET).
    for (path, token) in [("/api/preview", "let-me-in"), ("/api/pricing", "")] {
        let status = reqwest::Client::new()
            .post(format!("{base}{path}"))
            .header("X-Preview-Token", token)
            .send()
            .await
            .unwrap()
            .status();
        assert_eq!(status, 405, "{path}");
    }
    // The visitor page is not.
    assert_eq!(fetch(&format!("{base}/"), &[]).await.0, 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_owner_on_the_free_plan_sees_it_as_current_and_a_free_trial() {
    const ON_FREE_WITH_TRIAL: &str = "3f1d2c4b-8a7e-4e0f-9b6d-1c2a3e4f5a02";
    let (base, server) = serve(&[]).await;
    let instance = fresh(&server, ON_FREE_WITH_TRIAL);
    let query: String = form_urlencoded::Serializer::new(String::new())
        .append_pair("instance", &instance)
        .finish();
    let (_, html) = fetch(&format!("{base}/?{query}"), &[]).await;
    assert!(card(&html, FORMFLOW, "free").contains("Current plan"));
    assert!(html.contains("Free trial available"));
    assert_eq!(
        owner_checkout(&base, "free", "MONTHLY", &instance).await.0,
        409
    );
    assert_eq!(
        owner_checkout(&base, "starter", "MONTHLY", &instance)
            .await
            .0,
        303
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_apps_or_the_sandbox_flag_the_server_refuses_to_start() {
    let options = || LeptosOptions::builder().output_name("wix-pricing").build();
    let config = Config::from_pairs(&[("PRICING_BIND_ADDR", "127.0.0.1:0")]).unwrap();
    let refused = Server::build(config, options())
        .await
        .err()
        .map(|e| e.to_string());
    let message = refused.expect("no apps and no sandbox: refused");
    assert!(
        message.contains("WIX_APP_IDS") && message.contains("PRICING_SANDBOX=1"),
        "names both ways: {message}"
    );
    // Both at once, or a flag that is not one, is a configuration error.
    assert!(Config::from_pairs(&[
        ("WIX_APP_IDS", "app"),
        ("WIX_APP_SECRET", "secret"),
        ("PRICING_SANDBOX", "1"),
    ])
    .is_err());
    assert!(Config::from_pairs(&[("PRICING_SANDBOX", "yes")]).is_err());
}

/// Wix checkout names no 2-, 3- or 6-month cycle: such prices are rows of
/// their own, told apart by their months, never folded into one.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn preview_keeps_each_unnamed_cycle_apart() {
    let mut catalogue = include_str!("../sandbox/catalogue.toml").to_owned();
    catalogue.push_str("\n[[apps.plans]]\nvendor_id = \"seasons\"\nname = \"Seasons\"\n");
    for (months, usd) in [(2, "10"), (3, "9"), (6, "8")] {
        catalogue.push_str(&format!(
            "[[apps.plans.prices]]\nusd = \"{usd}\"\n\
             cycle = {{ cycleType = \"RECURRING\", cycleDuration = {{ unit = \"MONTH\", count = {months} }} }}\n"
        ));
    }
    let path = std::env::temp_dir().join(format!("seasons-{}.toml", std::process::id()));
    std::fs::write(&path, catalogue).unwrap();
    let (base, _server) = serve(&[("PRICING_SANDBOX_CATALOGUE", path.to_str().unwrap())]).await;
    let (status, json) = preview_json(&base, "countries=US,DE", &[]).await;
    let (_, csv) = fetch(&format!("{base}/preview.csv?countries=US,DE"), &[]).await;
    std::fs::remove_file(&path).ok();
    assert_eq!(status, 200);
    let seasons: Vec<_> = json["lines"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["vendor_id"] == "seasons" && l["country"] == "US")
        .map(|l| {
            (
                l["cycle"].clone(),
                l["months"].clone(),
                l["cycle_total"].clone(),
            )
        })
        .collect();
    assert_eq!(
        seasons,
        [(2, "20.00"), (3, "27.00"), (6, "48.00")].map(|(m, total)| (
            "OTHER".into(),
            m.into(),
            total.into()
        ))
    );
    let rows = parse_csv(&csv);
    let at = |name: &str| rows[0].iter().position(|h| h == name).unwrap();
    let (vendor, country, months) = (at("vendor_id"), at("country"), at("months"));
    let in_csv: Vec<&str> = rows[1..]
        .iter()
        .filter(|r| r[vendor] == "seasons" && r[country] == "US")
        .map(|r| r[months].as_str())
        .collect();
    assert_eq!(in_csv, ["2", "3", "6"]);
}

/// A server on the demo's countries with one app, `name`, selling `plans`
/// (`[[apps.plans]]` tables of the sandbox catalogue).
async fn with_app(name: &str, plans: &str) -> Server {
    let demo = include_str!("../sandbox/catalogue.toml");
    let catalogue = format!(
        "{}[[apps]]\nid = \"5b1c3e7a-2f4d-4c8e-9a61-0d2f7b9e4a10\"\nname = \"{name}\"\n\
         secret = \"{name}-secret\"\n{plans}",
        &demo[..demo.find("[[apps]]").unwrap()]
    );
    let path = std::env::temp_dir().join(format!("{name}-{}.toml", std::process::id()));
    std::fs::write(&path, catalogue).unwrap();
    let server = build(&[("PRICING_SANDBOX_CATALOGUE", path.to_str().unwrap())]).await;
    // Read at start-up.
    std::fs::remove_file(&path).ok();
    server
}

/// Many plans are compared in tables of at most eight neighbours, each
/// with the rows of its own plans' benefits, so the page grows with the
/// plans rather than with plans times benefits.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn many_plans_are_compared_a_few_at_a_time() {
    let mut catalogue = String::new();
    for n in 0..20 {
        catalogue.push_str(&format!(
            "[[apps.plans]]\nvendor_id = \"p{n}\"\nname = \"Plan {n}\"\n\
             benefits = [\"Own {n}\", \"Shared\"]\n\
             [[apps.plans.prices]]\ncycle = \"monthly\"\nusd = \"{}\"\n",
            n + 1
        ));
    }
    let server = with_app("Wide", &catalogue).await;
    let (status, html) = server.get("/?country=US&lang=en", &[]).await;
    assert_eq!(status, 200);
    let tables: Vec<&str> = html
        .split(r#"<div role="region" aria-label=""#)
        .skip(1)
        .filter(|t| t[..t.find('>').unwrap()].contains(r#"class="comparison""#))
        .collect();
    // 20 plans: 6, 7 and 7, in the cards' order.
    let expected = [(0..6), (6..13), (13..20)];
    assert_eq!(tables.len(), expected.len());
    for (table, plans) in tables.iter().zip(expected) {
        let table = &table[..table.find("</table>").unwrap()];
        let (first, last) = (plans.start, plans.end - 1);
        assert!(
            table.starts_with(&format!(
                r#"Compare Wide plans: Plan {first} to Plan {last}""#
            )),
            "{table}"
        );
        assert!(
            table.contains(&format!(
                "<caption>Compare plans: Plan {first} to Plan {last}</caption>"
            )),
            "{table}"
        );
        let columns: Vec<String> = plans
            .clone()
            .map(|n| format!(r#"<th scope="col">Plan {n}</th>"#))
            .collect();
        assert!(table.contains(&columns.concat()), "{table}");
        // Its own plans' benefits and the shared one, no other plan's.
        let rows = table.matches(r#"<th scope="row">"#).count();
        assert_eq!(rows, plans.len() + 1);
        assert_eq!(table.matches("<td ").count(), rows * plans.len());
        for n in 0..20 {
            assert_eq!(
                table.contains(&format!(">Own {n}<")),
                plans.contains(&n),
                "Own {n}"
            );
        }
    }
}
