use super::{
    money::{Money, Struck},
    pricing_page::LanguageOptions,
    words::{use_offer_words, OfferWords},
    ErrorPage,
};
use crate::error::AppError;
use crate::i18n::{Arg, Lang, Msg};
use crate::preview::{
    countries_per_page, entries, named_country, named_entries, understood_countries, Cell, Column,
    Page, PreviewView, Row, RowFilter, PRESETS,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::{hooks::use_query_map, params::ParamsMap};
use std::sync::Arc;

/// `GET /preview`: every plan and cycle, a column group per country.
#[component]
pub fn PreviewPage(preview: Resource<Result<PreviewView, AppError>>) -> impl IntoView {
    let lang = super::use_lang();
    provide_context(Arc::new(OfferWords::new(lang)));
    let query = use_query_map();
    let names = super::use_names();
    // Read now: the table is drawn when Wix answers, perhaps after the
    // visitor left and the router's context went with them.
    let address = Arc::new(query.get_untracked());
    // Checked before anything streams, so a bad request is a 400.
    let valid = move || {
        query.with(|q| {
            let chosen = understood_countries(
                q.get("preset").as_deref(),
                &q.get_all("countries").unwrap_or_default(),
                names.countries,
            )?;
            let per_page = countries_per_page(q.get_str("layout"), q.get_str("plan"));
            Page::of(chosen.codes.len(), q.get_str("page"), per_page)
                .map(|page| (page, chosen.unknown))
        })
    };
    // The exports hold every country, whichever page this is; not what
    // names none, which they would refuse.
    let export_query = move |unknown: &[String]| {
        let mut q = query.get();
        q.remove("page");
        without_entries(q, |entry| unknown.iter().any(|u| u == entry)).to_query_string()
    };
    view! {
        <Title text=lang.t(Msg::PreviewTitle)/>
        <h1>{lang.t(Msg::PreviewTitle)}</h1>
        <p>{lang.t(Msg::PreviewIntro)}</p>
        <PreviewForm/>
        {move || match valid() {
            Err(error) => view! { <ErrorPage error/> }.into_any(),
            Ok((page, unknown)) => {
                let address = address.clone();
                view! {
                <p class="exports">
                    {lang.t(Msg::PreviewDownload)}" "
                    <a href=format!("/preview.csv{}", export_query(&unknown))>"CSV"</a>
                    " · "
                    <a href=format!("/preview.json{}", export_query(&unknown))>"JSON"</a>
                    " · "
                    <a href=format!("/preview.xlsx{}", export_query(&unknown))>"XLSX"</a>
                </p>
                <PreviewPages page=page.clone()/>
                <Suspense fallback=move || view! {
                    <p role="status" class="loading">
                        {lang.t_with(Msg::PreviewAsking, &[("count", Arg::Count(page.countries as u64))])}
                    </p>
                }>
                    {move || {
                        let address = address.clone();
                        Suspend::new(async move {
                            match preview.await {
                                Ok(view) => view! { <PreviewTable view address=(*address).clone()/> }.into_any(),
                                Err(error) => view! { <ErrorPage error/> }.into_any(),
                            }
                        })
                    }}
                </Suspense>
                }
                .into_any()
            }
        }}
    }
}

/// Countries by preset, multi-select or search, and the page's language;
/// a plain GET form.
#[component]
fn PreviewForm() -> impl IntoView {
    let lang = super::use_lang();
    let names = super::use_names();
    let query = use_query_map();
    let given = query.with_untracked(|q| q.get_all("countries").unwrap_or_default());
    // The countries the address names, in the order typed, kept chosen
    // across language and page changes; what names none stays typed.
    let (chosen, unknown) = named_entries(entries(&given), names.countries);
    let preset = query.with_untracked(|q| q.get("preset").unwrap_or_default());
    // Nothing asked for shows the default markets: the form says so.
    let preset = match (preset.is_empty(), entries(&given).next().is_none()) {
        (true, true) => "default".to_owned(),
        _ => preset,
    };
    let chips = (!chosen.is_empty()).then(|| {
        let chips = chosen
            .iter()
            .map(|&code| {
                let name = names
                    .countries
                    .iter()
                    .find(|(c, _)| *c == code)
                    .map_or_else(|| code.to_string(), |(_, name)| name.clone());
                let mut q = query.get_untracked();
                q.remove("page");
                let rest = without_entries(q, |entry| {
                    named_country(entry, names.countries) == Some(code)
                });
                let remove = lang.t_with(Msg::PreviewRemove, &[("country", Arg::Text(&name))]);
                view! {
                    <li>
                        {format!("{name} ({code})")}" "
                        <a href=format!("/preview{}", rest.to_query_string()) aria-label=remove.clone() title=remove>"×"</a>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="chips" aria-label=lang.t(Msg::PreviewChosen)>{chips}</ul> }
    });
    let not_understood = (!unknown.is_empty()).then(|| {
        let quoted: Vec<String> = unknown.iter().map(|entry| format!("“{entry}”")).collect();
        view! {
            <p class="notice" id="not-understood">
                {lang.t_with(Msg::PreviewNotUnderstood, &[("entries", Arg::Text(&quoted.join(", ")))])}
            </p>
        }
    });
    let typed = unknown.join(", ");
    let given_lang = query.with_untracked(|q| q.get("lang"));
    // A locale the list lacks (`de-CH`, formatting Swiss amounts) stays
    // chosen rather than silently becoming its language.
    let other_locale =
        given_lang.filter(|tag| !names.languages.iter().any(|(l, _)| l.tag() == tag));
    let selected = other_locale.is_none().then_some(lang);
    view! {
        <form class="preview-form" method="get" action="/preview">
            <label for="preset">{lang.t(Msg::PreviewPreset)}</label>
            <select id="preset" name="preset">
                <option value="" selected=preset.is_empty()>{lang.t(Msg::PreviewNoPreset)}</option>
                {PRESETS.iter().map(|&(value, msg)| view! {
                    <option value=value selected=preset == value>{lang.t(msg)}</option>
                }).collect_view()}
            </select>
            <label for="countries">{lang.t(Msg::PreviewCountries)}</label>
            <select id="countries" name="countries" multiple size="6">
                {names.countries.iter().map(|(code, name)| view! {
                    <option value=code.as_str() selected=chosen.contains(code)>
                        {format!("{name} ({code})")}
                    </option>
                }).collect_view()}
            </select>
            <label for="country-search">{lang.t(Msg::PreviewAddCountry)}</label>
            <input id="country-search" type="search" name="countries" list="country-names"
                placeholder=lang.t(Msg::PreviewNameOrCode) value=typed
                aria-describedby=not_understood.is_some().then_some("not-understood")/>
            <datalist id="country-names">
                {names.countries.iter().map(|(_, name)| view! { <option value=name.as_str()></option> }).collect_view()}
            </datalist>
            <label for="lang">{lang.t(Msg::Language)}</label>
            <select id="lang" name="lang">
                {other_locale.map(|tag| view! { <option value=tag.clone() selected=true>{tag.clone()}</option> })}
                <LanguageOptions selected/>
            </select>
            <button type="submit">{lang.t(Msg::PreviewShow)}</button>
        </form>
        {not_understood}
        {chips}
    }
}

/// `q` without the `countries` entries `drop` names (each value of the
/// parameter may list several, comma-separated).
fn without_entries(mut q: ParamsMap, drop: impl Fn(&str) -> bool) -> ParamsMap {
    let given = q.remove("countries").unwrap_or_default();
    for entry in entries(&given).filter(|entry| !drop(entry)) {
        q.insert("countries", entry.to_owned());
    }
    q
}

/// Which countries this page shows, and links to the others; nothing when
/// they fit on one.
#[component]
fn PreviewPages(page: Page) -> impl IntoView {
    let lang = super::use_lang();
    let query = use_query_map();
    let href = move |number: usize| {
        let mut q = query.get_untracked();
        q.replace("page", number.to_string());
        format!("/preview{}", q.to_query_string())
    };
    let Page {
        number,
        pages,
        columns,
        countries,
    } = page;
    (pages > 1).then(|| {
        let range = lang.t_with(
            Msg::PreviewPageRange,
            &[
                ("first", Arg::Count(columns.start as u64 + 1)),
                ("last", Arg::Count(columns.end as u64)),
                ("count", Arg::Count(countries as u64)),
            ],
        );
        view! {
            <nav class="preview-pages" aria-label=lang.t(Msg::PreviewPages)>
                <p>{range}</p>
                <ul>
                    {(number > 1).then(|| view! {
                        <li><a href=href(number - 1) rel="prev">{lang.t(Msg::PreviewPrevious)}</a></li>
                    })}
                    {(1..=pages).map(|n| view! {
                        <li><a href=href(n) aria-current=(n == number).then_some("page")>{n}</a></li>
                    }).collect_view()}
                    {(number < pages).then(|| view! {
                        <li><a href=href(number + 1) rel="next">{lang.t(Msg::PreviewNext)}</a></li>
                    })}
                </ul>
            </nav>
        }
    })
}

#[component]
fn PreviewTable(view: PreviewView, address: ParamsMap) -> impl IntoView {
    let lang = super::use_lang();
    let PreviewView {
        mut columns,
        mut rows,
        locale,
        as_of,
    } = view;
    let filter = RowFilter::new(
        address.get("app"),
        address.get("plan"),
        address.get("cycle"),
    );
    let by_countries = address.get_str("layout") == Some("countries");
    let sort = address.get("sort");
    // A link to this address with `key` set to `value` (none: removed).
    let with = |key: &'static str, value: Option<String>| {
        let mut q = address.clone();
        q.remove(key);
        if let Some(value) = value {
            q.insert(key, value);
        }
        format!("/preview{}", q.to_query_string())
    };
    let layouts = view! {
        <p class="layouts">
            <a href=with("layout", None) aria-current=(!by_countries).then_some("page")>{lang.t(Msg::PreviewPlansAsRows)}</a>
            " · "
            <a href=with("layout", Some("countries".into())) aria-current=by_countries.then_some("page")>{lang.t(Msg::PreviewCountriesAsRows)}</a>
        </p>
    };
    let narrowing = row_filter_form(lang, &rows, &filter, address.clone());
    rows.retain(|row| filter.matches(row));
    // Sorted on request: plans by a country's amount, or countries by a
    // plan's (`sort=row-N`), grouped by currency; what has no amount goes
    // last.
    match sort.as_deref() {
        Some(row) if by_countries => {
            if let Some(row) = row
                .strip_prefix("row-")
                .and_then(|n| n.parse::<usize>().ok())
                .and_then(|n| rows.get(n))
            {
                let mut order: Vec<usize> = (0..columns.len()).collect();
                // Amounts compare within a currency: grouped by it.
                order.sort_by_key(|&c| (columns[c].currency.clone(), shown_amount(&row.cells[c])));
                columns = order.iter().map(|&c| columns[c].clone()).collect();
                for row in &mut rows {
                    row.cells = order.iter().map(|&c| row.cells[c].clone()).collect();
                }
            }
        }
        Some(country) => {
            if let Some(c) = columns.iter().position(|column| column.country == country) {
                rows.sort_by_key(|row| shown_amount(&row.cells[c]));
            }
        }
        None => {}
    }
    let summary = flag_summary(lang, &columns, &rows);
    let country_header = |column: &Column, as_row: bool, sort_link: Option<String>| {
        let scope = if as_row { "row" } else { "col" };
        let detail = match (column.failed, &column.currency) {
            (true, _) => lang.t(Msg::PreviewFailed),
            (false, Some(currency)) => match &column.tax_label {
                Some(tax) => format!("{currency}, {tax}"),
                None => currency.clone(),
            },
            (false, None) => String::new(),
        };
        // The country's visitor view, as its visitors read it, beside
        // this one.
        let href = format!("/?country={}&lang={}", column.country, column.visitor_lang);
        let flag = column.flag.as_ref().map(|flag| {
            view! { <p class="flag"><strong>{lang.t(Msg::PreviewCheck)}" "</strong>{flag.detail().in_lang(lang)}</p> }
        });
        let sort_name = lang.t_with(
            Msg::PreviewSortBy,
            &[("country", Arg::Text(&column.country_name))],
        );
        view! {
            <th scope=scope id=format!("country-{}", column.country) class:failed=column.failed
                class:flagged=column.flag.is_some() class:label=as_row data-country=column.country.clone()>
                <a href=href target="_blank" rel="noopener">
                    {format!("{} ({})", column.country_name, column.country)}
                    <span class="visually-hidden">" "{lang.t(Msg::PreviewNewTab)}</span>
                </a>
                {sort_link.map(|link| view! { " "<a class="sort" href=link aria-label=sort_name.clone() title=sort_name>"↕"</a> })}
                <span class="column-detail">{detail}</span>
                {flag}
            </th>
        }
    };
    let row_label = |row: &Row| {
        view! {
            <span class="row-app">{row.app_name.clone()}</span>" "
            <span class="row-plan">{row.plan_name.clone()}</span>" "
            <span class="row-cycle">{row.cycle_words(lang)}</span>
        }
    };
    let cell = |index: usize, row: &Row, c: usize, column: &Column| {
        let id = cell_id(index, &column.country);
        let column_flagged = column.failed || column.flag.is_some();
        let cell = row.cells[c].clone();
        view! { <PreviewCell cell id country=column.country.clone() column_flagged/> }
    };
    let table = if by_countries {
        let header = rows
            .iter()
            .enumerate()
            .map(|(index, row)| {
                let sort_name = lang.t_with(Msg::PreviewSortBy, &[("country", Arg::Text(&row.plan_name))]);
                view! {
                    <th scope="col" data-app=row.app_id.clone() data-plan=row.vendor_id.clone() data-cycle=row.cycle.clone()>
                        {row_label(row)}
                        " "<a class="sort" href=with("sort", Some(format!("row-{index}"))) aria-label=sort_name.clone() title=sort_name>"↕"</a>
                    </th>
                }
            })
            .collect_view();
        let body = columns
            .iter()
            .enumerate()
            .map(|(c, column)| {
                let cells = rows
                    .iter()
                    .enumerate()
                    .map(|(index, row)| cell(index, row, c, column))
                    .collect_view();
                view! { <tr data-country=column.country.clone()>{country_header(column, true, None)}{cells}</tr> }
            })
            .collect_view();
        view! {
            <thead><tr><th scope="col" class="label">{lang.t(Msg::PreviewCountries)}</th>{header}</tr></thead>
            <tbody>{body}</tbody>
        }
        .into_any()
    } else {
        let header = columns
            .iter()
            .map(|column| {
                country_header(
                    column,
                    false,
                    Some(with("sort", Some(column.country.clone()))),
                )
            })
            .collect_view();
        let body = rows
            .iter()
            .enumerate()
            .map(|(index, row)| {
                let cells = columns
                    .iter()
                    .enumerate()
                    .map(|(c, column)| cell(index, row, c, column))
                    .collect_view();
                view! {
                    <tr data-app=row.app_id.clone() data-plan=row.vendor_id.clone() data-cycle=row.cycle.clone()>
                        <th scope="row" class="label">{row_label(row)}</th>
                        {cells}
                    </tr>
                }
            })
            .collect_view();
        view! {
            <thead>
                <tr>
                    <th scope="col" class="label">
                        {format!("{} · {} · {}", lang.t(Msg::PreviewApp), lang.t(Msg::PreviewPlan), lang.t(Msg::PreviewCycle))}
                    </th>
                    {header}
                </tr>
            </thead>
            <tbody>{body}</tbody>
        }
        .into_any()
    };
    view! {
        <p class="price-note">
            {lang.t_with(Msg::PreviewAmountsFor, &[("locale", Arg::Text(&locale))])}
            {as_of.map(|time| view! { " "{lang.t_with(Msg::PreviewAsOf, &[("time", Arg::Text(&time))])} })}
        </p>
        {narrowing}
        {layouts}
        {summary}
        <div class="preview-scroll" role="region" aria-label=lang.t(Msg::PreviewPricesByCountry) tabindex="0">
            <table class="preview">
                <caption>{lang.t(Msg::PreviewPricesByCountry)}</caption>
                {table}
            </table>
        </div>
    }
}

/// What a cell shows first (the amount a month, else the one-time price,
/// else the base fee), in an order that sorts it: decimal strings of one
/// currency compared by their whole part's length, then as text; none
/// last. Money is never turned into a float to be compared.
fn shown_amount(cell: &Cell) -> (bool, usize, String) {
    match cell.first_amount().map(|(_, a)| a.value.clone()) {
        Some(value) => (
            false,
            value.split('.').next().unwrap_or_default().len(),
            value,
        ),
        None => (true, 0, String::new()),
    }
}

/// A GET form that narrows the rows to an app, a plan, a cycle; its
/// choices are the table's, its other fields the address's own.
fn row_filter_form(
    lang: Lang,
    rows: &[Row],
    filter: &RowFilter,
    mut address: ParamsMap,
) -> impl IntoView {
    fn unique<'a>(pairs: impl Iterator<Item = (&'a str, String)>) -> Vec<(&'a str, String)> {
        let mut seen: Vec<(&str, String)> = Vec::new();
        for (value, label) in pairs {
            if !seen.iter().any(|(v, _)| *v == value) {
                seen.push((value, label));
            }
        }
        seen
    }
    let apps = unique(rows.iter().map(|r| (r.app_id.as_str(), r.app_name.clone())));
    let several_apps = apps.len() > 1;
    let plans = unique(
        rows.iter()
            .filter(|r| filter.app.as_deref().is_none_or(|app| app == r.app_id))
            .map(|r| {
                let label = match several_apps {
                    true => format!("{}: {}", r.app_name, r.plan_name),
                    false => r.plan_name.clone(),
                };
                (r.vendor_id.as_str(), label)
            }),
    );
    let cycles = unique(rows.iter().map(|r| (r.cycle.as_str(), r.cycle_words(lang))));
    let select = |name: &'static str,
                  label: String,
                  options: Vec<(&str, String)>,
                  chosen: Option<&str>| {
        let id = format!("only-{name}");
        view! {
            <label for=id.clone()>{label}</label>
            <select id=id name=name>
                <option value="">{lang.t(Msg::PreviewAll)}</option>
                {options.into_iter().map(|(value, label)| view! {
                    <option value=value.to_owned() selected=chosen == Some(value)>{label}</option>
                }).collect_view()}
            </select>
        }
    };
    for key in ["app", "plan", "cycle", "page"] {
        address.remove(key);
    }
    let kept = address
        .into_iter()
        .map(|(name, value)| view! { <input type="hidden" name=name.into_owned() value=value/> })
        .collect_view();
    view! {
        <form class="row-filter" method="get" action="/preview">
            <fieldset>
                <legend>{lang.t(Msg::PreviewShowOnly)}</legend>
                {kept}
                {select("app", lang.t(Msg::PreviewApp), apps, filter.app.as_deref())}
                {select("plan", lang.t(Msg::PreviewPlan), plans, filter.plan.as_deref())}
                {select("cycle", lang.t(Msg::PreviewCycle), cycles, filter.cycle.as_deref())}
                <button type="submit">{lang.t(Msg::PreviewFilter)}</button>
            </fieldset>
        </form>
    }
}

/// A cell's anchor, for the summary's links.
fn cell_id(row: usize, country: &str) -> String {
    format!("cell-{row}-{country}")
}

/// Flagged cells this page shows will not exceed this many links.
const MOST_FLAG_LINKS: usize = 100;

/// Above the table: how many cells are flagged, a link to each (a
/// country Wix did not answer, once), and what was checked, so that a
/// clean table reads as checked.
fn flag_summary(lang: Lang, columns: &[Column], rows: &[Row]) -> impl IntoView {
    // A column that failed, or is flagged whole, is linked once.
    let mut links: Vec<(String, String)> = columns
        .iter()
        .filter_map(|column| {
            let reason = match (column.failed, &column.flag) {
                (true, _) => lang.t(Msg::PreviewFailed),
                (false, Some(flag)) => flag.detail().in_lang(lang),
                (false, None) => return None,
            };
            let href = format!("#country-{}", column.country);
            Some((
                href,
                format!("{} ({}): {reason}", column.country_name, column.country),
            ))
        })
        .collect();
    let mut cells = 0;
    for (index, row) in rows.iter().enumerate() {
        for (cell, column) in row.cells.iter().zip(columns) {
            let whole = column.failed || column.flag.is_some();
            cells += usize::from(whole || cell.flag.is_some());
            let Some(flag) = cell.flag.as_ref().filter(|_| !column.failed) else {
                continue;
            };
            let text = format!(
                "{} ({}): {} {}, {}: {}",
                column.country_name,
                column.country,
                row.app_name,
                row.plan_name,
                row.cycle_words(lang),
                flag.detail().in_lang(lang)
            );
            links.push((format!("#{}", cell_id(index, &column.country)), text));
        }
    }
    let more = links.len() > MOST_FLAG_LINKS;
    links.truncate(MOST_FLAG_LINKS);
    view! {
        <div class="flag-summary" data-flagged=cells>
            <p><strong>{lang.t_with(Msg::PreviewFlagged, &[("cells", Arg::Count(cells as u64))])}</strong></p>
            {(!links.is_empty()).then(|| view! {
                <ul>
                    {links.into_iter().map(|(href, text)| view! { <li><a href=href>{text}</a></li> }).collect_view()}
                    {more.then(|| view! { <li>"…"</li> })}
                </ul>
            })}
            <p class="checks">{lang.t(Msg::PreviewChecks)}</p>
        </div>
    }
}

/// A country's cell: the per-month amount (or one-time price, or base
/// fee) on top, the per-cycle total with the saving beneath; a flag, in
/// words, under them.
#[component]
fn PreviewCell(cell: Cell, id: String, country: String, column_flagged: bool) -> impl IntoView {
    let lang: Lang = super::use_lang();
    let words = use_offer_words();
    let first = cell
        .first_amount()
        .map(|(role, amount)| (role, amount.clone()));
    let Cell {
        price,
        save_percent,
        flag,
    } = cell;
    let flag = flag.map(|flag| {
        view! { <p class="flag"><strong>{lang.t(Msg::PreviewCheck)}" "</strong>{flag.detail().in_lang(lang)}</p> }
    });
    let flagged = column_flagged || flag.is_some();
    let amounts = match price {
        None => view! { <span class="missing">"—"</span> }.into_any(),
        Some(price) => {
            let price = *price;
            let first = match first {
                Some((role, amount)) => view! { <Money amount role/> }.into_any(),
                None => words.no_base_fee.clone().into_any(),
            };
            let total = price.cycle_total.filter(|_| price.months.unwrap_or(1) > 1);
            let sale = price.sale.map(|sale| {
                let list = price.list.and_then(|l| l.per_month);
                view! {
                    <span class="sale"><strong>{lang.t(Msg::PreviewOnSale)}" "</strong>{sale.text}" "<Struck amount=list role="list-per-month"/></span>
                }
            });
            view! {
                <span class="per-month">{first}</span>
                <span class="per-cycle">
                    {total.map(|a| view! { <Money amount=a role="cycle-total"/>" " })}
                    <span class="billed">{price.billed.clone()}</span>
                    {save_percent.map(|n| view! {
                        " "
                        <data value=n.to_string() data-role="save-percent">
                            {lang.t_with(Msg::SavePercent, &[("percent", Arg::Count(u64::from(n)))])}
                        </data>
                    })}
                </span>
                {sale}
            }
            .into_any()
        }
    };
    view! {
        <td id=id data-country=country class:flagged=flagged>{amounts}{flag}</td>
    }
}
