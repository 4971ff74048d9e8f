//! Around every page: the owner's header (logo and app name) and the
//! footer; in a frame (`?embed=1`) neither, and a script that tells the
//! framing page how tall the content is.

use crate::i18n::Msg;
use leptos::{nonce::use_nonce, prelude::*};

/// The app's logo and name, when the owner set either.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let brand = super::use_brand();
    if super::use_look().embed || (brand.name.is_none() && brand.logo.is_none()) {
        return None;
    }
    // Beside the name, the logo adds nothing a screen reader needs.
    let alt = match &brand.name {
        Some(_) => String::new(),
        None => super::use_lang().t(Msg::BrandLogo),
    };
    Some(view! {
        <header class="site-header">
            {brand.logo.map(|src| view! { <img class="logo" src=src alt=alt width="40" height="40"/> })}
            {brand.name.map(|name| view! { <p class="brand-name">{name}</p> })}
        </header>
    })
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    (!super::use_look().embed).then(|| {
        view! {
            <footer class="site-footer">
                <p>{super::use_lang().t(Msg::FooterWix)}</p>
            </footer>
        }
    })
}

/// In a frame: posts the content's height to the framing page whenever
/// it changes (`{type: "wix-pricing:height", height}`), so that the frame
/// can grow to fit. Inline, with the page's nonce: the policy stays free
/// of `unsafe-inline`.
#[component]
pub fn EmbedScript() -> impl IntoView {
    super::use_look().embed.then(|| {
        view! { <script type="module" nonce=use_nonce()>{include_str!("../embed.js")}</script> }
    })
}
