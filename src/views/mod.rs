//! The page's components: the page and its controls, a plan's card, the
//! comparison table, the error page, and the marketing preview.

mod comparison_table;
mod error_page;
mod money;
mod period;
mod plan_card;
mod preview_page;
mod pricing_page;
mod site;
mod words;

pub use error_page::ErrorPage;
pub use site::{EmbedScript, SiteFooter, SiteHeader};

use crate::country::CountryCode;
use crate::error::AppError;
use crate::i18n::{Detail, Lang, Msg};
use leptos::prelude::use_context;
use leptos::tachys::{html::InertElement, view::Position, view::RenderHtml};

/// `parts`, drawn into markup at once: for the large parts of a page
/// that nothing hydrates (cards, tables), drawn from the page's view as
/// borrowed. A view kept in the page's tree until the page is written
/// must own its text, and copying a large catalogue's strings into views
/// was a fifth of its render. `capacity`: about the markup's length.
fn drawn<V: RenderHtml>(parts: impl IntoIterator<Item = V>, capacity: usize) -> InertElement {
    let mut html = String::with_capacity(capacity);
    for part in parts {
        part.to_html_with_buf(&mut html, &mut Position::FirstChild, true, false, vec![]);
    }
    InertElement::new(html)
}

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

/// The owner's brand, as the server checked it at start-up: the page's
/// header shows the name and logo, its head links the theme.
#[derive(Debug, Clone, Default)]
pub struct Brand {
    pub name: Option<String>,
    pub logo: Option<String>,
    /// `/theme.css?v=...`.
    pub stylesheet: String,
}

pub fn use_brand() -> Brand {
    use_context::<Brand>().unwrap_or_default()
}

/// How the address asks the page to look: `?theme=light|dark` (else the
/// visitor's system setting) and `?embed=1` (inside another site's frame).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Look {
    pub theme: Option<&'static str>,
    pub embed: bool,
}

impl Look {
    /// From the parameters as given; refuses values the page does not know.
    pub fn parse(theme: Option<&str>, embed: Option<&str>) -> Result<Self, AppError> {
        let refused =
            |msg: Msg, value: &str| AppError::BadRequest(Detail::new(msg).quoting(value, 16));
        let theme = match theme.unwrap_or_default() {
            "" => None,
            "light" => Some("light"),
            "dark" => Some("dark"),
            other => return Err(refused(Msg::ErrorBadTheme, other)),
        };
        let embed = match embed.unwrap_or_default() {
            "" | "0" => false,
            "1" => true,
            other => return Err(refused(Msg::ErrorBadEmbed, other)),
        };
        Ok(Self { theme, embed })
    }
}

pub fn use_look() -> Look {
    use_context::<Look>().unwrap_or_default()
}
pub use preview_page::PreviewPage;
pub use pricing_page::PricingPage;
