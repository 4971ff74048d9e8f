//! An amount as the page shows it: formatted text around an exact value
//! in a `<data>` element, plain or struck through as a sale's list price.

use super::words::use_offer_words;
use crate::plans::Amount;
use leptos::prelude::*;

/// A list price while a sale runs, struck through; screen readers hear
/// that it is the regular price.
#[component]
pub fn Struck(amount: Option<Amount>, role: &'static str) -> impl IntoView {
    amount.map(|amount| {
        let words = use_offer_words();
        view! {
            <s class="list-price">
                <span class="visually-hidden">{words.regular_price.clone()} " "</span>
                <Money amount role/>
            </s>
            " "
        }
    })
}

/// An amount in the markup contract: `<data value="1234.50"
/// data-role="per-month" data-currency="EUR">1.234,50 €</data>`.
#[component]
pub fn Money(amount: Amount, role: &'static str) -> impl IntoView {
    view! {
        // Isolated: an amount reads the same in a right-to-left line.
        <bdi><data class="amount" value=amount.value data-role=role data-currency=amount.currency>{amount.text}</data></bdi>
    }
}
