use crate::i18n::{Arg, Lang, Msg};
use crate::plans::PlanCard;
use leptos::prelude::*;
use std::sync::Arc;

/// Plans one table compares. Wider is not read side by side on any
/// screen, and a table of every plan grows as plans times benefits: with
/// a benefit of its own per plan, 50 plans made 59 rows of 50 cells.
const PLANS_PER_TABLE: usize = 8;

/// Benefit rows x plan columns, after the cards: one table, or for many
/// plans several of at most [`PLANS_PER_TABLE`] neighbours each, every
/// one with the rows of its own plans' benefits. A function, not a
/// component: it reads the plans the cards then take, without a copy of
/// every offer.
pub fn comparison_tables(app_name: &str, plans: &[PlanCard]) -> impl IntoView {
    let lang = super::use_lang();
    // Shared by every cell: a large catalogue has thousands.
    let words: (Arc<str>, Arc<str>) = (
        lang.t(Msg::Included).into(),
        lang.t(Msg::NotIncluded).into(),
    );
    let tables = plans.len().div_ceil(PLANS_PER_TABLE);
    // Balanced: 50 plans are tables of 7, 7, 7, 7, 7, 7 and 8.
    (0..tables)
        .filter_map(|i| {
            let group = &plans[i * plans.len() / tables..(i + 1) * plans.len() / tables];
            let range = (tables > 1).then(|| {
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
            comparison_table(lang, app_name, group, range, &words)
        })
        .collect_view()
}

/// One table; `range` is its caption and label when it is one of several.
fn comparison_table(
    lang: Lang,
    app_name: &str,
    plans: &[PlanCard],
    range: Option<(String, String)>,
    (included, not_included): &(Arc<str>, Arc<str>),
) -> Option<impl IntoView> {
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
                    <th scope="row">{benefit.clone()}</th>
                    {plans.iter().map(|plan| {
                        let (class, mark, words) = if plan.benefits.contains(benefit) {
                            ("yes", "✓", included.clone())
                        } else {
                            ("no", "–", not_included.clone())
                        };
                        view! { <td class=class><span aria-hidden="true">{mark}</span><span class="visually-hidden">{words}</span></td> }
                    }).collect_view()}
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
                        {plans.iter().map(|p| view! { <th scope="col">{p.name.clone()}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    })
}
