//! Pricing math: pure functions over exact decimals. No IO, no views.

use rust_decimal::{Decimal, RoundingStrategy};

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
    let dp = minor_units(currency);
    let mut rounded = amount.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero);
    rounded.rescale(dp);
    rounded
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn rounds_half_away_from_zero_to_minor_units() {
        assert_eq!(round_for_display(d("1.005"), "USD").to_string(), "1.01");
        assert_eq!(round_for_display(d("-1.005"), "USD").to_string(), "-1.01");
        assert_eq!(round_for_display(d("1234.5"), "JPY").to_string(), "1235");
        assert_eq!(round_for_display(d("1.0005"), "KWD").to_string(), "1.001");
        assert_eq!(round_for_display(d("9"), "EUR").to_string(), "9.00");
    }
}
