//! What one client can hold: a body has a deadline, an over-limit body is
//! refused before it is sent, connections are bounded. Raw sockets: a
//! client library would not stall, trickle or overstate on purpose.

use std::time::Duration;

use crate::helpers::{spawn_app_with, TestApp};
use crate::http::{raw_exchange, raw_request, RawReply};

const HEAD: &str = "POST /v1/translate?status=404 HTTP/1.1\r\nHost: x\r\n";
const BODY: &str = r#"{"error":"Record not found"}"#;

/// A server whose body deadline is one second.
async fn quick_body_deadline() -> TestApp {
    spawn_app_with(|s| s.body_timeout = Duration::from_secs(1)).await
}

/// The connection got a 408 problem+json and was closed, within generous
/// bounds of the one-second deadline.
fn assert_body_timeout(case: &str, reply: &RawReply) {
    let answer = reply
        .last_final()
        .unwrap_or_else(|| panic!("{case}: no answer in {:?}", reply.bytes));
    assert_eq!(answer.status, 408, "{case}: {reply:?}");
    assert_eq!(
        answer.header("content-type"),
        Some("application/problem+json"),
        "{case}"
    );
    assert!(reply.closed, "{case}: the connection stays open");
    assert!(
        reply.elapsed >= Duration::from_millis(900) && reply.elapsed < Duration::from_secs(6),
        "{case}: answered after {:?}",
        reply.elapsed
    );
}

/// The next request, on a new connection, is answered as usual.
async fn assert_still_serving(app: &TestApp, case: &str) {
    let reply = app
        .request(
            reqwest::Method::POST,
            "/v1/translate?status=404",
            &[],
            Some(BODY),
        )
        .await;
    reply.assert_rendered(case, 404, "record-not-found", "en");
}

#[tokio::test]
async fn a_stalled_body_gets_408_and_the_connection_closes() {
    let app = quick_body_deadline().await;
    let request = format!("{HEAD}Content-Length: 100\r\n\r\n{{\"error\":");
    let reply = raw_request(app.socket, request.as_bytes(), Duration::from_secs(10)).await;
    assert_body_timeout("Content-Length 100, 9 bytes sent", &reply);
    assert_still_serving(&app, "after a stalled body").await;
}

#[tokio::test]
async fn a_trickled_body_does_not_extend_the_deadline() {
    let app = quick_body_deadline().await;
    // A byte every 200 ms: 3 s of trickling against a 1 s deadline.
    let mut parts = vec![(
        Duration::ZERO,
        format!("{HEAD}Content-Length: 100\r\n\r\n").into_bytes(),
    )];
    parts.extend((0..15).map(|_| (Duration::from_millis(200), b" ".to_vec())));
    let reply = raw_exchange(app.socket, parts, Duration::from_secs(10)).await;
    assert_body_timeout("a byte every 200 ms", &reply);
    assert!(
        reply.elapsed < Duration::from_millis(2900),
        "the trickle extended the deadline: {:?}",
        reply.elapsed
    );
    assert_still_serving(&app, "after a trickled body").await;
}

#[tokio::test]
async fn a_stalled_chunked_body_gets_408_and_the_connection_closes() {
    let app = quick_body_deadline().await;
    let request = format!("{HEAD}Transfer-Encoding: chunked\r\n\r\n64\r\n{{\"error\":");
    let reply = raw_request(app.socket, request.as_bytes(), Duration::from_secs(10)).await;
    assert_body_timeout("a chunk announced, part sent", &reply);
    assert_still_serving(&app, "after a stalled chunked body").await;
}

/// A route that ignores its body answers at once, and the connection does
/// not stay open to drain a body trickled after it.
#[tokio::test]
async fn an_ignored_trickled_body_is_not_drained_forever() {
    let app = quick_body_deadline().await;
    for (case, framing) in [
        ("Content-Length", "Content-Length: 100\r\n"),
        ("chunked", "Transfer-Encoding: chunked\r\n"),
    ] {
        let mut parts = vec![(
            Duration::ZERO,
            format!("POST /v1/errors/record-not-found HTTP/1.1\r\nHost: x\r\n{framing}\r\n")
                .into_bytes(),
        )];
        parts.extend((0..40).map(|_| (Duration::from_millis(200), b"1\r\nx\r\n".to_vec())));
        let reply = raw_exchange(app.socket, parts, Duration::from_secs(12)).await;
        assert_eq!(reply.statuses(), vec![404], "{case}: {reply:?}");
        assert!(
            reply.closed && reply.elapsed < Duration::from_secs(7),
            "{case}: the connection is held {:?} (closed: {})",
            reply.elapsed,
            reply.closed
        );
    }
    assert_still_serving(&app, "after ignored bodies").await;
}

/// `Expect: 100-continue` with a length over the limit: the 413 comes at
/// once, not after a body that will never be read.
#[tokio::test]
async fn an_over_limit_content_length_is_refused_at_once() {
    let app = spawn_app_with(|s| s.body_timeout = Duration::from_secs(30)).await;
    for expect in ["Expect: 100-continue\r\n", ""] {
        let case = format!("Content-Length 10 MB, {expect:?}");
        let request = format!("{HEAD}{expect}Content-Length: 10000000\r\n\r\n");
        let reply = raw_request(app.socket, request.as_bytes(), Duration::from_secs(10)).await;
        let answer = reply
            .last_final()
            .unwrap_or_else(|| panic!("{case}: no answer: {reply:?}"));
        assert_eq!(answer.status, 413, "{case}");
        assert!(reply.closed, "{case}: the connection stays open");
        assert!(
            reply.elapsed < Duration::from_secs(5),
            "{case}: answered after {:?}",
            reply.elapsed
        );
    }
    assert_still_serving(&app, "after over-limit lengths").await;
}

/// At the bound, a new connection waits until a slow one is closed by its
/// deadline; then it is answered.
#[tokio::test]
async fn at_the_connection_bound_a_new_client_waits_for_a_deadline() {
    let app = spawn_app_with(|s| {
        s.max_connections = 4;
        s.head_timeout = Duration::from_secs(2);
    })
    .await;
    // Four heads that never end hold the four places.
    let stalled: Vec<_> = (0..4)
        .map(|_| {
            let socket = app.socket;
            tokio::spawn(async move {
                raw_request(
                    socket,
                    b"GET /healthz HTTP/1.1\r\nHost:",
                    Duration::from_secs(15),
                )
                .await
            })
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let started = std::time::Instant::now();
    let reply = raw_request(
        app.socket,
        b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        Duration::from_secs(15),
    )
    .await;
    assert_eq!(reply.statuses(), vec![200], "{reply:?}");
    let waited = started.elapsed();
    assert!(
        waited >= Duration::from_millis(1000),
        "answered after {waited:?}: the bound did not hold"
    );
    for held in stalled {
        let held = held.await.expect("the stalled client ran");
        assert!(held.closed, "a stalled head is closed: {held:?}");
        assert_eq!(held.statuses(), vec![408], "{held:?}");
        assert!(held.elapsed < Duration::from_secs(8), "{held:?}");
    }
}
