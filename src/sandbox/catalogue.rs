//! The sandbox's catalogue: a TOML file of apps, plans, prices and
//! countries that a user can edit to preview their own plans.
//!
//! Prices are written once, in USD per month, and converted per country
//! (exchange rate, the currency's minor units, the country's tax rule), the
//! way Wix localises a plan. A price may also pin exact strings for a
//! country, which is how the docs' example response is reproduced verbatim.

use super::wire::*;
use crate::country::CountryCode;
use crate::pricing::round_for_display;
use rust_decimal::Decimal;
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};

/// A decimal string of the catalogue, such as `"9.50"`; its scale is
/// kept, so `"0.0"` is written back as `"0.0"`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Amount(pub Decimal);

impl<'de> Deserialize<'de> for Amount {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Decimal::from_str_exact(&text)
            .map(Amount)
            .map_err(|e| serde::de::Error::custom(format!("{text:?} is not a decimal: {e}")))
    }
}

impl std::fmt::Display for Amount {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// The demo catalogue shipped with the binary.
pub const DEMO: &str = include_str!("catalogue.toml");

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    /// Whose prices a request with no or an unknown country gets.
    pub default_country: CountryCode,
    /// `expires_in` of minted access tokens.
    #[serde(default = "default_token_lifetime")]
    pub token_lifetime_secs: u64,
    pub countries: Vec<Country>,
    pub apps: Vec<App>,
    /// Sites that already have an app installed.
    #[serde(default)]
    pub instances: Vec<SeedInstance>,
    /// Coupon codes Get URL accepts (any product); others it refuses.
    #[serde(default)]
    pub coupons: Vec<String>,
    /// Changes to List App Plans answers, for the shapes Wix's types allow
    /// and a catalogue cannot otherwise write: a field removed or made
    /// `null`, a discount with only its type, an unknown value.
    #[serde(default)]
    pub patches: Vec<Patch>,
    /// The day sales' relative dates count from (`2026-12-06`), for
    /// answers that are the same every day (the golden pages'); absent,
    /// the real today.
    #[serde(default, deserialize_with = "day")]
    pub today: Option<time::Date>,
}

/// A day of the catalogue, such as `"2026-12-06"`, read once at load.
fn day<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<time::Date>, D::Error> {
    let text = String::deserialize(deserializer)?;
    time::Date::parse(&text, &time::format_description::well_known::Iso8601::DATE)
        .map(Some)
        .map_err(|e| serde::de::Error::custom(format!("{text:?} is not a day: {e}")))
}

/// One change to the List App Plans answers of some countries.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Patch {
    /// The countries whose answers change; empty: every country.
    #[serde(default)]
    pub countries: Vec<CountryCode>,
    /// A JSON Pointer into the answer (`/appPlans/0/plans/1/prices/0/discount`).
    pub path: String,
    /// The value to put there, as JSON text (`"null"`, `"[]"`, `"{\"type\": \"DELAYED\"}"`).
    #[serde(default)]
    pub json: Option<String>,
    /// Remove the field instead.
    #[serde(default)]
    pub remove: bool,
}

impl Patch {
    /// Applies the patch to `answer` when it is for `country`; a path
    /// that leads nowhere changes nothing.
    pub fn apply(&self, country: CountryCode, answer: &mut serde_json::Value) {
        if !self.countries.is_empty() && !self.countries.contains(&country) {
            return;
        }
        if self.path.is_empty() {
            if let Some(value) = self.value() {
                *answer = value;
            }
            return;
        }
        let (parent, field) = self.path.rsplit_once('/').unwrap_or(("", &self.path));
        let Some(parent) = answer.pointer_mut(parent) else {
            return;
        };
        match (parent, self.remove) {
            (serde_json::Value::Object(object), true) => {
                object.remove(field);
            }
            (serde_json::Value::Object(object), false) => {
                if let Some(value) = self.value() {
                    object.insert(field.to_owned(), value);
                }
            }
            (serde_json::Value::Array(items), remove) => {
                let Some(at) = field.parse::<usize>().ok().filter(|at| *at < items.len()) else {
                    return;
                };
                match (remove, self.value()) {
                    (true, _) => {
                        items.remove(at);
                    }
                    (false, Some(value)) => items[at] = value,
                    (false, None) => {}
                }
            }
            _ => {}
        }
    }

    fn value(&self) -> Option<serde_json::Value> {
        serde_json::from_str(self.json.as_deref()?).ok()
    }
}

fn default_token_lifetime() -> u64 {
    14_400
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    pub code: CountryCode,
    pub currency: String,
    /// As Wix sends it: a decimal HTML entity or plain text.
    pub symbol: String,
    /// Local currency units per USD.
    pub rate: Amount,
    pub show_price_with_tax: bool,
    /// As Wix writes it (`VAT`, `GST`, `NOT_APPLICABLE`, or any other).
    pub tax_type: String,
    #[serde(default)]
    pub tax_percentage: Option<Amount>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct App {
    pub id: String,
    pub name: String,
    pub secret: String,
    pub plans: Vec<CataloguePlan>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CataloguePlan {
    pub vendor_id: String,
    pub name: String,
    /// Wix's plan GUID; derived from the app and vendor IDs when omitted.
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub benefits: Vec<String>,
    #[serde(default)]
    pub prices: Vec<CataloguePrice>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CataloguePrice {
    pub cycle: CycleSpec,
    /// USD per month (the monthly average for longer cycles). Usage-based
    /// prices may omit it: their price is the base fee.
    #[serde(default)]
    pub usd: Option<Amount>,
    #[serde(default)]
    pub usage: Option<Usage>,
    /// Exact strings for some countries, instead of the conversion.
    #[serde(default)]
    pub local: BTreeMap<CountryCode, LocalPrice>,
    /// A running discount on this price.
    #[serde(default)]
    pub sale: Option<Sale>,
    /// As Wix writes it: `WIX`, `EXTERNAL`, `UNKNOWN`; absent when omitted.
    #[serde(default)]
    pub billing_source: Option<String>,
    /// "Can be shown instead of plan price".
    #[serde(default)]
    pub custom_payment_title: Option<String>,
}

/// A discount of a percentage off, as a Wix or developer sale sends it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sale {
    pub percent_off: Amount,
    /// `SALE`, `APP_BENEFIT`, ...
    #[serde(default = "sale_source")]
    pub source_type: String,
    /// `BLACK_FRIDAY`, `DEVELOPER_SALE`, ...; without it no `saleOptions`.
    #[serde(default)]
    pub sale_type: Option<String>,
    /// Dates relative to today, so that a demo sale is always running;
    /// absent: `null`.
    #[serde(default)]
    pub started_days_ago: Option<i64>,
    #[serde(default)]
    pub ends_in_days: Option<i64>,
}

fn sale_source() -> String {
    "SALE".to_owned()
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Usage {
    /// Always USD, never converted; absent: `null`.
    #[serde(default)]
    pub increment: Option<Amount>,
    /// USD per month, converted like a price.
    pub base_fee: Amount,
    #[serde(default)]
    pub description: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocalPrice {
    pub price_before_tax: Amount,
    pub total_price: Amount,
    #[serde(default)]
    pub monthly_base_fee: Option<Amount>,
}

/// `"monthly"`, `"yearly"`, `"two-years"`, `"one-time"`, or Wix's own shape
/// with any values (`{ cycleType = "RECURRING", cycleDuration = { unit =
/// "WEEK", count = 1 } }`).
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum CycleSpec {
    Named(NamedCycle),
    Wix(CycleAnswer),
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NamedCycle {
    Monthly,
    Yearly,
    TwoYears,
    ThreeYears,
    OneTime,
}

impl CycleSpec {
    /// The cycle as Wix writes it.
    pub fn answer(&self) -> CycleAnswer {
        let recurring = |unit: &str, count| CycleAnswer {
            cycle_type: "RECURRING".to_owned(),
            cycle_duration: Some(DurationAnswer {
                unit: unit.to_owned(),
                count,
            }),
        };
        match self {
            // Written as it was given.
            Self::Wix(cycle) => cycle.clone(),
            Self::Named(NamedCycle::Monthly) => recurring("MONTH", 1),
            Self::Named(NamedCycle::Yearly) => recurring("YEAR", 1),
            Self::Named(NamedCycle::TwoYears) => recurring("YEAR", 2),
            Self::Named(NamedCycle::ThreeYears) => recurring("YEAR", 3),
            Self::Named(NamedCycle::OneTime) => CycleAnswer {
                cycle_type: "ONE_TIME".to_owned(),
                cycle_duration: None,
            },
        }
    }

    /// The Get URL `billingCycle` that buys this cycle, as Wix maps them;
    /// none for a cycle checkout does not sell.
    pub fn checkout_name(&self) -> Option<&'static str> {
        let answer = self.answer();
        if answer.cycle_type == "ONE_TIME" {
            return Some("ONE_TIME");
        }
        let duration = answer
            .cycle_duration
            .filter(|_| answer.cycle_type == "RECURRING")?;
        let months = match duration.unit.as_str() {
            "MONTH" => duration.count,
            "YEAR" => duration.count.checked_mul(12)?,
            _ => return None,
        };
        Some(match months {
            1 => "MONTHLY",
            12 => "YEARLY",
            24 => "TWO_YEARS",
            36 => "THREE_YEARS",
            48 => "FOUR_YEARS",
            60 => "FIVE_YEARS",
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedInstance {
    pub id: String,
    pub app_id: String,
    pub site_name: String,
    /// vendorId of the current paid plan; none on the free plan.
    #[serde(default)]
    pub plan: Option<String>,
    #[serde(default)]
    pub cycle: Option<CycleName>,
    #[serde(default)]
    pub free_trial_available: bool,
}

impl Catalogue {
    /// Parses and checks a catalogue; errors name what is wrong.
    pub fn parse(text: &str) -> Result<Self, String> {
        let catalogue: Self = toml::from_str(text).map_err(|e| e.to_string())?;
        catalogue.check()?;
        Ok(catalogue)
    }

    fn check(&self) -> Result<(), String> {
        for patch in &self.patches {
            if !(patch.path.is_empty() || patch.path.starts_with('/')) {
                return Err(format!("patch {:?}: a path starts with /", patch.path));
            }
            match (&patch.json, patch.remove) {
                (Some(json), false) if serde_json::from_str::<serde_json::Value>(json).is_ok() => {}
                (None, true) => {}
                _ => {
                    return Err(format!(
                        "patch {:?}: give `json` (valid JSON text) or `remove = true`",
                        patch.path
                    ))
                }
            }
        }
        if self.country(self.default_country).is_none() {
            return Err(format!(
                "default_country {} has no [[countries]] entry",
                self.default_country
            ));
        }
        let mut app_ids = HashSet::new();
        for app in &self.apps {
            if !app_ids.insert(app.id.as_str()) {
                return Err(format!("app {} is listed twice", app.id));
            }
            if app.plans.len() > 50 {
                return Err(format!("app {} has more than 50 plans", app.id));
            }
            let mut vendor_ids = HashSet::new();
            for plan in &app.plans {
                if !vendor_ids.insert(plan.vendor_id.as_str()) {
                    return Err(format!(
                        "app {}: plan {} is listed twice",
                        app.id, plan.vendor_id
                    ));
                }
                for price in &plan.prices {
                    if price.usd.is_none() && price.usage.is_none() {
                        return Err(format!(
                            "app {}: plan {}: a price needs `usd` or `usage`",
                            app.id, plan.vendor_id
                        ));
                    }
                }
            }
        }
        for seed in &self.instances {
            let app = self
                .app(&seed.app_id)
                .ok_or_else(|| format!("instance {}: unknown app {}", seed.id, seed.app_id))?;
            if let Some(plan) = &seed.plan {
                if !app.plans.iter().any(|p| &p.vendor_id == plan) {
                    return Err(format!("instance {}: unknown plan {plan}", seed.id));
                }
            }
        }
        Ok(())
    }

    pub fn app(&self, id: &str) -> Option<&App> {
        self.apps.iter().find(|a| a.id == id)
    }

    pub fn country(&self, code: CountryCode) -> Option<&Country> {
        self.countries.iter().find(|c| c.code == code)
    }

    /// The country whose prices a request gets: unknown ones fall back to
    /// the default, as Wix does.
    pub fn resolve_country(&self, code: Option<CountryCode>) -> &Country {
        code.and_then(|c| self.country(c))
            .or_else(|| self.country(self.default_country))
            .expect("checked at load: the default country exists")
    }

    /// The List App Plans answer for these apps in this country.
    pub fn app_plans(&self, apps: &[&App], country: &Country) -> AppPlansAnswer {
        let today = self
            .today
            .unwrap_or_else(|| time::OffsetDateTime::now_utc().date());
        AppPlansAnswer {
            tax_settings: TaxSettingsAnswer {
                show_price_with_tax: country.show_price_with_tax,
                percentage: country.tax_percentage.map(|p| p.to_string()),
                tax_type: country.tax_type.clone(),
            },
            currency: country.currency.clone(),
            currency_symbol: country.symbol.clone(),
            app_plans: apps
                .iter()
                .map(|app| AppAnswer {
                    id: app.id.clone(),
                    plans: app
                        .plans
                        .iter()
                        .map(|p| localise_plan(app, p, country, today))
                        .collect(),
                })
                .collect(),
        }
    }
}

fn localise_plan(
    app: &App,
    plan: &CataloguePlan,
    country: &Country,
    today: time::Date,
) -> PlanAnswer {
    let id = plan.id.clone().unwrap_or_else(|| {
        let name = format!("{}/{}", app.id, plan.vendor_id);
        uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, name.as_bytes()).to_string()
    });
    PlanAnswer {
        id,
        vendor_id: plan.vendor_id.clone(),
        name: plan.name.clone(),
        benefits: plan.benefits.clone(),
        prices: plan
            .prices
            .iter()
            .map(|price| localise_price(price, country, today))
            .collect(),
    }
}

fn localise_price(price: &CataloguePrice, country: &Country, today: time::Date) -> PriceAnswer {
    let round = |amount: Decimal| Amount(round_for_display(amount, &country.currency));
    let convert = |usd: Amount| round(usd.0 * country.rate.0);
    let with_tax = |before: Amount| match country.tax_percentage {
        Some(pct) => round(before.0 * (Decimal::ONE_HUNDRED + pct.0) / Decimal::ONE_HUNDRED),
        None => before,
    };
    let pinned = price.local.get(&country.code);
    let before = match pinned {
        Some(local) => local.price_before_tax,
        // Validated at load: a price without `usd` is usage-based.
        None => price
            .usd
            .or(price.usage.as_ref().map(|u| u.base_fee))
            .map_or(Amount(Decimal::ZERO), convert),
    };
    let discount = price.sale.as_ref().map(|sale| {
        let sale_before =
            round(before.0 * (Decimal::ONE_HUNDRED - sale.percent_off.0) / Decimal::ONE_HUNDRED);
        let day = |days: i64| {
            (today + time::Duration::days(days))
                .midnight()
                .assume_utc()
                .format(&time::format_description::well_known::Rfc3339)
                .ok()
        };
        DiscountAnswer {
            kind: "PERCENTAGE".to_owned(),
            amount: sale.percent_off.to_string(),
            price_before_tax: sale_before.to_string(),
            total_price: with_tax(sale_before).to_string(),
            source_type: sale.source_type.clone(),
            sale_options: sale.sale_type.as_ref().map(|sale_type| SaleOptionsAnswer {
                sale_id: uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, sale_type.as_bytes())
                    .to_string(),
                sale_type: sale_type.clone(),
                start_date: sale.started_days_ago.and_then(|d| day(-d)),
                end_date: sale.ends_in_days.and_then(day),
            }),
        }
    });
    PriceAnswer {
        price_before_tax: before.to_string(),
        total_price: pinned
            .map_or_else(|| with_tax(before), |local| local.total_price)
            .to_string(),
        billing_cycle: price.cycle.answer(),
        usage_base_options: price.usage.as_ref().map(|usage| UsageAnswer {
            minimum_charge_increment: usage.increment.map(|i| i.to_string()),
            monthly_base_fee: Some(
                pinned
                    .and_then(|local| local.monthly_base_fee)
                    .unwrap_or_else(|| convert(usage.base_fee))
                    .to_string(),
            ),
            custom_charge_description: usage.description.clone(),
        }),
        discount,
        billing_source: price.billing_source.clone(),
        custom_payment_title: price.custom_payment_title.clone(),
    }
}
