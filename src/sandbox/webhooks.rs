//! The webhooks Wix sends an app, as Wix sends them: a POST whose body is
//! a JWT, RS256-signed with the app's key, whose `data` claim is the event
//! as a JSON string, whose own `data` is a JSON string again
//! (`shared/wix-api.md` section 8). Written here with `serde_json`, never
//! with the client's types.
//!
//! The sandbox signs every app's events with one key pair, both halves in
//! this repository; the page trusts its public half in sandbox mode only.

use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::{json, Value};
use std::{sync::LazyLock, time::Duration};

static KEY: LazyLock<EncodingKey> = LazyLock::new(|| {
    EncodingKey::from_rsa_pem(include_bytes!("webhook-key.pem")).expect("the sandbox's key parses")
});
/// The public half, which the page checks the sandbox's events with.
pub const PUBLIC_KEY: &str = include_str!("webhook-key.pub.pem");
/// Wix's tokens live about 41 days.
const TOKEN_LIFETIME_SECS: i64 = 3_600_000;
/// How long Wix waits for a 200.
const ANSWER_WITHIN: Duration = Duration::from_millis(1250);

/// `data` signed as Wix signs an event of `event_type` for `instance_id`,
/// issued at `iat` (Unix seconds).
pub fn signed_event(event_type: &str, instance_id: &str, data: &Value, iat: i64) -> String {
    let event = json!({
        "eventType": event_type,
        "instanceId": instance_id,
        "data": data.to_string(),
    });
    let claims = json!({
        "data": event.to_string(),
        "iat": iat,
        "exp": iat + TOKEN_LIFETIME_SECS,
    });
    let header = Header {
        kid: Some("sandbox".into()),
        ..Header::new(Algorithm::RS256)
    };
    jsonwebtoken::encode(&header, &claims, &KEY).expect("an RS256 token can be signed")
}

/// Delivers events to the pricing page, one attempt each (Wix retries for
/// two days; a sandbox that did would only hide a page that refused).
pub struct Sender {
    client: reqwest::Client,
    /// `{page}/webhooks/wix/`, the app's ID to follow.
    base: String,
}

impl Sender {
    pub fn new(pricing_page_url: &str) -> Self {
        Self {
            client: reqwest::Client::builder()
                .timeout(ANSWER_WITHIN)
                .build()
                .unwrap_or_default(),
            base: format!("{}/webhooks/wix/", pricing_page_url.trim_end_matches('/')),
        }
    }

    /// Sends `event_type` for `app_id`'s `instance_id`; whether the page
    /// answered 200 in time.
    pub async fn send(
        &self,
        app_id: &str,
        event_type: &str,
        instance_id: &str,
        data: Value,
    ) -> bool {
        let iat = time::OffsetDateTime::now_utc().unix_timestamp();
        let token = signed_event(event_type, instance_id, &data, iat);
        let sent = self
            .client
            .post(format!("{}{app_id}", self.base))
            .header(reqwest::header::CONTENT_TYPE, "text/plain")
            .body(token)
            .send()
            .await;
        match sent {
            Ok(answer) if answer.status() == reqwest::StatusCode::OK => true,
            Ok(answer) => {
                tracing::warn!("the page answered {} to {event_type}", answer.status());
                false
            }
            Err(e) => {
                tracing::warn!("{event_type} not delivered to the page: {e}");
                false
            }
        }
    }
}
