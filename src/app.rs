//! The HTML shell and the router.

use crate::views::{PreviewPage, PricingPage};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, HashedStylesheet, Link, MetaTags, Title};
use leptos_router::{
    components::{Route, Router, Routes},
    SsrMode, StaticSegment,
};

pub fn shell(options: LeptosOptions) -> impl IntoView {
    view! {
        <!DOCTYPE html>
        <html lang="en">
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

/// What every document of the site starts its head with, the error pages
/// served outside the router included.
#[component]
pub fn SiteHead(options: LeptosOptions) -> impl IntoView {
    view! {
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        // Fingerprinted names when the build made them.
        <HashedStylesheet options id="leptos"/>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Link rel="icon" href="/favicon.svg" type_="image/svg+xml"/>
        <Title text="Plans and pricing"/>
        <Router>
            <main>
                // Async: the whole page, status code included, is known
                // before the first byte is sent.
                <Routes fallback=|| "Page not found.".into_view()>
                    <Route path=StaticSegment("") view=PricingPage ssr=SsrMode::Async/>
                    // Out of order: the form and a progress line come first,
                    // the table when every country has answered.
                    <Route path=StaticSegment("preview") view=PreviewPage ssr=SsrMode::OutOfOrder/>
                </Routes>
            </main>
        </Router>
    }
}
