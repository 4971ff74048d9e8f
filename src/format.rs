//! Money as a visitor reads it: the locale to format for, and CLDR
//! formatting through ICU4X. Amounts arrive here already rounded.

use crate::country::CountryCode;
use crate::i18n::{Detail, Msg};
use fixed_decimal::Decimal as FixedDecimal;
use icu::decimal::DecimalFormatter;
use icu::locale::{Locale, LocaleExpander};
use icu_experimental::dimension::currency::{formatter::CurrencyFormatter, CurrencyType};
use rust_decimal::Decimal;

/// Longest `lang` / `Accept-Language` value considered.
const MAX_LANGUAGE_LEN: usize = 256;
/// Longest single language tag: room for a script, a region, variants
/// and extensions (which are then dropped), as BCP 47 allows them.
const MAX_TAG_LEN: usize = 64;

/// A query parameter as given: a blank one (a form's empty field) is not
/// given, and the page falls back to the visitor's headers instead.
pub fn given(param: Option<&str>) -> Option<&str> {
    param.filter(|p| !p.trim().is_empty())
}

/// The locale to format for: `?lang=` wins, else the visitor's
/// Accept-Language, else the country's main language. A language without
/// a region takes the visitor's country (`de` in CH formats as `de-CH`).
pub fn negotiate_locale(
    lang: Option<&str>,
    accept_language: Option<&str>,
    country: CountryCode,
) -> Result<Locale, Detail> {
    let chosen = match given(lang) {
        Some(lang) => Some(parse_locale(lang).ok_or_else(|| bad_language(lang))?),
        None => accept_language.and_then(preferred_language),
    };
    let region: icu::locale::subtags::Region = country
        .as_str()
        .parse()
        .map_err(|_| Detail::new(Msg::ErrorBadCountry).text("value", country.as_str()))?;
    let mut locale = chosen.unwrap_or_else(|| {
        // The country's most likely language: und-CH -> de-CH.
        let mut id = icu::locale::LanguageIdentifier::UNKNOWN;
        id.region = Some(region);
        LocaleExpander::new_common().maximize(&mut id);
        id.script = None;
        Locale::from(id)
    });
    if locale.id.region.is_none() {
        locale.id.region = Some(region);
    }
    Ok(locale)
}

/// `lang` as the page spells it: language, script and region.
pub fn canonical_lang(lang: &str) -> Result<String, Detail> {
    parse_locale(lang)
        .map(|locale| locale.to_string())
        .ok_or_else(|| bad_language(lang))
}

fn bad_language(lang: &str) -> Detail {
    Detail::new(Msg::ErrorBadLanguage).quoting(lang, 32)
}

/// A tag's language, script and region. Its variants and extensions
/// (`-u-nu-arab`) are dropped: every spelling an address can carry would
/// otherwise be a page of its own.
fn parse_locale(tag: &str) -> Option<Locale> {
    if tag.len() > MAX_TAG_LEN || tag.is_empty() {
        return None;
    }
    // `en_US`, as Wix and many systems write it, is `en-US`.
    let mut id = tag.replace('_', "-").parse::<Locale>().ok()?.id;
    id.variants = icu::locale::subtags::Variants::new();
    (!id.language.is_unknown()).then(|| Locale::from(id))
}

/// The highest-weighted valid tag of an Accept-Language header.
fn preferred_language(header: &str) -> Option<Locale> {
    if header.len() > MAX_LANGUAGE_LEN {
        return None;
    }
    header
        .split(',')
        .filter_map(|item| {
            let mut parts = item.trim().split(';');
            let tag = parts.next()?.trim();
            let weight = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0_f32), |q| q.parse::<f32>().ok())?;
            Some((parse_locale(tag)?, weight))
        })
        .filter(|(_, weight)| *weight > 0.0)
        // Stable: among equal weights, the first listed wins.
        .fold(None::<(Locale, f32)>, |best, (locale, weight)| match best {
            Some((_, w)) if w >= weight => best,
            _ => Some((locale, weight)),
        })
        .map(|(locale, _)| locale)
}

/// Formats amounts of one currency for one locale.
pub struct MoneyFormatter {
    currency: Option<CurrencyFormatter<DecimalFormatter>>,
    number: DecimalFormatter,
    /// Wix's symbol, decoded, for a currency code ICU4X cannot take.
    fallback_symbol: String,
}

impl MoneyFormatter {
    pub fn new(locale: &Locale, currency: &str, wix_symbol: &str) -> Self {
        let code = CurrencyType::try_from_str(currency).ok();
        let currency = code.and_then(|code| {
            CurrencyFormatter::try_new_symbol(locale.into(), code, Default::default()).ok()
        });
        let number = decimal_formatter(locale);
        Self {
            currency,
            number,
            fallback_symbol: decode_entities(wix_symbol),
        }
    }

    /// `1.234,56 €` in de-DE, `₹1,23,456.00` in en-IN.
    pub fn money(&self, amount: Decimal) -> String {
        let value = fixed(amount);
        match &self.currency {
            Some(formatter) => formatter.format_fixed_decimal(&value).to_string(),
            None => format!(
                "{}\u{a0}{}",
                self.fallback_symbol,
                self.number.format_to_string(&value)
            ),
        }
    }

    /// A bare number with the locale's separators, every digit kept.
    pub fn number(&self, amount: Decimal) -> String {
        self.number.format_to_string(&fixed(amount))
    }
}

/// A plain number for `locale` ("11,5" in de-DE).
pub fn number(locale: &Locale, value: Decimal) -> String {
    decimal_formatter(locale).format_to_string(&fixed(value))
}

fn decimal_formatter(locale: &Locale) -> DecimalFormatter {
    DecimalFormatter::try_new(locale.into(), Default::default())
        .or_else(|_| DecimalFormatter::try_new(Default::default(), Default::default()))
        .expect("compiled data has a root decimal formatter")
}

/// The same number, every digit kept ("1234.50" stays two decimals):
/// the decimal's digits, shifted by its scale. Not through its text: a
/// 150-plan page formats thousands of amounts.
fn fixed(amount: Decimal) -> FixedDecimal {
    let mut fixed = FixedDecimal::from(amount.mantissa());
    // A scale is at most 28.
    fixed.absolute.multiply_pow10(-(amount.scale() as i16));
    fixed
}

/// Decodes the HTML character references Wix uses for currency symbols
/// (`&#8364;`, `&#x20AC;`, named ones); anything else is kept as written.
pub fn decode_entities(text: &str) -> String {
    html_escape::decode_html_entities(text).into_owned()
}

/// A day of the year in the locale's words ("December 1", "1. Dezember")
/// from an RFC 3339 timestamp, taken in UTC as Wix's dates are.
pub fn day_and_month(rfc3339: &str, locale: &Locale) -> Option<String> {
    use icu::datetime::{fieldsets::MD, input::Date, FixedCalendarDateTimeFormatter};
    let at = time::OffsetDateTime::parse(rfc3339, &time::format_description::well_known::Rfc3339)
        .ok()?
        .to_offset(time::UtcOffset::UTC);
    let date = Date::try_new_gregorian(at.year(), at.month() as u8, at.day()).ok()?;
    let formatter = FixedCalendarDateTimeFormatter::<icu::calendar::Gregorian, _>::try_new(
        locale.into(),
        MD::long(),
    )
    .ok()?;
    Some(formatter.format(&date).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn a_fixed_decimal_keeps_every_digit_of_the_amount() {
        for text in [
            "0",
            "0.00",
            "-0.5",
            "1234.50",
            "0.005",
            "12.340",
            "100",
            "-19.99",
            "7.000",
            "79228162514264337593543950335",
            "0.0000000000000000000000000001",
        ] {
            let amount = Decimal::from_str(text).unwrap();
            assert_eq!(fixed(amount).to_string(), text, "{text}");
            assert_eq!(
                fixed(amount),
                text.parse::<FixedDecimal>().unwrap(),
                "{text}"
            );
        }
    }

    fn money(locale: &str, currency: &str, amount: &str) -> String {
        let locale: Locale = locale.parse().unwrap();
        MoneyFormatter::new(&locale, currency, "?").money(Decimal::from_str(amount).unwrap())
    }

    #[test]
    fn formats_by_cldr_rules() {
        assert_eq!(money("de-DE", "EUR", "1234.56"), "1.234,56\u{a0}€");
        assert_eq!(money("en-US", "USD", "1234.56"), "$1,234.56");
        assert_eq!(money("ja-JP", "JPY", "1235"), "￥1,235");
        assert_eq!(money("en-IN", "INR", "123456.00"), "₹1,23,456.00");
        assert_eq!(
            money("de-CH", "CHF", "1234.56"),
            "CHF\u{a0}1’234.56".replace('’', "'")
        );
        assert_eq!(money("fr-CH", "CHF", "1234.56"), "1'234,56\u{a0}CHF");
        assert_eq!(money("en-US", "KWD", "1.235"), "KWD\u{a0}1.235");
    }

    #[test]
    fn currencies_without_cldr_data_still_format() {
        // CLDR has no symbol: the ISO code stands in.
        assert_eq!(money("en-US", "XYZ", "1234.50"), "XYZ\u{a0}1,234.50");
        // Not an ISO code at all: Wix's own symbol, decoded.
        let f = MoneyFormatter::new(&"en-US".parse().unwrap(), "EURO", "&#8364;");
        assert_eq!(
            f.money(Decimal::from_str("1234.5").unwrap()),
            "€\u{a0}1,234.5"
        );
        assert_eq!(f.number(Decimal::from_str("0.005").unwrap()), "0.005");
    }

    #[test]
    fn decodes_wix_currency_entities() {
        assert_eq!(decode_entities("&#8364;"), "€");
        assert_eq!(decode_entities("R&#36;"), "R$");
        assert_eq!(decode_entities("&#x20AC;"), "€");
        assert_eq!(decode_entities("z&#322;"), "zł");
        assert_eq!(decode_entities("CHF"), "CHF");
        assert_eq!(
            decode_entities("&bogus; & &#99999999;"),
            "&bogus; & &#99999999;"
        );
    }

    #[test]
    fn negotiates_the_locale() {
        let us: CountryCode = "US".parse().unwrap();
        let ch: CountryCode = "CH".parse().unwrap();
        let locale =
            |lang, accept, country| negotiate_locale(lang, accept, country).unwrap().to_string();
        assert_eq!(locale(Some("fr-CH"), Some("de"), us), "fr-CH");
        assert_eq!(
            locale(None, Some("de;q=0.5, fr-FR;q=0.9, *;q=0.1"), us),
            "fr-FR"
        );
        assert_eq!(locale(None, Some("de"), ch), "de-CH");
        assert_eq!(locale(None, None, ch), "de-CH");
        assert_eq!(locale(None, None, "JP".parse().unwrap()), "ja-JP");
        assert_eq!(locale(None, None, "IN".parse().unwrap()), "hi-IN");
        assert_eq!(locale(None, Some("garbage!!"), us), "en-US");
        assert!(negotiate_locale(Some("not a tag"), None, us).is_err());
        // Wix's own spelling, and any BCP 47 tag: its language, script
        // and region are what the page uses.
        assert_eq!(locale(Some("en_US"), None, ch), "en-US");
        assert_eq!(locale(Some("de_CH"), Some("fr"), us), "de-CH");
        assert_eq!(locale(Some("sr-Latn-RS"), None, us), "sr-Latn-RS");
        assert_eq!(
            locale(Some("de-DE-1996-u-nu-arab-x-mine"), None, us),
            "de-DE"
        );
        assert_eq!(canonical_lang("pt_br").unwrap(), "pt-BR");
    }
}
