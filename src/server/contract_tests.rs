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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_fixture_parses_and_renders() {
    for (name, body) in [
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
    ] {
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
    assert_eq!(forms(lite), ["MONTHLY"]);
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
    assert!(page.contains(">On sale:<"), "the preview table marks it");
}
