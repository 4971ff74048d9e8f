//! Every module's settings, read once at start-up, and the settings of
//! the process itself: where it listens, what it trusts, how it logs.
//! Where each setting is read and checked: `crate::settings`.

use crate::plans::PageSettings;
use crate::sandbox::SandboxSettings;
use crate::settings::{
    bounded, optional_header, optional_http_url, optional_secret, parsed, settings, ConfigError,
    Secret, Setting, Source,
};
use crate::theme::{Theme, ThemeSettings};
use crate::wix::{CacheSettings, Resilience, SharedCacheSettings, WixSettings, WixSite};
use http::{HeaderName, HeaderValue};
use serde::{de, Deserialize, Deserializer};
use std::{net::SocketAddr, path::PathBuf};

/// Every settings table, in the README's order.
pub const TABLES: [&[Setting]; 8] = [
    SandboxSettings::SETTINGS,
    WixSettings::SETTINGS,
    Resilience::SETTINGS,
    CacheSettings::SETTINGS,
    SharedCacheSettings::SETTINGS,
    PageSettings::SETTINGS,
    ThemeSettings::SETTINGS,
    ServerSettings::SETTINGS,
];

settings! {
    /// The process's own settings: serving, trusting, logging.
    pub struct ServerSettings {
        /// When set, `/preview` and its exports require it.
        #[setting("pricing_preview_token", default = "", with = "optional_secret")]
        pub preview_token: Option<Secret>,
        /// When set, `/metrics` requires it as a bearer token (the funnel
        /// there is the owner's business). Empty: anyone may read it.
        #[setting("pricing_metrics_token", default = "", with = "optional_secret")]
        pub metrics_token: Option<Secret>,
        /// Where Wix sends a buyer after checkout; `{appId}` and `{instanceId}` are filled in (an app with an internal dashboard: `https://www.wix.com/my-account/app/{appId}/{instanceId}`). Empty: Wix's own success page.
        #[setting("pricing_success_url", default = "", with = "optional_http_url")]
        pub success_url: Option<String>,
        /// Checkout requests one client IP may make per minute (then 429
        /// with `Retry-After`).
        #[setting("pricing_checkout_rate_per_min", default = "20", with = "bounded::<_, u32, 1, 100_000>")]
        pub checkout_rate_per_min: u32,
        /// Preview pages and exports one client IP may load per minute.
        #[setting("pricing_preview_rate_per_min", default = "30", with = "bounded::<_, u32, 1, 100_000>")]
        pub preview_rate_per_min: u32,
        /// Header a trusted proxy appends the client IP to (the last value
        /// of its last line is used). Empty: the peer address.
        #[setting("pricing_client_ip_header", default = "", with = "optional_header")]
        pub client_ip_header: Option<HeaderName>,
        /// Connections one peer address (IPv6: one /64) may hold open; 0: no
        /// cap. Behind a proxy every connection is the proxy's: set it above
        /// the proxy's pool, or 0.
        #[setting("pricing_max_connections_per_ip", default = "256", with = "bounded::<_, u32, 0, 1_000_000>")]
        pub max_connections_per_ip: u32,
        /// Threads that answer requests (pages render on a pool of their own); 0: half the cores, at least one, which gave the lowest tail on 2 cores (BENCHMARKS.md).
        #[setting("pricing_worker_threads", default = "0", with = "bounded::<_, u32, 0, 1_024>")]
        pub worker_threads: u32,
        /// Origins whose pages may read `/api/v1` from the browser (CORS):
        /// `https://example.com,...`. Empty: none (servers may always).
        #[setting("pricing_api_origins", default = "", with = "origins")]
        pub api_origins: Vec<HeaderValue>,
        /// The CSP `frame-ancestors` sources: who may frame the page.
        #[setting("pricing_frame_ancestors", default = "'self' https://*.wix.com", with = "frame_ancestors")]
        pub frame_ancestors: String,
        /// `json` for one JSON object per log line.
        #[setting("pricing_log_format", default = "text")]
        pub log_format: LogFormat,
        /// Address the page is served on.
        #[setting("pricing_bind_addr", default = "127.0.0.1:3000", with = "parsed")]
        pub bind_addr: SocketAddr,
        /// The page's public URL. Empty: `http://<PRICING_BIND_ADDR>`.
        #[setting("pricing_public_url", default = "", with = "optional_http_url")]
        public_url: Option<String>,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Text,
    Json,
}

impl ServerSettings {
    /// The runtime's worker threads: `worker_threads`, or half the cores.
    pub fn workers(&self) -> usize {
        match self.worker_threads {
            0 => std::thread::available_parallelism().map_or(1, |n| (n.get() / 2).max(1)),
            n => n as usize,
        }
    }

    /// `PRICING_PUBLIC_URL`, else the bound address (loopback for an
    /// unspecified one).
    pub fn public_url(&self) -> String {
        match &self.public_url {
            Some(url) => url.clone(),
            None if self.bind_addr.ip().is_unspecified() => {
                format!("http://127.0.0.1:{}", self.bind_addr.port())
            }
            None => format!("http://{}", self.bind_addr),
        }
    }
}

/// Web origins (scheme, host, port; no path), as CORS names them.
fn origins<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<HeaderValue>, D::Error> {
    crate::settings::list(d)?
        .iter()
        .map(|text| {
            let url = reqwest::Url::parse(text).map_err(|e| format!("{text:?}: {e}"))?;
            let origin = url.origin().ascii_serialization();
            if !matches!(url.scheme(), "http" | "https") || origin != text.trim_end_matches('/') {
                return Err(format!(
                    "{text:?} is not an origin such as https://example.com"
                ));
            }
            HeaderValue::from_str(&origin).map_err(|e| e.to_string())
        })
        .collect::<Result<_, _>>()
        .map_err(de::Error::custom)
}

/// It goes into a header: one directive's sources, nothing else.
fn frame_ancestors<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let sources = String::deserialize(d)?.trim().to_owned();
    if sources
        .bytes()
        .any(|b| matches!(b, b';' | b',' | b'\r' | b'\n') || !b.is_ascii_graphic() && b != b' ')
    {
        return Err(de::Error::custom(
            "sources separated by spaces, without `;` or `,`",
        ));
    }
    Ok(sources)
}

#[derive(Debug, Clone)]
pub struct Config {
    pub wix: WixSettings,
    /// Real Wix, for the configured apps; none of them with the sandbox.
    pub site: WixSite,
    pub resilience: Resilience,
    pub cache: CacheSettings,
    pub shared_cache: SharedCacheSettings,
    pub page: PageSettings,
    /// The owner's brand, its colours checked.
    pub theme: Theme,
    pub sandbox: SandboxSettings,
    pub server: ServerSettings,
}

impl Config {
    /// Reads the process environment and the file named by `PRICING_CONFIG`.
    pub fn from_env() -> Result<Self, ConfigError> {
        let file = std::env::var_os("PRICING_CONFIG")
            .filter(|path| !path.is_empty())
            .map(PathBuf::from);
        Self::from_source(&Source::new(&TABLES, file.as_deref(), None)?)
    }

    fn from_source(source: &Source) -> Result<Self, ConfigError> {
        let wix: WixSettings = source.read()?;
        let sandbox: SandboxSettings = source.read()?;
        let site = wix.site()?;
        if sandbox.enabled && !site.apps.is_empty() {
            return Err(ConfigError::new(
                "PRICING_SANDBOX",
                "set together with WIX_APP_IDS: run on Wix or on the sandbox, not both",
            ));
        }
        Ok(Self {
            site,
            wix,
            resilience: source.read()?,
            cache: source.read()?,
            shared_cache: source.read()?,
            page: source.read()?,
            theme: Theme::new(&source.read()?)?,
            sandbox,
            server: source.read()?,
        })
    }

    /// The configuration these settings give, the rest at their defaults.
    #[cfg(test)]
    pub(crate) fn from_pairs(pairs: &[(&str, &str)]) -> Result<Self, ConfigError> {
        let env = pairs
            .iter()
            .map(|(name, value)| (name.to_string(), value.to_string()))
            .collect();
        Self::from_source(&Source::new(&TABLES, None, Some(env))?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(pairs: &[(&str, &str)]) -> Result<Config, ConfigError> {
        Config::from_pairs(pairs)
    }

    #[test]
    fn defaults_and_the_sandbox_only_when_asked_for() {
        let c = config(&[]).unwrap();
        assert!(!c.sandbox.enabled, "never by default");
        assert!(config(&[("PRICING_SANDBOX", "1")]).unwrap().sandbox.enabled);
        assert_eq!(c.page.default_country.as_str(), "US");
        assert_eq!(c.server.public_url(), "http://127.0.0.1:3000");
        assert_eq!(c.page.geo_headers.len(), 3);
        assert_eq!(c.wix.timeout, std::time::Duration::from_secs(5));
    }

    #[test]
    fn app_ids_need_secrets() {
        let err = config(&[("WIX_APP_IDS", "a,b")]).unwrap_err();
        assert_eq!(err.setting, "WIX_APP_SECRET");
        let c = config(&[("WIX_APP_IDS", "a, b"), ("WIX_APP_SECRET", "s")]).unwrap();
        assert_eq!(c.site.app_ids(), ["a", "b"]);
        assert!(c.site.apps.iter().all(|a| a.secret == "s"));
        let c = config(&[("WIX_APP_IDS", "a,b"), ("WIX_APP_SECRET", "a=s1,b=s2")]).unwrap();
        assert_eq!(c.site.apps[1].secret, "s2");
        let err = config(&[("WIX_APP_IDS", "a,b"), ("WIX_APP_SECRET", "a=s1")]).unwrap_err();
        assert!(err.reason.contains("no secret for app b"), "{err}");
    }

    #[test]
    fn secrets_never_show_in_debug_output() {
        let c = config(&[
            ("WIX_APP_IDS", "a"),
            ("WIX_APP_SECRET", "app-secret-value"),
            ("PRICING_PREVIEW_TOKEN", "preview-token-value"),
            (
                "PRICING_SHARED_CACHE_URL",
                "rediss://:cache-password@valkey:6380",
            ),
        ])
        .unwrap();
        let printed = format!("{c:?}");
        assert!(!printed.contains("app-secret-value"), "{printed}");
        assert!(!printed.contains("cache-password"), "{printed}");
        assert!(!printed.contains("preview-token-value"), "{printed}");
        assert_eq!(
            c.server.preview_token.unwrap().expose(),
            "preview-token-value"
        );
    }

    #[test]
    fn plan_labels_are_keyed_by_vendor_id() {
        let c = config(&[
            (
                "PRICING_HIGHLIGHTS",
                "pro=Most popular, agency = Best value",
            ),
            ("PRICING_CTA_LABELS", "free=Install free"),
        ])
        .unwrap();
        assert_eq!(c.page.highlights["pro"], "Most popular");
        assert_eq!(c.page.highlights["agency"], "Best value");
        assert_eq!(c.page.cta_labels["free"], "Install free");
    }

    #[test]
    fn invalid_values_name_the_setting() {
        for (name, value) in [
            ("WIX_APP_IDS", "a/b"),
            ("WIX_API_BASE_URL", "ftp://x"),
            ("WIX_TIMEOUT_MS", "0"),
            ("PRICING_DEFAULT_COUNTRY", "USA"),
            ("PRICING_BIND_ADDR", "localhost"),
            ("PRICING_GEO_HEADERS", "bad header"),
            ("PRICING_HIGHLIGHTS", "pro"),
            ("PRICING_INSTANCE_MAX_AGE_SECS", "99999999999999999999"),
            ("PRICING_INSTANCE_MAX_AGE_SECS", "10"),
            ("PRICING_CTA_LABELS", "pro="),
            ("PRICING_SHARED_CACHE_URL", "valkey.internal:6379"),
            ("PRICING_SHARED_CACHE_TIMEOUT_MS", "0"),
        ] {
            let err = config(&[(name, value)]).unwrap_err();
            assert_eq!(err.setting, name, "{err}");
            assert!(err.to_string().contains(name));
        }
    }

    #[test]
    fn every_default_is_a_valid_value() {
        config(&[]).unwrap();
    }

    #[test]
    fn the_readme_lists_every_setting_as_the_code_defines_it() {
        let readme = include_str!("../README.md");
        let table = crate::settings::markdown(&TABLES);
        assert!(
            readme.contains(&table),
            "README.md's settings table is out of date; it should read:\n\n{table}"
        );
    }

    #[test]
    fn the_file_names_settings_in_lower_case_and_the_environment_wins() {
        let dir = std::env::temp_dir().join(format!("pricing-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("settings.toml");
        std::fs::write(
            &file,
            "pricing_highlights = [\"pro=Most popular\", \"agency=Best value\"]\n\
             pricing_cache_fresh_secs = 120\n\
             pricing_default_country = \"DE\"\n",
        )
        .unwrap();
        let env = [("PRICING_DEFAULT_COUNTRY", "FR")]
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .into();
        let c =
            Config::from_source(&Source::new(&TABLES, Some(&file), Some(env)).unwrap()).unwrap();
        assert_eq!(c.page.highlights["agency"], "Best value");
        assert_eq!(c.cache.fresh, std::time::Duration::from_secs(120));
        assert_eq!(c.page.default_country.as_str(), "FR");

        std::fs::write(&file, "pricing_hihglights = \"pro=Most popular\"\n").unwrap();
        let err = Source::new(&TABLES, Some(&file), Some(Default::default()))
            .err()
            .unwrap();
        assert_eq!(err.setting, "PRICING_CONFIG");
        assert!(err.reason.contains("pricing_hihglights"), "{err}");
        std::fs::remove_dir_all(dir).unwrap();
    }
}
