//! Lays the visitor views of several countries side by side: rows of
//! (app, plan, cycle), a cell per country, and flags on what looks wrong.

use super::*;
use crate::country::CountryCode;
use crate::i18n::Lang;
use crate::plans::PricingView;
use icu::locale::Locale;
use rust_decimal::Decimal;

/// Rows in the order Wix lists apps, plans and prices, the first country
/// that has them deciding; cells in column order; then the flags.
/// A country Wix did not answer for is `None`.
pub fn assemble(locale: &Locale, views: &[(CountryCode, Option<PricingView>)]) -> PreviewView {
    let lang = Lang::of(&locale.to_string());
    let columns = views
        .iter()
        .map(|(country, view)| Column {
            country: country.to_string(),
            country_name: crate::names::country(lang, *country),
            currency: view.as_ref().map(|v| v.currency.clone()),
            tax_label: view.as_ref().and_then(|v| v.tax_label.clone()),
            failed: view.is_none(),
        })
        .collect();
    let mut rows: Vec<Row> = Vec::new();
    for (index, (_, view)) in views.iter().enumerate() {
        let Some(view) = view else { continue };
        for app in &view.apps {
            for plan in &app.plans {
                for price in &plan.offer.prices {
                    let cycle = price
                        .checkout_cycle
                        .clone()
                        .unwrap_or_else(|| "OTHER".to_owned());
                    let position = rows.iter().position(|r| {
                        r.app_id == app.id && r.vendor_id == plan.vendor_id && r.cycle == cycle
                    });
                    let row = match position {
                        Some(i) => &mut rows[i],
                        None => {
                            rows.push(Row {
                                app_id: app.id.clone(),
                                app_name: app.name.clone(),
                                vendor_id: plan.vendor_id.clone(),
                                plan_name: plan.name.clone(),
                                cycle: cycle.clone(),
                                months: price.months,
                                cells: vec![Cell::default(); views.len()],
                            });
                            rows.last_mut().expect("just pushed")
                        }
                    };
                    row.cells[index] = Cell {
                        price: Some(price.clone()),
                        save_percent: plan.offer.save_percent.filter(|_| cycle == "YEARLY"),
                        flag: None,
                    };
                }
            }
        }
    }
    let answered: Vec<bool> = views.iter().map(|(_, v)| v.is_some()).collect();
    for row in &mut rows {
        flag_row(row, &answered, locale);
    }
    PreviewView {
        locale: locale.to_string(),
        columns,
        rows,
    }
}

/// Flags a price missing where other countries have it, and a yearly
/// saving more than a point away from the median across countries.
fn flag_row(row: &mut Row, answered: &[bool], locale: &Locale) {
    let priced = row.cells.iter().filter(|c| c.price.is_some()).count();
    let mut savings: Vec<u32> = row.cells.iter().filter_map(|c| c.save_percent).collect();
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
            cell.flag = Some(Flag::Missing {
                others: u32::try_from(priced).unwrap_or(u32::MAX),
            });
        } else if let (Some(saving), Some(twice)) = (cell.save_percent, twice_median) {
            if (2 * saving).abs_diff(twice) > 2 {
                let median = (Decimal::from(twice) / Decimal::TWO).normalize();
                cell.flag = Some(Flag::Saving {
                    saving,
                    median: crate::format::number(locale, median),
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(save: Option<u32>) -> Cell {
        Cell {
            price: Some(PriceOption::default()),
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
        flag_row(&mut r, &[true; 5], &en);
        let flags: Vec<Option<String>> = r
            .cells
            .iter()
            .map(|c| c.flag.as_ref().map(|f| f.detail().to_string()))
            .collect();
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
        flag_row(&mut r, &[true, true, false], &"de-DE".parse().unwrap());
        assert_eq!(
            r.cells[0].flag,
            Some(Flag::Saving {
                saving: 10,
                median: "11,5".into()
            })
        );
        assert_eq!(r.cells[2].flag, None);
    }
}
