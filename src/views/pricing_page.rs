use super::ErrorPage;
use crate::plans::{load_plans, PricingView};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// `GET /`: every plan of every configured app.
#[component]
pub fn PricingPage() -> impl IntoView {
    let query = use_query_map();
    let plans = Resource::new(move || query.read().get("country"), load_plans);
    view! {
        <Suspense fallback=|| view! { <p>"Loading plans…"</p> }>
            {move || Suspend::new(async move {
                match plans.await {
                    Ok(view) => view! { <PlanList view/> }.into_any(),
                    Err(error) => view! { <ErrorPage error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn PlanList(view: PricingView) -> impl IntoView {
    view! {
        <h1>"Plans and pricing"</h1>
        <p>"Prices for " {view.country} " in " {view.currency}</p>
        {view.apps.into_iter().map(|app| view! {
            <section data-app=app.id.clone()>
                <ul>
                    {app.plans.into_iter().map(|plan| view! {
                        <li data-plan=plan.vendor_id data-app=app.id.clone()>
                            <h2>{plan.name}</h2>
                            <ul>{plan.prices.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                            <ul>{plan.benefits.into_iter().map(|b| view! { <li>{b}</li> }).collect_view()}</ul>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        }).collect_view()}
    }
}
