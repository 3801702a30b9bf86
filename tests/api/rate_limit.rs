//! The rate-limit context: the hint in `error_description` and the
//! `Retry-After` header, from the query or the forwarded headers.

use std::time::{Duration, SystemTime};

use crate::helpers::{encode, spawn_app, Reply};
use crate::time::iso8601;

fn in_seconds(seconds: u64) -> String {
    iso8601(SystemTime::now() + Duration::from_secs(seconds))
}

fn ago(seconds: u64) -> String {
    iso8601(SystemTime::now() - Duration::from_secs(seconds))
}

/// Checks a rendered 429 whose wait is counted from now: the hint, and a
/// `Retry-After` within `seconds` (the clock moves between the two sides).
fn assert_hint_within(
    case: &str,
    reply: &Reply,
    hint: &str,
    seconds: std::ops::RangeInclusive<u64>,
) {
    reply.assert_rendered(case, 429, "rate-limited", "en");
    assert_eq!(
        reply.field(case, "error_description").as_deref(),
        Some(hint),
        "{case}"
    );
    let retry_after: u64 = reply
        .header("retry-after")
        .unwrap_or_else(|| panic!("{case}: no Retry-After"))
        .parse()
        .expect("Retry-After in whole seconds");
    assert!(
        seconds.contains(&retry_after),
        "{case}: Retry-After {retry_after}"
    );
}

/// Checks a rendered 429 with the hint and `Retry-After` given, or neither.
fn assert_hint(case: &str, reply: &Reply, hint: Option<&str>, retry_after: Option<&str>) {
    reply.assert_rendered(case, 429, "rate-limited", "en");
    assert_eq!(reply.error(case), "Too many requests", "{case}: error");
    assert_eq!(
        reply.field(case, "error_description").as_deref(),
        hint,
        "{case}: error_description"
    );
    assert_eq!(
        reply.header("retry-after"),
        retry_after,
        "{case}: Retry-After"
    );
}

#[tokio::test]
async fn retry_after_in_the_query_gives_a_hint_rounded_up() {
    let app = spawn_app().await;

    let cases = [
        ("300", Some("Try again in 5 minutes."), Some("300")),
        ("61", Some("Try again in 2 minutes."), Some("61")),
        ("60", Some("Try again in 1 minute."), Some("60")),
        ("59", Some("Try again in 59 seconds."), Some("59")),
        ("1", Some("Try again in 1 second."), Some("1")),
        ("3599", Some("Try again in 60 minutes."), Some("3599")),
        ("1.2", Some("Try again in 2 seconds."), Some("2")),
        ("3600", Some("Try again in 1 hour."), Some("3600")),
        ("3601", Some("Try again in 2 hours."), Some("3601")),
        ("0", None, None),
        // An empty value is no value.
        ("", None, None),
    ];
    for (retry_after, hint, header) in cases {
        let path = format!("/v1/errors/rate-limited?retry_after={retry_after}");
        assert_hint(&path, &app.get(&path).await, hint, header);
    }

    let path = "/v1/status/429?retry_after=10";
    assert_hint(
        path,
        &app.get(path).await,
        Some("Try again in 10 seconds."),
        Some("10"),
    );
}

#[tokio::test]
async fn the_hint_is_localized() {
    let app = spawn_app().await;

    let reply = app
        .get_with(
            "/v1/errors/rate-limited?retry_after=300",
            &[("Accept-Language", "fr")],
        )
        .await;
    reply.assert_rendered("fr, 300 s", 429, "rate-limited", "fr");
    assert_eq!(
        reply.field("fr, 300 s", "error_description").as_deref(),
        Some("Réessayez dans 5 minutes."),
    );
    assert_eq!(reply.header("retry-after"), Some("300"));
}

#[tokio::test]
async fn reset_in_the_query_counts_from_now() {
    let app = spawn_app().await;

    let reset = in_seconds(90);
    let path = format!("/v1/errors/rate-limited?reset={}", encode(&reset));
    let reply = app.get(&path).await;
    assert_hint_within(&path, &reply, "Try again in 2 minutes.", 89..=91);

    let past = format!("/v1/errors/rate-limited?reset={}", encode(&ago(30)));
    assert_hint(&past, &app.get(&past).await, None, None);
}

#[tokio::test]
async fn retry_after_wins_over_reset() {
    let app = spawn_app().await;

    let path = format!(
        "/v1/errors/rate-limited?reset={}&retry_after=5",
        encode(&in_seconds(7200))
    );
    assert_hint(
        &path,
        &app.get(&path).await,
        Some("Try again in 5 seconds."),
        Some("5"),
    );

    let case = "forwarded Retry-After and X-RateLimit-Reset";
    let reply = app
        .get_with(
            "/v1/errors/rate-limited",
            &[
                ("X-RateLimit-Reset", &in_seconds(7200)),
                ("Retry-After", "5"),
            ],
        )
        .await;
    assert_hint(case, &reply, Some("Try again in 5 seconds."), Some("5"));
}

#[tokio::test]
async fn forwarded_headers_work_like_the_query() {
    let app = spawn_app().await;

    let reply = app
        .get_with("/v1/errors/rate-limited", &[("Retry-After", "30")])
        .await;
    assert_hint(
        "Retry-After: 30",
        &reply,
        Some("Try again in 30 seconds."),
        Some("30"),
    );

    let reply = app
        .get_with("/v1/status/429", &[("X-RateLimit-Reset", &in_seconds(90))])
        .await;
    let case = "X-RateLimit-Reset in 90 s";
    assert_hint_within(case, &reply, "Try again in 2 minutes.", 89..=91);

    // RFC 9110 allows an HTTP-date in Retry-After.
    let date = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(120));
    let case = format!("Retry-After: {date}");
    let reply = app
        .get_with("/v1/errors/rate-limited", &[("Retry-After", &date)])
        .await;
    assert_hint_within(&case, &reply, "Try again in 2 minutes.", 118..=120);

    // An offset other than Z.
    let in_90s_at_plus_2 =
        iso8601(SystemTime::now() + Duration::from_secs(90 + 7200)).replace('Z', "+02:00");
    let case = format!("X-RateLimit-Reset: {in_90s_at_plus_2}");
    let reply = app
        .get_with(
            "/v1/errors/rate-limited",
            &[("X-RateLimit-Reset", &in_90s_at_plus_2)],
        )
        .await;
    assert_eq!(
        reply.field(&case, "error_description").as_deref(),
        Some("Try again in 2 minutes."),
        "{case}"
    );

    let reply = app
        .get_with(
            "/v1/errors/rate-limited",
            &[("X-RateLimit-Reset", &ago(30))],
        )
        .await;
    assert_hint("X-RateLimit-Reset in the past", &reply, None, None);

    let reply = app
        .get_with("/v1/errors/rate-limited", &[("Retry-After", "0")])
        .await;
    assert_hint("Retry-After: 0", &reply, None, None);
}

#[tokio::test]
async fn a_bad_query_context_is_a_fault_but_a_bad_forwarded_header_is_ignored() {
    let app = spawn_app().await;

    for path in [
        "/v1/errors/rate-limited?retry_after=abc",
        "/v1/errors/rate-limited?retry_after=-5",
        "/v1/errors/rate-limited?reset=tomorrow",
        "/v1/status/429?retry_after=abc",
    ] {
        app.get(path).await.assert_fault(path, 400);
    }

    for (name, value) in [
        ("Retry-After", "abc"),
        ("Retry-After", "-5"),
        ("X-RateLimit-Reset", "tomorrow"),
    ] {
        let case = format!("forwarded {name}: {value}");
        let reply = app
            .get_with("/v1/errors/rate-limited", &[(name, value)])
            .await;
        assert_hint(&case, &reply, None, None);
    }

    // A garbled Retry-After does not hide a valid reset beside it.
    let reset = in_seconds(90);
    let reply = app
        .get_with(
            "/v1/status/429",
            &[("Retry-After", "{garbage}"), ("X-RateLimit-Reset", &reset)],
        )
        .await;
    assert_eq!(
        reply
            .field("garbled Retry-After", "error_description")
            .as_deref(),
        Some("Try again in 2 minutes.")
    );
}

#[tokio::test]
async fn no_hint_on_other_statuses() {
    let app = spawn_app().await;

    let cases = [
        (
            "/v1/errors/record-not-found?retry_after=30",
            404,
            "record-not-found",
        ),
        (
            "/v1/errors/rate-limited?status=503&retry_after=30",
            503,
            "rate-limited",
        ),
        ("/v1/status/503?retry_after=30", 503, "temporary-failure"),
        (
            "/v1/errors/translation-rate-limited?retry_after=30",
            503,
            "translation-rate-limited",
        ),
    ];
    for (path, status, id) in cases {
        let reply = app.get_with(path, &[("Retry-After", "30")]).await;
        reply.assert_rendered(path, status, id, "en");
        assert_eq!(
            reply.field(path, "error_description"),
            None,
            "{path}: no hint"
        );
        assert_eq!(reply.header("retry-after"), None, "{path}: no Retry-After");
    }
}

/// One rule for absurd waits, whatever their source and route: over 7 days
/// (604,800 s) is a fault in the query and ignored in a forwarded header,
/// never a `Retry-After` of centuries; 7 days exactly is told.
#[tokio::test]
async fn an_absurd_wait_is_refused_from_every_source() {
    let app = spawn_app().await;
    let far = "9999-12-31T23:59:59Z";
    let far_date = "Fri, 31 Dec 9999 23:59:59 GMT";
    for route in ["/v1/errors/rate-limited?", "/v1/status/429?"] {
        for query in [
            "retry_after=10000000000".to_owned(),
            "retry_after=604801".to_owned(),
            format!("reset={}", encode(far)),
            format!("retry_after={}", encode(far_date)),
        ] {
            let path = format!("{route}{query}");
            app.get(&path).await.assert_fault(&path, 400);
        }
        for (name, value) in [
            ("Retry-After", "99999999999"),
            ("Retry-After", far_date),
            ("X-RateLimit-Reset", far),
        ] {
            let case = format!("{route} forwarded {name}: {value}");
            let reply = app.get_with(route, &[(name, value)]).await;
            assert_hint(&case, &reply, None, None);
        }
    }
    let path = "/v1/translate?status=429&reset=9999-12-31T23%3A59%3A59Z";
    let body = Some(r#"{"error":"Too many requests"}"#);
    app.request(reqwest::Method::POST, path, &[], body)
        .await
        .assert_fault(path, 400);
    let reply = app
        .request(
            reqwest::Method::POST,
            "/v1/translate?status=429",
            &[("X-RateLimit-Reset", far)],
            body,
        )
        .await;
    assert_hint("translate, forwarded reset in 9999", &reply, None, None);

    let reply = app.get("/v1/errors/rate-limited?retry_after=604800").await;
    assert_hint(
        "7 days exactly",
        &reply,
        Some("Try again in 168 hours."),
        Some("604800"),
    );
}

/// A reset in the past adds nothing, even one before 1970.
#[tokio::test]
async fn a_reset_before_1970_is_in_the_past() {
    let app = spawn_app().await;
    for reset in ["1969-12-31T23:59:59Z", "0000-01-01T00:00:00Z"] {
        let path = format!("/v1/errors/rate-limited?reset={}", encode(reset));
        assert_hint(&path, &app.get(&path).await, None, None);
        let case = format!("forwarded X-RateLimit-Reset: {reset}");
        let reply = app
            .get_with("/v1/status/429", &[("X-RateLimit-Reset", reset)])
            .await;
        assert_hint(&case, &reply, None, None);
    }
}
