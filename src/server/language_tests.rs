//! The page in the visitor's language: its words, `<html lang dir>`, and
//! money formatted as before.

use super::tests::build;
use crate::i18n::{Lang, Msg};
use strum::IntoEnumIterator;

/// English phrases of the catalogue (more than one word, so a plan called
/// "Free" is not one) that this language says otherwise.
fn english_phrases(lang: Lang) -> Vec<String> {
    Msg::iter()
        .map(|msg| (Lang::En.t(msg), lang.t(msg)))
        .filter(|(english, own)| english.contains(' ') && english != own)
        // Variables are filled in by the page: compare what is around them.
        .filter(|(english, _)| !english.contains('{'))
        .map(|(english, _)| english)
        .collect()
}

/// The exact values of a page's amounts, in order.
fn amounts(html: &str) -> Vec<&str> {
    html.split(r#"<bdi><data value=""#)
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_market_reads_the_page_in_its_language() {
    let server = build(&[]).await;
    for (country, lang, dir) in [
        ("DE", Lang::De, "ltr"),
        ("JP", Lang::Ja, "ltr"),
        ("IL", Lang::He, "rtl"),
        ("BR", Lang::Pt, "ltr"),
        ("TW", Lang::ZhHant, "ltr"),
    ] {
        let (status, html) = server.get(&format!("/?country={country}"), &[]).await;
        assert_eq!(status, 200, "{country}");
        assert!(
            html.contains(&format!(r#"<html lang="{}" dir="{dir}""#, lang.tag())),
            "{country}: {}",
            &html[..200]
        );
        assert!(html.contains(&lang.t(Msg::PageTitle)), "{country}");
        assert!(html.contains(&lang.t(Msg::BillingPeriod)), "{country}");
        let (_, english) = server
            .get(&format!("/?country={country}&lang=en-US"), &[])
            .await;
        assert_eq!(
            amounts(&html),
            amounts(&english),
            "{country}: the same money"
        );
        assert!(!amounts(&html).is_empty(), "{country}");
        for english in english_phrases(lang) {
            assert!(
                !html.contains(&english),
                "{country}: English {english:?} on the page"
            );
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_language_keeps_english_words_and_its_own_money() {
    let server = build(&[]).await;
    let (_, html) = server.get("/?country=SE&lang=sv-SE", &[]).await;
    assert!(html.contains(r#"<html lang="en" dir="ltr""#));
    assert!(html.contains("Billing period"));
    assert!(html.contains("kr"), "Swedish kronor, formatted for sv-SE");
    // And an error page speaks the visitor's language too.
    let (status, html) = server.get("/?country=DE&cycle=daily", &[]).await;
    assert_eq!(status, 400);
    assert!(
        html.contains(&Lang::De.t(Msg::ErrorBadRequestTitle)),
        "{html}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wix_checkout_opens_in_the_visitors_language() {
    use super::tests::{fresh, post_checkout_with, serve, FORMFLOW, ON_BUSINESS_MONTHLY};
    let (base, server) = serve(&[]).await;
    let client = reqwest::Client::new();
    // (form's lang, Accept-Language) -> the language Wix's checkout gets.
    for (lang, accept, expected) in [
        (None, "he-IL,he;q=0.9", "HE"),
        (Some("ja-JP"), "de-DE", "JA"),
        // No catalogue of the page's, but Wix checkout speaks Swedish.
        (None, "sv-SE", "SV"),
    ] {
        let instance = fresh(&server, ON_BUSINESS_MONTHLY);
        let mut form = vec![
            ("app", FORMFLOW),
            ("plan", "pro"),
            ("cycle", "YEARLY"),
            ("instance", instance.as_str()),
        ];
        form.extend(lang.map(|l| ("lang", l)));
        let (status, location, _) =
            post_checkout_with(&base, &form, &[("Accept-Language", accept)]).await;
        assert_eq!(status, 303, "{lang:?} {accept}");
        let page = crate::sandbox::tests::page_text(&client, &location.unwrap()).await;
        assert!(
            page.contains(&format!(r#"data-checkout="language">{expected}<"#)),
            "{lang:?} {accept}: {page}"
        );
    }
    // And a refusal explains itself in the page's language.
    let instance = fresh(&server, ON_BUSINESS_MONTHLY);
    let form = [
        ("app", FORMFLOW),
        ("plan", "starter"),
        ("cycle", "MONTHLY"),
        ("instance", instance.as_str()),
    ];
    let (status, _, html) = post_checkout_with(&base, &form, &[("Accept-Language", "de")]).await;
    assert_eq!(status, 409);
    assert!(
        html.contains(&Lang::De.t(Msg::BlockedCheaperPlan)),
        "{html}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_country_list_is_named_and_ordered_in_the_pages_language() {
    let server = build(&[]).await;
    let (_, html) = server.get("/?country=DE&lang=de", &[]).await;
    let options: Vec<&str> = html
        .split(r#"<select id="country" name="country">"#)
        .nth(1)
        .and_then(|rest| rest.split("</select>").next())
        .unwrap()
        .split("<option value=\"")
        .skip(1)
        .filter_map(|option| option.split('"').next())
        .collect();
    assert_eq!(options.len(), 249);
    let at = |code: &str| options.iter().position(|c| *c == code).unwrap();
    // Ägypten sorts with A in German, Österreich with O.
    assert!(at("EG") < at("AL"), "Ägypten before Albanien");
    assert!(at("AT") < at("PL"), "Österreich before Polen");
    assert!(html.contains(r#"<option value="DE" selected>Deutschland<"#));
    // The language list names each language in itself.
    assert!(html.contains(r#"lang="ja">日本語<"#), "Japanese");
    assert!(html.contains(r#"lang="he">עברית<"#), "Hebrew");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_preview_speaks_its_language_and_its_exports_do_not() {
    let server = build(&[]).await;
    let (status, html) = server
        .get(
            "/preview?countries=DE&countries=Japan&countries=Vereinigte%20Staaten&lang=de",
            &[],
        )
        .await;
    assert_eq!(status, 200, "{html}");
    assert!(html.contains(&Lang::De.t(Msg::PreviewTitle)));
    for english in english_phrases(Lang::De) {
        assert!(
            !html.contains(&english),
            "English {english:?} on the preview"
        );
    }
    // Cycles in words; their enum names only in the markup contract.
    assert!(html.contains(r#"data-cycle="YEARLY""#));
    assert!(html.contains(&format!(">{}<", Lang::De.t(Msg::CycleYearly))));
    assert!(!html.contains(">YEARLY<"));
    assert!(html.contains("Japan (JP)") && html.contains("Vereinigte Staaten (US)"));
    // The exports keep codes, enum names and exact decimals.
    let (_, json) = server.get("/preview.json?countries=DE&lang=de", &[]).await;
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let line = &json["lines"][0];
    assert_eq!(line["country"], "DE");
    assert!(line["cycle"]
        .as_str()
        .unwrap()
        .chars()
        .all(|c| c.is_ascii_uppercase() || c == '_'));
    assert!(line["per_month"].as_str().unwrap().parse::<f64>().is_ok());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_owners_copy_names_plans_in_the_pages_language() {
    let server = build(&[("PRICING_HIGHLIGHTS", "pro=Most popular")]).await;
    let card = |html: &str, plan: &str| -> String {
        html.split(&format!(r#"data-plan="{plan}""#))
            .nth(1)
            .and_then(|rest| rest.split(r#"data-plan=""#).next())
            .unwrap_or_else(|| panic!("{plan}: {html}"))
            .to_owned()
    };
    // The sandbox demo's translations.toml: German and Japanese.
    let (_, de) = server.get("/?country=DE&lang=de", &[]).await;
    let agency = card(&de, "agency");
    assert!(
        agency.contains(">Agentur<") && agency.contains("Kunden-Workspaces"),
        "{agency}"
    );
    assert!(
        agency.contains("Agentur wählen"),
        "the default button names the German name"
    );
    assert!(
        card(&de, "pro").contains("Am beliebtesten"),
        "the owner's German highlight"
    );
    let (_, ja) = server.get("/?country=JP&lang=ja", &[]).await;
    assert!(card(&ja, "pro").contains(">プロ<") && card(&ja, "pro").contains("いちばん人気"));
    // No entry: Wix's English, and the setting's label.
    let (_, fr) = server.get("/?country=FR&lang=fr", &[]).await;
    assert!(card(&fr, "agency").contains(">Agency<"));
    assert!(card(&fr, "pro").contains("Most popular"));
}
