//! Typed models of the Wix API bodies in `shared/wix-api.md`.
//!
//! The same types serve the client (deserialising Wix's answers) and the
//! sandbox (producing them), so a field added here is added to both sides.
//! Unknown fields are ignored (the API is a "Developer Preview"); a money
//! string that is not a decimal, or an enum value outside the contract, is a
//! deserialisation error rather than a silent default.

use rust_decimal::Decimal;
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
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

/// Response of List App Plans By App Id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AppPlansResponse {
    pub tax_settings: TaxSettings,
    /// ISO 4217 code, e.g. `EUR`.
    pub currency: String,
    /// The symbol as a decimal HTML entity, e.g. `&#8364;`.
    pub currency_symbol: String,
    #[serde(default, deserialize_with = "null_as_default")]
    pub app_plans: Vec<AppPlans>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaxSettings {
    pub show_price_with_tax: bool,
    /// Tax rate in percent; `null` where Wix shows none.
    pub percentage: Option<Money>,
    pub tax_type: TaxType,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TaxType {
    NotApplicable,
    Vat,
    Gst,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AppPlans {
    /// The app ID.
    pub id: String,
    #[serde(default, deserialize_with = "null_as_default")]
    pub plans: Vec<Plan>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Plan {
    /// Wix's plan GUID.
    pub id: String,
    /// The plan ID from the app dashboard (`vendorProductId`); checkout uses it.
    pub vendor_id: String,
    pub name: String,
    #[serde(default, deserialize_with = "null_as_default")]
    pub benefits: Vec<String>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub prices: Vec<Price>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Price {
    /// Per month; for longer cycles the monthly average.
    pub price_before_tax: Money,
    pub total_price: Money,
    pub billing_cycle: BillingCycle,
    pub usage_base_options: Option<UsageBaseOptions>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount: Option<Discount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_source: Option<BillingSource>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_payment_title: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BillingCycle {
    pub cycle_type: CycleType,
    pub cycle_duration: Option<CycleDuration>,
}

impl BillingCycle {
    /// Months per cycle of a recurring price (12 per YEAR unit); none for
    /// one-time prices or a duration outside the contract.
    pub fn months(&self) -> Option<u32> {
        match (self.cycle_type, self.cycle_duration) {
            (CycleType::Recurring, Some(CycleDuration { unit, count })) if count > 0 => {
                match unit {
                    DurationUnit::Month => Some(count),
                    DurationUnit::Year => count.checked_mul(12),
                    DurationUnit::UnknownUnit => None,
                }
            }
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CycleType {
    OneTime,
    Recurring,
    UnknownType,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CycleDuration {
    pub unit: DurationUnit,
    pub count: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum DurationUnit {
    Month,
    Year,
    UnknownUnit,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UsageBaseOptions {
    /// The smallest amount the app charges, always in USD.
    pub minimum_charge_increment: Money,
    pub monthly_base_fee: Money,
    #[serde(default)]
    pub custom_charge_description: Option<String>,
}

/// Present in newer SDK typings only; kept loose because its enums are open.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Discount {
    #[serde(rename = "type", default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub amount: Option<Money>,
    #[serde(default)]
    pub price_before_tax: Option<Money>,
    #[serde(default)]
    pub total_price: Option<Money>,
    #[serde(default)]
    pub source_type: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum BillingSource {
    Wix,
    External,
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

    /// How Wix checkout sells a price: usage-based prices MONTHLY, whatever
    /// their billing cycle says.
    pub fn for_price(price: &Price) -> Option<Self> {
        if price.usage_base_options.is_some() {
            Some(Self::Monthly)
        } else {
            Self::for_billing(&price.billing_cycle)
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
    pub token: String,
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
    pub expires_in: u64,
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
    pub instance_id: String,
    #[serde(default)]
    pub app_name: Option<String>,
    #[serde(default)]
    pub is_free: bool,
    /// Present only when `is_free` is false.
    #[serde(default)]
    pub billing: Option<Billing>,
    #[serde(default)]
    pub free_trial_available: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Billing {
    /// The current plan's vendorId.
    pub package_name: String,
    pub billing_cycle: CheckoutCycle,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_stamp: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration_date: Option<String>,
    #[serde(default)]
    pub auto_renewing: bool,
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

/// Wix's error body: `{"message": "...", "details": {...}}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ErrorBody {
    #[serde(default)]
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<serde_json::Value>,
}

/// Lists may come as `null`; treat that as empty rather than failing.
fn null_as_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}
