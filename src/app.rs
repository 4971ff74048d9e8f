//! The HTML shell and the router.

use crate::error::AppError;
use crate::i18n::Msg;
use crate::loaders::{load_preview, load_pricing, PricingQuery};
use crate::views::{
    use_brand, use_lang, use_look, EmbedScript, ErrorPage, PreviewPage, PricingPage, SiteFooter,
    SiteHeader,
};
use leptos::{nonce::use_nonce, prelude::*};
use leptos_meta::{provide_meta_context, MetaTags, Title};
use leptos_router::{
    components::{Route, Router, Routes},
    hooks::use_query_map,
    SsrMode, StaticSegment,
};

pub fn shell(options: LeptosOptions) -> impl IntoView {
    let lang = use_lang();
    view! {
        <!DOCTYPE html>
        <html lang=lang.tag() dir=lang.dir() data-theme=use_look().theme>
            <head>
                <SiteHead options=options.clone()/>
                <AutoReload options=options.clone()/>
                <IslandScripts options/>
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
        <html lang=lang.tag() dir=lang.dir() data-theme=use_look().theme>
            <head>
                <SiteHead options/>
                <title>{lang.t(Msg::PageTitle)}</title>
            </head>
            <body>
                <SiteHeader/>
                <main>
                    <ErrorPage error retry reference/>
                </main>
                <SiteFooter/>
            </body>
        </html>
    }
}

/// The islands' loader (`src/islands.js`), in place of Leptos's
/// `HydrationScripts`: in islands mode that also emits `modulepreload` and
/// `preload` links for the JS and WASM, whatever its `defer` says (leptos
/// 0.8.23), and on a slow network they compete with the first paint (LCP
/// 1.7 s against a first paint of 0.75 s in mobile Lighthouse).
#[component]
fn IslandScripts(options: LeptosOptions) -> impl IntoView {
    // Islands are not hydrated as a whole page: the server's shared
    // context must not wait for a hydration that never comes.
    if let Some(context) = Owner::current_shared_context() {
        context.set_is_hydrating(false);
    }
    static SCRIPT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let script = SCRIPT.get_or_init(|| {
        // Every page carries it: its comments and indentation stay here.
        let code: Vec<&str> = include_str!("islands.js")
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty() && !line.starts_with("//"))
            .collect();
        let PkgFiles { js, wasm, .. } = pkg_files(&options);
        format!("{}({js:?},{wasm:?});", code.join("\n"))
    });
    view! { <script type="module" nonce=use_nonce()>{script.as_str()}</script> }
}

/// The addresses of the built files a page links.
struct PkgFiles {
    js: String,
    wasm: String,
    css: String,
}

/// The site's built files: fingerprinted when cargo-leptos wrote
/// `hash.txt` beside the binary (its `js:`, `wasm:` and `css:` lines),
/// else wasm-bindgen's and cargo-leptos's own names. Read once: Leptos's
/// `HashedStylesheet` reads the file again for every page.
fn pkg_files(options: &LeptosOptions) -> &'static PkgFiles {
    static FILES: std::sync::OnceLock<PkgFiles> = std::sync::OnceLock::new();
    FILES.get_or_init(|| {
        let name = &options.output_name;
        let dir = format!("/{}", options.site_pkg_dir);
        let hashes = options
            .hash_files
            .then(|| {
                let exe = std::env::current_exe().ok()?;
                std::fs::read_to_string(exe.parent()?.join(&*options.hash_file)).ok()
            })
            .flatten()
            .unwrap_or_default();
        let hash = |file: &str| {
            hashes.lines().find_map(|line| {
                let (key, hash) = line.split_once(':')?;
                (key.trim() == file).then(|| hash.trim().to_owned())
            })
        };
        let css = match hash("css") {
            Some(css) => format!("{dir}/{name}.{css}.css"),
            None => format!("{dir}/{name}.css"),
        };
        match (hash("js"), hash("wasm")) {
            (Some(js), Some(wasm)) => PkgFiles {
                js: format!("{dir}/{name}.{js}.js"),
                wasm: format!("{dir}/{name}.{wasm}.wasm"),
                css,
            },
            // As `HydrationScripts` names them: wasm-bindgen's `_bg` unless
            // cargo-leptos set the output name at build time.
            _ => {
                let bg = option_env!("LEPTOS_OUTPUT_NAME").map_or("_bg", |_| "");
                PkgFiles {
                    js: format!("{dir}/{name}.js"),
                    wasm: format!("{dir}/{name}{bg}.wasm"),
                    css,
                }
            }
        }
    })
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
        <link id="leptos" rel="stylesheet" href=pkg_files(&options).css.as_str()/>
        // The owner's colours, font and corners, after the page's own.
        <link rel="stylesheet" href=use_brand().stylesheet/>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Title text=use_lang().t(Msg::PageTitle)/>
        <Router>
            <SiteHeader/>
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
            <RouteFooter/>
            <EmbedScript/>
        </Router>
    }
}

/// The visitors' footer, which the preview, an internal tool, does without.
#[component]
fn RouteFooter() -> impl IntoView {
    let path = leptos_router::hooks::use_location()
        .pathname
        .get_untracked();
    (!path.starts_with("/preview")).then(|| view! { <SiteFooter/> })
}

/// `/`: the pricing page, loaded for the address's query.
#[component]
fn PricingRoute() -> impl IntoView {
    let query = use_query_map();
    let pricing = Resource::new(
        move || {
            query.with(|q| PricingQuery {
                country: q.get("country"),
                lang: q.get("lang"),
                cycle: q.get("cycle"),
                instance: q.get("instance"),
                coupon: q.get("coupon"),
                theme: q.get("theme"),
                embed: q.get("embed"),
                site: q.get("appInstanceId").or_else(|| q.get("instanceId")),
            })
        },
        |query| async move { load_pricing(query).await.map(std::sync::Arc::new) },
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
                let shape = (q.get("layout"), q.get("plan"));
                (
                    q.get("preset"),
                    countries,
                    q.get("lang"),
                    q.get("page"),
                    shape,
                )
            })
        },
        |(preset, countries, lang, page, (layout, plan))| {
            load_preview(preset, countries, lang, page, layout, plan)
        },
    );
    view! { <PreviewPage preview/> }
}
