//! Language negotiation as a client sees it (the full table is unit-tested
//! in `src/negotiation`).

use reqwest::header::{HeaderMap, HeaderValue, ACCEPT_LANGUAGE};

use crate::helpers::{ftl_text, spawn_app};

#[tokio::test]
async fn accept_language_picks_the_locale() {
    let app = spawn_app().await;

    // The matching rules are the unit table's (src/negotiation/cases.txt);
    // these check that the header reaches them and the answer says so.
    let cases = [
        ("fr-CH, de;q=0.8", "fr"),
        ("de;q=1e309, fr", "fr"),
        ("de-AT, de;q=0", "en"),
        ("xx, yy-ZZ", "en"),
        ("*", "en"),
    ];
    for (header, locale) in cases {
        let case = format!("Accept-Language: {header}");
        let reply = app
            .get_with(
                "/v1/errors/record-not-found",
                &[("Accept-Language", header)],
            )
            .await;
        reply.assert_rendered(&case, 404, "record-not-found", locale);
        assert_eq!(
            reply.error(&case),
            ftl_text(locale, "record-not-found"),
            "{case}: the text of {locale}"
        );
    }
}

#[tokio::test]
async fn locale_parameter_comes_first() {
    let app = spawn_app().await;

    let cases = [
        ("?locale=de", "fr", "de"),
        ("?locale=DE", "fr", "de"),
        ("?locale=pt_br", "fr", "pt-BR"),
        ("?locale=zh-Hant", "fr", "zh-TW"),
        ("?locale=de-AT", "fr", "de"),
        // Valid, not served: Accept-Language decides.
        ("?locale=xx-YY", "ja", "ja"),
        ("?locale=tlh", "ko", "ko"),
        ("?locale=xx-YY", "", "en"),
        // Empty: no value.
        ("?locale=", "ja", "ja"),
    ];
    for (query, header, locale) in cases {
        let case = format!("{query} with Accept-Language: {header}");
        let path = format!("/v1/errors/record-not-found{query}");
        let reply = app.get_with(&path, &[("Accept-Language", header)]).await;
        reply.assert_rendered(&case, 404, "record-not-found", locale);
        assert_eq!(
            reply.error(&case),
            ftl_text(locale, "record-not-found"),
            "{case}"
        );
    }
}

#[tokio::test]
async fn an_invalid_locale_parameter_is_a_fault() {
    let app = spawn_app().await;

    for locale in ["not%20a%20tag%21", "12", "de_", "-", "a", "toolonglanguage"] {
        let path = format!("/v1/errors/record-not-found?locale={locale}");
        app.get_with(&path, &[("Accept-Language", "de")])
            .await
            .assert_fault(&path, 400);
    }
}

#[tokio::test]
async fn right_to_left_locales_render_without_isolation_marks() {
    let app = spawn_app().await;

    let case = "param-missing?param=status in ar";
    let reply = app
        .get_with(
            "/v1/errors/param-missing?param=status",
            &[("Accept-Language", "ar")],
        )
        .await;
    reply.assert_rendered(case, 400, "param-missing", "ar");
    let text = reply.error(case);
    assert!(text.contains("status"), "{case}: {text:?}");
    assert!(
        !text.contains(['\u{2068}', '\u{2069}']),
        "{case}: isolation marks in {text:?}"
    );
}

#[tokio::test]
async fn only_the_first_32_members_count() {
    let app = spawn_app().await;
    // Unserved but well-formed members, then `de`.
    let members = |n: usize| vec!["xx"; n].join(", ");

    for (case, header, locale) in [
        ("31 members, then de", format!("{}, de", members(31)), "de"),
        ("32 members, then de", format!("{}, de", members(32)), "en"),
        // Empty members do not count.
        (
            "31 members, empty ones, then de",
            format!("{}, , ,, de", members(31)),
            "de",
        ),
        ("4 KiB, then de", format!("{}, de", "x".repeat(4000)), "de"),
        (
            "over 4 KiB, then de",
            format!("{}, de", "x".repeat(4100)),
            "en",
        ),
    ] {
        let reply = app
            .get_with(
                "/v1/errors/record-not-found",
                &[("Accept-Language", &header)],
            )
            .await;
        reply.assert_rendered(case, 404, "record-not-found", locale);
    }
}

/// Tags with extensions are valid BCP 47 and common in practice: Android 14
/// adds regional preferences (`de-DE-u-mu-celsius`) to the tags apps send.
/// RFC 4647 lookup truncates them to what is served.
#[tokio::test]
async fn accept_language_tags_with_extensions_match_by_truncation() {
    let app = spawn_app().await;

    let mut failures = Vec::new();
    for (header, locale) in [
        ("de-DE-u-mu-celsius", "de"),
        ("ja-JP-u-ca-japanese", "ja"),
        ("de-DE-x-foo", "de"),
        ("fr-CH-u-fw-mon, de;q=0.8", "fr"),
    ] {
        let reply = app
            .get_with(
                "/v1/errors/record-not-found",
                &[("Accept-Language", header)],
            )
            .await;
        let got = (reply.status, reply.header("content-language"));
        if got != (404, Some(locale)) {
            failures.push(format!(
                "Accept-Language: {header}: expected 404 in {locale}, got {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// `?locale=` with a valid tag: served (by truncation) or, if not, falling
/// through to `Accept-Language`; never a fault.
#[tokio::test]
async fn locale_parameter_accepts_every_valid_tag() {
    let app = spawn_app().await;

    let mut failures = Vec::new();
    for (tag, locale) in [
        ("de-DE-u-mu-celsius", "de"),
        ("ja-JP-u-ca-japanese", "ja"),
        ("de-DE-x-foo", "de"),
        ("de-CH-1996", "de"),
        // Valid, not served: Accept-Language decides.
        ("und", "fr"),
        ("x-private", "fr"),
    ] {
        let reply = app
            .get_with(
                &format!("/v1/errors/record-not-found?locale={tag}"),
                &[("Accept-Language", "fr")],
            )
            .await;
        let got = (reply.status, reply.header("content-language"));
        if got != (404, Some(locale)) {
            failures.push(format!(
                "?locale={tag} with Accept-Language: fr: expected 404 in {locale}, got {got:?} {:?}",
                reply.text()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// RFC 9110 §5.3: several field lines of a list header are one list, in
/// order; a proxy may forward them either way.
#[tokio::test]
async fn repeated_accept_language_lines_are_one_list() {
    let app = spawn_app().await;

    let mut headers = HeaderMap::new();
    headers.append(ACCEPT_LANGUAGE, HeaderValue::from_static("xx"));
    headers.append(ACCEPT_LANGUAGE, HeaderValue::from_static("de"));
    let response = app
        .client
        .get(app.url("/v1/errors/record-not-found"))
        .headers(headers)
        .send()
        .await
        .expect("a response");

    assert_eq!(response.status().as_u16(), 404);
    assert_eq!(
        response
            .headers()
            .get("content-language")
            .and_then(|v| v.to_str().ok()),
        Some("de"),
        "Accept-Language: xx and Accept-Language: de on two lines are `xx, de`"
    );
}

/// The client's `?lang=`, forwarded by a gateway: Mastodon's own rule, an
/// exact served locale or nothing; after `?locale=`, before the header.
#[tokio::test]
async fn lang_parameter_as_mastodon_takes_it() {
    let app = spawn_app().await;
    let french = [("Accept-Language", "fr")];
    let cases = [
        ("lang=de", "de"),
        ("lang=pt-BR", "pt-BR"),
        ("lang=de-AT", "fr"),
        ("lang=xx", "fr"),
        ("lang=not%20a%20tag", "fr"),
        ("lang=", "fr"),
        ("locale=it&lang=de", "it"),
    ];
    for (query, locale) in cases {
        let reply = app
            .get_with(&format!("/v1/status/404?{query}"), &french)
            .await;
        reply.assert_rendered(query, 404, "record-not-found", locale);
    }
}
