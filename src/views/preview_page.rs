use super::{
    money::{Money, Struck},
    words::OfferWords,
    ErrorPage,
};
use crate::country::COUNTRIES;
use crate::error::AppError;
use crate::preview::{chosen_countries, Cell, PreviewView, PRESETS};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `GET /preview`: every plan and cycle, a column group per country.
#[component]
pub fn PreviewPage(preview: Resource<Result<PreviewView, AppError>>) -> impl IntoView {
    provide_context(OfferWords::new(super::use_lang()));
    let query = use_query_map();
    // Checked before anything streams, so a bad request is a 400.
    let valid = move || {
        query.with(|q| {
            chosen_countries(
                q.get("preset").as_deref(),
                &q.get_all("countries").unwrap_or_default(),
            )
        })
    };
    let export_query = move || query.with(|q| q.to_query_string());
    view! {
        <Title text="Price preview by country"/>
        <h1>"Price preview by country"</h1>
        <p>"What visitors from each country pay, side by side. Flagged cells deserve a second look."</p>
        <PreviewForm/>
        {move || match valid() {
            Err(error) => view! { <ErrorPage error/> }.into_any(),
            Ok(countries) => view! {
                <p class="exports">
                    "Download: "
                    <a href=move || format!("/preview.csv{}", export_query())>"CSV"</a>
                    " · "
                    <a href=move || format!("/preview.json{}", export_query())>"JSON"</a>
                </p>
                <Suspense fallback=move || view! {
                    <p role="status" class="loading">{format!("Asking Wix for {} countries…", countries.len())}</p>
                }>
                    {move || Suspend::new(async move {
                        match preview.await {
                            Ok(view) => view! { <PreviewTable view/> }.into_any(),
                            Err(error) => view! { <ErrorPage error/> }.into_any(),
                        }
                    })}
                </Suspense>
            }
            .into_any(),
        }}
    }
}

/// Countries by preset, multi-select or search; a plain GET form.
#[component]
fn PreviewForm() -> impl IntoView {
    let query = use_query_map();
    let chosen: Vec<String> = query
        .with_untracked(|q| q.get_all("countries").unwrap_or_default())
        .iter()
        .flat_map(|entry| entry.split(',').map(|c| c.trim().to_owned()))
        .collect();
    let preset = query.with_untracked(|q| q.get("preset").unwrap_or_default());
    let lang = query.with_untracked(|q| q.get("lang").unwrap_or_default());
    view! {
        <form class="preview-form" method="get" action="/preview">
            <label for="preset">"Preset"</label>
            <select id="preset" name="preset">
                <option value="" selected=preset.is_empty()>"None"</option>
                {PRESETS.iter().map(|(value, label)| view! {
                    <option value=*value selected=preset == *value>{*label}</option>
                }).collect_view()}
            </select>
            <label for="countries">"Countries"</label>
            <select id="countries" name="countries" multiple size="6">
                {COUNTRIES.iter().map(|(code, name)| view! {
                    <option value=*code selected=chosen.iter().any(|c| c.eq_ignore_ascii_case(code))>{format!("{name} ({code})")}</option>
                }).collect_view()}
            </select>
            <label for="country-search">"Add a country"</label>
            <input id="country-search" type="search" name="countries" list="country-names" placeholder="Name or code"/>
            <datalist id="country-names">
                {COUNTRIES.iter().map(|(_, name)| view! { <option value=*name></option> }).collect_view()}
            </datalist>
            <label for="lang">"Display locale"</label>
            <input id="lang" name="lang" value=lang placeholder="en-US" size="8"/>
            <button type="submit">"Show"</button>
        </form>
    }
}

#[component]
fn PreviewTable(view: PreviewView) -> impl IntoView {
    let PreviewView {
        columns,
        rows,
        locale,
    } = view;
    let header = columns
        .iter()
        .map(|column| {
            let detail = match (&column.failed, &column.currency) {
                (Some(reason), _) => format!("Failed: {reason}"),
                (None, Some(currency)) => match &column.tax_label {
                    Some(tax) => format!("{currency}, {tax}"),
                    None => currency.clone(),
                },
                (None, None) => String::new(),
            };
            view! {
                <th scope="colgroup" colspan="2" class:failed=column.failed.is_some() data-country=column.country.clone()>
                    <a href=format!("/?country={}", column.country)>{format!("{} ({})", column.country_name, column.country)}</a>
                    <br/>
                    <span class="column-detail">{detail}</span>
                </th>
            }
        })
        .collect_view();
    let subheader = columns
        .iter()
        .map(|_| view! { <th scope="col">"Per month"</th><th scope="col">"Per cycle"</th> })
        .collect_view();
    let body = rows
        .into_iter()
        .map(|row| {
            let cells = row
                .cells
                .into_iter()
                .zip(columns.iter())
                .map(|(cell, column)| {
                    view! { <PreviewCell cell country=column.country.clone()/> }
                })
                .collect_view();
            let cycle = row.cycle.clone();
            view! {
                <tr data-app=row.app_id data-plan=row.vendor_id data-cycle=cycle>
                    <th scope="row">{row.app_name}</th>
                    <td>{row.plan_name}</td>
                    <td>{row.cycle}</td>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <p class="price-note">{format!("Amounts formatted for {locale}.")}</p>
        <div class="preview-scroll" role="region" aria-label="Prices by country" tabindex="0">
            <table class="preview">
                <thead>
                    <tr><th scope="col" rowspan="2">"App"</th><th scope="col" rowspan="2">"Plan"</th><th scope="col" rowspan="2">"Cycle"</th>{header}</tr>
                    <tr>{subheader}</tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}

/// Two table cells: the per-month amount (or one-time price, or base fee)
/// and the per-cycle total with the saving; a flag, in words, on top.
#[component]
fn PreviewCell(cell: Cell, country: String) -> impl IntoView {
    let Cell {
        price,
        save_percent,
        flag,
    } = cell;
    let flag = flag.map(|text| view! { <p class="flag"><strong>"Check: "</strong>{text}</p> });
    let flagged = flag.is_some();
    let (first, second) = match price {
        None => (
            view! { <span class="missing">"—"</span> }.into_any(),
            ().into_any(),
        ),
        Some(price) => {
            let first = match (
                price.per_month,
                price.one_time,
                price.usage.and_then(|u| u.base_fee),
            ) {
                (Some(a), _, _) => view! { <Money amount=a role="per-month"/> }.into_any(),
                (_, Some(a), _) => view! { <Money amount=a role="one-time"/> }.into_any(),
                (_, _, Some(a)) => view! { <Money amount=a role="base-fee"/> }.into_any(),
                _ => view! { "no base fee" }.into_any(),
            };
            let total = price.cycle_total.filter(|_| price.months.unwrap_or(1) > 1);
            let sale = price.sale.map(|sale| {
                let list = price.list.and_then(|l| l.per_month);
                view! {
                    <p class="sale"><strong>"On sale: "</strong>{sale.name}" "<Struck amount=list role="list-per-month"/></p>
                }
            });
            let second = view! {
                {total.map(|a| view! { <Money amount=a role="cycle-total"/>" " })}
                <span class="billed">{price.billed.clone()}</span>
                {sale}
                {save_percent.map(|n| view! { " " <data value=n.to_string() data-role="save-percent">{format!("save {n}%")}</data> })}
            }
            .into_any();
            (first, second)
        }
    };
    view! {
        <td data-country=country.clone() class:flagged=flagged>{first}</td>
        <td data-country=country class:flagged=flagged>{second}{flag}</td>
    }
}
