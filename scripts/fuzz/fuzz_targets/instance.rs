//! The signed `instance` parameter: `wix::instance::verify` and
//! `server::identity::identify` on arbitrary text, and on correctly signed
//! instances around arbitrary data parts, so the fuzzer gets past the
//! signature check into the JSON and date handling.
//!
//! Each input is used twice: as the whole `instance` value (seeds: real
//! signed instances), and as the raw data part of an instance this target
//! signs itself (seeds: instance JSON).
#![no_main]

use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use hmac::{Hmac, Mac};
use libfuzzer_sys::fuzz_target;
use sha2::Sha256;
use std::sync::OnceLock;
use time::{format_description::well_known::Rfc3339, OffsetDateTime};
use wix_pricing::config::Config;
use wix_pricing::server::identity::{identify, Identity};
use wix_pricing::wix::instance::{sign, verify, InstanceError, MAX_INSTANCE_LEN};

/// The second configured app's secret; most seeds are signed with it.
const SECRET: &str = "fuzz-secret";
/// The first configured app's secret.
const OTHER_SECRET: &str = "other-secret";

fn config() -> &'static Config {
    static CONFIG: OnceLock<Config> = OnceLock::new();
    CONFIG.get_or_init(|| {
        Config::from_lookup(|name| match name {
            "WIX_APP_IDS" => Some("app-a,app-b".into()),
            "WIX_APP_SECRET" => Some(format!("app-a={OTHER_SECRET},app-b={SECRET}")),
            _ => None,
        })
        .expect("fuzz configuration")
    })
}

fn now() -> OffsetDateTime {
    // The seeds are signed at 2026-11-22T12:00:00Z, so they are fresh.
    OffsetDateTime::parse("2026-11-22T12:05:00Z", &Rfc3339).unwrap()
}

/// Signs an arbitrary data part the way Wix does.
fn sign_raw(secret: &str, data: &[u8]) -> String {
    let encoded = URL_SAFE_NO_PAD.encode(data);
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(encoded.as_bytes());
    let signature = URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes());
    format!("{signature}.{encoded}")
}

/// `identify` agrees with `verify`: an owner only from a fresh instance
/// verified with the secret of the app it names.
fn check_identity(instance: &str) {
    let by_a = verify(OTHER_SECRET, instance).ok();
    let by_b = verify(SECRET, instance).ok();
    match identify(config(), Some(instance), now()) {
        Identity::Owner(owner) => {
            let data = match owner.app_id.as_str() {
                "app-a" => by_a,
                "app-b" => by_a.is_none().then_some(by_b).flatten(),
                other => panic!("owner of an unknown app {other:?}"),
            }
            .expect("an owner from an instance that does not verify");
            assert!(data.aid.is_none());
            assert!(!data.instance_id.is_empty());
            assert_eq!(owner.instance_id, data.instance_id);
            assert_eq!(owner.signed, instance);
        }
        Identity::Anonymous => {
            assert!(instance.is_empty() || by_a.is_some() || by_b.is_some())
        }
        Identity::Rejected(_) => {}
    }
}

fuzz_target!(|bytes: &[u8]| {
    // 1. The input as the whole instance value.
    if let Ok(text) = std::str::from_utf8(bytes) {
        let result = verify(SECRET, text);
        if let Ok(data) = &result {
            // Whatever verified re-signs and verifies to the same data.
            assert_eq!(verify(SECRET, &sign(SECRET, data)).as_ref(), Ok(data));
        }
        check_identity(text);
    }

    // 2. The input as the data part of a correctly signed instance.
    let signed = sign_raw(SECRET, bytes);
    let result = verify(SECRET, &signed);
    match &result {
        Ok(data) => assert_eq!(verify(SECRET, &sign(SECRET, data)).as_ref(), Ok(data)),
        Err(InstanceError::Data(_)) => {}
        Err(InstanceError::TooLong) => assert!(signed.len() > MAX_INSTANCE_LEN),
        Err(e) => panic!("a correctly signed instance failed with {e:?}"),
    }
    assert_eq!(
        verify("not-the-secret", &signed).err(),
        Some(if signed.len() > MAX_INSTANCE_LEN {
            InstanceError::TooLong
        } else {
            InstanceError::Signature
        })
    );
    check_identity(&signed);
});
