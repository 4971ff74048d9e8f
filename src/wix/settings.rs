//! Which Wix the page sells through: the apps and their secrets, Wix's
//! addresses, and how long a signed `instance` is trusted.

use super::{webhook::WebhookKeys, AppCredentials};
use crate::settings::{
    http_url, list, millis, optional, optional_secret, secs, settings, ConfigError, Secret, YEAR,
};
use std::time::Duration;

settings! {
    pub struct WixSettings {
        /// Comma-separated app IDs to show. Empty: only with `PRICING_SANDBOX=1`.
        #[setting("wix_app_ids", default = "", with = "list")]
        pub app_ids: Vec<String>,
        /// The app secret; `appId=secret,...` when apps have different
        /// secrets. Required with `WIX_APP_IDS`.
        #[setting("wix_app_secret", default = "", with = "optional_secret")]
        pub app_secret: Option<Secret>,
        /// Base URL of the Wix REST API.
        #[setting("wix_api_base_url", default = "https://www.wixapis.com", with = "http_url")]
        pub api_base_url: String,
        /// Base URL of Wix's installer and dashboard pages.
        #[setting("wix_web_base_url", default = "https://www.wix.com", with = "http_url")]
        pub web_base_url: String,
        /// Timeout of each call to Wix, its retries included.
        #[setting("wix_timeout_ms", default = "5000", with = "millis::<_, 1, 120_000>")]
        pub timeout: Duration,
        /// Hosts a checkout URL from Wix may point at; the page redirects nowhere else.
        #[setting("wix_checkout_hosts", default = "www.wix.com,manage.wix.com", with = "list")]
        pub checkout_hosts: Vec<String>,
        /// The public keys Wix signs each app's webhooks with: `appId=key`,
        /// comma-separated, a key being a PEM file's path, a PEM or base64
        /// of one (`appId=` may be left out with one app). Empty: every
        /// webhook is refused.
        #[setting("wix_webhook_keys", default = "", with = "optional")]
        pub webhook_keys: Option<String>,
        /// Oldest `signDate` of a signed `instance` accepted.
        #[setting("pricing_instance_max_age_secs", default = "14400", with = "secs::<_, 60, YEAR>")]
        pub instance_max_age: Duration,
    }
}

/// The Wix the client talks to and the apps it sells: real Wix, from
/// these settings, or the built-in sandbox standing in for it.
#[derive(Debug, Clone)]
pub struct WixSite {
    pub api_base_url: String,
    pub web_base_url: String,
    /// `host[:port]` values a checkout URL may point at.
    pub checkout_hosts: Vec<String>,
    pub apps: Vec<AppCredentials>,
    /// The keys each app's webhooks are signed with.
    pub webhook_keys: WebhookKeys,
}

impl WixSite {
    /// The credentials of a configured app.
    pub fn app(&self, app_id: &str) -> Option<&AppCredentials> {
        self.apps.iter().find(|a| a.app_id == app_id)
    }

    pub fn app_ids(&self) -> Vec<String> {
        self.apps.iter().map(|a| a.app_id.clone()).collect()
    }
}

impl WixSettings {
    /// Real Wix, for the configured apps, each with its secret.
    pub fn site(&self) -> Result<WixSite, ConfigError> {
        if let Some(bad) = self.app_ids.iter().find(|id| !is_app_id(id)) {
            return Err(ConfigError::new(
                "WIX_APP_IDS",
                format!("{bad:?} is not an app ID"),
            ));
        }
        if self.app_ids.len() > 100 {
            return Err(ConfigError::new("WIX_APP_IDS", "at most 100 app IDs"));
        }
        Ok(WixSite {
            api_base_url: self.api_base_url.clone(),
            web_base_url: self.web_base_url.clone(),
            checkout_hosts: self
                .checkout_hosts
                .iter()
                .map(|h| h.to_ascii_lowercase())
                .collect(),
            apps: self.credentials()?,
            webhook_keys: WebhookKeys::parse(
                self.webhook_keys.as_deref().unwrap_or_default(),
                &self.app_ids,
            )
            .map_err(|reason| ConfigError::new("WIX_WEBHOOK_KEYS", reason))?,
        })
    }

    /// One secret for every app, or `appId=secret` pairs.
    fn credentials(&self) -> Result<Vec<AppCredentials>, ConfigError> {
        if self.app_ids.is_empty() {
            return Ok(Vec::new());
        }
        let raw = self.app_secret.as_ref().map_or("", Secret::expose);
        if raw.is_empty() {
            return Err(ConfigError::new(
                "WIX_APP_SECRET",
                "required when WIX_APP_IDS is set",
            ));
        }
        let per_app = if raw.contains('=') {
            Some(
                crate::settings::split_pairs(raw)
                    .map_err(|reason| ConfigError::new("WIX_APP_SECRET", reason))?,
            )
        } else {
            None
        };
        self.app_ids
            .iter()
            .map(|id| {
                let secret = match &per_app {
                    Some(secrets) => secrets.get(id).map_or("", String::as_str),
                    None => raw,
                };
                if secret.is_empty() {
                    return Err(ConfigError::new(
                        "WIX_APP_SECRET",
                        format!("no secret for app {id}"),
                    ));
                }
                Ok(AppCredentials {
                    app_id: id.clone(),
                    secret: secret.to_owned(),
                })
            })
            .collect()
    }
}

fn is_app_id(id: &str) -> bool {
    id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}
