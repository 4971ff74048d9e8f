use crate::i18n::{Arg, Lang, Msg};
use crate::plans::PlanCard;
use leptos::prelude::*;
use leptos::tachys::html::InertElement;

/// Plans one table compares. Wider is not read side by side on any
/// screen, and a table of every plan grows as plans times benefits: with
/// a benefit of its own per plan, 50 plans made 59 rows of 50 cells.
const PLANS_PER_TABLE: usize = 8;
/// About what a plan adds to its tables' markup, to draw them in one
/// buffer at once.
const TABLE_BYTES_PER_PLAN: usize = 2 << 10;

/// Benefit rows x plan columns, after the cards: one table, or for many
/// plans several of at most [`PLANS_PER_TABLE`] neighbours each, every
/// one with the rows of its own plans' benefits. Drawn at once from the
/// borrowed plans, as the cards are (`super::drawn`).
pub fn comparison_tables(app_name: &str, plans: &[PlanCard]) -> impl IntoView {
    let lang = super::use_lang();
    // Every cell is one of two, and a large catalogue has thousands:
    // each is drawn once, then copied.
    let cell = |class, mark, msg| {
        view! { <td class=class><span aria-hidden="true">{mark}</span><span class="visually-hidden">{lang.t(msg)}</span></td> }
            .to_html()
    };
    let cells = (
        cell("yes", "✓", Msg::Included),
        cell("no", "–", Msg::NotIncluded),
    );
    let count = plans.len().div_ceil(PLANS_PER_TABLE);
    // Balanced: 50 plans are tables of 7, 7, 7, 7, 7, 7 and 8.
    let tables = (0..count).filter_map(|i| {
        let group = &plans[i * plans.len() / count..(i + 1) * plans.len() / count];
        let range = (count > 1).then(|| {
            let ends = |msg| {
                lang.t_with(
                    msg,
                    &[
                        ("app", Arg::Text(app_name)),
                        ("first", Arg::Text(&group[0].name)),
                        ("last", Arg::Text(&group[group.len() - 1].name)),
                    ],
                )
            };
            (
                ends(Msg::ComparePlansRange),
                ends(Msg::CompareAppPlansRange),
            )
        });
        comparison_table(lang, app_name, group, range, &cells)
    });
    super::drawn(tables, plans.len() * TABLE_BYTES_PER_PLAN)
}

/// One table; `range` is its caption and label when it is one of several;
/// `cells`, the markup of a cell whose plan has a row's benefit, and of
/// one whose plan has not.
fn comparison_table<'a>(
    lang: Lang,
    app_name: &str,
    plans: &'a [PlanCard],
    range: Option<(String, String)>,
    (included, not_included): &(String, String),
) -> Option<impl IntoView + 'a> {
    let mut benefits: Vec<&String> = Vec::new();
    for benefit in plans.iter().flat_map(|p| &p.benefits) {
        if !benefits.contains(&benefit) {
            benefits.push(benefit);
        }
    }
    if benefits.is_empty() {
        return None;
    }
    let (caption, label) = range.unwrap_or_else(|| {
        (
            lang.t(Msg::ComparePlans),
            lang.t_with(Msg::CompareAppPlans, &[("app", Arg::Text(app_name))]),
        )
    });
    let rows = benefits
        .into_iter()
        .map(|benefit| {
            view! {
                <tr>
                    <th scope="row">{benefit.as_str()}</th>
                    {InertElement::new(plans.iter().map(|plan| {
                        match plan.benefits.contains(benefit) {
                            true => included.as_str(),
                            false => not_included.as_str(),
                        }
                    }).collect::<String>())}
                </tr>
            }
        })
        .collect_view();
    Some(view! {
        <div class="comparison" role="region" aria-label=label tabindex="0">
            <table>
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{lang.t(Msg::Benefit)}</th>
                        {plans.iter().map(|p| view! { <th scope="col">{p.name.as_str()}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    })
}
