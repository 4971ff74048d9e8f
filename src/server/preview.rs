//! The preview's exports (`/preview.csv`, `/preview.json`) and the
//! optional token that guards the preview, its exports and its data.

use crate::error::AppError;
use crate::i18n::{Detail, Lang, Msg};
use crate::plans::Wording;
use crate::preview::{
    chosen_countries, ExportLine, ExportWords, Field, PreviewView, RowFilter, EXPORT_FIELDS,
};
use crate::settings::Secret;
use crate::state::AppState;
use axum::{
    body::{Body, Bytes},
    extract::{Request, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};
use axum_extra::extract::{Query, QueryRejection};
use base64::{engine::general_purpose::STANDARD, Engine};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::{borrow::Cow, sync::Arc};
use subtle::ConstantTimeEq;
use tokio::sync::OwnedSemaphorePermit;

/// `preset`, `countries` (repeatable) and `lang`, as the page takes them.
#[derive(Debug, Deserialize)]
pub struct ExportQuery {
    preset: Option<String>,
    #[serde(default)]
    countries: Vec<String>,
    lang: Option<String>,
    app: Option<String>,
    plan: Option<String>,
    cycle: Option<String>,
}

type Export = Result<Query<ExportQuery>, QueryRejection>;

/// The table of every chosen country, its countries, and the previews'
/// turn, held while the export is read.
async fn table(
    state: &AppState,
    query: Export,
) -> Result<(PreviewView, Vec<String>, OwnedSemaphorePermit), AppError> {
    let Query(query) = query.map_err(|e| {
        tracing::debug!("preview export query refused: {}", e.body_text());
        AppError::BadRequest(Msg::ErrorBadQuery.into())
    })?;
    // Names as the page in this language offered them.
    let names = crate::names::countries(Lang::of(query.lang.as_deref().unwrap_or_default()));
    let chosen = chosen_countries(query.preset.as_deref(), &query.countries, names)?;
    let (mut view, turn) = crate::loaders::preview(
        state,
        &chosen,
        query.lang.as_deref(),
        0..chosen.len(),
        Wording::ValuesOnly,
    )
    .await?;
    // The rows the page shows for the same address.
    let filter = RowFilter::new(query.app, query.plan, query.cycle);
    view.rows.retain(|row| filter.matches(row));
    Ok((view, chosen, turn))
}

/// Rows written at once, on the blocking pool, while the connection
/// sends the one before: the cores this machine kind has.
const ROWS_AT_ONCE: usize = 2;

/// The export's body, written a row of the table (a line per country) at
/// a time as the client reads it: every country's lines at once would be
/// tens of megabytes held for one answer. `row` writes a row's lines,
/// about `line_bytes` each: a row's buffer is made that large at once,
/// as growing it was a fifth of the work.
fn stream(
    (view, turn): (PreviewView, OwnedSemaphorePermit),
    head: Vec<u8>,
    row: fn(&mut Vec<u8>, &PreviewView, &ExportWords, usize),
    line_bytes: usize,
    tail: &'static [u8],
) -> Body {
    use futures_util::{stream, StreamExt};
    let rows = view.rows.len();
    let words = view.export_words();
    let table = FreedAside(Some(Arc::new((view, words))));
    let chunks = stream::iter(0..rows)
        .map(move |at| {
            let (table, _turn) = (Arc::clone(table.held()), &turn);
            tokio::task::spawn_blocking(move || {
                let (view, words) = &*table;
                let mut chunk = Vec::with_capacity(line_bytes * view.columns.len());
                row(&mut chunk, view, words, at);
                Bytes::from(chunk)
            })
        })
        .buffered(ROWS_AT_ONCE);
    let whole = stream::iter([Ok(Bytes::from(head))])
        .chain(chunks)
        .chain(stream::iter([Ok(Bytes::from_static(tail))]));
    Body::from_stream(whole)
}

/// Frees what it holds on the blocking pool: a table of every country is
/// tens of thousands of allocations, tens of milliseconds in which the
/// worker that ends the answer would serve no other connection.
struct FreedAside<T: Send + 'static>(Option<T>);

impl<T: Send + 'static> FreedAside<T> {
    fn held(&self) -> &T {
        self.0.as_ref().expect("held until dropped")
    }
}

impl<T: Send + 'static> Drop for FreedAside<T> {
    fn drop(&mut self) {
        let held = self.0.take();
        // Outside the runtime (a test's), here.
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            runtime.spawn_blocking(move || drop(held));
        }
    }
}

/// About a line's length in each export (most are shorter).
const JSON_LINE_BYTES: usize = 640;
const CSV_LINE_BYTES: usize = 288;

/// `GET /preview.json`: `{locale, countries, lines}`.
pub async fn json(State(state): State<AppState>, query: Export) -> Response {
    let (view, countries, turn) = match table(&state, query).await {
        Ok(table) => table,
        Err(e) => return e.into_response(),
    };
    // The frame around the lines is written here so that the lines can
    // be streamed; each value in it is serde's.
    #[derive(serde::Serialize)]
    struct Head<'a> {
        locale: &'a str,
        countries: &'a [String],
    }
    let mut head = serde_json::to_vec(&Head {
        locale: &view.locale,
        countries: &countries,
    })
    .unwrap_or_default();
    head.pop(); // the closing brace
    head.extend_from_slice(b",\"lines\":[");
    let row = |out: &mut Vec<u8>, view: &PreviewView, words: &ExportWords, row: usize| {
        for (i, line) in view.export_lines(words, row).enumerate() {
            if row != 0 || i != 0 {
                out.push(b',');
            }
            // Plain data into a Vec: serde_json cannot fail on it.
            let _ = serde_json::to_writer(&mut *out, &line);
        }
    };
    (
        [(header::CONTENT_TYPE, "application/json")],
        stream((view, turn), head, row, JSON_LINE_BYTES, b"]}"),
    )
        .into_response()
}

/// `GET /preview.csv`: RFC 4180, UTF-8, a header row, CRLF line ends.
pub async fn csv(State(state): State<AppState>, query: Export) -> Response {
    let (view, countries, turn) = match table(&state, query).await {
        Ok(table) => table,
        Err(e) => return e.into_response(),
    };
    let mut head = Vec::new();
    write_csv(&mut head, |writer| writer.write_record(EXPORT_FIELDS));
    let row = |out: &mut Vec<u8>, view: &PreviewView, words: &ExportWords, row: usize| {
        write_csv(out, |writer| {
            for line in view.export_lines(words, row) {
                writer.write_record(csv_record(&line).iter().map(|cell| cell.as_bytes()))?;
            }
            Ok(())
        });
    };
    // What and when, for a folder of downloads.
    let file = format!(
        "attachment; filename=\"pricing-preview-{}-countries-{}.csv\"",
        countries.len(),
        time::OffsetDateTime::now_utc().date()
    );
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/csv; charset=utf-8"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&file).unwrap_or(HeaderValue::from_static("attachment")),
            ),
        ],
        stream((view, turn), head, row, CSV_LINE_BYTES, b""),
    )
        .into_response()
}

/// Lines (a row in a country) a workbook may hold: ~150 MB to make.
const MOST_WORKBOOK_LINES: usize = 30_000;

/// `GET /preview.xlsx`: a workbook a spreadsheet opens right. "Matrix":
/// a row per (app, plan, cycle) and a column per country, the amount a
/// month; "Rows": the CSV's lines. Amounts are numbers in their
/// currency's format, names beside codes, headers frozen. Made whole (the
/// format is a zip) on the blocking pool, in the previews' turn.
pub async fn xlsx(State(state): State<AppState>, query: Export) -> Response {
    let (view, countries, turn) = match table(&state, query).await {
        Ok(table) => table,
        Err(e) => return e.into_response(),
    };
    // A workbook is made whole in memory (~5 KiB a line: every country
    // of a 150-plan catalogue, 268k lines, peaked at 1.5 GB); the CSV and
    // JSON, written as read, have no such bound.
    let lines = view.rows.len() * view.columns.len();
    if lines > MOST_WORKBOOK_LINES {
        let detail = Detail::new(Msg::ErrorWorkbookTooLarge)
            .count("lines", lines as u64)
            .count("most", MOST_WORKBOOK_LINES as u64);
        return AppError::BadRequest(detail).into_response();
    }
    let made = tokio::task::spawn_blocking(move || {
        let workbook = super::spreadsheet::workbook(&view);
        drop(view);
        workbook
    })
    .await;
    drop(turn);
    let bytes = match made {
        Ok(Ok(bytes)) => bytes,
        failed => {
            tracing::error!("preview.xlsx: {failed:?}");
            return AppError::Internal(Msg::ErrorInternal.into()).into_response();
        }
    };
    let file = format!(
        "attachment; filename=\"pricing-preview-{}-countries-{}.xlsx\"",
        countries.len(),
        time::OffsetDateTime::now_utc().date()
    );
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static(super::spreadsheet::MEDIA_TYPE),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&file).unwrap_or(HeaderValue::from_static("attachment")),
            ),
        ],
        bytes,
    )
        .into_response()
}

/// A line as CSV cells. Any cell a spreadsheet would read as a formula
/// (plan names come from the app's owner in Wix) starts with `'`, as
/// OWASP advises against CSV injection.
fn csv_record<'a>(l: &'a ExportLine<'_>) -> [Cow<'a, str>; 21] {
    l.fields().map(|field| match field {
        Field::Text(text) | Field::Money(text) => inert(text.unwrap_or_default()),
        Field::Count(n) => n.map(|n| n.to_string().into()).unwrap_or_default(),
    })
}

/// Appends what `write` writes to `out` as RFC 4180 lines with CRLF ends.
fn write_csv(
    out: &mut Vec<u8>,
    write: impl FnOnce(&mut csv::Writer<&mut Vec<u8>>) -> csv::Result<()>,
) {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    // Writing to a Vec cannot fail.
    let _ = write(&mut writer);
    let _ = writer.flush();
}

/// The cell as text a spreadsheet shows rather than runs.
fn inert(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}").into()
    } else {
        cell.into()
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

/// Whether the request bears `expected` as a bearer token.
pub(super) fn bears(headers: &HeaderMap, expected: &str) -> bool {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .is_some_and(|given| same_secret(given, expected))
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
            assert_eq!(inert(formula), format!("'{formula}"));
        }
        for plain in ["Pro", "12.50", "", "a=b", " =x"] {
            assert_eq!(inert(plain), plain);
        }
        assert!(same_secret("s3cret", "s3cret") && !same_secret("s3cret", "s3creT"));
    }
}
