use super::money::{Money, Struck};
use super::period::ChosenPeriod;
use super::words::OfferWords;
use crate::i18n::Msg;
use crate::plans::{Offer, Period, PlanCard, PriceOption};
use leptos::{html, prelude::*};
use serde::{Deserialize, Serialize};

/// One plan: name, highlight, price for the chosen period, benefits and
/// the button that starts checkout.
#[component]
pub fn PlanCardView(app_id: String, plan: PlanCard) -> impl IntoView {
    let PlanCard {
        vendor_id,
        name,
        benefits,
        highlight,
        current,
        offer,
    } = plan;
    let checkout = expect_context::<CheckoutContext>();
    let highlighted = highlight.is_some();
    let data_plan = vendor_id.clone();
    let data_app = app_id.clone();
    let period = Signal::stored(expect_context::<ChosenPeriod>().get_untracked());
    // Only offers the period switch changes are islands.
    let offer = if offer.varies_by_period() {
        view! {
            <PlanOffer app_id=app_id.clone() vendor_id=vendor_id.clone() offer=offer.clone() checkout=checkout.clone()>
                <OfferView app_id vendor_id offer checkout period/>
            </PlanOffer>
        }
        .into_any()
    } else {
        view! { <OfferView app_id vendor_id offer checkout period/> }.into_any()
    };
    view! {
        <li class="plan" class:highlighted=highlighted data-plan=data_plan data-app=data_app>
            {highlight.map(|label| view! { <p class="badge">{label}</p> })}
            <h3>{name}</h3>
            {current.map(|billed| view! {
                <p class="current"><strong>{super::use_lang().t(Msg::CurrentPlan)}</strong>", " {billed}</p>
            })}
            {offer}
            {(!benefits.is_empty()).then(|| view! {
                <ul class="benefits">
                    {benefits.into_iter().map(|b| view! { <li>{b}</li> }).collect_view()}
                </ul>
            })}
        </li>
    }
}

/// A card's offer that follows the period switch. `children`: the
/// server's markup for the period the page was rendered with. It stays,
/// not hydrated, until the visitor switches; the offer is then rendered in
/// the browser and the server's markup removed. Rendering once on a switch
/// costs less than hydrating every card on load.
#[island]
fn PlanOffer(
    app_id: String,
    vendor_id: String,
    offer: Offer,
    checkout: CheckoutContext,
    children: Children,
) -> impl IntoView {
    let chosen = expect_context::<ChosenPeriod>();
    let rendered_with = chosen.get_untracked();
    let switched =
        Memo::new(move |was: Option<&bool>| was == Some(&true) || chosen.get() != rendered_with);
    let server_markup = NodeRef::<html::Div>::new();
    // Island children are static to Leptos: it never removes them itself.
    Effect::new(move |_| {
        if let (true, Some(markup)) = (switched.get(), server_markup.get()) {
            markup.remove();
        }
    });
    let period = Signal::derive(move || chosen.get());
    view! {
        <div class="server-offer" node_ref=server_markup>{children()}</div>
        {move || switched.get().then(|| {
            let (app_id, vendor_id) = (app_id.clone(), vendor_id.clone());
            let (offer, checkout) = (offer.clone(), checkout.clone());
            view! { <OfferView app_id vendor_id offer checkout period/> }
        })}
    }
}

/// A plan's prices for the period, and a checkout button per price Wix
/// checkout sells.
#[component]
fn OfferView(
    app_id: String,
    vendor_id: String,
    offer: Offer,
    checkout: CheckoutContext,
    period: Signal<Period>,
) -> impl IntoView {
    let offer = StoredValue::new(offer);
    let words = expect_context::<OfferWords>();
    let prices = move || {
        let offer = offer.read_value();
        let period = period.get();
        if offer.free {
            return view! { <p class="price free">{words.free.clone()}</p> }.into_any();
        }
        if offer.prices.is_empty() {
            return view! { <p class="price none">{words.priced_outside.clone()}</p> }.into_any();
        }
        view! {
            {offer.save_shown(period).map(|n| view! {
                <p class="save">
                    <data value=n.to_string() data-role="save-percent">{offer.save_text.clone()}</data>
                </p>
            })}
            {offer.prices_for(period).cloned().map(|price| view! { <PriceLine price/> }).collect_view()}
        }
        .into_any()
    };
    // The first button takes the plan's label, the others say which
    // cycle they buy.
    let buttons = move || {
        let period = period.get();
        offer.with_value(|offer| {
            offer
                .prices_for(period)
                .filter(|p| p.checkout_cycle.is_some())
                .enumerate()
                .map(|(i, price)| {
                    let label = if i == 0 {
                        offer.cta_label.clone()
                    } else {
                        price.button.clone()
                    };
                    view! {
                        <CheckoutButton
                            app_id=app_id.clone()
                            vendor_id=vendor_id.clone()
                            label
                            price=price.clone()
                            carried=checkout.clone()
                        />
                    }
                })
                .collect_view()
        })
    };
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
    price: PriceOption,
    carried: CheckoutContext,
) -> impl IntoView {
    let blocked = price.blocked.is_some();
    view! {
        <form method="post" action="/checkout" target=carried.embed.then_some("_top")>
            <input type="hidden" name="app" value=app_id/>
            <input type="hidden" name="plan" value=vendor_id/>
            <input type="hidden" name="cycle" value=price.checkout_cycle.unwrap_or_default()/>
            {carried.hidden_inputs()}
            <button type="submit" disabled=blocked>{label}</button>
            {price.blocked.map(|reason| view! { <p class="blocked-reason">{reason}</p> })}
        </form>
    }
}

/// What every checkout form carries besides the plan: the visitor's
/// country and language, their verified signed instance and the coupon;
/// and whether the page is framed, when checkout must leave the frame
/// (Wix checkout does not run inside one).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CheckoutContext {
    pub country: String,
    pub lang: Option<String>,
    pub instance: Option<String>,
    pub coupon: Option<String>,
    pub embed: bool,
}

impl CheckoutContext {
    fn hidden_inputs(&self) -> impl IntoView {
        [
            ("country", Some(self.country.clone())),
            ("lang", self.lang.clone()),
            ("instance", self.instance.clone()),
            ("coupon", self.coupon.clone()),
        ]
        .into_iter()
        .filter_map(|(name, value)| {
            value.map(|value| view! { <input type="hidden" name=name value=value/> })
        })
        .collect_view()
    }
}

#[component]
fn PriceLine(price: PriceOption) -> impl IntoView {
    let words = expect_context::<OfferWords>();
    if let Some(title) = price.title {
        return view! {
            <p class="price custom">{title}</p>
            {price.link.map(|href| view! { <p class="app-page"><a href=href>{words.app_details}</a></p> })}
        }
        .into_any();
    }
    if let Some(usage) = price.usage {
        return view! {
            <div class="price usage">
                {match usage.base_fee {
                    Some(fee) => view! {
                        <p>{words.base_fee.0}<Money amount=fee role="base-fee"/>{words.base_fee.1}</p>
                    }.into_any(),
                    None => view! { <p>{words.no_base_fee}</p> }.into_any(),
                }}
                {match usage.increment {
                    Some(increment) => view! {
                        <p class="increment">
                            {words.charged_in_steps.0}<Money amount=increment role="increment"/>{words.charged_in_steps.1}
                        </p>
                    }.into_any(),
                    None => view! { <p class="increment">{words.charged_by_usage}</p> }.into_any(),
                }}
                {usage.description.map(|d| view! { <p class="usage-description">{d}</p> })}
            </div>
        }
        .into_any();
    }
    let list = price.list.unwrap_or_default();
    let sale = price
        .sale
        .map(|sale| view! { <p class="sale"><strong>{sale.text}</strong></p> });
    if let Some(once) = price.one_time {
        return view! {
            <div class="price one-time">
                <p><Struck amount=list.one_time role="list-one-time"/><Money amount=once role="one-time"/></p>
                <p class="billed">{words.one_time_payment}</p>
                {sale}
            </div>
        }
        .into_any();
    }
    let months = price.months.unwrap_or(1);
    let billed = price.billed;
    view! {
        <div class="price recurring" data-months=months.to_string()>
            <p class="per-month">
                <Struck amount=list.per_month role="list-per-month"/>
                {price.per_month.map(|a| view! { <Money amount=a role="per-month"/> })}
                <span class="unit">" " {words.per_month_unit}</span>
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
    }
    .into_any()
}
