//! The preview's exports (`/preview.csv`, `/preview.json`) and the
//! optional token that guards the preview, its exports and its data.

use super::AppState;
use crate::config::Secret;
use crate::error::AppError;
use crate::preview::{build, chosen_countries, ExportLine};
use axum::{
    extract::{RawQuery, Request, State},
    http::{header, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
    Json,
};
use base64::{engine::general_purpose::STANDARD, Engine};
use sha2::{Digest, Sha256};

/// `preset`, `countries` (repeatable) and `lang`, as the page takes them.
async fn lines(
    state: &AppState,
    query: Option<String>,
) -> Result<(String, Vec<String>, Vec<ExportLine>), AppError> {
    let (mut preset, mut countries, mut lang) = (None, Vec::new(), None);
    for (key, value) in form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
        match key.as_ref() {
            "preset" => preset = Some(value.into_owned()),
            "countries" => countries.push(value.into_owned()),
            "lang" => lang = Some(value.into_owned()),
            _ => {}
        }
    }
    let chosen = chosen_countries(preset.as_deref(), &countries)?;
    let view = build::preview(state, &chosen, lang.as_deref()).await?;
    Ok((view.locale.clone(), chosen, view.export_lines()))
}

fn failure(error: AppError) -> Response {
    (error.status(), error.to_string()).into_response()
}

/// `GET /preview.json`.
pub async fn json(State(state): State<AppState>, RawQuery(query): RawQuery) -> Response {
    match lines(&state, query).await {
        Ok((locale, countries, lines)) => {
            Json(serde_json::json!({ "locale": locale, "countries": countries, "lines": lines }))
                .into_response()
        }
        Err(e) => failure(e),
    }
}

/// `GET /preview.csv`: RFC 4180, UTF-8, a header row, CRLF line ends.
pub async fn csv(State(state): State<AppState>, RawQuery(query): RawQuery) -> Response {
    match lines(&state, query).await {
        Ok((_, _, lines)) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"preview.csv\"",
                ),
            ],
            to_csv(&lines),
        )
            .into_response(),
        Err(e) => failure(e),
    }
}

pub const CSV_HEADER: [&str; 13] = [
    "app_id",
    "vendor_id",
    "plan_name",
    "cycle",
    "country",
    "currency",
    "tax_label",
    "per_month",
    "cycle_total",
    "one_time",
    "base_fee",
    "save_percent",
    "flag",
];

pub fn to_csv(lines: &[ExportLine]) -> String {
    let mut out = String::new();
    let mut record = |fields: &[&str]| {
        let quoted: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&quoted.join(","));
        out.push_str("\r\n");
    };
    record(&CSV_HEADER);
    for l in lines {
        let opt = |v: &Option<String>| v.clone().unwrap_or_default();
        let save = l.save_percent.map(|n| n.to_string()).unwrap_or_default();
        record(&[
            &l.app_id,
            &l.vendor_id,
            &l.plan_name,
            &l.cycle,
            &l.country,
            &opt(&l.currency),
            &opt(&l.tax_label),
            &opt(&l.per_month),
            &opt(&l.cycle_total),
            &opt(&l.one_time),
            &opt(&l.base_fee),
            &save,
            &opt(&l.flag),
        ]);
    }
    out
}

fn csv_field(field: &str) -> String {
    if field.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_owned()
    }
}

/// The preview page, its exports and its server function.
pub fn is_preview(path: &str) -> bool {
    path == "/preview" || path.starts_with("/preview.") || path.starts_with("/api/preview")
}

/// Guards `/preview*` and the preview's server function when
/// `PRICING_PREVIEW_TOKEN` is set: the `X-Preview-Token` header, a bearer
/// token, or the password of HTTP basic auth must equal it.
pub async fn require_token(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let guarded = is_preview(request.uri().path());
    let Some(expected) = state
        .config
        .preview_token
        .as_ref()
        .map(Secret::expose)
        .filter(|_| guarded)
    else {
        return next.run(request).await;
    };
    let headers = request.headers();
    let header_token = headers
        .get("x-preview-token")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let authorization = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok());
    let bearer = authorization
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::to_owned);
    let basic = authorization
        .and_then(|v| v.strip_prefix("Basic "))
        .and_then(|b64| STANDARD.decode(b64.trim()).ok())
        .and_then(|raw| String::from_utf8(raw).ok())
        .and_then(|pair| {
            pair.split_once(':')
                .map(|(_, password)| password.to_owned())
        });
    if [header_token, bearer, basic]
        .iter()
        .flatten()
        .any(|given| same_secret(given, expected))
    {
        return next.run(request).await;
    }
    (
        StatusCode::UNAUTHORIZED,
        [(
            header::WWW_AUTHENTICATE,
            "Basic realm=\"price preview\", charset=\"UTF-8\"",
        )],
        "The price preview needs its token.",
    )
        .into_response()
}

/// Compares digests in constant time, so timing tells nothing of the token.
fn same_secret(given: &str, expected: &str) -> bool {
    let (a, b) = (
        Sha256::digest(given.as_bytes()),
        Sha256::digest(expected.as_bytes()),
    );
    a.iter()
        .zip(b.iter())
        .fold(0u8, |acc, (x, y)| acc | (x ^ y))
        == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_what_needs_quoting() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
        assert!(same_secret("s3cret", "s3cret") && !same_secret("s3cret", "s3creT"));
    }
}
