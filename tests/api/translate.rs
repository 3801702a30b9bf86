//! `POST /v1/translate`: recognition of every upstream text, passthrough of
//! everything else byte for byte, and the body's other bytes kept.

use reqwest::Method;
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::helpers::{ftl_text, spawn_app, spawn_app_with, upstream_rows, Reply, TestApp};

async fn post(app: &TestApp, query: &str, headers: &[(&str, &str)], body: &str) -> Reply {
    app.request(
        Method::POST,
        &format!("/v1/translate{query}"),
        headers,
        Some(body),
    )
    .await
}

fn near_misses() -> Vec<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/near-misses.txt");
    std::fs::read_to_string(path)
        .expect("tests/data/near-misses.txt is readable")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(str::to_owned)
        .collect()
}

#[tokio::test]
async fn the_headline_record_not_found_in_german() {
    let app = spawn_app().await;
    let reply = post(
        &app,
        "?status=404",
        &[("Accept-Language", "de")],
        r#"{"error":"Record not found"}"#,
    )
    .await;
    reply.assert_rendered("de", 404, "record-not-found", "de");
    assert_eq!(reply.error("de"), ftl_text("de", "record-not-found"));
}

#[tokio::test]
async fn validation_failed_keeps_the_carried_text_and_the_details() {
    let app = spawn_app().await;
    let details = r#"{"text":[{"error":"ERR_BLANK","description":"can't be blank"}]}"#;
    let body =
        format!(r#"{{"error":"Validation failed: Text can't be blank","details":{details}}}"#);
    let reply = post(&app, "?status=422", &[("Accept-Language", "fr")], &body).await;
    reply.assert_rendered("fr", 422, "validation-failed", "fr");
    let error = reply.error("fr");
    assert!(error.ends_with("Text can't be blank"), "{error}");
    assert!(
        !error.starts_with("Validation failed"),
        "the prefix is translated: {error}"
    );
    assert!(
        reply.text().contains(&format!(r#","details":{details}}}"#)),
        "details unchanged: {}",
        reply.text()
    );
}

#[tokio::test]
async fn every_upstream_text_is_recognized() {
    let app = spawn_app().await;
    let messages: Value = app.get("/v1/messages").await.json("messages");
    let oauth_code = |id: &str| {
        messages
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["id"] == id)
            .and_then(|m| m["oauth_error"].as_str().map(str::to_owned))
    };
    let rows = upstream_rows();
    // The English rendering of a current row is its own text.
    let current: std::collections::HashMap<(String, String), String> = rows
        .iter()
        .filter(|r| r.kind == "current")
        .map(|r| ((r.id.clone(), format!("{:?}", r.args)), r.text.clone()))
        .collect();
    for row in &rows {
        let case = format!("upstream.tsv:{} {:?}", row.line, row.text);
        let body = match oauth_code(&row.id) {
            Some(code) => serde_json::json!({"error": code, "error_description": row.text}),
            None => serde_json::json!({"error": row.text}),
        }
        .to_string();
        let reply = post(&app, "?locale=en", &[], &body).await;
        assert_eq!(
            reply.header("error-l10n-result"),
            Some("rendered"),
            "{case}: {}",
            reply.text()
        );
        assert_eq!(
            reply.header("error-l10n-id"),
            Some(row.id.as_str()),
            "{case}"
        );
        let text = match oauth_code(&row.id) {
            Some(_) => reply.field(&case, "error_description").unwrap(),
            None => reply.error(&case),
        };
        if let Some(expected) = current.get(&(row.id.clone(), format!("{:?}", row.args))) {
            assert_eq!(
                &text, expected,
                "{case}: English renders the current wording"
            );
        }
        // And in another language it is not left in English.
        let reply = post(&app, "?locale=de", &[], &body).await;
        assert_eq!(reply.header("content-language"), Some("de"), "{case}");
        assert_ne!(reply.text(), body, "{case}: translated into German");
    }
}

#[tokio::test]
async fn near_misses_and_foreign_texts_pass_through_byte_for_byte() {
    let app = spawn_app().await;
    let bodies = near_misses();
    assert!(bodies.len() >= 30, "keep at least 30 near misses");
    for body in bodies {
        let reply = post(&app, "?status=422", &[("Accept-Language", "de")], &body).await;
        assert_eq!(reply.status, 422, "{body}");
        assert_eq!(
            reply.header("error-l10n-result"),
            Some("passthrough"),
            "{body}"
        );
        assert_eq!(reply.text(), body, "passthrough is byte for byte");
        assert_eq!(reply.header("content-language"), None, "{body}");
        assert_eq!(reply.header("error-l10n-id"), None, "{body}");
    }
}

#[tokio::test]
async fn only_the_message_changes() {
    let app = spawn_app().await;
    let before = r#"{ "id" : 7, "ratio": 1.50, "big": 1e400, "error" : "Record not found", "nested": {"a": [1, 2.0, "\u00e9"]}, "unexpected_accounts": [{"id":"1"}] , "z":null }"#;
    let reply = post(&app, "", &[("Accept-Language", "de")], before).await;
    reply.assert_rendered("order", 200, "record-not-found", "de");
    let expected = before.replace(
        r#""Record not found""#,
        &serde_json::to_string(&ftl_text("de", "record-not-found")).unwrap(),
    );
    assert_eq!(reply.text(), expected);
}

#[tokio::test]
async fn oauth_bodies_keep_the_code_and_translate_the_description() {
    let app = spawn_app().await;
    let english = "The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.";
    let body =
        format!(r#"{{"error":"invalid_grant","error_description":"{english}","state":"xyz"}}"#);
    let reply = post(&app, "?status=400", &[("Accept-Language", "es")], &body).await;
    reply.assert_rendered("es", 400, "invalid-grant", "es");
    let json = reply.json("es");
    assert_eq!(json["error"], "invalid_grant");
    assert_eq!(json["error_description"], ftl_text("es", "invalid-grant"));
    assert_eq!(json["state"], "xyz");
    let keys: Vec<&String> = json.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["error", "error_description", "state"], "order kept");

    let strict = spawn_app_with(|s| s.oauth_strict = true).await;
    let reply = post(&strict, "?status=400", &[("Accept-Language", "es")], &body).await;
    let json = reply.json("strict");
    assert_eq!(
        json["error_description"], english,
        "strict keeps the upstream's description"
    );
    assert_eq!(
        json["error_description_localized"],
        ftl_text("es", "invalid-grant")
    );
    assert_eq!(json["state"], "xyz");

    // A known code with a description this catalog does not know.
    let unknown = r#"{"error":"invalid_grant","error_description":"Something else entirely."}"#;
    let reply = post(&app, "?status=400", &[("Accept-Language", "es")], unknown).await;
    assert_eq!(reply.header("error-l10n-result"), Some("passthrough"));
    assert_eq!(reply.text(), unknown);
}

#[tokio::test]
async fn a_429_gets_the_hint_from_the_forwarded_headers() {
    let app = spawn_app().await;
    let body = r#"{"error":"Too many requests"}"#;
    let reply = post(
        &app,
        "?status=429",
        &[("Accept-Language", "en"), ("Retry-After", "90")],
        body,
    )
    .await;
    reply.assert_rendered("hint", 429, "rate-limited", "en");
    assert_eq!(reply.header("retry-after"), Some("90"));
    assert_eq!(
        reply.field("hint", "error_description").as_deref(),
        Some("Try again in 2 minutes.")
    );

    let reply = post(
        &app,
        "?status=429&retry_after=5",
        &[("Accept-Language", "en")],
        body,
    )
    .await;
    assert_eq!(
        reply.field("query", "error_description").as_deref(),
        Some("Try again in 5 seconds.")
    );

    // No context, or not a 429: no hint.
    let reply = post(&app, "?status=429", &[], body).await;
    assert_eq!(reply.text(), r#"{"error":"Too many requests"}"#);
    assert_eq!(reply.header("retry-after"), None);
    let reply = post(&app, "?status=503", &[("Retry-After", "90")], body).await;
    assert_eq!(reply.header("retry-after"), None);
    assert!(!reply.text().contains("error_description"));
}

#[tokio::test]
async fn bad_bodies_are_faults() {
    let app = spawn_app().await;
    for (case, body, status) in [
        ("empty", "", 400),
        ("not JSON", "Record not found", 400),
        ("truncated", r#"{"error":"Record not found""#, 400),
        ("trailing garbage", r#"{"error":"Record not found"} x"#, 400),
        // Found by the translate fuzz target: a value of another type
        // than an object, then more, is not JSON at all (it was a 422).
        ("a number, then more", "429 30", 400),
        ("an array, then more", r#"["Record not found"] x"#, 400),
        ("a string, then garbage", r#""Record not found"}"#, 400),
        ("an array", r#"["Record not found"]"#, 422),
        ("a string", r#""Record not found""#, 422),
        ("null", "null", 422),
        ("no error", r#"{"message":"Record not found"}"#, 422),
        ("error not a string", r#"{"error":404}"#, 422),
        ("error null", r#"{"error":null}"#, 422),
        (
            "error twice",
            r#"{"error":"Record not found","error":"x"}"#,
            422,
        ),
    ] {
        post(&app, "?status=404", &[], body)
            .await
            .assert_fault(case, status);
    }
    for (case, query) in [
        ("status 700", "?status=700"),
        ("status abc", "?status=abc"),
        ("bad locale", "?locale=@@"),
    ] {
        post(&app, query, &[], r#"{"error":"Record not found"}"#)
            .await
            .assert_fault(case, 400);
    }
    let reply = app.request(Method::GET, "/v1/translate", &[], None).await;
    reply.assert_fault("GET", 405);
}

#[tokio::test]
async fn invalid_utf8_is_a_fault() {
    let app = spawn_app().await;
    let response = app
        .client
        .post(app.url("/v1/translate"))
        .body(b"{\"error\":\"Record not found\xff\"}".to_vec())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 400);
    assert_eq!(response.headers()["error-l10n-result"], "fault");
}

#[tokio::test]
async fn the_body_limit_is_a_setting() {
    let app = spawn_app_with(|s| s.body_limit = 100).await;
    let padding = "x".repeat(100);
    let body = format!(r#"{{"error":"Record not found","pad":"{padding}"}}"#);
    post(&app, "", &[], &body)
        .await
        .assert_fault("over the limit", 413);
    let reply = post(&app, "", &[], r#"{"error":"Record not found"}"#).await;
    assert_eq!(reply.header("error-l10n-result"), Some("rendered"));
    // The default is 64 KiB.
    let app = spawn_app().await;
    let big = format!(
        r#"{{"error":"Record not found","pad":"{}"}}"#,
        "x".repeat(64 * 1024)
    );
    post(&app, "", &[], &big)
        .await
        .assert_fault("default limit", 413);
    let fits = format!(
        r#"{{"error":"Record not found","pad":"{}"}}"#,
        "x".repeat(60 * 1024)
    );
    assert_eq!(
        post(&app, "", &[], &fits).await.header("error-l10n-result"),
        Some("rendered")
    );
}

#[tokio::test]
async fn a_chunked_body_is_read_whole() {
    let app = spawn_app().await;
    let address = app.address.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(address).await.unwrap();
    let head = "POST /v1/translate?status=404 HTTP/1.1\r\nHost: sidecar\r\nAccept-Language: de\r\n\
                Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
    stream.write_all(head.as_bytes()).await.unwrap();
    for chunk in [r#"{"error":"Rec"#, r#"ord not "#, r#"found"}"#] {
        stream
            .write_all(format!("{:x}\r\n{chunk}\r\n", chunk.len()).as_bytes())
            .await
            .unwrap();
    }
    stream.write_all(b"0\r\n\r\n").await.unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).await.unwrap();
    assert!(response.starts_with("HTTP/1.1 404"), "{response}");
    let expected = serde_json::json!({"error": ftl_text("de", "record-not-found")}).to_string();
    assert!(response.ends_with(&expected), "{response}");
}
