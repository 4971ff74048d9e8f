use super::money::{money_of, struck_of};
use super::words::OfferWords;
use crate::i18n::Msg;
use crate::plans::{Offer, Period, PlanCard, PriceOption, Shown};
use leptos::either::{Either, EitherOf3, EitherOf4};
use leptos::prelude::*;

/// What drawing a card reads besides its plan, the same for every card
/// of an app. Cards are server markup only, drawn from the page's view as
/// borrowed (see `super::drawn`): the period switch shows and hides
/// their parts (see [`period_part`]), so no card hydrates.
#[derive(Clone, Copy)]
pub struct Cards<'a> {
    pub app_id: &'a str,
    /// What the cards show before the visitor switches.
    pub period: Period,
    pub words: &'a OfferWords,
    pub checkout: &'a CheckoutFields,
}

impl<'a> Cards<'a> {
    /// One plan: name, highlight, prices, benefits and the buttons that
    /// start checkout.
    pub fn card(self, plan: &'a PlanCard) -> impl IntoView + 'a {
        let PlanCard {
            vendor_id,
            name,
            benefits,
            highlight,
            current,
            offer,
        } = plan;
        view! {
            <li class="plan" class:highlighted=highlight.is_some() data-plan=vendor_id.as_str() data-app=self.app_id>
                {highlight.as_deref().map(|label| view! { <p class="badge">{label}</p> })}
                <h3>{name.as_str()}</h3>
                {current.as_deref().map(|billed| view! {
                    <p class="current"><strong>{super::use_lang().t(Msg::CurrentPlan)}</strong>", " {billed}</p>
                })}
                {self.offer(vendor_id, offer)}
                {(!benefits.is_empty()).then(|| view! {
                    <ul class="benefits">
                        {benefits
                            .iter()
                            .map(|b| view! { <li><span class="check" aria-hidden="true">"✓"</span>{b.as_str()}</li> })
                            .collect_view()}
                    </ul>
                })}
            </li>
        }
    }

    /// A plan's prices and a checkout button per price Wix checkout
    /// sells, for every period, each part shown in the periods it
    /// belongs to.
    fn offer(self, vendor_id: &'a str, offer: &'a Offer) -> impl IntoView + 'a {
        let Self { period, words, .. } = self;
        let prices = if offer.free {
            EitherOf3::A(view! { <p class="price free">{words.free.as_str()}</p> })
        } else if offer.prices.is_empty() {
            EitherOf3::B(view! { <p class="price none">{words.priced_outside.as_str()}</p> })
        } else {
            let save = offer.save_parts().into_iter().map(|Shown { part, only }| {
                let badge = view! {
                    <p class="save" data-period=only.map(Period::as_str)>
                        <data value=part.to_string() data-role="save-percent">{offer.save_text.as_deref()}</data>
                    </p>
                };
                period_part(only, period, badge)
            });
            let lines = offer.price_parts().into_iter().map(|Shown { part, only }| {
                period_part(only, period, price_line(part, only, words))
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
                    period_part(
                        only,
                        period,
                        self.checkout_button(vendor_id, price, label, only),
                    )
                },
            )
            .collect_view();
        view! {
            <div class="prices">{prices}</div>
            <div class="cta">{buttons}</div>
        }
    }

    /// A plain form that starts checkout for one price; disabled, with
    /// the reason, where Wix forbids the signed-in owner that choice.
    fn checkout_button(
        self,
        vendor_id: &'a str,
        price: &'a PriceOption,
        label: &'a str,
        only: Option<Period>,
    ) -> impl IntoView + 'a {
        let carried = self.checkout;
        let blocked = price.blocked.as_deref();
        view! {
            <form method="post" action="/checkout" target=carried.embed.then_some("_top") data-period=only.map(Period::as_str)>
                <input type="hidden" name="app" value=self.app_id/>
                <input type="hidden" name="plan" value=vendor_id/>
                <input type="hidden" name="cycle" value=price.checkout_cycle.as_deref().unwrap_or_default()/>
                {carried.hidden_inputs()}
                <button type="submit" disabled=blocked.is_some()>{label}</button>
                {blocked.map(|reason| view! { <p class="blocked-reason">{reason}</p> })}
            </form>
        }
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
fn period_part<V: IntoView>(only: Option<Period>, period: Period, part: V) -> impl IntoView {
    match only {
        Some(only) if only != period => {
            // Without the hydration markers: nothing hydrates it.
            let html = part.to_html();
            let mut markup = String::with_capacity(html.len());
            let mut kept = 0;
            for marker in memchr::memmem::find_iter(html.as_bytes(), "<!>") {
                markup.push_str(&html[kept..marker]);
                kept = marker + "<!>".len();
            }
            markup.push_str(&html[kept..]);
            Either::Left(
                view! { <template data-period=only.as_str() data-markup=markup></template> },
            )
        }
        _ => Either::Right(part),
    }
}

/// What every checkout form carries besides the plan: the visitor's
/// country and language, their verified signed instance and the coupon;
/// and whether the page is framed, when checkout must leave the frame
/// (Wix checkout does not run inside one).
#[derive(Debug)]
pub struct CheckoutFields {
    pub country: String,
    pub lang: Option<String>,
    pub instance: Option<String>,
    /// A site's plain app instance ID, for checkout to continue for it.
    pub site: Option<String>,
    pub coupon: Option<String>,
    pub embed: bool,
}

impl CheckoutFields {
    fn hidden_inputs(&self) -> impl IntoView + '_ {
        [
            ("country", Some(self.country.as_str())),
            ("lang", self.lang.as_deref()),
            ("instance", self.instance.as_deref()),
            ("instanceId", self.site.as_deref()),
            ("coupon", self.coupon.as_deref()),
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
fn price_line<'a>(
    price: &'a PriceOption,
    only: Option<Period>,
    words: &'a OfferWords,
) -> impl IntoView + 'a {
    let only = only.map(Period::as_str);
    if let Some(title) = &price.title {
        let details = words.app_details.as_str();
        return EitherOf4::A(view! {
            <p class="price custom" data-period=only>{title.as_str()}</p>
            {price.link.as_deref().map(|href| view! { <p class="app-page" data-period=only><a href=href>{details}</a></p> })}
        });
    }
    if let Some(usage) = price.usage.as_deref() {
        return EitherOf4::B(view! {
            <div class="price usage" data-period=only>
                {match &usage.base_fee {
                    Some(fee) => Either::Left(view! {
                        <p>{words.base_fee.0.as_str()}{money_of(fee, "base-fee")}{words.base_fee.1.as_str()}</p>
                    }),
                    None => Either::Right(view! { <p>{words.no_base_fee.as_str()}</p> }),
                }}
                {match &usage.increment {
                    Some(increment) => Either::Left(view! {
                        <p class="increment">
                            {words.charged_in_steps.0.as_str()}{money_of(increment, "increment")}{words.charged_in_steps.1.as_str()}
                        </p>
                    }),
                    None => Either::Right(view! { <p class="increment">{words.charged_by_usage.as_str()}</p> }),
                }}
                {usage.description.as_deref().map(|d| view! { <p class="usage-description">{d}</p> })}
            </div>
        });
    }
    let list = price.list.as_deref();
    let struck = |amount: fn(&crate::plans::Amounts) -> Option<&crate::plans::Amount>, role| {
        struck_of(list.and_then(amount), &words.regular_price, role)
    };
    let sale = price
        .sale
        .as_ref()
        .map(|sale| view! { <p class="sale"><strong>{sale.text.as_str()}</strong></p> });
    if let Some(once) = &price.one_time {
        return EitherOf4::C(view! {
            <div class="price one-time" data-period=only>
                <p>{struck(|l| l.one_time.as_ref(), "list-one-time")}{money_of(once, "one-time")}</p>
                <p class="billed">{words.one_time_payment.as_str()}</p>
                {sale}
            </div>
        });
    }
    let months = price.months.unwrap_or(1);
    EitherOf4::D(view! {
        <div class="price recurring" data-months=months.to_string() data-period=only>
            <p class="per-month">
                {struck(|l| l.per_month.as_ref(), "list-per-month")}
                {price.per_month.as_ref().map(|a| money_of(a, "per-month"))}
                <span class="unit">" " {words.per_month_unit.as_str()}</span>
            </p>
            <p class="billed">
                {(months > 1).then(|| view! {
                    {struck(|l| l.cycle_total.as_ref(), "list-cycle-total")}
                    {price.cycle_total.as_ref().map(|total| view! { {money_of(total, "cycle-total")}" "})}
                })}
                {price.billed.as_str()}
            </p>
            {sale}
        </div>
    })
}
