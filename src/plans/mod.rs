//! What the pricing page shows: a plain-data view model, shared by server
//! and browser, built from Wix's answer by pure functions.

#[cfg(feature = "ssr")]
mod build;
#[cfg(feature = "ssr")]
pub mod copy;
#[cfg(feature = "ssr")]
mod settings;
#[cfg(feature = "ssr")]
pub use build::{pricing_view, pricing_view_without_json_ld, Wording};
#[cfg(feature = "ssr")]
pub use settings::PageSettings;

use crate::error::AppError;
use crate::i18n::{Detail, Msg};
use serde::{Deserialize, Serialize};

/// A coupon code from the address (`?coupon=`): letters, digits, `-` and
/// `_`, at most 64; empty is none.
pub fn coupon(value: Option<&str>) -> Result<Option<String>, AppError> {
    match value.map(str::trim).unwrap_or_default() {
        "" => Ok(None),
        code if code.len() <= 64
            && code
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_')) =>
        {
            Ok(Some(code.to_owned()))
        }
        other => Err(AppError::BadRequest(
            Detail::new(Msg::ErrorBadCoupon).quoting(other, 64),
        )),
    }
}

/// The billing period the visitor compares plans by (`?cycle=`).
#[derive(strum::EnumString, strum::IntoStaticStr)]
#[strum(serialize_all = "lowercase", ascii_case_insensitive)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Period {
    #[default]
    Monthly,
    Yearly,
}

impl Period {
    pub const ALL: [Period; 2] = [Period::Monthly, Period::Yearly];

    pub fn parse(value: Option<&str>) -> Result<Self, AppError> {
        value.map_or(Ok(Self::default()), |value| {
            value.parse().map_err(|_| {
                AppError::BadRequest(Detail::new(Msg::ErrorBadCycle).quoting(value, 16))
            })
        })
    }

    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// Months in the billing cycle this period stands for.
    pub fn months(self) -> u32 {
        match self {
            Self::Monthly => 1,
            Self::Yearly => 12,
        }
    }
}

/// One question of the page's FAQ and its answer, as the owner writes
/// them (`plans::copy`): plain text, no markup read from it; shown under
/// the plans and in the page's JSON-LD.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub question: String,
    pub answer: String,
}

/// What a page's address fixes, each in its one spelling: the page's
/// forms carry these on, and two addresses with the same are the same page
/// (so `?country=de` and `?country=DE` are rendered once).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Given {
    /// An ISO 3166-1 code, upper case.
    pub country: Option<String>,
    /// A BCP 47 tag of language, script and region only.
    pub lang: Option<String>,
    pub cycle: Option<Period>,
    /// The coupon, carried by the checkout forms to Wix checkout.
    pub coupon: Option<String>,
    /// `light` or `dark`.
    pub theme: Option<String>,
    pub embed: bool,
    /// A site's plain app instance ID (`?appInstanceId=`, `?instanceId=`):
    /// carried to checkout, which continues for that site; nothing of
    /// the site is shown for it.
    pub site: Option<String>,
}

impl Given {
    /// A coupon, theme, embedding or site variant of a page everyone shares.
    pub fn is_variant(&self) -> bool {
        self.coupon.is_some() || self.theme.is_some() || self.embed || self.site.is_some()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PricingView {
    pub country: String,
    pub country_name: String,
    /// BCP 47 tag the amounts are formatted for.
    pub locale: String,
    /// ISO 4217; none where Wix did not say (no amounts are shown then).
    pub currency: Option<String>,
    /// "incl. 19% VAT", when a tax applies.
    pub tax_label: Option<String>,
    pub apps: Vec<AppSection>,
    /// schema.org Product/Offer data of every price, as JSON.
    pub json_ld: String,
    /// A short message about the visitor's Wix sign-in, when it failed.
    pub notice: Option<String>,
    /// The verified signed instance, carried by the checkout forms.
    pub instance: Option<String>,
    /// What the address fixes, which the page's forms carry on.
    pub given: Given,
    /// Questions buyers ask, in the page's language.
    pub faq: Vec<Question>,
    /// The prices are the last ones Wix gave: it is failing right now.
    pub stale: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AppSection {
    pub id: String,
    pub name: String,
    pub plans: Vec<PlanCard>,
    /// Wix offers the signed-in owner a free trial.
    pub free_trial_available: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanCard {
    pub vendor_id: String,
    pub name: String,
    pub benefits: Vec<String>,
    /// "Most popular", from configuration.
    pub highlight: Option<String>,
    /// The signed-in owner's plan: how it is billed ("billed yearly").
    pub current: Option<String>,
    pub offer: Offer,
}

/// The part of a card that the billing period changes: its prices and
/// what checkout sells.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Offer {
    pub cta_label: String,
    pub free: bool,
    /// Of the yearly price against the monthly one, when both exist.
    pub save_percent: Option<u32>,
    /// "Save 16%", in the page's words.
    pub save_text: Option<String>,
    pub prices: Vec<PriceOption>,
}

impl Offer {
    pub fn sells(&self, period: Period) -> bool {
        self.prices
            .iter()
            .any(|p| p.months == Some(period.months()))
    }

    /// The prices to show for a period: those of the period, plus those of
    /// other kinds (one-time, multi-year); a plan without the period shows
    /// every price it has.
    pub fn prices_for(&self, period: Period) -> impl Iterator<Item = &PriceOption> {
        let sells = self.sells(period);
        self.prices
            .iter()
            .filter(move |p| Self::shows(p, period, sells))
    }

    /// Whether `price` shows in `period`, for an offer that `sells` the
    /// period or not (see [`Self::prices_for`]).
    fn shows(price: &PriceOption, period: Period, sells: bool) -> bool {
        match price.months {
            Some(1) | Some(12) => !sells || price.months == Some(period.months()),
            _ => true,
        }
    }

    /// The "save N%" badge, shown with the yearly price.
    pub fn save_shown(&self, period: Period) -> Option<u32> {
        self.save_percent
            .filter(|_| period == Period::Yearly && self.sells(Period::Yearly))
    }

    /// The badge as the card draws it for every period at once.
    pub fn save_parts(&self) -> Vec<Shown<u32>> {
        per_period(|period| self.save_shown(period))
    }

    /// Every price the card shows in some period, in order, each with the
    /// one period it is limited to, if any.
    pub fn price_parts(&self) -> Vec<Shown<&PriceOption>> {
        let sells = Period::ALL.map(|period| self.sells(period));
        self.prices
            .iter()
            .flat_map(|price| {
                // Whether it shows is compared between the periods, not
                // the price, which is the same one.
                per_period(|period| {
                    Self::shows(price, period, sells[period as usize]).then_some(())
                })
                .into_iter()
                .map(move |Shown { only, .. }| Shown { part: price, only })
            })
            .collect()
    }

    /// Every checkout button of every period, in order: a price Wix
    /// checkout sells, with its label. The first button of a period takes
    /// the plan's label, the others say which cycle they buy, so one price
    /// may have a button per period.
    pub fn button_parts<'a>(&'a self) -> Vec<Shown<(&'a PriceOption, &'a str)>> {
        let label = |period: Period, price: &'a PriceOption| -> Option<&'a str> {
            let mut sold = self
                .prices_for(period)
                .filter(|p| p.checkout_cycle.is_some());
            if sold.next().is_some_and(|first| std::ptr::eq(first, price)) {
                Some(self.cta_label.as_str())
            } else {
                sold.any(|p| std::ptr::eq(p, price))
                    .then_some(price.button.as_str())
            }
        };
        self.prices
            .iter()
            .flat_map(|price| {
                // The labels are compared between the periods, not the
                // price, which is the same one.
                per_period(|period| label(period, price)).into_iter().map(
                    move |Shown { part, only }| Shown {
                        part: (price, part),
                        only,
                    },
                )
            })
            .collect()
    }
}

/// A part of a card and where it shows: in every period (`only` is
/// `None`), or in one. The page draws every part once, so that the period
/// switch shows and hides parts instead of drawing cards again.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Shown<T> {
    pub part: T,
    pub only: Option<Period>,
}

/// What each period shows of something, as parts: one for every period
/// when they agree, else one for each period that has it.
fn per_period<T: PartialEq>(of: impl Fn(Period) -> Option<T>) -> Vec<Shown<T>> {
    let [monthly, yearly] = Period::ALL.map(of);
    match (monthly, yearly) {
        (Some(monthly), Some(yearly)) if monthly == yearly => vec![Shown {
            part: monthly,
            only: None,
        }],
        (monthly, yearly) => [(monthly, Period::Monthly), (yearly, Period::Yearly)]
            .into_iter()
            .filter_map(|(part, period)| {
                part.map(|part| Shown {
                    part,
                    only: Some(period),
                })
            })
            .collect(),
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PriceOption {
    /// The checkout billing cycle (`MONTHLY`, `YEARLY`, `TWO_YEARS`, ...),
    /// when this price can be bought through Wix checkout.
    pub checkout_cycle: Option<String>,
    /// Months per billing cycle; none for one-time prices.
    pub months: Option<u32>,
    /// What the buyer pays: the sale price while a sale runs.
    pub per_month: Option<Amount>,
    pub cycle_total: Option<Amount>,
    pub one_time: Option<Amount>,
    /// The price before the sale, struck through beside the sale price.
    /// Boxed, as `usage`: most prices have neither, and the preview holds
    /// a price for every country.
    pub list: Option<Box<Amounts>>,
    /// The running sale's name and end.
    pub sale: Option<SaleNote>,
    pub usage: Option<Box<UsageTerms>>,
    /// Shown instead of a price: `customPaymentTitle`, or a neutral line
    /// for a price the app bills itself.
    pub title: Option<String>,
    /// Why the signed-in owner cannot buy this (Wix's downgrade rules).
    pub blocked: Option<String>,
    /// The app's own page, beside a price it bills itself.
    pub link: Option<String>,
    /// "billed yearly", "paid once".
    pub billed: String,
    /// The checkout button's label when it is not the plan's first:
    /// "Choose Pro: billed every 2 years".
    pub button: String,
}

/// A price's amounts: per month and per cycle, or once.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Amounts {
    pub per_month: Option<Amount>,
    pub cycle_total: Option<Amount>,
    pub one_time: Option<Amount>,
}

/// "Black Friday", "until December 1".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SaleNote {
    pub name: String,
    /// The last day, in the visitor's locale, when Wix gives it.
    pub until: Option<String>,
    /// Name and last day as the page says them.
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UsageTerms {
    /// None: no base fee.
    pub base_fee: Option<Amount>,
    /// Always USD; none when Wix does not say.
    pub increment: Option<Amount>,
    pub description: Option<String>,
}

/// One displayed amount: the exact decimal after display rounding, and the
/// same value formatted for the visitor's locale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Amount {
    pub value: String,
    pub text: String,
    pub currency: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn offer(save_percent: Option<u32>, cycles: &[Option<u32>]) -> Offer {
        Offer {
            cta_label: "Choose".to_owned(),
            free: false,
            save_percent,
            save_text: save_percent.map(|n| format!("Save {n}%")),
            prices: cycles
                .iter()
                .map(|&months| PriceOption {
                    months,
                    checkout_cycle: Some(format!("{months:?}")),
                    button: format!("every {}", months.unwrap_or(0)),
                    ..PriceOption::default()
                })
                .collect(),
        }
    }

    /// What a part's periods are, as letters: `b` both, `m`, `y`.
    fn periods<T>(parts: &[Shown<T>]) -> String {
        parts
            .iter()
            .map(|shown| match shown.only {
                None => 'b',
                Some(Period::Monthly) => 'm',
                Some(Period::Yearly) => 'y',
            })
            .collect()
    }

    #[test]
    fn each_part_of_a_card_shows_in_the_periods_that_show_it() {
        // Monthly, yearly, every two years: the first two take turns.
        let both = offer(Some(16), &[Some(1), Some(12), Some(24)]);
        assert_eq!(periods(&both.price_parts()), "myb");
        assert_eq!(periods(&both.save_parts()), "y");
        // Each period's first button takes the plan's label.
        let buttons = both.button_parts();
        assert_eq!(periods(&buttons), "myb");
        let labels: Vec<_> = buttons.iter().map(|b| b.part.1).collect();
        assert_eq!(labels, ["Choose", "Choose", "every 24"]);
        // A plan without one of the periods shows the same either way,
        // the badge only for Yearly.
        let yearly_only = offer(Some(10), &[Some(12)]);
        assert_eq!(periods(&yearly_only.price_parts()), "b");
        assert_eq!(periods(&yearly_only.button_parts()), "b");
        assert_eq!(periods(&yearly_only.save_parts()), "y");
        assert_eq!(periods(&offer(None, &[Some(12)]).save_parts()), "");
        // One-time and multi-year prices show in both.
        let other = offer(None, &[None, Some(24)]);
        assert_eq!(periods(&other.price_parts()), "bb");
        assert_eq!(periods(&other.button_parts()), "bb");
        // A monthly price that checkout cannot sell has no button; the
        // yearly one is then the first in both periods, but shown in one.
        let mut unsold = offer(None, &[Some(1), Some(12)]);
        unsold.prices[0].checkout_cycle = None;
        assert_eq!(periods(&unsold.button_parts()), "y");
        // Every part of a period, in order, is what the period shows.
        for period in Period::ALL {
            let shown: Vec<_> = both
                .price_parts()
                .into_iter()
                .filter(|s| s.only.is_none_or(|p| p == period))
                .map(|s| s.part)
                .collect();
            assert!(shown.into_iter().eq(both.prices_for(period)));
        }
    }
}
