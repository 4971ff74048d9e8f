//! Pricing math: pure functions over exact decimals. No IO, no views.
//!
//! Wix sends every recurring price per month (the monthly average for
//! longer cycles); everything else here derives from that, at full
//! precision, and is rounded once, for display, at the end.

use crate::i18n::Msg;
use crate::wix::model::{
    BillingCycle, CycleType, DiscountType, Money, Plan, Price, TaxSettings, TaxType,
};
use rust_decimal::{prelude::ToPrimitive, Decimal, RoundingStrategy};

/// ISO 4217 minor units: the number of decimals a currency is shown with.
pub fn minor_units(currency: &str) -> u32 {
    match currency {
        // No minor unit.
        "BIF" | "CLP" | "DJF" | "GNF" | "ISK" | "JPY" | "KMF" | "KRW" | "PYG" | "RWF" | "UGX"
        | "UYI" | "VND" | "VUV" | "XAF" | "XOF" | "XPF" => 0,
        // Three decimals.
        "BHD" | "IQD" | "JOD" | "KWD" | "LYD" | "OMR" | "TND" => 3,
        // Four decimals.
        "CLF" | "UYW" => 4,
        _ => 2,
    }
}

/// Rounds once, for display: half away from zero, to the currency's minor
/// units, with exactly that many decimals (`9` becomes `9.00`).
pub fn round_for_display(amount: Decimal, currency: &str) -> Decimal {
    round_to(amount, minor_units(currency))
}

/// Rounds an amount that must not lose digits, such as a usage charge
/// increment of 0.005 USD: to the currency's minor units or more.
pub fn round_keeping_digits(amount: Decimal, currency: &str) -> Decimal {
    round_to(
        amount,
        minor_units(currency).max(amount.normalize().scale()),
    )
}

fn round_to(amount: Decimal, dp: u32) -> Decimal {
    let mut rounded = amount.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero);
    rounded.rescale(dp);
    rounded
}

/// The amount a visitor pays: the sale price while a discount lowers it,
/// tax-inclusive where the country requires it; none for a price without
/// an amount (its title stands in).
pub fn shown_amount(price: &Price, tax: &TaxSettings) -> Option<Decimal> {
    sale_amount(price, tax).or_else(|| list_amount(price, tax))
}

/// The price before any discount, by the country's tax rule.
pub fn list_amount(price: &Price, tax: &TaxSettings) -> Option<Decimal> {
    by_tax_rule(price.price_before_tax, price.total_price, tax).map(|(amount, _)| amount)
}

/// Which of Wix's amounts a price is shown by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// The one the country's tax rule shows.
    Rule,
    /// Before tax, where the rule shows tax included and Wix gave neither
    /// that amount nor the rate to work it out.
    BeforeTax,
    /// Tax included, where the rule shows it before tax (likewise).
    WithTax,
}

/// Which amount `list_amount` is: the rule's, or the other one, said so.
pub fn basis(price: &Price, tax: &TaxSettings) -> Basis {
    by_tax_rule(price.price_before_tax, price.total_price, tax).map_or(Basis::Rule, |(_, b)| b)
}

/// What a running discount makes the price, when it makes it lower. A
/// price of 0 is a sale only where the discount's type says so (100% off,
/// or more off than the price): never an amount a delay or an unknown
/// discount left at 0.
pub fn sale_amount(price: &Price, tax: &TaxSettings) -> Option<Decimal> {
    let discount = price.discount.as_ref()?;
    let (sale, sale_basis) = by_tax_rule(discount.price_before_tax, discount.total_price, tax)?;
    let (list, list_basis) = by_tax_rule(price.price_before_tax, price.total_price, tax)?;
    let zero_is_a_sale = matches!(
        discount.kind,
        DiscountType::Percentage | DiscountType::FixedAmount
    );
    (sale_basis == list_basis
        && sale >= Decimal::ZERO
        && sale < list
        && (zero_is_a_sale || !sale.is_zero()))
    .then_some(sale)
}

/// The amount the country's tax rule shows, else the other one Wix gave
/// (`Price::settle` has worked out what the rate allows).
fn by_tax_rule(
    before_tax: Option<Money>,
    with_tax: Option<Money>,
    tax: &TaxSettings,
) -> Option<(Decimal, Basis)> {
    let (rule, other, other_basis) = if tax.show_price_with_tax {
        (with_tax, before_tax, Basis::BeforeTax)
    } else {
        (before_tax, with_tax, Basis::WithTax)
    };
    match (rule, other) {
        (Some(amount), _) => Some((amount.0, Basis::Rule)),
        (None, Some(amount)) => Some((amount.0, other_basis)),
        (None, None) => None,
    }
}

/// What a billing cycle is, for display and for checkout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cycle {
    /// Recurring every this many months (12 for yearly).
    Months(u32),
    OneTime,
    /// A cycle outside the contract (`UNKNOWN_TYPE`, `UNKNOWN_UNIT`).
    Unknown,
}

impl Cycle {
    pub fn of(cycle: &BillingCycle) -> Self {
        match (cycle.cycle_type, cycle.months()) {
            (CycleType::OneTime, _) => Self::OneTime,
            (_, Some(months)) => Self::Months(months),
            _ => Self::Unknown,
        }
    }
}

/// The exact (unrounded) figures of one price.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Figures {
    pub per_month: Option<Decimal>,
    /// Per month x months in the cycle; for monthly cycles, the same.
    pub cycle_total: Option<Decimal>,
    pub one_time: Option<Decimal>,
}

/// The figures of what is paid; none for a price without an amount.
pub fn figures(price: &Price, tax: &TaxSettings) -> Option<Figures> {
    Some(figures_of(shown_amount(price, tax)?, &price.billing_cycle))
}

/// The figures of the price before its discount, while one runs.
pub fn list_figures(price: &Price, tax: &TaxSettings) -> Option<Figures> {
    sale_amount(price, tax)?;
    Some(figures_of(list_amount(price, tax)?, &price.billing_cycle))
}

fn figures_of(amount: Decimal, cycle: &BillingCycle) -> Figures {
    match Cycle::of(cycle) {
        Cycle::Months(months) => Figures {
            per_month: Some(amount),
            // None beyond what a decimal holds (about 7.9e28): no real
            // price gets there, and a malformed one must not panic.
            cycle_total: amount.checked_mul(Decimal::from(months)),
            one_time: None,
        },
        Cycle::OneTime => Figures {
            per_month: None,
            cycle_total: None,
            one_time: Some(amount),
        },
        Cycle::Unknown => Figures {
            per_month: Some(amount),
            cycle_total: None,
            one_time: None,
        },
    }
}

/// A usage-based price's monthly base fee, or None for "no base fee".
/// Wix mirrors the fee in the price itself, whose shown amount follows the
/// country's tax rule like every other price; `monthlyBaseFee` stands in
/// where the price carries none.
pub fn base_fee(price: &Price, tax: &TaxSettings) -> Option<Decimal> {
    let usage = price.usage_base_options.as_ref()?;
    let fee = usage.monthly_base_fee.map_or(Decimal::ZERO, |fee| fee.0);
    if fee.is_zero() {
        return None;
    }
    let shown = shown_amount(price, tax).unwrap_or_default();
    Some(if shown.is_zero() { fee } else { shown })
}

/// "Save N%" of a yearly price against the monthly one:
/// floor(100 x (1 - yearly per month / monthly per month)), when N >= 1.
pub fn save_percent(monthly_per_month: Decimal, yearly_per_month: Decimal) -> Option<u32> {
    if monthly_per_month <= Decimal::ZERO || yearly_per_month < Decimal::ZERO {
        return None;
    }
    // Checked: prices far apart (a tiny monthly price, a huge yearly one)
    // overflow the ratio or the percentage; either way there is no saving.
    let ratio = yearly_per_month.checked_div(monthly_per_month)?;
    let saving = Decimal::ONE
        .checked_sub(ratio)?
        .checked_mul(Decimal::ONE_HUNDRED)?
        .floor();
    saving.to_u32().filter(|n| *n >= 1)
}

/// The saving of a plan's 12-month price against its 1-month price.
pub fn plan_save_percent(plan: &Plan, tax: &TaxSettings) -> Option<u32> {
    let per_month = |months| {
        plan.prices
            .iter()
            .filter(|p| p.usage_base_options.is_none())
            .find(|p| Cycle::of(&p.billing_cycle) == Cycle::Months(months))
            .and_then(|p| shown_amount(p, tax))
    };
    save_percent(per_month(1)?, per_month(12)?)
}

/// Free: it has prices, every one has amounts and they are zero, sold
/// through Wix (a zero the app bills itself is a placeholder), and none is
/// usage-based.
pub fn is_free(plan: &Plan) -> bool {
    !plan.prices.is_empty()
        && plan.prices.iter().all(|p| {
            let amounts = [p.price_before_tax, p.total_price];
            p.usage_base_options.is_none()
                && p.billing_source.sold_by_wix()
                && amounts.iter().any(Option::is_some)
                && amounts.iter().flatten().all(|amount| amount.0.is_zero())
        })
}

/// The tax's rate in percent, when Wix gives one that is not zero.
pub fn tax_rate(tax: &TaxSettings) -> Option<Decimal> {
    tax.percentage
        .map(|p| p.0.normalize())
        .filter(|p| !p.is_zero())
}

/// "incl. 19% VAT" when prices include tax, "excl. 5% GST" when a tax
/// applies on top; nothing where no tax is shown.
pub fn tax_label(tax: &TaxSettings) -> Option<String> {
    let kind = match tax.tax_type {
        TaxType::Vat => "VAT",
        TaxType::Gst => "GST",
        // A tax type added later: the amounts are right, the label unsure.
        TaxType::NotApplicable | TaxType::Unknown => return None,
    };
    let rate = tax_rate(tax).map(|r| format!("{r}% ")).unwrap_or_default();
    Some(if tax.show_price_with_tax {
        format!("incl. {rate}{kind}")
    } else {
        format!("excl. {rate}{kind}")
    })
}

/// A plan's level, to tell upgrades from downgrades: its lowest per-month
/// list price (a usage plan's base fee); a sale does not make a plan a
/// downgrade. None for plans sold only once.
pub fn plan_level(plan: &Plan, tax: &TaxSettings) -> Option<Decimal> {
    plan.prices
        .iter()
        .filter_map(
            |price| match (&price.usage_base_options, Cycle::of(&price.billing_cycle)) {
                (Some(usage), _) => Some(usage.monthly_base_fee.map_or(Decimal::ZERO, |f| f.0)),
                (None, Cycle::Months(_) | Cycle::Unknown) => list_amount(price, tax),
                (None, Cycle::OneTime) => None,
            },
        )
        .min()
}

/// The owner's current plan among `plans`, and its months per cycle: the
/// paid plan Wix bills (vendorId and months), else the app's free plan.
pub fn current_plan<'a>(
    plans: &'a [Plan],
    paid: Option<(&str, Option<u32>)>,
) -> Option<(&'a Plan, Option<u32>)> {
    match paid {
        Some((vendor_id, months)) => plans
            .iter()
            .find(|p| p.vendor_id == vendor_id)
            .map(|p| (p, months)),
        None => plans.iter().find(|p| is_free(p)).map(|p| (p, Some(1))),
    }
}

/// Why Wix forbids buying `target` in `target_months` from where the site
/// owner is now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Blocked {
    /// That is the plan and cycle the owner already has.
    Current,
    /// The plan is cheaper than the current one.
    Downgrade,
    /// The owner is billed yearly (or longer); monthly needs a cancellation.
    YearlyToMonthly,
}

impl Blocked {
    /// Why, in the catalogue's words.
    pub fn reason(self) -> Msg {
        match self {
            Self::Current => Msg::BlockedCurrentPlan,
            Self::Downgrade => Msg::BlockedCheaperPlan,
            Self::YearlyToMonthly => Msg::BlockedShorterCycle,
        }
    }
}

/// The Wix rule for an external pricing page: no downgrades, no switch
/// from yearly to monthly. `current` is the owner's plan and its months
/// per cycle (none for one-time); `None` for a free or new site.
pub fn checkout_blocked(
    current: Option<(&Plan, Option<u32>)>,
    target: &Plan,
    target_months: Option<u32>,
    tax: &TaxSettings,
) -> Option<Blocked> {
    let (current_plan, current_months) = current?;
    if current_plan.vendor_id == target.vendor_id && current_months == target_months {
        return Some(Blocked::Current);
    }
    if matches!(current_months, Some(m) if m >= 12) && target_months == Some(1) {
        return Some(Blocked::YearlyToMonthly);
    }
    match (plan_level(current_plan, tax), plan_level(target, tax)) {
        (Some(now), Some(then)) if then < now => Some(Blocked::Downgrade),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wix::model::AppPlansResponse;
    use crate::wix::model::{CycleDuration, DurationUnit};
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    fn price(before: &str, total: &str, cycle: Cycle) -> Price {
        let billing_cycle = match cycle {
            Cycle::Months(n) => BillingCycle {
                cycle_type: CycleType::Recurring,
                cycle_duration: Some(CycleDuration {
                    unit: DurationUnit::Month,
                    count: n,
                }),
            },
            _ => BillingCycle {
                cycle_type: CycleType::OneTime,
                cycle_duration: None,
            },
        };
        Price {
            price_before_tax: Some(Money(d(before))),
            total_price: Some(Money(d(total))),
            billing_cycle,
            usage_base_options: None,
            discount: None,
            billing_source: Default::default(),
            custom_payment_title: None,
        }
    }

    fn tax(with: bool, pct: Option<&str>, kind: TaxType) -> TaxSettings {
        TaxSettings {
            show_price_with_tax: with,
            percentage: pct.map(|p| Money(d(p))),
            tax_type: kind,
        }
    }

    #[test]
    fn rounds_half_away_from_zero_to_minor_units() {
        assert_eq!(round_for_display(d("1.005"), "USD").to_string(), "1.01");
        assert_eq!(round_for_display(d("1.004999"), "USD").to_string(), "1.00");
        assert_eq!(round_for_display(d("-1.005"), "USD").to_string(), "-1.01");
        assert_eq!(round_for_display(d("2.345"), "EUR").to_string(), "2.35");
        assert_eq!(round_for_display(d("1234.5"), "JPY").to_string(), "1235");
        assert_eq!(round_for_display(d("1.0005"), "KWD").to_string(), "1.001");
        assert_eq!(round_for_display(d("12.3"), "BHD").to_string(), "12.300");
        assert_eq!(round_for_display(d("9"), "EUR").to_string(), "9.00");
        assert_eq!(round_keeping_digits(d("0.005"), "USD").to_string(), "0.005");
        assert_eq!(round_keeping_digits(d("0.0"), "USD").to_string(), "0.00");
    }

    #[test]
    fn tax_decides_the_amount_shown() {
        let p = price("8.33", "9.91", Cycle::Months(12));
        assert_eq!(
            shown_amount(&p, &tax(true, Some("19"), TaxType::Vat)),
            Some(d("9.91"))
        );
        assert_eq!(
            shown_amount(&p, &tax(false, Some("5"), TaxType::Gst)),
            Some(d("8.33"))
        );
        assert_eq!(
            tax_label(&tax(true, Some("19"), TaxType::Vat)).unwrap(),
            "incl. 19% VAT"
        );
        assert_eq!(
            tax_label(&tax(true, Some("8.10"), TaxType::Vat)).unwrap(),
            "incl. 8.1% VAT"
        );
        assert_eq!(
            tax_label(&tax(false, Some("5"), TaxType::Gst)).unwrap(),
            "excl. 5% GST"
        );
        assert_eq!(tax_label(&tax(false, None, TaxType::NotApplicable)), None);
    }

    #[test]
    fn cycle_totals_use_full_precision_then_round_once() {
        let t = tax(false, None, TaxType::NotApplicable);
        // 8.335 x 12 = 100.02 exactly; rounding the month first would give 100.08.
        let yearly = figures(&price("8.335", "8.335", Cycle::Months(12)), &t).unwrap();
        assert_eq!(
            round_for_display(yearly.cycle_total.unwrap(), "USD").to_string(),
            "100.02"
        );
        assert_eq!(
            round_for_display(yearly.per_month.unwrap(), "USD").to_string(),
            "8.34"
        );
        // A two-year cycle: 24 months.
        let two = figures(&price("12.99", "12.99", Cycle::Months(24)), &t).unwrap();
        assert_eq!(two.cycle_total.unwrap(), d("311.76"));
        // JPY: no decimals.
        let jpy = figures(
            &price("1132.5", "1245.75", Cycle::Months(12)),
            &tax(true, Some("10"), TaxType::Vat),
        )
        .unwrap();
        assert_eq!(
            round_for_display(jpy.per_month.unwrap(), "JPY").to_string(),
            "1246"
        );
        assert_eq!(
            round_for_display(jpy.cycle_total.unwrap(), "JPY").to_string(),
            "14949"
        );
        // A three-decimal currency.
        let kwd = figures(&price("2.7635", "2.7635", Cycle::Months(1)), &t).unwrap();
        assert_eq!(
            round_for_display(kwd.per_month.unwrap(), "KWD").to_string(),
            "2.764"
        );
        let once = figures(&price("249", "249", Cycle::OneTime), &t).unwrap();
        assert_eq!((once.one_time, once.per_month), (Some(d("249")), None));
    }

    #[test]
    fn year_units_count_twelve_months_each() {
        let years = |count| BillingCycle {
            cycle_type: CycleType::Recurring,
            cycle_duration: Some(CycleDuration {
                unit: DurationUnit::Year,
                count,
            }),
        };
        assert_eq!(Cycle::of(&years(1)), Cycle::Months(12));
        assert_eq!(Cycle::of(&years(2)), Cycle::Months(24));
        assert_eq!(Cycle::of(&years(u32::MAX)), Cycle::Unknown);
        // Recurring without a duration, or with a count the wire left out
        // (0): one month, Wix's default cycle.
        assert_eq!(
            Cycle::of(&BillingCycle {
                cycle_type: CycleType::Recurring,
                cycle_duration: None
            }),
            Cycle::Months(1)
        );
        assert_eq!(Cycle::of(&years(0)), Cycle::Months(12));
    }

    #[test]
    fn a_base_fee_follows_the_tax_rule_and_zero_means_none() {
        let mut p = price("13.80", "16.42", Cycle::Months(1));
        p.usage_base_options = Some(crate::wix::model::UsageBaseOptions {
            minimum_charge_increment: Some(Money(d("0.005"))),
            monthly_base_fee: Some(Money(d("13.80"))),
            custom_charge_description: None,
        });
        assert_eq!(
            base_fee(&p, &tax(true, Some("19"), TaxType::Vat)),
            Some(d("16.42"))
        );
        assert_eq!(
            base_fee(&p, &tax(false, None, TaxType::NotApplicable)),
            Some(d("13.80"))
        );
        p.price_before_tax = Some(Money(d("0")));
        assert_eq!(
            base_fee(&p, &tax(false, None, TaxType::NotApplicable)),
            Some(d("13.80"))
        );
        p.usage_base_options.as_mut().unwrap().monthly_base_fee = Some(Money(d("0.0")));
        assert_eq!(
            base_fee(&p, &tax(false, None, TaxType::NotApplicable)),
            None
        );
        assert_eq!(
            base_fee(
                &price("5", "5", Cycle::Months(1)),
                &tax(false, None, TaxType::NotApplicable)
            ),
            None
        );
    }

    #[test]
    fn saving_is_floored_and_shown_from_one_percent() {
        assert_eq!(save_percent(d("9.00"), d("7.50")), Some(16)); // 16.67 -> 16
        assert_eq!(save_percent(d("10"), d("8.30")), Some(17));
        assert_eq!(save_percent(d("10"), d("9.95")), None); // 0.5%
        assert_eq!(save_percent(d("10"), d("9.90")), Some(1));
        assert_eq!(save_percent(d("10"), d("11")), None);
        assert_eq!(save_percent(d("0"), d("0")), None);
    }

    #[test]
    fn a_cycle_total_beyond_the_decimal_range_is_left_out_rather_than_overflowing() {
        // A 28-digit price per month, billed yearly: x12 overflowed and panicked.
        let t = tax(false, None, TaxType::NotApplicable);
        let huge = "10000000000000000000000000000";
        let f = figures(&price(huge, huge, Cycle::Months(12)), &t).unwrap();
        assert_eq!((f.per_month, f.cycle_total), (Some(d(huge)), None));
        let f = figures(&price("0.01", "0.01", Cycle::Months(u32::MAX)), &t).unwrap();
        assert_eq!(f.cycle_total, Some(d("42949672.95")));
    }

    #[test]
    fn prices_too_far_apart_save_nothing_rather_than_overflow() {
        // Found by the `money` fuzz target (scripts/fuzz): 100 x (1 - yearly
        // / monthly) overflowed and panicked.
        assert_eq!(
            save_percent(d("0.90"), d("792281625142643375935439503.35")),
            None
        );
        assert_eq!(save_percent(Decimal::new(1, 28), Decimal::MAX), None);
        assert_eq!(save_percent(Decimal::MAX, Decimal::new(1, 28)), Some(100));
    }

    fn plan(vendor_id: &str, prices: Vec<Price>) -> Plan {
        Plan {
            id: vendor_id.into(),
            vendor_id: vendor_id.into(),
            name: vendor_id.into(),
            benefits: vec![],
            prices,
            skipped: vec![],
        }
    }

    #[test]
    fn blocks_downgrades_and_yearly_to_monthly() {
        let t = tax(false, None, TaxType::NotApplicable);
        let basic = plan(
            "basic",
            vec![
                price("5", "5", Cycle::Months(1)),
                price("4", "4", Cycle::Months(12)),
            ],
        );
        let pro = plan(
            "pro",
            vec![
                price("10", "10", Cycle::Months(1)),
                price("8", "8", Cycle::Months(12)),
            ],
        );
        let free = plan("free", vec![price("0", "0", Cycle::Months(1))]);
        let blocked = |current: Option<(&Plan, Option<u32>)>, target: &Plan, months| {
            checkout_blocked(current, target, months, &t)
        };

        // A new or free site may buy anything.
        assert_eq!(blocked(None, &basic, Some(1)), None);
        // Monthly basic: pro either way, basic yearly; not basic monthly again, not free.
        let on_basic_monthly = Some((&basic, Some(1)));
        assert_eq!(blocked(on_basic_monthly, &pro, Some(1)), None);
        assert_eq!(blocked(on_basic_monthly, &pro, Some(12)), None);
        assert_eq!(blocked(on_basic_monthly, &basic, Some(12)), None);
        assert_eq!(
            blocked(on_basic_monthly, &basic, Some(1)),
            Some(Blocked::Current)
        );
        assert_eq!(
            blocked(on_basic_monthly, &free, Some(1)),
            Some(Blocked::Downgrade)
        );
        // Yearly pro: no monthly anything, no cheaper plan; longer cycles fine.
        let on_pro_yearly = Some((&pro, Some(12)));
        assert_eq!(
            blocked(on_pro_yearly, &pro, Some(1)),
            Some(Blocked::YearlyToMonthly)
        );
        assert_eq!(
            blocked(on_pro_yearly, &basic, Some(12)),
            Some(Blocked::Downgrade)
        );
        assert_eq!(blocked(on_pro_yearly, &pro, Some(24)), None);
        assert_eq!(
            blocked(on_pro_yearly, &pro, Some(12)),
            Some(Blocked::Current)
        );
    }

    #[test]
    fn the_docs_example() {
        let r: AppPlansResponse =
            serde_json::from_str(include_str!("wix/fixtures/docs_example.json")).unwrap();
        let [single, usage] = &r.app_plans[0].plans[..] else {
            panic!()
        };
        // Tax not shown: the one-time price is the before-tax 2.00.
        let f = figures(&single.prices[0], &r.tax_settings).unwrap();
        assert_eq!(
            round_for_display(f.one_time.unwrap(), r.currency.as_deref().unwrap()).to_string(),
            "2.00"
        );
        assert!(!is_free(single));
        // Usage-based with all zeros is not "Free": it charges by usage.
        assert!(!is_free(usage));
        assert_eq!(Cycle::of(&usage.prices[0].billing_cycle), Cycle::Months(12));
        assert_eq!(plan_save_percent(usage, &r.tax_settings), None);
        assert_eq!(tax_label(&r.tax_settings), None);
    }
}
