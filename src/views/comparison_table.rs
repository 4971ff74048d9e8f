use crate::i18n::{Arg, Msg};
use crate::plans::PlanCard;
use leptos::prelude::*;

/// Benefit rows x plan columns, after the cards.
#[component]
pub fn ComparisonTable(app_name: String, plans: Vec<PlanCard>) -> impl IntoView {
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
    let (included, not_included) = (lang.t(Msg::Included), lang.t(Msg::NotIncluded));
    let rows = benefits
        .into_iter()
        .map(|benefit| {
            view! {
                <tr>
                    <th scope="row">{benefit.clone()}</th>
                    {plans.iter().map(|plan| {
                        if plan.benefits.contains(benefit) {
                            view! { <td class="yes"><span aria-hidden="true">"✓"</span><span class="visually-hidden">{included.clone()}</span></td> }.into_any()
                        } else {
                            view! { <td class="no"><span aria-hidden="true">"–"</span><span class="visually-hidden">{not_included.clone()}</span></td> }.into_any()
                        }
                    }).collect_view()}
                </tr>
            }
        })
        .collect_view();
    Some(view! {
        <div class="comparison" role="region" aria-label=lang.t_with(Msg::CompareAppPlans, &[("app", Arg::Text(&app_name))]) tabindex="0">
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
