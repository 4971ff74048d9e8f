//! How settings are read. Each module owns the settings it uses: a serde
//! struct whose fields are renamed to the settings' names, beside a table
//! of those names with their defaults and meanings. This module layers the
//! tables' defaults, the TOML file named by `PRICING_CONFIG` and the
//! environment (which wins) with the `config` crate, and hands each module
//! its struct. The field parsers below keep the validation: a bad value
//! stops start-up with a message naming the setting.

use http::HeaderName;
use serde::{de, de::DeserializeOwned, Deserialize, Deserializer};
use std::{collections::HashMap, path::Path, str::FromStr, time::Duration};

/// One setting as the README documents it.
#[derive(Debug, Clone, Copy)]
pub struct Setting {
    /// As the TOML file writes it; the environment variable is its upper
    /// case.
    pub name: &'static str,
    /// Used when the setting is unset or empty.
    pub default: &'static str,
    pub meaning: &'static str,
}

impl Setting {
    pub fn variable(&self) -> String {
        self.name.to_ascii_uppercase()
    }
}

/// Declares a module's settings struct and, from the same lines, its table
/// (`SETTINGS`): each field's setting name, its default, and its doc
/// comment as the setting's meaning in the README. `with` names the field
/// parser that checks the value.
macro_rules! settings {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $(
                $(#[doc = $doc:literal])+
                #[setting($key:literal, default = $default:literal $(, with = $with:literal)?)]
                $vis:vis $field:ident: $ty:ty,
            )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, serde::Deserialize)]
        pub struct $name {
            $(
                $(#[doc = $doc])+
                #[serde(rename = $key $(, deserialize_with = $with)?)]
                $vis $field: $ty,
            )+
        }

        impl $name {
            pub const SETTINGS: &'static [$crate::settings::Setting] = &[$(
                $crate::settings::Setting {
                    name: $key,
                    default: $default,
                    meaning: concat!($($doc),+),
                },
            )+];
        }
    };
}
pub(crate) use settings;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid configuration: {setting}: {reason}")]
pub struct ConfigError {
    pub setting: String,
    pub reason: String,
}

impl ConfigError {
    pub fn new(setting: &str, reason: impl Into<String>) -> Self {
        Self {
            setting: setting.to_owned(),
            reason: reason.into(),
        }
    }
}

/// Every setting's value, from every source, ready to be read per module.
pub struct Source(config::Config);

impl Source {
    /// `tables`' defaults, under the file at `file` (its keys must be
    /// settings), under `env` (the process environment when `None`).
    pub fn new(
        tables: &[&[Setting]],
        file: Option<&Path>,
        env: Option<HashMap<String, String>>,
    ) -> Result<Self, ConfigError> {
        let settings = || tables.iter().flat_map(|table| table.iter());
        let mut builder = config::Config::builder();
        for setting in settings() {
            builder = builder
                .set_default(setting.name, setting.default)
                .map_err(|e| ConfigError::new(&setting.variable(), e.to_string()))?;
        }
        if let Some(path) = file {
            let in_file = |e: &dyn std::fmt::Display| {
                ConfigError::new("PRICING_CONFIG", format!("{}: {e}", path.display()))
            };
            // A misspelt name would otherwise be ignored without a word.
            let text = std::fs::read_to_string(path).map_err(|e| in_file(&e))?;
            let table: toml::Table = text.parse().map_err(|e| in_file(&e))?;
            if let Some(unknown) = table
                .keys()
                .find(|key| !settings().any(|s| s.name.eq_ignore_ascii_case(key)))
            {
                return Err(in_file(&format!("{unknown:?} is not a setting")));
            }
            builder = builder.add_source(config::File::from(path).format(config::FileFormat::Toml));
        }
        // Only the variables that are settings: nothing else in the
        // environment is parsed, or can stop start-up.
        let env = match env {
            Some(vars) => vars,
            None => settings()
                .map(Setting::variable)
                .filter_map(|name| Some((std::env::var_os(&name)?, name)))
                .map(|(value, name)| match value.into_string() {
                    Ok(value) => Ok((name, value)),
                    Err(_) => Err(ConfigError::new(&name, "not valid UTF-8")),
                })
                .collect::<Result<_, _>>()?,
        };
        // An empty variable means the default, as an unset one does.
        let env = config::Environment::default()
            .ignore_empty(true)
            .source(Some(env.into_iter().collect()));
        let built = builder
            .add_source(env)
            .build()
            .map_err(|e| ConfigError::new("PRICING_CONFIG", e.to_string()))?;
        Ok(Self(built))
    }

    /// A module's settings struct.
    pub fn read<T: DeserializeOwned>(&self) -> Result<T, ConfigError> {
        self.0.clone().try_deserialize().map_err(|error| {
            let setting = match &error {
                config::ConfigError::Type { key, .. } | config::ConfigError::At { key, .. } => key
                    .as_deref()
                    .unwrap_or("PRICING_CONFIG")
                    .to_ascii_uppercase(),
                _ => "PRICING_CONFIG".to_owned(),
            };
            let reason = match error {
                config::ConfigError::At { error, .. } => error.to_string(),
                config::ConfigError::Type {
                    unexpected,
                    expected,
                    ..
                } => format!("expected {expected}, found {unexpected}"),
                other => other.to_string(),
            };
            ConfigError::new(&setting, reason)
        })
    }
}

/// A value that must never reach a log or a page: `Debug` hides it.
#[derive(Clone, PartialEq, Eq, Deserialize)]
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

/// A setting's text: the environment's string, or the TOML file's string,
/// number, boolean or array of strings (joined by commas), trimmed.
fn text<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    struct Text;
    impl<'de> de::Visitor<'de> for Text {
        type Value = String;

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a string, a number or an array of strings")
        }

        fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
            Ok(v.trim().to_owned())
        }

        fn visit_i64<E: de::Error>(self, v: i64) -> Result<String, E> {
            Ok(v.to_string())
        }

        fn visit_u64<E: de::Error>(self, v: u64) -> Result<String, E> {
            Ok(v.to_string())
        }

        fn visit_f64<E: de::Error>(self, v: f64) -> Result<String, E> {
            Ok(v.to_string())
        }

        fn visit_bool<E: de::Error>(self, v: bool) -> Result<String, E> {
            Ok(v.to_string())
        }

        fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<String, A::Error> {
            let mut items = Vec::new();
            while let Some(item) = seq.next_element::<String>()? {
                items.push(item);
            }
            Ok(items.join(","))
        }
    }
    d.deserialize_any(Text)
}

/// Empty text is no value.
pub fn optional<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(Some(text(d)?).filter(|t| !t.is_empty()))
}

pub fn optional_secret<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Secret>, D::Error> {
    Ok(optional(d)?.map(Secret))
}

/// Comma-separated items, trimmed, the empty ones dropped.
pub fn list<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    Ok(split_list(&text(d)?))
}

fn split_list(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(str::to_owned)
        .collect()
}

/// `key=value,key=value`; keys and values trimmed, neither empty.
pub fn pairs<'de, D: Deserializer<'de>>(d: D) -> Result<HashMap<String, String>, D::Error> {
    split_pairs(&text(d)?).map_err(de::Error::custom)
}

pub fn split_pairs(text: &str) -> Result<HashMap<String, String>, String> {
    split_list(text)
        .into_iter()
        .map(|item| match item.split_once('=') {
            Some((k, v)) if !k.trim().is_empty() && !v.trim().is_empty() => {
                Ok((k.trim().to_owned(), v.trim().to_owned()))
            }
            _ => Err(format!("{item:?} is not key=value")),
        })
        .collect()
}

/// Pairs whose values are http(s) URLs.
pub fn url_pairs<'de, D: Deserializer<'de>>(d: D) -> Result<HashMap<String, String>, D::Error> {
    pairs(d)?
        .into_iter()
        .map(|(key, url)| Ok((key, check_url(&url).map_err(de::Error::custom)?)))
        .collect()
}

/// Any value with a `FromStr`: addresses, country codes.
pub fn parsed<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: FromStr,
    T::Err: std::fmt::Display,
{
    let value = text(d)?;
    value
        .parse()
        .map_err(|e| de::Error::custom(format!("{value:?}: {e}")))
}

/// An http(s) URL, without its trailing slash.
pub fn http_url<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    check_url(&text(d)?).map_err(de::Error::custom)
}

pub fn optional_http_url<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    optional(d)?
        .map(|url| check_url(&url).map_err(de::Error::custom))
        .transpose()
}

pub fn check_url(value: &str) -> Result<String, String> {
    let url = reqwest::Url::parse(value).map_err(|e| format!("{value:?}: {e}"))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(format!("{value:?} is not an http(s) URL"));
    }
    Ok(value.trim_end_matches('/').to_owned())
}

fn header_name(name: &str) -> Result<HeaderName, String> {
    HeaderName::try_from(name).map_err(|_| format!("{name:?} is not a header name"))
}

pub fn header_names<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<HeaderName>, D::Error> {
    list(d)?
        .iter()
        .map(|name| header_name(name).map_err(de::Error::custom))
        .collect()
}

pub fn optional_header<'de, D: Deserializer<'de>>(d: D) -> Result<Option<HeaderName>, D::Error> {
    optional(d)?
        .map(|name| header_name(&name).map_err(de::Error::custom))
        .transpose()
}

/// A whole number in `MIN..=MAX`.
pub fn bounded<'de, D, T, const MIN: u64, const MAX: u64>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: TryFrom<u64>,
{
    let value: u64 = parsed(d)?;
    if !(MIN..=MAX).contains(&value) {
        return Err(de::Error::custom(format!(
            "must be between {MIN} and {MAX}"
        )));
    }
    T::try_from(value).map_err(|_| de::Error::custom("out of range"))
}

pub fn secs<'de, D: Deserializer<'de>, const MIN: u64, const MAX: u64>(
    d: D,
) -> Result<Duration, D::Error> {
    bounded::<D, u64, MIN, MAX>(d).map(Duration::from_secs)
}

pub fn millis<'de, D: Deserializer<'de>, const MIN: u64, const MAX: u64>(
    d: D,
) -> Result<Duration, D::Error> {
    bounded::<D, u64, MIN, MAX>(d).map(Duration::from_millis)
}

/// Seconds in a year, the longest any duration setting may be.
pub const YEAR: u64 = 31_536_000;

/// The settings tables as the README's Markdown table.
pub fn markdown(tables: &[&[Setting]]) -> String {
    let mut out = String::from("| Setting | Default | Meaning |\n|---|---|---|\n");
    for setting in tables.iter().flat_map(|t| t.iter()) {
        let default = match setting.default {
            "" => "(empty)".to_owned(),
            value => format!("`{value}`"),
        };
        out.push_str(&format!(
            "| `{}` | {default} | {} |\n",
            setting.variable(),
            setting.meaning.trim()
        ));
    }
    out
}

/// A module's settings from these values, the rest at their defaults.
#[cfg(test)]
pub fn read_pairs<T: DeserializeOwned>(
    table: &[Setting],
    pairs: &[(&str, &str)],
) -> Result<T, ConfigError> {
    let env = pairs
        .iter()
        .map(|(name, value)| (name.to_string(), value.to_string()))
        .collect();
    Source::new(&[table], None, Some(env))?.read()
}
