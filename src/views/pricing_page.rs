use super::{
    comparison_table::ComparisonTable,
    plan_card::{CheckoutContext, PlanCardView},
    ErrorPage,
};
use crate::country::COUNTRIES;
use crate::plans::{load_pricing, Period, PricingView};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::{hooks::use_navigate, hooks::use_query_map, NavigateOptions};

/// `GET /`: every plan of every configured app, for the visitor's country.
#[component]
pub fn PricingPage() -> impl IntoView {
    let query = use_query_map();
    let pricing = Resource::new(
        move || query.with(|q| (q.get("country"), q.get("lang"), q.get("instance"))),
        |(country, lang, instance)| load_pricing(country, lang, instance),
    );
    // The URL is the period's only state: with JavaScript the switch
    // rewrites it in place, without JavaScript the form submits it.
    let period = Memo::new(move |_| query.with(|q| Period::parse(q.get_str("cycle"))));
    view! {
        <Suspense fallback=|| view! { <p class="loading">"Loading plans…"</p> }>
            {move || Suspend::new(async move {
                match (pricing.await, period.get()) {
                    (Ok(view), Ok(_)) => {
                        let period = Signal::derive(move || period.get().unwrap_or_default());
                        view! { <PricingContent view period/> }.into_any()
                    }
                    (Err(error), _) | (_, Err(error)) => view! { <ErrorPage error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn PricingContent(view: PricingView, period: Signal<Period>) -> impl IntoView {
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
        stale,
    } = view;
    let lang = use_query_map().with_untracked(|q| q.get("lang"));
    provide_context(CheckoutContext {
        country: country.clone(),
        lang,
        instance,
    });
    let several_apps = apps.len() > 1;
    let price_note = match &tax_label {
        Some(label) => format!("Prices for {country_name} in {currency}, {label}."),
        None => format!("Prices for {country_name} in {currency}."),
    };
    let description = format!("Every plan and price, for visitors from {country_name}.");
    view! {
        <Title text="Plans and pricing"/>
        <Meta name="description" content=description/>
        <script type="application/ld+json" inner_html=json_ld></script>
        <header class="page-header">
            <h1>"Plans and pricing"</h1>
            <p class="price-note" data-country=country.clone() data-locale=locale.clone()>{price_note}</p>
            {notice.map(|notice| view! { <p class="notice" role="status">{notice}</p> })}
            {stale.then(|| view! {
                <p class="notice stale" role="status">
                    "Wix is not answering right now, so these prices may be a few minutes old. "
                    "Checkout confirms the current price."
                </p>
            })}
            <div class="controls">
                <PeriodSwitch period/>
                <CountrySelect country=country.clone()/>
            </div>
        </header>
        {apps
            .into_iter()
            .map(|app| {
                let heading_id = format!("app-{}", app.id);
                let labelled_by = heading_id.clone();
                let empty = app.plans.is_empty();
                view! {
                    <section class="app" data-app=app.id.clone() aria-labelledby=labelled_by>
                        <h2 id=heading_id class:visually-hidden=!several_apps>{app.name.clone()}</h2>
                        {app.free_trial_available.then(|| view! {
                            <p class="trial" role="status">"Free trial available: try a paid plan before you pay."</p>
                        })}
                        {empty.then(|| view! {
                            <p class="empty">"This app has no plans available right now. Please check back later."</p>
                        })}
                        <ul class="plans" role="list">
                            {app.plans.iter().cloned().map(|plan| view! {
                                <PlanCardView app_id=app.id.clone() plan period/>
                            }).collect_view()}
                        </ul>
                        <ComparisonTable app_name=app.name.clone() plans=app.plans.clone()/>
                    </section>
                }
            })
            .collect_view()}
    }
}

/// Monthly / yearly, as a radio group in a GET form: without JavaScript
/// the "Update" button submits it; with it, a change applies at once.
#[component]
fn PeriodSwitch(period: Signal<Period>) -> impl IntoView {
    let query = use_query_map();
    let navigate = use_navigate();
    let choose = move |choice: Period| {
        let mut params = query.get_untracked();
        params.replace("cycle", choice.as_str().to_owned());
        navigate(
            &format!("/{}", params.to_query_string()),
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    };
    view! {
        <form class="period-switch" method="get" action="/">
            <fieldset>
                <legend>"Billing period"</legend>
                {Period::ALL
                    .into_iter()
                    .map(|choice| {
                        let choose = choose.clone();
                        view! {
                            <label class="period-option">
                                <input
                                    type="radio"
                                    name="cycle"
                                    value=choice.as_str()
                                    prop:checked=move || period.get() == choice
                                    checked=period.get_untracked() == choice
                                    on:change=move |_| choose(choice)
                                />
                                <span>{choice.label()}</span>
                            </label>
                        }
                    })
                    .collect_view()}
                <KeptParams keys=["country", "lang", "instance"]/>
                <button type="submit" class="secondary">"Update"</button>
            </fieldset>
            <p class="visually-hidden" aria-live="polite">
                {move || format!("Showing {} prices", period.get().as_str())}
            </p>
        </form>
    }
}

/// Every country, as a plain GET form.
#[component]
fn CountrySelect(country: String) -> impl IntoView {
    view! {
        <form class="country-select" method="get" action="/">
            <label for="country">"Country"</label>
            <select id="country" name="country">
                {COUNTRIES
                    .iter()
                    .map(|(code, name)| view! { <option value=*code selected=*code == country>{*name}</option> })
                    .collect_view()}
            </select>
            <KeptParams keys=["cycle", "lang", "instance"]/>
            <button type="submit" class="secondary">"Show prices"</button>
        </form>
    }
}

/// The current URL's other parameters, as hidden inputs, so that a GET
/// form changes one parameter and keeps the rest.
#[component]
fn KeptParams(keys: [&'static str; 3]) -> impl IntoView {
    let query = use_query_map();
    move || {
        query.with(|q| {
            keys.into_iter()
                .filter_map(|key| {
                    q.get(key)
                        .map(|value| view! { <input type="hidden" name=key value=value/> })
                })
                .collect_view()
        })
    }
}
