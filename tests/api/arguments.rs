//! Message arguments from the query string: strings as received, numbers
//! where the metadata says so, `.bare` when one is missing.

use crate::helpers::{spawn_app, LocaleTexts};

#[tokio::test]
async fn an_argument_fills_its_variable_and_a_missing_one_gives_the_bare_text() {
    let app = spawn_app().await;
    let bare = "param is missing or the value is empty or invalid";
    // The catalog's `.bare` is the text the service must fall back to.
    assert_eq!(
        LocaleTexts::read("en")
            .attribute("param-missing", "bare")
            .as_deref(),
        Some(bare),
        "locales/en/errors.ftl: param-missing.bare"
    );

    let cases = [
        (
            "/v1/errors/param-missing?param=status",
            "param is missing or the value is empty or invalid: status",
        ),
        ("/v1/errors/param-missing", bare),
        ("/v1/errors/param-missing?param=", bare),
        ("/v1/errors/param-missing?other=status", bare),
        (
            "/v1/errors/param-missing?param=a+b%2Cc",
            "param is missing or the value is empty or invalid: a b,c",
        ),
        // The last of a repeated name wins.
        (
            "/v1/errors/param-missing?param=first&param=last",
            "param is missing or the value is empty or invalid: last",
        ),
        // Numbers-looking values of string variables stay as received.
        (
            "/v1/errors/param-missing?param=1.50",
            "param is missing or the value is empty or invalid: 1.50",
        ),
        (
            "/v1/errors/param-missing?param=%C3%A9t%C3%A9",
            "param is missing or the value is empty or invalid: été",
        ),
        (
            "/v1/errors/domain-block-exists?name=007",
            "You have already imposed stricter limits on 007.",
        ),
        (
            "/v1/errors/domain-block-exists?name=1e3",
            "You have already imposed stricter limits on 1e3.",
        ),
        (
            "/v1/errors/domain-block-exists",
            "You have already imposed stricter limits on this domain.",
        ),
        ("/v1/errors/validation-failed", "Validation failed"),
    ];
    for (path, expected) in cases {
        let reply = app.get(path).await;
        let id = path
            .trim_start_matches("/v1/errors/")
            .split('?')
            .next()
            .unwrap();
        reply.assert_rendered(
            path,
            if id == "param-missing" { 400 } else { 422 },
            id,
            "en",
        );
        assert_eq!(reply.error(path), expected, "{path}");
    }
}

#[tokio::test]
async fn the_bare_text_is_localized_too() {
    let app = spawn_app().await;

    for tag in ["de", "fr", "ja", "ar"] {
        let texts = LocaleTexts::read(tag);
        for (id, query) in [
            ("param-missing", ""),
            ("param-missing", "?param="),
            ("domain-block-exists", ""),
        ] {
            let path = format!("/v1/errors/{id}{query}");
            let case = format!("{path} in {tag}");
            let reply = app.get_with(&path, &[("Accept-Language", tag)]).await;
            let expected = texts
                .attribute(id, "bare")
                .unwrap_or_else(|| panic!("locales/{tag}: {id}.bare"));
            assert_eq!(reply.header("content-language"), Some(tag), "{case}");
            assert_eq!(reply.error(&case), expected, "{case}");
            assert!(!reply.text().contains('$'), "{case}: {:?}", reply.text());
        }
    }
}

#[tokio::test]
async fn a_numeric_variable_refuses_what_is_not_a_number() {
    let app = spawn_app().await;

    for count in ["abc", "1e3", "NaN", "inf", "0x10", "1,5"] {
        let path = format!("/v1/errors/invalid-code-challenge-method?count={count}&methods=S256");
        app.get(&path).await.assert_fault(&path, 400);
    }
}

#[tokio::test]
async fn a_count_selects_the_english_plural_form() {
    let app = spawn_app().await;

    let cases = [
        (
            "count=0",
            "The authorization server does not support PKCE as there are no accepted code_challenge_method values.",
        ),
        ("count=1&methods=S256", "The code_challenge_method must be S256."),
        (
            "count=2&methods=S256%2C%20plain",
            "The code_challenge_method must be one of S256, plain.",
        ),
        (
            "count=3&methods=S256%2C%20plain%2C%20S512",
            "The code_challenge_method must be one of S256, plain, S512.",
        ),
    ];
    for (query, expected) in cases {
        let path = format!("/v1/errors/invalid-code-challenge-method?{query}");
        let reply = app.get(&path).await;
        reply.assert_rendered(&path, 400, "invalid-code-challenge-method", "en");
        assert_eq!(
            reply.field(&path, "error").as_deref(),
            Some("invalid_code_challenge_method"),
            "{path}: the OAuth code"
        );
        assert_eq!(
            reply.field(&path, "error_description").as_deref(),
            Some(expected),
            "{path}"
        );
    }
}

#[tokio::test]
async fn hostile_argument_values_stay_valid_json() {
    let app = spawn_app().await;

    // A quote, a backslash, a newline, a control character, a bidi override
    // and an emoji: all must come back as the same characters.
    let path = "/v1/errors/param-missing?param=%22%5C%0A%01%E2%80%AE%F0%9F%99%82";
    let reply = app.get(path).await;
    reply.assert_rendered(path, 400, "param-missing", "en");
    assert_eq!(
        reply.error(path),
        "param is missing or the value is empty or invalid: \"\\\n\u{1}\u{202e}🙂",
        "{path}"
    );

    // The limit is in bytes: 513 two-byte characters are 1026 bytes.
    let path = format!("/v1/errors/param-missing?param={}", "%C3%A9".repeat(513));
    app.get(&path)
        .await
        .assert_fault("513 two-byte characters", 400);
}
