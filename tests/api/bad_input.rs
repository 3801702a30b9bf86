//! Bad input gets a clear 4xx problem+json, never a 5xx; a bad
//! `Accept-Language` is no preference, never a fault.

use std::time::{Duration, Instant};

use reqwest::Method;

use crate::helpers::{ftl_text, spawn_app};

#[tokio::test]
async fn faults_are_problem_json_4xx() {
    let app = spawn_app().await;
    let long = "a".repeat(1025);
    let too_many: Vec<String> = (0..65).map(|i| format!("a{i}=1")).collect();

    let cases: Vec<(String, Method, String, u16)> = vec![
        (
            "unknown id".into(),
            Method::GET,
            "/v1/errors/no-such-id".into(),
            404,
        ),
        (
            "unknown id, POST".into(),
            Method::POST,
            "/v1/errors/no-such-id".into(),
            404,
        ),
        (
            "internal id".into(),
            Method::GET,
            "/v1/errors/retry-after-seconds".into(),
            404,
        ),
        ("unknown route".into(), Method::GET, "/nope".into(), 404),
        ("root".into(), Method::GET, "/".into(), 404),
        ("no id".into(), Method::GET, "/v1/errors/".into(), 404),
        (
            "POST /v1/locales".into(),
            Method::POST,
            "/v1/locales".into(),
            405,
        ),
        (
            "DELETE /v1/messages".into(),
            Method::DELETE,
            "/v1/messages".into(),
            405,
        ),
        ("PUT /healthz".into(), Method::PUT, "/healthz".into(), 405),
        (
            "non-UTF-8 argument".into(),
            Method::GET,
            "/v1/errors/param-missing?param=%FF".into(),
            400,
        ),
        (
            "non-UTF-8 parameter name".into(),
            Method::GET,
            "/v1/errors/param-missing?%C3=1".into(),
            400,
        ),
        (
            "argument over 1024 bytes".into(),
            Method::GET,
            format!("/v1/errors/param-missing?param={long}"),
            400,
        ),
        (
            "more than 64 parameters".into(),
            Method::GET,
            format!("/v1/errors/record-not-found?{}", too_many.join("&")),
            400,
        ),
        (
            "more than 64 parameters on /v1/status".into(),
            Method::GET,
            format!("/v1/status/404?{}", too_many.join("&")),
            400,
        ),
    ];
    for (case, method, path, status) in cases {
        let reply = app.request(method, &path, &[], None).await;
        reply.assert_fault(&case, status);
    }
}

#[tokio::test]
async fn limits_are_inclusive() {
    let app = spawn_app().await;

    let value = "a".repeat(1024);
    let path = format!("/v1/errors/param-missing?param={value}");
    let reply = app.get(&path).await;
    reply.assert_rendered("an argument of 1024 bytes", 400, "param-missing", "en");
    assert!(reply.error("1024 bytes").ends_with(&value));

    let many: Vec<String> = (0..64).map(|i| format!("a{i}=1")).collect();
    let path = format!("/v1/errors/record-not-found?{}", many.join("&"));
    app.get(&path)
        .await
        .assert_rendered("64 parameters", 404, "record-not-found", "en");
}

#[tokio::test]
async fn garbled_accept_language_is_no_preference() {
    let app = spawn_app().await;
    let english = ftl_text("en", "rate-limited");

    let reply = app.get("/v1/errors/rate-limited").await;
    reply.assert_rendered("no Accept-Language", 429, "rate-limited", "en");
    assert_eq!(reply.error("no Accept-Language"), english);

    let values: [&[u8]; 8] = [
        b"",
        b";;;",
        b";;;==",
        b",,,",
        b"q=0.5",
        b"\xff\xfe",
        "🙂".as_bytes(),
        b"de;q=\xff, \xf0\x9f",
    ];
    for value in values {
        let case = format!("Accept-Language: {:?}", String::from_utf8_lossy(value));
        let reply = app
            .get_with_bytes("/v1/errors/rate-limited", "accept-language", value)
            .await;
        reply.assert_rendered(&case, 429, "rate-limited", "en");
        assert_eq!(reply.error(&case), english, "{case}");
    }
}

#[tokio::test]
async fn a_huge_accept_language_is_answered_from_its_first_members() {
    let app = spawn_app().await;
    // About 100 KB: members that are no language tag at all, or tags no one
    // serves.
    let junk = |n: usize| -> String {
        (0..n)
            .map(|i| {
                if i % 2 == 0 {
                    "a1b2c3d4e5f6g7h8i9;q=0.9".to_owned()
                } else {
                    format!("x{:02}-junkjunk-member;q=0.5", i % 100)
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    };

    let cases = [
        (
            "4000 junk members, then de",
            format!("{}, de", junk(4000)),
            "en",
        ),
        (
            "de, then 100 KB of junk",
            format!("de, {}", junk(4000)),
            "de",
        ),
        (
            "100 KB of one member",
            format!("de-{}", "abcdefgh-".repeat(11_000)),
            "en",
        ),
    ];
    for (case, header, locale) in cases {
        assert!(header.len() > 90_000, "{case}: the header is large");
        let started = Instant::now();
        let reply = app
            .get_with(
                "/v1/errors/record-not-found",
                &[("Accept-Language", &header)],
            )
            .await;
        let took = started.elapsed();
        assert!(
            reply.status != 431 && reply.status != 400,
            "{case}: refused with {} ({:?})",
            reply.status,
            reply.text()
        );
        reply.assert_rendered(case, 404, "record-not-found", locale);
        assert_eq!(
            reply.error(case),
            ftl_text(locale, "record-not-found"),
            "{case}"
        );
        assert!(took < Duration::from_secs(2), "{case}: took {took:?}");
    }
}

/// RFC 9110 §15.5.6: every 405 lists the methods the route takes, in
/// `Allow` and in the problem's detail.
#[tokio::test]
async fn every_405_names_the_allowed_methods() {
    let app = spawn_app().await;
    for (method, path, allow) in [
        (Method::POST, "/v1/locales", "GET, HEAD"),
        (Method::DELETE, "/v1/messages", "GET, HEAD"),
        (Method::PUT, "/healthz", "GET, HEAD"),
        (Method::POST, "/readyz", "GET, HEAD"),
        (Method::GET, "/v1/translate", "POST"),
        (Method::PUT, "/v1/translate", "POST"),
    ] {
        let case = format!("{method} {path}");
        let reply = app.request(method, path, &[], None).await;
        reply.assert_fault(&case, 405);
        assert_eq!(reply.header("allow"), Some(allow), "{case}: Allow");
        let detail = reply.json(&case)["detail"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        assert!(
            detail.contains(path) && detail.ends_with(&format!("it takes {allow}")),
            "{case}: {detail}"
        );
    }
}

/// The valid range a status fault names is the route's own.
#[tokio::test]
async fn a_bad_status_names_the_range_of_its_route() {
    let app = spawn_app().await;
    let translate = app
        .request(
            Method::POST,
            "/v1/translate?status=700",
            &[],
            Some(r#"{"error":"Record not found"}"#),
        )
        .await;
    let rendered = app.get("/v1/errors/record-not-found?status=700").await;
    let by_status = app.get("/v1/status/302").await;
    for (case, reply, range) in [
        ("translate", translate, "from 200 to 599"),
        ("errors", rendered, "from 400 to 599"),
        ("status", by_status, "from 400 to 599"),
    ] {
        reply.assert_fault(case, 400);
        let detail = reply.json(case)["detail"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        assert!(detail.contains(range), "{case}: {detail}");
    }
}
