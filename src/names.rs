//! Countries and languages named in the page's language, from CLDR through
//! ICU4X, in that language's alphabetical order (its collation): what the
//! country and language selectors list.

use crate::country::{CountryCode, COUNTRIES};
use crate::i18n::Lang;
use icu::casemap::{options::TitlecaseOptions, TitlecaseMapper};
use icu::collator::{options::CollatorOptions, Collator};
use icu::locale::Locale;
use icu_experimental::displaynames::multi::{LocaleDisplayNamesFormatter, RegionDisplayNames};
use std::{collections::HashMap, sync::LazyLock};
use strum::IntoEnumIterator;

/// One language's lists, made once for every language at first use.
struct Lists {
    countries: Vec<(CountryCode, String)>,
    languages: Vec<(Lang, String)>,
}

static LISTS: LazyLock<HashMap<Lang, Lists>> =
    LazyLock::new(|| Lang::iter().map(|lang| (lang, lists(lang))).collect());

/// Every country ISO 3166-1 assigns, named in `lang`, in `lang`'s order.
pub fn countries(lang: Lang) -> &'static [(CountryCode, String)] {
    &LISTS[&lang].countries
}

/// The country's name in `lang`.
pub fn country(lang: Lang, code: CountryCode) -> String {
    countries(lang)
        .iter()
        .find(|(c, _)| *c == code)
        .map_or_else(|| code.to_string(), |(_, name)| name.clone())
}

/// Every language the page is written in, each named in itself (as a
/// visitor looks for their own), in `lang`'s order.
pub fn languages(lang: Lang) -> &'static [(Lang, String)] {
    &LISTS[&lang].languages
}

fn locale(lang: Lang) -> Locale {
    lang.tag().parse().expect("Lang tags are valid BCP 47")
}

fn lists(lang: Lang) -> Lists {
    let locale = locale(lang);
    let collator = Collator::try_new((&locale).into(), CollatorOptions::default())
        .or_else(|_| Collator::try_new(Default::default(), CollatorOptions::default()))
        .expect("compiled data has the root collation");
    let regions = RegionDisplayNames::try_new((&locale).into(), Default::default()).ok();
    let mut countries: Vec<(CountryCode, String)> = COUNTRIES
        .iter()
        .filter_map(|(code, english)| {
            let code: CountryCode = code.parse().ok()?;
            let cldr = regions
                .as_ref()
                .and_then(|names| names.of(code.as_str().parse().ok()?));
            Some((code, cldr.unwrap_or(english).to_owned()))
        })
        .collect();
    countries.sort_by(|(_, a), (_, b)| collator.compare(a, b));
    let mut languages: Vec<(Lang, String)> =
        Lang::iter().map(|other| (other, endonym(other))).collect();
    languages.sort_by(|(_, a), (_, b)| collator.compare(a, b));
    Lists {
        countries,
        languages,
    }
}

/// `lang`'s name in itself, capitalised as CLDR asks for a menu item
/// ("Français", not "français"); its script too where the language is
/// written in two ("中文（简体）", "中文（繁體）").
fn endonym(lang: Lang) -> String {
    let locale = locale(lang);
    let name = LocaleDisplayNamesFormatter::try_new((&locale).into(), Default::default())
        .map_or_else(
            |_| lang.tag().to_owned(),
            |names| names.of(&locale).into_owned(),
        );
    TitlecaseMapper::new()
        .titlecase_segment_to_string(&name, &locale.id, TitlecaseOptions::default())
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(s: &str) -> CountryCode {
        s.parse().unwrap()
    }

    #[test]
    fn countries_are_named_and_sorted_in_the_pages_language() {
        assert_eq!(country(Lang::De, code("DE")), "Deutschland");
        assert_eq!(country(Lang::Ja, code("JP")), "日本");
        assert_eq!(country(Lang::He, code("IL")), "ישראל");
        assert_eq!(country(Lang::En, code("US")), "United States");
        for lang in Lang::iter() {
            assert_eq!(countries(lang).len(), COUNTRIES.len(), "{lang:?}");
        }
        let position = |lang, name: &str| {
            countries(lang)
                .iter()
                .position(|(_, n)| n == name)
                .unwrap_or_else(|| panic!("{name} in {lang:?}"))
        };
        // German collation puts Ö with O, not after Z as code points do.
        assert!(position(Lang::De, "Österreich") < position(Lang::De, "Polen"));
        // Swedish-style Å is with A in English too ("Åland Islands").
        assert!(position(Lang::En, "Åland Islands") < position(Lang::En, "Albania"));
        // Turkish dotless and dotted I are different letters.
        assert!(position(Lang::Tr, "Irak") < position(Lang::Tr, "İran"));
    }

    #[test]
    fn languages_are_named_in_themselves() {
        let names: HashMap<Lang, String> = languages(Lang::En).iter().cloned().collect();
        assert_eq!(names[&Lang::De], "Deutsch");
        assert_eq!(names[&Lang::Fr], "Français", "capitalised for a menu");
        assert_eq!(names[&Lang::Ja], "日本語");
        assert_eq!(names[&Lang::He], "עברית");
        assert_ne!(names[&Lang::Zh], names[&Lang::ZhHant], "{names:?}");
        assert_eq!(languages(Lang::En).len(), Lang::iter().count());
        assert_eq!(
            languages(Lang::En).first().map(|(l, _)| *l),
            Some(Lang::De),
            "Deutsch first among Latin-script names in English order"
        );
    }
}
