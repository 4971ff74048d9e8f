//! Wix's App Instance webhooks (`shared/wix-api.md` section 8): the body
//! is a JWT, RS256-signed with the app's key, whose `data` claim is a JSON
//! string holding the event, whose own `data` is a JSON string again.
//!
//! Verified before anything is read: RS256 only (the algorithm is ours,
//! never the token's), an `exp` not passed (Wix's last ~42 days) and an `iat` within the time
//! Wix retries an event. Every field after that is optional, as in Wix's
//! SDK: a missing one is `None`, never a refusal.

use super::model::CheckoutCycle;
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use serde::Deserialize;
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::{collections::HashMap, sync::LazyLock, time::Duration};

/// How old an event may be: Wix retries one for about 47 hours.
pub const EVENT_MAX_AGE: Duration = Duration::from_secs(49 * 3600);
/// How far ahead of our clock an event's `iat` may be.
const CLOCK_SKEW_SECS: i64 = 300;
/// Keys an app may have at once (a key and the one replacing it).
const MAX_KEYS_PER_APP: usize = 4;

/// What `jsonwebtoken` checks: RS256 only. Wix's tokens name no audience
/// or issuer; their times are checked by `verify`, against the `now` it is
/// given rather than the system's clock.
static VALIDATION: LazyLock<Validation> = LazyLock::new(|| {
    let mut validation = Validation::new(Algorithm::RS256);
    validation.validate_aud = false;
    validation.validate_exp = false;
    validation.required_spec_claims.clear();
    validation
});

/// The public keys each app's events are signed with.
#[derive(Clone, Default)]
pub struct WebhookKeys(HashMap<String, Vec<DecodingKey>>);

impl std::fmt::Debug for WebhookKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let counts: HashMap<_, _> = self.0.iter().map(|(app, keys)| (app, keys.len())).collect();
        f.debug_tuple("WebhookKeys").field(&counts).finish()
    }
}

impl WebhookKeys {
    /// `WIX_WEBHOOK_KEYS`: comma-separated `appId=key`, where a key is the
    /// path of a PEM file, a PEM, or base64 of a PEM (as Wix's SDK takes
    /// it); with one app, `appId=` may be left out. An app named twice has
    /// two keys (while Wix's key is replaced).
    pub fn parse(text: &str, app_ids: &[String]) -> Result<Self, String> {
        let mut keys = Self::default();
        for item in text.split(',').map(str::trim).filter(|i| !i.is_empty()) {
            let named = item
                .split_once('=')
                .filter(|(app, _)| app_ids.iter().any(|id| id == app.trim()));
            let (app_id, key) = match (named, app_ids) {
                (Some((app, key)), _) => (app.trim(), key.trim()),
                (None, [only]) => (only.as_str(), item),
                (None, _) => return Err("name the app of each key: appId=key".into()),
            };
            keys.add(app_id, &read_key(key)?)?;
        }
        Ok(keys)
    }

    /// Trusts `pem` (an RSA public key) for `app_id`'s events.
    pub fn add(&mut self, app_id: &str, pem: &[u8]) -> Result<(), String> {
        // A private key here would be a secret in the wrong place.
        const PUBLIC: &[u8] = b"PUBLIC KEY-----";
        if !pem.windows(PUBLIC.len()).any(|w| w == PUBLIC) {
            return Err("not a public key (-----BEGIN PUBLIC KEY-----)".into());
        }
        let key = DecodingKey::from_rsa_pem(pem)
            .map_err(|e| format!("not an RSA public key in PEM: {e}"))?;
        let keys = self.0.entry(app_id.to_owned()).or_default();
        if keys.len() == MAX_KEYS_PER_APP {
            return Err(format!("at most {MAX_KEYS_PER_APP} keys for app {app_id}"));
        }
        keys.push(key);
        Ok(())
    }

    /// Whether any key is trusted for `app_id`.
    pub fn has(&self, app_id: &str) -> bool {
        self.0.contains_key(app_id)
    }

    /// The event `token` carries, when one of `app_id`'s keys signed it
    /// and it is current at `now` (Unix seconds).
    pub fn verify(&self, app_id: &str, token: &str, now: i64) -> Result<Event, Refused> {
        let keys = self.0.get(app_id).ok_or(Refused::NoKey)?;
        let claims = keys
            .iter()
            .find_map(|key| jsonwebtoken::decode::<Claims>(token, key, &VALIDATION).ok())
            .ok_or(Refused::Signature)?
            .claims;
        if claims.exp.is_none_or(|exp| exp + CLOCK_SKEW_SECS < now) {
            return Err(Refused::Expired);
        }
        let age = now - claims.iat.ok_or(Refused::Age)?;
        if age > EVENT_MAX_AGE.as_secs() as i64 || age < -CLOCK_SKEW_SECS {
            return Err(Refused::Age);
        }
        Ok(match &claims.data {
            Value::String(data) => Event::read(data),
            other => Event::read(&other.to_string()),
        })
    }
}

/// A PEM from a file, as itself, or from base64.
fn read_key(key: &str) -> Result<Vec<u8>, String> {
    use base64::Engine;
    if key.contains("-----BEGIN") {
        return Ok(key.as_bytes().to_vec());
    }
    if let Ok(pem) = std::fs::read(key) {
        return Ok(pem);
    }
    base64::engine::general_purpose::STANDARD
        .decode(key)
        .ok()
        .filter(|pem| pem.starts_with(b"-----BEGIN"))
        .ok_or_else(|| format!("{key:?} is neither a PEM file, a PEM nor base64 of one"))
}

/// Why a token is not an event of the app's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// No key is configured for the app.
    NoKey,
    /// Not a JWT, or none of the app's keys signed it with RS256.
    Signature,
    /// Its `exp` has passed, or it has none.
    Expired,
    /// Issued too long ago, in the future, or not said.
    Age,
}

#[derive(Deserialize)]
struct Claims {
    /// The event, as JSON in a string.
    #[serde(default)]
    data: Value,
    iat: Option<i64>,
    exp: Option<i64>,
}

/// One event, verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// `eventType` as Wix spells it (empty when absent).
    pub event_type: String,
    pub instance_id: Option<String>,
    pub kind: EventKind,
    /// The same for each delivery of one event (Wix's retries repeat its
    /// data): what a retry is recognised by. Wix sends no event ID.
    pub identity: [u8; 32],
}

/// What an event says, where this page has a use for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventKind {
    /// Paid Plan Purchased.
    Purchased(PlanEvent),
    /// Paid Plan Changed: `plan` is the new one.
    Changed {
        plan: PlanEvent,
        previous_plan: Option<String>,
        previous_cycle: Option<CycleName>,
    },
    /// Paid Plan Auto Renewal Cancelled.
    Cancelled {
        plan: PlanEvent,
        /// `cancelReason`: `USER_CANCEL`, `FAILED_PAYMENT`, ...
        reason: Option<String>,
    },
    /// Any other event type.
    Other,
}

/// The plan an event is about.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlanEvent {
    /// `vendorProductId`: the plan's vendor ID.
    pub plan: Option<String>,
    pub cycle: Option<CycleName>,
    /// `couponName`.
    pub coupon: Option<String>,
}

/// A `cycle` of an event: one Wix checkout sells, or a name it added later.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CycleName {
    Known(CheckoutCycle),
    Unknown,
}

impl CycleName {
    fn read(name: &str) -> Self {
        CheckoutCycle::parse(name).map_or(Self::Unknown, Self::Known)
    }
}

impl Event {
    /// The event in a verified token's `data`: whatever of it can be read.
    fn read(data: &str) -> Self {
        // Read field by field: one of an unexpected type is absent, and
        // the others stay.
        let envelope: Value = serde_json::from_str(data).unwrap_or_default();
        let event_type = text(&envelope, "eventType").unwrap_or_default();
        let instance_id = text(&envelope, "instanceId");
        let inner = match envelope.get("data") {
            Some(Value::String(inner)) => inner.clone(),
            Some(other) => other.to_string(),
            None => String::new(),
        };
        let identity = Sha256::new()
            .chain_update(event_type.as_bytes())
            .chain_update([0])
            .chain_update(instance_id.as_deref().unwrap_or_default())
            .chain_update([0])
            .chain_update(inner.as_bytes())
            .finalize()
            .into();
        let body: Value = serde_json::from_str(&inner).unwrap_or_default();
        let cycle = |key| text(&body, key).as_deref().map(CycleName::read);
        let plan = PlanEvent {
            plan: text(&body, "vendorProductId"),
            cycle: cycle("cycle"),
            coupon: text(&body, "couponName"),
        };
        let kind = match event_type.as_str() {
            "PaidPlanPurchased" => EventKind::Purchased(plan),
            "PaidPlanChanged" => EventKind::Changed {
                plan,
                previous_plan: text(&body, "previousVendorProductId"),
                previous_cycle: cycle("previousCycle"),
            },
            "PaidPlanAutoRenewalCancelled" => EventKind::Cancelled {
                plan,
                reason: text(&body, "cancelReason"),
            },
            _ => EventKind::Other,
        };
        Self {
            event_type,
            instance_id,
            kind,
            identity,
        }
    }
}

/// A field that is a string with something in it.
fn text(object: &Value, key: &str) -> Option<String> {
    object
        .get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
    use jsonwebtoken::{encode, EncodingKey, Header};
    use serde_json::json;

    const APP: &str = "app-1";
    const PRIVATE: &str = include_str!("../sandbox/webhook-key.pem");
    const PUBLIC: &str = include_str!("../sandbox/webhook-key.pub.pem");
    const OTHER_PRIVATE: &str = include_str!("../server/fixtures/other-key.pem");
    const NOW: i64 = 1_800_000_000;

    fn keys() -> WebhookKeys {
        WebhookKeys::parse(PUBLIC, &[APP.to_owned()]).unwrap()
    }

    fn event(event_type: &str, data: serde_json::Value) -> String {
        json!({"eventType": event_type, "instanceId": "inst-1", "data": data.to_string()})
            .to_string()
    }

    fn signed(private: &str, claims: serde_json::Value) -> String {
        let header = Header {
            kid: Some("sandbox".into()),
            ..Header::new(Algorithm::RS256)
        };
        encode(
            &header,
            &claims,
            &EncodingKey::from_rsa_pem(private.as_bytes()).unwrap(),
        )
        .unwrap()
    }

    fn token(data: &str) -> String {
        signed(
            PRIVATE,
            json!({"data": data, "iat": NOW - 10, "exp": NOW + 3_600_000}),
        )
    }

    /// The events as Wix's REST reference gives its examples, word for word
    /// (`data` a string inside a string), and with the nulls its SDK allows.
    #[test]
    fn wixs_documented_examples_are_read() {
        let purchased = r#"{"data":"{\"operationTimeStamp\":\"2019-12-09T07:44:53.659Z\",\"vendorProductId\":\"e8f429d5-0a6a-468f-8044-87f519a53202\",\"cycle\":\"MONTHLY\",\"expiresOn\":\"2020-01-09T07:44:53Z\"}","instanceId":"8e9d6b70-6eb9-4ab4-a62d-e033063e2f05","eventType":"PaidPlanPurchased"}"#;
        let changed = r#"{"data":"{\"operationTimeStamp\":\"2019-12-08T07:42:04.535Z\",\"vendorProductId\":\"e61158e5-e327-4694-ac50-2a3a0db87c84\",\"cycle\":\"YEARLY\",\"previousVendorProductId\":null,\"previousCycle\":\"MONTHLY\",\"couponName\":null,\"invoiceId\":null}","instanceId":"5bc2068d-010b-448c-a62a-d6bb269c2a4c","eventType":"PaidPlanChanged","identity":"{\"identityType\":\"WIX_USER\",\"wixUserId\":\"u-1\"}"}"#;
        let cancelled = r#"{"data":"{\"operationTimeStamp\":\"2019-12-09T07:55:18.356Z\",\"vendorProductId\":\"e8f429d4-0a6a-468f-8044-87f519a53202\",\"cycle\":\"MONTHLY\",\"cancelReason\":\"USER_CANCEL\",\"userReason\":\"Cancel reason: No reason chosen\",\"subscriptionCancellationType\":\"AT_END_OF_PERIOD\"}","instanceId":"8e9d6b70-6eb9-4ab3-a62d-e033063e2f05","eventType":"PaidPlanAutoRenewalCancelled"}"#;
        let read = |data: &str| keys().verify(APP, &token(data), NOW).unwrap();
        let event = read(purchased);
        assert_eq!(
            event.instance_id.as_deref(),
            Some("8e9d6b70-6eb9-4ab4-a62d-e033063e2f05")
        );
        assert_eq!(
            event.kind,
            EventKind::Purchased(PlanEvent {
                plan: Some("e8f429d5-0a6a-468f-8044-87f519a53202".into()),
                cycle: Some(CycleName::Known(CheckoutCycle::Monthly)),
                coupon: None,
            })
        );
        assert_eq!(
            read(changed).kind,
            EventKind::Changed {
                plan: PlanEvent {
                    plan: Some("e61158e5-e327-4694-ac50-2a3a0db87c84".into()),
                    cycle: Some(CycleName::Known(CheckoutCycle::Yearly)),
                    coupon: None,
                },
                previous_plan: None,
                previous_cycle: Some(CycleName::Known(CheckoutCycle::Monthly)),
            }
        );
        assert!(matches!(
            read(cancelled).kind,
            EventKind::Cancelled { reason: Some(ref r), .. } if r == "USER_CANCEL"
        ));
    }

    #[test]
    fn a_purchase_is_read_with_every_field() {
        let data = event(
            "PaidPlanPurchased",
            json!({"vendorProductId": "pro", "cycle": "YEARLY", "couponName": "SPRING",
                   "invoiceId": "inv-1", "operationTimeStamp": "2026-12-06T10:00:00.123Z"}),
        );
        let event = keys().verify(APP, &token(&data), NOW).unwrap();
        assert_eq!(event.event_type, "PaidPlanPurchased");
        assert_eq!(event.instance_id.as_deref(), Some("inst-1"));
        assert_eq!(
            event.kind,
            EventKind::Purchased(PlanEvent {
                plan: Some("pro".into()),
                cycle: Some(CycleName::Known(CheckoutCycle::Yearly)),
                coupon: Some("SPRING".into()),
            })
        );
    }

    #[test]
    fn a_change_and_a_cancellation_say_what_they_say() {
        let data = event(
            "PaidPlanChanged",
            json!({"vendorProductId": "pro", "cycle": "MONTHLY",
                   "previousVendorProductId": "basic", "previousCycle": "SIX_MONTHS"}),
        );
        let changed = keys().verify(APP, &token(&data), NOW).unwrap();
        assert!(matches!(
            changed.kind,
            EventKind::Changed { ref previous_plan, previous_cycle: Some(CycleName::Unknown), .. }
                if previous_plan.as_deref() == Some("basic")
        ));
        let data = event(
            "PaidPlanAutoRenewalCancelled",
            json!({"vendorProductId": "pro", "cycle": "MONTHLY", "cancelReason": "USER_CANCEL"}),
        );
        let cancelled = keys().verify(APP, &token(&data), NOW).unwrap();
        assert!(matches!(
            cancelled.kind,
            EventKind::Cancelled { ref reason, .. } if reason.as_deref() == Some("USER_CANCEL")
        ));
    }

    #[test]
    fn fields_of_another_type_are_absent_and_the_rest_stays() {
        let data = event(
            "PaidPlanPurchased",
            json!({"vendorProductId": 42, "cycle": "MONTHLY"}),
        );
        let event = keys().verify(APP, &token(&data), NOW).unwrap();
        let EventKind::Purchased(plan) = event.kind else {
            panic!("{:?}", event.kind)
        };
        assert_eq!(plan.plan, None);
        assert_eq!(plan.cycle, Some(CycleName::Known(CheckoutCycle::Monthly)));
        // Data that is no JSON at all: still a purchase, of no known plan.
        let data = json!({"eventType": "PaidPlanPurchased", "data": "{not json"}).to_string();
        let event = keys().verify(APP, &token(&data), NOW).unwrap();
        assert_eq!(event.kind, EventKind::Purchased(PlanEvent::default()));
        assert_eq!(event.instance_id, None);
        // An event this page has no use for is read, not refused.
        let event = keys()
            .verify(APP, &token(&event_of_type("AppInstalled")), NOW)
            .unwrap();
        assert_eq!(
            (event.event_type.as_str(), event.kind),
            ("AppInstalled", EventKind::Other)
        );
    }

    fn event_of_type(event_type: &str) -> String {
        event(event_type, json!({"appId": APP}))
    }

    #[test]
    fn a_retry_is_the_same_event_and_another_event_is_not() {
        let data = event("PaidPlanPurchased", json!({"vendorProductId": "pro"}));
        let first = keys().verify(APP, &token(&data), NOW).unwrap();
        // Wix signs a retry anew; its data is the same.
        let again = signed(
            PRIVATE,
            json!({"data": data, "iat": NOW - 5, "exp": NOW + 60}),
        );
        assert_eq!(
            keys().verify(APP, &again, NOW).unwrap().identity,
            first.identity
        );
        let other = event("PaidPlanPurchased", json!({"vendorProductId": "basic"}));
        assert_ne!(
            keys().verify(APP, &token(&other), NOW).unwrap().identity,
            first.identity
        );
    }

    #[test]
    fn only_the_apps_key_with_rs256_and_a_current_token_is_an_event() {
        let data = event_of_type("PaidPlanPurchased");
        let keys = keys();
        let claims = json!({"data": data, "iat": NOW - 10, "exp": NOW + 60});
        // Another key; another app; no key at all.
        let other = signed(OTHER_PRIVATE, claims.clone());
        assert_eq!(keys.verify(APP, &other, NOW), Err(Refused::Signature));
        assert_eq!(
            keys.verify("app-2", &token(&data), NOW),
            Err(Refused::NoKey)
        );
        // HS256 with the public key as its secret: key confusion.
        let confused = encode(
            &Header::new(Algorithm::HS256),
            &claims,
            &EncodingKey::from_secret(PUBLIC.as_bytes()),
        )
        .unwrap();
        assert_eq!(keys.verify(APP, &confused, NOW), Err(Refused::Signature));
        // `alg: none`, unsigned.
        let part = |value: serde_json::Value| URL_SAFE_NO_PAD.encode(value.to_string());
        let none = format!("{}.{}.", part(json!({"alg": "none"})), part(claims.clone()));
        assert_eq!(keys.verify(APP, &none, NOW), Err(Refused::Signature));
        // Expired; issued too long ago; in the future; never said when.
        let expired = signed(
            PRIVATE,
            json!({"data": data, "iat": NOW - 900, "exp": NOW - 600}),
        );
        assert_eq!(keys.verify(APP, &expired, NOW), Err(Refused::Expired));
        let old = EVENT_MAX_AGE.as_secs() as i64 + 1;
        let stale = signed(
            PRIVATE,
            json!({"data": data, "iat": NOW - old, "exp": NOW + 60}),
        );
        assert_eq!(keys.verify(APP, &stale, NOW), Err(Refused::Age));
        let early = signed(
            PRIVATE,
            json!({"data": data, "iat": NOW + 3600, "exp": NOW + 7200}),
        );
        assert_eq!(keys.verify(APP, &early, NOW), Err(Refused::Age));
        let undated = signed(PRIVATE, json!({"data": data, "exp": NOW + 60}));
        assert_eq!(keys.verify(APP, &undated, NOW), Err(Refused::Age));
        // No `exp`: Wix's tokens have one.
        let endless = signed(PRIVATE, json!({"data": data, "iat": NOW}));
        assert_eq!(keys.verify(APP, &endless, NOW), Err(Refused::Expired));
        for garbage in ["", "a.b.c", "not a token", &"x".repeat(10_000)] {
            assert_eq!(keys.verify(APP, garbage, NOW), Err(Refused::Signature));
        }
    }

    #[test]
    fn keys_are_named_by_app_as_a_file_a_pem_or_base64() {
        use base64::engine::general_purpose::STANDARD;
        let apps = [APP.to_owned(), "app-2".to_owned()];
        let file = std::env::temp_dir().join(format!("webhook-key-{}.pem", std::process::id()));
        std::fs::write(&file, PUBLIC).unwrap();
        let text = format!("{APP}={},app-2={}", file.display(), STANDARD.encode(PUBLIC));
        let keys = WebhookKeys::parse(&text, &apps).unwrap();
        std::fs::remove_file(&file).unwrap();
        assert!(keys.has(APP) && keys.has("app-2"));
        // One app: its name may be left out. Two: it may not.
        assert!(WebhookKeys::parse(PUBLIC, &apps[..1]).unwrap().has(APP));
        assert!(WebhookKeys::parse(PUBLIC, &apps).is_err());
        assert!(WebhookKeys::parse("app-1=/no/such/key.pem", &apps).is_err());
        // A private key is not a public one.
        assert!(WebhookKeys::parse(PRIVATE, &apps[..1]).is_err());
        assert!(WebhookKeys::parse("", &apps).unwrap().0.is_empty());
    }
}
