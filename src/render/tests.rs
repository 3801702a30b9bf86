use super::*;
use crate::catalog::{Catalog, LocaleFiles, SourceFolder};
use crate::format::{oauth_safe, ArgumentError, MAX_ARGUMENT_BYTES};
use crate::metadata::MessageMeta;
use std::sync::OnceLock;

fn compiled() -> &'static Compiled {
    static COMPILED: OnceLock<Compiled> = OnceLock::new();
    COMPILED.get_or_init(|| {
        let mut files = LocaleFiles::embedded();
        // A partial locale (Ainu, not shipped), to see the chain fall through.
        files.folders.push(SourceFolder {
            name: "ain".into(),
            files: vec![(
                "errors.ftl".into(),
                "record-not-found = Rikordo ne trovita\n".into(),
            )],
        });
        Compiled::new(Catalog::load(files, "en").unwrap())
    })
}

fn locale(tag: &str) -> LocaleId {
    compiled()
        .catalog
        .locales()
        .find(|(_, l)| l.tag_text == tag)
        .unwrap()
        .0
}

fn owned(args: &[(&str, &str)]) -> Vec<(String, String)> {
    args.iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn render_with(
    id: &str,
    chain: &[&str],
    args: &[(&str, &str)],
    wait: Option<u64>,
) -> Result<Rendered, ArgumentError> {
    let c = compiled();
    let message = c.catalog.metadata.routable(id).unwrap();
    let chain: Vec<LocaleId> = chain.iter().map(|t| locale(t)).collect();
    let context = Context {
        status: c.catalog.metadata[message.id()].canonical_status(),
        chain: &chain,
        wait,
        oauth_strict: false,
    };
    c.render(message, &owned(args), &context)
}

fn body(id: &str, chain: &[&str], args: &[(&str, &str)], wait: Option<u64>) -> serde_json::Value {
    serde_json::from_slice(&render_with(id, chain, args, wait).unwrap().body).unwrap()
}

#[test]
fn the_chain_falls_through_per_message() {
    let found = render_with("record-not-found", &["ain", "en"], &[], None).unwrap();
    assert_eq!(found.locale, locale("ain"));
    assert_eq!(found.body, r#"{"error":"Rikordo ne trovita"}"#);
    let fallback = render_with("rate-limited", &["ain", "de", "en"], &[], None).unwrap();
    assert_eq!(fallback.locale, locale("de"));
}

#[test]
fn missing_arguments_give_the_bare_text() {
    let full = body("param-missing", &["en"], &[("param", "status")], None);
    assert_eq!(
        full["error"],
        "param is missing or the value is empty or invalid: status"
    );
    for args in [&[][..], &[("param", "")][..], &[("other", "x")][..]] {
        let bare = body("param-missing", &["en"], args, None);
        assert_eq!(
            bare["error"], "param is missing or the value is empty or invalid",
            "{args:?}"
        );
    }
    // A selected variant that needs a missing variable also falls to .bare.
    let pkce = body(
        "invalid-code-challenge-method",
        &["en"],
        &[("count", "1")],
        None,
    );
    assert_eq!(
        pkce["error_description"],
        "The code_challenge_method is not supported by the authorization server."
    );
}

#[test]
fn the_last_repeated_argument_wins() {
    let b = body(
        "domain-block-exists",
        &["en"],
        &[("name", "a.example"), ("name", "b.example")],
        None,
    );
    assert_eq!(
        b["error"],
        "You have already imposed stricter limits on b.example."
    );
}

#[test]
fn strings_stay_strings_and_numbers_must_be_numbers() {
    let b = body("domain-block-exists", &["en"], &[("name", "007")], None);
    assert_eq!(
        b["error"],
        "You have already imposed stricter limits on 007."
    );
    for bad in ["abc", "1e3", "NaN", "inf", "1.", ".5", "--1", "0x10"] {
        let err = render_with(
            "invalid-code-challenge-method",
            &["en"],
            &[("count", bad)],
            None,
        );
        assert!(
            matches!(err, Err(ArgumentError::NotANumber { .. })),
            "{bad}"
        );
    }
    let long = "x".repeat(MAX_ARGUMENT_BYTES + 1);
    let err = render_with("param-missing", &["en"], &[("param", &long)], None);
    assert!(matches!(err, Err(ArgumentError::TooLong { .. })));
}

#[test]
fn the_hint_rounds_up_and_picks_its_unit() {
    for (wait, text) in [
        (1, "Try again in 1 second."),
        (59, "Try again in 59 seconds."),
        (60, "Try again in 1 minute."),
        (61, "Try again in 2 minutes."),
        (3599, "Try again in 60 minutes."),
        (3600, "Try again in 1 hour."),
        (3601, "Try again in 2 hours."),
    ] {
        let rendered = render_with("rate-limited", &["en"], &[], Some(wait)).unwrap();
        let b: serde_json::Value = serde_json::from_slice(&rendered.body).unwrap();
        assert_eq!(b["error_description"], text, "wait {wait}");
        assert_eq!(rendered.retry_after, Some(wait));
    }
    let none = render_with("rate-limited", &["en"], &[], Some(0)).unwrap();
    assert_eq!(none.body, r#"{"error":"Too many requests"}"#);
    assert_eq!(none.retry_after, None);
    let not_429 = render_with("record-not-found", &["en"], &[], Some(30)).unwrap();
    assert_eq!(not_429.retry_after, None);
}

#[test]
fn plural_forms_follow_the_language() {
    let hint = |tag: &str, wait: u64| {
        body("rate-limited", &[tag], &[], Some(wait))["error_description"].clone()
    };
    // Russian: 1 секунду, 2 секунды, 5 секунд, 21 секунду.
    let ru: Vec<_> = [1, 2, 5, 21].iter().map(|&w| hint("ru", w)).collect();
    assert!(ru[0].as_str().unwrap().contains("1 секунду"), "{ru:?}");
    assert!(ru[1].as_str().unwrap().contains("2 секунды"), "{ru:?}");
    assert!(ru[2].as_str().unwrap().contains("5 секунд"), "{ru:?}");
    assert!(ru[3].as_str().unwrap().contains("21 секунду"), "{ru:?}");
    // Polish: 2 minuty, 5 minut.
    assert!(hint("pl", 120).as_str().unwrap().contains("2 minuty"));
    assert!(hint("pl", 300).as_str().unwrap().contains("5 minut"));
    // Arabic distinguishes two (dual) from three to ten.
    assert_ne!(hint("ar", 2), hint("ar", 3));
}

#[test]
fn oauth_strict_keeps_english_ascii() {
    let c = compiled();
    let message = c.catalog.metadata.routable("insufficient-scope").unwrap();
    let chain = [locale("ja"), locale("en")];
    let context = Context {
        status: 403,
        chain: &chain,
        wait: None,
        oauth_strict: true,
    };
    let rendered = c
        .render(message, &owned(&[("scopes", "read:statuses")]), &context)
        .unwrap();
    let b: serde_json::Value = serde_json::from_slice(&rendered.body).unwrap();
    assert_eq!(b["error"], "insufficient_scope");
    assert_eq!(
        b["error_description"],
        "Access to this resource requires scope _read:statuses_."
    );
    assert!(b["error_description_localized"]
        .as_str()
        .unwrap()
        .contains("read:statuses"));
    assert_eq!(rendered.locale, locale("ja"));
}

#[test]
fn oauth_safe_keeps_only_rfc6749_characters() {
    assert_eq!(oauth_safe(r#"a "b" \c é ~"#), "a _b_ _c _ ~");
    assert_eq!(oauth_safe("tab\tnewline\n"), "tab_newline_");
}

#[test]
fn templates_write_what_fluent_writes() {
    let c = compiled();
    let args = |meta: &MessageMeta| -> Vec<(String, String)> {
        meta.variables
            .iter()
            .map(|v| (v.clone(), format!("<{v} é \"x\">")))
            .collect()
    };
    let mut checked = 0;
    for (l, locale) in c.catalog.locales() {
        for (m, meta) in c.catalog.metadata.ids() {
            let Some(template) = c.template(l, m) else {
                continue;
            };
            let args = args(meta);
            assert_eq!(
                template.fill(&args),
                Some(format::text(&c.catalog, l, m, &args).unwrap()),
                "{} in {}",
                meta.id,
                locale.tag_text
            );
            assert_eq!(
                template.fill(&[]),
                None,
                "a missing variable leaves it to .bare"
            );
            checked += 1;
        }
    }
    assert!(
        checked >= 13 * 5,
        "templates for the string-only messages: {checked}"
    );
}

#[test]
fn the_hint_joins_a_body_formatted_with_arguments() {
    let c = compiled();
    let message = c.catalog.metadata.routable("param-missing").unwrap();
    let context = Context {
        status: 429,
        chain: &[locale("en")],
        wait: Some(30),
        oauth_strict: false,
    };
    let rendered = c
        .render(message, &owned(&[("param", "status")]), &context)
        .unwrap();
    assert_eq!(
        std::str::from_utf8(&rendered.body).unwrap(),
        r#"{"error":"param is missing or the value is empty or invalid: status","error_description":"Try again in 30 seconds."}"#
    );
    assert_eq!(rendered.retry_after, Some(30));
}
