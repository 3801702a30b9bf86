//! Proxy mode over HTTP: the real server with `--upstream`, in front of a
//! mock Mastodon (actix) or a misbehaving one (raw sockets).

use std::net::TcpListener;
use std::time::{Duration, Instant};

use actix_web::http::StatusCode;
use actix_web::{web, App, HttpRequest, HttpResponse, HttpServer};
use bytes::Bytes;
use error_l10n::proxy::ProxySettings;
use reqwest::Method;
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::helpers::{spawn_app_with, TestApp};
use crate::http::{self, Reply};

const JSON: &str = "application/json; charset=utf-8";
const VALIDATION_FAILED: &str = r#"{"error":"Validation failed: Text can't be blank","details":{"text":[{"error":"ERR_BLANK","description":"can't be blank"}]}}"#;
const INVALID_GRANT: &str = r#"{"error":"invalid_grant","error_description":"The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.","state":"xyz"}"#;
const RECORD_NOT_FOUND: &str = r#"{"error":"Record not found"}"#;
const UNKNOWN: &str = r#"{"error":"Something no catalog knows"}"#;
/// 10 MiB: a download far larger than any buffer in the path.
const LARGE: usize = 10 * 1024 * 1024;

/// Mastodon's error headers, which a translation must keep.
fn mastodon_error(status: StatusCode, body: &'static str) -> HttpResponse {
    HttpResponse::build(status)
        .insert_header(("Content-Type", JSON))
        .insert_header(("Cache-Control", "private, no-store"))
        .insert_header(("Vary", "Accept, Origin"))
        .insert_header(("X-Request-Id", "upstream-1"))
        .body(body)
}

/// Everything the upstream received, as JSON: the proxy's forwarding seen
/// from the other side.
async fn echo(req: HttpRequest, body: Bytes) -> HttpResponse {
    let headers: Vec<(String, String)> = req
        .headers()
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_str().unwrap_or("?").to_owned()))
        .collect();
    HttpResponse::Ok().json(serde_json::json!({
        "method": req.method().as_str(),
        "target": req.uri().to_string(),
        "headers": headers,
        "body": String::from_utf8_lossy(&body),
    }))
}

/// The 10 MiB download, made on the fly in 64 KiB chunks.
fn large_stream() -> impl futures_util::Stream<Item = Result<Bytes, std::io::Error>> {
    let chunk = Bytes::from(vec![b'x'; 64 * 1024]);
    futures_util::stream::iter((0..LARGE / chunk.len()).map(move |_| Ok(chunk.clone())))
}

/// A mock Mastodon on a port of its own; its address.
fn mock_mastodon() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap().to_string();
    let server = HttpServer::new(|| {
        App::new()
            .route(
                "/api/v1/statuses",
                web::post().to(|| async {
                    mastodon_error(StatusCode::UNPROCESSABLE_ENTITY, VALIDATION_FAILED)
                }),
            )
            .route(
                "/oauth/token",
                web::post().to(|| async { mastodon_error(StatusCode::BAD_REQUEST, INVALID_GRANT) }),
            )
            .route(
                "/api/v1/limited",
                web::get().to(|| async {
                    let reset = crate::time::iso8601(
                        std::time::SystemTime::now() + Duration::from_secs(90),
                    );
                    HttpResponse::TooManyRequests()
                        .insert_header(("Content-Type", JSON))
                        .insert_header(("X-RateLimit-Limit", "300"))
                        .insert_header(("X-RateLimit-Remaining", "0"))
                        .insert_header(("X-RateLimit-Reset", reset))
                        .body(r#"{"error":"Too many requests"}"#)
                }),
            )
            .route(
                "/api/v1/tagged-error",
                web::get().to(|| async {
                    HttpResponse::NotFound()
                        .insert_header(("Content-Type", JSON))
                        .insert_header(("ETag", "W/\"e1\""))
                        .body(RECORD_NOT_FOUND)
                }),
            )
            .route(
                "/api/v1/unknown",
                web::get().to(|| async { mastodon_error(StatusCode::NOT_FOUND, UNKNOWN) }),
            )
            .route(
                "/api/v1/chunked-error",
                web::get().to(|| async {
                    HttpResponse::NotFound()
                        .insert_header(("Content-Type", JSON))
                        .streaming(futures_util::stream::iter(
                            [&RECORD_NOT_FOUND[..9], &RECORD_NOT_FOUND[9..]]
                                .map(|part| Ok::<_, std::io::Error>(Bytes::from(part))),
                        ))
                }),
            )
            .route(
                "/api/v1/huge-error",
                web::get().to(|| async {
                    let padding = " ".repeat(70_000);
                    HttpResponse::NotFound()
                        .insert_header(("Content-Type", JSON))
                        .body(format!(r#"{{"error":"Record not found"{padding}}}"#))
                }),
            )
            .route(
                "/api/v1/gzip",
                web::get().to(|| async {
                    HttpResponse::NotFound()
                        .insert_header(("Content-Type", JSON))
                        .insert_header(("Content-Encoding", "gzip"))
                        .body(&b"\x1f\x8b\x08\x00 not really gzip"[..])
                }),
            )
            .route(
                "/api/v1/html-error",
                web::get().to(|| async {
                    HttpResponse::InternalServerError()
                        .insert_header(("Content-Type", "text/html"))
                        .body("<h1>We're sorry, but something went wrong.</h1>")
                }),
            )
            .route(
                "/api/v1/not-modified",
                web::get().to(|| async {
                    HttpResponse::NotModified()
                        .insert_header(("ETag", "\"v1\""))
                        .finish()
                }),
            )
            .route(
                "/api/v1/large",
                web::get().to(|| async {
                    HttpResponse::Ok()
                        .insert_header(("Content-Type", "application/octet-stream"))
                        .body(actix_web::body::SizedStream::new(
                            LARGE as u64,
                            large_stream(),
                        ))
                }),
            )
            .route(
                "/api/v1/slow",
                web::get().to(|| async {
                    tokio::time::sleep(Duration::from_secs(5)).await;
                    mastodon_error(StatusCode::NOT_FOUND, RECORD_NOT_FOUND)
                }),
            )
            .default_service(web::to(echo))
    })
    .workers(1)
    .disable_signals()
    .shutdown_timeout(0)
    .listen(listener)
    .unwrap()
    .run();
    tokio::spawn(server);
    address
}

/// The service in proxy mode in front of `upstream`.
async fn proxy_to(upstream: &str, tweak: impl FnOnce(&mut ProxySettings)) -> TestApp {
    let upstream = format!("http://{upstream}").parse().unwrap();
    spawn_app_with(|settings| {
        let mut proxy = ProxySettings::new(upstream, "127.0.0.1:0");
        proxy.timeout = Duration::from_secs(2);
        tweak(&mut proxy);
        settings.proxy = Some(proxy);
    })
    .await
}

async fn through(
    app: &TestApp,
    method: Method,
    path: &str,
    headers: &[(&str, &str)],
    body: Option<&str>,
) -> Reply {
    let url = format!("{}{path}", app.proxy.as_deref().expect("proxy mode"));
    http::send(&app.client, method, &url, headers, body).await
}

#[tokio::test]
async fn an_error_is_translated_and_every_other_byte_kept() {
    let app = proxy_to(&mock_mastodon(), |_| {}).await;
    let german = [("Accept-Language", "de")];
    let reply = through(&app, Method::POST, "/api/v1/statuses", &german, Some("x")).await;
    assert_eq!(reply.status, 422);
    let body = reply.json("422");
    assert_ne!(body["error"], "Validation failed: Text can't be blank");
    assert!(
        body["error"]
            .as_str()
            .unwrap()
            .contains("Text can't be blank"),
        "the upstream's own detail stays: {body}"
    );
    let details: Value = serde_json::from_str(VALIDATION_FAILED).unwrap();
    assert_eq!(body["details"], details["details"], "details kept");
    assert_eq!(reply.header("content-language"), Some("de"));
    assert_eq!(reply.header("cache-control"), Some("private, no-store"));
    assert_eq!(
        reply.header("vary"),
        Some("Accept, Origin, Accept-Language")
    );
    assert_eq!(reply.header("x-request-id"), Some("upstream-1"));
    assert_eq!(
        reply.header("content-length"),
        Some(reply.body.len().to_string().as_str())
    );

    let reply = through(
        &app,
        Method::POST,
        "/oauth/token",
        &german,
        Some("grant_type=x"),
    )
    .await;
    assert_eq!(reply.status, 400);
    let body = reply.json("oauth");
    assert_eq!(body["error"], "invalid_grant", "the OAuth code stays");
    assert_eq!(body["state"], "xyz", "state stays");
    let upstream: Value = serde_json::from_str(INVALID_GRANT).unwrap();
    assert_ne!(body["error_description"], upstream["error_description"]);
}

#[tokio::test]
async fn a_429_keeps_the_rate_limit_headers_and_gains_the_hint() {
    let app = proxy_to(&mock_mastodon(), |_| {}).await;
    let reply = through(
        &app,
        Method::GET,
        "/api/v1/limited",
        &[("Accept-Language", "fr")],
        None,
    )
    .await;
    assert_eq!(reply.status, 429);
    assert_eq!(reply.header("x-ratelimit-limit"), Some("300"));
    assert_eq!(reply.header("x-ratelimit-remaining"), Some("0"));
    assert!(reply.header("x-ratelimit-reset").is_some());
    let wait: u64 = reply.header("retry-after").unwrap().parse().unwrap();
    assert!((85..=91).contains(&wait), "Retry-After {wait}");
    let body = reply.json("429");
    assert_ne!(body["error"], "Too many requests");
    assert!(
        body["error_description"].as_str().unwrap().contains('2'),
        "{body}"
    );
}

#[tokio::test]
async fn lang_comes_first_as_in_mastodon() {
    let app = proxy_to(&mock_mastodon(), |_| {}).await;
    let english = [("Accept-Language", "en-US,en;q=0.9")];
    let reply = through(
        &app,
        Method::POST,
        "/api/v1/statuses?lang=de",
        &english,
        Some(""),
    )
    .await;
    assert_eq!(reply.header("content-language"), Some("de"));
    // Not exactly a served locale: ignored, as Mastodon ignores it.
    for lang in ["de-XX", "xx", "%FF", "de;", ""] {
        let path = format!("/api/v1/statuses?lang={lang}");
        let reply = through(&app, Method::POST, &path, &english, Some("")).await;
        assert_eq!(
            reply.text(),
            VALIDATION_FAILED,
            "lang={lang}: English, untouched"
        );
    }
}

/// Mastodon reads `lang` from a form or JSON body too (Mastodon.py sends
/// it there on a POST); the query's wins.
#[tokio::test]
async fn lang_in_a_form_or_json_body() {
    let app = proxy_to(&mock_mastodon(), |_| {}).await;
    let cases = [
        (
            "application/x-www-form-urlencoded",
            "status=&lang=de",
            "",
            Some("de"),
        ),
        (
            "application/json",
            r#"{"status":"","lang":"de"}"#,
            "",
            Some("de"),
        ),
        (
            "application/json",
            r#"{"status":"","lang":"de"}"#,
            "?lang=fr",
            Some("fr"),
        ),
        ("application/json", r#"{"lang":7}"#, "", None),
        ("text/plain", "lang=de", "", None),
    ];
    for (content_type, body, query, locale) in cases {
        let path = format!("/api/v1/statuses{query}");
        let headers = [("Content-Type", content_type), ("Accept-Language", "en")];
        let reply = through(&app, Method::POST, &path, &headers, Some(body)).await;
        assert_eq!(reply.status, 422, "{body}");
        assert_eq!(
            reply.header("content-language"),
            locale,
            "{content_type} {body}"
        );
    }
    // The body read for its `lang` still reaches the upstream whole.
    let headers = [("Content-Type", "application/json")];
    let reply = through(
        &app,
        Method::PATCH,
        "/echo",
        &headers,
        Some(r#"{"lang":"de"}"#),
    )
    .await;
    assert_eq!(reply.json("echo")["body"], r#"{"lang":"de"}"#);
}

/// A small body read for its `lang` is bounded by the upstream timeout.
#[tokio::test]
async fn a_stalled_small_body_is_a_408() {
    let app = proxy_to(&mock_mastodon(), |proxy| {
        proxy.timeout = Duration::from_millis(500)
    })
    .await;
    let address = app.proxy.as_deref().unwrap().trim_start_matches("http://");
    let mut socket = tokio::net::TcpStream::connect(address).await.unwrap();
    socket
        .write_all(
            b"POST /api/v1/statuses HTTP/1.1\r\nHost: x\r\nAccept-Language: de\r\n\
              Content-Type: application/json\r\nContent-Length: 40\r\n\r\n{\"status\"",
        )
        .await
        .unwrap();
    let answer = read_to_close(&mut socket).await;
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("content-language: de"), "{answer}");
}

#[tokio::test]
async fn english_or_no_preference_gets_the_upstreams_bytes() {
    let app = proxy_to(&mock_mastodon(), |_| {}).await;
    for headers in [
        &[][..],
        &[("Accept-Language", "en")][..],
        &[("Accept-Language", "*")][..],
    ] {
        let reply = through(&app, Method::POST, "/api/v1/statuses", headers, Some("")).await;
        assert_eq!(reply.status, 422);
        assert_eq!(reply.text(), VALIDATION_FAILED, "{headers:?}");
        assert_eq!(reply.header("vary"), Some("Accept, Origin"), "{headers:?}");
        assert_eq!(reply.header("content-language"), None);
    }
}

/// A client's languages may come in more than one `Accept-Language`
/// line: together they are one list (RFC 9110 §5.3).
#[tokio::test]
async fn every_accept_language_line_counts() {
    let app = proxy_to(&mock_mastodon(), |_| {}).await;
    let lines = [("Accept-Language", "ja;q=0.1"), ("Accept-Language", "de")];
    let reply = through(&app, Method::POST, "/api/v1/statuses", &lines, Some("x")).await;
    assert_eq!(reply.status, 422);
    assert_eq!(reply.header("content-language"), Some("de"));
}

#[tokio::test]
async fn what_is_not_a_translatable_error_streams_as_it_came() {
    let app = proxy_to(&mock_mastodon(), |_| {}).await;
    let german = [("Accept-Language", "de")];
    // Unknown text, HTML, an encoded body, a body over the limit.
    let unknown = through(&app, Method::GET, "/api/v1/unknown", &german, None).await;
    assert_eq!((unknown.status, unknown.text()), (404, UNKNOWN));
    assert_eq!(unknown.header("cache-control"), Some("private, no-store"));
    let html = through(&app, Method::GET, "/api/v1/html-error", &german, None).await;
    assert_eq!(html.status, 500);
    assert!(html.text().starts_with("<h1>We're sorry"));
    let gzip = through(&app, Method::GET, "/api/v1/gzip", &german, None).await;
    assert_eq!(gzip.body, b"\x1f\x8b\x08\x00 not really gzip");
    assert_eq!(gzip.header("content-encoding"), Some("gzip"));
    let huge = through(&app, Method::GET, "/api/v1/huge-error", &german, None).await;
    assert_eq!(huge.body.len(), 70_000 + RECORD_NOT_FOUND.len());
    assert!(huge.text().starts_with(r#"{"error":"Record not found""#));
    // A chunked error body within the limit is read and translated.
    let chunked = through(&app, Method::GET, "/api/v1/chunked-error", &german, None).await;
    assert_eq!(chunked.status, 404);
    assert_ne!(chunked.text(), RECORD_NOT_FOUND);
    assert_eq!(chunked.header("content-language"), Some("de"));
    // 304 keeps its validator and has no body; HEAD has no body.
    let not_modified = through(&app, Method::GET, "/api/v1/not-modified", &german, None).await;
    assert_eq!(not_modified.status, 304);
    assert_eq!(not_modified.header("etag"), Some("\"v1\""));
    let head = through(&app, Method::HEAD, "/api/v1/statuses", &german, None).await;
    assert!(head.body.is_empty());
}

#[tokio::test]
async fn a_large_success_streams_byte_for_byte() {
    let app = proxy_to(&mock_mastodon(), |_| {}).await;
    let reply = through(
        &app,
        Method::GET,
        "/api/v1/large",
        &[("Accept-Language", "de")],
        None,
    )
    .await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.body.len(), LARGE);
    assert!(reply.body.iter().all(|&b| b == b'x'));
    assert_eq!(
        reply.header("content-length"),
        Some(LARGE.to_string().as_str())
    );
}

#[tokio::test]
async fn requests_are_forwarded_whole_without_hop_by_hop_headers() {
    let app = proxy_to(&mock_mastodon(), |_| {}).await;
    let headers = [
        ("Host", "social.example"),
        ("Authorization", "Bearer token"),
        ("Connection", "keep-alive, X-Hop"),
        ("X-Hop", "secret"),
        ("Keep-Alive", "timeout=5"),
        ("Accept-Language", "de"),
    ];
    let reply = through(
        &app,
        Method::PUT,
        "/api/v1/anything?a=1&b=%C3%A9",
        &headers,
        Some("the body"),
    )
    .await;
    let seen = reply.json("echo");
    assert_eq!(seen["method"], "PUT");
    assert_eq!(seen["target"], "/api/v1/anything?a=1&b=%C3%A9");
    assert_eq!(seen["body"], "the body");
    let names: Vec<&str> = seen["headers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|pair| pair[0].as_str().unwrap())
        .collect();
    let value = |name: &str| {
        seen["headers"]
            .as_array()
            .unwrap()
            .iter()
            .find(|pair| pair[0] == name)
            .map(|pair| pair[1].as_str().unwrap().to_owned())
    };
    assert_eq!(
        value("host").as_deref(),
        Some("social.example"),
        "Host kept"
    );
    assert_eq!(value("authorization").as_deref(), Some("Bearer token"));
    assert_eq!(value("content-length").as_deref(), Some("8"));
    for hop in ["x-hop", "keep-alive"] {
        assert!(!names.contains(&hop), "{hop} forwarded: {names:?}");
    }
    assert!(!names.contains(&"x-forwarded-for"), "not asked to add it");
}

#[tokio::test]
async fn forwarded_for_is_appended_when_asked() {
    let app = proxy_to(&mock_mastodon(), |proxy| proxy.forwarded_for = true).await;
    let reply = through(
        &app,
        Method::GET,
        "/x",
        &[("X-Forwarded-For", "203.0.113.9")],
        None,
    )
    .await;
    let seen = reply.json("echo");
    let value = seen["headers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|pair| pair[0] == "x-forwarded-for")
        .map(|pair| pair[1].as_str().unwrap().to_owned());
    assert_eq!(value.as_deref(), Some("203.0.113.9, 127.0.0.1"));
}

/// The proxy's own answer: the status's message in the client's language.
fn assert_localized(reply: &Reply, status: u16, id: &str) {
    assert_eq!(
        reply.status,
        status,
        "{:?}",
        String::from_utf8_lossy(&reply.body)
    );
    assert_eq!(reply.header("content-language"), Some("de"));
    assert_eq!(reply.header("error-l10n-id"), Some(id));
    assert!(reply.json(id)["error"].is_string());
}

#[tokio::test]
async fn an_upstream_that_is_down_is_a_localized_502() {
    // On 127.0.0.2: a port released on 127.0.0.1 can be taken at once by
    // another test's server (they all listen there), which then answers.
    let closed = TcpListener::bind("127.0.0.2:0").unwrap();
    let address = closed.local_addr().unwrap().to_string();
    drop(closed);
    let app = proxy_to(&address, |_| {}).await;
    let reply = through(
        &app,
        Method::GET,
        "/api/v1/x",
        &[("Accept-Language", "de")],
        None,
    )
    .await;
    assert_localized(&reply, 502, "http-502");
    let metrics = app.get("/metrics").await;
    assert!(
        metrics
            .text()
            .contains(r#"error_l10n_proxy_responses_total{outcome="bad_gateway"} 1"#),
        "{}",
        metrics.text()
    );
}

#[tokio::test]
async fn an_upstream_too_slow_is_a_localized_504() {
    let app = proxy_to(&mock_mastodon(), |proxy| {
        proxy.timeout = Duration::from_millis(500)
    })
    .await;
    let start = Instant::now();
    let reply = through(
        &app,
        Method::GET,
        "/api/v1/slow",
        &[("Accept-Language", "de")],
        None,
    )
    .await;
    assert_localized(&reply, 504, "http-504");
    assert!(
        start.elapsed() < Duration::from_secs(4),
        "bounded by the timeout"
    );
}

#[tokio::test]
async fn websockets_are_refused() {
    let app = proxy_to(&mock_mastodon(), |_| {}).await;
    let headers = [
        ("Connection", "Upgrade"),
        ("Upgrade", "websocket"),
        ("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=="),
        ("Sec-WebSocket-Version", "13"),
        ("Accept-Language", "de"),
    ];
    let reply = through(&app, Method::GET, "/api/v1/streaming", &headers, None).await;
    assert_localized(&reply, 501, "http-5xx");
}

/// An upstream that reads a request head, writes `answer`, then either
/// closes or holds the connection open.
async fn raw_upstream(answer: &'static [u8], hold: bool) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap().to_string();
    tokio::spawn(async move {
        loop {
            let Ok((mut socket, _)) = listener.accept().await else {
                return;
            };
            tokio::spawn(async move {
                if read_head(&mut socket).await.is_none() {
                    return;
                }
                let _ = socket.write_all(answer).await;
                if hold {
                    tokio::time::sleep(Duration::from_secs(30)).await;
                }
            });
        }
    });
    address
}

#[tokio::test]
async fn a_misbehaving_upstream_gives_its_bytes_or_a_localized_502_never_a_hang() {
    let german = [("Accept-Language", "de")];
    let cases: [(&str, &'static [u8], bool, u16); 4] = [
        ("not HTTP", b"SSH-2.0-OpenSSH_9.2\r\n\r\n", false, 502),
        (
            "an error body cut short",
            b"HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"error\":\"Rec",
            false,
            502,
        ),
        (
            "an error body that never ends",
            b"HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{\"err\r\n",
            true,
            504,
        ),
        ("no answer at all", b"", true, 504),
    ];
    for (case, answer, hold, status) in cases {
        let app = proxy_to(&raw_upstream(answer, hold).await, |proxy| {
            proxy.timeout = Duration::from_millis(500)
        })
        .await;
        let start = Instant::now();
        let reply = through(&app, Method::GET, "/api/v1/x", &german, None).await;
        assert_eq!(reply.status, status, "{case}");
        assert_localized(
            &reply,
            status,
            if status == 502 {
                "http-502"
            } else {
                "http-504"
            },
        );
        assert!(start.elapsed() < Duration::from_secs(5), "{case}: bounded");
    }

    // A success cut short reaches the client cut short: never completed
    // with other bytes.
    let address = raw_upstream(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n[1,2,3",
        false,
    )
    .await;
    let app = proxy_to(&address, |_| {}).await;
    let url = format!("{}/api/v1/x", app.proxy.as_deref().unwrap());
    // Cut off before or after the head, depending on when actix flushes it.
    let outcome = match app.client.get(&url).send().await {
        Ok(response) => response.bytes().await.map(|_| ()),
        Err(error) => Err(error),
    };
    assert!(outcome.is_err(), "a truncated body must not look complete");
}

/// An upstream that answers the first request on each connection and
/// closes the connection, unanswered, on the second: what a request meets
/// when the upstream's keep-alive timeout ends as it goes out. Counts the
/// connections and the request heads it saw.
async fn closing_upstream() -> (
    String,
    std::sync::Arc<std::sync::atomic::AtomicUsize>,
    std::sync::Arc<std::sync::atomic::AtomicUsize>,
) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap().to_string();
    let connections = Arc::new(AtomicUsize::new(0));
    let heads = Arc::new(AtomicUsize::new(0));
    let (counted, seen) = (connections.clone(), heads.clone());
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            counted.fetch_add(1, Ordering::SeqCst);
            let seen = seen.clone();
            tokio::spawn(async move {
                for answer in [true, false] {
                    if read_head(&mut socket).await.is_none() {
                        return;
                    }
                    seen.fetch_add(1, Ordering::SeqCst);
                    if answer {
                        let ok = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";
                        let _ = socket.write_all(ok).await;
                    }
                }
                // Dropped unanswered: the second request's connection closes.
            });
        }
    });
    (address, connections, heads)
}

/// A GET sent on an idle connection the upstream closes as it arrives goes
/// out again on a new connection; a POST, which may have had its effect,
/// gets the localized 502.
#[tokio::test]
async fn a_request_lost_with_an_idle_connection_is_sent_again_when_safe() {
    use std::sync::atomic::Ordering;
    let (address, connections, heads) = closing_upstream().await;
    let app = proxy_to(&address, |_| {}).await;
    let german = [("Accept-Language", "de")];
    let first = through(&app, Method::GET, "/api/v1/a", &german, None).await;
    assert_eq!(first.status, 200);
    // Idle across a tick of the worker's clock (a quarter of the 2 s
    // upstream timeout at most).
    tokio::time::sleep(Duration::from_millis(1200)).await;
    let again = through(&app, Method::GET, "/api/v1/b", &german, None).await;
    assert_eq!(again.status, 200, "sent again: {}", again.text());
    assert_eq!(again.text(), "{}");
    assert_eq!(connections.load(Ordering::SeqCst), 2);
    assert_eq!(heads.load(Ordering::SeqCst), 3);
    let metrics = app.get("/metrics").await.text().to_owned();
    assert!(
        metrics.contains("error_l10n_proxy_upstream_retries_total 1\n"),
        "{metrics}"
    );

    tokio::time::sleep(Duration::from_millis(1200)).await;
    let post = through(&app, Method::POST, "/api/v1/c", &german, Some("{}")).await;
    assert_localized(&post, 502, "http-502");
    assert_eq!(heads.load(Ordering::SeqCst), 4, "a POST goes out once");
    assert_eq!(connections.load(Ordering::SeqCst), 2);
    let metrics = app.get("/metrics").await.text().to_owned();
    assert!(
        metrics.contains("error_l10n_proxy_upstream_retries_total 1\n"),
        "{metrics}"
    );
}

/// A client that goes away cancels the upstream request: the upstream (raw
/// sockets, so that it sees its connection close) gets an end of stream
/// before it has answered.
#[tokio::test]
async fn a_client_that_disconnects_cancels_the_upstream_request() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap().to_string();
    let (seen, mut outcome) = tokio::sync::mpsc::channel::<&'static str>(4);
    tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.unwrap();
        if read_head(&mut socket).await.is_none() {
            return;
        }
        let _ = seen.send("started").await;
        // The proxy either closes the connection (cancelled) or waits for
        // the answer, which comes after 3 s.
        let mut byte = [0u8; 1];
        let closed = tokio::time::timeout(Duration::from_secs(3), socket.read(&mut byte)).await;
        let _ = seen
            .send(match closed {
                Ok(Ok(0)) | Ok(Err(_)) => "cancelled",
                _ => "waited",
            })
            .await;
    });

    let app = proxy_to(&address, |proxy| proxy.timeout = Duration::from_secs(10)).await;
    let proxy = app.proxy.as_deref().unwrap().trim_start_matches("http://");
    let mut socket = tokio::net::TcpStream::connect(proxy).await.unwrap();
    socket
        .write_all(b"GET /api/v1/slow HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .unwrap();
    let limit = Duration::from_secs(5);
    let started = tokio::time::timeout(limit, outcome.recv()).await;
    assert_eq!(started.expect("bounded"), Some("started"));
    drop(socket);
    let ended = tokio::time::timeout(limit, outcome.recv()).await;
    assert_eq!(ended.expect("bounded"), Some("cancelled"));
}

/// The proxy listener has the query API's bounds: a stalled request head
/// is answered 408 and closed after the head timeout.
#[tokio::test]
async fn a_stalled_head_on_the_proxy_listener_is_closed() {
    let upstream = format!("http://{}", mock_mastodon()).parse().unwrap();
    let app = spawn_app_with(|settings| {
        settings.head_timeout = Duration::from_millis(500);
        settings.proxy = Some(ProxySettings::new(upstream, "127.0.0.1:0"));
    })
    .await;
    let proxy = app.proxy.as_deref().unwrap().trim_start_matches("http://");
    let mut socket = tokio::net::TcpStream::connect(proxy).await.unwrap();
    socket
        .write_all(b"GET /api/v1/x HTTP/1.1\r\nHo")
        .await
        .unwrap();
    let answer = read_to_close(&mut socket).await;
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer:?}");
}

/// A translated body is not the one the upstream's `ETag` names: the
/// validator goes; an untouched body keeps it.
#[tokio::test]
async fn a_translated_body_drops_the_upstreams_etag() {
    let app = proxy_to(&mock_mastodon(), |_| {}).await;
    let german = through(
        &app,
        Method::GET,
        "/api/v1/tagged-error",
        &[("Accept-Language", "de")],
        None,
    )
    .await;
    assert_eq!(german.header("content-language"), Some("de"));
    assert_eq!(german.header("etag"), None);
    let english = through(
        &app,
        Method::GET,
        "/api/v1/tagged-error",
        &[("Accept-Language", "en")],
        None,
    )
    .await;
    assert_eq!(english.text(), RECORD_NOT_FOUND);
    assert_eq!(english.header("etag"), Some("W/\"e1\""));
}

/// A head (a request's or an answer's) read off a raw connection a byte at
/// a time, so that nothing after it is taken; `None` if the connection
/// ends or fails first.
async fn read_head(socket: &mut tokio::net::TcpStream) -> Option<Vec<u8>> {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        if socket.read(&mut byte).await.ok()? == 0 {
            return None;
        }
        head.push(byte[0]);
    }
    Some(head)
}

/// One answer read off a raw keep-alive connection: its status line's code
/// and body (by its `Content-Length`; none without one).
async fn read_answer(socket: &mut tokio::net::TcpStream) -> Option<(u16, Vec<u8>)> {
    let head = read_head(socket).await?;
    let head = String::from_utf8_lossy(&head).to_ascii_lowercase();
    let status = head.get(9..12)?.parse().ok()?;
    let length = head
        .lines()
        .find_map(|line| line.strip_prefix("content-length:"))
        .map_or(0, |n| n.trim().parse().unwrap_or(0));
    let mut body = vec![0; length];
    socket.read_exact(&mut body).await.ok()?;
    Some((status, body))
}

/// Everything the proxy writes until it closes the connection, as text;
/// panics if it is still open after 5 s.
async fn read_to_close(socket: &mut tokio::net::TcpStream) -> String {
    let mut read = Vec::new();
    let closed = tokio::time::timeout(Duration::from_secs(5), socket.read_to_end(&mut read)).await;
    assert!(closed.is_ok(), "still open after 5 s");
    String::from_utf8_lossy(&read).into_owned()
}

const ASK_NOT_MODIFIED: &[u8] = b"GET /api/v1/not-modified HTTP/1.1\r\nHost: x\r\n\r\n";

/// The head timeout bounds a head, not the wait between requests: a
/// gateway's idle keep-alive connection must stay usable longer (nginx
/// keeps them 60 s).
#[tokio::test]
async fn an_idle_keep_alive_connection_outlives_the_head_timeout() {
    let upstream = format!("http://{}", mock_mastodon()).parse().unwrap();
    let app = spawn_app_with(|settings| {
        settings.head_timeout = Duration::from_millis(300);
        settings.proxy = Some(ProxySettings::new(upstream, "127.0.0.1:0"));
    })
    .await;
    let proxy = app.proxy.as_deref().unwrap().trim_start_matches("http://");
    let mut socket = tokio::net::TcpStream::connect(proxy).await.unwrap();
    socket.write_all(ASK_NOT_MODIFIED).await.unwrap();
    let limit = Duration::from_secs(5);
    let first = tokio::time::timeout(limit, read_answer(&mut socket)).await;
    assert_eq!(first.expect("bounded").map(|a| a.0), Some(304));
    tokio::time::sleep(Duration::from_millis(1000)).await;
    socket.write_all(ASK_NOT_MODIFIED).await.unwrap();
    let second = tokio::time::timeout(limit, read_answer(&mut socket)).await;
    assert_eq!(
        second.expect("bounded").map(|a| a.0),
        Some(304),
        "still open"
    );
    // A head begun and left unfinished is bounded, even on that connection.
    socket
        .write_all(b"GET /api/v1/x HTTP/1.1\r\nHo")
        .await
        .unwrap();
    let rest = read_to_close(&mut socket).await;
    assert!(rest.starts_with("HTTP/1.1 408"), "{rest:?}");
}

/// A stop lets the answer in flight finish and closes idle connections at
/// once, rather than waiting out the grace period for them.
#[tokio::test]
async fn a_stop_finishes_answers_in_flight_and_closes_idle_connections() {
    let app = proxy_to(&mock_mastodon(), |proxy| {
        proxy.timeout = Duration::from_secs(1);
    })
    .await;
    let proxy = app.proxy.clone().unwrap();
    let address = proxy.trim_start_matches("http://").to_owned();
    let mut idle = tokio::net::TcpStream::connect(&address).await.unwrap();
    idle.write_all(ASK_NOT_MODIFIED).await.unwrap();
    assert_eq!(read_answer(&mut idle).await.map(|a| a.0), Some(304));
    let mut busy = tokio::net::TcpStream::connect(&address).await.unwrap();
    busy.write_all(b"GET /api/v1/slow HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    let started = Instant::now();
    let stopping = tokio::spawn({
        let handle = app.handle.clone();
        async move { handle.stop(true).await }
    });
    // The slow upstream outlasts the proxy's timeout: a 504, in full.
    let answer = tokio::time::timeout(Duration::from_secs(5), read_answer(&mut busy)).await;
    assert_eq!(answer.expect("bounded").map(|a| a.0), Some(504));
    let rest = read_to_close(&mut idle).await;
    assert!(rest.is_empty(), "the idle connection closed: {rest:?}");
    tokio::time::timeout(Duration::from_secs(10), stopping)
        .await
        .expect("the stop ends well within the 30 s grace period")
        .unwrap();
    assert!(started.elapsed() < Duration::from_secs(10));
    assert!(
        tokio::net::TcpStream::connect(&address).await.is_err(),
        "no longer listening"
    );
}

/// The proxy listener has the query API's bound on open connections:
/// beyond it, a new connection waits in the kernel's queue until one
/// closes.
#[tokio::test]
async fn the_proxy_listener_bounds_its_open_connections() {
    let upstream = format!("http://{}", mock_mastodon()).parse().unwrap();
    let app = spawn_app_with(|settings| {
        settings.workers = Some(1);
        settings.max_connections = 2;
        settings.proxy = Some(ProxySettings::new(upstream, "127.0.0.1:0"));
    })
    .await;
    let address = app.proxy.as_deref().unwrap().trim_start_matches("http://");
    let mut open = Vec::new();
    for _ in 0..2 {
        let mut socket = tokio::net::TcpStream::connect(address).await.unwrap();
        socket.write_all(ASK_NOT_MODIFIED).await.unwrap();
        assert_eq!(read_answer(&mut socket).await.map(|a| a.0), Some(304));
        open.push(socket);
    }
    let mut third = tokio::net::TcpStream::connect(address).await.unwrap();
    third.write_all(ASK_NOT_MODIFIED).await.unwrap();
    let waiting = tokio::time::timeout(Duration::from_millis(500), read_answer(&mut third)).await;
    assert!(waiting.is_err(), "answered beyond the bound");
    drop(open.pop());
    let answer = tokio::time::timeout(Duration::from_secs(5), read_answer(&mut third)).await;
    assert_eq!(
        answer.expect("taken once one closed").map(|a| a.0),
        Some(304)
    );
}

/// The proxy listener bounds a request head as the query API does: 96
/// header lines and 128 KiB, each answered 431.
#[tokio::test]
async fn the_proxy_listener_bounds_a_request_head() {
    let app = proxy_to(&mock_mastodon(), |_| {}).await;
    let address = app.proxy.as_deref().unwrap().trim_start_matches("http://");
    let lines = |n: usize| -> String { (0..n).map(|i| format!("X-H{i}: v\r\n")).collect() };
    let big = format!("X-Big: {}\r\n", "a".repeat(129 * 1024));
    for (extra, expected) in [(lines(90), 304), (lines(97), 431), (big, 431)] {
        let mut socket = tokio::net::TcpStream::connect(address).await.unwrap();
        let head = format!("GET /api/v1/not-modified HTTP/1.1\r\nHost: x\r\n{extra}\r\n");
        // A head over the bound may be refused before it is all sent.
        let _ = socket.write_all(head.as_bytes()).await;
        let answer = tokio::time::timeout(Duration::from_secs(5), read_answer(&mut socket)).await;
        let status = answer.expect("bounded").map(|a| a.0);
        assert_eq!(status, Some(expected), "{} bytes of head", head.len());
    }
}

/// What the proxy does not relay as it came: a body whose chunks are
/// broken (the client's fault: 400, not the upstream's 502) and CONNECT
/// (no tunnels: 501). A request framed two ways, `Content-Length` and
/// chunked (a smuggling attempt), reaches the upstream framed one way: by
/// its chunks, as RFC 9112 says.
#[tokio::test]
async fn requests_the_proxy_refuses_or_reframes() {
    let app = proxy_to(&mock_mastodon(), |_| {}).await;
    let address = app.proxy.as_deref().unwrap().trim_start_matches("http://");
    let limit = Duration::from_secs(5);
    let refused: [(&[u8], u16); 2] = [
        (
            b"POST /echo HTTP/1.1\r\nHost: x\r\nAccept-Language: de\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\nhello\r\n0\r\n\r\n",
            400,
        ),
        (
            b"CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\nAccept-Language: de\r\n\r\n",
            501,
        ),
    ];
    for (request, status) in refused {
        let mut socket = tokio::net::TcpStream::connect(address).await.unwrap();
        socket.write_all(request).await.unwrap();
        let answer = tokio::time::timeout(limit, read_answer(&mut socket)).await;
        let (code, body) = answer.expect("bounded").expect("an answer");
        let name = String::from_utf8_lossy(&request[..20]).into_owned();
        assert_eq!(code, status, "{name}");
        let body: Value = serde_json::from_slice(&body).unwrap();
        assert!(body["error"].is_string(), "{name}: {body}");
    }
    let mut socket = tokio::net::TcpStream::connect(address).await.unwrap();
    socket
        .write_all(b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n")
        .await
        .unwrap();
    let answer = tokio::time::timeout(limit, read_answer(&mut socket)).await;
    let (code, body) = answer.expect("bounded").expect("an answer");
    assert_eq!(code, 200);
    let seen: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(seen["body"], "hello", "{seen}");
    let framing: Vec<&Value> = seen["headers"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|pair| pair[0] == "content-length" || pair[0] == "transfer-encoding")
        .collect();
    assert_eq!(framing.len(), 1, "framed one way upstream: {framing:?}");

    // HTTP/2 with prior knowledge: the empty 400 of any head the proxy
    // cannot read, then closed.
    let mut socket = tokio::net::TcpStream::connect(address).await.unwrap();
    socket
        .write_all(b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n")
        .await
        .unwrap();
    let answer = read_to_close(&mut socket).await;
    assert!(answer.starts_with("HTTP/1.1 400 "), "{answer:?}");
    assert!(answer.ends_with("\r\n\r\n"), "no body: {answer:?}");
}
