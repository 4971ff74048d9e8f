use super::money::{Money, Struck};
use super::words::use_offer_words;
use crate::i18n::Msg;
use crate::plans::{Offer, Period, PlanCard, PriceOption, Shown};
use leptos::either::{Either, EitherOf3, EitherOf4};
use leptos::prelude::*;

/// One plan: name, highlight, prices, benefits and the buttons that start
/// checkout. Server markup only: the period switch shows and hides its
/// parts (see [`period_part`]), so no card hydrates.
#[component]
pub fn PlanCardView(app_id: String, plan: PlanCard, period: Period) -> impl IntoView {
    let PlanCard {
        vendor_id,
        name,
        benefits,
        highlight,
        current,
        offer,
    } = plan;
    let highlighted = highlight.is_some();
    let data_plan = vendor_id.clone();
    let data_app = app_id.clone();
    view! {
        <li class="plan" class:highlighted=highlighted data-plan=data_plan data-app=data_app>
            {highlight.map(|label| view! { <p class="badge">{label}</p> })}
            <h3>{name}</h3>
            {current.map(|billed| view! {
                <p class="current"><strong>{super::use_lang().t(Msg::CurrentPlan)}</strong>", " {billed}</p>
            })}
            <OfferView app_id vendor_id offer period/>
            {(!benefits.is_empty()).then(|| view! {
                <ul class="benefits">
                    {benefits
                        .into_iter()
                        .map(|b| view! { <li><span class="check" aria-hidden="true">"✓"</span>{b}</li> })
                        .collect_view()}
                </ul>
            })}
        </li>
    }
}

/// A part of a card that only one period shows (`only`): drawn when the
/// page was rendered with that period, else an empty `<template>` in its
/// place holding the part's markup in an attribute, which the period
/// switch (`PeriodScope`) parses when it first shows the part. Either way
/// it carries `data-period`, by which the switch swaps it in and out.
/// Kept as text, another period's amounts are not in the page for
/// selectors, HTML parsers, screen readers or forms, and cost no element.
/// (`Either`, not `AnyView`: erasing the type would copy every attribute
/// of the part into owned strings, thousands in a large catalogue.)
fn period_part<V: IntoView + 'static>(
    only: Option<Period>,
    period: Period,
    part: V,
) -> impl IntoView {
    match only {
        Some(only) if only != period => {
            // Without the hydration markers: nothing hydrates it.
            let markup = part.to_html().replace("<!>", "");
            Either::Left(
                view! { <template data-period=only.as_str() data-markup=markup></template> },
            )
        }
        _ => Either::Right(part),
    }
}

/// A plan's prices and a checkout button per price Wix checkout sells,
/// for every period, each part shown in the periods it belongs to.
#[component]
fn OfferView(app_id: String, vendor_id: String, offer: Offer, period: Period) -> impl IntoView {
    let words = use_offer_words();
    let checkout = expect_context::<CheckoutContext>();
    let prices = if offer.free {
        EitherOf3::A(view! { <p class="price free">{words.free.clone()}</p> })
    } else if offer.prices.is_empty() {
        EitherOf3::B(view! { <p class="price none">{words.priced_outside.clone()}</p> })
    } else {
        let save = offer.save_parts().into_iter().map(|Shown { part, only }| {
            let badge = view! {
                <p class="save" data-period=only.map(Period::as_str)>
                    <data value=part.to_string() data-role="save-percent">{offer.save_text.clone()}</data>
                </p>
            };
            period_part(only, period, badge)
        });
        let lines = offer.price_parts().into_iter().map(|Shown { part, only }| {
            period_part(only, period, view! { <PriceLine price=part.clone() only/> })
        });
        EitherOf3::C(view! { {save.collect_view()} {lines.collect_view()} })
    };
    let buttons = offer
        .button_parts()
        .into_iter()
        .map(
            |Shown {
                 part: (price, label),
                 only,
             }| {
                let button = view! {
                    <CheckoutButton
                        app_id=app_id.clone()
                        vendor_id=vendor_id.clone()
                        label=label.to_owned()
                        cycle=price.checkout_cycle.clone().unwrap_or_default()
                        blocked=price.blocked.clone()
                        carried=checkout.clone()
                        only
                    />
                };
                period_part(only, period, button)
            },
        )
        .collect_view();
    view! {
        <div class="prices">{prices}</div>
        <div class="cta">{buttons}</div>
    }
}

/// A plain form that starts checkout for one price; disabled, with the
/// reason, where Wix forbids the signed-in owner that choice.
#[component]
fn CheckoutButton(
    app_id: String,
    vendor_id: String,
    label: String,
    cycle: String,
    blocked: Option<String>,
    carried: CheckoutContext,
    only: Option<Period>,
) -> impl IntoView {
    view! {
        <form method="post" action="/checkout" target=carried.embed.then_some("_top") data-period=only.map(Period::as_str)>
            <input type="hidden" name="app" value=app_id/>
            <input type="hidden" name="plan" value=vendor_id/>
            <input type="hidden" name="cycle" value=cycle/>
            {carried.hidden_inputs()}
            <button type="submit" disabled=blocked.is_some()>{label}</button>
            {blocked.map(|reason| view! { <p class="blocked-reason">{reason}</p> })}
        </form>
    }
}

/// What every checkout form carries besides the plan: the visitor's
/// country and language, their verified signed instance and the coupon;
/// and whether the page is framed, when checkout must leave the frame
/// (Wix checkout does not run inside one).
#[derive(Debug, Clone)]
pub struct CheckoutContext {
    pub country: String,
    pub lang: Option<String>,
    pub instance: Option<String>,
    /// A site's plain app instance ID, for checkout to continue for it.
    pub site: Option<String>,
    pub coupon: Option<String>,
    pub embed: bool,
}

impl CheckoutContext {
    fn hidden_inputs(&self) -> impl IntoView {
        [
            ("country", Some(self.country.clone())),
            ("lang", self.lang.clone()),
            ("instance", self.instance.clone()),
            ("instanceId", self.site.clone()),
            ("coupon", self.coupon.clone()),
        ]
        .into_iter()
        .filter_map(|(name, value)| {
            value.map(|value| view! { <input type="hidden" name=name value=value/> })
        })
        .collect_view()
    }
}

/// One price. `only`: the period it belongs to, on each of its top
/// elements, for the period switch.
#[component]
fn PriceLine(price: PriceOption, only: Option<Period>) -> impl IntoView {
    let words = use_offer_words();
    let only = only.map(Period::as_str);
    if let Some(title) = price.title {
        let details = words.app_details.clone();
        return EitherOf4::A(view! {
            <p class="price custom" data-period=only>{title}</p>
            {price.link.map(|href| view! { <p class="app-page" data-period=only><a href=href>{details}</a></p> })}
        });
    }
    if let Some(usage) = price.usage {
        let words = &*words;
        return EitherOf4::B(view! {
            <div class="price usage" data-period=only>
                {match usage.base_fee {
                    Some(fee) => Either::Left(view! {
                        <p>{words.base_fee.0.clone()}<Money amount=fee role="base-fee"/>{words.base_fee.1.clone()}</p>
                    }),
                    None => Either::Right(view! { <p>{words.no_base_fee.clone()}</p> }),
                }}
                {match usage.increment {
                    Some(increment) => Either::Left(view! {
                        <p class="increment">
                            {words.charged_in_steps.0.clone()}<Money amount=increment role="increment"/>{words.charged_in_steps.1.clone()}
                        </p>
                    }),
                    None => Either::Right(view! { <p class="increment">{words.charged_by_usage.clone()}</p> }),
                }}
                {usage.description.map(|d| view! { <p class="usage-description">{d}</p> })}
            </div>
        });
    }
    let list = price.list.map(|list| *list).unwrap_or_default();
    let sale = price
        .sale
        .map(|sale| view! { <p class="sale"><strong>{sale.text}</strong></p> });
    if let Some(once) = price.one_time {
        return EitherOf4::C(view! {
            <div class="price one-time" data-period=only>
                <p><Struck amount=list.one_time role="list-one-time"/><Money amount=once role="one-time"/></p>
                <p class="billed">{words.one_time_payment.clone()}</p>
                {sale}
            </div>
        });
    }
    let months = price.months.unwrap_or(1);
    let billed = price.billed;
    EitherOf4::D(view! {
        <div class="price recurring" data-months=months.to_string() data-period=only>
            <p class="per-month">
                <Struck amount=list.per_month role="list-per-month"/>
                {price.per_month.map(|a| view! { <Money amount=a role="per-month"/> })}
                <span class="unit">" " {words.per_month_unit.clone()}</span>
            </p>
            <p class="billed">
                {(months > 1).then(|| view! {
                    <Struck amount=list.cycle_total role="list-cycle-total"/>
                    {price.cycle_total.map(|total| view! { <Money amount=total role="cycle-total"/>" "})}
                })}
                {billed}
            </p>
            {sale}
        </div>
    })
}
