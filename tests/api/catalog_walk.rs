//! Every routable id in every served locale, and the English wire texts of
//! `tests/data/upstream.tsv` rendered character for character.

use std::collections::{BTreeSet, HashMap};

use serde_json::Value;

use crate::helpers::{query_of, spawn_app, upstream_rows, LocaleTexts, TestApp};

/// One entry of `GET /v1/messages`, as the walk uses it.
struct Message {
    id: String,
    status: u16,
    oauth: Option<String>,
    variables: Vec<String>,
}

async fn messages(app: &TestApp) -> Vec<Message> {
    let reply = app.get("/v1/messages").await;
    assert_eq!(reply.status, 200, "GET /v1/messages");
    let list = reply.json("GET /v1/messages");
    let list = list.as_array().expect("/v1/messages is an array");
    list.iter()
        .map(|m| Message {
            id: m["id"].as_str().expect("an id").to_owned(),
            status: m["status"]
                .as_u64()
                .and_then(|s| u16::try_from(s).ok())
                .expect("a status"),
            oauth: m["oauth_error"].as_str().map(str::to_owned),
            variables: m["variables"]
                .as_array()
                .expect("variables")
                .iter()
                .map(|v| v.as_str().expect("a variable name").to_owned())
                .collect(),
        })
        .collect()
}

/// Each served tag with its declared parent, if any.
async fn locale_tags(app: &TestApp) -> Vec<(String, Option<String>)> {
    let reply = app.get("/v1/locales").await;
    assert_eq!(reply.status, 200, "GET /v1/locales");
    reply
        .json("GET /v1/locales")
        .as_array()
        .expect("/v1/locales is an array")
        .iter()
        .map(|l| {
            let tag = l["tag"].as_str().expect("a tag").to_owned();
            (tag, l["parent"].as_str().map(str::to_owned))
        })
        .collect()
}

/// Sample arguments per id: those of the id's first current row.
fn sample_args() -> HashMap<String, Vec<(String, String)>> {
    let mut samples = HashMap::new();
    for row in upstream_rows() {
        if row.kind == "current" {
            samples.entry(row.id).or_insert(row.args);
        }
    }
    samples
}

/// The text a client reads: `error`, or `error_description` for OAuth.
fn text_of(body: &Value, oauth: bool) -> Option<&str> {
    body.get(if oauth { "error_description" } else { "error" })
        .and_then(Value::as_str)
}

#[tokio::test]
async fn every_message_renders_in_every_locale() {
    let app = spawn_app().await;
    let messages = messages(&app).await;
    let tags = locale_tags(&app).await;
    let samples = sample_args();
    assert!(!messages.is_empty(), "/v1/messages lists messages");
    assert!(!tags.is_empty(), "/v1/locales lists locales");

    let parents: HashMap<&str, &str> = tags
        .iter()
        .filter_map(|(t, p)| Some((t.as_str(), p.as_deref()?)))
        .collect();
    let mut failures = Vec::new();
    for (tag, _) in &tags {
        // The locale and its declared parents: a regional variant defines
        // what differs and takes the rest from its parent.
        let mut chain = vec![tag.as_str()];
        while let Some(parent) = chain.last().and_then(|t| parents.get(t)) {
            chain.push(parent);
        }
        let chain: Vec<(&str, LocaleTexts)> = chain
            .into_iter()
            .map(|t| (t, LocaleTexts::read(t)))
            .collect();
        for message in &messages {
            let (tag, texts) = chain
                .iter()
                .find(|(_, texts)| texts.defines(&message.id))
                .unwrap_or(&chain[0]);
            let args = if message.variables.is_empty() {
                vec![]
            } else {
                samples.get(&message.id).cloned().unwrap_or_else(|| {
                    panic!("upstream.tsv has sample arguments for {}", message.id)
                })
            };
            let mut path = format!("/v1/errors/{}?locale={}", message.id, chain[0].0);
            if !args.is_empty() {
                path = format!("{path}&{}", query_of(&args));
            }
            let reply = app.get(&path).await;
            let mut fail = |what: String| failures.push(format!("{path}: {what}"));

            if reply.status != message.status {
                fail(format!(
                    "status {} instead of {}",
                    reply.status, message.status
                ));
            }
            if reply.header("content-language") != Some(*tag) {
                fail(format!(
                    "Content-Language {:?}",
                    reply.header("content-language")
                ));
            }
            if reply.header("error-l10n-result") != Some("rendered") {
                fail(format!(
                    "Error-L10n-Result {:?}",
                    reply.header("error-l10n-result")
                ));
            }
            if reply.header("error-l10n-id") != Some(message.id.as_str()) {
                fail(format!("Error-L10n-Id {:?}", reply.header("error-l10n-id")));
            }
            if reply.text().contains(['\u{2068}', '\u{2069}']) {
                fail(format!("bidi isolation marks in {:?}", reply.text()));
            }
            if reply.text().contains("{$") || reply.text().contains("{ $") {
                fail(format!("a placeable leftover in {:?}", reply.text()));
            }
            let body: Value = match serde_json::from_str(reply.text()) {
                Ok(body @ Value::Object(_)) => body,
                _ => {
                    fail(format!("not a JSON object: {:?}", reply.text()));
                    continue;
                }
            };
            match &message.oauth {
                Some(code) => {
                    if body["error"].as_str() != Some(code.as_str()) {
                        fail(format!("`error` is not the OAuth code {code}: {body}"));
                    }
                    if body["error_description"].as_str().is_none_or(str::is_empty) {
                        fail(format!("no `error_description`: {body}"));
                    }
                }
                None => {
                    if body["error"].as_str().is_none_or(str::is_empty) {
                        fail(format!("no `error`: {body}"));
                    }
                }
            }
            // The locale's own text, read from its Fluent file.
            let arg_refs: Vec<(&str, &str)> =
                args.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            let own = texts.text(&message.id, &arg_refs);
            let got = text_of(&body, message.oauth.is_some());
            if own.is_none() || got != own.as_deref() {
                fail(format!("text {got:?}, locales/{tag} says {own:?}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failure(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[tokio::test]
async fn english_renders_every_current_upstream_text_exactly() {
    let app = spawn_app().await;
    let oauth: HashMap<String, bool> = messages(&app)
        .await
        .into_iter()
        .map(|m| (m.id, m.oauth.is_some()))
        .collect();

    let mut failures = Vec::new();
    let rows = upstream_rows();
    for row in rows.iter().filter(|r| r.kind == "current") {
        let Some(&is_oauth) = oauth.get(&row.id) else {
            failures.push(format!(
                "upstream.tsv:{}: {} is not in /v1/messages",
                row.line, row.id
            ));
            continue;
        };
        let mut path = format!("/v1/errors/{}?locale=en", row.id);
        if !row.args.is_empty() {
            path = format!("{path}&{}", query_of(&row.args));
        }
        let reply = app.get(&path).await;
        let body = reply.json(&path);
        let got = text_of(&body, is_oauth);
        if got != Some(row.text.as_str()) {
            failures.push(format!(
                "upstream.tsv:{} {path}:\n  expected {:?}\n  got      {got:?}",
                row.line, row.text
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failure(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[tokio::test]
async fn upstream_texts_and_messages_cover_each_other() {
    let app = spawn_app().await;
    let listed: BTreeSet<String> = messages(&app).await.into_iter().map(|m| m.id).collect();
    let upstream: BTreeSet<String> = upstream_rows().into_iter().map(|r| r.id).collect();
    // The project's own generic bodies: no upstream sends them.
    let generic: BTreeSet<String> = ["http-4xx", "http-5xx"].map(String::from).into();

    let without_upstream: Vec<&String> = listed.difference(&upstream).collect();
    assert_eq!(
        without_upstream,
        generic.iter().collect::<Vec<_>>(),
        "ids of /v1/messages without an upstream.tsv row"
    );
    let not_listed: Vec<&String> = upstream.difference(&listed).collect();
    assert!(
        not_listed.is_empty(),
        "ids of upstream.tsv missing from /v1/messages: {not_listed:?}"
    );
}
