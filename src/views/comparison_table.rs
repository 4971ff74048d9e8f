use crate::i18n::{Arg, Msg};
use crate::plans::PlanCard;
use leptos::prelude::*;
use std::sync::Arc;

/// Benefit rows x plan columns, after the cards. A function, not a
/// component: it reads the plans the cards then take, without a copy of
/// every offer.
pub fn comparison_table(app_name: &str, plans: &[PlanCard]) -> Option<impl IntoView> {
    let mut benefits: Vec<&String> = Vec::new();
    for benefit in plans.iter().flat_map(|p| &p.benefits) {
        if !benefits.contains(&benefit) {
            benefits.push(benefit);
        }
    }
    if benefits.is_empty() {
        return None;
    }
    let lang = super::use_lang();
    // Shared by every cell: a table of 50 plans has thousands.
    let (included, not_included): (Arc<str>, Arc<str>) = (
        lang.t(Msg::Included).into(),
        lang.t(Msg::NotIncluded).into(),
    );
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
        <div class="comparison" role="region" aria-label=lang.t_with(Msg::CompareAppPlans, &[("app", Arg::Text(app_name))]) tabindex="0">
            <table>
                <caption>{lang.t(Msg::ComparePlans)}</caption>
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
