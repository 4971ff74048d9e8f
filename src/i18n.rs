//! The page's words in the visitor's language. One Fluent catalogue per
//! language in `locales/` (`en.ftl` is the reference), looked up by typed
//! keys: a message the catalogue lacks cannot be asked for, and a test
//! checks every catalogue has exactly the English IDs. Fluent selects
//! plurals by CLDR's rules for each language.

use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use std::{collections::HashMap, sync::LazyLock};

/// The languages the page is written in. Another language falls back to
/// English words around money still formatted for the visitor's locale.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    Serialize,
    Deserialize,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::EnumString,
)]
#[strum(serialize_all = "lowercase", ascii_case_insensitive)]
pub enum Lang {
    #[default]
    En,
    De,
    Fr,
    Es,
    Pt,
    It,
    Nl,
    Pl,
    Tr,
    Ru,
    Ja,
    Ko,
    /// Simplified Chinese.
    Zh,
    /// Traditional Chinese, as Taiwan, Hong Kong and Macao write it.
    #[strum(serialize = "zh-hant")]
    ZhHant,
    He,
}

impl Lang {
    /// The language of a BCP 47 tag (`de-CH` -> German), else English.
    /// Chinese is Traditional where the tag says so (`zh-Hant`) or, with
    /// no script given, in Taiwan, Hong Kong and Macao (`zh-TW`).
    pub fn of(tag: &str) -> Self {
        let mut subtags = tag.split(['-', '_']).map(str::to_ascii_lowercase);
        let language = subtags.next().unwrap_or_default();
        if language != "zh" {
            return language.parse().unwrap_or_default();
        }
        let rest: Vec<String> = subtags.collect();
        let has = |subtag: &str| rest.iter().any(|s| s == subtag);
        let traditional =
            has("hant") || (!has("hans") && ["tw", "hk", "mo"].iter().any(|r| has(r)));
        if traditional {
            Self::ZhHant
        } else {
            Self::Zh
        }
    }

    /// Its BCP 47 tag, for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Self::Zh => "zh-Hans",
            Self::ZhHant => "zh-Hant",
            other => other.into(),
        }
    }

    /// Its writing direction, for `<html dir>`.
    pub fn dir(self) -> &'static str {
        match self {
            Self::He => "rtl",
            _ => "ltr",
        }
    }

    /// A message without variables.
    pub fn t(self, msg: Msg) -> String {
        self.format(msg, None)
    }

    /// A message with its variables: text, or numbers for plurals.
    pub fn t_with<'a>(self, msg: Msg, args: &[(&'a str, Arg<'a>)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Text(text) => FluentValue::from(*text),
                Arg::Count(n) => FluentValue::from(*n),
            };
            fluent.set(*name, value);
        }
        self.format(msg, Some(&fluent))
    }

    /// A message with one variable standing for markup (an amount's
    /// element): the text before it and the text after it.
    pub fn around(self, msg: Msg, name: &str) -> (String, String) {
        const MARK: &str = "\u{e000}";
        let text = self.t_with(msg, &[(name, Arg::Text(MARK))]);
        match text.split_once(MARK) {
            Some((before, after)) => (before.to_owned(), after.to_owned()),
            None => (text, String::new()),
        }
    }

    fn format(self, msg: Msg, args: Option<&FluentArgs>) -> String {
        let id: &'static str = msg.into();
        let bundle = &BUNDLES[&self];
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            // The catalogue tests make this unreachable for shipped files.
            return id.to_owned();
        };
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }
}

/// A message variable's value.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    Text(&'a str),
    /// A whole number: selects the plural form, printed as is.
    Count(u64),
}

/// A sentence of the catalogue with its variables filled in, carried as
/// data until the page knows its language: what an error says went wrong.
/// Its `Display` is the English text, for logs and machine answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Detail {
    msg: Msg,
    args: Vec<(String, DetailArg)>,
}

/// `text`, from outside, set into our sentence as a unit of its own:
/// between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, so that its
/// direction neither takes nor gives the sentence's, and without the
/// controls that reorder text (a U+202E would turn the rest of the line
/// around; a U+2069 of its own would end the isolation early).
pub fn isolate(text: &str) -> String {
    let kept = text.chars().filter(|c| {
        !matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    });
    std::iter::once('\u{2068}')
        .chain(kept)
        .chain(std::iter::once('\u{2069}'))
        .collect()
}

/// A [`Detail`]'s variable, owned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum DetailArg {
    Text(String),
    Count(u64),
}

impl Detail {
    pub fn new(msg: Msg) -> Self {
        Self {
            msg,
            args: Vec::new(),
        }
    }

    /// With a text variable (`value` is shown as given).
    pub fn text(mut self, name: &str, value: impl Into<String>) -> Self {
        self.args
            .push((name.to_owned(), DetailArg::Text(value.into())));
        self
    }

    /// With `$value`, what the address said, as the visitor typed it: at
    /// most its first `chars` characters, so that an error page never
    /// echoes a long parameter whole, and isolated (see `isolate`).
    pub fn quoting(self, value: &str, chars: usize) -> Self {
        let value: String = value.chars().take(chars).collect();
        self.text("value", isolate(&value))
    }

    /// With a number variable, which selects the plural form.
    pub fn count(mut self, name: &str, value: u64) -> Self {
        self.args.push((name.to_owned(), DetailArg::Count(value)));
        self
    }

    pub fn msg(&self) -> Msg {
        self.msg
    }

    /// The sentence in `lang`.
    pub fn in_lang(&self, lang: Lang) -> String {
        let args: Vec<(&str, Arg)> = self
            .args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    DetailArg::Text(text) => Arg::Text(text),
                    DetailArg::Count(n) => Arg::Count(*n),
                };
                (name.as_str(), value)
            })
            .collect();
        lang.t_with(self.msg, &args)
    }
}

impl From<Msg> for Detail {
    fn from(msg: Msg) -> Self {
        Self::new(msg)
    }
}

impl std::fmt::Display for Detail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.in_lang(Lang::En))
    }
}

/// Every catalogue, compiled in.
const CATALOGUES: [(Lang, &str); 15] = [
    (Lang::En, include_str!("../locales/en.ftl")),
    (Lang::De, include_str!("../locales/de.ftl")),
    (Lang::Fr, include_str!("../locales/fr.ftl")),
    (Lang::Es, include_str!("../locales/es.ftl")),
    (Lang::Pt, include_str!("../locales/pt.ftl")),
    (Lang::It, include_str!("../locales/it.ftl")),
    (Lang::Nl, include_str!("../locales/nl.ftl")),
    (Lang::Pl, include_str!("../locales/pl.ftl")),
    (Lang::Tr, include_str!("../locales/tr.ftl")),
    (Lang::Ru, include_str!("../locales/ru.ftl")),
    (Lang::Ja, include_str!("../locales/ja.ftl")),
    (Lang::Ko, include_str!("../locales/ko.ftl")),
    (Lang::Zh, include_str!("../locales/zh.ftl")),
    (Lang::ZhHant, include_str!("../locales/zh-Hant.ftl")),
    (Lang::He, include_str!("../locales/he.ftl")),
];

static BUNDLES: LazyLock<HashMap<Lang, FluentBundle<FluentResource>>> = LazyLock::new(|| {
    CATALOGUES
        .iter()
        .map(|&(lang, text)| {
            let id = lang.tag().parse().expect("a valid language tag");
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Amounts are isolated in the markup (`<bdi>`); Fluent's own
            // marks would end up inside accessible names.
            bundle.set_use_isolating(false);
            let resource =
                FluentResource::try_new(text.to_owned()).unwrap_or_else(|(resource, _)| resource);
            bundle.add_resource_overriding(resource);
            (lang, bundle)
        })
        .collect()
});

/// The message IDs of `locales/en.ftl`, as Rust names.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::EnumIter,
    strum::IntoStaticStr,
)]
#[strum(serialize_all = "kebab-case")]
#[serde(rename_all = "kebab-case")]
pub enum Msg {
    PageTitle,
    PageDescription,
    PriceNote,
    PriceNoteWithTax,
    PriceNoteAtCheckout,
    StalePrices,
    LoadingPlans,
    FreeTrial,
    NoPlans,
    AppFallbackName,
    SigninCompareOnly,
    SigninUnverified,
    SigninExpired,
    SigninUndated,
    CurrentPlanUnavailable,
    BillingPeriod,
    PeriodMonthly,
    PeriodYearly,
    ShowingMonthly,
    ShowingYearly,
    Country,
    ShowPrices,
    Language,
    MostPopular,
    CurrentPlan,
    ChoosePlan,
    ChooseCycle,
    Free,
    PricedOutsideWix,
    PricedByApp,
    AmountBeforeTax,
    AmountWithTax,
    PricedAtCheckout,
    AppDetails,
    SavePercent,
    SaveUpTo,
    FaqHeading,
    PerMonthUnit,
    OneTimePayment,
    BilledOnce,
    BilledMonthly,
    BilledYearly,
    BilledEveryMonths,
    BilledEveryYears,
    RegularPrice,
    SaleUntil,
    SaleBlackFriday,
    SaleCyberMonday,
    SaleNovember,
    SaleLimitedTime,
    SaleSpecialOffer,
    SaleGeneric,
    BaseFee,
    NoBaseFee,
    ChargedByUsage,
    ChargedInSteps,
    TaxIncludedVat,
    TaxExcludedVat,
    TaxIncludedGst,
    TaxExcludedGst,
    TaxIncludedVatNoRate,
    TaxExcludedVatNoRate,
    TaxIncludedGstNoRate,
    TaxExcludedGstNoRate,
    BlockedCheaperPlan,
    BlockedShorterCycle,
    ComparePlans,
    CompareAppPlans,
    ComparePlansRange,
    CompareAppPlansRange,
    Benefit,
    Included,
    NotIncluded,
    ErrorBadRequestTitle,
    ErrorBadRequestAdvice,
    ErrorForbiddenTitle,
    ErrorForbiddenAdvice,
    ErrorConflictTitle,
    ErrorConflictAdvice,
    ErrorNotFoundTitle,
    ErrorNotFoundAdvice,
    ErrorUnknownAppTitle,
    ErrorUnknownAppAdvice,
    ErrorUnavailableTitle,
    ErrorUnavailableAdvice,
    ErrorThrottledAdvice,
    ErrorFailedTitle,
    ErrorFailedAdvice,
    ErrorRefusedTitle,
    ErrorRefusedAdvice,
    ErrorShowDefault,
    ErrorTryAgain,
    ErrorReference,
    PreviewTitle,
    PreviewIntro,
    PreviewDownload,
    PreviewAsking,
    PreviewPreset,
    PreviewCountries,
    PreviewAddCountry,
    PreviewNameOrCode,
    PreviewShow,
    PreviewApp,
    PreviewPlan,
    PreviewCycle,
    PreviewPerMonth,
    PreviewPerCycle,
    PreviewOnSale,
    PreviewCheck,
    PresetDefault,
    PresetEu,
    PresetG7,
    PresetAll,
    CycleMonthly,
    CycleYearly,
    CycleOneTime,
    CycleEveryMonths,
    CycleOther,
    ErrorBadCycle,
    ErrorBadLanguage,
    ErrorBadPreset,
    ErrorBadCountry,
    ErrorBadQuery,
    ErrorNoPage,
    ErrorCheckoutIncomplete,
    ErrorCheckoutFieldTooLong,
    ErrorCheckoutUnknownApp,
    ErrorCheckoutUnknownCycle,
    ErrorCheckoutUnknownPlan,
    ErrorCheckoutPlanCycle,
    ErrorOtherApp,
    ErrorInstallerReturn,
    ErrorInstallerCannotContinue,
    BlockedCurrentPlan,
    ErrorWixTimeout,
    ErrorWixUnknownApp,
    ErrorWixFailed,
    ErrorWixDown,
    ErrorWixThrottled,
    ErrorWixRefused,
    ErrorCountryNotPriced,
    ErrorWixUntrustedCheckout,
    ErrorInternal,
    ErrorPreviewToken,
    ErrorWebhookUnsigned,
    ErrorMetricsToken,
    ErrorTooManyRequests,
    ErrorAddressTooLong,
    ErrorTooManyParameters,
    ErrorParameterTooLong,
    ErrorHeaderTooLarge,
    ErrorBadHost,
    ErrorBodyTooLarge,
    ErrorBodyCutOff,
    ErrorBodyTooSlow,
    ErrorMethodNotAllowed,
    ErrorRequestTimeout,
    ErrorRefused,
    ErrorBusy,
    PreviewAmountsFor,
    PreviewPricesByCountry,
    PreviewNoPreset,
    PreviewFailed,
    PreviewFlagMissing,
    PreviewFlagSaving,
    PreviewPages,
    PreviewPageRange,
    PreviewPrevious,
    PreviewNext,
    PreviewFlagged,
    PreviewChecks,
    PreviewNewTab,
    PreviewChosen,
    PreviewRemove,
    PreviewNotUnderstood,
    PreviewShowOnly,
    PreviewAll,
    PreviewFilter,
    PreviewFlagAbovePeers,
    PreviewFlagBelowPeers,
    PreviewFlagForeignCurrency,
    PreviewAsOf,
    PreviewFlagNoTaxLabel,
    PreviewFlagRatio,
    PreviewCountriesAsRows,
    PreviewPlansAsRows,
    PreviewSortBy,
    ErrorBadPage,
    ErrorWorkbookTooLarge,
    ErrorBadTheme,
    ErrorBadEmbed,
    ErrorBadCoupon,
    ErrorBadInstanceId,
    CouponApplied,
    ErrorCouponRejected,
    ErrorWithoutCoupon,
    FooterWix,
    BrandLogo,
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::IntoEnumIterator;

    #[test]
    fn every_catalogue_parses_and_has_exactly_the_english_ids() {
        let english: Vec<&str> = Msg::iter().map(<&'static str>::from).collect();
        for (lang, text) in CATALOGUES {
            let resource = FluentResource::try_new(text.to_owned())
                .unwrap_or_else(|(_, errors)| panic!("{lang:?}: {errors:?}"));
            let ids: Vec<&str> = resource
                .entries()
                .filter_map(|entry| match entry {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name),
                    _ => None,
                })
                .collect();
            let missing: Vec<_> = english.iter().filter(|id| !ids.contains(id)).collect();
            let extra: Vec<_> = ids.iter().filter(|id| !english.contains(id)).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{lang:?}: lacks {missing:?}, has unknown {extra:?}"
            );
            for msg in Msg::iter() {
                let mut errors = Vec::new();
                let bundle = &BUNDLES[&lang];
                let pattern = bundle.get_message(msg.into()).unwrap().value().unwrap();
                let _ = bundle.format_pattern(pattern, None, &mut errors);
            }
        }
    }

    #[test]
    fn quoted_values_are_isolated_and_cannot_reorder_the_sentence() {
        assert_eq!(isolate("ab"), "\u{2068}ab\u{2069}");
        // Overrides, embeddings, marks and isolates of its own are dropped:
        // a PDI inside would end the isolation before the value does.
        let hostile = "x\u{202e}y\u{2069}\u{202b}z\u{200f}\u{2066}";
        assert_eq!(isolate(hostile), "\u{2068}xyz\u{2069}");
        let quoted = Detail::new(Msg::ErrorBadTheme)
            .quoting("\u{202e}krad", 16)
            .in_lang(Lang::He);
        assert!(quoted.contains("\u{2068}krad\u{2069}"), "{quoted}");
        assert!(!quoted.contains('\u{202e}'));
    }

    #[test]
    fn languages_come_from_tags_and_plurals_from_cldr() {
        assert_eq!(Lang::of("de-CH"), Lang::De);
        assert_eq!(Lang::of("zh-Hans-CN"), Lang::Zh);
        assert_eq!(Lang::of("zh-CN"), Lang::Zh);
        assert_eq!(Lang::of("zh-TW"), Lang::ZhHant);
        assert_eq!(Lang::of("zh-Hant"), Lang::ZhHant);
        assert_eq!(Lang::of("zh_hk"), Lang::ZhHant);
        assert_eq!(Lang::of("zh-Hans-HK"), Lang::Zh, "the script wins");
        assert_eq!(Lang::of(Lang::ZhHant.tag()), Lang::ZhHant, "its own tag");
        assert_eq!(Lang::of("sv-SE"), Lang::En);
        assert_eq!(Lang::He.dir(), "rtl");
        let months =
            |lang: Lang, n| lang.t_with(Msg::BilledEveryMonths, &[("months", Arg::Count(n))]);
        assert_eq!(months(Lang::En, 3), "billed every 3 months");
        assert_ne!(
            months(Lang::Pl, 2),
            months(Lang::Pl, 5),
            "Polish: few and many"
        );
        assert_eq!(
            Lang::En.around(Msg::BaseFee, "fee"),
            (String::new(), " base fee per month".to_owned())
        );
    }
}
