//! The preview as a workbook (`/preview.xlsx`), written by
//! rust_xlsxwriter: a "Matrix" sheet as the page lays it out and a "Rows"
//! sheet with the CSV's lines. Amounts go in as `Decimal` (Excel stores
//! them as its own numbers), each in its currency's format.

use crate::i18n::Lang;
use crate::preview::{ExportLine, Field, PreviewView, EXPORT_FIELDS};
use rust_decimal::Decimal;
use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};
use std::collections::HashMap;

pub const MEDIA_TYPE: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// The workbook's bytes.
pub fn workbook(view: &PreviewView) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let mut formats = Formats::default();
    matrix(book.add_worksheet(), view, &mut formats)?;
    lines(book.add_worksheet(), view, &mut formats)?;
    book.save_to_buffer()
}

/// Number formats made once per (currency, decimals): `#,##0.00 "EUR"`.
#[derive(Default)]
struct Formats {
    money: HashMap<(String, u32), Format>,
}

impl Formats {
    fn money(&mut self, currency: Option<&str>, places: u32) -> &Format {
        let key = (currency.unwrap_or_default().to_owned(), places);
        self.money.entry(key).or_insert_with(|| {
            let fraction = match places {
                0 => String::new(),
                n => format!(".{}", "0".repeat(n as usize)),
            };
            let unit = currency.map(|c| format!(" \"{c}\"")).unwrap_or_default();
            Format::new().set_num_format(format!("#,##0{fraction}{unit}"))
        })
    }
}

/// A decimal string of Wix's, exact, with the places it was given.
fn exact(value: &str) -> Option<Decimal> {
    value.parse().ok()
}

fn header(sheet: &mut Worksheet, names: &[String]) -> Result<(), XlsxError> {
    let bold = Format::new().set_bold();
    for (col, name) in names.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, name, &bold)?;
    }
    Ok(())
}

/// A row per (app, plan, cycle), a column per country: the amount a
/// month (or the one-time price, or the base fee), as the page's top line.
fn matrix(
    sheet: &mut Worksheet,
    view: &PreviewView,
    formats: &mut Formats,
) -> Result<(), XlsxError> {
    sheet.set_name("Matrix")?;
    let lang = Lang::of(&view.locale);
    let mut names = vec!["App".to_owned(), "Plan".to_owned(), "Cycle".to_owned()];
    names.extend((view.columns.iter()).map(|c| format!("{} ({})", c.country_name, c.country)));
    header(sheet, &names)?;
    for (r, row) in view.rows.iter().enumerate() {
        let at = r as u32 + 1;
        sheet.write_string(at, 0, &row.app_name)?;
        sheet.write_string(at, 1, &row.plan_name)?;
        sheet.write_string(at, 2, row.cycle_words(lang))?;
        for (c, (cell, column)) in row.cells.iter().zip(&view.columns).enumerate() {
            if let Some(value) = cell.first_amount().and_then(|(_, a)| exact(&a.value)) {
                let format = formats.money(column.currency.as_deref(), value.scale());
                sheet.write_with_format(at, c as u16 + 3, value, format)?;
            }
        }
    }
    sheet.set_freeze_panes(1, 3)?;
    sheet.set_column_width(0, 14)?;
    sheet.set_column_width(1, 16)?;
    sheet.set_column_width(2, 14)?;
    for c in 0..view.columns.len() {
        sheet.set_column_width(c as u16 + 3, 18)?;
    }
    Ok(())
}

/// The CSV's lines, numbers as numbers.
fn lines(
    sheet: &mut Worksheet,
    view: &PreviewView,
    formats: &mut Formats,
) -> Result<(), XlsxError> {
    sheet.set_name("Rows")?;
    header(sheet, &EXPORT_FIELDS.map(str::to_owned))?;
    let mut at = 0;
    let words = view.export_words();
    for row in 0..view.rows.len() {
        for line in view.export_lines(&words, row) {
            at += 1;
            write_line(sheet, at, &line, formats)?;
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

/// One line, in `EXPORT_FIELDS`'s order.
fn write_line(
    sheet: &mut Worksheet,
    at: u32,
    l: &ExportLine<'_>,
    formats: &mut Formats,
) -> Result<(), XlsxError> {
    for (col, field) in l.fields().into_iter().enumerate() {
        let col = col as u16;
        match field {
            // Written as text, never read as a formula.
            Field::Text(Some(text)) => {
                sheet.write_string(at, col, text)?;
            }
            Field::Count(Some(n)) => {
                sheet.write_number(at, col, n)?;
            }
            Field::Money(Some(value)) => {
                if let Some(value) = exact(value) {
                    let format = formats.money(l.currency, value.scale());
                    sheet.write_with_format(at, col, value, format)?;
                }
            }
            Field::Text(None) | Field::Count(None) | Field::Money(None) => {}
        }
    }
    Ok(())
}
