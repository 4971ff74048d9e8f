//! The owner's page: the brand's theme and its dark scheme, the page in
//! another site's frame, and coupons carried to Wix checkout.

use super::tests::{build, fresh, post_checkout, serve, FORMFLOW, ON_BUSINESS_MONTHLY};

/// The hidden inputs of every checkout form on a page, by name.
fn checkout_inputs<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
    html.split(r#"action="/checkout""#)
        .skip(1)
        .map(|form| {
            let form = &form[..form.find("</form>").unwrap()];
            let marker = format!(r#"name="{name}" value=""#);
            form.find(&marker)
                .map(|at| form[at + marker.len()..].split('"').next().unwrap())
                .unwrap_or("")
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_theme_is_one_versioned_stylesheet_with_a_dark_scheme() {
    let server = build(&[
        ("PRICING_THEME_ACCENT", "#0f766e"),
        ("PRICING_THEME_NAME", "FormFlow"),
    ])
    .await;
    let (status, html) = server.get("/", &[]).await;
    assert_eq!(status, 200);
    let href = html
        .split(r#"<link rel="stylesheet" href="/theme.css?v="#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the page links the theme");
    assert!(
        html.contains(r#"<p class="brand-name">FormFlow"#),
        "the app's name in the header"
    );
    assert!(html.contains(r#"class="site-footer""#));

    let request = |path: String| {
        axum::http::Request::get(path)
            .body(axum::body::Body::empty())
            .unwrap()
    };
    let (status, headers, css) = server.ask(request(format!("/theme.css?v={href}"))).await;
    assert_eq!(status, 200);
    assert_eq!(headers["content-type"], "text/css; charset=utf-8");
    assert_eq!(
        headers["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert!(css.starts_with(":root{--bg:#fafafc;"), "{css}");
    assert!(css.contains("--accent:#0f766e;"), "{css}");
    assert!(css.contains("@media (prefers-color-scheme:dark){:root:not([data-theme=light]){"));
    // An old page's address gets the current theme, revalidated.
    let (_, headers, old) = server.ask(request("/theme.css?v=0123".into())).await;
    assert_eq!(
        (headers["cache-control"].to_str().unwrap(), old),
        ("no-cache", css)
    );

    // `?theme=` chooses a scheme for a preview of it; anything else is a 400.
    let (_, dark) = server.get("/?theme=dark", &[]).await;
    assert!(
        dark.contains(r#"<html lang="en" dir="ltr" data-theme="dark">"#),
        "{}",
        &dark[..200]
    );
    assert!(
        !html.contains("data-theme="),
        "the system's scheme by default"
    );
    let (status, refused) = server.get("/?theme=blue", &[]).await;
    assert_eq!(status, 400);
    // What the address said, isolated from the sentence around it.
    assert!(refused.contains("The theme must be light or dark, not “\u{2068}blue\u{2069}”."));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_brand_colour_that_fails_contrast_stops_start_up() {
    let refused = crate::config::Config::from_pairs(&[
        ("PRICING_SANDBOX", "1"),
        ("PRICING_THEME_ACCENT", "#ffd400"),
    ])
    .unwrap_err();
    assert_eq!(refused.setting, "PRICING_THEME_ACCENT");
    assert!(
        refused
            .reason
            .contains("has a contrast of 1.37:1, below the 4.5:1"),
        "{refused}"
    );
    // A logo on the owner's own site is allowed by the page's policy.
    let server = build(&[("PRICING_THEME_LOGO", "https://cdn.example.com/logo.svg")]).await;
    let request = axum::http::Request::get("/")
        .body(axum::body::Body::empty())
        .unwrap();
    let (_, headers, html) = server.ask(request).await;
    let csp = headers["content-security-policy"].to_str().unwrap();
    assert!(
        csp.contains("img-src 'self' data: https://cdn.example.com;"),
        "{csp}"
    );
    assert!(html.contains(r#"<img src="https://cdn.example.com/logo.svg" alt="Logo""#));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn embedded_the_page_drops_its_frame_and_checkout_leaves_it() {
    let server = build(&[("PRICING_THEME_NAME", "FormFlow")]).await;
    let request = axum::http::Request::get("/?embed=1&country=DE")
        .body(axum::body::Body::empty())
        .unwrap();
    let (status, headers, html) = server.ask(request).await;
    assert_eq!(status, 200);
    assert!(!html.contains("site-header") && !html.contains("site-footer"));
    // The heading stays, for screen readers.
    assert!(html.contains(r#"<h1 class="visually-hidden">"#));
    // Every checkout form breaks out of the frame; the country form keeps
    // the page embedded.
    let forms = html
        .matches(r#"<form method="post" action="/checkout""#)
        .count();
    assert!(forms > 5);
    assert_eq!(
        html.matches(r#"action="/checkout" target="_top""#).count(),
        forms
    );
    assert!(html.contains(r#"<input type="hidden" name="embed" value="1">"#));
    // The height script runs by the page's nonce, not by unsafe-inline.
    let csp = headers["content-security-policy"].to_str().unwrap();
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .unwrap()
        .split('\'')
        .next()
        .unwrap();
    let script = html
        .split(&format!(r#"<script type="module" nonce="{nonce}">"#))
        .find(|s| s.contains("wix-pricing:height"));
    assert!(script.is_some(), "the height script carries the nonce");
    assert!(!csp.contains("unsafe-inline"));

    let (_, plain) = server.get("/?country=DE", &[]).await;
    assert!(!plain.contains("wix-pricing:height") && !plain.contains(r#"target="_top""#));
    assert_eq!(server.get("/?embed=yes", &[]).await.0, 400);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_coupon_reaches_wix_checkout_directly_and_through_the_installer() {
    let (base, server) = serve(&[]).await;
    let (status, html) = server
        .get("/?coupon=WELCOME10&country=DE&lang=de", &[])
        .await;
    assert_eq!(status, 200);
    assert!(
        html.contains("class=\"notice coupon\">Der Gutschein \u{2068}WELCOME10\u{2069} wird"),
        "the note, in the page's language"
    );
    let coupons = checkout_inputs(&html, "coupon");
    assert!(
        coupons.len() > 5 && coupons.iter().all(|c| *c == "WELCOME10"),
        "{coupons:?}"
    );

    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let coupon_on = |checkout: &str| {
        let client = client.clone();
        let checkout = checkout.to_owned();
        async move {
            let page = crate::sandbox::tests::page_text(&client, &checkout).await;
            page.split(r#"data-checkout="coupon">"#)
                .nth(1)
                .unwrap()
                .split('<')
                .next()
                .unwrap()
                .to_owned()
        }
    };

    // An owner signed in from Wix: straight to Wix checkout.
    let instance = fresh(&server, ON_BUSINESS_MONTHLY);
    let form = [
        ("app", FORMFLOW),
        ("plan", "pro"),
        ("cycle", "YEARLY"),
        ("instance", instance.as_str()),
        ("coupon", "WELCOME10"),
    ];
    let (status, location, _) = post_checkout(&base, &form).await;
    assert_eq!(status, 303);
    assert_eq!(coupon_on(&location.unwrap()).await, "WELCOME10");

    // From the App Market: through the installer, the coupon signed with
    // the rest of the choice.
    let form = [
        ("app", FORMFLOW),
        ("plan", "pro"),
        ("cycle", "YEARLY"),
        ("coupon", "SPRING-25"),
    ];
    let back = super::tests::installer_return(&base, &form).await;
    let returned = super::tests::install(&server, &base, &back).await;
    assert!(returned.contains("coupon=SPRING-25"), "{returned}");
    let changed = client
        .get(returned.replace("SPRING-25", "WELCOME10"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        changed.status(),
        403,
        "the coupon is part of the signed choice"
    );
    let res = client.get(&returned).send().await.unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(
        coupon_on(res.headers()["location"].to_str().unwrap()).await,
        "SPRING-25"
    );

    // A code Wix refuses: a readable 400 with the way back without it.
    let form = [
        ("app", FORMFLOW),
        ("plan", "pro"),
        ("cycle", "YEARLY"),
        ("instance", instance.as_str()),
        ("country", "DE"),
        ("coupon", "EXPIRED"),
    ];
    let (status, location, page) = post_checkout(&base, &form).await;
    assert_eq!((status, location), (400, None));
    assert!(
        page.contains("Wix did not accept the coupon “\u{2068}EXPIRED\u{2069}”"),
        "{page}"
    );
    let back = page
        .split(r#"<a href=""#)
        .find(|a| a.contains("See the plans without the coupon"))
        .unwrap();
    let back = back.split('"').next().unwrap();
    assert!(
        back.starts_with("/?country=DE&amp;instance=") && !back.contains("coupon"),
        "{back}"
    );

    // Not a code at all: refused before Wix is asked.
    for bad in ["WELCOME 10", "<script>", &"A".repeat(65)] {
        let (status, _) = server
            .get(&format!("/?coupon={}", urlencoding(bad)), &[])
            .await;
        assert_eq!(status, 400, "{bad}");
        let form = [
            ("app", FORMFLOW),
            ("plan", "pro"),
            ("cycle", "YEARLY"),
            ("coupon", bad),
        ];
        assert_eq!(post_checkout(&base, &form).await.0, 400, "{bad}");
    }
}

fn urlencoding(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

/// The sum of a counter's samples whose labels include all of `labels`.
fn counted(metrics: &str, name: &str, labels: &[&str]) -> u64 {
    metrics
        .lines()
        .filter(|line| line.starts_with(&format!("{name}{{")))
        .filter(|line| labels.iter().all(|label| line.contains(label)))
        .filter_map(|line| line.rsplit(' ').next()?.parse::<u64>().ok())
        .sum()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_funnel_counts_each_step_with_bounded_labels() {
    let (base, server) = serve(&[]).await;
    let funnel = |labels: &'static [&'static str]| {
        let base = base.clone();
        async move {
            let (_, metrics) = super::tests::fetch(&format!("{base}/metrics"), &[]).await;
            counted(&metrics, "pricing_checkouts_total", labels)
        }
    };
    // The page fills the price cache the labels are checked against.
    server.get("/?country=DE", &[]).await;
    let instance = fresh(&server, ON_BUSINESS_MONTHLY);
    let direct = [
        ("app", FORMFLOW),
        ("plan", "pro"),
        ("cycle", "YEARLY"),
        ("country", "DE"),
        ("instance", instance.as_str()),
    ];
    assert_eq!(post_checkout(&base, &direct).await.0, 303);
    let anonymous = [
        ("app", FORMFLOW),
        ("plan", "agency"),
        ("cycle", "YEARLY"),
        ("country", "DE"),
    ];
    assert_eq!(post_checkout(&base, &anonymous).await.0, 303);
    // Made-up values fold into `other`; a downgrade is refused with its reason.
    let junk = [
        ("app", FORMFLOW),
        ("plan", "plan-9f3a"),
        ("cycle", "WEEKLY"),
        ("country", "DE"),
    ];
    assert_eq!(post_checkout(&base, &junk).await.0, 400);
    let downgrade = [
        ("app", FORMFLOW),
        ("plan", "starter"),
        ("cycle", "MONTHLY"),
        ("country", "DE"),
        ("instance", instance.as_str()),
    ];
    assert_eq!(post_checkout(&base, &downgrade).await.0, 409);

    const PRO: &str = r#"plan="pro",cycle="YEARLY",country="DE""#;
    assert_eq!(funnel(&[r#"step="started""#]).await, 4);
    assert_eq!(funnel(&[r#"step="started""#, PRO]).await, 1);
    assert_eq!(funnel(&[r#"step="redirected""#, PRO]).await, 1);
    assert_eq!(
        funnel(&[r#"step="installer""#, r#"plan="agency""#]).await,
        1
    );
    assert_eq!(
        funnel(&[
            r#"step="refused""#,
            r#"plan="other",cycle="other""#,
            r#"reason="bad_request""#
        ])
        .await,
        1
    );
    assert_eq!(
        funnel(&[
            r#"step="refused""#,
            r#"plan="starter""#,
            r#"reason="conflict""#
        ])
        .await,
        1
    );
    let (_, metrics) = super::tests::fetch(&format!("{base}/metrics"), &[]).await;
    assert!(!metrics.contains("plan-9f3a") && !metrics.contains("WEEKLY"));
}

/// Every metric the Grafana dashboard in `ops/` queries is one `/metrics`
/// serves, so the dashboard cannot drift from the code.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_dashboard_queries_only_metrics_that_exist() {
    let (base, server) = serve(&[]).await;
    server.get("/", &[]).await;
    let form = [("app", FORMFLOW), ("plan", "pro"), ("cycle", "YEARLY")];
    post_checkout(&base, &form).await;
    // A purchase through the sandbox, for the webhooks' metrics.
    let instance = fresh(&server, ON_BUSINESS_MONTHLY);
    let owner = [form.as_slice(), &[("instance", instance.as_str())]].concat();
    let (_, checkout, _) = post_checkout(&base, &owner).await;
    let paid = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .post(format!("{}/pay", checkout.unwrap()))
        .send()
        .await
        .unwrap();
    assert_eq!(paid.status(), 303);
    let (_, metrics) = super::tests::fetch(&format!("{base}/metrics"), &[]).await;
    let dashboard: serde_json::Value =
        serde_json::from_str(include_str!("../../ops/grafana-dashboard.json")).unwrap();
    let exprs: Vec<&str> = dashboard["panels"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|panel| panel["targets"].as_array().unwrap())
        .map(|target| target["expr"].as_str().unwrap())
        .collect();
    assert!(exprs.len() >= 8);
    for expr in exprs {
        for name in expr
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .filter(|word| word.starts_with("pricing_"))
        {
            // A sample, or the family declared (the shared cache's has
            // none on a server without one).
            let family = |line: &str| {
                let declared = line
                    .strip_prefix("# TYPE ")
                    .and_then(|l| l.split(' ').next());
                declared.is_some_and(|family| name.starts_with(family))
            };
            assert!(
                metrics
                    .lines()
                    .any(|line| line.starts_with(name) || family(line)),
                "{name} (in {expr}) is not served at /metrics"
            );
        }
    }
}

/// The `<data>` amounts of a plan's card on the page, as (role, value).
fn page_amounts(html: &str, vendor: &str) -> Vec<(String, String)> {
    let card = super::tests::card(html, FORMFLOW, vendor);
    let card = &card[..card.find(r#"class="comparison""#).unwrap_or(card.len())];
    let mut amounts: Vec<(String, String)> = card
        .split("<data value=\"")
        .skip(1)
        .map(|rest| {
            let value = rest.split('"').next().unwrap();
            let role = rest
                .split("data-role=\"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap();
            (role.to_owned(), value.to_owned())
        })
        .collect();
    amounts.sort();
    amounts
}

/// The same amounts, as the API gives them for the plan.
fn api_amounts(plan: &serde_json::Value) -> Vec<(String, String)> {
    let mut amounts = Vec::new();
    let mut put = |role: &str, money: &serde_json::Value| {
        if let Some(value) = money["value"].as_str() {
            amounts.push((role.to_owned(), value.to_owned()));
        }
    };
    for price in plan["prices"].as_array().unwrap() {
        let several_months = price["months"].as_u64().is_some_and(|m| m > 1);
        put("per-month", &price["per_month"]);
        put("one-time", &price["one_time"]);
        put("list-per-month", &price["list"]["per_month"]);
        put("list-one-time", &price["list"]["one_time"]);
        put("base-fee", &price["usage"]["base_fee"]);
        put("increment", &price["usage"]["increment"]);
        // The page writes a cycle's total only where it is not the month's.
        if several_months {
            put("cycle-total", &price["cycle_total"]);
            put("list-cycle-total", &price["list"]["cycle_total"]);
        }
    }
    if let Some(save) = plan["save_percent"].as_u64() {
        amounts.push(("save-percent".to_owned(), save.to_string()));
    }
    amounts.sort();
    amounts
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_api_validates_against_its_openapi_and_agrees_with_the_page() {
    let server = build(&[]).await;
    let (status, document) = server.get("/api/v1/openapi.json", &[]).await;
    assert_eq!(status, 200);
    let mut schema: serde_json::Value = serde_json::from_str(&document).unwrap();
    assert_eq!(schema["openapi"].as_str().unwrap().get(..3), Some("3.1"));
    assert!(schema["paths"]["/api/v1/pricing"]["get"].is_object());
    // The document as a JSON Schema whose root is the answer's schema.
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema".into();
    schema["$ref"] = "#/components/schemas/Pricing".into();
    let validator = jsonschema::validator_for(&schema).unwrap();

    let mut checked = 0;
    for (country, lang, cycle) in [
        ("US", "", "monthly"),
        ("DE", "de-DE", "yearly"),
        ("JP", "ja", "monthly"),
        ("IN", "", "yearly"),
        ("KW", "ar", "monthly"),
        ("BR", "pt-BR", "yearly"),
    ] {
        let query = format!("country={country}&lang={lang}&cycle={cycle}");
        let (status, json) = server.get(&format!("/api/v1/pricing?{query}"), &[]).await;
        assert_eq!(status, 200, "{json}");
        let api: serde_json::Value = serde_json::from_str(&json).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&api)
            .map(|e| format!("{e} at {}", e.instance_path))
            .collect();
        assert!(errors.is_empty(), "{country}: {errors:?}");
        assert_eq!(api["country"], country);
        assert_eq!(api["cycle"], cycle);

        let (_, page) = server.get(&format!("/?{query}"), &[]).await;
        let formflow = api["apps"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["id"] == FORMFLOW)
            .unwrap();
        for plan in formflow["plans"].as_array().unwrap() {
            let vendor = plan["vendor_id"].as_str().unwrap();
            // A free plan's card says "Free" where others show amounts.
            if plan["free"] == false {
                let page = page_amounts(&page, vendor);
                assert_eq!(api_amounts(plan), page, "{country} {vendor}");
            }
            for price in plan["prices"].as_array().unwrap() {
                if let Some(form) = price["checkout"].as_object() {
                    assert_eq!(form["method"], "POST");
                    assert!(form["action"].as_str().unwrap().ends_with("/checkout"));
                    let fields: Vec<&str> = form["fields"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|f| f["name"].as_str().unwrap())
                        .collect();
                    assert!(
                        fields.starts_with(&["app", "plan", "cycle", "country"]),
                        "{fields:?}"
                    );
                }
            }
            checked += 1;
        }
    }
    assert!(checked >= 30, "{checked} plans compared");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_api_revalidates_by_etag_answers_named_origins_and_refuses_in_json() {
    let server = build(&[("PRICING_API_ORIGINS", "https://www.example.com")]).await;
    let ask = |path: &str, headers: &[(&str, &str)]| {
        let mut request = axum::http::Request::get(path);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        server.ask(request.body(axum::body::Body::empty()).unwrap())
    };
    let (status, headers, _) = ask(
        "/api/v1/pricing?country=DE",
        &[("origin", "https://www.example.com")],
    )
    .await;
    assert_eq!(status, 200);
    let etag = headers["etag"].to_str().unwrap().to_owned();
    assert_eq!(
        headers["access-control-allow-origin"],
        "https://www.example.com"
    );
    assert!(headers["cache-control"]
        .to_str()
        .unwrap()
        .starts_with("public, max-age=0, s-maxage="));
    let (status, _, body) = ask("/api/v1/pricing?country=DE", &[("if-none-match", &etag)]).await;
    assert_eq!((status.as_u16(), body.as_str()), (304, ""));
    let (_, headers, _) = ask(
        "/api/v1/pricing?country=DE",
        &[("origin", "https://evil.example")],
    )
    .await;
    assert!(headers.get("access-control-allow-origin").is_none());

    let (status, headers, body) = ask("/api/v1/pricing?country=Atlantis", &[]).await;
    assert_eq!(status, 400);
    assert_eq!(headers["content-type"], "application/json");
    let body: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(body["error"]["status"], 400);
    assert!(body["error"]["message"]
        .as_str()
        .unwrap()
        .contains("Atlantis"));
    assert_eq!(ask("/api/v1/pricing?cycle=weekly", &[]).await.0, 400);
    assert!(crate::config::Config::from_pairs(&[
        ("PRICING_SANDBOX", "1"),
        ("PRICING_API_ORIGINS", "https://x.com/path")
    ])
    .is_err());
}
