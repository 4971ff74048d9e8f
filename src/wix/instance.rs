//! The signed `instance` query parameter Wix adds for a site owner:
//! `<signature>.<data>`, where `data` is base64url JSON and `signature` is
//! base64url(HMAC-SHA256(app secret, data as received)).

use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

/// Longer values are rejected before any decoding work.
pub const MAX_INSTANCE_LEN: usize = 4096;

/// The fields of the data part this project uses; others are ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InstanceData {
    #[serde(default)]
    pub instance_id: String,
    /// RFC 3339 time of signing.
    #[serde(default)]
    pub sign_date: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uid: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<String>,
    /// The current paid plan's vendorId; empty on the free plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vendor_product_id: Option<String>,
    /// Set for anonymous visitors, who are not signed in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aid: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_owner_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InstanceError {
    #[error("the instance is longer than {MAX_INSTANCE_LEN} bytes")]
    TooLong,
    #[error("the instance is not <signature>.<data>")]
    Shape,
    #[error("the instance is not valid base64url")]
    Encoding,
    #[error("the instance signature does not match")]
    Signature,
    #[error("the instance data is not the expected JSON: {0}")]
    Data(String),
}

/// Signs `data` the way Wix does.
pub fn sign(secret: &str, data: &InstanceData) -> String {
    let json = serde_json::to_vec(data).expect("instance data serialises");
    let encoded = URL_SAFE_NO_PAD.encode(json);
    let signature = URL_SAFE_NO_PAD.encode(mac(secret, &encoded).finalize().into_bytes());
    format!("{signature}.{encoded}")
}

/// Checks the signature in constant time and decodes the data part.
/// Freshness (`sign_date`) and anonymity (`aid`) are the caller's policy.
pub fn verify(secret: &str, instance: &str) -> Result<InstanceData, InstanceError> {
    if instance.len() > MAX_INSTANCE_LEN {
        return Err(InstanceError::TooLong);
    }
    let (signature, encoded) = instance.split_once('.').ok_or(InstanceError::Shape)?;
    let signature = URL_SAFE_NO_PAD
        .decode(signature)
        .map_err(|_| InstanceError::Encoding)?;
    mac(secret, encoded)
        .verify_slice(&signature)
        .map_err(|_| InstanceError::Signature)?;
    let json = URL_SAFE_NO_PAD
        .decode(encoded)
        .map_err(|_| InstanceError::Encoding)?;
    serde_json::from_slice(&json).map_err(|e| InstanceError::Data(e.to_string()))
}

fn mac(secret: &str, encoded: &str) -> Hmac<Sha256> {
    let mut mac =
        Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC accepts keys of any length");
    mac.update(encoded.as_bytes());
    mac
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> InstanceData {
        InstanceData {
            instance_id: "inst-1".into(),
            sign_date: "2026-11-22T10:00:00Z".into(),
            uid: Some("user-1".into()),
            permissions: Some("OWNER".into()),
            vendor_product_id: Some("pro".into()),
            aid: None,
            site_owner_id: Some("user-1".into()),
        }
    }

    #[test]
    fn round_trips_and_rejects_tampering() {
        let signed = sign("s3cret", &data());
        assert_eq!(verify("s3cret", &signed).unwrap(), data());
        assert_eq!(verify("other", &signed), Err(InstanceError::Signature));

        let (sig, enc) = signed.split_once('.').unwrap();
        let mut tampered = enc.to_owned().into_bytes();
        tampered[3] = if tampered[3] == b'A' { b'B' } else { b'A' };
        let tampered = format!("{sig}.{}", String::from_utf8(tampered).unwrap());
        assert_eq!(verify("s3cret", &tampered), Err(InstanceError::Signature));

        assert_eq!(
            verify("s3cret", &signed[..signed.len() - 4]),
            Err(InstanceError::Signature)
        );
        assert_eq!(verify("s3cret", "no-dot"), Err(InstanceError::Shape));
        assert_eq!(
            verify("s3cret", &format!("{sig}=.{enc}")),
            Err(InstanceError::Encoding)
        );
        let oversized = format!("{sig}.{}", "A".repeat(MAX_INSTANCE_LEN));
        assert_eq!(verify("s3cret", &oversized), Err(InstanceError::TooLong));
    }
}
