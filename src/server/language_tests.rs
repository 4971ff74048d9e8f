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
