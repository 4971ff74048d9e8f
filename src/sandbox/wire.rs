//! List App Plans as the sandbox writes it: its own types, shaped like
//! Wix's JSON, built from the catalogue. The client's `wix::model` types
//! never write the sandbox's answers, so a catalogue can send what Wix may
//! send and the client would not expect: nulls, `UNKNOWN`, enum values
//! added later, sales, prices billed outside Wix.

use serde::{Deserialize, Serialize};

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AppPlansAnswer {
    pub tax_settings: TaxSettingsAnswer,
    pub currency: String,
    pub currency_symbol: String,
    pub app_plans: Vec<AppAnswer>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TaxSettingsAnswer {
    pub show_price_with_tax: bool,
    /// `null` where the country has no rate.
    pub percentage: Option<String>,
    pub tax_type: String,
}

#[derive(Debug, Serialize)]
pub struct AppAnswer {
    pub id: String,
    pub plans: Vec<PlanAnswer>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PlanAnswer {
    pub id: String,
    pub vendor_id: String,
    pub name: String,
    pub benefits: Vec<String>,
    pub prices: Vec<PriceAnswer>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PriceAnswer {
    pub price_before_tax: String,
    pub total_price: String,
    pub billing_cycle: CycleAnswer,
    /// Wix writes `null` for prices that are not usage-based.
    pub usage_base_options: Option<UsageAnswer>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub discount: Option<DiscountAnswer>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub billing_source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_payment_title: Option<String>,
}

/// Also how a catalogue writes a cycle in Wix's own shape, any values.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CycleAnswer {
    pub cycle_type: String,
    /// `null` for one-time prices.
    #[serde(default)]
    pub cycle_duration: Option<DurationAnswer>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DurationAnswer {
    pub unit: String,
    pub count: u32,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UsageAnswer {
    pub minimum_charge_increment: Option<String>,
    pub monthly_base_fee: Option<String>,
    pub custom_charge_description: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DiscountAnswer {
    #[serde(rename = "type")]
    pub kind: String,
    pub amount: String,
    pub price_before_tax: String,
    pub total_price: String,
    pub source_type: String,
    pub sale_options: Option<SaleOptionsAnswer>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SaleOptionsAnswer {
    pub sale_id: String,
    pub sale_type: String,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
}

/// A Get URL billing cycle by Wix's name (`YEARLY`), as the sandbox keeps
/// it for instances and orders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CycleName(&'static str);

impl CycleName {
    /// Wix's names with the words a person reads.
    const ALL: [(&'static str, &'static str); 8] = [
        ("NO_CYCLE", "No cycle"),
        ("MONTHLY", "Monthly"),
        ("YEARLY", "Yearly"),
        ("ONE_TIME", "One time"),
        ("TWO_YEARS", "Two years"),
        ("THREE_YEARS", "Three years"),
        ("FOUR_YEARS", "Four years"),
        ("FIVE_YEARS", "Five years"),
    ];
    pub const MONTHLY: Self = Self("MONTHLY");

    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(n, _)| Self(n))
    }

    pub fn as_str(self) -> &'static str {
        self.0
    }

    /// Months per cycle; none for one-time and no cycle.
    pub fn months(self) -> Option<u32> {
        match self.0 {
            "MONTHLY" => Some(1),
            "YEARLY" => Some(12),
            "TWO_YEARS" => Some(24),
            "THREE_YEARS" => Some(36),
            "FOUR_YEARS" => Some(48),
            "FIVE_YEARS" => Some(60),
            _ => None,
        }
    }

    pub fn label(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(n, _)| *n == self.0)
            .map_or(self.0, |(_, label)| label)
    }
}

impl<'de> serde::Deserialize<'de> for CycleName {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = String::deserialize(deserializer)?;
        Self::parse(&name).ok_or_else(|| {
            serde::de::Error::custom(format!("{name:?} is not a Get URL billing cycle"))
        })
    }
}
