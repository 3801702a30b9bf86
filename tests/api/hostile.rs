//! The hostile-input suite: a table of requests an attacker or a broken
//! gateway might send, each with the answer SPEC.md prescribes or a clear
//! 4xx (problem+json, or the HTTP layer's documented empty 400/408/431).
//! Every case goes over a raw socket (a client library would tidy the
//! input), is bounded in time, and is followed by a normal request on a new
//! connection, which must be answered correctly.

use std::time::Duration;

use serde_json::Value;

use crate::helpers::{spawn_app, TestApp};
use crate::http::{raw_request, RawReply, RawResponse};

/// What a case must get.
#[derive(Debug, Clone)]
enum Expect {
    /// A rendered error: status, message id, `Content-Language`.
    Rendered(u16, &'static str, &'static str),
    /// Rendered, and the body keeps this text as the upstream sent it.
    RenderedKeeping(u16, &'static str, &'static str),
    /// Translate's passthrough: the status, the body sent back unchanged.
    Passthrough(u16),
    /// A fault of the sidecar: this 4xx, as problem+json.
    Fault(u16),
    /// The HTTP layer's empty answer with this status, connection closed.
    Empty(u16),
    /// Several answers on one connection (pipelining), by status.
    Statuses(&'static [u16]),
}
use Expect::*;

struct Case {
    name: String,
    request: Vec<u8>,
    /// The translate body sent, to compare a passthrough with.
    body: Vec<u8>,
    expect: Expect,
}

/// A request as bytes: `Host` and `Connection: close` added (so that the
/// server closes once it has answered), `Content-Length` for a body.
fn http(method: &str, target: &str, headers: &[(&str, &[u8])], body: Option<&[u8]>) -> Vec<u8> {
    let mut out = format!("{method} {target} HTTP/1.1\r\nHost: sidecar\r\nConnection: close\r\n")
        .into_bytes();
    for (name, value) in headers {
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(b": ");
        out.extend_from_slice(value);
        out.extend_from_slice(b"\r\n");
    }
    if let Some(body) = body {
        out.extend_from_slice(format!("Content-Length: {}\r\n", body.len()).as_bytes());
    }
    out.extend_from_slice(b"\r\n");
    out.extend_from_slice(body.unwrap_or_default());
    out
}

fn case(name: impl Into<String>, request: Vec<u8>, expect: Expect) -> Case {
    Case {
        name: name.into(),
        request,
        body: Vec::new(),
        expect,
    }
}

/// `GET /v1/errors/record-not-found` with one `Accept-Language` value.
fn accept_language(name: &str, value: impl AsRef<[u8]>, locale: &'static str) -> Case {
    let request = http(
        "GET",
        "/v1/errors/record-not-found",
        &[("Accept-Language", value.as_ref())],
        None,
    );
    case(
        format!("Accept-Language: {name}"),
        request,
        Rendered(404, "record-not-found", locale),
    )
}

/// `GET` of a target, no headers.
fn get(name: &str, target: impl AsRef<str>, expect: Expect) -> Case {
    case(name, http("GET", target.as_ref(), &[], None), expect)
}

/// `POST /v1/translate?status=404` with this body.
fn translate(name: &str, body: impl AsRef<[u8]>, expect: Expect) -> Case {
    let body = body.as_ref().to_vec();
    Case {
        name: format!("translate: {name}"),
        request: http("POST", "/v1/translate?status=404", &[], Some(&body)),
        body,
        expect,
    }
}

/// Bytes sent as they are.
fn raw(name: &str, bytes: impl AsRef<[u8]>, expect: Expect) -> Case {
    case(name, bytes.as_ref().to_vec(), expect)
}

const NOT_FOUND: Expect = Rendered(404, "record-not-found", "en");
const RATE_LIMITED: Expect = Rendered(429, "rate-limited", "en");

fn cases() -> Vec<Case> {
    let junk_members = |n: usize| vec!["xx-junk;q=0.9"; n].join(", ");
    let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    let big_string = |bytes: usize| format!(r#"{{"error":"{}"}}"#, "a".repeat(bytes));
    let thousand_args = (0..1000).map(|i| format!("a{i}=1")).collect::<Vec<_>>();
    let headers_97: String = (0..97).map(|i| format!("X-H{i}: 1\r\n")).collect();
    let headers_95: String = (0..94).map(|i| format!("X-H{i}: 1\r\n")).collect();
    let mut chunked_10mb =
        b"POST /v1/translate HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec();
    for _ in 0..160 {
        chunked_10mb.extend_from_slice(b"10000\r\n");
        chunked_10mb.extend_from_slice(&[b' '; 0x10000]);
        chunked_10mb.extend_from_slice(b"\r\n");
    }
    let pipelined = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n\
                     GET /v1/errors/rate-limited HTTP/1.1\r\nHost: x\r\n\r\n\
                     GET /v1/status/404 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    let pipelined_post = "POST /v1/translate?status=404 HTTP/1.1\r\nHost: x\r\nContent-Length: 28\r\n\r\n\
                          {\"error\":\"Record not found\"}\
                          GET /v1/errors/rate-limited HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";

    vec![
        // --- Accept-Language: never a fault, at worst no preference ---
        accept_language("100 KB of junk, then fr", format!("{}, fr", junk_members(7000)), "en"),
        accept_language("fr, then 100 KB of junk", format!("fr, {}", junk_members(7000)), "fr"),
        accept_language("10,000 members", format!("fr, {}", vec!["de"; 10_000].join(",")), "fr"),
        accept_language("only commas", ",".repeat(10_000), "en"),
        accept_language("non-UTF-8 bytes", b"\xff\xfe\xfd, \xc3", "en"),
        accept_language("non-UTF-8 in a q", b"de;q=\xff, fr", "fr"),
        accept_language("obs-text in a tag", b"d\xe9, fr;q=0.5", "fr"),
        accept_language("tab-separated", b"de\t;\tq=0.5\t,\tfr", "fr"),
        accept_language("q=1e309", "de;q=1e309, fr", "fr"),
        accept_language("q=-1", "de;q=-1, fr", "fr"),
        accept_language("q=NaN", "de;q=NaN, fr", "fr"),
        accept_language("q=1.0001", "de;q=1.0001, fr", "fr"),
        accept_language("two weights", "de;q=0.5;q=0.9, fr;q=0.1", "fr"),
        accept_language("q=0 everything", "*;q=0", "en"),
        accept_language("private-use flood", format!("x-{}", vec!["abcdefgh"; 2000].join("-")), "en"),
        accept_language("8-letter subtag flood", format!("de-{}", vec!["abcdefgh"; 5000].join("-")), "en"),
        accept_language("9-letter subtag", "de-abcdefghi, fr", "fr"),
        raw(
            "Accept-Language: grandfathered en-GB-oed",
            http("GET", "/v1/errors/not-authorized", &[("Accept-Language", b"en-GB-oed")], None),
            Rendered(401, "not-authorized", "en-GB"),
        ),
        accept_language("emoji", "🙂, fr", "fr"),
        raw(
            "Accept-Language: 90 header lines",
            http("GET", "/v1/errors/record-not-found", &vec![("Accept-Language", &b"xx"[..]); 90], None),
            NOT_FOUND,
        ),
        raw(
            "Accept-Language: a control byte",
            http("GET", "/v1/errors/record-not-found", &[("Accept-Language", b"de\x01")], None),
            Empty(400),
        ),
        raw(
            "Accept-Language: a NUL byte",
            http("GET", "/v1/errors/record-not-found", &[("Accept-Language", b"de\x00fr")], None),
            Empty(400),
        ),
        // --- ids, locales, statuses: no path reaches a file ---
        get("id ..", "/v1/errors/..", Fault(404)),
        get("id ../../etc/passwd", "/v1/errors/../../etc/passwd", Fault(404)),
        get("id %2e%2e%2f", "/v1/errors/%2e%2e%2fetc%2fpasswd", Fault(404)),
        get("id with %00", "/v1/errors/rate-limited%00", Fault(404)),
        get("id with /", "/v1/errors/rate-limited/extra", Fault(404)),
        get("id of 10 KB", format!("/v1/errors/{}", "a".repeat(10_240)), Fault(404)),
        get("id in another case", "/v1/errors/RATE-LIMITED", Fault(404)),
        get("status 4290", "/v1/status/4290", Fault(400)),
        get("status -429", "/v1/status/-429", Fault(400)),
        get("status 429.0", "/v1/status/429.0", Fault(400)),
        get("status +429", "/v1/status/+429", Fault(400)),
        get("status 0429", "/v1/status/0429", Fault(400)),
        get("locale ../../etc", "/v1/errors/rate-limited?locale=..%2F..%2Fetc", Fault(400)),
        get("locale %00", "/v1/errors/rate-limited?locale=%00", Fault(400)),
        get("locale of 10 KB", format!("/v1/errors/rate-limited?locale={}", "a".repeat(10_240)), Fault(400)),
        get("locale private use", "/v1/errors/rate-limited?locale=x-foo", RATE_LIMITED),
        get("locale und", "/v1/errors/rate-limited?locale=und", RATE_LIMITED),
        // --- the query string ---
        get("1,000 arguments", format!("/v1/errors/record-not-found?{}", thousand_args.join("&")), Fault(400)),
        get("a 60 KB argument", format!("/v1/errors/param-missing?param={}", "a".repeat(60_000)), Fault(400)),
        get("a 100 KB argument", format!("/v1/errors/param-missing?param={}", "a".repeat(100_000)), Empty(400)),
        get("a 1 MB argument", format!("/v1/errors/param-missing?param={}", "a".repeat(1 << 20)), Empty(431)),
        get("non-UTF-8 value", "/v1/errors/param-missing?param=%FF%FE", Fault(400)),
        get("non-UTF-8 name", "/v1/errors/param-missing?%C3=1", Fault(400)),
        get("empty names and values", "/v1/errors/record-not-found?&&=&==&", NOT_FOUND),
        get("status 999", "/v1/errors/record-not-found?status=999", Fault(400)),
        get("status 200 on a render route", "/v1/errors/record-not-found?status=200", Fault(400)),
        get("retry_after 10^10", "/v1/errors/rate-limited?retry_after=10000000000", Fault(400)),
        get("retry_after 10^30", format!("/v1/errors/rate-limited?retry_after=1{}", "0".repeat(30)), Fault(400)),
        get("retry_after -1", "/v1/errors/rate-limited?retry_after=-1", Fault(400)),
        get("retry_after 1e309", "/v1/errors/rate-limited?retry_after=1e309", Fault(400)),
        get("retry_after NaN", "/v1/errors/rate-limited?retry_after=NaN", Fault(400)),
        get("reset in 9999", "/v1/errors/rate-limited?reset=9999-12-31T23%3A59%3A59Z", Fault(400)),
        get("reset in year 0", "/v1/errors/rate-limited?reset=0000-01-01T00%3A00%3A00Z", RATE_LIMITED),
        get("reset before 1970", "/v1/errors/rate-limited?reset=1969-12-31T23%3A59%3A59Z", RATE_LIMITED),
        get("reset of 10 KB", format!("/v1/errors/rate-limited?reset={}", "9".repeat(10_240)), Fault(400)),
        raw(
            "forwarded Retry-After 99999999999",
            http("GET", "/v1/errors/rate-limited", &[("Retry-After", b"99999999999")], None),
            RATE_LIMITED,
        ),
        // --- translate bodies ---
        translate("nested 100,000 deep", nested(100_000), Fault(413)),
        translate("nested 30,000 deep", nested(30_000), Fault(422)),
        translate("error nested 30,000 deep", format!(r#"{{"error":{}}}"#, nested(30_000)), Fault(422)),
        translate(
            "nested 30,000 deep beside error",
            format!(r#"{{"error":"Record not found","x":{}}}"#, nested(30_000)),
            RenderedKeeping(404, "record-not-found", r#","x":[[[[[["#),
        ),
        translate("10 MB", big_string(10 << 20), Fault(413)),
        translate("1 MB string", big_string(1 << 20), Fault(413)),
        translate("60 KB string", big_string(60_000), Passthrough(404)),
        translate("invalid UTF-8", b"{\"error\":\"Record not \xff found\"}", Fault(400)),
        translate("duplicate error", r#"{"error":"Record not found","error":"x"}"#, Fault(422)),
        translate("error a number", r#"{"error":404}"#, Fault(422)),
        translate("error null", r#"{"error":null}"#, Fault(422)),
        translate("error an object", r#"{"error":{"error":"Record not found"}}"#, Fault(422)),
        translate("no error", r#"{"message":"Record not found"}"#, Fault(422)),
        translate("null", "null", Fault(422)),
        translate("an array", r#"["Record not found"]"#, Fault(422)),
        translate("empty", "", Fault(400)),
        translate("a BOM", "\u{feff}{\"error\":\"Record not found\"}", Fault(400)),
        translate("trailing garbage", r#"{"error":"Record not found"} x"#, Fault(400)),
        translate("a lone surrogate", r#"{"error":"\ud800"}"#, Passthrough(404)),
        translate("a lone low surrogate", r#"{"error":"Record not found\udfff"}"#, Passthrough(404)),
        translate("a lone surrogate elsewhere", r#"{"error":"Record not found","x":"\ud800"}"#, RenderedKeeping(404, "record-not-found", r#","x":"\ud800"}"#)),
        translate("an escaped wording", r#"{"error":"Record not f\u006fund"}"#, Rendered(404, "record-not-found", "en")),
        // --- methods and content types ---
        get("GET translate", "/v1/translate", Fault(405)),
        raw("PUT translate", http("PUT", "/v1/translate", &[], Some(br#"{"error":"x"}"#)), Fault(405)),
        raw("OPTIONS locales", http("OPTIONS", "/v1/locales", &[], None), Fault(405)),
        raw(
            "translate as text/plain",
            http("POST", "/v1/translate?status=404", &[("Content-Type", b"text/plain")], Some(br#"{"error":"Record not found"}"#)),
            NOT_FOUND,
        ),
        raw(
            "translate as a form",
            http("POST", "/v1/translate?status=404", &[("Content-Type", b"application/x-www-form-urlencoded")], Some(b"error=Record+not+found")),
            Fault(400),
        ),
        raw("DELETE a render route with a body", http("DELETE", "/v1/errors/record-not-found", &[], Some(b"{}")), NOT_FOUND),
        raw("an unknown method", http("BREW", "/v1/errors/record-not-found", &[], None), NOT_FOUND),
        raw("TRACE", http("TRACE", "/", &[], None), Fault(404)),
        raw("CONNECT", "CONNECT sidecar:443 HTTP/1.1\r\nHost: sidecar:443\r\nConnection: close\r\n\r\n", Fault(404)),
        raw("an absolute URI", http("GET", "http://sidecar/v1/errors/record-not-found", &[], None), NOT_FOUND),
        raw("an asterisk target", http("OPTIONS", "*", &[], None), Fault(404)),
        // --- the HTTP layer ---
        raw("96 header lines", format!("GET /v1/errors/record-not-found HTTP/1.1\r\nHost: x\r\nConnection: close\r\n{headers_95}\r\n"), NOT_FOUND),
        raw("97 header lines", format!("GET /healthz HTTP/1.1\r\n{headers_97}\r\n"), Empty(431)),
        raw("a 140 KB head", format!("GET /healthz HTTP/1.1\r\nX-Big: {}\r\n\r\n", "a".repeat(140_000)), Empty(431)),
        raw("a 70 KB URI", format!("GET /v1/errors/{} HTTP/1.1\r\nHost: x\r\n\r\n", "a".repeat(70_000)), Empty(400)),
        raw("a bad method byte", "GE\x01T / HTTP/1.1\r\nHost: x\r\n\r\n", Empty(400)),
        raw("binary garbage", b"\x00\x01\x02\x03\xff\r\n\r\n", Empty(400)),
        raw("HTTP/2 preface", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", Empty(400)),
        raw("HTTP/3.0", "GET /healthz HTTP/3.0\r\nHost: x\r\n\r\n", Empty(400)),
        raw("a space in a header name", "GET /healthz HTTP/1.1\r\nHost: x\r\nAccept Language: fr\r\n\r\n", Empty(400)),
        raw("obs-fold", "GET /healthz HTTP/1.1\r\nHost: x\r\nAccept-Language: fr,\r\n de\r\n\r\n", Empty(400)),
        raw("HTTP/1.0 POST without a length", "POST /v1/translate HTTP/1.0\r\nHost: x\r\n\r\n", Empty(400)),
        raw("Content-Length -1", "POST /v1/translate HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n", Empty(400)),
        raw("Content-Length 2^64", "POST /v1/translate HTTP/1.1\r\nHost: x\r\nContent-Length: 18446744073709551616\r\n\r\n", Empty(400)),
        raw("Content-Length 10 MB, no body sent", "POST /v1/translate HTTP/1.1\r\nHost: x\r\nContent-Length: 10485760\r\nExpect: 100-continue\r\n\r\n", Fault(413)),
        raw("a 10 MB chunked body", chunked_10mb, Fault(413)),
        raw("a bad chunk size", "POST /v1/translate HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n", Fault(400)),
        raw("a chunk size of 2^64", "POST /v1/translate HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n10000000000000000\r\nabc\r\n0\r\n\r\n", Fault(400)),
        // --- smuggling shapes and pipelining ---
        raw("smuggling: CL and TE", "POST /v1/translate HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /admin/reload HTTP/1.1\r\nHost: x\r\n\r\n", Empty(400)),
        raw("smuggling: two lengths", "POST /v1/translate HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nContent-Length: 40\r\n\r\n{}{}", Empty(400)),
        raw("smuggling: TE gzip, chunked", "POST /v1/translate HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n", Empty(400)),
        raw("smuggling: TE with a space", "POST /v1/translate HTTP/1.1\r\nHost: x\r\nTransfer-Encoding : chunked\r\n\r\n0\r\n\r\n", Empty(400)),
        raw("pipelining three GETs", pipelined, Statuses(&[200, 429, 404])),
        raw("pipelining a POST then a GET", pipelined_post, Statuses(&[404, 429])),
    ]
}

/// Checks one case's answer; the message names the case.
fn check(case: &Case, reply: &RawReply) {
    let name = &case.name;
    let show = || String::from_utf8_lossy(&reply.bytes[..reply.bytes.len().min(300)]).into_owned();
    if let Statuses(statuses) = case.expect {
        assert_eq!(reply.statuses(), statuses, "{name}: {}", show());
        return;
    }
    let finals: Vec<&RawResponse> = reply.responses.iter().filter(|r| r.status >= 200).collect();
    let [answer] = finals[..] else {
        panic!(
            "{name}: expected one answer, got {:?}: {}",
            reply.statuses(),
            show()
        );
    };
    let header = |n: &str| answer.header(n);
    match case.expect {
        Rendered(status, id, locale) => {
            assert_eq!(answer.status, status, "{name}: {}", show());
            assert_eq!(header("error-l10n-result"), Some("rendered"), "{name}");
            assert_eq!(header("error-l10n-id"), Some(id), "{name}");
            assert_eq!(header("content-language"), Some(locale), "{name}");
            if !answer.body.is_empty() {
                let body: Value = serde_json::from_slice(&answer.body)
                    .unwrap_or_else(|e| panic!("{name}: not JSON ({e}): {}", show()));
                assert!(body["error"].is_string(), "{name}: {body}");
            }
        }
        RenderedKeeping(status, id, kept) => {
            assert_eq!(answer.status, status, "{name}: {}", show());
            assert_eq!(header("error-l10n-result"), Some("rendered"), "{name}");
            assert_eq!(header("error-l10n-id"), Some(id), "{name}");
            let body = String::from_utf8_lossy(&answer.body);
            assert!(body.contains(kept), "{name}: {body}");
        }
        Passthrough(status) => {
            assert_eq!(answer.status, status, "{name}: {}", show());
            assert_eq!(header("error-l10n-result"), Some("passthrough"), "{name}");
            assert!(
                answer.body == case.body,
                "{name}: the body changed: {}",
                show()
            );
        }
        Fault(status) => {
            assert_eq!(answer.status, status, "{name}: {}", show());
            assert_eq!(
                header("content-type"),
                Some("application/problem+json"),
                "{name}"
            );
            assert_eq!(header("error-l10n-result"), Some("fault"), "{name}");
            let problem: Value = serde_json::from_slice(&answer.body)
                .unwrap_or_else(|e| panic!("{name}: not JSON ({e}): {}", show()));
            assert_eq!(problem["status"], status, "{name}: {problem}");
            let detail = problem["detail"].as_str().unwrap_or_default();
            assert!(
                !detail.is_empty() && detail.len() < 1000,
                "{name}: a detail of {} bytes",
                detail.len()
            );
        }
        Empty(status) => {
            assert_eq!(answer.status, status, "{name}: {}", show());
            assert!(answer.body.is_empty(), "{name}: {}", show());
            assert!(reply.closed, "{name}: the connection stays open");
        }
        Statuses(_) => unreachable!(),
    }
}

/// After a case, a normal request on a new connection is answered right.
async fn assert_still_serving(app: &TestApp, after: &str) {
    let reply = raw_request(
        app.socket,
        &http(
            "GET",
            "/v1/errors/rate-limited",
            &[("Accept-Language", b"fr")],
            None,
        ),
        Duration::from_secs(10),
    )
    .await;
    let answer = reply.last_final();
    assert!(
        answer.is_some_and(|a| a.status == 429 && a.header("content-language") == Some("fr")),
        "after {after}: the next request got {:?}",
        reply.statuses()
    );
}

#[tokio::test]
async fn hostile_inputs_get_clear_answers_and_the_service_goes_on() {
    let cases = cases();
    assert!(cases.len() >= 60, "the table keeps at least 60 cases");
    let app = std::sync::Arc::new(spawn_app().await);
    // A few at a time: each is bounded, and together they stay quick.
    let mut failures = Vec::new();
    for batch in cases.chunks(8) {
        let mut running = Vec::new();
        for case in batch {
            let (app, request) = (app.clone(), case.request.clone());
            running.push(tokio::spawn(async move {
                let reply = raw_request(app.socket, &request, Duration::from_secs(10)).await;
                (reply, app)
            }));
        }
        for (case, run) in batch.iter().zip(running) {
            let (reply, app) = run.await.expect("the case ran");
            let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                check(case, &reply);
                assert!(
                    reply.elapsed < Duration::from_secs(8),
                    "{}: answered after {:?}",
                    case.name,
                    reply.elapsed
                );
            }));
            if let Err(panic) = outcome {
                let text = panic
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                failures.push(text);
            }
            assert_still_serving(&app, &case.name).await;
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
