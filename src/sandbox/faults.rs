//! Fault injection, switchable at run time, per Wix endpoint: added latency
//! and/or an error status, a malformed body or a dropped connection.

use crate::lock;
use crate::wix::Endpoint;
use axum::{
    body::Body,
    http::{header, StatusCode},
    response::{IntoResponse, Response},
};
use serde::{Deserialize, Serialize};
use std::{collections::HashMap, sync::Mutex, time::Duration};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fault {
    /// Added before the endpoint answers.
    #[serde(default)]
    pub latency_ms: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure: Option<Failure>,
    /// Only requests for these countries (`X-Wix-Country-Code`) fail;
    /// empty: every request.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub countries: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Failure {
    /// Answer with this status and a Wix-shaped error body.
    Status(u16),
    /// Answer 200 with a truncated JSON body.
    Malformed,
    /// Send the headers, then drop the connection mid-body.
    Drop,
}

/// The faults in force and the number of calls each endpoint received.
#[derive(Default)]
pub struct Faults {
    active: Mutex<HashMap<Endpoint, Fault>>,
    calls: Mutex<HashMap<Endpoint, u64>>,
}

impl Faults {
    pub fn set(&self, endpoint: Endpoint, fault: Fault) {
        lock(&self.active).insert(endpoint, fault);
    }

    pub fn clear(&self) {
        lock(&self.active).clear();
    }

    pub fn active(&self) -> HashMap<Endpoint, Fault> {
        lock(&self.active).clone()
    }

    pub fn calls(&self, endpoint: Endpoint) -> u64 {
        lock(&self.calls).get(&endpoint).copied().unwrap_or(0)
    }

    pub fn all_calls(&self) -> HashMap<Endpoint, u64> {
        lock(&self.calls).clone()
    }

    /// Counts a call and applies the endpoint's fault: waits out the
    /// latency, then returns the response that replaces the real one.
    pub async fn intercept(&self, endpoint: Endpoint, country: Option<&str>) -> Option<Response> {
        *lock(&self.calls).entry(endpoint).or_default() += 1;
        let fault = lock(&self.active).get(&endpoint).cloned()?;
        let applies = fault.countries.is_empty()
            || country.is_some_and(|c| fault.countries.iter().any(|f| f.eq_ignore_ascii_case(c)));
        if !applies {
            return None;
        }
        if fault.latency_ms > 0 {
            tokio::time::sleep(Duration::from_millis(fault.latency_ms)).await;
        }
        Some(match fault.failure? {
            Failure::Status(code) => {
                let status =
                    StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                super::api::ApiError::new(
                    status,
                    "Injected by the sandbox",
                    serde_json::json!({"applicationError": {"code": "SANDBOX_FAULT"}}),
                )
                .into_response()
            }
            Failure::Malformed => (
                [(header::CONTENT_TYPE, "application/json")],
                r#"{"taxSettings":{"showPriceWithTax":tr"#,
            )
                .into_response(),
            Failure::Drop => {
                let broken = futures_util::stream::iter([
                    Ok(axum::body::Bytes::from_static(b"{\"partial\":")),
                    Err(std::io::Error::new(
                        std::io::ErrorKind::ConnectionReset,
                        "injected drop",
                    )),
                ]);
                (
                    [(header::CONTENT_TYPE, "application/json")],
                    Body::from_stream(broken),
                )
                    .into_response()
            }
        })
    }
}
