//! Words the views need many times, looked up once per page in its
//! language. The switch's are island props, so the browser carries no
//! catalogue, only what it renders.

use crate::i18n::{Arg, Lang, Msg};
use leptos::prelude::use_context;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// The switch's words in the page's language: an island's props, so the
/// browser carries no catalogue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PeriodWords {
    pub legend: String,
    pub monthly: String,
    pub yearly: String,
    /// "Save up to 16%", beside the yearly choice: the best saving of the
    /// page's plans, when one saves.
    pub save_hint: Option<String>,
    pub showing_monthly: String,
    pub showing_yearly: String,
}

impl PeriodWords {
    pub fn new(lang: Lang, best_saving: Option<u32>) -> Self {
        Self {
            legend: lang.t(Msg::BillingPeriod),
            monthly: lang.t(Msg::PeriodMonthly),
            yearly: lang.t(Msg::PeriodYearly),
            save_hint: best_saving.map(|percent| {
                let percent = percent.to_string();
                lang.t_with(Msg::SaveUpTo, &[("percent", Arg::Text(&percent))])
            }),
            showing_monthly: lang.t(Msg::ShowingMonthly),
            showing_yearly: lang.t(Msg::ShowingYearly),
        }
    }
}

/// What a plan's offer says around its amounts: the cards borrow the
/// page's; the preview's cells read it from the context, as an `Arc`.
#[derive(Debug, Clone, PartialEq)]
pub struct OfferWords {
    pub free: String,
    pub priced_outside: String,
    pub app_details: String,
    pub per_month_unit: String,
    pub one_time_payment: String,
    pub no_base_fee: String,
    /// Before and after the base fee's amount.
    pub base_fee: (String, String),
    pub charged_by_usage: String,
    /// Before and after the usage step's amount.
    pub charged_in_steps: (String, String),
    pub regular_price: String,
}

impl OfferWords {
    pub fn new(lang: Lang) -> Self {
        Self {
            free: lang.t(Msg::Free),
            priced_outside: lang.t(Msg::PricedOutsideWix),
            app_details: lang.t(Msg::AppDetails),
            per_month_unit: lang.t(Msg::PerMonthUnit),
            one_time_payment: lang.t(Msg::OneTimePayment),
            no_base_fee: lang.t(Msg::NoBaseFee),
            base_fee: lang.around(Msg::BaseFee, "fee"),
            charged_by_usage: lang.t(Msg::ChargedByUsage),
            charged_in_steps: lang.around(Msg::ChargedInSteps, "step"),
            regular_price: lang.t(Msg::RegularPrice),
        }
    }
}

/// The page's offer words. A render whose visitor left can be polled
/// once more after its owner's contexts are gone: it then draws, for no
/// one, with words looked up again rather than panicking.
pub fn use_offer_words() -> Arc<OfferWords> {
    use_context().unwrap_or_else(|| Arc::new(OfferWords::new(super::use_lang())))
}
