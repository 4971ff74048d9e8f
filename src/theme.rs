//! The owner's brand: colours, logo, font and corners, as one stylesheet
//! of CSS custom properties (`/theme.css`) for a light and a dark scheme.
//! Every colour pair the page draws text or controls with is checked
//! against WCAG 2.2 AA at start-up: a brand colour can make the page
//! look like the brand, never make it unreadable.

use crate::settings::{bounded, optional, settings, ConfigError};
use serde::{de, Deserialize, Deserializer};
use sha2::{Digest, Sha256};
use std::fmt::Write;

settings! {
    /// The owner's brand.
    pub struct ThemeSettings {
        /// Accent colour of buttons, links and highlights (any CSS colour, opaque).
        #[setting("pricing_theme_accent", default = "#1546c8", with = "colour")]
        pub accent: Rgb,
        /// Text colour.
        #[setting("pricing_theme_text", default = "#1b1b1f", with = "colour")]
        pub text: Rgb,
        /// Page background colour; cards are a lighter shade of it (white on a light one).
        #[setting("pricing_theme_background", default = "#fafafc", with = "colour")]
        pub background: Rgb,
        /// Dark scheme's accent. Empty: the accent, lightened until it reads on dark.
        #[setting("pricing_theme_dark_accent", default = "", with = "optional_colour")]
        pub dark_accent: Option<Rgb>,
        /// Dark scheme's text colour. Empty: a near-white.
        #[setting("pricing_theme_dark_text", default = "", with = "optional_colour")]
        pub dark_text: Option<Rgb>,
        /// Dark scheme's background. Empty: a near-black tinted by the accent.
        #[setting("pricing_theme_dark_background", default = "", with = "optional_colour")]
        pub dark_background: Option<Rgb>,
        /// Logo in the page's header, fitted into a 40 px square (32 px on
        /// phones): an http(s) URL, or a file name in `public/`.
        #[setting("pricing_theme_logo", default = "", with = "logo")]
        pub logo: Option<String>,
        /// The app's name in the page's header. Empty: no name there.
        #[setting("pricing_theme_name", default = "", with = "optional")]
        pub name: Option<String>,
        /// CSS font stack of the page.
        #[setting(
            "pricing_theme_font",
            default = "system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif",
            with = "font_stack"
        )]
        pub font: String,
        /// Corner radius of cards and buttons, in pixels (0 to 32).
        #[setting("pricing_theme_radius", default = "10", with = "bounded::<_, u32, 0, 32>")]
        pub radius: u32,
    }
}

/// An opaque colour, 8 bits a channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub [u8; 3]);

const WHITE: Rgb = Rgb([255, 255, 255]);
const BLACK: Rgb = Rgb([0, 0, 0]);

impl Rgb {
    fn hex(self) -> String {
        let [r, g, b] = self.0;
        format!("#{r:02x}{g:02x}{b:02x}")
    }

    /// WCAG 2.2 relative luminance. Written here: it is the spec's three
    /// lines, and a colour crate would bring colour spaces we never use.
    fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        let [r, g, b] = self.0.map(channel);
        0.2126 * r + 0.7152 * g + 0.0722 * b
    }

    /// `self` moved `amount` (0 to 1) of the way to `other`.
    fn mix(self, other: Rgb, amount: f64) -> Rgb {
        let channel =
            |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * amount).round() as u8;
        Rgb(std::array::from_fn(|i| channel(self.0[i], other.0[i])))
    }

    fn is_dark(self) -> bool {
        self.luminance() < 0.18
    }
}

/// The WCAG contrast ratio of two colours, 1 to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (a, b) = (a.luminance(), b.luminance());
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

/// What a scheme draws with: the owner's colours and those derived.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Palette {
    background: Rgb,
    surface: Rgb,
    text: Rgb,
    muted: Rgb,
    line: Rgb,
    accent: Rgb,
    accent_text: Rgb,
    highlight: Rgb,
    focus: Rgb,
    sale: Rgb,
    success: Rgb,
    success_text: Rgb,
    notice: Rgb,
    warning: Rgb,
}

/// A colour pair the page draws, its name for the owner, and the ratio
/// WCAG 2.2 AA asks of it: 4.5 for text, 3 for controls' boundaries.
type Pair = (&'static str, Rgb, Rgb, f64);

impl Palette {
    /// From a background, a text colour and an accent. The semantic
    /// colours (sale, saving, notices) follow the background's lightness.
    fn new(background: Rgb, text: Rgb, accent: Rgb) -> Self {
        let dark = background.is_dark();
        let surface = if dark {
            background.mix(WHITE, 0.06)
        } else {
            WHITE
        };
        let (sale, success, notice, warning) = if dark {
            (
                Rgb([0xff, 0xa4, 0xa4]),
                Rgb([0x7d, 0xdf, 0xa6]),
                Rgb([0x33, 0x2b, 0x10]),
                Rgb([0xd9, 0xb3, 0x3c]),
            )
        } else {
            (
                Rgb([0x9b, 0x1c, 0x1c]),
                Rgb([0x0b, 0x6b, 0x3a]),
                Rgb([0xff, 0xf8, 0xe1]),
                Rgb([0x8a, 0x6d, 0x00]),
            )
        };
        let on = |fill: Rgb| {
            if contrast(WHITE, fill) >= contrast(BLACK, fill) {
                WHITE
            } else {
                BLACK
            }
        };
        Self {
            background,
            surface,
            text,
            // Secondary text: as far toward the card as still reads.
            muted: readable(text.mix(surface, 0.3), text, surface, 4.5),
            line: text.mix(surface, 0.7),
            accent,
            accent_text: on(accent),
            highlight: accent.mix(surface, 0.9),
            focus: readable(
                if dark {
                    Rgb([0xff, 0x8a, 0x80])
                } else {
                    Rgb([0xb3, 0x26, 0x1e])
                },
                text,
                background,
                3.0,
            ),
            sale,
            success,
            success_text: on(success),
            notice,
            warning,
        }
    }

    fn pairs(&self) -> [Pair; 13] {
        [
            ("text on the background", self.text, self.background, 4.5),
            ("text on cards", self.text, self.surface, 4.5),
            ("secondary text on cards", self.muted, self.surface, 4.5),
            (
                "secondary text on the background",
                self.muted,
                self.background,
                4.5,
            ),
            ("text on a highlighted card", self.text, self.highlight, 4.5),
            (
                "button text on the accent",
                self.accent_text,
                self.accent,
                4.5,
            ),
            (
                "links (accent) on the background",
                self.accent,
                self.background,
                4.5,
            ),
            ("accent text on cards", self.accent, self.surface, 4.5),
            (
                "focus ring on the background",
                self.focus,
                self.background,
                3.0,
            ),
            ("sale text on cards", self.sale, self.surface, 4.5),
            ("saving badge text", self.success_text, self.success, 4.5),
            ("included marks on cards", self.success, self.surface, 4.5),
            ("text on notices", self.text, self.notice, 4.5),
        ]
    }

    /// The first pair below its ratio, as the owner should read it.
    fn check(&self, scheme: &str) -> Result<(), String> {
        for (name, fg, bg, min) in self.pairs() {
            let ratio = contrast(fg, bg);
            if ratio < min {
                return Err(format!(
                    "{scheme} scheme: {name}: {} on {} has a contrast of {ratio:.2}:1, \
                     below the {min}:1 WCAG 2.2 AA asks",
                    fg.hex(),
                    bg.hex()
                ));
            }
        }
        Ok(())
    }

    fn css(&self, out: &mut String) {
        let vars = [
            ("bg", self.background),
            ("surface", self.surface),
            ("ink", self.text),
            ("muted", self.muted),
            ("line", self.line),
            ("accent", self.accent),
            ("accent-ink", self.accent_text),
            ("highlight-bg", self.highlight),
            ("focus", self.focus),
            ("sale", self.sale),
            ("success", self.success),
            ("success-ink", self.success_text),
            ("notice-bg", self.notice),
            ("warning", self.warning),
        ];
        for (name, colour) in vars {
            let _ = write!(out, "--{name}:{};", colour.hex());
        }
        let scheme = if self.background.is_dark() {
            "dark"
        } else {
            "light"
        };
        let _ = write!(out, "color-scheme:{scheme};");
    }
}

/// `colour` moved toward `toward` until it reaches `min` against `on`
/// (`toward` itself at worst): derived colours never fail the check.
fn readable(colour: Rgb, toward: Rgb, on: Rgb, min: f64) -> Rgb {
    (0..=20)
        .map(|step| colour.mix(toward, f64::from(step) / 20.0))
        .find(|c| contrast(*c, on) >= min)
        .unwrap_or(toward)
}

/// The brand, checked and ready: its stylesheet, and what the page's
/// header shows.
#[derive(Debug, Clone)]
pub struct Theme {
    pub name: Option<String>,
    /// Where the page loads the logo from.
    pub logo: Option<String>,
    /// `/theme.css` and its body; the address carries a digest of the
    /// body, so that a changed theme is a new address for every cache.
    pub stylesheet: String,
    pub css: String,
}

impl Theme {
    /// Refuses a theme whose colours, given or derived, fail a pair.
    pub fn new(settings: &ThemeSettings) -> Result<Self, ConfigError> {
        let light = Palette::new(settings.background, settings.text, settings.accent);
        light
            .check("light")
            .map_err(|reason| ConfigError::new(Self::culprit(settings, false), reason))?;
        let dark = Self::dark(settings);
        dark.check("dark")
            .map_err(|reason| ConfigError::new(Self::culprit(settings, true), reason))?;

        let mut css = String::from(":root{");
        light.css(&mut css);
        let _ = write!(
            css,
            "--font:{};--radius:{}px}}",
            settings.font, settings.radius
        );
        let mut dark_vars = String::new();
        dark.css(&mut dark_vars);
        // The visitor's system setting, unless `?theme=` chose; then the choice.
        let _ = write!(
            css,
            "@media (prefers-color-scheme:dark){{:root:not([data-theme=light]){{{dark_vars}}}}}\
             :root[data-theme=dark]{{{dark_vars}}}"
        );
        let digest: String = Sha256::digest(css.as_bytes())[..6]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        Ok(Self {
            name: settings.name.clone(),
            logo: settings.logo.as_ref().map(|logo| {
                if logo.contains("://") {
                    logo.clone()
                } else {
                    format!("/{logo}")
                }
            }),
            stylesheet: format!("/theme.css?v={digest}"),
            css,
        })
    }

    fn dark(settings: &ThemeSettings) -> Palette {
        let background = settings
            .dark_background
            .unwrap_or_else(|| Rgb([0x12, 0x12, 0x17]).mix(settings.accent, 0.06));
        let text = settings.dark_text.unwrap_or(Rgb([0xec, 0xec, 0xf1]));
        let surface = background.mix(WHITE, 0.06);
        let accent = settings
            .dark_accent
            .unwrap_or_else(|| readable(settings.accent, WHITE, surface, 4.6));
        Palette::new(background, text, accent)
    }

    /// The setting to name in a refusal: an explicit dark colour when
    /// the dark scheme fails and one is set, else the accent.
    fn culprit(settings: &ThemeSettings, dark: bool) -> &'static str {
        let given_dark = settings.dark_accent.is_some()
            || settings.dark_text.is_some()
            || settings.dark_background.is_some();
        if dark && given_dark {
            "PRICING_THEME_DARK_ACCENT"
        } else {
            "PRICING_THEME_ACCENT"
        }
    }

    /// The logo's origin, when it is on another site: the page's
    /// `img-src` must name it.
    pub fn logo_origin(&self) -> Option<String> {
        let url = reqwest::Url::parse(self.logo.as_deref()?).ok()?;
        Some(url.origin().ascii_serialization())
    }
}

fn colour<'de, D: Deserializer<'de>>(d: D) -> Result<Rgb, D::Error> {
    parse_colour(&String::deserialize(d)?).map_err(de::Error::custom)
}

fn optional_colour<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Rgb>, D::Error> {
    optional(d)?
        .map(|text| parse_colour(&text).map_err(de::Error::custom))
        .transpose()
}

/// Any CSS colour (`#1546c8`, `rgb(21 70 200)`, `teal`), opaque.
fn parse_colour(text: &str) -> Result<Rgb, String> {
    let colour =
        csscolorparser::parse(text.trim()).map_err(|e| format!("{text:?} is not a colour: {e}"))?;
    if colour.a < 1.0 {
        return Err(format!(
            "{text:?} is see-through: contrast needs opaque colours"
        ));
    }
    let [r, g, b, _] = colour.to_rgba8();
    Ok(Rgb([r, g, b]))
}

/// An http(s) URL, or the name of a file in `public/` (no path).
fn logo<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let Some(logo) = optional(d)? else {
        return Ok(None);
    };
    if logo.contains("://") {
        return crate::settings::check_url(&logo)
            .map(Some)
            .map_err(de::Error::custom);
    }
    let plain = logo
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'));
    if !plain || logo.starts_with('.') {
        return Err(de::Error::custom(format!(
            "{logo:?}: an http(s) URL, or a file name in public/ such as logo.svg"
        )));
    }
    Ok(Some(logo))
}

/// Font names, quoted or not, separated by commas: nothing that could
/// end the declaration it is written into.
fn font_stack<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let stack = String::deserialize(d)?.trim().to_owned();
    let safe = stack
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, ' ' | ',' | '-' | '_' | '"' | '\''));
    if stack.is_empty() || stack.len() > 200 || !safe {
        return Err(de::Error::custom(
            "font names separated by commas (letters, digits, spaces, quotes, - and _)",
        ));
    }
    Ok(stack)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn theme(pairs: &[(&str, &str)]) -> Result<Theme, ConfigError> {
        Theme::new(&crate::settings::read_pairs(ThemeSettings::SETTINGS, pairs).unwrap())
    }

    #[test]
    fn contrast_is_the_wcag_ratio() {
        assert!((contrast(BLACK, WHITE) - 21.0).abs() < 1e-9);
        assert!((contrast(WHITE, WHITE) - 1.0).abs() < 1e-9);
        // WebAIM's checker: #767676 on white is 4.54:1.
        let grey = parse_colour("#767676").unwrap();
        assert!((contrast(grey, WHITE) - 4.54).abs() < 0.01);
        assert_eq!(parse_colour("teal").unwrap(), Rgb([0, 128, 128]));
        assert!(parse_colour("rgb(0 0 0 / 50%)").is_err());
        assert!(parse_colour("blurple").is_err());
    }

    #[test]
    fn the_default_theme_and_derived_dark_schemes_pass() {
        let t = theme(&[]).unwrap();
        assert!(t.css.contains("--accent:#1546c8;"), "{}", t.css);
        assert!(t.css.contains("prefers-color-scheme:dark"));
        assert!(t.stylesheet.starts_with("/theme.css?v="));
        // Any mid-tone brand accent gets a dark scheme that passes.
        for accent in ["#0f766e", "#7c3aed", "#b91c1c", "#1d4ed8", "#000000"] {
            theme(&[("PRICING_THEME_ACCENT", accent)]).unwrap();
        }
    }

    #[test]
    fn a_failing_pair_stops_start_up_with_its_ratio() {
        let e = theme(&[("PRICING_THEME_ACCENT", "#ffd400")]).unwrap_err();
        assert_eq!(e.setting, "PRICING_THEME_ACCENT");
        assert!(
            e.reason
                .contains("light scheme: links (accent) on the background: #ffd400 on #fafafc has a contrast of 1.37:1"),
            "{}",
            e.reason
        );
        let e = theme(&[("PRICING_THEME_TEXT", "#9a9a9a")]).unwrap_err();
        assert!(e.reason.contains("text on the background"), "{}", e.reason);
        let e = theme(&[("PRICING_THEME_DARK_ACCENT", "#1546c8")]).unwrap_err();
        assert_eq!(e.setting, "PRICING_THEME_DARK_ACCENT");
        assert!(e.reason.starts_with("dark scheme: "), "{}", e.reason);
    }

    #[test]
    fn logo_and_font_cannot_inject() {
        let t = theme(&[("PRICING_THEME_LOGO", "logo.svg")]).unwrap();
        assert_eq!(t.logo.as_deref(), Some("/logo.svg"));
        assert_eq!(t.logo_origin(), None);
        let t = theme(&[("PRICING_THEME_LOGO", "https://cdn.example.com/l.png")]).unwrap();
        assert_eq!(t.logo_origin().as_deref(), Some("https://cdn.example.com"));
        let read = |pairs: &[(&str, &str)]| {
            crate::settings::read_pairs::<ThemeSettings>(ThemeSettings::SETTINGS, pairs)
        };
        assert!(read(&[("PRICING_THEME_LOGO", "../secret")]).is_err());
        assert!(read(&[("PRICING_THEME_LOGO", "javascript:alert(1)")]).is_err());
        assert!(read(&[("PRICING_THEME_FONT", "x;}body{display:none")]).is_err());
        assert!(read(&[("PRICING_THEME_FONT", "\"Inter\", sans-serif")]).is_ok());
    }
}
