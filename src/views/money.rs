//! An amount as the page shows it: formatted text around an exact value
//! in a `<data>` element, plain or struck through as a sale's list price.
//! Drawn from owned text (the preview's cells) or borrowed (the cards,
//! drawn at once from the page's view: see `plan_card`).

use super::words::use_offer_words;
use crate::plans::Amount;
use leptos::prelude::*;
use leptos::tachys::html::attribute::AttributeValue;

/// A list price while a sale runs, struck through; screen readers hear
/// that it is the regular price.
#[component]
pub fn Struck(amount: Option<Amount>, role: &'static str) -> impl IntoView {
    amount.map(
        |Amount {
             value,
             text,
             currency,
         }| {
            struck(
                use_offer_words().regular_price.clone(),
                money(value, currency, text, role),
            )
        },
    )
}

/// An amount in the markup contract: `<data value="1234.50"
/// data-role="per-month" data-currency="EUR">1.234,50 €</data>`.
#[component]
pub fn Money(amount: Amount, role: &'static str) -> impl IntoView {
    money(amount.value, amount.currency, amount.text, role)
}

/// [`Money`] of a borrowed amount.
pub fn money_of<'a>(amount: &'a Amount, role: &'static str) -> impl IntoView + 'a {
    money(
        amount.value.as_str(),
        amount.currency.as_str(),
        amount.text.as_str(),
        role,
    )
}

/// [`Struck`] of a borrowed amount, with the words said before it.
pub fn struck_of<'a>(
    amount: Option<&'a Amount>,
    regular_price: &'a str,
    role: &'static str,
) -> impl IntoView + 'a {
    amount.map(|amount| struck(regular_price, money_of(amount, role)))
}

fn money<S: AttributeValue + IntoView>(
    value: S,
    currency: S,
    text: S,
    role: &'static str,
) -> impl IntoView {
    view! {
        // Isolated: an amount reads the same in a right-to-left line.
        <bdi><data class="amount" value=value data-role=role data-currency=currency>{text}</data></bdi>
    }
}

fn struck(regular_price: impl IntoView, amount: impl IntoView) -> impl IntoView {
    view! {
        <s class="list-price">
            <span class="visually-hidden">{regular_price} " "</span>
            {amount}
        </s>
        " "
    }
}
