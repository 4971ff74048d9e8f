//! Lays the visitor views of several countries side by side: rows of
//! (app, plan, cycle), a cell per country, and flags on what looks wrong.

use super::*;
use crate::country::CountryCode;
use crate::i18n::Lang;
use crate::plans::{PriceOption, PricingView};
use icu::locale::Locale;
use rust_decimal::{prelude::ToPrimitive, Decimal};
use std::collections::HashMap;
use std::ops::Range;

/// The preview being laid out, a country at a time: each country's view
/// is folded into the rows as it arrives and not kept, so that laying out
/// every country holds one table, not every country's page. Only the
/// columns in `keep` are kept whole; of the others, what the flags need.
pub struct Assembly {
    locale: Locale,
    lang: Lang,
    keep: Range<usize>,
    /// Countries pushed so far, kept or not.
    pushed: usize,
    columns: Vec<Column>,
    rows: Vec<Row>,
    /// What every country, kept or not, says of each row.
    across: Vec<Across>,
    /// Where each (app, plan, cycle, months) row is, by `key`.
    index: HashMap<Vec<u8>, usize>,
    /// The currencies met so far; `Across::amounts` holds their indexes.
    currencies: Vec<String>,
    /// Each kept column's currency, as an index into `currencies`.
    column_currencies: Vec<Option<usize>>,
    /// Per currency: the countries priced in it that show a tax label,
    /// and all of them.
    taxed: Vec<(u32, u32)>,
    /// When Wix gave the oldest prices of the table.
    oldest_ms: Option<u64>,
}

/// A row across every country: what its flags compare a cell with.
#[derive(Debug, Default)]
struct Across {
    /// The last country counted, from 1: a price seen twice in one
    /// country is counted once, the later one showing as before.
    last: usize,
    /// Countries with a price.
    priced: u32,
    /// Their yearly savings, where the row is yearly.
    savings: Vec<u32>,
    /// Their amounts a month, by currency (an index into
    /// `Assembly::currencies`).
    amounts: Vec<(usize, Decimal)>,
    /// Their amounts a month as shown, by country (its place among those
    /// pushed, from 1), in the order pushed: sorted by country.
    by_country: Vec<(u32, Decimal)>,
}

/// The row cycle of a price Wix checkout has no cycle for.
const OTHER_CYCLE: &str = "OTHER";

/// A country's view made ready to lay into the table: what
/// `Assembly::push` does that needs no other country, done where the
/// country is priced (on every core) so that the one task laying the
/// table out only finds each price's row.
pub struct Prepared {
    currency: Option<String>,
    tax_label: Option<String>,
    /// Each app's ID and name.
    apps: Vec<(String, String)>,
    plans: Vec<PreparedPlan>,
    prices: Vec<PreparedPrice>,
}

struct PreparedPlan {
    /// Its app, in `Prepared::apps`.
    app: usize,
    vendor_id: String,
    name: String,
}

struct PreparedPrice {
    /// Its plan, in `Prepared::plans`.
    plan: usize,
    /// Its row's `row_key`.
    key: Vec<u8>,
    /// The plan's yearly saving, on a yearly price.
    save_percent: Option<u32>,
    /// Its amount a month, exact as shown.
    month: Option<Decimal>,
    option: Box<PriceOption>,
}

impl Prepared {
    pub fn new(view: PricingView) -> Self {
        let (mut apps, mut plans, mut prices) = (Vec::new(), Vec::new(), Vec::new());
        for app in view.apps {
            for plan in app.plans {
                for option in plan.offer.prices {
                    // Months too: Wix checkout names no 2-, 3- or 6-month
                    // cycle, and those prices are rows of their own.
                    let cycle = option.checkout_cycle.as_deref().unwrap_or(OTHER_CYCLE);
                    prices.push(PreparedPrice {
                        plan: plans.len(),
                        key: row_key([&app.id, &plan.vendor_id, cycle], option.months),
                        save_percent: plan.offer.save_percent.filter(|_| cycle == "YEARLY"),
                        month: (option.per_month.as_ref()).and_then(|a| a.value.parse().ok()),
                        option: Box::new(option),
                    });
                }
                plans.push(PreparedPlan {
                    app: apps.len(),
                    vendor_id: plan.vendor_id,
                    name: plan.name,
                });
            }
            apps.push((app.id, app.name));
        }
        Self {
            currency: view.currency,
            tax_label: view.tax_label,
            apps,
            plans,
            prices,
        }
    }
}

impl Assembly {
    /// The columns `keep` of the countries to come (the whole table, or
    /// one page of it), amounts formatted for `locale`.
    pub fn new(locale: &Locale, keep: Range<usize>) -> Self {
        Self {
            lang: Lang::of(&locale.to_string()),
            locale: locale.clone(),
            columns: Vec::with_capacity(keep.len()),
            keep,
            pushed: 0,
            rows: Vec::new(),
            across: Vec::new(),
            index: HashMap::new(),
            currencies: Vec::new(),
            column_currencies: Vec::new(),
            taxed: Vec::new(),
            oldest_ms: None,
        }
    }

    /// The next column: `country`, and its prices (`None` when Wix did
    /// not answer for it) with when Wix gave them. Rows follow the order
    /// Wix lists apps, plans and prices, the first country that has them
    /// deciding.
    pub fn push(
        &mut self,
        country: CountryCode,
        prepared: Option<Prepared>,
        fetched_ms: Option<u64>,
    ) {
        // Where this country's cells go, when it is kept.
        let column = self
            .keep
            .contains(&self.pushed)
            .then(|| self.pushed - self.keep.start);
        self.pushed += 1;
        if column.is_some() {
            self.oldest_ms = match (self.oldest_ms, fetched_ms) {
                (Some(oldest), Some(fetched)) => Some(oldest.min(fetched)),
                (oldest, fetched) => oldest.or(fetched),
            };
        }
        let currency = prepared
            .as_ref()
            .and_then(|p| p.currency.as_deref())
            .map(
                |code| match self.currencies.iter().position(|c| c == code) {
                    Some(index) => index,
                    None => {
                        self.currencies.push(code.to_owned());
                        self.taxed.push((0, 0));
                        self.currencies.len() - 1
                    }
                },
            );
        if let Some(taxed) = currency.map(|c| &mut self.taxed[c]) {
            taxed.0 += u32::from(prepared.as_ref().is_some_and(|p| p.tax_label.is_some()));
            taxed.1 += 1;
        }
        if column.is_some() {
            self.column_currencies.push(currency);
            let flag = prepared
                .as_ref()
                .and_then(|p| p.currency.as_deref())
                .and_then(|priced| foreign_currency(country, priced));
            self.columns.push(Column {
                country: country.to_string(),
                country_name: crate::names::country(self.lang, country),
                currency: prepared.as_ref().and_then(|p| p.currency.clone()),
                tax_label: prepared.as_ref().and_then(|p| p.tax_label.clone()),
                failed: prepared.is_none(),
                visitor_lang: crate::format::negotiate_locale(None, None, country)
                    .map(|locale| locale.to_string())
                    .unwrap_or_default(),
                flag,
            });
        }
        let Some(prepared) = prepared else { return };
        for price in prepared.prices {
            let row = match self.index.get(&price.key) {
                Some(&row) => row,
                None => {
                    let plan = &prepared.plans[price.plan];
                    let (app_id, app_name) = &prepared.apps[plan.app];
                    self.rows.push(Row {
                        app_id: app_id.clone(),
                        app_name: app_name.clone(),
                        vendor_id: plan.vendor_id.clone(),
                        plan_name: plan.name.clone(),
                        cycle: (price.option.checkout_cycle.clone())
                            .unwrap_or_else(|| OTHER_CYCLE.to_owned()),
                        months: price.option.months,
                        cells: vec![Cell::default(); self.keep.len()],
                    });
                    self.across.push(Across::default());
                    self.index.insert(price.key, self.rows.len() - 1);
                    self.rows.len() - 1
                }
            };
            let (across, row) = (&mut self.across[row], &mut self.rows[row]);
            let country = self.pushed as u32;
            if across.last != self.pushed {
                across.last = self.pushed;
                across.priced += 1;
                across.savings.extend(price.save_percent);
                if let (Some(currency), Some(month)) = (currency, price.month) {
                    across.amounts.push((currency, month));
                }
            }
            // The amount shown: the later of two prices in one country.
            if across.by_country.last().is_some_and(|&(c, _)| c == country) {
                across.by_country.pop();
            }
            if let Some(month) = price.month {
                across.by_country.push((country, month));
            }
            if let Some(column) = column {
                row.cells[column] = Cell {
                    save_percent: price.save_percent,
                    price: Some(price.option),
                    flag: None,
                };
            }
        }
    }

    /// The table, with its flags.
    pub fn finish(mut self) -> PreviewView {
        for (column, currency) in self.columns.iter_mut().zip(&self.column_currencies) {
            if let (None, None, Some(currency)) = (&column.flag, &column.tax_label, currency) {
                column.flag = no_tax_label(self.taxed[*currency], &self.currencies[*currency]);
            }
        }
        let answered: Vec<bool> = self.columns.iter().map(|c| !c.failed).collect();
        let mut by_country = Vec::with_capacity(self.rows.len());
        for (row, mut across) in self.rows.iter_mut().zip(self.across) {
            let amounts = std::mem::take(&mut across.amounts);
            by_country.push(std::mem::take(&mut across.by_country));
            flag_row(row, across, &answered, &self.locale);
            let shown = Shown {
                months: by_country.last().map(Vec::as_slice).unwrap_or_default(),
                first_kept: self.keep.start,
                currencies: &self.column_currencies,
            };
            flag_peers(row, amounts, shown, &self.currencies);
        }
        flag_ratios(&mut self.rows, &by_country, self.keep.start, &self.locale);
        PreviewView {
            locale: self.locale.to_string(),
            columns: self.columns,
            rows: self.rows,
            as_of: self.oldest_ms.and_then(utc_minute),
        }
    }
}

/// `2026-12-06 20:41`: a time in UTC to the minute, the same in every
/// language.
fn utc_minute(unix_ms: u64) -> Option<String> {
    let at = time::OffsetDateTime::from_unix_timestamp(i64::try_from(unix_ms / 1000).ok()?).ok()?;
    Some(format!(
        "{}-{:02}-{:02} {:02}:{:02}",
        at.year(),
        u8::from(at.month()),
        at.day(),
        at.hour(),
        at.minute()
    ))
}

/// A row's key: each ID prefixed by its length, so that no choice of IDs
/// makes two keys equal. Bytes, not text: a key is made for every price
/// of every country.
fn row_key(ids: [&str; 3], months: Option<u32>) -> Vec<u8> {
    const LENGTH: usize = std::mem::size_of::<usize>();
    let ids_bytes: usize = ids.iter().map(|id| LENGTH + id.len()).sum();
    let mut out = Vec::with_capacity(ids_bytes + std::mem::size_of::<u32>());
    for id in ids {
        out.extend_from_slice(&id.len().to_le_bytes());
        out.extend_from_slice(id.as_bytes());
    }
    match months {
        Some(months) => out.extend_from_slice(&months.to_le_bytes()),
        None => out.push(0xff),
    }
    out
}

/// Flags a price missing where other countries have it, and a yearly
/// saving more than a point away from the median across countries.
fn flag_row(row: &mut Row, across: Across, answered: &[bool], locale: &Locale) {
    let Across {
        priced,
        mut savings,
        ..
    } = across;
    savings.sort_unstable();
    // Twice the median, to stay in integers for an even count.
    let twice_median = match savings.len() {
        0 => None,
        n if n % 2 == 1 => Some(2 * savings[n / 2]),
        n => Some(savings[n / 2 - 1] + savings[n / 2]),
    };
    for (cell, answered) in row.cells.iter_mut().zip(answered) {
        if !answered {
            continue;
        }
        if cell.price.is_none() {
            cell.flag = Some(Box::new(Flag::Missing { others: priced }));
        } else if let (Some(saving), Some(twice)) = (cell.save_percent, twice_median) {
            if (2 * saving).abs_diff(twice) > 2 {
                let median = (Decimal::from(twice) / Decimal::TWO).normalize();
                cell.flag = Some(Box::new(Flag::Saving {
                    saving,
                    median: crate::format::number(locale, median),
                }));
            }
        }
    }
}

/// How far from its peers' median an amount a month may be before it is
/// flagged: prices with VAT differ by the rates (at most ~9% across the
/// euro area), a typo by far more.
const PEER_TOLERANCE: Decimal = Decimal::from_parts(3, 0, 0, false, 1);
/// Peers needed for a median worth comparing with.
const MIN_PEERS: usize = 3;

/// The median of `sorted`, which is not empty.
fn median(sorted: &[Decimal]) -> Decimal {
    let n = sorted.len();
    match n % 2 {
        1 => sorted[n / 2],
        _ => (sorted[n / 2 - 1] + sorted[n / 2]) / Decimal::TWO,
    }
}

/// Flags an amount a month far from the median of the countries priced
/// in the same currency (`PEER_TOLERANCE`, `MIN_PEERS`): a typo in one
/// country's price. A cell flagged already keeps its flag.
fn flag_peers(
    row: &mut Row,
    mut amounts: Vec<(usize, Decimal)>,
    shown: Shown,
    currencies: &[String],
) {
    amounts.sort_unstable();
    let medians: HashMap<usize, (Decimal, usize)> = amounts
        .chunk_by(|a, b| a.0 == b.0)
        .filter(|peers| peers.len() >= MIN_PEERS)
        .map(|peers| {
            let amounts: Vec<Decimal> = peers.iter().map(|(_, amount)| *amount).collect();
            (peers[0].0, (median(&amounts), peers.len()))
        })
        .collect();
    for (column, cell) in row.cells.iter_mut().enumerate() {
        if cell.flag.is_some() || cell.price.is_none() {
            continue;
        }
        let (Some(month), Some(currency)) = (shown.month(column), shown.currencies[column]) else {
            continue;
        };
        let Some(&(median, count)) = medians.get(&currency).filter(|(m, _)| !m.is_zero()) else {
            continue;
        };
        let off = (month - median) / median;
        if off.abs() > PEER_TOLERANCE {
            let percent = (off.abs() * Decimal::ONE_HUNDRED).round();
            cell.flag = Some(Box::new(Flag::Peers {
                percent: percent.to_u32().unwrap_or(u32::MAX),
                above: off.is_sign_positive(),
                count: count as u32,
                currency: currencies[currency].clone(),
            }));
        }
    }
}

/// What a row's kept cells show, read without opening each cell's price
/// (a cache miss each, a table of every country being ~270,000 cells).
struct Shown<'a> {
    /// The row's amounts a month, by country (`Across::by_country`).
    months: &'a [(u32, Decimal)],
    /// The place among the countries pushed of the first column kept.
    first_kept: usize,
    /// Each kept column's currency.
    currencies: &'a [Option<usize>],
}

impl Shown<'_> {
    fn month(&self, column: usize) -> Option<Decimal> {
        of_country(self.months, country_of(self.first_kept, column))
    }
}

/// The country (its place among those pushed, from 1) of a kept column.
fn country_of(first_kept: usize, column: usize) -> u32 {
    (first_kept + column + 1) as u32
}

/// `country`'s figure in `by_country`, which is sorted by country.
fn of_country(by_country: &[(u32, Decimal)], country: u32) -> Option<Decimal> {
    let at = by_country
        .binary_search_by_key(&country, |&(c, _)| c)
        .ok()?;
    Some(by_country[at].1)
}

/// Flags a plan whose amount a month, as a multiple of its app's first
/// plan of the same cycle (one priced in `MIN_PEERS` countries), is far
/// (`PEER_TOLERANCE`) from that multiple's median across the countries: a
/// typo in a country whose currency no other shares. A cell flagged
/// already keeps its flag.
fn flag_ratios(
    rows: &mut [Row],
    by_country: &[Vec<(u32, Decimal)>],
    first_kept: usize,
    locale: &Locale,
) {
    let priced = |r: usize| by_country[r].iter().filter(|(_, a)| !a.is_zero()).count() >= MIN_PEERS;
    let mut bases: HashMap<(String, String, Option<u32>), usize> = HashMap::new();
    for r in 0..rows.len() {
        let key = (
            rows[r].app_id.clone(),
            rows[r].cycle.clone(),
            rows[r].months,
        );
        let base = match bases.get(&key) {
            Some(&base) => base,
            None => {
                if priced(r) {
                    bases.insert(key, r);
                }
                continue;
            }
        };
        // By country, as `by_country`.
        let ratios: Vec<(u32, Decimal)> = (by_country[r].iter())
            .filter_map(|&(country, month)| {
                let base = of_country(&by_country[base], country).filter(|a| !a.is_zero())?;
                Some((country, month / base))
            })
            .collect();
        if ratios.len() < MIN_PEERS {
            continue;
        }
        let mut sorted: Vec<Decimal> = ratios.iter().map(|&(_, ratio)| ratio).collect();
        sorted.sort_unstable();
        let median = median(&sorted);
        if median.is_zero() {
            continue;
        }
        let base_name = rows[base].plan_name.clone();
        for (column, cell) in rows[r].cells.iter_mut().enumerate() {
            let ratio = of_country(&ratios, country_of(first_kept, column));
            let Some(ratio) = ratio.filter(|_| cell.flag.is_none()) else {
                continue;
            };
            if ((ratio - median) / median).abs() > PEER_TOLERANCE {
                cell.flag = Some(Box::new(Flag::Ratio {
                    plan: base_name.clone(),
                    ratio: crate::format::number(locale, ratio.round_dp(2).normalize()),
                    median: crate::format::number(locale, median.round_dp(2).normalize()),
                }));
            }
        }
    }
}

/// The flag of a country that shows no tax label where most of the
/// countries priced in `currency` (`taxed`: with a label, in all; two at
/// least) show one: a label left out of the app's pricing in Wix.
fn no_tax_label((with, count): (u32, u32), currency: &str) -> Option<Flag> {
    (with >= 2 && 2 * with > count).then(|| Flag::NoTaxLabel {
        with,
        count,
        currency: currency.to_owned(),
    })
}

/// The flag of a country Wix priced in `priced`, not in a currency ISO
/// 4217 gives it (superseded ones count: a country that just changed may
/// still be priced in its old one). Wix prices in US dollars where it does
/// not sell in the local currency.
fn foreign_currency(country: CountryCode, priced: &str) -> Option<Flag> {
    let country: iso_currency::Country = country.as_str().parse().ok()?;
    let own = iso_currency::Currency::from_country(country);
    if own.iter().any(|c| c.code() == priced) {
        return None;
    }
    let current = own.iter().find(|c| c.flags().is_empty()).or(own.first())?;
    Some(Flag::ForeignCurrency {
        currency: priced.to_owned(),
        own: current.code().to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(save: Option<u32>) -> Cell {
        Cell {
            price: Some(Box::default()),
            save_percent: save,
            flag: None,
        }
    }

    fn row(cells: Vec<Cell>) -> Row {
        Row {
            app_id: "a".into(),
            app_name: "A".into(),
            vendor_id: "pro".into(),
            plan_name: "Pro".into(),
            cycle: "YEARLY".into(),
            months: Some(12),
            cells,
        }
    }

    /// What the row's own cells say, as when the table is the whole.
    fn across(row: &Row) -> Across {
        Across {
            last: 0,
            priced: row.cells.iter().filter(|c| c.price.is_some()).count() as u32,
            savings: row.cells.iter().filter_map(|c| c.save_percent).collect(),
            amounts: Vec::new(),
            by_country: Vec::new(),
        }
    }

    /// Each cell's flag, in English.
    fn flag_texts(row: &Row) -> Vec<Option<String>> {
        (row.cells.iter())
            .map(|c| c.flag.as_ref().map(|f| f.detail().to_string()))
            .collect()
    }

    fn monthly(value: &str) -> Cell {
        let amount = crate::plans::Amount {
            value: value.into(),
            text: value.into(),
            currency: "EUR".into(),
        };
        Cell {
            price: Some(Box::new(PriceOption {
                per_month: Some(amount),
                ..PriceOption::default()
            })),
            save_percent: None,
            flag: None,
        }
    }

    #[test]
    fn flags_an_amount_far_from_its_currency_peers() {
        // Four euro countries (one a typo), one in dollars.
        let values = ["9.85", "10.20", "98.50", "9.60", "12.00"];
        let mut r = row(values.map(monthly).to_vec());
        let columns = [Some(0), Some(0), Some(0), Some(0), Some(1)];
        let amounts = values
            .iter()
            .zip(columns)
            .map(|(v, c)| (c.unwrap(), v.parse().unwrap()))
            .collect();
        let months: Vec<_> = (values.iter().enumerate())
            .map(|(i, v)| (i as u32 + 1, v.parse().unwrap()))
            .collect();
        let shown = Shown {
            months: &months,
            first_kept: 0,
            currencies: &columns,
        };
        flag_peers(&mut r, amounts, shown, &["EUR".into(), "USD".into()]);
        let flags = flag_texts(&r);
        // The median of 9.60, 9.85, 10.20 and 98.50 is 10.025.
        assert_eq!(
            flags,
            [
                None,
                None,
                Some("883% above the median of the 4 countries priced in EUR.".into()),
                None,
                // Alone in its currency: nothing to compare with.
                None,
            ]
        );
    }

    #[test]
    fn flags_a_plan_whose_multiple_of_its_apps_first_plan_is_off() {
        // Starter, then Pro: twice Starter's price in four countries, ten
        // times in the fifth (a typo), and nothing in the sixth.
        let starter = [5, 6, 700, 4, 5, 5].map(Decimal::from);
        let pro = [10, 12, 7000, 8, 10].map(Decimal::from);
        let row_of = |name: &str, cells: usize| Row {
            plan_name: name.into(),
            vendor_id: name.to_lowercase(),
            cycle: "MONTHLY".into(),
            months: Some(1),
            ..row(vec![Cell::default(); cells])
        };
        let mut rows = vec![row_of("Starter", 6), row_of("Pro", 6)];
        let countries = |amounts: &[Decimal]| {
            (amounts.iter().enumerate())
                .map(|(i, a)| (i as u32 + 1, *a))
                .collect::<Vec<_>>()
        };
        let mut pro_everywhere = pro.to_vec();
        pro_everywhere[2] = Decimal::from(14_000);
        let by_country = [countries(&starter), countries(&pro_everywhere)];
        flag_ratios(&mut rows, &by_country, 0, &"en-US".parse().unwrap());
        let flags = flag_texts(&rows[1]);
        assert_eq!(
            flags,
            [
                None,
                None,
                Some("20 times Starter here, while the other countries' median is 2 times.".into()),
                None,
                None,
                None,
            ]
        );
        assert!(rows[0].cells.iter().all(|c| c.flag.is_none()));
    }

    #[test]
    fn flags_a_tax_label_missing_where_most_of_its_currency_show_one() {
        let flag = |taxed| no_tax_label(taxed, "EUR").map(|f| f.detail().to_string());
        assert_eq!(
            flag((6, 7)).as_deref(),
            Some("No tax label, while 6 of the 7 countries priced in EUR show one.")
        );
        assert!(flag((3, 4)).is_some());
        // Half, or one alone, is no majority to go by.
        assert_eq!(flag((2, 4)), None);
        assert_eq!(flag((1, 1)), None);
        assert_eq!(flag((0, 5)), None);
    }

    #[test]
    fn flags_a_country_priced_in_a_currency_not_its_own() {
        let flag = |country: &str, priced: &str| {
            foreign_currency(country.parse().unwrap(), priced).map(|f| f.detail().to_string())
        };
        assert_eq!(
            flag("BE", "USD").as_deref(),
            Some("Priced in USD, not in this country's own EUR: Wix does so where it does not sell in the local currency.")
        );
        assert_eq!(flag("US", "USD"), None);
        assert_eq!(flag("DE", "EUR"), None);
        // Croatia's kuna is superseded, and still its own.
        assert_eq!(flag("HR", "HRK"), None);
        assert_eq!(flag("JP", "JPY"), None);
        assert_eq!(flag("KW", "KWD"), None);
        // No currency of its own: nothing to say.
        assert_eq!(flag("AQ", "USD"), None);
    }

    #[test]
    fn flags_savings_off_the_median_and_missing_prices() {
        let mut r = row(vec![
            cell(Some(16)),
            cell(Some(17)),
            cell(Some(16)),
            cell(Some(12)),
            Cell::default(),
        ]);
        let en: Locale = "en-US".parse().unwrap();
        let all = across(&r);
        flag_row(&mut r, all, &[true; 5], &en);
        let flags = flag_texts(&r);
        assert_eq!(
            flags[..3],
            [None, None, None],
            "one point from the median of 16 is fine"
        );
        assert_eq!(
            flags[3].as_deref(),
            Some("Saves 12%, while the median saving is 16%.")
        );
        assert_eq!(
            flags[4].as_deref(),
            Some("No price here, while 4 other countries have one.")
        );

        // An even count: the median is halfway, written for the locale; a
        // failed column is not flagged.
        let mut r = row(vec![cell(Some(10)), cell(Some(13)), Cell::default()]);
        let all = across(&r);
        flag_row(&mut r, all, &[true, true, false], &"de-DE".parse().unwrap());
        assert_eq!(
            r.cells[0].flag,
            Some(Box::new(Flag::Saving {
                saving: 10,
                median: "11,5".into()
            }))
        );
        assert_eq!(r.cells[2].flag, None);

        // A page of the table: its cells are judged against every country.
        let mut r = row(vec![cell(Some(17)), Cell::default()]);
        let everywhere = Across {
            last: 9,
            priced: 5,
            savings: vec![12, 12, 17, 12, 12],
            amounts: Vec::new(),
            by_country: Vec::new(),
        };
        flag_row(&mut r, everywhere, &[true, true], &en);
        assert_eq!(
            r.cells[0].flag,
            Some(Box::new(Flag::Saving {
                saving: 17,
                median: "12".into()
            }))
        );
        assert_eq!(r.cells[1].flag, Some(Box::new(Flag::Missing { others: 5 })));
    }
}
