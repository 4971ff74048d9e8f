//! What the app's owner sets about the page: the visitor's country when
//! the request names none, and the apps' and plans' labels.

use crate::country::CountryCode;
use crate::settings::{header_names, pairs, parsed, url_pairs, Setting};
use http::HeaderName;
use serde::Deserialize;
use std::collections::HashMap;

pub const SETTINGS: &[Setting] = &[
    Setting {
        name: "PRICING_DEFAULT_COUNTRY",
        default: "US",
        meaning: "Country used when the request names none.",
    },
    Setting {
        name: "PRICING_GEO_HEADERS",
        default: "CF-IPCountry,CloudFront-Viewer-Country,X-Country-Code",
        meaning: "Headers a CDN sets to the visitor's country; the first valid one wins.",
    },
    Setting {
        name: "PRICING_APP_NAMES",
        default: "",
        meaning: "Section headings: `appId=Name,...` (the sandbox names its apps itself).",
    },
    Setting {
        name: "PRICING_HIGHLIGHTS",
        default: "",
        meaning: "Plans to highlight: `vendorId=Most popular,...`.",
    },
    Setting {
        name: "PRICING_CTA_LABELS",
        default: "",
        meaning: "Button labels: `vendorId=Start free trial,...`. Default: \"Choose <plan>\".",
    },
    Setting {
        name: "PRICING_APP_PAGES",
        default: "",
        meaning:
            "The app's own page, linked beside prices it bills itself: `appId=https://...,...`.",
    },
];

#[derive(Debug, Clone, Deserialize)]
pub struct PageSettings {
    #[serde(rename = "pricing_default_country", deserialize_with = "parsed")]
    pub default_country: CountryCode,
    #[serde(rename = "pricing_geo_headers", deserialize_with = "header_names")]
    pub geo_headers: Vec<HeaderName>,
    /// Section heading per app ID.
    #[serde(rename = "pricing_app_names", deserialize_with = "pairs")]
    pub app_names: HashMap<String, String>,
    /// Highlight label ("Most popular") per plan vendorId.
    #[serde(rename = "pricing_highlights", deserialize_with = "pairs")]
    pub highlights: HashMap<String, String>,
    /// Button label per plan vendorId.
    #[serde(rename = "pricing_cta_labels", deserialize_with = "pairs")]
    pub cta_labels: HashMap<String, String>,
    /// The app's own page per app ID, for prices billed outside Wix.
    #[serde(rename = "pricing_app_pages", deserialize_with = "url_pairs")]
    pub app_pages: HashMap<String, String>,
}
