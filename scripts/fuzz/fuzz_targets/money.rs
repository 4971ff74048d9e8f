//! Money formatting and display rounding: `format::MoneyFormatter` for a
//! fuzzed locale, currency and Wix symbol, on fuzzed decimals;
//! `format::negotiate_locale`, `format::decode_entities`, and
//! `pricing::round_for_display` and friends.
//!
//! Input: text lines `lang`, `Accept-Language`, country, currency, Wix
//! symbol, amount; then, binary, an optional decimal as 12 mantissa bytes
//! and a sign/scale byte (any further bytes, a second one).
#![no_main]

use icu_locale_core::Locale;
use libfuzzer_sys::fuzz_target;
use rust_decimal::Decimal;
use std::str::FromStr;
use wix_pricing::country::CountryCode;
use wix_pricing::format::{decode_entities, negotiate_locale, MoneyFormatter};
use wix_pricing::pricing::{minor_units, round_for_display, round_keeping_digits, save_percent};

thread_local! {
    /// Latin digits, `,` grouping and `.` decimal point: the plain check.
    static EN_US: MoneyFormatter =
        MoneyFormatter::new(&"en-US".parse().unwrap(), "USD", "$");
}

/// A decimal from 13 bytes: 96-bit mantissa, then sign and scale.
fn decimal_from(bytes: &[u8]) -> Option<Decimal> {
    let b: &[u8; 13] = bytes.get(..13)?.try_into().ok()?;
    let word = |i: usize| u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
    let flags = b[12];
    Some(Decimal::from_parts(
        word(0),
        word(4),
        word(8),
        flags & 0x80 != 0,
        u32::from(flags & 0x7f) % 29,
    ))
}

fn exercise(formatter: &MoneyFormatter, amount: Decimal, currency: &str) {
    let _ = formatter.money(amount);
    let _ = formatter.number(amount);

    // "every digit kept": en-US output without grouping is the plain text.
    let en = EN_US.with(|f| f.number(amount)).replace(',', "");
    let expected = amount.to_string();
    assert!(
        en == expected
            || (amount.is_zero() && en.trim_start_matches('-') == expected.trim_start_matches('-')),
        "{amount:?}: en-US number {en:?}, plain {expected:?}"
    );

    let dp = minor_units(currency);
    let shown = round_for_display(amount, currency);
    assert!(
        (shown - amount).abs() <= Decimal::new(5, dp + 1),
        "{amount} rounds to {shown} for {currency}"
    );
    let _ = formatter.money(shown);
    let kept = round_keeping_digits(amount, currency);
    assert_eq!(
        kept, amount,
        "round_keeping_digits lost digits for {currency}"
    );
    let _ = formatter.number(kept);
}

fuzz_target!(|bytes: &[u8]| {
    let mut parts = bytes.splitn(7, |b| *b == b'\n');
    let mut line = || String::from_utf8_lossy(parts.next().unwrap_or_default()).into_owned();
    let (lang, accept, country, currency, symbol, amount_text) =
        (line(), line(), line(), line(), line(), line());
    let binary = parts.next().unwrap_or_default();

    let _ = decode_entities(&symbol);
    let country = CountryCode::from_str(&country).unwrap_or_else(|_| "US".parse().unwrap());
    let locale = match negotiate_locale(Some(&lang), Some(&accept), country) {
        Ok(locale) => locale,
        // Also tags negotiation refuses (too long, `und`), as a Locale.
        Err(_) => Locale::from_str(&lang).unwrap_or_else(|_| "en-US".parse().unwrap()),
    };
    let _ = negotiate_locale(None, Some(&accept), country);
    let formatter = MoneyFormatter::new(&locale, &currency, &symbol);

    let mut amounts = Vec::new();
    if let Ok(amount) = Decimal::from_str_exact(amount_text.trim()) {
        amounts.push(amount);
    }
    amounts.extend(decimal_from(binary));
    amounts.extend(binary.get(13..).and_then(decimal_from));

    for amount in &amounts {
        exercise(&formatter, *amount, &currency);
    }
    if let [a, b, ..] = amounts[..] {
        if let Some(percent) = save_percent(a, b) {
            assert!(
                (1..=100).contains(&percent),
                "save {percent}% of {a} against {b}"
            );
        }
    }
});
