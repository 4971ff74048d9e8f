//! Turns Wix's List App Plans response into the page's view model: the
//! pricing math of `crate::pricing`, formatted by `crate::format`.

use super::*;
use crate::country::CountryCode;
use crate::format::MoneyFormatter;
use crate::i18n::{Arg, Lang, Msg};
use crate::pricing::{self, Cycle};
use crate::wix::identity::{Account, Owner};
use crate::wix::model::{
    AppPlansResponse, CheckoutCycle, DiscountSource, Plan, Price, SaleType, TaxSettings,
};
use icu::locale::Locale;
use rust_decimal::Decimal;
use std::cell::RefCell;

/// Usage increments are charged in USD whatever the visitor's currency.
const INCREMENT_CURRENCY: &str = "USD";

/// What a view spells out. The preview prices every country and shows
/// few of them (a page) or none (its exports, which give exact values):
/// for the others, the words and formatted amounts were most of the work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wording {
    /// All the page shows.
    Full,
    /// Names, exact values, sales and the tax label; amounts' `text`,
    /// the cards' benefits, highlights, labels and buttons, and prices'
    /// `billed` are left empty.
    ValuesOnly,
}

struct Money<'a> {
    /// None for `Wording::ValuesOnly`: amounts keep their exact value only.
    formatter: Option<MoneyFormatter>,
    usd: Option<MoneyFormatter>,
    /// None: Wix did not say which currency its amounts are in, and the
    /// page shows none of them (Wix checkout does).
    currency: Option<&'a str>,
    locale: &'a Locale,
    /// The page's words, in the language of `locale`.
    lang: Lang,
    wording: Wording,
    /// "billed yearly" and the like, said once per cycle: a catalogue has
    /// thousands of prices and a handful of cycles.
    said_billed: RefCell<Vec<(Option<u32>, String)>>,
}

impl Money<'_> {
    /// `words()`, where the view spells words out; else empty.
    fn words(&self, words: impl FnOnce() -> String) -> String {
        match self.wording {
            Wording::Full => words(),
            Wording::ValuesOnly => String::new(),
        }
    }

    /// [`billed`], in the page's language.
    fn billed(&self, months: Option<u32>) -> String {
        let mut said = self.said_billed.borrow_mut();
        if let Some((_, words)) = said.iter().find(|(of, _)| *of == months) {
            return words.clone();
        }
        let words = billed(self.lang, months);
        said.push((months, words.clone()));
        words
    }

    fn amount(&self, exact: Decimal) -> Amount {
        let currency = self.currency.unwrap_or_default();
        let rounded = pricing::round_for_display(exact, currency);
        Amount {
            value: rounded.to_string(),
            text: (self.formatter.as_ref())
                .map(|f| f.money(rounded))
                .unwrap_or_default(),
            currency: currency.to_owned(),
        }
    }

    /// A price's figures as shown; a usage-based price is its base fee,
    /// shown as such, never a per-month or per-cycle amount.
    fn amounts(&self, figures: pricing::Figures, by_usage: bool) -> Amounts {
        let recurring = |a: Option<Decimal>| a.filter(|_| !by_usage).map(|a| self.amount(a));
        Amounts {
            per_month: recurring(figures.per_month),
            cycle_total: recurring(figures.cycle_total),
            one_time: figures.one_time.map(|a| self.amount(a)),
        }
    }

    fn increment(&self, exact: Decimal) -> Amount {
        let rounded = pricing::round_keeping_digits(exact, INCREMENT_CURRENCY);
        Amount {
            value: rounded.to_string(),
            text: (self.usd.as_ref())
                .map(|usd| format!("{}\u{a0}{INCREMENT_CURRENCY}", usd.number(rounded)))
                .unwrap_or_default(),
            currency: INCREMENT_CURRENCY.to_owned(),
        }
    }
}

/// The signed-in owner and their account, for the app they own.
type SignedIn<'a> = Option<(&'a Owner, &'a Account)>;

pub fn pricing_view(
    response: &AppPlansResponse,
    settings: &PageSettings,
    country: CountryCode,
    locale: &Locale,
    signed_in: SignedIn,
) -> PricingView {
    let mut view = pricing_view_without_json_ld(
        response,
        settings,
        country,
        locale,
        signed_in,
        Wording::Full,
    );
    view.json_ld = json_ld(&view.apps, &view.faq);
    view
}

/// `pricing_view` with `json_ld` left empty, for a reader that does not
/// show it: the preview builds a view per country, and the JSON-LD was
/// a fifth of that work.
pub fn pricing_view_without_json_ld(
    response: &AppPlansResponse,
    settings: &PageSettings,
    country: CountryCode,
    locale: &Locale,
    signed_in: SignedIn,
    wording: Wording,
) -> PricingView {
    let currency = response.currency.as_deref();
    let full = wording == Wording::Full;
    let money = Money {
        formatter: full.then(|| {
            MoneyFormatter::new(
                locale,
                currency.unwrap_or_default(),
                &response.currency_symbol,
            )
        }),
        usd: full.then(|| MoneyFormatter::new(locale, INCREMENT_CURRENCY, "$")),
        currency,
        locale,
        lang: Lang::of(&locale.to_string()),
        wording,
        said_billed: RefCell::default(),
    };
    let lang = money.lang;
    let apps: Vec<AppSection> = response
        .app_plans
        .iter()
        .enumerate()
        .map(|(i, app)| {
            let account = signed_in
                .filter(|(owner, _)| owner.app_id == app.id)
                .map(|(_, account)| account);
            // The owner's current plan, as Wix's catalogue prices it.
            let current = account.and_then(|a| {
                let paid = a.current.as_ref().map(|(vendor_id, cycle)| {
                    (vendor_id.as_str(), cycle.and_then(CheckoutCycle::months))
                });
                pricing::current_plan(&app.plans, paid)
            });
            AppSection {
                id: app.id.clone(),
                name: (settings.owner_copy.app(lang, &app.id))
                    .or(settings.app_names.get(&app.id).map(String::as_str))
                    .map(str::to_owned)
                    .unwrap_or_else(|| {
                        let number = (i + 1).to_string();
                        lang.t_with(Msg::AppFallbackName, &[("number", Arg::Text(&number))])
                    }),
                plans: app
                    .plans
                    .iter()
                    // Without its ID a plan can be neither told apart nor bought.
                    .filter(|plan| !plan.vendor_id.is_empty())
                    .map(|plan| {
                        let app_page = settings.app_pages.get(&app.id).map(String::as_str);
                        plan_card(plan, response, settings, &money, current, app_page)
                    })
                    .collect(),
                free_trial_available: account.is_some_and(|a| a.free_trial_available),
            }
        })
        .collect();
    PricingView {
        country: country.to_string(),
        country_name: crate::names::country(lang, country),
        locale: locale.to_string(),
        currency: response.currency.clone(),
        tax_label: currency.and_then(|_| tax_text(lang, &response.tax_settings)),
        json_ld: String::new(),
        apps,
        notice: None,
        instance: None,
        given: Given::default(),
        faq: settings.owner_copy.faq(lang).to_vec(),
        stale: false,
    }
}

fn plan_card(
    plan: &Plan,
    response: &AppPlansResponse,
    settings: &PageSettings,
    money: &Money,
    current: Option<(&Plan, Option<u32>)>,
    app_page: Option<&str>,
) -> PlanCard {
    let lang = money.lang;
    // The owner's copy in this language first, then Wix's English.
    let copy = settings.owner_copy.plan(lang, &plan.vendor_id);
    let name = copy
        .and_then(|c| c.name.clone())
        .unwrap_or_else(|| plan.name.clone());
    let full = money.wording == Wording::Full;
    let cta_label = money.words(|| {
        (copy.and_then(|c| c.button.as_ref()))
            .or(settings.cta_labels.get(&plan.vendor_id))
            .cloned()
            .unwrap_or_else(|| lang.t_with(Msg::ChoosePlan, &[("plan", Arg::Text(&name))]))
    });
    let save_percent = pricing::plan_save_percent(plan, &response.tax_settings);
    PlanCard {
        vendor_id: plan.vendor_id.clone(),
        benefits: match full {
            true => {
                (copy.and_then(|c| c.benefits.clone())).unwrap_or_else(|| plan.benefits.clone())
            }
            false => Vec::new(),
        },
        highlight: (copy.and_then(|c| c.highlight.as_ref()))
            .or(settings.highlights.get(&plan.vendor_id))
            .filter(|_| full)
            .cloned(),
        name,
        current: current
            .filter(|(p, _)| p.vendor_id == plan.vendor_id)
            .map(|(_, months)| money.billed(months)),
        offer: Offer {
            free: pricing::is_free(plan),
            save_percent,
            save_text: save_percent.filter(|_| full).map(|percent| {
                let percent = percent.to_string();
                lang.t_with(Msg::SavePercent, &[("percent", Arg::Text(&percent))])
            }),
            prices: plan
                .prices
                .iter()
                .map(|price| {
                    let mut option = price_option(price, response, money, app_page);
                    let months = CheckoutCycle::for_price(price).map(CheckoutCycle::months);
                    option.blocked = months
                        .and_then(|months| {
                            pricing::checkout_blocked(current, plan, months, &response.tax_settings)
                        })
                        .map(|blocked| lang.t(blocked_reason(blocked)));
                    option.button = money.words(|| {
                        lang.t_with(
                            Msg::ChooseCycle,
                            &[
                                ("label", Arg::Text(&cta_label)),
                                ("billed", Arg::Text(&option.billed)),
                            ],
                        )
                    });
                    option
                })
                .collect(),
            cta_label,
        },
    }
}

/// Why Wix forbids the owner this choice, in the page's words: on the
/// card, the current plan is a label rather than a sentence.
fn blocked_reason(blocked: pricing::Blocked) -> Msg {
    match blocked {
        pricing::Blocked::Current => Msg::CurrentPlan,
        other => other.reason(),
    }
}

/// "billed yearly", "billed every 2 years", "paid once".
fn billed(lang: Lang, months: Option<u32>) -> String {
    match months {
        None => lang.t(Msg::BilledOnce),
        Some(1) => lang.t(Msg::BilledMonthly),
        Some(12) => lang.t(Msg::BilledYearly),
        Some(m) if m.is_multiple_of(12) => lang.t_with(
            Msg::BilledEveryYears,
            &[("years", Arg::Count(u64::from(m / 12)))],
        ),
        Some(m) => lang.t_with(
            Msg::BilledEveryMonths,
            &[("months", Arg::Count(u64::from(m)))],
        ),
    }
}

/// "incl. 19% VAT", in the page's words; nothing where no tax is shown.
fn tax_text(lang: Lang, tax: &TaxSettings) -> Option<String> {
    use crate::wix::model::TaxType;
    let rate = pricing::tax_rate(tax).map(|rate| format!("{rate}%"));
    let included = tax.show_price_with_tax;
    let msg = match (tax.tax_type, included, rate.is_some()) {
        (TaxType::Vat, true, true) => Msg::TaxIncludedVat,
        (TaxType::Vat, false, true) => Msg::TaxExcludedVat,
        (TaxType::Gst, true, true) => Msg::TaxIncludedGst,
        (TaxType::Gst, false, true) => Msg::TaxExcludedGst,
        (TaxType::Vat, true, false) => Msg::TaxIncludedVatNoRate,
        (TaxType::Vat, false, false) => Msg::TaxExcludedVatNoRate,
        (TaxType::Gst, true, false) => Msg::TaxIncludedGstNoRate,
        (TaxType::Gst, false, false) => Msg::TaxExcludedGstNoRate,
        // A tax type added later: the amounts are right, the label unsure.
        (TaxType::NotApplicable | TaxType::Unknown, _, _) => return None,
    };
    Some(lang.t_with(
        msg,
        &[("rate", Arg::Text(rate.as_deref().unwrap_or_default()))],
    ))
}

/// One price as shown; `app_page` is where the app sells what it bills
/// itself.
fn price_option(
    price: &Price,
    response: &AppPlansResponse,
    money: &Money,
    app_page: Option<&str>,
) -> PriceOption {
    let tax = &response.tax_settings;
    let billed_by_app = !price.billing_source.sold_by_wix();
    // Amounts in a currency Wix did not name are not shown: Wix checkout
    // shows the price.
    let shown = money.currency.is_some();
    // Some while a sale lowers the price, and only then.
    let list = pricing::list_figures(price, tax).filter(|_| shown);
    let figures = pricing::figures(price, tax).filter(|_| shown);
    let usage = price.usage_base_options.as_ref().map(|usage| {
        Box::new(UsageTerms {
            base_fee: pricing::base_fee(price, tax).map(|fee| money.amount(fee)),
            increment: usage
                .minimum_charge_increment
                .map(|increment| money.increment(increment.0)),
            description: usage
                .custom_charge_description
                .clone()
                .filter(|d| !d.trim().is_empty()),
        })
    });
    let months = match Cycle::of(&price.sold_by()) {
        Cycle::Months(months) => Some(months),
        Cycle::OneTime | Cycle::Unknown => None,
    };
    let by_usage = usage.is_some();
    let paid = figures.map(|figures| money.amounts(figures, by_usage));
    let paid = paid.unwrap_or_default();
    let usage = usage.filter(|_| shown);
    // An amount on the other side of the tax rule, said so.
    let billed = money.words(|| match pricing::basis(price, tax) {
        pricing::Basis::Rule => money.billed(months),
        basis => {
            let side = match basis {
                pricing::Basis::BeforeTax => Msg::AmountBeforeTax,
                _ => Msg::AmountWithTax,
            };
            format!("{}, {}", money.billed(months), money.lang.t(side))
        }
    });
    let at_checkout = (!shown && !billed_by_app).then(|| money.lang.t(Msg::PricedAtCheckout));
    PriceOption {
        checkout_cycle: CheckoutCycle::for_price(price).map(|c| c.as_str().to_owned()),
        months,
        per_month: paid.per_month,
        cycle_total: paid.cycle_total,
        one_time: paid.one_time,
        list: list.map(|list| Box::new(money.amounts(list, by_usage))),
        sale: list.and_then(|_| sale_note(price, money)),
        billed,
        button: String::new(),
        usage,
        title: (price.custom_payment_title.clone())
            .or_else(|| billed_by_app.then(|| money.lang.t(Msg::PricedByApp)))
            .or(at_checkout),
        blocked: None,
        link: app_page.filter(|_| billed_by_app).map(str::to_owned),
    }
}

/// The sale's name as Wix's sale types say it, and its last day.
fn sale_note(price: &Price, money: &Money) -> Option<SaleNote> {
    let discount = price.discount.as_ref()?;
    let options = discount.sale_options.as_ref();
    let name = money
        .lang
        .t(match (discount.source_type, options.map(|o| o.sale_type)) {
            (_, Some(SaleType::BlackFriday)) => Msg::SaleBlackFriday,
            (_, Some(SaleType::CyberMonday)) => Msg::SaleCyberMonday,
            (_, Some(SaleType::NovemberSale)) => Msg::SaleNovember,
            (_, Some(SaleType::DeveloperSale)) => Msg::SaleLimitedTime,
            (DiscountSource::AppBenefit, _) => Msg::SaleSpecialOffer,
            _ => Msg::SaleGeneric,
        });
    let until = options
        .and_then(|o| o.end_date.as_deref())
        .and_then(|end| crate::format::day_and_month(end, money.locale));
    let text = money.words(|| match &until {
        Some(day) => money.lang.t_with(
            Msg::SaleUntil,
            &[("sale", Arg::Text(&name)), ("until", Arg::Text(day))],
        ),
        None => name.clone(),
    });
    Some(SaleNote { name, until, text })
}

/// schema.org: a Product per app, an Offer per price, with the same
/// values the page shows; the FAQ as an FAQPage.
fn json_ld(apps: &[AppSection], faq: &[Question]) -> String {
    let products: Vec<_> = apps
        .iter()
        .map(|app| JsonLdProduct {
            context: "https://schema.org",
            kind: "Product",
            name: &app.name,
            offers: app
                .plans
                .iter()
                .flat_map(|plan| plan.offer.prices.iter().map(move |price| (plan, price)))
                .filter_map(|(plan, price)| {
                    let (amount, duration) =
                        match (&price.one_time, &price.cycle_total, price.usage.as_deref()) {
                            (Some(once), _, _) => (once, None),
                            (_, Some(total), _) => (total, price.months.map(iso_duration)),
                            (
                                _,
                                _,
                                Some(UsageTerms {
                                    base_fee: Some(fee),
                                    ..
                                }),
                            ) => (fee, Some("P1M".to_owned())),
                            _ => return None,
                        };
                    Some(JsonLdOffer {
                        kind: "Offer",
                        name: &plan.name,
                        sku: &plan.vendor_id,
                        price: &amount.value,
                        currency: &amount.currency,
                        spec: JsonLdPrice {
                            kind: "UnitPriceSpecification",
                            price: &amount.value,
                            currency: &amount.currency,
                            duration,
                        },
                    })
                })
                .collect(),
        })
        .collect();
    let faq_page = (!faq.is_empty()).then(|| JsonLdFaq {
        context: "https://schema.org",
        kind: "FAQPage",
        questions: faq
            .iter()
            .map(|q| JsonLdQuestion {
                kind: "Question",
                answer: JsonLdAnswer {
                    kind: "Answer",
                    text: &q.answer,
                },
                name: &q.question,
            })
            .collect(),
    });
    let things: Vec<JsonLdThing> = (products.into_iter().map(JsonLdThing::Product))
        .chain(faq_page.map(JsonLdThing::Faq))
        .collect();
    // `</` would end the script element the JSON sits in.
    serde_json::to_string(&things)
        .unwrap_or_default()
        .replace("</", "<\\/")
}

// Written straight from these structs, without a `serde_json::Value` in
// between (a tenth of a 150-plan page's render). Their fields are in the
// order of their names, as the `Value` maps wrote them before.
#[derive(serde::Serialize)]
#[serde(untagged)]
enum JsonLdThing<'a> {
    Product(JsonLdProduct<'a>),
    Faq(JsonLdFaq<'a>),
}

#[derive(serde::Serialize)]
struct JsonLdFaq<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "mainEntity")]
    questions: Vec<JsonLdQuestion<'a>>,
}

#[derive(serde::Serialize)]
struct JsonLdQuestion<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "acceptedAnswer")]
    answer: JsonLdAnswer<'a>,
    name: &'a str,
}

#[derive(serde::Serialize)]
struct JsonLdAnswer<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    text: &'a str,
}

#[derive(serde::Serialize)]
struct JsonLdProduct<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'a str,
    offers: Vec<JsonLdOffer<'a>>,
}

#[derive(serde::Serialize)]
struct JsonLdOffer<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'a str,
    price: &'a str,
    #[serde(rename = "priceCurrency")]
    currency: &'a str,
    #[serde(rename = "priceSpecification")]
    spec: JsonLdPrice<'a>,
    sku: &'a str,
}

#[derive(serde::Serialize)]
struct JsonLdPrice<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "billingDuration", skip_serializing_if = "Option::is_none")]
    duration: Option<String>,
    price: &'a str,
    #[serde(rename = "priceCurrency")]
    currency: &'a str,
}

fn iso_duration(months: u32) -> String {
    if months.is_multiple_of(12) {
        format!("P{}Y", months / 12)
    } else {
        format!("P{months}M")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn config() -> PageSettings {
        crate::settings::read_pairs(
            PageSettings::SETTINGS,
            &[
                ("PRICING_HIGHLIGHTS", "single-payment=Best value"),
                ("PRICING_CTA_LABELS", "usage-based-no-base-fee=Install"),
            ],
        )
        .unwrap()
    }

    fn docs_view(country: &str, locale: &str) -> PricingView {
        let response: AppPlansResponse =
            serde_json::from_str(include_str!("../wix/fixtures/docs_example.json")).unwrap();
        pricing_view(
            &response,
            &config(),
            country.parse().unwrap(),
            &locale.parse().unwrap(),
            None,
        )
    }

    #[test]
    fn builds_the_docs_example() {
        let view = docs_view("US", "en-US");
        assert_eq!(
            (view.currency.as_deref(), view.tax_label.as_deref()),
            (Some("USD"), None)
        );
        let [single, usage] = &view.apps[0].plans[..] else {
            panic!("two plans")
        };
        assert_eq!(view.apps[0].name, "App 1");
        assert_eq!(single.highlight.as_deref(), Some("Best value"));
        assert_eq!(single.offer.cta_label, "Choose Single payment");
        let once = single.offer.prices[0].one_time.as_ref().unwrap();
        assert_eq!((once.value.as_str(), once.text.as_str()), ("2.00", "$2.00"));
        assert_eq!(
            single.offer.prices[0].checkout_cycle.as_deref(),
            Some("ONE_TIME")
        );

        assert!(!usage.offer.free);
        assert_eq!(usage.offer.cta_label, "Install");
        let price = &usage.offer.prices[0];
        let terms = price.usage.as_ref().unwrap();
        assert_eq!(terms.base_fee, None, "a zero base fee is 'no base fee'");
        assert_eq!(
            (
                terms.increment.as_ref().unwrap().value.as_str(),
                terms.increment.as_ref().unwrap().currency.as_str()
            ),
            ("0.00", "USD")
        );
        assert_eq!(
            price.checkout_cycle.as_deref(),
            Some("MONTHLY"),
            "usage-based plans are bought monthly"
        );
        assert_eq!(
            (price.per_month.as_ref(), price.cycle_total.as_ref()),
            (None, None)
        );
    }

    #[test]
    fn an_out_of_range_price_does_not_bring_the_page_down() {
        // The cycle total (28 digits x 12 months) overflowed a decimal and
        // panicked; found while writing the `wix_response` fuzz target.
        let json = r#"{"taxSettings":{"showPriceWithTax":false,"percentage":null,"taxType":"NOT_APPLICABLE"},
            "currency":"USD","currencySymbol":"$","appPlans":[{"id":"a","plans":[{"id":"p","vendorId":"v","name":"n",
            "prices":[{"priceBeforeTax":"10000000000000000000000000000","totalPrice":"1",
                       "billingCycle":{"cycleType":"RECURRING","cycleDuration":{"unit":"YEAR","count":1}},
                       "usageBaseOptions":null},
                      {"priceBeforeTax":"0.01","totalPrice":"0.01",
                       "billingCycle":{"cycleType":"RECURRING","cycleDuration":{"unit":"MONTH","count":1}},
                       "usageBaseOptions":null}]}]}]}"#;
        let response: AppPlansResponse = serde_json::from_str(json).unwrap();
        let view = pricing_view(
            &response,
            &config(),
            "US".parse().unwrap(),
            &"en-US".parse().unwrap(),
            None,
        );
        let yearly = &view.apps[0].plans[0].offer.prices[0];
        assert_eq!(
            yearly.per_month.as_ref().unwrap().value,
            "10000000000000000000000000000"
        );
        assert_eq!(yearly.cycle_total, None);
        assert_eq!(view.apps[0].plans[0].offer.save_percent, None);
    }

    #[test]
    fn json_ld_lists_the_shown_offers_and_cannot_close_its_script() {
        let view = docs_view("US", "en-US");
        let products: serde_json::Value = serde_json::from_str(&view.json_ld).unwrap();
        assert_eq!(products[0]["@type"], "Product");
        assert_eq!(products[0]["offers"][0]["price"], "2.00");
        assert_eq!(
            products[0]["offers"].as_array().unwrap().len(),
            1,
            "usage without base fee has no price"
        );

        let mut app = view.apps[0].clone();
        app.name = "</script><script>alert(1)".into();
        let faq = [Question {
            question: "Taxes?".into(),
            answer: "</script>Included.".into(),
        }];
        let ld = json_ld(&[app], &faq);
        assert!(!ld.contains("</script>"));
        let things: serde_json::Value = serde_json::from_str(&ld).unwrap();
        assert_eq!(things[1]["@type"], "FAQPage");
        assert_eq!(things[1]["mainEntity"][0]["name"], "Taxes?");
        assert_eq!(
            things[1]["mainEntity"][0]["acceptedAnswer"]["text"],
            "</script>Included."
        );
    }

    /// One of the values a field may take in an answer: `None` leaves the
    /// field out.
    fn pick(
        rng: &mut fastrand::Rng,
        choices: &[Option<serde_json::Value>],
    ) -> Option<serde_json::Value> {
        choices[rng.usize(..choices.len())].clone()
    }

    fn put(object: &mut serde_json::Value, field: &str, value: Option<serde_json::Value>) {
        if let Some(value) = value {
            object[field] = value;
        }
    }

    /// A price shaped as the SDK types allow, and whether this page can
    /// read it: amounts may be missing, `null` or not decimals, cycles of a
    /// kind added later, every optional part present, `null` or absent.
    fn random_price(rng: &mut fastrand::Rng) -> (serde_json::Value, bool) {
        let (cycle, known_cycle) = match rng.u8(0..5) {
            0 => (
                json!({"cycleType": "RECURRING", "cycleDuration": {"unit": "MONTH", "count": 1}}),
                true,
            ),
            1 => (
                json!({"cycleType": "RECURRING", "cycleDuration": {"unit": "YEAR", "count": rng.u32(1..4)}}),
                true,
            ),
            2 => (
                json!({"cycleType": "ONE_TIME", "cycleDuration": null}),
                true,
            ),
            3 => (
                json!({"cycleType": "RECURRING", "cycleDuration": {"unit": "FORTNIGHT", "count": 1}}),
                false,
            ),
            _ => (json!({"cycleType": "PER_SEAT"}), false),
        };
        let mut price = json!({ "billingCycle": cycle });
        // A missing amount is worked out from the other; one that is not
        // a decimal string leaves the price out.
        let readable = match rng.u8(0..8) {
            0 => {
                let bad = pick(
                    rng,
                    &[Some(json!("9,99")), Some(json!(12)), Some(json!("1e3"))],
                );
                put(&mut price, "priceBeforeTax", bad);
                put(&mut price, "totalPrice", Some(json!("1.00")));
                false
            }
            1 => {
                put(
                    &mut price,
                    "priceBeforeTax",
                    pick(rng, &[None, Some(json!(null))]),
                );
                put(&mut price, "totalPrice", Some(json!("1.00")));
                true
            }
            _ => {
                let cents = rng.u32(0..100_000);
                price["priceBeforeTax"] = json!(format!("{}.{:02}", cents / 100, cents % 100));
                price["totalPrice"] =
                    json!(format!("{}.{:03}", cents * 119 / 10_000, cents % 1000));
                true
            }
        };
        let usage = json!({"minimumChargeIncrement": null, "monthlyBaseFee": null, "customChargeDescription": null});
        let usage_given = json!({"minimumChargeIncrement": "0.01", "monthlyBaseFee": "5.00", "customChargeDescription": "Per SMS"});
        put(
            &mut price,
            "usageBaseOptions",
            pick(
                rng,
                &[None, Some(json!(null)), Some(usage), Some(usage_given)],
            ),
        );
        let sale = json!({"type": "PERCENTAGE", "amount": "20", "priceBeforeTax": "0.50", "totalPrice": "0.60",
                          "sourceType": "SALE", "saleOptions": {"saleType": "CYBER_MONDAY", "startDate": null,
                                                                 "endDate": "2026-12-01T07:59:59Z"}});
        let odd_sale = json!({"type": "BOGO", "sourceType": 3, "saleOptions": "soon"});
        put(
            &mut price,
            "discount",
            pick(rng, &[None, Some(json!(null)), Some(sale), Some(odd_sale)]),
        );
        let sources = ["WIX", "UNKNOWN", "EXTERNAL", "BARTER"].map(|s| Some(json!(s)));
        put(
            &mut price,
            "billingSource",
            pick(rng, &[&sources[..], &[None, Some(json!(null))]].concat()),
        );
        let title = pick(rng, &[None, Some(json!(null)), Some(json!("Contact us"))]);
        // A title stands in for a price whose cycle is not known.
        let titled = title.as_ref().is_some_and(|t| t.is_string());
        put(&mut price, "customPaymentTitle", title);
        (price, readable && (known_cycle || titled))
    }

    /// `view` as `Wording::ValuesOnly` would have made it.
    fn words_left_out(mut view: PricingView) -> PricingView {
        view.json_ld.clear();
        for plan in view.apps.iter_mut().flat_map(|app| &mut app.plans) {
            plan.benefits.clear();
            plan.highlight = None;
            plan.offer.cta_label.clear();
            plan.offer.save_text = None;
            for price in &mut plan.offer.prices {
                price.billed.clear();
                price.button.clear();
                let list = price.list.as_deref_mut().into_iter();
                let usage = price.usage.as_deref_mut().into_iter();
                let amounts = [
                    &mut price.per_month,
                    &mut price.cycle_total,
                    &mut price.one_time,
                ]
                .into_iter()
                .chain(list.flat_map(|l| [&mut l.per_month, &mut l.cycle_total, &mut l.one_time]))
                .chain(usage.flat_map(|u| [&mut u.base_fee, &mut u.increment]));
                for amount in amounts.flatten() {
                    amount.text.clear();
                }
                if let Some(sale) = &mut price.sale {
                    sale.text.clear();
                }
            }
        }
        view
    }

    /// Answers no fixture holds, shaped as the SDK types allow (seeded, so
    /// a failure repeats): every one is read, the readable prices all
    /// reach the page with amounts in the currency's minor units, and the
    /// rest are counted as left out.
    #[test]
    fn any_answer_the_sdk_types_allow_builds_a_page() {
        let mut rng = fastrand::Rng::with_seed(13);
        for round in 0..400 {
            let currency = ["EUR", "JPY", "KWD", "USD"][rng.usize(..4)];
            let mut tax = json!({});
            put(
                &mut tax,
                "showPriceWithTax",
                pick(
                    &mut rng,
                    &[
                        None,
                        Some(json!(null)),
                        Some(json!(true)),
                        Some(json!(false)),
                    ],
                ),
            );
            put(
                &mut tax,
                "percentage",
                pick(
                    &mut rng,
                    &[
                        None,
                        Some(json!(null)),
                        Some(json!("19")),
                        Some(json!("abc")),
                    ],
                ),
            );
            put(
                &mut tax,
                "taxType",
                pick(
                    &mut rng,
                    &[
                        None,
                        Some(json!(null)),
                        Some(json!("VAT")),
                        Some(json!("SALES_TAX")),
                    ],
                ),
            );
            let mut answer = json!({ "currency": currency, "appPlans": [] });
            put(
                &mut answer,
                "taxSettings",
                pick(&mut rng, &[None, Some(json!(null)), Some(tax)]),
            );
            put(
                &mut answer,
                "currencySymbol",
                pick(&mut rng, &[None, Some(json!(null)), Some(json!("&#8364;"))]),
            );
            // Per plan with an ID: how many of its prices can be read.
            let mut readable = Vec::new();
            let mut unreadable = 0;
            let mut plans = Vec::new();
            for n in 0..rng.usize(0..6) {
                let has_id = rng.u8(0..8) != 0;
                let mut plan = json!({});
                if has_id {
                    plan["vendorId"] = json!(format!("plan-{n}"));
                }
                put(
                    &mut plan,
                    "name",
                    pick(
                        &mut rng,
                        &[None, Some(json!(null)), Some(json!("Pro")), Some(json!(7))],
                    ),
                );
                put(
                    &mut plan,
                    "benefits",
                    pick(
                        &mut rng,
                        &[None, Some(json!(null)), Some(json!(["a", null, 3]))],
                    ),
                );
                let mut prices = Vec::new();
                let mut good = 0;
                for _ in 0..rng.usize(0..5) {
                    let (price, ok) = random_price(&mut rng);
                    prices.push(price);
                    if ok && has_id {
                        good += 1;
                    } else {
                        unreadable += 1;
                    }
                }
                put(
                    &mut plan,
                    "prices",
                    Some(json!(prices))
                        .filter(|_| rng.bool())
                        .or(Some(json!(null))),
                );
                if plan["prices"].is_null() {
                    // Given as `null`: no prices, none left out.
                    unreadable -= prices.len() - good;
                    good = 0;
                }
                if has_id {
                    readable.push((format!("plan-{n}"), good));
                }
                plans.push(plan);
            }
            answer["appPlans"] = json!([{ "id": "app", "plans": plans }]);
            let text = answer.to_string();
            let response: AppPlansResponse =
                crate::wix::decode(crate::wix::Endpoint::ListAppPlans, text.as_bytes())
                    .unwrap_or_else(|e| panic!("round {round}: {e}\n{text}"));
            assert_eq!(
                response.skipped().count(),
                unreadable,
                "round {round}: {text}"
            );
            let view = pricing_view(
                &response,
                &config(),
                "DE".parse().unwrap(),
                &"de-DE".parse().unwrap(),
                None,
            );
            let values = pricing_view_without_json_ld(
                &response,
                &config(),
                "DE".parse().unwrap(),
                &"de-DE".parse().unwrap(),
                None,
                Wording::ValuesOnly,
            );
            assert_eq!(values, words_left_out(view.clone()), "round {round}");
            let cards = &view.apps[0].plans;
            assert_eq!(cards.len(), readable.len(), "round {round}");
            for (card, (vendor_id, good)) in cards.iter().zip(&readable) {
                assert_eq!(&card.vendor_id, vendor_id);
                assert_eq!(card.offer.prices.len(), *good, "round {round}: {text}");
                for price in &card.offer.prices {
                    let list = price.list.clone().unwrap_or_default();
                    for amount in [
                        &price.per_month,
                        &price.cycle_total,
                        &price.one_time,
                        &list.per_month,
                        &list.cycle_total,
                        &list.one_time,
                    ]
                    .into_iter()
                    .flatten()
                    {
                        let value = Decimal::from_str_exact(&amount.value).unwrap();
                        assert_eq!(
                            value.scale(),
                            pricing::minor_units(currency),
                            "round {round}: {amount:?}"
                        );
                    }
                }
            }
        }
    }
}
