//! Fault injection, switchable at run time, per Wix endpoint (and country
//! of List App Plans): added latency and/or an error status with its
//! `Retry-After` and error details, a malformed or any other body, or a
//! dropped connection, for every call or the next few.

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
    /// With a `status` failure: its `Retry-After`, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<u64>,
    /// With a `status` failure: the `details` of its body (default: an
    /// application error `SANDBOX_FAULT`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<serde_json::Value>,
    /// Applies to this many calls, then no more; none: to every call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub times: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Failure {
    /// Answer with this status and a Wix-shaped error body.
    Status(u16),
    /// Answer 200 with a truncated JSON body.
    Malformed,
    /// Send the headers, then drop the connection mid-body.
    Drop,
    /// Answer 200 with this JSON, whatever its shape (`[]`, an answer
    /// without `currency`).
    Body(serde_json::Value),
}

/// The faults in force and the number of calls each endpoint received.
#[derive(Default)]
pub struct Faults {
    /// Per endpoint, the first that applies to a call answers it.
    active: Mutex<HashMap<Endpoint, Vec<Fault>>>,
    calls: Mutex<HashMap<Endpoint, u64>>,
    /// List App Plans calls, per country asked for.
    country_calls: Mutex<HashMap<String, u64>>,
}

impl Faults {
    /// `fault` for `endpoint`, instead of any it had.
    pub fn set(&self, endpoint: Endpoint, fault: Fault) {
        lock(&self.active).insert(endpoint, vec![fault]);
    }

    /// `fault` for `endpoint`, after those it has (for other countries).
    pub fn add(&self, endpoint: Endpoint, fault: Fault) {
        lock(&self.active).entry(endpoint).or_default().push(fault);
    }

    pub fn clear(&self) {
        lock(&self.active).clear();
    }

    pub fn active(&self) -> HashMap<Endpoint, Vec<Fault>> {
        lock(&self.active).clone()
    }

    pub fn calls(&self, endpoint: Endpoint) -> u64 {
        lock(&self.calls).get(&endpoint).copied().unwrap_or(0)
    }

    /// List App Plans calls that asked for `country`.
    pub fn country_calls(&self, country: &str) -> u64 {
        lock(&self.country_calls)
            .get(&country.to_ascii_uppercase())
            .copied()
            .unwrap_or(0)
    }

    pub fn all_calls(&self) -> HashMap<Endpoint, u64> {
        lock(&self.calls).clone()
    }

    /// List App Plans calls, by the country each asked for.
    pub fn all_country_calls(&self) -> HashMap<String, u64> {
        lock(&self.country_calls).clone()
    }

    /// Counts a call and applies the endpoint's fault: waits out the
    /// latency, then returns the response that replaces the real one.
    pub async fn intercept(&self, endpoint: Endpoint, country: Option<&str>) -> Option<Response> {
        *lock(&self.calls).entry(endpoint).or_default() += 1;
        if let Some(country) = country.filter(|_| endpoint == Endpoint::ListAppPlans) {
            *lock(&self.country_calls)
                .entry(country.to_ascii_uppercase())
                .or_default() += 1;
        }
        let fault = {
            let mut active = lock(&self.active);
            let faults = active.get_mut(&endpoint)?;
            let applies = |fault: &Fault| {
                fault.times != Some(0)
                    && (fault.countries.is_empty()
                        || country.is_some_and(|c| {
                            fault.countries.iter().any(|f| f.eq_ignore_ascii_case(c))
                        }))
            };
            let fault = faults.iter_mut().find(|fault| applies(fault))?;
            if let Some(times) = &mut fault.times {
                *times -= 1;
            }
            fault.clone()
        };
        if fault.latency_ms > 0 {
            tokio::time::sleep(Duration::from_millis(fault.latency_ms)).await;
        }
        Some(match fault.failure? {
            Failure::Status(code) => {
                let status =
                    StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                let details = fault.details.unwrap_or_else(
                    || serde_json::json!({"applicationError": {"code": "SANDBOX_FAULT"}}),
                );
                let mut response =
                    super::api::ApiError::new(status, "Injected by the sandbox", details)
                        .into_response();
                if let Some(seconds) = fault.retry_after {
                    response
                        .headers_mut()
                        .insert(header::RETRY_AFTER, seconds.into());
                }
                response
            }
            Failure::Body(body) => axum::Json(body).into_response(),
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
