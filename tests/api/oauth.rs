//! OAuth bodies: `error` is the code, `error_description` localized; with
//! `oauth_strict`, English printable ASCII plus `error_description_localized`.

use serde_json::json;

use crate::helpers::{ftl_text, spawn_app, spawn_app_with, LocaleTexts};

const INVALID_GRANT_EN: &str = "The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.";

/// RFC 6749 §5.2: printable ASCII except `"` and `\`.
fn rfc6749_safe(text: &str) -> bool {
    text.chars()
        .all(|c| matches!(c, ' '..='~') && c != '"' && c != '\\')
}

#[tokio::test]
async fn oauth_description_is_localized_and_the_code_is_not() {
    let app = spawn_app().await;

    let reply = app
        .get_with("/v1/errors/invalid-grant", &[("Accept-Language", "de")])
        .await;

    reply.assert_rendered("invalid-grant in de", 400, "invalid-grant", "de");
    assert_eq!(
        reply.json("invalid-grant in de"),
        json!({
            "error": "invalid_grant",
            "error_description": ftl_text("de", "invalid-grant"),
        })
    );
}

#[tokio::test]
async fn oauth_strict_keeps_the_description_english_and_ascii() {
    let app = spawn_app_with(|s| s.oauth_strict = true).await;

    let case = "strict invalid-grant in de";
    let reply = app
        .get_with("/v1/errors/invalid-grant", &[("Accept-Language", "de")])
        .await;
    reply.assert_rendered(case, 400, "invalid-grant", "de");
    assert_eq!(
        reply.json(case),
        json!({
            "error": "invalid_grant",
            "error_description": INVALID_GRANT_EN,
            "error_description_localized": ftl_text("de", "invalid-grant"),
        }),
        "{case}"
    );

    // The German text of insufficient-scope has „…“, the English one `"`:
    // neither may reach `error_description`.
    for tag in ["en", "de", "ja"] {
        let case = format!("strict insufficient-scope?scopes=read in {tag}");
        let reply = app
            .get_with(
                "/v1/errors/insufficient-scope?scopes=read",
                &[("Accept-Language", tag)],
            )
            .await;
        reply.assert_rendered(&case, 403, "insufficient-scope", tag);
        assert_eq!(
            reply.field(&case, "error").as_deref(),
            Some("insufficient_scope")
        );
        let description = reply
            .field(&case, "error_description")
            .unwrap_or_else(|| panic!("{case}: no error_description"));
        assert!(
            rfc6749_safe(&description),
            "{case}: error_description is not RFC 6749 safe: {description:?}"
        );
        assert!(
            description.starts_with("Access to this resource requires scope")
                && description.contains("read"),
            "{case}: the English text with the value: {description:?}"
        );
        let localized = LocaleTexts::read(tag)
            .text("insufficient-scope", &[("scopes", "read")])
            .expect("a shipped translation");
        assert_eq!(
            reply.field(&case, "error_description_localized"),
            Some(localized),
            "{case}: error_description_localized"
        );
    }

    // A value the client chose is sanitized as well.
    let case = "strict param with non-ASCII and a backslash";
    let reply = app
        .get("/v1/errors/invalid-request-missing-param?value=gr%C3%A4nt%5C%22type")
        .await;
    let description = reply
        .field(case, "error_description")
        .expect("a description");
    assert!(rfc6749_safe(&description), "{case}: {description:?}");
    assert!(
        description.starts_with("Missing required parameter: gr"),
        "{case}: {description:?}"
    );
    assert_eq!(
        reply.field(case, "error_description_localized").as_deref(),
        Some("Missing required parameter: gränt\\\"type."),
        "{case}"
    );
}

#[tokio::test]
async fn oauth_strict_leaves_other_errors_alone() {
    let app = spawn_app_with(|s| s.oauth_strict = true).await;

    let case = "strict record-not-found in de";
    let reply = app
        .get_with("/v1/errors/record-not-found", &[("Accept-Language", "de")])
        .await;
    reply.assert_rendered(case, 404, "record-not-found", "de");
    assert_eq!(
        reply.json(case),
        json!({ "error": ftl_text("de", "record-not-found") }),
        "{case}"
    );
}

#[tokio::test]
async fn without_strict_there_is_no_localized_field() {
    let app = spawn_app().await;

    let case = "insufficient-scope?scopes=read in en";
    let reply = app.get("/v1/errors/insufficient-scope?scopes=read").await;
    assert_eq!(
        reply.json(case),
        json!({
            "error": "insufficient_scope",
            "error_description": "Access to this resource requires scope \"read\".",
        }),
        "{case}"
    );
}
