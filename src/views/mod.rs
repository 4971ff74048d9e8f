//! The page's components: the page and its controls, a plan's card, the
//! comparison table and the error page.

mod comparison_table;
mod error_page;
mod plan_card;
mod pricing_page;

pub use error_page::ErrorPage;
pub use pricing_page::PricingPage;
