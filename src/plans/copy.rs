//! The owner's own copy in the page's languages: Wix sends plan names and
//! benefits in English only. A TOML file, named by `PRICING_TRANSLATIONS`,
//! gives per language the apps' names and the plans' names, benefits,
//! highlight and button labels:
//!
//! ```toml
//! [de.apps."5b1c3e7a-..."]
//! name = "FormFlow"
//!
//! [de.plans.pro]            # the plan's vendor ID
//! name = "Profi"
//! benefits = ["Unbegrenzte Formulare", "Zahlungen in Formularen"]
//! highlight = "Am beliebtesten"
//! button = "Profi wählen"
//! ```
//!
//! Whatever it leaves out stays Wix's text (or the setting's label).

use super::Question;
use crate::i18n::Lang;
use serde::{de, Deserialize, Deserializer};
use std::collections::HashMap;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct OwnerCopy {
    languages: HashMap<Lang, LanguageCopy>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct LanguageCopy {
    #[serde(default)]
    apps: HashMap<String, AppCopy>,
    #[serde(default)]
    plans: HashMap<String, PlanCopy>,
    /// Questions buyers ask, and the owner's answers, in plain text.
    #[serde(default)]
    faq: Vec<Question>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AppCopy {
    pub name: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanCopy {
    pub name: Option<String>,
    /// All of the plan's benefits, in this language, in the order shown.
    pub benefits: Option<Vec<String>>,
    pub highlight: Option<String>,
    pub button: Option<String>,
}

impl OwnerCopy {
    /// Reads the file's text: top-level keys are the page's languages
    /// (`de`, `ja`, ...); an unknown language or field is an error, so a
    /// typo cannot silently leave a page in English.
    pub fn parse(text: &str) -> Result<Self, String> {
        let raw: HashMap<String, LanguageCopy> = toml::from_str(text).map_err(|e| e.to_string())?;
        let languages = raw
            .into_iter()
            .map(|(tag, mut copy)| {
                let lang: Lang = tag.parse().map_err(|_| {
                    let known: Vec<&str> = <Lang as strum::IntoEnumIterator>::iter()
                        .map(<&str>::from)
                        .collect();
                    format!(
                        "{tag:?} is not a language of the page ({})",
                        known.join(", ")
                    )
                })?;
                for plan in copy.plans.values_mut() {
                    plan.drop_blanks();
                }
                copy.apps
                    .retain(|_, app| app.name.as_ref().is_some_and(|n| !n.trim().is_empty()));
                copy.faq
                    .retain(|q| !q.question.trim().is_empty() && !q.answer.trim().is_empty());
                Ok((lang, copy))
            })
            .collect::<Result<_, String>>()?;
        Ok(Self { languages })
    }

    pub fn is_empty(&self) -> bool {
        self.languages.is_empty()
    }

    pub fn app(&self, lang: Lang, app_id: &str) -> Option<&str> {
        self.languages.get(&lang)?.apps.get(app_id)?.name.as_deref()
    }

    pub fn plan(&self, lang: Lang, vendor_id: &str) -> Option<&PlanCopy> {
        self.languages.get(&lang)?.plans.get(vendor_id)
    }

    /// The FAQ in `lang`; the English one where the owner wrote none in
    /// that language.
    pub fn faq(&self, lang: Lang) -> &[Question] {
        [lang, Lang::En]
            .iter()
            .filter_map(|lang| self.languages.get(lang))
            .map(|copy| &copy.faq[..])
            .find(|faq| !faq.is_empty())
            .unwrap_or_default()
    }
}

impl PlanCopy {
    /// An empty entry is a missing one: it falls back to Wix's text.
    fn drop_blanks(&mut self) {
        for field in [&mut self.name, &mut self.highlight, &mut self.button] {
            if field.as_ref().is_some_and(|text| text.trim().is_empty()) {
                *field = None;
            }
        }
        if self.benefits.as_ref().is_some_and(Vec::is_empty) {
            self.benefits = None;
        }
    }
}

/// The setting's parser: a file path (empty: none), read and checked at
/// start-up.
pub fn from_file<'de, D: Deserializer<'de>>(d: D) -> Result<OwnerCopy, D::Error> {
    let Some(path) = crate::settings::optional(d)? else {
        return Ok(OwnerCopy::default());
    };
    let text =
        std::fs::read_to_string(&path).map_err(|e| de::Error::custom(format!("{path}: {e}")))?;
    OwnerCopy::parse(&text).map_err(|e| de::Error::custom(format!("{path}: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_languages_and_refuses_typos() {
        let copy = OwnerCopy::parse(
            r#"
            [de.apps.formflow]
            name = "FormFlow"
            [de.plans.pro]
            name = "Profi"
            benefits = ["Teamzugang"]
            button = ""
            [ja.plans.pro]
            highlight = "人気No.1"
            "#,
        )
        .unwrap();
        let pro = copy.plan(Lang::De, "pro").unwrap();
        assert_eq!(pro.name.as_deref(), Some("Profi"));
        assert_eq!(
            pro.benefits.as_deref(),
            Some(&["Teamzugang".to_owned()][..])
        );
        assert_eq!(pro.button, None, "empty falls back");
        assert_eq!(copy.app(Lang::De, "formflow"), Some("FormFlow"));
        assert_eq!(
            copy.plan(Lang::Ja, "pro").unwrap().highlight.as_deref(),
            Some("人気No.1")
        );
        assert_eq!(copy.plan(Lang::Fr, "pro"), None);

        let faq = OwnerCopy::parse(
            r#"
            [en]
            faq = [{ question = "Taxes?", answer = "Included." }, { question = " ", answer = "x" }]
            [de]
            faq = [{ question = "Steuern?", answer = "Inbegriffen." }]
            "#,
        )
        .unwrap();
        assert_eq!(faq.faq(Lang::De)[0].question, "Steuern?");
        assert_eq!(
            faq.faq(Lang::Fr).len(),
            1,
            "English where none, blanks left out"
        );
        assert!(OwnerCopy::default().faq(Lang::En).is_empty());

        let unknown_language = OwnerCopy::parse("[sv.plans.pro]\nname = \"Proffs\"").unwrap_err();
        assert!(
            unknown_language.contains("\"sv\" is not a language"),
            "{unknown_language}"
        );
        let unknown_field = OwnerCopy::parse("[de.plans.pro]\ntitle = \"Profi\"").unwrap_err();
        assert!(
            unknown_field.contains("unknown field `title`"),
            "{unknown_field}"
        );
    }
}
