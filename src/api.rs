//! The headless pricing API, version 1 (`/api/v1/pricing`): what the page
//! shows for a country, language and period, as JSON for an owner who
//! draws their own table. Its own types, not the page's view model: the
//! page may change its markup, v1 stays what its OpenAPI document says.

use crate::plans::{Amount, Offer, Period, PriceOption, PricingView};
use serde::Serialize;
use utoipa::ToSchema;

/// Every plan of every app, priced for one country.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Pricing {
    /// ISO 3166-1 alpha-2 code of the country priced.
    #[schema(example = "DE")]
    pub country: String,
    /// The country's name in the requested language.
    pub country_name: String,
    /// BCP 47 tag the `text` of every amount is formatted for.
    #[schema(example = "de-DE")]
    pub locale: String,
    /// ISO 4217 code of every amount but usage increments (always USD);
    /// null when Wix did not name one, and no amounts are given (Wix
    /// checkout shows the price).
    #[schema(example = "EUR")]
    pub currency: Option<String>,
    /// "incl. 19% VAT", when a tax applies and prices include it.
    pub tax_label: Option<String>,
    /// The period the prices are chosen for.
    pub cycle: Cycle,
    /// The prices are the last ones Wix gave: it is failing right now.
    pub stale: bool,
    pub apps: Vec<App>,
}

/// `monthly` or `yearly`, as the page's switch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Cycle {
    Monthly,
    Yearly,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct App {
    /// Wix's app ID.
    pub id: String,
    pub name: String,
    pub plans: Vec<Plan>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Plan {
    /// The plan's vendor ID in Wix (its product ID at checkout).
    pub vendor_id: String,
    pub name: String,
    pub benefits: Vec<String>,
    /// "Most popular", as the owner set it.
    pub highlight: Option<String>,
    /// No price to pay.
    pub free: bool,
    /// The yearly saving against monthly, in percent, where the page
    /// shows it for this period.
    pub save_percent: Option<u32>,
    /// "Save 16%", in the requested language.
    pub save_text: Option<String>,
    /// The prices the page shows for this period.
    pub prices: Vec<Price>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Price {
    /// Wix checkout's billing cycle (`MONTHLY`, `YEARLY`, `TWO_YEARS`,
    /// `ONE_TIME`, ...); none for a price Wix checkout does not sell.
    #[schema(example = "YEARLY")]
    pub checkout_cycle: Option<String>,
    /// Months per billing cycle; none for a one-time price.
    pub months: Option<u32>,
    /// What the buyer pays per month (the sale price while a sale runs).
    pub per_month: Option<Money>,
    /// What the buyer pays per billing cycle.
    pub cycle_total: Option<Money>,
    /// What a one-time price costs.
    pub one_time: Option<Money>,
    /// The prices before the sale, while one runs.
    pub list: Option<ListPrice>,
    pub sale: Option<Sale>,
    pub usage: Option<Usage>,
    /// Shown instead of an amount: a price the app bills itself.
    pub title: Option<String>,
    /// "billed yearly", in the requested language.
    pub billed: String,
    /// The form that starts checkout for this price; none where Wix
    /// checkout does not sell it.
    pub checkout: Option<CheckoutForm>,
}

/// An amount: exact, and as the page writes it.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Money {
    /// The exact decimal, rounded once to the currency's minor units.
    #[schema(example = "9.85")]
    pub value: String,
    /// ISO 4217 code.
    #[schema(example = "EUR")]
    pub currency: String,
    /// Formatted for the locale.
    #[schema(example = "9,85 €")]
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct ListPrice {
    pub per_month: Option<Money>,
    pub cycle_total: Option<Money>,
    pub one_time: Option<Money>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Sale {
    pub name: String,
    /// The sale's last day, in the locale, when Wix gives it.
    pub until: Option<String>,
    /// Name and last day as the page says them.
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Usage {
    pub base_fee: Option<Money>,
    /// Charged per increment of use, always in USD.
    pub increment: Option<Money>,
    pub description: Option<String>,
}

/// Post `fields` as `application/x-www-form-urlencoded` to `action` from
/// the buyer's browser (a plain HTML form does): the server then sends
/// them to Wix checkout, through Wix's installer when needed.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct CheckoutForm {
    /// Absolute URL of this server's `/checkout`.
    pub action: String,
    #[schema(example = "POST")]
    pub method: String,
    pub fields: Vec<Field>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Field {
    pub name: String,
    pub value: String,
}

/// The error body of every `/api/v1` refusal.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ErrorDetail {
    pub status: u16,
    pub message: String,
    #[serde(rename = "requestId")]
    pub request_id: Option<String>,
}

/// What a checkout form carries besides the plan and cycle.
pub struct Carried<'a> {
    /// Where `/checkout` is: the server's public URL.
    pub public_url: &'a str,
    /// The `lang` the request gave, carried on as the page carries it.
    pub lang: Option<&'a str>,
}

impl Pricing {
    /// The page's view of `period`, as v1 says it.
    pub fn new(view: PricingView, period: Period, carried: &Carried) -> Self {
        let country = view.country.clone();
        let apps = view
            .apps
            .into_iter()
            .map(|app| App {
                plans: app
                    .plans
                    .into_iter()
                    .map(|plan| Plan {
                        prices: prices(
                            &plan.offer,
                            period,
                            &app.id,
                            &plan.vendor_id,
                            &country,
                            carried,
                        ),
                        save_percent: plan.offer.save_shown(period),
                        save_text: plan
                            .offer
                            .save_text
                            .clone()
                            .filter(|_| plan.offer.save_shown(period).is_some()),
                        free: plan.offer.free,
                        vendor_id: plan.vendor_id,
                        name: plan.name,
                        benefits: plan.benefits,
                        highlight: plan.highlight,
                    })
                    .collect(),
                id: app.id,
                name: app.name,
            })
            .collect();
        Self {
            country,
            country_name: view.country_name,
            locale: view.locale,
            currency: view.currency,
            tax_label: view.tax_label,
            cycle: match period {
                Period::Monthly => Cycle::Monthly,
                Period::Yearly => Cycle::Yearly,
            },
            stale: view.stale,
            apps,
        }
    }
}

fn prices(
    offer: &Offer,
    period: Period,
    app: &str,
    vendor_id: &str,
    country: &str,
    carried: &Carried,
) -> Vec<Price> {
    offer
        .prices_for(period)
        .map(|price| Price {
            checkout: price
                .checkout_cycle
                .as_deref()
                .filter(|_| price.blocked.is_none())
                .map(|cycle| checkout_form(app, vendor_id, cycle, country, carried)),
            ..Price::from(price)
        })
        .collect()
}

fn checkout_form(
    app: &str,
    plan: &str,
    cycle: &str,
    country: &str,
    carried: &Carried,
) -> CheckoutForm {
    let mut fields = vec![
        ("app", app),
        ("plan", plan),
        ("cycle", cycle),
        ("country", country),
    ];
    fields.extend(carried.lang.map(|lang| ("lang", lang)));
    CheckoutForm {
        action: format!("{}/checkout", carried.public_url),
        method: "POST".to_owned(),
        fields: fields
            .into_iter()
            .map(|(name, value)| Field {
                name: name.to_owned(),
                value: value.to_owned(),
            })
            .collect(),
    }
}

impl From<&PriceOption> for Price {
    fn from(price: &PriceOption) -> Self {
        // A price the app bills itself shows its title, never an amount.
        let billed_here = price.title.is_none();
        let money =
            |amount: &Option<Amount>| amount.as_ref().filter(|_| billed_here).map(Money::from);
        Self {
            checkout_cycle: price.checkout_cycle.clone(),
            months: price.months,
            per_month: money(&price.per_month),
            cycle_total: money(&price.cycle_total),
            one_time: money(&price.one_time),
            list: price
                .list
                .as_ref()
                .filter(|_| billed_here)
                .map(|list| ListPrice {
                    per_month: money(&list.per_month),
                    cycle_total: money(&list.cycle_total),
                    one_time: money(&list.one_time),
                }),
            sale: price.sale.as_ref().map(|sale| Sale {
                name: sale.name.clone(),
                until: sale.until.clone(),
                text: sale.text.clone(),
            }),
            usage: price.usage.as_ref().map(|usage| Usage {
                base_fee: money(&usage.base_fee),
                increment: money(&usage.increment),
                description: usage.description.clone(),
            }),
            title: price.title.clone(),
            billed: price.billed.clone(),
            checkout: None,
        }
    }
}

impl From<&Amount> for Money {
    fn from(amount: &Amount) -> Self {
        Self {
            value: amount.value.clone(),
            currency: amount.currency.clone(),
            text: amount.text.clone(),
        }
    }
}
