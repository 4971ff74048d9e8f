//! The page's components: the page and its controls, a plan's card, the
//! comparison table, the error page, and the marketing preview.

mod comparison_table;
mod error_page;
mod money;
mod period;
mod plan_card;
mod preview_page;
mod pricing_page;
mod words;

pub use error_page::ErrorPage;

use crate::country::CountryCode;
use crate::i18n::Lang;
use leptos::prelude::use_context;

/// The page's language, as the server resolved it for this request.
/// Islands never ask: their words come in their props.
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// What the selectors list, named in the page's language and in its
/// order. The server makes the lists (from CLDR data, which the browser
/// build does not carry) and provides them with the language.
#[derive(Debug, Clone, Copy, Default)]
pub struct Names {
    pub countries: &'static [(CountryCode, String)],
    pub languages: &'static [(Lang, String)],
}

pub fn use_names() -> Names {
    use_context::<Names>().unwrap_or_default()
}
pub use preview_page::PreviewPage;
pub use pricing_page::PricingPage;
