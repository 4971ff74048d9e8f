//! ISO 3166-1 alpha-2 country codes.

use serde::{Deserialize, Serialize};
use std::{fmt, str::FromStr};

/// A two-letter country code, stored upper-case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CountryCode([u8; 2]);

impl CountryCode {
    pub fn as_str(&self) -> &str {
        // Both bytes are ASCII upper-case letters by construction.
        std::str::from_utf8(&self.0).unwrap_or("US")
    }
}

impl FromStr for CountryCode {
    type Err = String;

    /// Accepts any case; rejects everything but two ASCII letters.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.as_bytes() {
            [a, b] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
                Ok(Self([a.to_ascii_uppercase(), b.to_ascii_uppercase()]))
            }
            _ => Err(format!(
                "{:?} is not a two-letter ISO 3166-1 country code",
                s.chars().take(16).collect::<String>()
            )),
        }
    }
}

impl TryFrom<String> for CountryCode {
    type Error = String;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<CountryCode> for String {
    fn from(c: CountryCode) -> String {
        c.as_str().to_owned()
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_any_case_and_rejects_other_shapes() {
        assert_eq!("de".parse::<CountryCode>().unwrap().as_str(), "DE");
        assert_eq!("Jp".parse::<CountryCode>().unwrap().to_string(), "JP");
        for bad in ["", "D", "DEU", "1A", "d\u{e9}", "D-"] {
            assert!(bad.parse::<CountryCode>().is_err(), "{bad:?} accepted");
        }
    }
}
