use crate::plans::{billed, Amount, Period, PlanCard, PriceOption};
use leptos::prelude::*;

/// One plan: name, highlight, price for the chosen period, benefits and
/// the button that starts checkout.
#[component]
pub fn PlanCardView(app_id: String, plan: PlanCard, period: Signal<Period>) -> impl IntoView {
    let highlighted = plan.highlight.is_some();
    let badge = plan
        .highlight
        .clone()
        .map(|label| view! { <p class="badge">{label}</p> });
    let card = StoredValue::new(plan.clone());
    let prices = move || {
        let plan = card.read_value();
        let period = period.get();
        if plan.free {
            return view! { <p class="price free">"Free"</p> }.into_any();
        }
        if plan.prices.is_empty() {
            return view! { <p class="price none">"Priced outside Wix: see the app for details"</p> }.into_any();
        }
        let save = plan
            .save_percent
            .filter(|_| period == Period::Yearly && plan.sells(Period::Yearly));
        view! {
            {save.map(|n| view! {
                <p class="save"><data value=n.to_string() data-role="save-percent">{format!("Save {n}%")}</data></p>
            })}
            {plan.prices_for(period).cloned().map(|price| view! { <PriceLine price/> }).collect_view()}
        }
        .into_any()
    };
    // A button per shown price that Wix checkout sells: the first takes the
    // plan's label, the others say which cycle they buy.
    let app = app_id.clone();
    let buttons = move || {
        let period = period.get();
        card.with_value(|plan| {
            plan.prices_for(period)
                .filter(|p| p.checkout_cycle.is_some())
                .enumerate()
                .map(|(i, price)| {
                    let label = if i == 0 {
                        plan.cta_label.clone()
                    } else {
                        format!("{}: {}", plan.cta_label, billed(price.months))
                    };
                    view! { <CheckoutButton app_id=app.clone() vendor_id=plan.vendor_id.clone() label price=price.clone()/> }
                })
                .collect_view()
        })
    };
    let current = plan.current.clone().map(|billed| {
        view! {
            <p class="current"><strong>"Current plan"</strong>", " {billed}</p>
        }
    });
    view! {
        <li
            class="plan"
            class:highlighted=highlighted
            data-plan=plan.vendor_id.clone()
            data-app=app_id.clone()
        >
            {badge}
            <h3>{plan.name.clone()}</h3>
            {current}
            <div class="prices">{prices}</div>
            <div class="cta">{buttons}</div>
            {(!plan.benefits.is_empty()).then(|| view! {
                <ul class="benefits">
                    {plan.benefits.iter().map(|b| view! { <li>{b.clone()}</li> }).collect_view()}
                </ul>
            })}
        </li>
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
) -> impl IntoView {
    let carried = use_context::<CheckoutContext>().map(|c| c.hidden_inputs());
    let blocked = price.blocked.is_some();
    view! {
        <form method="post" action="/checkout">
            <input type="hidden" name="app" value=app_id/>
            <input type="hidden" name="plan" value=vendor_id/>
            <input type="hidden" name="cycle" value=price.checkout_cycle.unwrap_or_default()/>
            {carried}
            <button type="submit" disabled=blocked>{label}</button>
            {price.blocked.map(|reason| view! { <p class="blocked-reason">{reason}</p> })}
        </form>
    }
}

/// What every checkout form carries besides the plan: the visitor's
/// country and language, and their verified signed instance.
#[derive(Debug, Clone)]
pub struct CheckoutContext {
    pub country: String,
    pub lang: Option<String>,
    pub instance: Option<String>,
}

impl CheckoutContext {
    fn hidden_inputs(&self) -> impl IntoView {
        [
            ("country", Some(self.country.clone())),
            ("lang", self.lang.clone()),
            ("instance", self.instance.clone()),
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
    if let Some(title) = price.title {
        return view! { <p class="price custom">{title}</p> }.into_any();
    }
    if let Some(usage) = price.usage {
        return view! {
            <div class="price usage">
                {match usage.base_fee {
                    Some(fee) => view! { <p><Money amount=fee role="base-fee"/>" base fee per month"</p> }.into_any(),
                    None => view! { <p>"No base fee"</p> }.into_any(),
                }}
                <p class="increment">
                    "Charged by usage, in steps of " <Money amount=usage.increment role="increment"/>
                    " (always in US dollars)"
                </p>
                {usage.description.map(|d| view! { <p class="usage-description">{d}</p> })}
            </div>
        }
        .into_any();
    }
    if let Some(once) = price.one_time {
        return view! {
            <div class="price one-time">
                <p><Money amount=once role="one-time"/></p>
                <p class="billed">"one-time payment"</p>
            </div>
        }
        .into_any();
    }
    let months = price.months.unwrap_or(1);
    let billed = billed(Some(months));
    view! {
        <div class="price recurring" data-months=months.to_string()>
            <p class="per-month">
                {price.per_month.map(|a| view! { <Money amount=a role="per-month"/> })}
                <span class="unit">" / month"</span>
            </p>
            <p class="billed">
                {(months > 1).then(|| price.cycle_total.map(|total| view! { <Money amount=total role="cycle-total"/>" "}))}
                {billed}
            </p>
        </div>
    }
    .into_any()
}

/// An amount in the markup contract: `<data value="1234.50"
/// data-role="per-month" data-currency="EUR">1.234,50 €</data>`.
#[component]
pub(super) fn Money(amount: Amount, role: &'static str) -> impl IntoView {
    view! {
        <data class="amount" value=amount.value data-role=role data-currency=amount.currency>{amount.text}</data>
    }
}
