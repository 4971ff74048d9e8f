//! The preview's exports (`/preview.csv`, `/preview.json`) and the
//! optional token that guards the preview, its exports and its data.

use crate::error::AppError;
use crate::i18n::{Lang, Msg};
use crate::preview::{chosen_countries, ExportLine};
use crate::settings::Secret;
use crate::state::AppState;
use axum::{
    extract::{Request, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
    Json,
};
use axum_extra::extract::{Query, QueryRejection};
use base64::{engine::general_purpose::STANDARD, Engine};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// `preset`, `countries` (repeatable) and `lang`, as the page takes them.
#[derive(Debug, Deserialize)]
pub struct ExportQuery {
    preset: Option<String>,
    #[serde(default)]
    countries: Vec<String>,
    lang: Option<String>,
}

type Export = Result<Query<ExportQuery>, QueryRejection>;

async fn lines(
    state: &AppState,
    query: Export,
) -> Result<(String, Vec<String>, Vec<ExportLine>), AppError> {
    let Query(query) = query.map_err(|e| {
        tracing::debug!("preview export query refused: {}", e.body_text());
        AppError::BadRequest(Msg::ErrorBadQuery.into())
    })?;
    // Names as the page in this language offered them.
    let names = crate::names::countries(Lang::of(query.lang.as_deref().unwrap_or_default()));
    let chosen = chosen_countries(query.preset.as_deref(), &query.countries, names)?;
    let view = crate::loaders::preview(state, &chosen, query.lang.as_deref()).await?;
    Ok((view.locale.clone(), chosen, view.export_lines()))
}

#[derive(serde::Serialize)]
struct JsonExport {
    locale: String,
    countries: Vec<String>,
    lines: Vec<ExportLine>,
}

/// `GET /preview.json`.
pub async fn json(State(state): State<AppState>, query: Export) -> Response {
    match lines(&state, query).await {
        Ok((locale, countries, lines)) => {
            // Written straight from the lines: a `serde_json::Value` of every
            // country's lines would hold many times the answer's size.
            Json(JsonExport {
                locale,
                countries,
                lines,
            })
            .into_response()
        }
        Err(e) => e.into_response(),
    }
}

/// `GET /preview.csv`: RFC 4180, UTF-8, a header row, CRLF line ends.
pub async fn csv(State(state): State<AppState>, query: Export) -> Response {
    match lines(&state, query).await {
        Ok((_, _, lines)) => match to_csv(&lines) {
            Ok(text) => (
                [
                    (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                    (
                        header::CONTENT_DISPOSITION,
                        "attachment; filename=\"preview.csv\"",
                    ),
                ],
                text,
            )
                .into_response(),
            Err(e) => e.into_response(),
        },
        Err(e) => e.into_response(),
    }
}

pub const CSV_HEADER: [&str; 17] = [
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
    "list_per_month",
    "list_cycle_total",
    "list_one_time",
    "sale",
    "base_fee",
    "save_percent",
    "flag",
];

/// The export as CSV text. Any cell a spreadsheet would read as a formula
/// (plan names come from the app's owner in Wix) starts with `'`, as
/// OWASP advises against CSV injection.
pub fn to_csv(lines: &[ExportLine]) -> Result<String, AppError> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let failed = |e: &dyn std::fmt::Display| {
        tracing::error!("CSV export: {e}");
        AppError::Internal(Msg::ErrorInternal.into())
    };
    writer.write_record(CSV_HEADER).map_err(|e| failed(&e))?;
    for l in lines {
        let opt = |v: &Option<String>| v.clone().unwrap_or_default();
        let save = l.save_percent.map(|n| n.to_string()).unwrap_or_default();
        let record = [
            l.app_id.clone(),
            l.vendor_id.clone(),
            l.plan_name.clone(),
            l.cycle.clone(),
            l.country.clone(),
            opt(&l.currency),
            opt(&l.tax_label),
            opt(&l.per_month),
            opt(&l.cycle_total),
            opt(&l.one_time),
            opt(&l.list_per_month),
            opt(&l.list_cycle_total),
            opt(&l.list_one_time),
            opt(&l.sale),
            opt(&l.base_fee),
            save,
            opt(&l.flag),
        ];
        writer
            .write_record(record.map(inert))
            .map_err(|e| failed(&e))?;
    }
    let bytes = writer.into_inner().map_err(|e| failed(&e))?;
    String::from_utf8(bytes).map_err(|e| failed(&e))
}

/// The cell as text a spreadsheet shows rather than runs.
fn inert(cell: String) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell
    }
}

/// Around the preview's routes (page, exports, server function): a reader
/// with the token, when `PRICING_PREVIEW_TOKEN` is set, gets the answer;
/// the `X-Preview-Token` header, a bearer token, or the password of HTTP
/// basic auth must equal it. Answers are for that reader only.
pub async fn guard(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let expected = state
        .config
        .server
        .preview_token
        .as_ref()
        .map(Secret::expose);
    let mut response = match expected {
        Some(expected) if !has_token(request.headers(), expected) => (
            [(
                header::WWW_AUTHENTICATE,
                "Basic realm=\"price preview\", charset=\"UTF-8\"",
            )],
            AppError::refused(StatusCode::UNAUTHORIZED, Msg::ErrorPreviewToken),
        )
            .into_response(),
        _ => next.run(request).await,
    };
    let headers = response.headers_mut();
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    if expected.is_some() {
        headers.append(
            header::VARY,
            HeaderValue::from_static("authorization, x-preview-token"),
        );
    }
    response
}

fn has_token(headers: &HeaderMap, expected: &str) -> bool {
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
    [header_token, bearer, basic]
        .iter()
        .flatten()
        .any(|given| same_secret(given, expected))
}

/// Compares digests (fixed length whatever the token's) in constant time,
/// so timing tells nothing of the token.
fn same_secret(given: &str, expected: &str) -> bool {
    let (a, b) = (
        Sha256::digest(given.as_bytes()),
        Sha256::digest(expected.as_bytes()),
    );
    a.as_slice().ct_eq(b.as_slice()).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_made_inert_and_the_rest_kept() {
        for formula in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(inert(formula.into()), format!("'{formula}"));
        }
        for plain in ["Pro", "12.50", "", "a=b", " =x"] {
            assert_eq!(inert(plain.into()), plain);
        }
        assert!(same_secret("s3cret", "s3cret") && !same_secret("s3cret", "s3creT"));
    }
}
