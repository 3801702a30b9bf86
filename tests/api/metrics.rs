//! `GET /metrics`: what was counted shows, by route pattern, never a path.

use ::reqwest::Method;

use crate::helpers::{spawn_app, TestApp};

/// The value of one sample line (`name{labels} value`), 0 when absent.
fn sample(text: &str, series: &str) -> u64 {
    text.lines()
        .find_map(|l| l.strip_prefix(series)?.strip_prefix(' '))
        .map_or(0, |v| v.trim().parse().unwrap_or(0))
}

async fn scrape(app: &TestApp) -> String {
    let reply = app.get("/metrics").await;
    assert_eq!(reply.status, 200);
    assert!(
        reply
            .header("content-type")
            .unwrap_or_default()
            .starts_with("application/openmetrics-text"),
        "{:?}",
        reply.header("content-type")
    );
    reply.text().to_owned()
}

#[tokio::test]
async fn metrics_count_renderings_passthroughs_and_faults() {
    let app = spawn_app().await;
    let before = scrape(&app).await;
    app.get_with("/v1/errors/record-not-found", &[("Accept-Language", "de")])
        .await;
    app.get_with("/v1/status/429", &[("Accept-Language", "iw")])
        .await;
    app.get("/v1/errors/no-such-id").await;
    let post =
        |body: &'static str| app.request(Method::POST, "/v1/translate?status=404", &[], Some(body));
    post(r#"{"error":"Record not found"}"#).await;
    post(r#"{"error":"Something else"}"#).await;
    post("not json").await;
    let after = scrape(&app).await;
    let grew = |series: &str| sample(&after, series) - sample(&before, series);

    assert_eq!(
        grew(r#"error_l10n_requests_total{route="/v1/errors/{id}",status="404"}"#),
        2
    );
    assert_eq!(
        grew(r#"error_l10n_requests_total{route="/v1/status/{code}",status="429"}"#),
        1
    );
    assert_eq!(
        grew(r#"error_l10n_requests_total{route="/v1/translate",status="400"}"#),
        1
    );
    assert!(
        !after.contains("no-such-id"),
        "never a raw path or id as a label"
    );
    assert_eq!(
        grew(r#"error_l10n_messages_total{id="record-not-found",locale="de"}"#),
        1
    );
    assert_eq!(
        grew(r#"error_l10n_messages_total{id="rate-limited",locale="he"}"#),
        1
    );
    assert_eq!(
        grew(r#"error_l10n_messages_total{id="(unknown)",locale=""}"#),
        1
    );
    assert_eq!(
        grew(r#"error_l10n_translations_total{outcome="rendered"}"#),
        1
    );
    assert_eq!(
        grew(r#"error_l10n_translations_total{outcome="passthrough"}"#),
        1
    );
    assert_eq!(grew(r#"error_l10n_translations_total{outcome="fault"}"#), 1);
    assert_eq!(grew(r#"error_l10n_negotiations_total{outcome="alias"}"#), 1);
    assert!(sample(&after, "error_l10n_request_duration_seconds_count") >= 6);
    assert!(after.contains("error_l10n_catalog_generation "), "{after}");
}
