//! The checks every gateway passes: errors rendered in the client's
//! language with the status and rate-limit headers kept, successes
//! untouched, and fail-open when the sidecar is stopped or hangs.

use std::time::Duration;

use reqwest::Method;

use crate::http::Reply;
use crate::stack::{Kind, Sidecar, Stack, NGINX_STATUSES};
use crate::upstream::{self, RATE_LIMIT, WWW_AUTHENTICATE};

/// A client that prefers Austrian German: the sidecar serves `de`. The
/// comma catches a gateway that forwards only part of the header.
const ACCEPT_LANGUAGE: &str = "de-AT, en;q=0.5";
const JSON: &str = "application/json; charset=utf-8";

/// The longest a fail-open error may take: the recipes' timeouts are
/// 100 ms to connect and 500 ms to answer; the rest is slack for a busy
/// machine.
const FAIL_OPEN_LIMIT: Duration = Duration::from_millis(2500);

/// One request the mock upstream answers with an error.
pub struct Case {
    pub method: Method,
    pub path: String,
    pub body: Option<&'static str>,
    pub status: u16,
    pub upstream_body: String,
    /// The sidecar recognizes the upstream's message (a body-aware gateway
    /// translates it, rather than passing it through).
    pub known: bool,
}

impl Case {
    fn what(&self, kind: Kind) -> String {
        let (method, path, status) = (&self.method, &self.path, self.status);
        format!("{}: {method} {path} ({status})", kind.name())
    }

    /// Whether the client must get it in German: the gateway sends it to
    /// the sidecar, and the sidecar renders it.
    fn translated_by(&self, kind: Kind) -> bool {
        kind.intercepts(&self.path, self.status) && (kind.status_only() || self.known)
    }
}

/// Mastodon's errors, one per body shape: method, path, request body,
/// status, the upstream's body.
#[rustfmt::skip]
const MASTODON: [(&str, &str, Option<&str>, u16, &str); 5] = [
    ("GET", "/api/v1/limited", None, 429, upstream::TOO_MANY_REQUESTS),
    ("GET", "/api/v1/statuses/404", None, 404, upstream::RECORD_NOT_FOUND),
    ("POST", "/api/v1/statuses", Some("status="), 422, upstream::VALIDATION_FAILED),
    ("GET", "/api/v1/accounts/verify_credentials", None, 401, upstream::TOKEN_INVALID),
    ("POST", "/oauth/token", Some("grant_type=authorization_code&code=x"), 400, upstream::INVALID_GRANT),
];

pub fn mastodon_errors() -> Vec<Case> {
    MASTODON
        .iter()
        .map(|&(method, path, body, status, upstream_body)| Case {
            method: method.parse().expect("a method"),
            path: path.to_owned(),
            body,
            status,
            upstream_body: upstream_body.to_owned(),
            known: true,
        })
        .collect()
}

/// Every status of the nginx list and two beyond it, with a message no
/// catalog knows.
pub fn every_status() -> Vec<Case> {
    NGINX_STATUSES
        .iter()
        .chain(&[418, 507])
        .map(|&status| Case {
            method: Method::GET,
            path: format!("/api/v1/status/{status}"),
            body: None,
            status,
            upstream_body: upstream::status_body(status),
            known: false,
        })
        .collect()
}

fn find(path: &str) -> Case {
    mastodon_errors()
        .into_iter()
        .find(|case| case.path == path)
        .expect("a case of the table")
}

async fn ask(stack: &Stack, case: &Case, accept_language: &str) -> Reply {
    stack
        .request(
            case.method.clone(),
            &case.path,
            &[("Accept-Language", accept_language)],
            case.body,
        )
        .await
}

/// The upstream's headers that must reach the client whatever happens.
fn assert_upstream_headers(stack: &Stack, case: &Case, reply: &Reply) -> Option<String> {
    let what = case.what(stack.kind);
    assert_eq!(
        reply.header_joined("cache-control").as_deref(),
        Some(upstream::CACHE_CONTROL),
        "{what}: Mastodon's Cache-Control"
    );
    let vary = reply.header_joined("vary").unwrap_or_default();
    let listed: Vec<&str> = vary.split(',').map(str::trim).collect();
    assert!(
        listed.contains(&"Accept") && listed.contains(&"Origin"),
        "{what}: Mastodon's Vary is kept: {vary:?}"
    );
    match case.path.as_str() {
        "/api/v1/limited" => {
            let reset = stack.upstream.last_reset();
            assert_eq!(
                reply.header_joined("x-ratelimit-limit").as_deref(),
                Some(RATE_LIMIT),
                "{what}: X-RateLimit-Limit"
            );
            assert_eq!(
                reply.header_joined("x-ratelimit-remaining").as_deref(),
                Some("0"),
                "{what}: X-RateLimit-Remaining"
            );
            assert_eq!(
                reply.header_joined("x-ratelimit-reset").as_deref(),
                Some(reset.as_str()),
                "{what}: X-RateLimit-Reset"
            );
            Some(reset)
        }
        "/api/v1/accounts/verify_credentials" => {
            assert_eq!(
                reply.header_joined("www-authenticate").as_deref(),
                Some(WWW_AUTHENTICATE),
                "{what}: WWW-Authenticate"
            );
            None
        }
        _ => None,
    }
}

/// The sidecar is up: each error comes back in German, as the sidecar
/// itself renders it, with the original status and the upstream's headers.
pub async fn renders_errors(stack: &Stack) {
    let kind = stack.kind;
    for case in mastodon_errors().iter().chain(&every_status()) {
        let what = case.what(kind);
        let reply = ask(stack, case, ACCEPT_LANGUAGE).await;
        assert_eq!(
            reply.status,
            case.status,
            "{what}: status; body {:?}",
            reply.text()
        );
        let reset = assert_upstream_headers(stack, case, &reply);

        let mut context = vec![("Accept-Language", ACCEPT_LANGUAGE)];
        if let Some(reset) = &reset {
            context.push(("X-RateLimit-Reset", reset));
        }
        let expected = if kind.intercepts(&case.path, case.status) {
            stack
                .oracle(case.status, &case.upstream_body, &context)
                .await
        } else {
            None
        };
        match expected {
            Some(expected) => {
                assert_eq!(reply.text(), expected.text(), "{what}: the rendered body");
                assert_eq!(
                    reply.header_joined("content-type").as_deref(),
                    Some(JSON),
                    "{what}: Content-Type"
                );
                assert_eq!(
                    reply.header_joined("content-language"),
                    expected.header_joined("content-language"),
                    "{what}: Content-Language"
                );
                let vary = reply.header_joined("vary").unwrap_or_default();
                assert!(vary.contains("Accept-Language"), "{what}: Vary is {vary:?}");
                if reset.is_some() {
                    assert_retry_after(&what, &reply, &expected);
                }
            }
            None => {
                assert_eq!(
                    reply.text(),
                    case.upstream_body,
                    "{what}: the upstream's body, untouched"
                );
                assert_eq!(
                    reply.header_joined("content-language"),
                    None,
                    "{what}: Content-Language"
                );
            }
        }
        if case.translated_by(kind) {
            assert_eq!(
                reply.header_joined("content-language").as_deref(),
                Some("de"),
                "{what}: not translated; body {:?}",
                reply.text()
            );
        }
    }
    assert_eq!(
        stack
            .upstream
            .last_body("POST", "/api/v1/statuses")
            .as_deref(),
        Some("status="),
        "{}: the POST's body reaches the upstream",
        kind.name()
    );
    if !kind.status_only() {
        // Body-aware: the validation details and the OAuth fields survive.
        let reply = ask(stack, &find("/api/v1/statuses"), ACCEPT_LANGUAGE).await;
        assert!(
            reply.text().contains(
                r#""details":{"text":[{"error":"ERR_BLANK","description":"can't be blank"}]}"#
            ),
            "{}: details kept: {}",
            kind.name(),
            reply.text()
        );
        let reply = ask(stack, &find("/oauth/token"), ACCEPT_LANGUAGE).await;
        let body: serde_json::Value = serde_json::from_slice(&reply.body).expect("a JSON body");
        assert_eq!(
            body["error"],
            "invalid_grant",
            "{}: the OAuth code stays",
            kind.name()
        );
        assert_eq!(body["state"], "xyz", "{}: the state stays", kind.name());
        assert_eq!(
            reply.header_joined("content-language").as_deref(),
            Some("de")
        );
    }
    // The client's own `?lang=` reaches the sidecar: German over an English
    // `Accept-Language`.
    let reply = stack
        .request(
            Method::GET,
            "/api/v1/statuses/404?lang=de",
            &[("Accept-Language", "en")],
            None,
        )
        .await;
    assert_eq!(
        reply.header_joined("content-language").as_deref(),
        Some("de"),
        "{}: ?lang=de; body {:?}",
        kind.name(),
        reply.text()
    );
    successes_untouched(stack).await;
}

/// The gateway's Retry-After is the sidecar's, give or take the second
/// between the two renderings, and within the upstream's 90 s window.
fn assert_retry_after(what: &str, reply: &Reply, expected: &Reply) {
    let seconds = |r: &Reply| -> u64 {
        r.header_joined("retry-after")
            .unwrap_or_else(|| panic!("{what}: no Retry-After"))
            .parse()
            .unwrap_or_else(|_| panic!("{what}: Retry-After is not whole seconds"))
    };
    let (got, want) = (seconds(reply), seconds(expected));
    assert!(
        got.abs_diff(want) <= 1 && (1..=90).contains(&got),
        "{what}: Retry-After {got}, the sidecar says {want}"
    );
}

/// 200s pass byte for byte, GET and POST, small and larger than any buffer.
pub async fn successes_untouched(stack: &Stack) {
    let large = upstream::large_body();
    let cases = [
        (Method::GET, "/api/v1/ok", None, upstream::OK),
        (
            Method::POST,
            "/api/v1/ok",
            Some(r#"{"status":"Hallo"}"#),
            upstream::OK,
        ),
        (Method::GET, "/api/v1/large", None, large.as_str()),
    ];
    for (method, path, body, expected) in cases {
        let what = format!("{}: {method} {path}", stack.kind.name());
        let reply = stack
            .request(method, path, &[("Accept-Language", ACCEPT_LANGUAGE)], body)
            .await;
        assert_eq!(reply.status, 200, "{what}: status");
        assert!(
            reply.body == expected.as_bytes(),
            "{what}: the body changed ({} bytes)",
            reply.body.len()
        );
        assert_eq!(
            reply.header_joined("content-type").as_deref(),
            Some(JSON),
            "{what}: Content-Type"
        );
        assert_eq!(
            reply.header_joined("content-language"),
            None,
            "{what}: Content-Language"
        );
    }
    assert_eq!(
        stack.upstream.last_body("POST", "/api/v1/ok").as_deref(),
        Some(r#"{"status":"Hallo"}"#),
        "{}: the POST's body reaches the upstream",
        stack.kind.name()
    );
}

/// The sidecar is gone or mute: the original status and headers, never a
/// gateway error; status-only recipes answer the sidecar's English, HAProxy
/// the upstream's own body.
pub async fn fails_open(stack: &Stack, cases: &[Case]) {
    let kind = stack.kind;
    for case in cases {
        let what = case.what(kind);
        let reply = ask(stack, case, ACCEPT_LANGUAGE).await;
        assert_eq!(
            reply.status,
            case.status,
            "{what}: status; body {:?}",
            reply.text()
        );
        assert!(
            reply.elapsed < FAIL_OPEN_LIMIT,
            "{what}: took {:?}",
            reply.elapsed
        );
        assert_upstream_headers(stack, case, &reply);
        // Mastodon sends no Retry-After, and no sidecar computed one.
        assert_eq!(
            reply.header_joined("retry-after"),
            None,
            "{what}: Retry-After"
        );
        let expected = if kind.status_only() && kind.intercepts(&case.path, case.status) {
            let english = stack
                .oracle(case.status, "", &[("Accept-Language", "en")])
                .await
                .unwrap_or_else(|| panic!("{what}: the sidecar renders every status"));
            english.text().to_owned()
        } else {
            case.upstream_body.clone()
        };
        assert_eq!(reply.text(), expected, "{what}: the fail-open body");
        assert_eq!(
            reply.header_joined("content-type").as_deref(),
            Some(JSON),
            "{what}: Content-Type"
        );
    }
    successes_untouched(stack).await;
}

/// Proxy mode: `?lang=` comes first, as Mastodon takes it; a client with no
/// preference gets Mastodon's own bytes.
pub async fn proxy_keeps_mastodons_choices(stack: &Stack) {
    let name = stack.kind.name();
    let case = find("/api/v1/statuses");
    let english = [("Accept-Language", "en-US,en;q=0.9")];
    let reply = stack
        .request(
            Method::POST,
            "/api/v1/statuses?lang=de",
            &english,
            case.body,
        )
        .await;
    assert_eq!(reply.status, 422, "{name}: ?lang=de");
    assert_eq!(
        reply.header_joined("content-language").as_deref(),
        Some("de"),
        "{name}: ?lang=de wins over Accept-Language"
    );
    let reply = stack
        .request(Method::POST, "/api/v1/statuses", &[], case.body)
        .await;
    assert_eq!(
        reply.text(),
        upstream::VALIDATION_FAILED,
        "{name}: no preference, Mastodon's body byte for byte"
    );
}

/// A 10 MiB download streams through byte for byte, and the proxy's memory
/// does not grow by anything like its size.
pub async fn large_download_streams(stack: &Stack) {
    let name = stack.kind.name();
    let before = stack.sidecar_rss_kib();
    let reply = stack
        .request(
            Method::GET,
            "/api/v1/huge",
            &[("Accept-Language", "de")],
            None,
        )
        .await;
    assert_eq!(reply.status, 200, "{name}: status");
    assert_eq!(reply.body.len(), upstream::HUGE, "{name}: every byte");
    assert!(reply.body.iter().all(|&b| b == b'x'), "{name}: the bytes");
    let grown = stack.sidecar_rss_kib().saturating_sub(before);
    assert!(
        grown < 4 * 1024,
        "{name}: the proxy's RSS grew by {grown} KiB for a 10 MiB download"
    );
}

/// Mastodon is down and the proxy up: a 502 in the client's language.
pub async fn upstream_down(stack: &Stack) {
    let name = stack.kind.name();
    let reply = stack
        .request(
            Method::GET,
            "/api/v1/statuses/404",
            &[("Accept-Language", ACCEPT_LANGUAGE)],
            None,
        )
        .await;
    assert_eq!(reply.status, 502, "{name}: status; body {:?}", reply.text());
    assert_eq!(
        reply.header_joined("content-language").as_deref(),
        Some("de"),
        "{name}: the proxy's own 502, in German; body {:?}",
        reply.text()
    );
}

/// A stack of this kind renders every error; in proxy mode, it also keeps
/// Mastodon's choices and streams a large download.
pub async fn renders_errors_with(kind: Kind) {
    let stack = Stack::start(kind, Sidecar::Running).await;
    renders_errors(&stack).await;
    if kind.proxy_mode() {
        proxy_keeps_mastodons_choices(&stack).await;
        large_download_streams(&stack).await;
    }
}

/// The sidecar (or proxy) is killed: every error still gets its status.
pub async fn fails_open_when_stopped(kind: Kind) {
    let mut stack = Stack::start(kind, Sidecar::Running).await;
    // The wiring works before the stop, so the stop is what the rest of the
    // test sees.
    let reply = stack
        .request(
            Method::GET,
            "/api/v1/statuses/404",
            &[("Accept-Language", "de")],
            None,
        )
        .await;
    assert_eq!(
        reply.header_joined("content-language").as_deref(),
        Some("de")
    );
    stack.stop_sidecar();
    let mut cases = mastodon_errors();
    cases.extend(every_status());
    fails_open(&stack, &cases).await;
}

/// The sidecar accepts connections and never answers.
pub async fn fails_open_when_the_sidecar_hangs(kind: Kind) {
    let stack = Stack::start(kind, Sidecar::Hung).await;
    // Each intercepted error waits for the timeout: the five shapes are
    // enough.
    fails_open(&stack, &mastodon_errors()).await;
}

/// Proxy mode with Mastodon stopped: the proxy's own 502, localized.
pub async fn a_stopped_mastodon_is_a_localized_502(kind: Kind) {
    let stack = Stack::start(kind, Sidecar::Running).await;
    stack.upstream.stop().await;
    upstream_down(&stack).await;
}
