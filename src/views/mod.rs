//! The page's components: the page and its controls, a plan's card, the
//! comparison table, the error page, and the marketing preview.

mod comparison_table;
mod error_page;
mod money;
mod period;
mod plan_card;
mod preview_page;
mod pricing_page;

pub use error_page::ErrorPage;
pub use preview_page::PreviewPage;
pub use pricing_page::PricingPage;
