//! The page built from answers written by hand from Wix's SDK types
//! (`src/wix/fixtures/`), served by a stand-in that is not our sandbox:
//! what each answer may carry, and what a visitor then sees.

use super::tests::{build, card};
use axum::{http::header, routing::get, Router};

const APP: &str = "fixture-app";

/// Serves `body` as every List App Plans answer; returns the product
/// built to ask it, to be asked in process.
async fn page_for(body: &'static str, settings: &[(&str, &str)]) -> super::Server {
    let wix = Router::new().fallback(get(move || async move {
        ([(header::CONTENT_TYPE, "application/json")], body)
    }));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let wix_url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, wix).await });
    let fixed = [
        ("WIX_APP_IDS", APP),
        ("WIX_APP_SECRET", "fixture-secret"),
        ("WIX_API_BASE_URL", &wix_url),
        ("PRICING_APP_NAMES", "fixture-app=Fixture"),
    ];
    build(&[&fixed[..], settings].concat()).await
}

/// The `value` of the amount with this role in a card, if any.
fn amount<'a>(card: &'a str, role: &str) -> Option<&'a str> {
    let at = card.find(&format!("data-role=\"{role}\""))?;
    let before = &card[..at];
    let value = before.rfind("value=\"")? + "value=\"".len();
    before[value..].split('"').next()
}

/// The checkout cycles a card offers a form for.
fn forms(card: &str) -> Vec<&str> {
    card.split("name=\"cycle\" value=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect()
}

fn skipped(metrics: &str, reason: &str) -> u64 {
    metrics
        .lines()
        .find(|l| {
            l.starts_with(&format!(
                "pricing_wix_prices_skipped_total{{reason=\"{reason}\"}}"
            ))
        })
        .and_then(|l| l.split(' ').nth(1))
        .map_or(0, |n| n.parse().unwrap())
}

/// Every fixture of `src/wix/fixtures/`: answers Wix may send.
const FIXTURES: [(&str, &str); 11] = [
    (
        "docs_example",
        include_str!("../wix/fixtures/docs_example.json"),
    ),
    ("nulls", include_str!("../wix/fixtures/nulls.json")),
    (
        "unknown_values",
        include_str!("../wix/fixtures/unknown_values.json"),
    ),
    ("sale", include_str!("../wix/fixtures/sale.json")),
    ("external", include_str!("../wix/fixtures/external.json")),
    (
        "missing_fields",
        include_str!("../wix/fixtures/missing_fields.json"),
    ),
    (
        "no_currency",
        include_str!("../wix/fixtures/no_currency.json"),
    ),
    ("discounts", include_str!("../wix/fixtures/discounts.json")),
    (
        "one_amount",
        include_str!("../wix/fixtures/one_amount.json"),
    ),
    ("no_rate", include_str!("../wix/fixtures/no_rate.json")),
    (
        "cycles_and_usage",
        include_str!("../wix/fixtures/cycles_and_usage.json"),
    ),
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_fixture_parses_and_renders() {
    for (name, body) in FIXTURES {
        // The docs' example is for its own app; the page shows what Wix sent.
        let server = page_for(body, &[]).await;
        for query in ["", "?cycle=yearly", "?lang=de-DE"] {
            let (status, html) = server.get(&format!("/{query}"), &[]).await;
            assert_eq!(status, 200, "{name}{query}: {html}");
            assert!(html.contains("data-plan="), "{name}{query}");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nulls_read_as_absent() {
    let server = page_for(include_str!("../wix/fixtures/nulls.json"), &[]).await;
    let (_, html) = server.get("/?cycle=yearly", &[]).await;
    let pro = card(&html, APP, "pro");
    assert_eq!(amount(pro, "per-month"), Some("10.00"));
    assert_eq!(amount(pro, "cycle-total"), Some("120.00"));
    assert_eq!(amount(pro, "save-percent"), Some("16"));
    assert_eq!(forms(pro), ["YEARLY"]);
    let metered = card(&html, APP, "metered");
    assert!(metered.contains("No base fee") && metered.contains("Charged by usage"));
    assert!(metered.contains("Pay for what you use"));
    assert_eq!(forms(metered), ["MONTHLY"]);
    let once = card(&html, APP, "once");
    assert_eq!(amount(once, "one-time"), Some("99.00"));
    assert_eq!(forms(once), ["ONE_TIME"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_values_cost_one_price_and_the_rest_stay_exact() {
    let server = page_for(include_str!("../wix/fixtures/unknown_values.json"), &[]).await;
    let (_, html) = server.get("/?lang=en-CH", &[]).await;
    let pro = card(&html, APP, "pro");
    // UNKNOWN is Wix's default billing source: sold.
    assert_eq!(amount(pro, "per-month"), Some("10.81"));
    // A billing source added later: shown without a buy button.
    assert!(pro.contains("Priced and billed by the app"), "{pro}");
    assert_eq!(forms(pro), ["MONTHLY"]);
    let (_, html) = server.get("/?cycle=yearly&lang=en-CH", &[]).await;
    let pro = card(&html, APP, "pro");
    // A discount that lowers nothing is no sale; the amount stays exact.
    assert_eq!(amount(pro, "per-month"), Some("9.01"));
    assert_eq!(amount(pro, "cycle-total"), Some("108.10"));
    assert_eq!(amount(pro, "list-per-month"), None);
    assert_eq!(forms(pro), ["YEARLY"]);
    assert!(
        !pro.contains("2.70") && !pro.contains("1.08"),
        "unknown cycles left out"
    );
    // Left out, counted by reason, never the whole answer.
    let (_, metrics) = server.get("/metrics", &[]).await;
    assert_eq!(skipped(&metrics, "unknown_cycle"), 2, "{metrics}");
    assert_eq!(skipped(&metrics, "bad_amount"), 1);
    assert_eq!(skipped(&metrics, "malformed"), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sale_shows_what_the_buyer_pays_beside_the_struck_list_price() {
    let server = page_for(include_str!("../wix/fixtures/sale.json"), &[]).await;
    let (_, html) = server.get("/?country=DE&lang=en-US", &[]).await;
    let pro = card(&html, APP, "pro");
    assert_eq!(amount(pro, "per-month"), Some("8.33"));
    assert_eq!(amount(pro, "list-per-month"), Some("11.90"));
    assert!(pro.contains("<s class=\"list-price\">"), "{pro}");
    assert!(
        pro.contains("Black Friday") && pro.contains("until December 1"),
        "{pro}"
    );
    let basic = card(&html, APP, "basic");
    assert_eq!(amount(basic, "per-month"), Some("4.76"));
    assert_eq!(amount(basic, "list-per-month"), Some("5.95"));
    assert!(basic.contains("Special offer") && !basic.contains("until"));

    let (_, html) = server
        .get("/?country=DE&lang=de-DE&cycle=yearly", &[])
        .await;
    let pro = card(&html, APP, "pro");
    assert_eq!(amount(pro, "per-month"), Some("6.66"));
    assert_eq!(amount(pro, "cycle-total"), Some("79.97"));
    assert_eq!(amount(pro, "list-per-month"), Some("9.52"));
    assert_eq!(amount(pro, "list-cycle-total"), Some("114.24"));
    // The saving compares what is paid: 6.664 against 8.33 a month.
    assert_eq!(amount(pro, "save-percent"), Some("20"));
    assert!(
        pro.contains("1. Dezember"),
        "the end date in the page's locale: {pro}"
    );
    assert_eq!(forms(pro), ["YEARLY"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn prices_billed_outside_wix_have_no_checkout() {
    let server = page_for(
        include_str!("../wix/fixtures/external.json"),
        &[(
            "PRICING_APP_PAGES",
            "fixture-app=https://app.example/pricing",
        )],
    )
    .await;
    let (_, html) = server.get("/", &[]).await;
    let enterprise = card(&html, APP, "enterprise");
    assert!(enterprise.contains("Contact sales for a quote"));
    assert!(forms(enterprise).is_empty(), "{enterprise}");
    let studio = card(&html, APP, "studio");
    assert!(studio.contains("Priced and billed by the app") && !studio.contains("49.00"));
    assert!(forms(studio).is_empty());
    let custom = card(&html, APP, "custom");
    assert!(custom.contains("Priced outside Wix") && forms(custom).is_empty());
    let starter = card(&html, APP, "starter");
    assert_eq!(forms(starter), ["MONTHLY"]);
    // The app's own page, configured, beside each price it bills itself.
    for card in [enterprise, studio] {
        assert!(
            card.contains("href=\"https://app.example/pricing\""),
            "{card}"
        );
    }
    assert!(!starter.contains("app.example"));

    // Nor does /checkout sell them, whatever a form says.
    for (plan, expected) in [
        ("enterprise", 400),
        ("studio", 400),
        ("custom", 400),
        ("starter", 303),
    ] {
        let form = format!("app={APP}&plan={plan}&cycle=MONTHLY");
        let request = axum::http::Request::post("/checkout")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(axum::body::Body::from(form))
            .unwrap();
        let (status, _, _) = server.ask(request).await;
        assert_eq!(status, expected, "{plan}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn missing_fields_leave_out_only_what_they_make_unreadable() {
    let server = page_for(include_str!("../wix/fixtures/missing_fields.json"), &[]).await;
    let (_, html) = server.get("/?country=JP&lang=ja-JP", &[]).await;
    let lite = card(&html, APP, "lite");
    assert!(
        lite.contains("<h3>lite"),
        "a plan without a name is called by its ID: {lite}"
    );
    assert_eq!(amount(lite, "per-month"), Some("980"));
    // A price with one amount is read by it (no tax here: the other is
    // the same); a year without a count is one year.
    assert_eq!(forms(lite), ["MONTHLY", "ONE_TIME"]);
    assert_eq!(amount(lite, "one-time"), Some("500"));
    let (_, yearly) = server
        .get("/?country=JP&lang=ja-JP&cycle=yearly", &[])
        .await;
    let lite_yearly = card(&yearly, APP, "lite");
    assert_eq!(amount(lite_yearly, "per-month"), Some("800"));
    assert_eq!(amount(lite_yearly, "cycle-total"), Some("9600"));
    // Fields of another type read as absent: a plan, without prices.
    let odd = card(&html, APP, "odd");
    assert!(
        odd.contains("<h3>odd")
            && odd.contains(&crate::i18n::Lang::Ja.t(crate::i18n::Msg::PricedOutsideWix)),
        "{odd}"
    );
    assert_eq!(
        html.matches("data-plan=").count(),
        2,
        "plans without an ID are left out"
    );
    let (_, metrics) = server.get("/metrics", &[]).await;
    assert_eq!(skipped(&metrics, "missing_amount"), 1, "{metrics}");
    assert_eq!(skipped(&metrics, "unknown_cycle"), 1);
    assert_eq!(skipped(&metrics, "plan_without_id"), 1);
    assert_eq!(
        skipped(&metrics, "malformed"),
        1,
        "a plan that is not an object"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_preview_marks_a_sale_and_exports_both_amounts() {
    // The demo catalogue runs a quarter off Agency.
    let server = build(&[]).await;
    let (_, json) = server
        .get("/preview.json?countries=US&lang=en-US", &[])
        .await;
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let line = json["lines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["vendor_id"] == "agency" && l["cycle"] == "MONTHLY")
        .unwrap();
    assert_eq!(line["per_month"], "29.25");
    assert_eq!(line["list_per_month"], "39.00");
    assert!(line["sale"]
        .as_str()
        .unwrap()
        .starts_with("Limited-time sale, until "));
    let (_, csv) = server.get("/preview.csv?countries=US", &[]).await;
    assert!(csv
        .lines()
        .next()
        .unwrap()
        .contains("list_per_month,list_cycle_total,list_one_time,sale"));
    let (_, page) = server.get("/preview?countries=US", &[]).await;
    assert!(page.contains(">On sale: <"), "the preview table marks it");
}

/// The answer's amounts as a buyer reads them: `(role, value)` of every
/// amount in a card.
fn amounts(card: &str) -> Vec<(&str, &str)> {
    card.split("<data value=\"")
        .skip(1)
        .filter_map(|rest| {
            let value = rest.split('"').next()?;
            let role = rest.split("data-role=\"").nth(1)?.split('"').next()?;
            Some((role, value))
        })
        .collect()
}

/// `POST /checkout` of a plan in a cycle, as its form sends it: with no
/// instance, the way to Wix's installer (303), or a refusal.
async fn checkout(server: &super::Server, plan: &str, cycle: &str) -> u16 {
    let form = format!("app={APP}&plan={plan}&cycle={cycle}");
    let request = axum::http::Request::post("/checkout")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(axum::body::Body::from(form))
        .unwrap();
    server.ask(request).await.0.as_u16()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_currency_the_plans_are_sold_and_priced_at_checkout() {
    let server = page_for(include_str!("../wix/fixtures/no_currency.json"), &[]).await;
    let (status, html) = server.get("/?country=DE&lang=en", &[]).await;
    assert_eq!(status, 200, "never a 503 for the country");
    assert!(html.contains("Prices for Germany are shown at Wix checkout."));
    let pro = card(&html, APP, "pro");
    assert!(
        amounts(pro).is_empty(),
        "no amount in an unknown currency: {pro}"
    );
    assert!(pro.contains("Price shown at Wix checkout"));
    assert_eq!(forms(pro), ["MONTHLY"]);
    assert_eq!(checkout(&server, "pro", "MONTHLY").await, 303);
    let enterprise = card(&html, APP, "enterprise");
    assert!(enterprise.contains("Contact sales") && forms(enterprise).is_empty());
    let (_, api) = server.get("/api/v1/pricing?country=DE", &[]).await;
    let api: serde_json::Value = serde_json::from_str(&api).unwrap();
    assert_eq!(api["currency"], serde_json::Value::Null);
    let price = &api["apps"][0]["plans"][0]["prices"][0];
    assert_eq!(price["per_month"], serde_json::Value::Null);
    assert_eq!(price["checkout_cycle"], "MONTHLY");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_discount_is_read_by_its_type() {
    let server = page_for(include_str!("../wix/fixtures/discounts.json"), &[]).await;
    let (_, html) = server.get("/?country=FR&lang=en", &[]).await;
    // Charged later, not less: the price, no sale.
    let delayed = card(&html, APP, "delayed");
    assert_eq!(amounts(delayed), [("per-month", "12.00")], "{delayed}");
    assert!(!delayed.contains("class=\"sale\""));
    // 50% of 11.988, exactly, rounded once: 5.994 -> 5.99.
    let percent = card(&html, APP, "percent");
    assert_eq!(
        amounts(percent),
        [("list-per-month", "11.99"), ("per-month", "5.99")]
    );
    // 5 USD off before tax is 6 USD off with 20% tax: 24.00 - 6.00.
    let fixed = card(&html, APP, "fixed");
    assert_eq!(
        amounts(fixed),
        [("list-per-month", "24.00"), ("per-month", "18.00")]
    );
    // Wix's own discounted amounts, when it sends them.
    let given = card(&html, APP, "given");
    assert_eq!(
        amounts(given),
        [("list-per-month", "36.00"), ("per-month", "27.00")]
    );
    assert!(given.contains("Black Friday"));
    // A discount of unknown type at 0.00 is not a price of 0.
    let zeroed = card(&html, APP, "zeroed");
    assert_eq!(amounts(zeroed), [("per-month", "8.40")], "{zeroed}");
    // Yearly: 15% off 9.996 a month is 8.4966; a year of it 101.9592.
    let (_, yearly) = server.get("/?country=FR&lang=en&cycle=yearly", &[]).await;
    let percent = card(&yearly, APP, "percent");
    let found = amounts(percent);
    for expected in [
        ("per-month", "8.50"),
        ("cycle-total", "101.96"),
        ("list-per-month", "10.00"),
        ("list-cycle-total", "119.95"),
    ] {
        assert!(found.contains(&expected), "{expected:?} in {found:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_amount_is_worked_out_by_the_rate_or_said_for_what_it_is() {
    let server = page_for(include_str!("../wix/fixtures/one_amount.json"), &[]).await;
    let (_, html) = server.get("/?country=DE&lang=en", &[]).await;
    // Tax included is the rule: 10.00 before tax at 19% is 11.90.
    assert_eq!(
        amounts(card(&html, APP, "before")),
        [("per-month", "11.90")]
    );
    assert_eq!(amounts(card(&html, APP, "total")), [("per-month", "23.80")]);
    assert!(!html.contains("before tax"));
    // No rate: the amount Wix gave, said to be before tax.
    let server = page_for(include_str!("../wix/fixtures/no_rate.json"), &[]).await;
    let (_, html) = server.get("/?country=DE&lang=en", &[]).await;
    let before = card(&html, APP, "before");
    assert_eq!(amounts(before), [("per-month", "10.00")]);
    assert!(before.contains("billed monthly, before tax"), "{before}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cycles_usage_titles_and_an_unnamed_section_have_one_meaning() {
    let server = page_for(include_str!("../wix/fixtures/cycles_and_usage.json"), &[]).await;
    let (_, html) = server.get("/?country=US&lang=en", &[]).await;
    // The one section without an ID is the one app configured.
    let flat = card(&html, APP, "flat");
    // `usageBaseOptions: {}` is a flat price.
    assert_eq!(amounts(flat), [("per-month", "12.00")]);
    assert_eq!(forms(flat), ["MONTHLY"]);
    assert_eq!(checkout(&server, "flat", "YEARLY").await, 303);
    // The docs' usage example (a month x 12): billed monthly, sold MONTHLY.
    let usage = card(&html, APP, "usage");
    assert!(usage.contains("Flexible monthly pricing based on usage"));
    assert_eq!(forms(usage), ["MONTHLY"]);
    assert_eq!(checkout(&server, "usage", "YEARLY").await, 400);
    // Recurring without a duration: monthly.
    let nulled = card(&html, APP, "nulled");
    assert_eq!(amounts(nulled), [("per-month", "5.00")]);
    assert_eq!(forms(nulled), ["MONTHLY"]);
    // A title stands in for the amount; Wix still sells it.
    let titled = card(&html, APP, "wix-titled");
    assert!(titled.contains("Priced for your volume"));
    assert_eq!(forms(titled), ["MONTHLY"]);
    let external = card(&html, APP, "external-titled");
    assert!(external.contains("Contact us") && forms(external).is_empty());
    let (_, yearly) = server.get("/?country=US&lang=en&cycle=yearly", &[]).await;
    let flat = card(&yearly, APP, "flat");
    assert_eq!(forms(flat), ["YEARLY"]);
    let found = amounts(flat);
    assert!(found.contains(&("cycle-total", "120.00")), "{found:?}");
}

/// Every fixture, both periods: the card's forms, the API's prices, the
/// export's lines and `/checkout` name each price's cycle alike.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_card_the_api_the_exports_and_checkout_agree_on_every_cycle() {
    for (name, body) in FIXTURES {
        // The docs' example is for its own app.
        let app = if name == "docs_example" {
            "b847d4b2-fc75-4d93-af40-c0ea5feab43d"
        } else {
            APP
        };
        let server = page_for(body, &[("WIX_APP_IDS", app)]).await;
        let (_, export) = server.get("/preview.json?countries=US", &[]).await;
        let export: serde_json::Value = serde_json::from_str(&export).unwrap();
        let exported: Vec<(String, String, Option<u64>)> = export["lines"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| {
                let text = |k: &str| l[k].as_str().unwrap_or_default().to_owned();
                (text("vendor_id"), text("cycle"), l["months"].as_u64())
            })
            .collect();
        for period in ["monthly", "yearly"] {
            let (_, html) = server
                .get(&format!("/?country=US&cycle={period}"), &[])
                .await;
            let (_, api) = server
                .get(&format!("/api/v1/pricing?country=US&cycle={period}"), &[])
                .await;
            let api: serde_json::Value = serde_json::from_str(&api).unwrap();
            for plan in api["apps"][0]["plans"].as_array().unwrap() {
                let vendor = plan["vendor_id"].as_str().unwrap();
                let sold: Vec<&str> = plan["prices"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter_map(|p| p["checkout_cycle"].as_str())
                    .collect();
                let card = card(&html, app, vendor);
                assert_eq!(forms(card), sold, "{name} {period} {vendor}");
                for price in plan["prices"].as_array().unwrap() {
                    let cycle = price["checkout_cycle"].as_str().unwrap_or("OTHER");
                    let line = (
                        vendor.to_owned(),
                        cycle.to_owned(),
                        price["months"].as_u64(),
                    );
                    assert!(
                        exported.contains(&line),
                        "{name}: {line:?} not in {exported:?}"
                    );
                    if cycle != "OTHER" {
                        let form = format!("app={app}&plan={vendor}&cycle={cycle}");
                        let request = axum::http::Request::post("/checkout")
                            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                            .body(axum::body::Body::from(form))
                            .unwrap();
                        let status = server.ask(request).await.0;
                        assert_eq!(status, 303, "{name}: {vendor} {cycle}");
                    }
                }
            }
        }
    }
}
