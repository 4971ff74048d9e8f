//! The page's components.

mod error_page;
mod pricing_page;

pub use error_page::ErrorPage;
pub use pricing_page::PricingPage;
