//! The proxy's handling of an upstream answer, without sockets: the same
//! steps `proxy::forward` takes once the upstream has answered.
//!
//! Input: `STATUS METHOD FLAG ACCEPT-LANGUAGE`, then the upstream's header
//! lines (`Name: value`) up to an empty line, then its body. The error body
//! limit is 512 bytes here (a setting), so that a longer body is cheap.
//!
//! Invariants: an answer that is not translated keeps the upstream's
//! end-to-end headers, every one and nothing else (its status and body are
//! passed on as they are: no code of the proxy's touches them); a
//! translated one keeps the status and
//! the end-to-end headers but `Content-Length`, `Content-Language`, `Vary`
//! and `Retry-After`, says its language, varies on `Accept-Language`, and
//! its body passes `common::check_rewrite`. Never a hop-by-hop header.
//!
//! Not driven: the read itself (a body shorter than announced is a 502,
//! a read error or timeout a 502 or 504), which needs a socket.

#![no_main]

#[path = "common/mod.rs"]
mod common;

use actix_web::body::to_bytes;
use actix_web::http::header::{HeaderMap, HeaderName, HeaderValue};
use actix_web::http::{Method, StatusCode};
use actix_web::HttpResponse;
use bytes::Bytes;
use error_l10n::proxy::{error_answer, error_body_length, strip_hop_by_hop};
use error_l10n::upstream::http1_types as http1;
use futures_util::FutureExt;
use libfuzzer_sys::fuzz_target;

const LIMIT: usize = 512;

const HOP_BY_HOP: [&str; 9] = [
    "connection",
    "keep-alive",
    "proxy-connection",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
];

type Pairs = Vec<(String, Vec<u8>)>;

/// The upstream's end-to-end headers, worked out without the proxy's code.
fn end_to_end(headers: &HeaderMap) -> Pairs {
    let named: Vec<String> = headers
        .get_all("connection")
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|t| t.trim().to_ascii_lowercase())
        .collect();
    let mut pairs: Pairs = headers
        .iter()
        .map(|(n, v)| (n.as_str().to_owned(), v.as_bytes().to_vec()))
        .filter(|(n, _)| !HOP_BY_HOP.contains(&n.as_str()) && !named.contains(n))
        .collect();
    pairs.sort();
    pairs
}

fn answered(response: &HttpResponse) -> Pairs {
    let mut pairs: Pairs = response
        .headers()
        .iter()
        .map(|(n, v)| (n.as_str().to_owned(), v.as_bytes().to_vec()))
        .collect();
    pairs.sort();
    pairs
}

fn body_of(response: HttpResponse) -> Bytes {
    // Every body here is in memory: its future is ready at once.
    to_bytes(response.into_body())
        .now_or_never()
        .expect("an in-memory body is ready")
        .unwrap_or_else(|_| panic!("the body reads"))
}

fn parse_headers(head: &[u8]) -> HeaderMap {
    let mut headers = HeaderMap::new();
    for line in head.split(|&b| b == b'\n') {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        let Some(colon) = line.iter().position(|&b| b == b':') else {
            continue;
        };
        let value = line[colon + 1..].trim_ascii();
        // Only what the proxy's client (hyper) parses can reach it.
        let parsed = http1::HeaderName::from_bytes(&line[..colon]).is_ok()
            && http1::HeaderValue::from_bytes(value).is_ok();
        if !parsed {
            continue;
        }
        if let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(&line[..colon]),
            HeaderValue::from_bytes(value),
        ) {
            headers.append(name, value);
        }
    }
    headers
}

/// The `Content-Length` announced, read as the proxy reads it.
fn announced(headers: &HeaderMap) -> Option<u64> {
    headers
        .get("content-length")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok())
}

/// The upstream's headers as `forward` keeps them: in hyper's types,
/// stripped of hop-by-hop headers once, then in actix's for the error path.
fn stripped(headers: &HeaderMap) -> HeaderMap {
    let mut hyper = http1::HeaderMap::new();
    for (name, value) in headers {
        hyper.append(
            http1::HeaderName::from_bytes(name.as_str().as_bytes()).expect("a header name"),
            http1::HeaderValue::from_bytes(value.as_bytes()).expect("a header value"),
        );
    }
    strip_hop_by_hop(&mut hyper);
    let mut kept = HeaderMap::new();
    for (name, value) in &hyper {
        kept.append(
            HeaderName::from_bytes(name.as_str().as_bytes()).expect("a header name"),
            HeaderValue::from_bytes(value.as_bytes()).expect("a header value"),
        );
    }
    kept
}

/// A relayed answer keeps the upstream's status and end-to-end headers
/// (hyper's server then writes its body as it came: the body itself is
/// the upstream's, never copied, and HEAD, 204 and 304 are hyper's to
/// frame, as `tests/api/proxy.rs` checks over sockets).
fn relayed(raw: &HeaderMap, kept: &HeaderMap) {
    let mut pairs: Pairs = kept
        .iter()
        .map(|(n, v)| (n.as_str().to_owned(), v.as_bytes().to_vec()))
        .collect();
    pairs.sort();
    assert_eq!(pairs, end_to_end(raw), "relayed headers");
}

fuzz_target!(|data: &[u8]| {
    let (line, rest) = common::split_line(data);
    let Ok(status) = StatusCode::from_u16(line.status) else {
        return; // the proxy's client refuses such a status line
    };
    let method = match line.word {
        b"HEAD" => Method::HEAD,
        b"POST" => Method::POST,
        _ => Method::GET,
    };
    let (head, body) = match rest.windows(2).position(|w| w == b"\n\n") {
        Some(at) => (&rest[..at], &rest[at + 2..]),
        None => (rest, &[][..]),
    };
    let raw = parse_headers(head);
    let headers = stripped(&raw);
    let compiled = common::compiled();
    let chain = common::chain(line.accept_language);

    // `forward`'s steps, in its order.
    let Some(limit) = error_body_length(&method, status, &headers, LIMIT) else {
        return relayed(&raw, &headers);
    };
    let english = chain.first() == Some(&compiled.catalog.source);
    if english && status != StatusCode::TOO_MANY_REQUESTS {
        return relayed(&raw, &headers);
    }
    if body.len() > limit {
        return relayed(&raw, &headers);
    }
    if announced(&headers).is_some_and(|n| n != body.len() as u64) {
        return; // a 502 of the proxy's own, after a read this cannot drive
    }
    let input = Bytes::copy_from_slice(body);
    let (response, translated) =
        error_answer(compiled, status, &headers, input, &chain, line.strict);
    assert_eq!(response.status(), status);
    let upstream = end_to_end(&raw);
    let out_headers = answered(&response);
    let out = body_of(response);
    match translated {
        None => {
            let kept: Pairs = upstream
                .into_iter()
                .filter(|(n, _)| n != "content-length")
                .collect();
            assert_eq!(out_headers, kept, "untouched headers");
            assert_eq!(&out[..], body, "untouched body");
        }
        Some((_, locale)) => {
            common::check_rewrite(body, &out);
            let changed = ["content-length", "content-language", "vary", "retry-after", "etag"];
            let keep = |pairs: &Pairs| -> Pairs {
                pairs
                    .iter()
                    .filter(|(n, _)| !changed.contains(&n.as_str()))
                    .cloned()
                    .collect()
            };
            assert_eq!(keep(&out_headers), keep(&upstream), "other headers kept");
            assert!(
                out_headers.iter().all(|(n, _)| n != "etag"),
                "a translated body carries no upstream validator"
            );
            let language: Vec<&[u8]> = out_headers
                .iter()
                .filter(|(n, _)| n == "content-language")
                .map(|(_, v)| &v[..])
                .collect();
            assert_eq!(
                language,
                [compiled.content_language(locale).as_bytes()],
                "one Content-Language, the rendered locale's"
            );
            let varies = out_headers.iter().any(|(n, v)| {
                n == "vary"
                    && String::from_utf8_lossy(v).split(',').any(|t| {
                        t.trim() == "*" || t.trim().eq_ignore_ascii_case("accept-language")
                    })
            });
            assert!(varies, "varies on Accept-Language: {out_headers:?}");
            for (n, _) in &out_headers {
                assert!(!HOP_BY_HOP.contains(&n.as_str()), "hop-by-hop {n}");
            }
        }
    }
});
