//! `/v1/locales`, `/v1/messages`, `/healthz`, `/readyz`, `/openapi.json`.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::helpers::{repo_path, spawn_app, upstream_rows};

/// The locale folders under `locales/`: what the binary embeds.
fn shipped() -> BTreeSet<String> {
    std::fs::read_dir(repo_path("locales"))
        .expect("locales/ is readable")
        .map(|e| e.expect("an entry"))
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect()
}

/// The shipped languages written right to left.
const RIGHT_TO_LEFT: [&str; 6] = ["ar", "ckb", "fa", "he", "ug", "ur"];

#[tokio::test]
async fn locales_lists_the_shipped_locales() {
    let app = spawn_app().await;

    let reply = app.get("/v1/locales").await;
    assert_eq!(reply.status, 200);
    assert_eq!(
        reply.header("content-type"),
        Some("application/json; charset=utf-8")
    );
    let list = reply.json("/v1/locales");
    let list = list.as_array().expect("an array");

    let tags: BTreeSet<String> = list
        .iter()
        .filter_map(|l| Some(l["tag"].as_str()?.to_owned()))
        .collect();
    let shipped = shipped();
    assert_eq!(tags, shipped, "the served tags");
    assert_eq!(list.len(), shipped.len(), "one entry per locale");

    let mut totals = BTreeSet::new();
    for entry in list {
        let tag = entry["tag"].as_str().unwrap();
        let object = entry.as_object().expect("an object");
        let fields: BTreeSet<&str> = object.keys().map(String::as_str).collect();
        assert_eq!(
            fields,
            [
                "tag",
                "name",
                "direction",
                "parent",
                "translated",
                "inherited",
                "total",
                "complete"
            ]
            .into(),
            "{tag}: fields"
        );
        let name = entry["name"].as_str().unwrap_or_default();
        assert!(
            !name.is_empty() && name != tag,
            "{tag}: its own name, got {name:?}"
        );
        let direction = if RIGHT_TO_LEFT.contains(&tag) {
            "rtl"
        } else {
            "ltr"
        };
        assert_eq!(entry["direction"], direction, "{tag}: direction");
        assert!(
            entry["parent"].is_null() || entry["parent"].is_string(),
            "{tag}: parent"
        );
        let count = |field: &str| {
            entry[field]
                .as_u64()
                .unwrap_or_else(|| panic!("{tag}: `{field}` is a count: {entry}"))
        };
        let (translated, inherited, total) =
            (count("translated"), count("inherited"), count("total"));
        assert_eq!(
            entry["complete"],
            Value::Bool(translated + inherited == total),
            "{tag}: complete"
        );
        assert_eq!(
            entry["complete"],
            Value::Bool(true),
            "{tag}: shipped complete"
        );
        totals.insert(total);
        if tag == "en" {
            assert_eq!(entry["parent"], Value::Null, "en has no parent");
            assert_eq!((translated, inherited), (total, 0), "en defines every id");
        }
    }
    assert_eq!(totals.len(), 1, "one total for every locale: {totals:?}");

    let names: Vec<(&str, &str)> = list
        .iter()
        .map(|l| (l["tag"].as_str().unwrap(), l["name"].as_str().unwrap()))
        .collect();
    for (tag, name) in [("en", "English"), ("de", "Deutsch"), ("ja", "日本語")] {
        assert!(
            names.contains(&(tag, name)),
            "{tag} is named {name}: {names:?}"
        );
    }
}

#[tokio::test]
async fn messages_lists_every_routable_id() {
    let app = spawn_app().await;

    let reply = app.get("/v1/messages").await;
    assert_eq!(reply.status, 200);
    assert_eq!(
        reply.header("content-type"),
        Some("application/json; charset=utf-8")
    );
    let list = reply.json("/v1/messages");
    let list = list.as_array().expect("an array");
    assert!(list.len() > 50, "the whole catalog, got {}", list.len());

    let mut ids = BTreeSet::new();
    for entry in list {
        let id = entry["id"].as_str().expect("an id");
        assert!(ids.insert(id), "{id} listed twice");
        assert!(!id.starts_with("retry-after-"), "internal id {id} listed");
        let status = entry["status"].as_u64().unwrap_or_default();
        assert!((400..600).contains(&status), "{id}: status {status}");
        assert!(
            entry["oauth_error"].is_null() || entry["oauth_error"].is_string(),
            "{id}: oauth_error"
        );
        let variables = entry["variables"]
            .as_array()
            .unwrap_or_else(|| panic!("{id}: variables is an array"));
        assert!(variables.iter().all(Value::is_string), "{id}: variables");
        let english = entry["english"].as_str().unwrap_or_default();
        assert!(!english.is_empty(), "{id}: english");
    }

    let find = |id: &str| {
        list.iter()
            .find(|m| m["id"] == id)
            .unwrap_or_else(|| panic!("{id} listed"))
    };
    let param = find("param-missing");
    assert_eq!(param["status"], 400);
    assert_eq!(param["variables"], serde_json::json!(["param"]));
    assert_eq!(param["oauth_error"], Value::Null);
    let grant = find("invalid-grant");
    assert_eq!(grant["oauth_error"], "invalid_grant");
    assert_eq!(find("user-required")["status"], 401);
    assert_eq!(find("rate-limited")["status"], 429);
    assert_eq!(find("rate-limited")["english"], "Too many requests");

    // `english` is the upstream's current wording for ids without variables.
    for row in upstream_rows() {
        let entry = find(&row.id);
        if row.kind == "current" && row.args.is_empty() {
            assert_eq!(entry["english"], row.text.as_str(), "{}: english", row.id);
        }
    }
}

#[tokio::test]
async fn health_and_readiness() {
    let app = spawn_app().await;

    for path in ["/healthz", "/readyz"] {
        let reply = app.get(path).await;
        assert_eq!(reply.status, 200, "{path}");
        assert!(reply.json(path).is_object(), "{path}: a JSON object");
    }
}

#[tokio::test]
async fn a_request_id_is_echoed() {
    let app = spawn_app().await;
    let reply = app
        .get_with("/v1/status/404", &[("X-Request-Id", "req-42")])
        .await;
    assert_eq!(reply.header("x-request-id"), Some("req-42"));
    let none = app.get("/v1/status/404").await;
    assert_eq!(none.header("x-request-id"), None);
}

/// `GET /openapi.json`: an OpenAPI 3.1 document of this build, whose
/// schemas name exactly the fields the live answers carry. (Its validity
/// is checked by openapi-spec-validator in tests/deploy, and the answers
/// against it by schemathesis.)
#[tokio::test]
async fn openapi_describes_the_live_answers() {
    let app = spawn_app().await;
    let reply = app.get("/openapi.json").await;
    assert_eq!(reply.status, 200);
    assert_eq!(
        reply.header("content-type"),
        Some("application/json; charset=utf-8")
    );
    let document = reply.json("/openapi.json");
    assert_eq!(document["openapi"], "3.1.0");
    assert_eq!(document["info"]["version"], env!("CARGO_PKG_VERSION"));
    assert!(document["info"]["description"]
        .as_str()
        .unwrap()
        .contains("**Proxy mode**"));
    let schema_fields = |name: &str| -> BTreeSet<String> {
        document["components"]["schemas"][name]["properties"]
            .as_object()
            .unwrap_or_else(|| panic!("no schema {name}"))
            .keys()
            .cloned()
            .collect()
    };
    let live_fields = |value: &Value| -> BTreeSet<String> {
        value.as_object().unwrap().keys().cloned().collect()
    };
    let locales = app.get("/v1/locales").await.json("/v1/locales");
    assert_eq!(schema_fields("LocaleEntry"), live_fields(&locales[0]));
    let messages = app.get("/v1/messages").await.json("/v1/messages");
    assert_eq!(schema_fields("MessageEntry"), live_fields(&messages[0]));
    let fault = app.get("/v1/errors/no-such-id").await.json("fault");
    let mut problem = schema_fields("Problem");
    problem.remove("errors"); // only a refused catalog's
    assert_eq!(problem, live_fields(&fault));
    let hint = app
        .get("/v1/errors/rate-limited?retry_after=30")
        .await
        .json("hint");
    assert!(live_fields(&hint).is_subset(&schema_fields("ErrorBody")));
    for probe in ["/healthz", "/readyz"] {
        let body = app.get(probe).await.json(probe);
        assert_eq!(schema_fields("Health"), live_fields(&body), "{probe}");
    }
}

/// Found by schemathesis: the document said translate takes any object,
/// while an object without `error` is refused (now required, and the
/// refusal is a 422 fault); and it left out the 3xx statuses that
/// `?status=` lets through (an upstream's 304 or 334 keeps its status).
#[tokio::test]
async fn translate_documents_what_it_requires_and_answers() {
    let app = spawn_app().await;
    let document = app.get("/openapi.json").await.json("/openapi.json");
    let body = &document["paths"]["/v1/translate"]["post"]["requestBody"]["content"]
        ["application/json"]["schema"];
    assert_eq!(body["$ref"], "#/components/schemas/UpstreamBody");
    assert_eq!(
        document["components"]["schemas"]["UpstreamBody"]["required"],
        serde_json::json!(["error"])
    );
    let reply = app
        .request(reqwest::Method::POST, "/v1/translate", &[], Some("{}"))
        .await;
    reply.assert_fault("{} to translate", 422);

    let responses = &document["paths"]["/v1/translate"]["post"]["responses"];
    let documented: Vec<&str> = responses
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(documented, ["2XX", "3XX", "4XX", "5XX"]);
    let reply = app
        .request(
            reqwest::Method::POST,
            "/v1/translate?status=334",
            &[],
            Some(r#"{"error":"Record not found"}"#),
        )
        .await;
    assert_eq!(reply.status, 334);
}
