//! Who the visitor is: the signed `instance` Wix adds for a site owner,
//! verified with the app's secret and a bounded age, and what Wix says
//! about their current plan.

use super::{instance, model::CheckoutCycle, AppCredentials};
use crate::i18n::Msg;
use std::time::Duration;
use time::{format_description::well_known::Rfc3339, OffsetDateTime};

/// Clock skew tolerated on `signDate` values from the future.
const MAX_CLOCK_SKEW_SECS: i64 = 300;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Identity {
    /// No instance: a visitor from the App Market, or an anonymous one.
    Anonymous,
    /// A verified, fresh instance of one of the configured apps.
    Owner(Owner),
    /// An instance was sent but cannot be trusted, and why.
    Rejected(Rejection),
}

/// Why a signed instance is not trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rejection {
    Unverified,
    Expired,
    Undated,
}

impl Rejection {
    /// Why, in the catalogue's words.
    pub fn msg(self) -> Msg {
        match self {
            Self::Unverified => Msg::SigninUnverified,
            Self::Expired => Msg::SigninExpired,
            Self::Undated => Msg::SigninUndated,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Owner {
    pub app_id: String,
    pub instance_id: String,
    /// The signed value as received, to carry across the checkout form.
    pub signed: String,
}

/// Whether `id` can be an app instance ID as Wix writes them (a GUID): at
/// most 64 letters, digits and hyphens. Such a plain ID, from Wix's
/// installer or an "Upgrade App" link, proves nothing: it may continue a
/// checkout for that site, never show anything of it.
pub fn plain_instance_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// Verifies `instance` against every app's secret; older than `max_age`
/// it is refused.
pub fn identify(
    apps: &[AppCredentials],
    max_age: Duration,
    instance: Option<&str>,
    now: OffsetDateTime,
) -> Identity {
    let Some(signed) = instance.filter(|s| !s.trim().is_empty()) else {
        return Identity::Anonymous;
    };
    let verified = apps.iter().find_map(|app| {
        instance::verify(&app.secret, signed)
            .ok()
            .map(|data| (app, data))
    });
    let Some((app, data)) = verified else {
        return Identity::Rejected(Rejection::Unverified);
    };
    if data.aid.is_some() || data.instance_id.is_empty() {
        return Identity::Anonymous;
    }
    let age = OffsetDateTime::parse(&data.sign_date, &Rfc3339)
        .map(|signed_at| (now - signed_at).whole_seconds());
    match age {
        Ok(age) if age <= max_age.as_secs() as i64 && age >= -MAX_CLOCK_SKEW_SECS => {
            Identity::Owner(Owner {
                app_id: app.app_id.clone(),
                instance_id: data.instance_id,
                signed: signed.to_owned(),
            })
        }
        Ok(_) => Identity::Rejected(Rejection::Expired),
        Err(_) => Identity::Rejected(Rejection::Undated),
    }
}

/// The owner's plan as Wix records it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Account {
    /// vendorId and cycle (when Wix names one this page knows) of the
    /// current paid plan; none on the free plan.
    pub current: Option<(String, Option<CheckoutCycle>)>,
    pub free_trial_available: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
    use instance::InstanceData;
    use time::Duration;

    fn identify(instance: Option<&str>, now: OffsetDateTime) -> Identity {
        let apps =
            [("app-a", "secret-a"), ("app-b", "secret-b")].map(|(app_id, secret)| AppCredentials {
                app_id: app_id.into(),
                secret: secret.into(),
            });
        super::identify(&apps, std::time::Duration::from_secs(14_400), instance, now)
    }

    fn now() -> OffsetDateTime {
        OffsetDateTime::parse("2026-11-22T12:00:00Z", &Rfc3339).unwrap()
    }

    fn signed(secret: &str, sign_date: OffsetDateTime, aid: Option<&str>) -> String {
        let data = InstanceData {
            instance_id: "inst-1".into(),
            sign_date: sign_date.format(&Rfc3339).unwrap(),
            aid: aid.map(str::to_owned),
            ..Default::default()
        };
        instance::sign(secret, &data)
    }

    #[test]
    fn a_fresh_instance_of_a_configured_app_is_its_owner() {
        let value = signed("secret-b", now() - Duration::minutes(5), None);
        assert_eq!(
            identify(Some(&value), now()),
            Identity::Owner(Owner {
                app_id: "app-b".into(),
                instance_id: "inst-1".into(),
                signed: value.clone()
            })
        );
        assert_eq!(identify(None, now()), Identity::Anonymous);
        assert_eq!(identify(Some(""), now()), Identity::Anonymous);
    }

    #[test]
    fn anonymous_visitors_are_not_signed_in() {
        let value = signed("secret-a", now(), Some("anon-1"));
        assert_eq!(identify(Some(&value), now()), Identity::Anonymous);
    }

    #[test]
    fn rejects_tampered_truncated_oversized_padded_and_expired_instances() {
        let good = signed("secret-a", now(), None);
        let (sig, data) = good.split_once('.').unwrap();
        // Tampered: same signature over data claiming another instance.
        let forged_data = URL_SAFE_NO_PAD
            .encode(br#"{"instanceId":"someone-else","signDate":"2026-11-22T12:00:00Z"}"#);
        let wrong_key = signed("not-the-secret", now(), None);
        let cases = [
            format!("{sig}.{forged_data}"),
            good[..good.len() - 3].to_owned(),
            format!("{sig}.{data}{}", "A".repeat(5000)),
            format!("{sig}==.{data}"),
            format!("{sig}.{data}=="),
            wrong_key,
            "garbage".to_owned(),
            signed("secret-a", now() - Duration::hours(5), None),
            signed("secret-a", now() + Duration::hours(1), None),
        ];
        for case in cases {
            assert!(
                matches!(identify(Some(&case), now()), Identity::Rejected(_)),
                "accepted {case}"
            );
        }
    }
}
