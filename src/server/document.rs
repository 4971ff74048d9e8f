//! The documents Leptos writes, made valid HTML on their way out:
//!
//! - its hydration markers, `<!>` (a bogus comment, which a validator
//!   reports), are written as the empty comment they parse to inside
//!   islands (`<leptos-island>`), where hydration looks for them, and
//!   left out elsewhere, where nothing hydrates;
//! - what it writes after `</html>` (out-of-order fragments, its resource
//!   scripts) is moved before `</body>`: `</body>` and `</html>` are held
//!   back and sent last, together (debug builds write markers between
//!   them).
//!
//! Browsers build the same tree either way (content after `</html>` is put
//! in the body). Done on the stream, a chunk at a time, so an out-of-order
//! page still shows its first part first.

use axum::{
    body::{Body, Bytes},
    extract::Request,
    http::header,
    middleware::Next,
    response::Response,
};
use futures_util::StreamExt;

const MARKER: &[u8] = b"<!>";
const EMPTY_COMMENT: &[u8] = b"<!---->";
const SCRIPT: &[u8] = b"<script";
const SCRIPT_END: &[u8] = b"</script>";
const ISLAND: &[u8] = b"<leptos-island";
const ISLAND_END: &[u8] = b"</leptos-island>";
const BODY_END: &[u8] = b"</body>";
const HTML_END: &[u8] = b"</html>";

/// Middleware around the Leptos routes: their HTML, tidied.
pub async fn tidy(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if !html {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    // The length changes.
    parts.headers.remove(header::CONTENT_LENGTH);
    let mut tidy = Tidy::default();
    let chunks = body.into_data_stream();
    let tidied = chunks
        .map(Some)
        .chain(futures_util::stream::once(async { None }))
        .map(move |chunk| match chunk {
            Some(Ok(chunk)) => Ok(Bytes::from(tidy.feed(&chunk))),
            Some(Err(e)) => Err(e),
            None => Ok(Bytes::from(tidy.finish())),
        });
    Response::from_parts(parts, Body::from_stream(tidied))
}

/// A whole document, tidied.
pub fn tidied(document: &str) -> String {
    let mut tidy = Tidy::default();
    let mut out = tidy.feed(document.as_bytes());
    out.extend(tidy.finish());
    // Only ASCII was taken out or put in, between whole characters.
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// The state of a document being tidied.
#[derive(Default)]
pub struct Tidy {
    /// Islands open around the current point.
    islands: u32,
    in_script: bool,
    /// The end of the last chunk, when it may be the start of a tag.
    carry: Vec<u8>,
    /// `</body>` or `</html>` was seen and is held back.
    ended: bool,
}

impl Tidy {
    /// What of `chunk` can be sent now.
    pub fn feed(&mut self, chunk: &[u8]) -> Vec<u8> {
        // A whole page comes as one chunk: copied only when a tag was cut.
        let joined;
        let input = if self.carry.is_empty() {
            chunk
        } else {
            joined = [std::mem::take(&mut self.carry).as_slice(), chunk].concat();
            &joined
        };
        let mut out = Vec::with_capacity(input.len());
        // What lies between the tags that change the output (a page has
        // tens of thousands of others) goes out in one copy: `input` up to
        // `at` from `kept` on.
        let (mut kept, mut at) = (0, 0);
        while at < input.len() {
            if self.in_script {
                match memchr::memmem::find(&input[at..], SCRIPT_END) {
                    Some(end) => {
                        at += end + SCRIPT_END.len();
                        self.in_script = false;
                    }
                    None => {
                        // Keep what may be the start of `</script>`.
                        let cut = input.len() - (input.len() - at).min(SCRIPT_END.len() - 1);
                        out.extend_from_slice(&input[kept..cut]);
                        self.carry = input[cut..].to_vec();
                        return out;
                    }
                }
                continue;
            }
            let Some(open) = memchr::memchr(b'<', &input[at..]) else {
                break;
            };
            at += open;
            let tag = &input[at..];
            // Most tags (`<p`, `</div`) change nothing: only those that may
            // start one that does are looked at further.
            let may_matter = match tag.get(1) {
                None | Some(b'!' | b's' | b'l') => true,
                Some(b'/') => matches!(tag.get(2), None | Some(b'l' | b'b' | b'h')),
                Some(_) => false,
            };
            if !may_matter {
                at += 1;
                continue;
            }
            if [MARKER, SCRIPT, ISLAND, ISLAND_END, BODY_END, HTML_END]
                .iter()
                .any(|t| tag.len() < t.len() && t.starts_with(tag))
            {
                // Perhaps a tag cut by the chunk's end: decided next time.
                out.extend_from_slice(&input[kept..at]);
                self.carry = tag.to_vec();
                return out;
            }
            if tag.starts_with(MARKER) {
                out.extend_from_slice(&input[kept..at]);
                if self.islands > 0 {
                    out.extend_from_slice(EMPTY_COMMENT);
                }
                at += MARKER.len();
                kept = at;
            } else if let Some(end) = [BODY_END, HTML_END].iter().find(|end| tag.starts_with(end)) {
                out.extend_from_slice(&input[kept..at]);
                self.ended = true;
                at += end.len();
                kept = at;
            } else {
                if tag.starts_with(SCRIPT) {
                    self.in_script = true;
                } else if tag.starts_with(ISLAND) {
                    self.islands += 1;
                } else if tag.starts_with(ISLAND_END) {
                    self.islands = self.islands.saturating_sub(1);
                }
                at += 1;
            }
        }
        out.extend_from_slice(&input[kept..]);
        out
    }

    /// The end of the document: what was held back.
    pub fn finish(&mut self) -> Vec<u8> {
        let mut out = std::mem::take(&mut self.carry);
        if std::mem::take(&mut self.ended) {
            out.extend_from_slice(BODY_END);
            out.extend_from_slice(HTML_END);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<!DOCTYPE html><html><head><script>let a = '<!>';</script></head>\
        <body><p>One<!> two<!></p><leptos-island data-component=\"S\"><b>x<!></b>\
        <leptos-island><i>y<!></i></leptos-island><!></leptos-island><p>z<!></p></body><!></html>\
        <!><template id=\"1-f\"><p>late</p></template><script>__R=[];</script>";

    const TIDIED: &str = "<!DOCTYPE html><html><head><script>let a = '<!>';</script></head>\
        <body><p>One two</p><leptos-island data-component=\"S\"><b>x<!----></b>\
        <leptos-island><i>y<!----></i></leptos-island><!----></leptos-island><p>z</p>\
        <template id=\"1-f\"><p>late</p></template><script>__R=[];</script></body></html>";

    #[test]
    fn markers_stay_only_in_islands_and_the_document_ends_last() {
        assert_eq!(tidied(PAGE), TIDIED);
    }

    #[test]
    fn a_tag_cut_between_chunks_is_read_whole() {
        // Every way of cutting the page in two, and in bytes of one.
        for cut in 0..=PAGE.len() {
            let mut tidy = Tidy::default();
            let mut out = tidy.feed(&PAGE.as_bytes()[..cut]);
            out.extend(tidy.feed(&PAGE.as_bytes()[cut..]));
            out.extend(tidy.finish());
            assert_eq!(String::from_utf8(out).unwrap(), TIDIED, "cut at {cut}");
        }
        let mut tidy = Tidy::default();
        let mut out: Vec<u8> = PAGE.bytes().flat_map(|b| tidy.feed(&[b])).collect();
        out.extend(tidy.finish());
        assert_eq!(String::from_utf8(out).unwrap(), TIDIED);
    }
}
