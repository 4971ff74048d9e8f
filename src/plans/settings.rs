//! What the app's owner sets about the page: the visitor's country when
//! the request names none, and the apps' and plans' labels.

use super::copy::OwnerCopy;
use crate::country::CountryCode;
use crate::settings::{header_names, pairs, parsed, settings, url_pairs};
use http::HeaderName;
use std::collections::HashMap;

settings! {
    pub struct PageSettings {
        /// Country used when the request names none.
        #[setting("pricing_default_country", default = "US", with = "parsed")]
        pub default_country: CountryCode,
        /// Headers a CDN sets to the visitor's country; the first valid one wins.
        #[setting(
            "pricing_geo_headers",
            default = "CF-IPCountry,CloudFront-Viewer-Country,X-Country-Code",
            with = "header_names"
        )]
        pub geo_headers: Vec<HeaderName>,
        /// Section headings: `appId=Name,...` (the sandbox names its apps itself).
        #[setting("pricing_app_names", default = "", with = "pairs")]
        pub app_names: HashMap<String, String>,
        /// Plans to highlight: `vendorId=Most popular,...`.
        #[setting("pricing_highlights", default = "", with = "pairs")]
        pub highlights: HashMap<String, String>,
        /// Button labels: `vendorId=Start free trial,...`. Default: "Choose <plan>".
        #[setting("pricing_cta_labels", default = "", with = "pairs")]
        pub cta_labels: HashMap<String, String>,
        /// A TOML file of the owner's own plan names, benefits, highlight and
        /// button labels per page language (see the README); Wix's English where it has none.
        #[setting("pricing_translations", default = "", with = "super::copy::from_file")]
        pub owner_copy: OwnerCopy,
        /// The app's own page, linked beside prices it bills itself:
        /// `appId=https://...,...`.
        #[setting("pricing_app_pages", default = "", with = "url_pairs")]
        pub app_pages: HashMap<String, String>,
    }
}
