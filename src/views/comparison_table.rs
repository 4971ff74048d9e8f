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
    let rows = benefits
        .into_iter()
        .map(|benefit| {
            view! {
                <tr>
                    <th scope="row">{benefit.clone()}</th>
                    {plans.iter().map(|plan| {
                        if plan.benefits.contains(benefit) {
                            view! { <td class="yes"><span aria-hidden="true">"✓"</span><span class="visually-hidden">"Included"</span></td> }.into_any()
                        } else {
                            view! { <td class="no"><span aria-hidden="true">"–"</span><span class="visually-hidden">"Not included"</span></td> }.into_any()
                        }
                    }).collect_view()}
                </tr>
            }
        })
        .collect_view();
    Some(view! {
        <div class="comparison" role="region" aria-label=format!("Compare {app_name} plans") tabindex="0">
            <table>
                <caption>"Compare plans"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Benefit"</th>
                        {plans.iter().map(|p| view! { <th scope="col">{p.name.clone()}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    })
}
