//! Configuration from the environment, optionally backed by a TOML file
//! named by `PRICING_CONFIG`. Environment variables win over the file; the
//! file uses the same names in lower case (`wix_app_ids = "..."`).

use crate::country::CountryCode;
use crate::wix::AppCredentials;
use axum::http::HeaderName;
use std::{collections::HashMap, net::SocketAddr, path::PathBuf, time::Duration};

/// Every setting: name, default, meaning. The README's table mirrors it.
pub const SETTINGS: &[(&str, &str, &str)] = &[
    (
        "WIX_APP_IDS",
        "",
        "Comma-separated app IDs to show. Empty: only with PRICING_SANDBOX=1.",
    ),
    (
        "PRICING_SANDBOX",
        "",
        "`1`: run on the built-in Wix sandbox (demo apps, stand-in checkout) instead of Wix.",
    ),
    (
        "WIX_APP_SECRET",
        "",
        "The app secret; `appId=secret,...` when apps have different secrets.",
    ),
    (
        "WIX_API_BASE_URL",
        "https://www.wixapis.com",
        "Base URL of the Wix REST API.",
    ),
    (
        "WIX_WEB_BASE_URL",
        "https://www.wix.com",
        "Base URL of Wix's installer and dashboard pages.",
    ),
    (
        "WIX_TIMEOUT_MS",
        "5000",
        "Timeout of each call to Wix, in milliseconds.",
    ),
    (
        "PRICING_DEFAULT_COUNTRY",
        "US",
        "Country used when the request names none.",
    ),
    (
        "PRICING_GEO_HEADERS",
        "CF-IPCountry,CloudFront-Viewer-Country,X-Country-Code",
        "Headers a CDN sets to the visitor's country, first match wins.",
    ),
    (
        "PRICING_SUCCESS_URL",
        "",
        "Where Wix sends a buyer after checkout. Empty: the app's page in the Wix dashboard.",
    ),
    (
        "PRICING_APP_NAMES",
        "",
        "Section headings of the apps: `appId=Name,...`.",
    ),
    (
        "PRICING_HIGHLIGHTS",
        "",
        "Plans to highlight: `vendorId=Most popular,...`.",
    ),
    (
        "PRICING_CTA_LABELS",
        "",
        "Button labels: `vendorId=Start free trial,...`. Default: Choose <plan>.",
    ),
    (
        "PRICING_APP_PAGES",
        "",
        "The app's own page, linked beside prices it bills itself: `appId=https://...,...`.",
    ),
    (
        "PRICING_INSTANCE_MAX_AGE_SECS",
        "14400",
        "Oldest `signDate` of a signed instance accepted, in seconds.",
    ),
    (
        "WIX_CHECKOUT_HOSTS",
        "www.wix.com,manage.wix.com",
        "Hosts a checkout URL from Wix may point at; no other redirect is made.",
    ),
    (
        "PRICING_PREVIEW_TOKEN",
        "",
        "Token the marketing preview asks for. Empty: the preview is open.",
    ),
    (
        "PRICING_CACHE_FRESH_SECS",
        "300",
        "How long Wix's prices for a country are used without asking again.",
    ),
    (
        "PRICING_CACHE_REVALIDATE_SECS",
        "60",
        "After that, how long old prices are served while one refresh runs.",
    ),
    (
        "PRICING_CACHE_STALE_IF_ERROR_SECS",
        "86400",
        "How long old prices are served, with a notice, while Wix fails.",
    ),
    (
        "PRICING_CACHE_STALE_WAIT_MS",
        "800",
        "How long a visitor waits for a refresh before old prices are shown.",
    ),
    (
        "PRICING_CACHE_MAX_ENTRIES",
        "5000",
        "Most (apps, country) price lists kept in memory.",
    ),
    (
        "WIX_RETRIES",
        "2",
        "Retries of a failed idempotent call to Wix (never of checkout).",
    ),
    (
        "WIX_BREAKER_FAILURES",
        "5",
        "Consecutive failures of a Wix endpoint that open its circuit.",
    ),
    (
        "WIX_BREAKER_OPEN_SECS",
        "30",
        "How long an open circuit fails fast before one trial call.",
    ),
    (
        "PRICING_CHECKOUT_RATE_PER_MIN",
        "20",
        "Checkout requests one client IP may make per minute.",
    ),
    (
        "PRICING_PREVIEW_RATE_PER_MIN",
        "30",
        "Preview pages and exports one client IP may load per minute.",
    ),
    (
        "PRICING_CLIENT_IP_HEADER",
        "",
        "Header a trusted proxy appends the client IP to (its last value is used). Empty: the peer address.",
    ),
    (
        "PRICING_MAX_CONNECTIONS_PER_IP",
        "256",
        "Connections one peer address (IPv6: one /64) may hold open. 0: no cap. Behind a proxy every connection is the proxy's.",
    ),
    (
        "PRICING_FRAME_ANCESTORS",
        "'self' https://*.wix.com",
        "CSP frame-ancestors: who may frame the page.",
    ),
    (
        "PRICING_LOG_FORMAT",
        "text",
        "Log lines as `text` or `json`.",
    ),
    (
        "PRICING_BIND_ADDR",
        "127.0.0.1:3000",
        "Address the page is served on.",
    ),
    (
        "PRICING_PUBLIC_URL",
        "",
        "The page's public URL. Empty: http://<PRICING_BIND_ADDR>.",
    ),
    (
        "PRICING_SANDBOX_ADDR",
        "127.0.0.1:0",
        "Address of the built-in sandbox (port 0: any free port).",
    ),
    (
        "PRICING_SANDBOX_CATALOGUE",
        "",
        "TOML catalogue for the sandbox. Empty: the demo catalogue.",
    ),
];

#[derive(Debug, Clone)]
pub struct Config {
    /// Empty when the product runs on the built-in sandbox.
    pub apps: Vec<AppCredentials>,
    /// Run on the built-in sandbox, asked for by name: a deploy that
    /// forgets its app IDs refuses to start rather than sell demo apps.
    pub sandbox: bool,
    pub wix_api_base_url: String,
    pub wix_web_base_url: String,
    pub timeout: Duration,
    pub default_country: CountryCode,
    pub geo_headers: Vec<HeaderName>,
    pub success_url: Option<String>,
    pub instance_max_age: Duration,
    /// Guards the marketing preview when set.
    pub preview_token: Option<Secret>,
    /// `host[:port]` values a checkout URL may point at.
    pub checkout_hosts: Vec<String>,
    /// Section heading per app ID.
    pub app_names: HashMap<String, String>,
    /// Highlight label ("Most popular") per plan vendorId.
    pub highlights: HashMap<String, String>,
    /// Button label per plan vendorId.
    pub cta_labels: HashMap<String, String>,
    /// The app's own page per app ID, for prices billed outside Wix.
    pub app_pages: HashMap<String, String>,
    pub bind_addr: SocketAddr,
    pub public_url: String,
    pub sandbox_addr: SocketAddr,
    pub sandbox_catalogue: Option<PathBuf>,
    pub cache: CacheSettings,
    pub resilience: Resilience,
    pub checkout_rate_per_min: u32,
    pub preview_rate_per_min: u32,
    pub client_ip_header: Option<HeaderName>,
    /// Open connections per peer address; 0: no cap.
    pub max_connections_per_ip: u32,
    pub frame_ancestors: String,
    pub json_logs: bool,
}

/// A value that must never reach a log or a page: `Debug` hides it.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(redacted)")
    }
}

/// How long prices from List App Plans are reused (see `wix::PlanCache`).
#[derive(Debug, Clone, Copy)]
pub struct CacheSettings {
    pub fresh: Duration,
    pub revalidate: Duration,
    pub stale_if_error: Duration,
    pub stale_wait: Duration,
    pub max_entries: u64,
}

/// Retries and circuit breaking of calls to Wix.
#[derive(Debug, Clone, Copy)]
pub struct Resilience {
    pub retries: u32,
    pub breaker_failures: u32,
    pub breaker_open: Duration,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid configuration: {setting}: {reason}")]
pub struct ConfigError {
    pub setting: String,
    pub reason: String,
}

fn invalid(setting: &str, reason: impl Into<String>) -> ConfigError {
    ConfigError {
        setting: setting.to_owned(),
        reason: reason.into(),
    }
}

impl Config {
    /// Reads the process environment and the file named by `PRICING_CONFIG`.
    pub fn from_env() -> Result<Self, ConfigError> {
        let file = match std::env::var("PRICING_CONFIG") {
            Ok(path) if !path.is_empty() => read_file(&path)?,
            _ => HashMap::new(),
        };
        Self::from_lookup(|name| {
            std::env::var(name)
                .ok()
                .or_else(|| file.get(&name.to_ascii_lowercase()).cloned())
        })
    }

    /// Builds the configuration from any source of named values.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let get = |name: &str| -> String {
            let default = SETTINGS.iter().find(|s| s.0 == name).map_or("", |s| s.1);
            lookup(name)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
                .unwrap_or_else(|| default.to_owned())
        };
        let optional = |name: &str| Some(get(name)).filter(|v| !v.is_empty());

        let app_ids: Vec<String> = get("WIX_APP_IDS")
            .split(',')
            .map(str::trim)
            .filter(|id| !id.is_empty())
            .map(str::to_owned)
            .collect();
        if let Some(bad) = app_ids.iter().find(|id| !is_app_id(id)) {
            return Err(invalid("WIX_APP_IDS", format!("{bad:?} is not an app ID")));
        }
        if app_ids.len() > 100 {
            return Err(invalid("WIX_APP_IDS", "at most 100 app IDs"));
        }
        let apps = app_secrets(&app_ids, &get("WIX_APP_SECRET"))?;
        let sandbox = match get("PRICING_SANDBOX").trim() {
            "" | "0" | "false" => false,
            "1" | "true" => true,
            other => {
                return Err(invalid(
                    "PRICING_SANDBOX",
                    format!("{other:?}: use 1 or leave it empty"),
                ))
            }
        };
        if sandbox && !apps.is_empty() {
            return Err(invalid(
                "PRICING_SANDBOX",
                "set together with WIX_APP_IDS: run on Wix or on the sandbox, not both",
            ));
        }

        let bind_addr: SocketAddr = parse("PRICING_BIND_ADDR", &get("PRICING_BIND_ADDR"))?;
        let public_url = match optional("PRICING_PUBLIC_URL") {
            Some(url) => http_url("PRICING_PUBLIC_URL", &url)?,
            None if bind_addr.ip().is_unspecified() => {
                format!("http://127.0.0.1:{}", bind_addr.port())
            }
            None => format!("http://{bind_addr}"),
        };
        let ranged =
            |name: &str, range: std::ops::RangeInclusive<u64>| -> Result<u64, ConfigError> {
                let value: u64 = parse(name, &get(name))?;
                if range.contains(&value) {
                    Ok(value)
                } else {
                    Err(invalid(
                        name,
                        format!("must be between {} and {}", range.start(), range.end()),
                    ))
                }
            };
        const YEAR: u64 = 31_536_000;
        let secs = |name, range| ranged(name, range).map(Duration::from_secs);
        let millis = |name, range| ranged(name, range).map(Duration::from_millis);
        let per_min = |name| ranged(name, 1..=100_000).map(|v| v as u32);
        let cache = CacheSettings {
            fresh: secs("PRICING_CACHE_FRESH_SECS", 0..=YEAR)?,
            revalidate: secs("PRICING_CACHE_REVALIDATE_SECS", 0..=YEAR)?,
            stale_if_error: secs("PRICING_CACHE_STALE_IF_ERROR_SECS", 0..=YEAR)?,
            stale_wait: millis("PRICING_CACHE_STALE_WAIT_MS", 0..=120_000)?,
            max_entries: ranged("PRICING_CACHE_MAX_ENTRIES", 1..=1_000_000)?,
        };
        let resilience = Resilience {
            retries: ranged("WIX_RETRIES", 0..=5)? as u32,
            breaker_failures: ranged("WIX_BREAKER_FAILURES", 1..=1_000)? as u32,
            breaker_open: secs("WIX_BREAKER_OPEN_SECS", 1..=3_600)?,
        };
        let client_ip_header = optional("PRICING_CLIENT_IP_HEADER")
            .map(|h| {
                HeaderName::try_from(h.as_str()).map_err(|_| {
                    invalid(
                        "PRICING_CLIENT_IP_HEADER",
                        format!("{h:?} is not a header name"),
                    )
                })
            })
            .transpose()?;
        let frame_ancestors = get("PRICING_FRAME_ANCESTORS");
        // It goes into a header: one directive's sources, nothing else.
        if frame_ancestors
            .bytes()
            .any(|b| matches!(b, b';' | b',' | b'\r' | b'\n') || !b.is_ascii_graphic() && b != b' ')
        {
            return Err(invalid(
                "PRICING_FRAME_ANCESTORS",
                "sources separated by spaces, without `;` or `,`",
            ));
        }
        let json_logs = match get("PRICING_LOG_FORMAT").as_str() {
            "text" => false,
            "json" => true,
            other => {
                return Err(invalid(
                    "PRICING_LOG_FORMAT",
                    format!("{other:?}: use text or json"),
                ))
            }
        };
        let geo_headers = get("PRICING_GEO_HEADERS")
            .split(',')
            .map(str::trim)
            .filter(|h| !h.is_empty())
            .map(|h| {
                HeaderName::try_from(h).map_err(|_| {
                    invalid("PRICING_GEO_HEADERS", format!("{h:?} is not a header name"))
                })
            })
            .collect::<Result<_, _>>()?;

        Ok(Self {
            apps,
            sandbox,
            wix_api_base_url: http_url("WIX_API_BASE_URL", &get("WIX_API_BASE_URL"))?,
            wix_web_base_url: http_url("WIX_WEB_BASE_URL", &get("WIX_WEB_BASE_URL"))?,
            timeout: millis("WIX_TIMEOUT_MS", 1..=120_000)?,
            default_country: parse("PRICING_DEFAULT_COUNTRY", &get("PRICING_DEFAULT_COUNTRY"))?,
            geo_headers,
            success_url: optional("PRICING_SUCCESS_URL")
                .map(|u| http_url("PRICING_SUCCESS_URL", &u))
                .transpose()?,
            instance_max_age: secs("PRICING_INSTANCE_MAX_AGE_SECS", 60..=YEAR)?,
            preview_token: optional("PRICING_PREVIEW_TOKEN").map(Secret),
            checkout_hosts: get("WIX_CHECKOUT_HOSTS")
                .split(',')
                .map(|h| h.trim().to_ascii_lowercase())
                .filter(|h| !h.is_empty())
                .collect(),
            app_names: pairs("PRICING_APP_NAMES", &get("PRICING_APP_NAMES"))?,
            highlights: pairs("PRICING_HIGHLIGHTS", &get("PRICING_HIGHLIGHTS"))?,
            cta_labels: pairs("PRICING_CTA_LABELS", &get("PRICING_CTA_LABELS"))?,
            app_pages: pairs("PRICING_APP_PAGES", &get("PRICING_APP_PAGES"))?
                .into_iter()
                .map(|(app, url)| Ok((app, http_url("PRICING_APP_PAGES", &url)?)))
                .collect::<Result<_, ConfigError>>()?,
            bind_addr,
            public_url,
            sandbox_addr: parse("PRICING_SANDBOX_ADDR", &get("PRICING_SANDBOX_ADDR"))?,
            sandbox_catalogue: optional("PRICING_SANDBOX_CATALOGUE").map(PathBuf::from),
            cache,
            resilience,
            checkout_rate_per_min: per_min("PRICING_CHECKOUT_RATE_PER_MIN")?,
            preview_rate_per_min: per_min("PRICING_PREVIEW_RATE_PER_MIN")?,
            client_ip_header,
            max_connections_per_ip: ranged("PRICING_MAX_CONNECTIONS_PER_IP", 0..=1_000_000)? as u32,
            frame_ancestors,
            json_logs,
        })
    }

    /// The configuration these settings give, the rest at their defaults.
    #[cfg(test)]
    pub(crate) fn from_pairs(pairs: &[(&str, &str)]) -> Result<Self, ConfigError> {
        Self::from_lookup(|name| {
            pairs
                .iter()
                .rev()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        })
    }

    /// Whether the built-in sandbox stands in for Wix.
    pub fn uses_sandbox(&self) -> bool {
        self.sandbox
    }

    /// The credentials of a configured app.
    pub fn app(&self, app_id: &str) -> Option<&AppCredentials> {
        self.apps.iter().find(|a| a.app_id == app_id)
    }

    pub fn app_ids(&self) -> Vec<String> {
        self.apps.iter().map(|a| a.app_id.clone()).collect()
    }
}

fn read_file(path: &str) -> Result<HashMap<String, String>, ConfigError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| invalid("PRICING_CONFIG", format!("{path}: {e}")))?;
    let table: toml::Table = text
        .parse()
        .map_err(|e| invalid("PRICING_CONFIG", format!("{path}: {e}")))?;
    table
        .into_iter()
        .map(|(key, value)| match value {
            toml::Value::String(s) => Ok((key, s)),
            toml::Value::Integer(i) => Ok((key, i.to_string())),
            toml::Value::Array(items) => items
                .iter()
                .map(|v| v.as_str().map(str::to_owned))
                .collect::<Option<Vec<_>>>()
                .map(|items| (key.clone(), items.join(",")))
                .ok_or_else(|| invalid(&key, "arrays must hold strings")),
            _ => Err(invalid(
                &key,
                "must be a string, an integer or an array of strings",
            )),
        })
        .collect()
}

fn parse<T: std::str::FromStr>(setting: &str, value: &str) -> Result<T, ConfigError>
where
    T::Err: std::fmt::Display,
{
    value
        .parse()
        .map_err(|e| invalid(setting, format!("{value:?}: {e}")))
}

fn http_url(setting: &str, value: &str) -> Result<String, ConfigError> {
    let url =
        reqwest::Url::parse(value).map_err(|e| invalid(setting, format!("{value:?}: {e}")))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(invalid(setting, format!("{value:?} is not an http(s) URL")));
    }
    Ok(value.trim_end_matches('/').to_owned())
}

fn is_app_id(id: &str) -> bool {
    id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// `key=value,key=value`; keys and values trimmed, neither empty.
fn pairs(setting: &str, raw: &str) -> Result<HashMap<String, String>, ConfigError> {
    raw.split(',')
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(|item| match item.split_once('=') {
            Some((k, v)) if !k.trim().is_empty() && !v.trim().is_empty() => {
                Ok((k.trim().to_owned(), v.trim().to_owned()))
            }
            _ => Err(invalid(setting, format!("{item:?} is not key=value"))),
        })
        .collect()
}

/// One secret for every app, or `appId=secret` pairs.
fn app_secrets(app_ids: &[String], raw: &str) -> Result<Vec<AppCredentials>, ConfigError> {
    if app_ids.is_empty() {
        return Ok(Vec::new());
    }
    if raw.is_empty() {
        return Err(invalid(
            "WIX_APP_SECRET",
            "required when WIX_APP_IDS is set",
        ));
    }
    let per_app = raw.contains('=');
    let secrets = if per_app {
        pairs("WIX_APP_SECRET", raw)?
    } else {
        HashMap::new()
    };
    app_ids
        .iter()
        .map(|id| {
            let secret = if per_app {
                secrets.get(id).map_or("", String::as_str)
            } else {
                raw
            };
            if secret.is_empty() {
                return Err(invalid("WIX_APP_SECRET", format!("no secret for app {id}")));
            }
            Ok(AppCredentials {
                app_id: id.clone(),
                secret: secret.to_owned(),
            })
        })
        .collect()
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
        assert!(!c.uses_sandbox(), "never by default");
        assert!(config(&[("PRICING_SANDBOX", "1")]).unwrap().uses_sandbox());
        assert_eq!(c.default_country.as_str(), "US");
        assert_eq!(c.public_url, "http://127.0.0.1:3000");
        assert_eq!(c.geo_headers.len(), 3);
        assert_eq!(c.timeout, Duration::from_secs(5));
    }

    #[test]
    fn app_ids_need_secrets() {
        let err = config(&[("WIX_APP_IDS", "a,b")]).unwrap_err();
        assert_eq!(err.setting, "WIX_APP_SECRET");
        let c = config(&[("WIX_APP_IDS", "a, b"), ("WIX_APP_SECRET", "s")]).unwrap();
        assert_eq!(c.app_ids(), ["a", "b"]);
        assert!(c.apps.iter().all(|a| a.secret == "s"));
        let c = config(&[("WIX_APP_IDS", "a,b"), ("WIX_APP_SECRET", "a=s1,b=s2")]).unwrap();
        assert_eq!(c.apps[1].secret, "s2");
        let err = config(&[("WIX_APP_IDS", "a,b"), ("WIX_APP_SECRET", "a=s1")]).unwrap_err();
        assert!(err.reason.contains("no secret for app b"), "{err}");
    }

    #[test]
    fn secrets_never_show_in_debug_output() {
        let c = config(&[
            ("WIX_APP_IDS", "a"),
            ("WIX_APP_SECRET", "app-secret-value"),
            ("PRICING_PREVIEW_TOKEN", "preview-token-value"),
        ])
        .unwrap();
        let printed = format!("{c:?}");
        assert!(!printed.contains("app-secret-value"), "{printed}");
        assert!(!printed.contains("preview-token-value"), "{printed}");
        assert_eq!(c.preview_token.unwrap().expose(), "preview-token-value");
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
        assert_eq!(c.highlights["pro"], "Most popular");
        assert_eq!(c.highlights["agency"], "Best value");
        assert_eq!(c.cta_labels["free"], "Install free");
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
        ] {
            let err = config(&[(name, value)]).unwrap_err();
            assert_eq!(err.setting, name, "{err}");
            assert!(err.to_string().contains(name));
        }
    }
}
