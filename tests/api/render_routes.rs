//! The two render routes: the headline case, any method, `/v1/status/{code}`
//! and `?status=`.

use reqwest::Method;

use crate::helpers::{ftl_text, spawn_app};

#[tokio::test]
async fn rate_limited_in_french_for_a_swiss_french_client() {
    let app = spawn_app().await;

    let reply = app
        .get_with(
            "/v1/errors/rate-limited",
            &[("Accept-Language", "fr-CH, de;q=0.8")],
        )
        .await;

    reply.assert_rendered("fr-CH, de;q=0.8", 429, "rate-limited", "fr");
    let french = ftl_text("fr", "rate-limited");
    assert_eq!(
        reply.json("headline"),
        serde_json::json!({ "error": french }),
        "the whole body is the French message"
    );
}

#[tokio::test]
async fn render_routes_answer_every_method_alike() {
    let app = spawn_app().await;
    let english = ftl_text("en", "record-not-found");
    let expected = serde_json::json!({ "error": english });

    for path in ["/v1/errors/record-not-found", "/v1/status/404"] {
        for method in [
            Method::GET,
            Method::POST,
            Method::PUT,
            Method::PATCH,
            Method::DELETE,
        ] {
            let case = format!("{method} {path}");
            // A body, as a client's request keeps it through `error_page`:
            // ignored, whatever it says.
            let reply = app
                .request(
                    method.clone(),
                    path,
                    &[("Content-Type", "application/json")],
                    Some(r#"{"status": "hello", "locale": "de"}"#),
                )
                .await;
            reply.assert_rendered(&case, 404, "record-not-found", "en");
            assert_eq!(reply.json(&case), expected, "{case}: body");
        }
    }
}

#[tokio::test]
async fn head_gives_the_headers_and_no_body() {
    let app = spawn_app().await;

    for path in ["/v1/errors/record-not-found", "/v1/status/404"] {
        let case = format!("HEAD {path}");
        let reply = app
            .request(Method::HEAD, path, &[("Accept-Language", "de")], None)
            .await;
        reply.assert_rendered(&case, 404, "record-not-found", "de");
        assert_eq!(reply.text(), "", "{case}: a HEAD response has no body");
    }
}

#[tokio::test]
async fn status_route_maps_each_status_to_its_message() {
    let app = spawn_app().await;
    let table = [
        (400, "http-400"),
        (401, "token-invalid"),
        (403, "not-permitted"),
        (404, "record-not-found"),
        (406, "http-406"),
        (409, "http-409"),
        (410, "http-410"),
        (413, "http-413"),
        (422, "http-422"),
        (429, "rate-limited"),
        (500, "http-500"),
        (502, "http-502"),
        (503, "temporary-failure"),
        (504, "http-504"),
        // Any other code of each class: the generic message, with that code.
        (402, "http-4xx"),
        (418, "http-4xx"),
        (451, "http-4xx"),
        (499, "http-4xx"),
        (501, "http-5xx"),
        (599, "http-5xx"),
    ];

    for (status, id) in table {
        let case = format!("/v1/status/{status}");
        let reply = app.get(&case).await;
        reply.assert_rendered(&case, status, id, "en");
        assert_eq!(
            reply.error(&case),
            ftl_text("en", id),
            "{case}: the English text of {id}"
        );
    }
}

#[tokio::test]
async fn status_route_refuses_what_is_not_an_error_status() {
    let app = spawn_app().await;

    for code in [
        "200", "399", "600", "99999", "abc", "4o4", "0429", "-404", "404.0", "+404", "%20404",
    ] {
        let case = format!("/v1/status/{code}");
        app.get(&case).await.assert_fault(&case, 400);
    }
}

#[tokio::test]
async fn status_parameter_overrides_the_canonical_status() {
    let app = spawn_app().await;

    let cases = [
        ("/v1/errors/user-required", 401),
        ("/v1/errors/user-required?status=422", 422),
        ("/v1/errors/record-not-found?status=410", 410),
        ("/v1/errors/temporary-failure?status=500", 500),
        // An empty value is no value.
        ("/v1/errors/user-required?status=", 401),
    ];
    for (path, status) in cases {
        let reply = app.get(path).await;
        let id = path
            .trim_start_matches("/v1/errors/")
            .split('?')
            .next()
            .unwrap();
        reply.assert_rendered(path, status, id, "en");
        assert_eq!(reply.error(path), ftl_text("en", id), "{path}: text");
    }

    for path in [
        "/v1/errors/user-required?status=700",
        "/v1/errors/user-required?status=abc",
        "/v1/errors/user-required?status=200",
        "/v1/errors/user-required?status=399",
        "/v1/errors/user-required?status=0422",
    ] {
        app.get(path).await.assert_fault(path, 400);
    }
}
