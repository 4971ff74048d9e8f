//! The marketing preview: every (app, plan, cycle) priced in several
//! countries side by side, with what looks wrong flagged. Plain data,
//! shared by the page, its CSV and JSON exports, and the browser.

#[cfg(feature = "ssr")]
mod build;
#[cfg(feature = "ssr")]
pub use build::{Assembly, Prepared};

use crate::country::{CountryCode, COUNTRIES};
use crate::error::AppError;
use crate::i18n::{Arg, Detail, Lang, Msg};
use crate::plans::{Amount, PriceOption};
use serde::{Deserialize, Serialize};
use std::{borrow::Cow, ops::Range};

/// The markets shown when none are chosen.
pub const DEFAULT_MARKETS: [&str; 12] = [
    "US", "CA", "GB", "DE", "FR", "ES", "IT", "CH", "JP", "IN", "BR", "AU",
];

/// Named country sets for the form.
pub const PRESETS: [(&str, Msg); 4] = [
    ("default", Msg::PresetDefault),
    ("eu", Msg::PresetEu),
    ("g7", Msg::PresetG7),
    ("all", Msg::PresetAll),
];

const EU: [&str; 27] = [
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
];
const G7: [&str; 7] = ["CA", "FR", "DE", "IT", "JP", "GB", "US"];

/// The countries a preview request asks for: a preset, plus any listed
/// in `countries` (comma-separated or repeated), in the order given. A
/// country may be named by its code, its English name, or its name in
/// `names` (the page's language, as the search box offers it). An entry
/// that names no country is an error (the exports' answer).
pub fn chosen_countries(
    preset: Option<&str>,
    countries: &[String],
    names: &[(CountryCode, String)],
) -> Result<Vec<String>, AppError> {
    let Chosen { codes, unknown } = understood_countries(preset, countries, names)?;
    if let Some(entry) = unknown.first() {
        // Unknown because its code is not one: that refusal.
        CountryCode::parse_assigned(entry).map_err(AppError::BadRequest)?;
    }
    Ok(codes)
}

/// What a preview request names: the countries, and the entries that name
/// none, as typed (the page keeps them and says so).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Chosen {
    pub codes: Vec<String>,
    pub unknown: Vec<String>,
}

/// `chosen_countries`, keeping the entries that name no country apart; an
/// unknown preset is still an error.
pub fn understood_countries(
    preset: Option<&str>,
    countries: &[String],
    names: &[(CountryCode, String)],
) -> Result<Chosen, AppError> {
    let mut chosen = Chosen {
        codes: match preset.map(str::to_ascii_lowercase).as_deref() {
            None | Some("") => Vec::new(),
            Some("default") => DEFAULT_MARKETS.iter().map(|c| c.to_string()).collect(),
            Some("eu") => EU.iter().map(|c| c.to_string()).collect(),
            Some("g7") => G7.iter().map(|c| c.to_string()).collect(),
            Some("all") => COUNTRIES.iter().map(|(c, _)| c.to_string()).collect(),
            Some(other) => {
                return Err(AppError::BadRequest(
                    Detail::new(Msg::ErrorBadPreset).quoting(other, 16),
                ))
            }
        },
        unknown: Vec::new(),
    };
    let (named, unknown) = named_entries(entries(countries), names);
    for code in named {
        if !chosen.codes.iter().any(|c| c == code.as_str()) {
            chosen.codes.push(code.to_string());
        }
    }
    chosen.unknown = unknown;
    if chosen.codes.is_empty() {
        chosen.codes = DEFAULT_MARKETS.iter().map(|c| c.to_string()).collect();
    }
    Ok(chosen)
}

/// The entries of `countries` parameters: each value may list several,
/// comma-separated.
pub fn entries(countries: &[String]) -> impl Iterator<Item = &str> {
    (countries.iter().flat_map(|c| c.split(',')))
        .map(str::trim)
        .filter(|c| !c.is_empty())
}

/// The countries `entries` name, once each in the order given, and the
/// entries that name none, as typed (at most `MAX_UNKNOWN` of them).
pub fn named_entries<'a>(
    entries: impl IntoIterator<Item = &'a str>,
    names: &[(CountryCode, String)],
) -> (Vec<CountryCode>, Vec<String>) {
    let (mut named, mut unknown) = (Vec::new(), Vec::new());
    for entry in entries {
        match named_country(entry, names) {
            Some(code) if !named.contains(&code) => named.push(code),
            Some(_) => {}
            None if unknown.len() < MAX_UNKNOWN => unknown.push(entry.to_owned()),
            None => {}
        }
    }
    (named, unknown)
}

/// The country `entry` names: its code, its English name, or its name in
/// `names`, in any case.
pub fn named_country(entry: &str, names: &[(CountryCode, String)]) -> Option<CountryCode> {
    let named = |name: &str| name.to_lowercase() == entry.to_lowercase();
    let by_name = names
        .iter()
        .find(|(_, name)| named(name))
        .map(|(code, _)| code.as_str())
        .or_else(|| {
            COUNTRIES
                .iter()
                .find(|(_, name)| named(name))
                .map(|(code, _)| *code)
        });
    CountryCode::parse_assigned(by_name.unwrap_or(entry)).ok()
}

/// Entries that name no country kept for the page to repeat; the rest
/// are dropped (the address is bounded anyway).
const MAX_UNKNOWN: usize = 8;

/// Countries a page of the preview shows: the default markets fit on one.
/// Every country at once was a table of 87 MB for a large catalogue,
/// seconds to draw and a gigabyte to hold; the exports stay whole.
pub const COUNTRIES_PER_PAGE: usize = 12;
/// Countries a page shows as rows of one plan ("Pro in the EU" is one
/// list): its few cycles a country, where every plan's were too many.
pub const COUNTRIES_PER_LIST: usize = 60;

/// Countries a page shows: as rows, with the rows narrowed to a plan, a
/// list; else `COUNTRIES_PER_PAGE`.
pub fn countries_per_page(layout: Option<&str>, plan: Option<&str>) -> usize {
    let one_plan = plan.is_some_and(|plan| !plan.trim().is_empty());
    match (layout, one_plan) {
        (Some("countries"), true) => COUNTRIES_PER_LIST,
        _ => COUNTRIES_PER_PAGE,
    }
}

/// A page of the preview: which of the chosen countries it shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// From 1.
    pub number: usize,
    pub pages: usize,
    /// The countries shown, as indexes into the chosen ones.
    pub columns: Range<usize>,
    /// Countries chosen.
    pub countries: usize,
}

impl Page {
    /// Page `page` (from 1; the first when none is given) of `countries`
    /// chosen countries.
    pub fn of(countries: usize, page: Option<&str>, per_page: usize) -> Result<Self, AppError> {
        let pages = countries.div_ceil(per_page).max(1);
        let number = match page.map(str::trim) {
            None | Some("") => 1,
            Some(given) => given
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=pages).contains(n))
                .ok_or_else(|| {
                    AppError::BadRequest(
                        Detail::new(Msg::ErrorBadPage)
                            .quoting(given, 16)
                            .count("pages", pages as u64),
                    )
                })?,
        };
        let first = (number - 1) * per_page;
        Ok(Self {
            number,
            pages,
            columns: first..countries.min(first + per_page),
            countries,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PreviewView {
    /// BCP 47 tag the amounts are formatted for.
    pub locale: String,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    /// When Wix gave the oldest of the table's prices, in UTC.
    pub as_of: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Column {
    pub country: String,
    pub country_name: String,
    /// None when Wix could not be asked for this country.
    pub currency: Option<String>,
    pub tax_label: Option<String>,
    /// Wix did not answer for this country.
    pub failed: bool,
    /// The country's most likely locale (`de-CH`): its visitor view is
    /// opened in it.
    pub visitor_lang: String,
    /// What looks wrong with the whole column (a currency not its own).
    pub flag: Option<Flag>,
}

/// One (app, plan, cycle), with a cell per column, in column order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Row {
    pub app_id: String,
    pub app_name: String,
    pub vendor_id: String,
    pub plan_name: String,
    /// Checkout cycle name (`MONTHLY`, `YEARLY`, `ONE_TIME`, ...).
    pub cycle: String,
    /// Months per cycle; none for a one-time price.
    pub months: Option<u32>,
    pub cells: Vec<Cell>,
}

impl Row {
    /// The cycle in words: "Monthly", "Every 24 months", "One-time".
    pub fn cycle_words(&self, lang: Lang) -> String {
        match (self.months, self.cycle.as_str()) {
            (Some(1), _) => lang.t(Msg::CycleMonthly),
            (Some(12), _) => lang.t(Msg::CycleYearly),
            (Some(months), _) => lang.t_with(
                Msg::CycleEveryMonths,
                &[("months", Arg::Count(u64::from(months)))],
            ),
            (None, "ONE_TIME") => lang.t(Msg::CycleOneTime),
            (None, _) => lang.t(Msg::CycleOther),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Cell {
    /// The price as the visitor view of that country shows it. Boxed: a
    /// table of every country holds a cell for each, many empty.
    pub price: Option<Box<PriceOption>>,
    /// On yearly rows: the plan's yearly saving in that country.
    pub save_percent: Option<u32>,
    /// What looks wrong here. Boxed, as `price`: few cells have one.
    pub flag: Option<Box<Flag>>,
}

impl Cell {
    /// What the cell shows first, with its role in the markup: the amount
    /// a month, else the one-time price, else the usage base fee. The
    /// page, its sorting and the workbook's matrix all read it here.
    pub fn first_amount(&self) -> Option<(&'static str, &Amount)> {
        let price = self.price.as_ref()?;
        (price.per_month.as_ref().map(|a| ("per-month", a)))
            .or_else(|| price.one_time.as_ref().map(|a| ("one-time", a)))
            .or_else(|| Some(("base-fee", price.usage.as_ref()?.base_fee.as_ref()?)))
    }
}

/// What looks wrong in a cell, for the page to say in its language and
/// the exports in English.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Flag {
    /// No price here, while `others` other countries have one.
    Missing { others: u32 },
    /// A yearly saving off the median across countries; `median` is
    /// formatted for the preview's locale (it may end in .5).
    Saving { saving: u32, median: String },
    /// Wix did not answer for this country.
    NoAnswer,
    /// An amount `percent`% above or below the median of the `count`
    /// countries whose prices are in `currency`.
    Peers {
        percent: u32,
        above: bool,
        count: u32,
        currency: String,
    },
    /// A country priced in `currency`, not in its own, `own`.
    ForeignCurrency { currency: String, own: String },
    /// This plan's amount is `ratio` times `plan`'s here, and `median`
    /// times in the other countries (both formatted for the preview).
    Ratio {
        plan: String,
        ratio: String,
        median: String,
    },
    /// No tax label, while `with` of the `count` countries priced in
    /// `currency` show one.
    NoTaxLabel {
        with: u32,
        count: u32,
        currency: String,
    },
}

impl Flag {
    pub fn detail(&self) -> Detail {
        match self {
            Self::Missing { others } => {
                Detail::new(Msg::PreviewFlagMissing).count("others", u64::from(*others))
            }
            Self::Saving { saving, median } => Detail::new(Msg::PreviewFlagSaving)
                .text("saving", saving.to_string())
                .text("median", median.clone()),
            Self::NoAnswer => Detail::new(Msg::PreviewFailed),
            Self::Peers {
                percent,
                above,
                count,
                currency,
            } => Detail::new(match above {
                true => Msg::PreviewFlagAbovePeers,
                false => Msg::PreviewFlagBelowPeers,
            })
            .count("percent", u64::from(*percent))
            .count("count", u64::from(*count))
            .text("currency", currency.clone()),
            Self::Ratio {
                plan,
                ratio,
                median,
            } => Detail::new(Msg::PreviewFlagRatio)
                .text("ratio", ratio.clone())
                .text("plan", plan.clone())
                .text("median", median.clone()),
            Self::NoTaxLabel {
                with,
                count,
                currency,
            } => Detail::new(Msg::PreviewFlagNoTaxLabel)
                .count("with", u64::from(*with))
                .count("count", u64::from(*count))
                .text("currency", currency.clone()),
            Self::ForeignCurrency { currency, own } => Detail::new(Msg::PreviewFlagForeignCurrency)
                .text("currency", currency.clone())
                .text("own", own.clone()),
        }
    }
}

/// Rows narrowed to one app, plan or cycle (`?app=`, `?plan=`,
/// `?cycle=`, as the rows' `data-` attributes name them); none: all.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RowFilter {
    pub app: Option<String>,
    pub plan: Option<String>,
    pub cycle: Option<String>,
}

impl RowFilter {
    /// Empty values are no filter.
    pub fn new(app: Option<String>, plan: Option<String>, cycle: Option<String>) -> Self {
        let given = |v: Option<String>| v.filter(|v| !v.trim().is_empty());
        Self {
            app: given(app),
            plan: given(plan),
            cycle: given(cycle),
        }
    }

    pub fn matches(&self, row: &Row) -> bool {
        let is =
            |wanted: &Option<String>, value: &str| wanted.as_deref().is_none_or(|w| w == value);
        is(&self.app, &row.app_id) && is(&self.plan, &row.vendor_id) && is(&self.cycle, &row.cycle)
    }
}

/// One field of an export line, by what it holds: the CSV writes each as
/// text, the workbook text, a number, or an amount in its currency.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Field<'a> {
    Text(Option<&'a str>),
    Count(Option<u32>),
    /// An exact decimal, in the line's currency.
    Money(Option<&'a str>),
}

/// An export line's fields, in the order the CSV and the workbook give
/// them (the CSV's header row).
pub const EXPORT_FIELDS: [&str; 21] = [
    "app_id",
    "app_name",
    "vendor_id",
    "plan_name",
    "cycle",
    "cycle_name",
    "months",
    "country",
    "country_name",
    "currency",
    "tax_label",
    "per_month",
    "cycle_total",
    "one_time",
    "list_per_month",
    "list_cycle_total",
    "list_one_time",
    "sale",
    "base_fee",
    "save_percent",
    "flag",
];

/// One line of the CSV and JSON exports: a row's cell in one country,
/// with exact decimals and ISO codes, borrowed from the table.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub struct ExportLine<'a> {
    pub app_id: &'a str,
    pub app_name: &'a str,
    pub vendor_id: &'a str,
    pub plan_name: &'a str,
    pub cycle: &'a str,
    /// The cycle in words, as the page says it, in the preview's language.
    pub cycle_name: &'a str,
    /// Months per cycle, which tells apart cycles Wix checkout has no
    /// name for (`OTHER`); none for a one-time price.
    pub months: Option<u32>,
    pub country: &'a str,
    /// In the preview's language.
    pub country_name: &'a str,
    pub currency: Option<&'a str>,
    pub tax_label: Option<&'a str>,
    pub per_month: Option<&'a str>,
    pub cycle_total: Option<&'a str>,
    pub one_time: Option<&'a str>,
    /// Before the sale, while one runs.
    pub list_per_month: Option<&'a str>,
    pub list_cycle_total: Option<&'a str>,
    pub list_one_time: Option<&'a str>,
    /// The sale's name, and its last day when Wix gives it.
    pub sale: Option<String>,
    pub base_fee: Option<&'a str>,
    pub save_percent: Option<u32>,
    pub flag: Option<Cow<'a, str>>,
}

impl<'a> ExportLine<'a> {
    /// Its fields in `EXPORT_FIELDS`'s order: the one place that order
    /// is written for the exports.
    pub fn fields(&'a self) -> [Field<'a>; 21] {
        use Field::{Count, Money, Text};
        [
            Text(Some(self.app_id)),
            Text(Some(self.app_name)),
            Text(Some(self.vendor_id)),
            Text(Some(self.plan_name)),
            Text(Some(self.cycle)),
            Text(Some(self.cycle_name)),
            Count(self.months),
            Text(Some(self.country)),
            Text(Some(self.country_name)),
            Text(self.currency),
            Text(self.tax_label),
            Money(self.per_month),
            Money(self.cycle_total),
            Money(self.one_time),
            Money(self.list_per_month),
            Money(self.list_cycle_total),
            Money(self.list_one_time),
            Text(self.sale.as_deref()),
            Money(self.base_fee),
            Count(self.save_percent),
            Text(self.flag.as_deref()),
        ]
    }
}

/// What the lines of an export repeat, in words made once: each row's
/// cycle, and each column's flag (most lines of a large table carry
/// their column's).
pub struct ExportWords {
    cycles: Vec<String>,
    column_flags: Vec<Option<String>>,
}

impl PreviewView {
    pub fn export_words(&self) -> ExportWords {
        let lang = Lang::of(&self.locale);
        ExportWords {
            cycles: self.rows.iter().map(|row| row.cycle_words(lang)).collect(),
            column_flags: (self.columns.iter())
                .map(|column| {
                    (column.failed.then_some(Flag::NoAnswer))
                        .or(column.flag.clone())
                        .map(|flag| flag.detail().to_string())
                })
                .collect(),
        }
    }

    /// What the table shows of its row `row`, a line per country: the
    /// exports are written a row at a time, never held whole.
    pub fn export_lines<'a>(
        &'a self,
        words: &'a ExportWords,
        row: usize,
    ) -> impl Iterator<Item = ExportLine<'a>> {
        fn value(amount: Option<&crate::plans::Amount>) -> Option<&str> {
            amount.map(|a| a.value.as_str())
        }
        let cycle_name = &words.cycles[row];
        let row = &self.rows[row];
        row.cells
            .iter()
            .zip(&self.columns)
            .zip(&words.column_flags)
            .map(move |((cell, column), column_flag)| {
                let price = cell.price.as_ref();
                let list = price.and_then(|p| p.list.as_ref());
                ExportLine {
                    app_id: &row.app_id,
                    app_name: &row.app_name,
                    vendor_id: &row.vendor_id,
                    plan_name: &row.plan_name,
                    cycle: &row.cycle,
                    cycle_name,
                    months: row.months,
                    country: &column.country,
                    country_name: &column.country_name,
                    currency: column.currency.as_deref(),
                    tax_label: column.tax_label.as_deref(),
                    per_month: value(price.and_then(|p| p.per_month.as_ref())),
                    cycle_total: value(price.and_then(|p| p.cycle_total.as_ref())),
                    one_time: value(price.and_then(|p| p.one_time.as_ref())),
                    list_per_month: value(list.and_then(|l| l.per_month.as_ref())),
                    list_cycle_total: value(list.and_then(|l| l.cycle_total.as_ref())),
                    list_one_time: value(list.and_then(|l| l.one_time.as_ref())),
                    sale: price
                        .and_then(|p| p.sale.as_ref())
                        .map(|sale| match &sale.until {
                            Some(until) => format!("{}, until {until}", sale.name),
                            None => sale.name.clone(),
                        }),
                    base_fee: value(
                        price
                            .and_then(|p| p.usage.as_ref())
                            .and_then(|u| u.base_fee.as_ref()),
                    ),
                    save_percent: cell.save_percent,
                    flag: (cell.flag.as_ref())
                        .map(|flag| Cow::Owned(flag.detail().to_string()))
                        .or(column_flag.as_deref().map(Cow::Borrowed)),
                }
            })
    }
}
