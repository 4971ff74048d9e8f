//! The HTML shell and the router.

use crate::error::AppError;
use crate::i18n::Msg;
use crate::loaders::{load_preview, load_pricing};
use crate::views::{use_lang, ErrorPage, PreviewPage, PricingPage};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, HashedStylesheet, MetaTags, Title};
use leptos_router::{
    components::{Route, Router, Routes},
    hooks::use_query_map,
    SsrMode, StaticSegment,
};

pub fn shell(options: LeptosOptions) -> impl IntoView {
    let lang = use_lang();
    view! {
        <!DOCTYPE html>
        <html lang=lang.tag() dir=lang.dir()>
            <head>
                <SiteHead options=options.clone()/>
                <AutoReload options=options.clone()/>
                <HydrationScripts options islands=true/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// An error answered outside the router's pages (a refused request, a
/// checkout that failed, an unknown address): the page's own `ErrorPage`
/// in a document with the site's head.
pub fn error_shell(
    options: LeptosOptions,
    error: AppError,
    retry: Option<String>,
    reference: Option<String>,
) -> impl IntoView {
    let lang = use_lang();
    view! {
        <!DOCTYPE html>
        <html lang=lang.tag() dir=lang.dir()>
            <head>
                <SiteHead options/>
                <title>{lang.t(Msg::PageTitle)}</title>
            </head>
            <body>
                <main>
                    <ErrorPage error retry reference/>
                </main>
            </body>
        </html>
    }
}

/// What every document of the site starts its head with, the error pages
/// served outside the router included.
#[component]
pub fn SiteHead(options: LeptosOptions) -> impl IntoView {
    view! {
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
        // Fingerprinted names when the build made them.
        <HashedStylesheet options id="leptos"/>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Title text=use_lang().t(Msg::PageTitle)/>
        <Router>
            <main>
                // Async: the whole page, status code included, is known
                // before the first byte is sent.
                <Routes fallback=|| use_lang().t(Msg::ErrorNoPage)>
                    <Route path=StaticSegment("") view=PricingRoute ssr=SsrMode::Async/>
                    // Out of order: the form and a progress line come first,
                    // the table when every country has answered.
                    <Route path=StaticSegment("preview") view=PreviewRoute ssr=SsrMode::OutOfOrder/>
                </Routes>
            </main>
        </Router>
    }
}

/// `/`: the pricing page, loaded for the address's query.
#[component]
fn PricingRoute() -> impl IntoView {
    let query = use_query_map();
    let pricing = Resource::new(
        move || query.with(|q| (q.get("country"), q.get("lang"), q.get("instance"))),
        |(country, lang, instance)| load_pricing(country, lang, instance),
    );
    view! { <PricingPage pricing/> }
}

/// `/preview`: the marketing preview, loaded for the address's query.
#[component]
fn PreviewRoute() -> impl IntoView {
    let query = use_query_map();
    let preview = Resource::new(
        move || {
            query.with(|q| {
                let countries = q.get_all("countries").unwrap_or_default();
                (q.get("preset"), countries, q.get("lang"))
            })
        },
        |(preset, countries, lang)| load_preview(preset, countries, lang),
    );
    view! { <PreviewPage preview/> }
}
