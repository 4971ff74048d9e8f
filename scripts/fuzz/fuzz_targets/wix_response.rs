//! Wix's List App Plans response: `wix::decode` on arbitrary bytes (one
//! unreadable price must never fail the answer nor panic) and, when it
//! parses, the page's view model (`plans::pricing_view`), so the pricing
//! math and money formatting run on fuzzed decimals, cycles and sales.
//! Seeds: JSON responses.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rust_decimal::Decimal;
use std::str::FromStr;
use std::sync::OnceLock;
use wix_pricing::config::Config;
use wix_pricing::country::CountryCode;
use wix_pricing::plans::{pricing_view, Amount, PricingView};
use wix_pricing::server::identity::{Account, Owner};
use wix_pricing::wix::model::{AppPlansResponse, CheckoutCycle};
use wix_pricing::wix::{decode, Endpoint};

/// Visitor country and locale, picked per input.
const VISITORS: &[(&str, &str)] = &[
    ("US", "en-US"),
    ("DE", "de-DE"),
    ("CH", "de-CH"),
    ("IN", "en-IN"),
    ("JP", "ja-JP"),
    ("EG", "ar-EG"),
    ("FR", "fr-FR"),
    ("BR", "pt-BR"),
];

const CYCLES: &[CheckoutCycle] = &[
    CheckoutCycle::Monthly,
    CheckoutCycle::Yearly,
    CheckoutCycle::TwoYears,
    CheckoutCycle::OneTime,
    CheckoutCycle::NoCycle,
];

fn config() -> &'static Config {
    static CONFIG: OnceLock<Config> = OnceLock::new();
    CONFIG.get_or_init(|| {
        Config::from_lookup(|name| match name {
            "PRICING_HIGHLIGHTS" => Some("pro=Most popular".into()),
            "PRICING_CTA_LABELS" => Some("free=Start".into()),
            _ => None,
        })
        .expect("fuzz configuration")
    })
}

fn check_amount(amount: &Amount) {
    Decimal::from_str(&amount.value)
        .unwrap_or_else(|e| panic!("amount value {:?}: {e}", amount.value));
    assert!(!amount.text.is_empty());
}

fn check_view(view: &PricingView, response: &AppPlansResponse) {
    assert_eq!(view.apps.len(), response.app_plans.len());
    let ld: serde_json::Value = serde_json::from_str(&view.json_ld).expect("JSON-LD is JSON");
    assert!(ld.is_array());
    assert!(
        !view.json_ld.contains("</"),
        "JSON-LD could close its script"
    );
    for app in &view.apps {
        for plan in &app.plans {
            for price in &plan.offer.prices {
                let list = price.list.as_ref();
                for amount in [
                    price.per_month.as_ref(),
                    price.cycle_total.as_ref(),
                    price.one_time.as_ref(),
                    list.and_then(|l| l.per_month.as_ref()),
                    list.and_then(|l| l.cycle_total.as_ref()),
                    list.and_then(|l| l.one_time.as_ref()),
                ]
                .into_iter()
                .flatten()
                {
                    check_amount(amount);
                }
                if let Some(usage) = &price.usage {
                    for amount in [&usage.increment, &usage.base_fee].into_iter().flatten() {
                        check_amount(amount);
                    }
                }
            }
        }
    }
}

fuzz_target!(|bytes: &[u8]| {
    let Ok(response) = decode::<AppPlansResponse>(Endpoint::ListAppPlans, bytes) else {
        return;
    };

    // A cheap, stable choice of visitor and current plan from the input.
    let pick = bytes
        .iter()
        .fold(0usize, |h, b| h.wrapping_mul(31).wrapping_add(*b as usize));
    let (country, locale) = VISITORS[pick % VISITORS.len()];
    let country: CountryCode = country.parse().unwrap();
    let locale = locale.parse().unwrap();

    let view = pricing_view(&response, config(), country, &locale, None);
    check_view(&view, &response);

    // Signed in as the owner of the first app, on one of its plans.
    let Some(app) = response.app_plans.first() else {
        return;
    };
    let owner = Owner {
        app_id: app.id.clone(),
        instance_id: "inst-1".into(),
        signed: "sig.data".into(),
    };
    let account = Account {
        current: app
            .plans
            .get((pick / 7) % app.plans.len().max(1))
            .map(|plan| (plan.vendor_id.clone(), Some(CYCLES[(pick / 3) % CYCLES.len()]))),
        free_trial_available: pick % 2 == 0,
    };
    let view = pricing_view(
        &response,
        config(),
        country,
        &locale,
        Some((&owner, &account)),
    );
    check_view(&view, &response);
});
