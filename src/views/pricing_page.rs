use super::{
    comparison_table::comparison_tables,
    period::{PeriodScope, PeriodSwitch},
    plan_card::{Cards, CheckoutFields},
    words::{OfferWords, PeriodWords},
    ErrorPage,
};
use crate::error::AppError;
use crate::i18n::{Arg, Lang, Msg};
use crate::plans::{Given, PricingView};
use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use std::sync::Arc;

/// About a card's markup: its app's cards are drawn into one buffer.
const CARD_BYTES: usize = 6 << 10;

/// `GET /`: every plan of every configured app, for the visitor's country.
/// Rendered on the server only; the islands below are what hydrates. The
/// view comes in an `Arc`: a resource gives a copy of its value to each
/// reader, and the page reads the view without copying it.
#[component]
pub fn PricingPage(pricing: Resource<Result<Arc<PricingView>, AppError>>) -> impl IntoView {
    // Nothing after the await reads the router: what the address gives
    // comes with the view, checked and in its one spelling.
    view! {
        <Suspense fallback=|| view! { <p class="loading">{super::use_lang().t(Msg::LoadingPlans)}</p> }>
            {move || Suspend::new(async move {
                match pricing.await {
                    // Either, not AnyView: no copy of the page's attributes
                    // into owned strings.
                    Ok(view) => Either::Left(view! { <PricingContent view/> }),
                    Err(error) => Either::Right(view! { <ErrorPage error/> }),
                }
            })}
        </Suspense>
    }
}

#[component]
fn PricingContent(view: Arc<PricingView>) -> impl IntoView {
    let PricingView {
        country,
        country_name,
        locale,
        currency,
        tax_label,
        apps,
        json_ld,
        notice,
        instance,
        given,
        faq,
        stale,
    } = &*view;
    let embed = given.embed;
    let t = super::use_lang();
    // The period in the address, when there is one: the country form
    // carries it on. What the cards show before the visitor switches.
    let period = given.cycle.unwrap_or_default();
    let coupon_note = given.coupon.as_deref().map(|code| {
        let code = crate::i18n::isolate(code);
        let note = t.t_with(Msg::CouponApplied, &[("code", Arg::Text(&code))]);
        view! { <p class="notice coupon" role="status">{note}</p> }
    });
    let words = OfferWords::new(t);
    let checkout = CheckoutFields {
        country: country.clone(),
        lang: given.lang.clone(),
        instance: instance.clone(),
        site: given.site.clone(),
        coupon: given.coupon.clone(),
        embed,
    };
    let cycle_given = given.cycle;
    // What the yearly choice can say it saves: the best of the plans.
    let best_saving = apps
        .iter()
        .flat_map(|app| &app.plans)
        .filter_map(|plan| plan.offer.save_percent)
        .max();
    provide_context(Kept {
        given: given.clone(),
        instance: instance.clone(),
    });
    let several_apps = apps.len() > 1;
    let price_note = match (&currency, &tax_label) {
        (Some(currency), Some(tax)) => t.t_with(
            Msg::PriceNoteWithTax,
            &[
                ("country", Arg::Text(country_name)),
                ("currency", Arg::Text(currency)),
                ("tax", Arg::Text(tax)),
            ],
        ),
        (Some(currency), None) => t.t_with(
            Msg::PriceNote,
            &[
                ("country", Arg::Text(country_name)),
                ("currency", Arg::Text(currency)),
            ],
        ),
        (None, _) => t.t_with(
            Msg::PriceNoteAtCheckout,
            &[("country", Arg::Text(country_name))],
        ),
    };
    let description = t.t_with(
        Msg::PageDescription,
        &[("country", Arg::Text(country_name))],
    );
    // The islands' children are drawn later: they take their own copies.
    let (country, locale, notice, stale) =
        (country.clone(), locale.clone(), notice.clone(), *stale);
    view! {
        <Title text=t.t(Msg::PageTitle)/>
        <Meta name="description" content=description/>
        <script type="application/ld+json" inner_html=json_ld.clone()></script>
        <PeriodScope given=cycle_given>
            <header class="page-header">
                // In a frame the host page has its own heading: this one
                // stays for screen readers only.
                <h1 class:visually-hidden=embed>{t.t(Msg::PageTitle)}</h1>
                <p class="price-note" data-country=country.clone() data-locale=locale.clone()>{price_note}</p>
                {notice.map(|notice| view! { <p class="notice" role="status">{notice}</p> })}
                {coupon_note}
                {stale.then(|| view! {
                    <p class="notice stale" role="status">
                        {t.t(Msg::StalePrices)}
                    </p>
                })}
                <PeriodSwitch words=PeriodWords::new(t, best_saving)>
                    <Place country=country.clone()/>
                    <KeptParams keys=&["instance", "instanceId", "coupon", "theme", "embed"]/>
                    // Without JavaScript only: with it, `apply.js` applies
                    // a choice at once. Never drawn otherwise, so that no
                    // space is kept for it and nothing moves.
                    <noscript>
                        <button type="submit" class="secondary">{t.t(Msg::ShowPrices)}</button>
                    </noscript>
                </PeriodSwitch>
                <script nonce=leptos::nonce::use_nonce()>{include_str!("../apply.js")}</script>
            </header>
        </PeriodScope>
        // Outside the island: its children are type-erased, which would
        // copy every card's attributes into owned strings; the switch
        // finds the cards' parts in the whole document.
        {apps
                .iter()
                .map(|app| {
                    let heading_id = format!("app-{}", app.id);
                    let labelled_by = heading_id.clone();
                    let empty = app.plans.is_empty();
                    let cards = Cards {
                        app_id: &app.id,
                        period,
                        words: &words,
                        checkout: &checkout,
                    };
                    let cards = super::drawn(
                        app.plans.iter().map(|plan| cards.card(plan)),
                        app.plans.len() * CARD_BYTES,
                    );
                    let tables = comparison_tables(&app.name, &app.plans);
                    view! {
                        <section class="app" data-app=app.id.clone() aria-labelledby=labelled_by>
                            <h2 id=heading_id class:visually-hidden=!several_apps>{app.name.clone()}</h2>
                            {app.free_trial_available.then(|| view! {
                                <p class="trial" role="status">{t.t(Msg::FreeTrial)}</p>
                            })}
                            {empty.then(|| view! {
                                <p class="empty">{t.t(Msg::NoPlans)}</p>
                            })}
                            <ul class="plans" role="list">{cards}</ul>
                            {tables}
                        </section>
                    }
                })
                .collect_view()}
        {(!faq.is_empty()).then(|| view! {
            <section class="faq" aria-labelledby="faq">
                <h2 id="faq">{t.t(Msg::FaqHeading)}</h2>
                {faq.iter().map(|q| view! {
                    <details>
                        <summary>{q.question.clone()}</summary>
                        <p>{q.answer.clone()}</p>
                    </details>
                }).collect_view()}
            </section>
        })}
    }
}

/// The visitor's country and language, in the page's settings form.
#[component]
fn Place(country: String) -> impl IntoView {
    let lang = super::use_lang();
    let options = super::use_names()
        .countries
        .iter()
        .map(|(code, name)| {
            view! { <option value=code.as_str() selected=code.as_str() == country>{name.as_str()}</option> }
        })
        .collect_view();
    view! {
        <div class="place">
            <div class="country-select">
                <label for="country">{lang.t(Msg::Country)}</label>
                <select id="country" name="country">{options}</select>
            </div>
            <div class="language-select">
                <label for="lang">{lang.t(Msg::Language)}</label>
                <select id="lang" name="lang"><LanguageOptions selected=Some(lang)/></select>
            </div>
        </div>
    }
}

/// The page's languages as `<option>`s, each named in itself.
#[component]
pub(super) fn LanguageOptions(selected: Option<Lang>) -> impl IntoView {
    super::use_names()
        .languages
        .iter()
        .map(|&(lang, ref name)| {
            view! {
                <option value=lang.tag() lang=lang.tag() selected=Some(lang) == selected>
                    {name.as_str()}
                </option>
            }
        })
        .collect_view()
}

/// What the address gives that a GET form carries on: its checked values
/// and the verified signed instance, never the address's own text.
#[derive(Debug, Clone)]
struct Kept {
    given: Given,
    instance: Option<String>,
}

impl Kept {
    fn get(&self, key: &str) -> Option<String> {
        let given = &self.given;
        match key {
            "country" => given.country.clone(),
            "lang" => given.lang.clone(),
            "instance" => self.instance.clone(),
            "coupon" => given.coupon.clone(),
            "theme" => given.theme.clone(),
            "embed" => given.embed.then(|| "1".to_owned()),
            "instanceId" => given.site.clone(),
            _ => None,
        }
    }
}

/// The address's other parameters, as hidden inputs, so that a GET form
/// changes one parameter and keeps the rest.
#[component]
fn KeptParams(keys: &'static [&'static str]) -> impl IntoView {
    let kept = expect_context::<Kept>();
    keys.iter()
        .copied()
        .filter_map(|key| {
            kept.get(key)
                .map(|value| view! { <input type="hidden" name=key value=value/> })
        })
        .collect_view()
}
