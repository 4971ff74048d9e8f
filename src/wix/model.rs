//! Typed models of the Wix API bodies in `shared/wix-api.md`, read as
//! tolerantly as Wix's published SDK types require. Unknown fields are
//! ignored (the API is a "Developer Preview"); enums keep an "unknown"
//! value for what was added later; a money string that is not a decimal is
//! an error of the one price or field that carries it.

use rust_decimal::Decimal;
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;
use std::{fmt, str::FromStr};

/// A money amount as Wix sends it: a decimal string such as `"9.91"`.
///
/// The scale of the string is kept (`"0.0"` stays `"0.0"`), so a value
/// read and written again is byte-identical.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Money(pub Decimal);

impl FromStr for Money {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        // `Decimal::from_str` accepts "1_000" and surrounding junk in some
        // forms; Wix's contract is a plain signed decimal, so check the shape.
        let digits = s.strip_prefix('-').unwrap_or(s);
        let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
        let plain = !int.is_empty()
            && int.bytes().all(|b| b.is_ascii_digit())
            && frac.bytes().all(|b| b.is_ascii_digit())
            && !digits.ends_with('.');
        if !plain {
            return Err(format!("{s:?} is not a decimal money string"));
        }
        Decimal::from_str_exact(s)
            .map(Money)
            .map_err(|e| format!("{s:?} is not a decimal money string: {e}"))
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MoneyVisitor;
        impl de::Visitor<'_> for MoneyVisitor {
            type Value = Money;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a decimal money string")
            }
            // Only strings: a JSON number would already have lost precision.
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Money, E> {
                v.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_str(MoneyVisitor)
    }
}

// ---------------------------------------------------------------- plans --
//
// Read as Wix's published types allow: every field may be missing, many
// may be `null`, and enums grow. The unit of failure is one price: a price
// this page cannot read is left out and recorded in its plan's `skipped`;
// only a body that is not an object with `appPlans` and a `currency` fails
// the call.

/// Response of List App Plans By App Id.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(from = "AnswerOnTheWire")]
pub struct AppPlansResponse {
    pub tax_settings: TaxSettings,
    /// ISO 4217 code, e.g. `EUR`. `None` when Wix sent none (its types
    /// allow that): amounts in an unknown currency are not shown, and Wix
    /// checkout, which knows it, shows the price.
    pub currency: Option<String>,
    /// The symbol as a decimal HTML entity, e.g. `&#8364;`.
    pub currency_symbol: String,
    /// No `appPlans` is no plans (an empty list is left out on the wire).
    pub app_plans: Vec<AppPlans>,
}

/// The answer as it may come: any field missing, `null` or of another
/// type (read as absent); only an answer that is not an object fails.
/// Its fields are kept as they came and each read on its own (as
/// `lenient` reads a part); a field given twice is the last one given.
#[derive(Deserialize)]
struct AnswerOnTheWire(std::collections::HashMap<String, Box<RawValue>>);

impl AnswerOnTheWire {
    fn field<T: serde::de::DeserializeOwned>(&self, name: &str) -> Option<T> {
        read_part(self.0.get(name)?.get()).ok()
    }
}

impl From<AnswerOnTheWire> for AppPlansResponse {
    fn from(wire: AnswerOnTheWire) -> Self {
        // Each app's section read on its own, as its plans are: one that
        // is not an object is that app's failure, not the answer's.
        let sections: Vec<Box<RawValue>> = wire.field("appPlans").unwrap_or_default();
        let mut answer = Self {
            tax_settings: wire.field("taxSettings").unwrap_or_default(),
            currency: (wire.field::<String>("currency"))
                .map(|code| code.trim().to_ascii_uppercase())
                .filter(|code| !code.is_empty()),
            currency_symbol: wire.field("currencySymbol").unwrap_or_default(),
            app_plans: sections
                .iter()
                .map(|raw| read_part(raw.get()).unwrap_or_else(|_| AppPlans::unreadable()))
                .collect(),
        };
        let (tax, currency) = (&answer.tax_settings, answer.currency.as_deref());
        for price in answer
            .app_plans
            .iter_mut()
            .flat_map(|app| &mut app.plans)
            .flat_map(|plan| &mut plan.prices)
        {
            price.settle(tax, currency);
        }
        answer
    }
}

impl AppPlansResponse {
    /// The plans Wix lists for `app_id` (none when it lists no such app).
    pub fn plans_of(&self, app_id: &str) -> &[Plan] {
        self.app_plans
            .iter()
            .find(|app| app.id == app_id)
            .map_or(&[], |app| &app.plans)
    }

    /// `app_id`'s plan with this vendor ID, when Wix lists it.
    pub fn plan(&self, app_id: &str, vendor_id: &str) -> Option<&Plan> {
        self.plans_of(app_id)
            .iter()
            .find(|plan| plan.vendor_id == vendor_id)
    }

    /// Every price (or plan) left out of this answer, by reason.
    pub fn skipped(&self) -> impl Iterator<Item = Skipped> + '_ {
        self.app_plans.iter().flat_map(|app| {
            app.skipped
                .iter()
                .chain(app.plans.iter().flat_map(|plan| &plan.skipped))
                .copied()
        })
    }

    /// Gives an app section without its (optional) `id` the one app it
    /// can only be: the one of `asked` that no other section names, when
    /// exactly one section lacks its ID. Sections that stay without one
    /// cannot be sold from (checkout names the app) and are left out;
    /// returns how many.
    pub fn name_sections(&mut self, asked: &[String]) -> usize {
        let unnamed: Vec<usize> = (self.app_plans.iter().enumerate())
            .filter(|(_, app)| app.id.is_empty())
            .map(|(at, _)| at)
            .collect();
        let unanswered: Vec<&String> = asked
            .iter()
            .filter(|id| !self.app_plans.iter().any(|app| &app.id == *id))
            .collect();
        if let ([at], [id]) = (&unnamed[..], &unanswered[..]) {
            self.app_plans[*at].id = (*id).clone();
        }
        let before = self.app_plans.len();
        self.app_plans.retain(|app| !app.id.is_empty());
        before - self.app_plans.len()
    }
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaxSettings {
    #[serde(default, deserialize_with = "null_as_default")]
    pub show_price_with_tax: bool,
    /// Tax rate in percent; `null` where Wix shows none. A rate that is
    /// not a decimal is shown as none.
    #[serde(default, deserialize_with = "lenient")]
    pub percentage: Option<Money>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub tax_type: TaxType,
}

impl TaxSettings {
    /// A price with tax over the same price before it: 1 + rate / 100;
    /// none where Wix gave no rate (even `NOT_APPLICABLE` may have a tax:
    /// it only means the country does not require showing it).
    pub fn factor(&self) -> Option<Decimal> {
        let Money(rate) = self.percentage?;
        Decimal::ONE.checked_add(rate.checked_div(Decimal::ONE_HUNDRED)?)
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TaxType {
    NotApplicable,
    Vat,
    Gst,
    /// Missing, or a tax type added after this page was written.
    #[default]
    #[serde(other)]
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(from = "AppOnTheWire")]
pub struct AppPlans {
    /// The app ID.
    pub id: String,
    pub plans: Vec<Plan>,
    /// Plans that are not even objects (or the section itself), left out.
    pub skipped: Vec<Skipped>,
}

impl AppPlans {
    /// A section that is not even an object: no ID (`name_sections` may
    /// still tell whose it is), no plans, and itself left out.
    fn unreadable() -> Self {
        Self {
            id: String::new(),
            plans: Vec::new(),
            skipped: vec![Skipped::Malformed],
        }
    }
}

/// An app's plans as they may come: each plan read on its own.
#[derive(Deserialize)]
struct AppOnTheWire {
    #[serde(default, deserialize_with = "lenient")]
    id: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    plans: Option<Vec<Box<RawValue>>>,
}

impl From<AppOnTheWire> for AppPlans {
    fn from(wire: AppOnTheWire) -> Self {
        let mut plans = Vec::new();
        let mut skipped = Vec::new();
        for raw in wire.plans.unwrap_or_default() {
            match read_part(raw.get()) {
                Ok(plan) => plans.push(plan),
                Err(_) => skipped.push(Skipped::Malformed),
            }
        }
        Self {
            id: wire.id.unwrap_or_default(),
            plans,
            skipped,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", from = "PlanOnTheWire")]
pub struct Plan {
    /// Wix's plan GUID.
    pub id: String,
    /// The plan ID from the app dashboard (`vendorProductId`); checkout uses it.
    pub vendor_id: String,
    pub name: String,
    pub benefits: Vec<String>,
    pub prices: Vec<Price>,
    /// Prices Wix sent that this page cannot read, left out.
    #[serde(skip)]
    pub skipped: Vec<Skipped>,
}

/// A plan as it may come: any field missing, `null` or of another type
/// (read as absent), prices read one at a time.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct PlanOnTheWire {
    #[serde(default, deserialize_with = "lenient")]
    id: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    vendor_id: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    name: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    benefits: Option<Vec<Box<RawValue>>>,
    #[serde(default, deserialize_with = "lenient")]
    prices: Option<Vec<Box<RawValue>>>,
}

impl From<PlanOnTheWire> for Plan {
    fn from(wire: PlanOnTheWire) -> Self {
        let vendor_id = wire.vendor_id.unwrap_or_default();
        let mut prices = Vec::new();
        let mut skipped = Vec::new();
        for raw in wire.prices.unwrap_or_default() {
            // Without its ID a plan cannot be bought or told apart.
            let read = if vendor_id.is_empty() {
                Err(Skipped::PlanWithoutId)
            } else {
                Price::read(&raw)
            };
            match read {
                Ok(price) => prices.push(price),
                Err(reason) => skipped.push(reason),
            }
        }
        Self {
            name: wire
                .name
                .filter(|name| !name.trim().is_empty())
                .unwrap_or_else(|| vendor_id.clone()),
            id: wire.id.unwrap_or_default(),
            vendor_id,
            benefits: wire
                .benefits
                .unwrap_or_default()
                .into_iter()
                .filter_map(|benefit| read_part::<String>(benefit.get()).ok())
                .collect(),
            prices,
            skipped,
        }
    }
}

/// Why a price was left out of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Skipped {
    /// No `priceBeforeTax` or `totalPrice`.
    MissingAmount,
    /// An amount that is not a decimal string.
    BadAmount,
    /// A cycle type or duration unit this page does not know.
    UnknownCycle,
    /// Its plan has no `vendorId`.
    PlanWithoutId,
    /// Not an object, or a field of the wrong type.
    Malformed,
}

impl Skipped {
    /// The `reason` label of `pricing_wix_prices_skipped_total`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::MissingAmount => "missing_amount",
            Self::BadAmount => "bad_amount",
            Self::UnknownCycle => "unknown_cycle",
            Self::PlanWithoutId => "plan_without_id",
            Self::Malformed => "malformed",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Price {
    /// Per month; for longer cycles the monthly average. Either amount
    /// may be missing: one is worked out from the other where the tax
    /// rate says how (`Price::settle`).
    #[serde(default)]
    pub price_before_tax: Option<Money>,
    #[serde(default)]
    pub total_price: Option<Money>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub billing_cycle: BillingCycle,
    /// Usage terms; `{}` or all-`null` terms are none (a flat price).
    #[serde(default, deserialize_with = "usage_terms")]
    pub usage_base_options: Option<UsageBaseOptions>,
    /// A running sale or app benefit, as `Price::settle` leaves it: one
    /// that is not a lower price now (`DELAYED`, unreadable, no amounts
    /// to be had) is none, and the list price is shown.
    #[serde(default, deserialize_with = "lenient")]
    pub discount: Option<Discount>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub billing_source: BillingSource,
    /// "Can be shown instead of plan price".
    #[serde(default, deserialize_with = "lenient")]
    pub custom_payment_title: Option<String>,
}

impl Price {
    fn read(raw: &RawValue) -> Result<Self, Skipped> {
        let read = read_part_with(raw.get(), |text| {
            serde_path_to_error::deserialize::<_, Price>(&mut serde_json::Deserializer::from_str(
                text,
            ))
        });
        let mut price = read.map_err(|e| {
            let path = e.path().to_string();
            let amount = |field: &str| path.ends_with(field);
            if [
                "priceBeforeTax",
                "totalPrice",
                "monthlyBaseFee",
                "minimumChargeIncrement",
            ]
            .iter()
            .any(|field| amount(field))
            {
                Skipped::BadAmount
            } else if path.contains("billingCycle") {
                Skipped::UnknownCycle
            } else {
                Skipped::Malformed
            }
        })?;
        price.custom_payment_title = price
            .custom_payment_title
            .filter(|title| !title.trim().is_empty());
        let amount = price.price_before_tax.is_some() || price.total_price.is_some();
        let cycle = match price.billing_cycle.cycle_type {
            CycleType::OneTime => true,
            CycleType::Recurring => price.billing_cycle.months().is_some(),
            CycleType::UnknownType => false,
        };
        // A title stands in for the price ("can be shown instead").
        match (amount, cycle, price.custom_payment_title.is_some()) {
            (true, true, _) | (_, _, true) => Ok(price),
            (false, _, false) => Err(Skipped::MissingAmount),
            (true, false, false) => Err(Skipped::UnknownCycle),
        }
    }

    /// The billing cycle the price is sold by: a usage-based price is
    /// billed monthly whatever cycle it carries (as Wix checkout sells
    /// it), any other by its own.
    pub fn sold_by(&self) -> BillingCycle {
        match self.usage_base_options {
            Some(_) => BillingCycle {
                cycle_type: CycleType::Recurring,
                cycle_duration: Some(CycleDuration {
                    unit: DurationUnit::Month,
                    count: 1,
                }),
            },
            None => self.billing_cycle,
        }
    }

    /// Fills in what the answer leaves to be worked out, in exact
    /// decimals: the amount the tax rule needs from the other one and the
    /// rate; a discount by its type (`DELAYED` is no discount of the price;
    /// `PERCENTAGE` of the price, `FIXED_AMOUNT` in USD off a USD price,
    /// when Wix sent no discounted amounts).
    fn settle(&mut self, tax: &TaxSettings, currency: Option<&str>) {
        let factor = tax.factor();
        fill(&mut self.price_before_tax, &mut self.total_price, factor);
        let Some(discount) = &mut self.discount else {
            return;
        };
        fill(
            &mut discount.price_before_tax,
            &mut discount.total_price,
            factor,
        );
        let off = |price: Option<Money>, cut: &dyn Fn(Decimal) -> Option<Decimal>| {
            price
                .and_then(|p| cut(p.0))
                .map(|p| Money(p.max(Decimal::ZERO)))
        };
        let given = discount.price_before_tax.is_some() || discount.total_price.is_some();
        let settled = match (discount.kind, discount.amount) {
            // Charged later, not less: the price is the price.
            (DiscountType::Delayed, _) => false,
            _ if given => true,
            (DiscountType::Percentage, Some(Money(percent)))
                if (Decimal::ZERO..=Decimal::ONE_HUNDRED).contains(&percent) =>
            {
                let keep = (Decimal::ONE_HUNDRED - percent) / Decimal::ONE_HUNDRED;
                discount.price_before_tax = off(self.price_before_tax, &|p| p.checked_mul(keep));
                discount.total_price = off(self.total_price, &|p| p.checked_mul(keep));
                true
            }
            (DiscountType::FixedAmount, Some(Money(usd))) if currency == Some("USD") => {
                discount.price_before_tax = off(self.price_before_tax, &|p| p.checked_sub(usd));
                discount.total_price = off(self.total_price, &|p| {
                    p.checked_sub(usd.checked_mul(factor.unwrap_or(Decimal::ONE))?)
                });
                true
            }
            _ => false,
        };
        if !settled {
            self.discount = None;
        }
    }
}

/// Works out a missing amount of a pair from the other: with tax is
/// before tax times `factor` (1 + rate); without a factor, left missing.
fn fill(before_tax: &mut Option<Money>, with_tax: &mut Option<Money>, factor: Option<Decimal>) {
    let Some(factor) = factor.filter(|f| !f.is_zero()) else {
        return;
    };
    match (*before_tax, *with_tax) {
        (Some(before), None) => *with_tax = before.0.checked_mul(factor).map(Money),
        (None, Some(with)) => *before_tax = with.0.checked_div(factor).map(Money),
        _ => {}
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BillingCycle {
    #[serde(default, deserialize_with = "null_as_default")]
    pub cycle_type: CycleType,
    #[serde(default, deserialize_with = "lenient")]
    pub cycle_duration: Option<CycleDuration>,
}

impl BillingCycle {
    /// Months per cycle of a recurring price (12 per YEAR unit); none for
    /// one-time prices or a unit outside the contract. A recurring price
    /// without a duration, or a count of 0 (what the wire leaves out), is
    /// one unit: monthly, Wix's own default cycle.
    pub fn months(&self) -> Option<u32> {
        if self.cycle_type != CycleType::Recurring {
            return None;
        }
        let CycleDuration { unit, count } = self.cycle_duration.unwrap_or(CycleDuration {
            unit: DurationUnit::Month,
            count: 1,
        });
        let count = count.max(1);
        match unit {
            DurationUnit::Month => Some(count),
            DurationUnit::Year => count.checked_mul(12),
            DurationUnit::UnknownUnit => None,
        }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CycleType {
    OneTime,
    Recurring,
    /// Missing, `UNKNOWN_TYPE`, or a type added later.
    #[default]
    #[serde(other)]
    UnknownType,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
pub struct CycleDuration {
    #[serde(default, deserialize_with = "null_as_default")]
    pub unit: DurationUnit,
    #[serde(default, deserialize_with = "null_as_default")]
    pub count: u32,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum DurationUnit {
    Month,
    Year,
    /// Missing, `UNKNOWN_UNIT`, or a unit added later.
    #[default]
    #[serde(other)]
    UnknownUnit,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UsageBaseOptions {
    /// The smallest amount the app charges, always in USD.
    #[serde(default)]
    pub minimum_charge_increment: Option<Money>,
    #[serde(default)]
    pub monthly_base_fee: Option<Money>,
    #[serde(default, deserialize_with = "lenient")]
    pub custom_charge_description: Option<String>,
}

/// Usage terms with nothing in them are no terms: `{}` on a flat price.
fn usage_terms<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<UsageBaseOptions>, D::Error> {
    let terms = Option::<UsageBaseOptions>::deserialize(deserializer)?;
    Ok(terms.filter(|terms| {
        terms.minimum_charge_increment.is_some()
            || terms.monthly_base_fee.is_some()
            || (terms.custom_charge_description.as_deref()).is_some_and(|d| !d.trim().is_empty())
    }))
}

/// A discount on a price: Wix's seasonal sales, the developer's own, or an
/// app benefit. Its amounts are the price after the discount, per month
/// like any price.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Discount {
    #[serde(rename = "type", default, deserialize_with = "null_as_default")]
    pub kind: DiscountType,
    /// `PERCENTAGE`: percent off; `FIXED_AMOUNT`: USD off; `DELAYED`: 0.
    #[serde(default, deserialize_with = "lenient")]
    pub amount: Option<Money>,
    /// The price after the discount, per month like any price.
    #[serde(default, deserialize_with = "lenient")]
    pub price_before_tax: Option<Money>,
    #[serde(default, deserialize_with = "lenient")]
    pub total_price: Option<Money>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub source_type: DiscountSource,
    #[serde(default, deserialize_with = "lenient")]
    pub sale_options: Option<SaleOptions>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum DiscountType {
    FixedAmount,
    Percentage,
    Delayed,
    #[default]
    #[serde(other)]
    DiscountTypeUnspecified,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum DiscountSource {
    Sale,
    AppBenefit,
    #[default]
    #[serde(other)]
    SourceTypeUnspecified,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SaleOptions {
    #[serde(default, deserialize_with = "null_as_default")]
    pub sale_type: SaleType,
    /// RFC 3339.
    #[serde(default)]
    pub start_date: Option<String>,
    #[serde(default)]
    pub end_date: Option<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum SaleType {
    BlackFriday,
    CyberMonday,
    NovemberSale,
    DeveloperSale,
    #[default]
    #[serde(other)]
    SaleTypeUnspecified,
}

/// Who bills a price. `UNKNOWN` is Wix's default and sold through Wix
/// checkout; `EXTERNAL` prices are billed by the app itself.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum BillingSource {
    Wix,
    External,
    #[default]
    Unknown,
    /// A source added after this page was written: shown, never sold here.
    #[serde(other)]
    Other,
}

impl BillingSource {
    pub fn sold_by_wix(self) -> bool {
        matches!(self, Self::Wix | Self::Unknown)
    }
}

// -------------------------------------------------------------- checkout --

/// The billing cycle names of the checkout API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CheckoutCycle {
    NoCycle,
    Monthly,
    Yearly,
    OneTime,
    TwoYears,
    ThreeYears,
    FourYears,
    FiveYears,
}

impl CheckoutCycle {
    /// Months per billing cycle; none for one-time or no cycle.
    pub fn months(self) -> Option<u32> {
        match self {
            Self::Monthly => Some(1),
            Self::Yearly => Some(12),
            Self::TwoYears => Some(24),
            Self::ThreeYears => Some(36),
            Self::FourYears => Some(48),
            Self::FiveYears => Some(60),
            Self::OneTime | Self::NoCycle => None,
        }
    }

    /// The wire name, `YEARLY`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::NoCycle => "NO_CYCLE",
            Self::Monthly => "MONTHLY",
            Self::Yearly => "YEARLY",
            Self::OneTime => "ONE_TIME",
            Self::TwoYears => "TWO_YEARS",
            Self::ThreeYears => "THREE_YEARS",
            Self::FourYears => "FOUR_YEARS",
            Self::FiveYears => "FIVE_YEARS",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        serde_json::from_value(serde_json::Value::String(name.to_owned())).ok()
    }

    /// The checkout cycle that buys a price with this billing cycle, if any.
    pub fn for_billing(cycle: &BillingCycle) -> Option<Self> {
        const RECURRING: [CheckoutCycle; 6] = [
            CheckoutCycle::Monthly,
            CheckoutCycle::Yearly,
            CheckoutCycle::TwoYears,
            CheckoutCycle::ThreeYears,
            CheckoutCycle::FourYears,
            CheckoutCycle::FiveYears,
        ];
        if cycle.cycle_type == CycleType::OneTime {
            return Some(Self::OneTime);
        }
        let months = cycle.months()?;
        RECURRING.into_iter().find(|c| c.months() == Some(months))
    }

    /// How Wix checkout sells a price: by the cycle it is sold by
    /// (`Price::sold_by`); prices billed outside Wix not at all.
    pub fn for_price(price: &Price) -> Option<Self> {
        if !price.billing_source.sold_by_wix() {
            None
        } else {
            Self::for_billing(&price.sold_by())
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CheckoutRequest {
    pub product_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_cycle: Option<CheckoutCycle>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coupon_code: Option<String>,
    #[serde(default)]
    pub test_checkout: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CheckoutResponse {
    pub checkout_url: String,
    /// The signed order token; may be `null`, and this page does not use it.
    #[serde(default)]
    pub token: Option<String>,
}

// ----------------------------------------------------------------- oauth --

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TokenRequest {
    pub grant_type: String,
    pub client_id: String,
    pub client_secret: String,
    pub instance_id: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TokenResponse {
    pub access_token: String,
    #[serde(default)]
    pub token_type: Option<String>,
    /// Seconds; Wix documents 14400, its types make it optional.
    #[serde(default, deserialize_with = "lenient")]
    pub expires_in: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TokenInfoRequest {
    pub token: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TokenInfo {
    pub active: bool,
    #[serde(default)]
    pub instance_id: Option<String>,
    #[serde(default)]
    pub site_id: Option<String>,
    #[serde(default)]
    pub client_id: Option<String>,
    /// Seconds since the epoch; Wix's docs do not fix string or number.
    #[serde(default)]
    pub exp: Option<serde_json::Value>,
    #[serde(default)]
    pub iat: Option<serde_json::Value>,
}

// -------------------------------------------------------------- instance --

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AppInstanceResponse {
    pub instance: AppInstance,
    #[serde(default)]
    pub site: Option<Site>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AppInstance {
    #[serde(default, deserialize_with = "null_as_default")]
    pub instance_id: String,
    #[serde(default)]
    pub app_name: Option<String>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub is_free: bool,
    /// Present only when `is_free` is false.
    #[serde(default)]
    pub billing: Option<Billing>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub free_trial_available: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Billing {
    /// The current plan's vendorId.
    #[serde(default)]
    pub package_name: Option<String>,
    /// A cycle this page does not know reads as none.
    #[serde(default, deserialize_with = "lenient")]
    pub billing_cycle: Option<CheckoutCycle>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_stamp: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration_date: Option<String>,
    #[serde(default)]
    pub auto_renewing: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Site {
    #[serde(default)]
    pub site_id: Option<String>,
    #[serde(default)]
    pub site_display_name: Option<String>,
    #[serde(default)]
    pub locale: Option<String>,
    #[serde(default)]
    pub payment_currency: Option<String>,
}

// ---------------------------------------------------------------- errors --

/// Wix's error body, `{"message", "details": {"applicationError"} |
/// {"validationError"}}`, or an OAuth error, `{"error",
/// "error_description"}`: every part optional.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ErrorBody {
    #[serde(default, deserialize_with = "lenient")]
    pub message: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub details: Option<ErrorDetails>,
    #[serde(default, deserialize_with = "lenient")]
    pub error: Option<String>,
    #[serde(default, deserialize_with = "lenient", rename = "error_description")]
    pub error_description: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ErrorDetails {
    #[serde(default, deserialize_with = "lenient")]
    pub application_error: Option<ApplicationError>,
    #[serde(default, deserialize_with = "lenient")]
    pub validation_error: Option<ValidationError>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct ApplicationError {
    #[serde(default, deserialize_with = "lenient")]
    pub code: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ValidationError {
    #[serde(default, deserialize_with = "null_as_default")]
    pub field_violations: Vec<FieldViolation>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct FieldViolation {
    #[serde(default, deserialize_with = "lenient")]
    pub field: Option<String>,
}

/// An optional part that cannot be read counts as absent. The part is
/// kept as the text it came as and read on its own: kept as a
/// `serde_json::Value`, each level of the answer copied the levels below
/// it again (reading a 150-plan answer took 6 ms).
fn lenient<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: serde::de::DeserializeOwned,
{
    let raw = Option::<Box<RawValue>>::deserialize(deserializer)?;
    Ok(raw.and_then(|raw| read_part(raw.get()).ok()))
}

/// Reads a part of an answer kept as its text. JSON leaves a name given
/// twice in one object to the reader (RFC 8259): a part that cannot be
/// read is read again with each such name's last value, and only then is
/// it unreadable.
fn read_part<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, serde_json::Error> {
    read_part_with(text, |text| serde_json::from_str(text))
}

/// `read_part` with its own reader (one that tells where it failed).
fn read_part_with<T, E>(text: &str, read: impl Fn(&str) -> Result<T, E>) -> Result<T, E> {
    read(text).or_else(|e| match unrepeated(text) {
        Some(again) => read(&again),
        None => Err(e),
    })
}

/// `text` with a name given twice in an object kept once, with its last
/// value (as a `serde_json::Value` keeps it); none when nothing changes.
fn unrepeated(text: &str) -> Option<String> {
    let value: serde_json::Value = serde_json::from_str(text).ok()?;
    let again = value.to_string();
    (again != text).then_some(again)
}

/// Lists may come as `null`; treat that as empty rather than failing.
fn null_as_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}
