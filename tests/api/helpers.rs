//! What every test needs: a server of its own on port 0, a client, the
//! replies as plain values, and the project's own data (upstream texts,
//! Fluent catalogs) read from disk as the oracle.

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use error_l10n::compiled::Compiled;
use error_l10n::startup::{Application, Handle, Settings};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use reqwest::Method;
use serde_json::Value;

use crate::http;
pub use crate::http::{repo_path, Reply};

/// A running server and a client for it.
pub struct TestApp {
    /// `http://127.0.0.1:PORT`
    pub address: String,
    /// The proxy listener's `http://127.0.0.1:PORT`, in proxy mode.
    pub proxy: Option<String>,
    /// The same, for raw sockets.
    pub socket: std::net::SocketAddr,
    pub client: reqwest::Client,
    /// Stops both listeners.
    pub handle: Handle,
}

/// The embedded catalog, loaded once for the whole binary: tests share it
/// read-only, as the server's workers do.
fn embedded() -> Arc<Compiled> {
    static COMPILED: OnceLock<Arc<Compiled>> = OnceLock::new();
    COMPILED
        .get_or_init(|| Arc::new(Compiled::embedded()))
        .clone()
}

/// A server with the default settings and the embedded catalog.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

/// A server whose settings `tweak` changes first (`oauth_strict`, another
/// catalog); the address is always `127.0.0.1:0`.
pub async fn spawn_app_with(tweak: impl FnOnce(&mut Settings)) -> TestApp {
    let mut settings = Settings {
        // Tests run in parallel, each with a server: a core's worth of
        // threads per server would be hundreds.
        workers: Some(2),
        ..Settings::new("127.0.0.1:0", embedded())
    };
    tweak(&mut settings);
    settings.bind = "127.0.0.1:0".into();
    if let Some(proxy) = &mut settings.proxy {
        proxy.bind = "127.0.0.1:0".into();
    }
    let app = Application::build(settings).expect("the application builds");
    let socket = app.local_addr();
    let address = format!("http://{socket}");
    let proxy = app.proxy_addr().map(|a| format!("http://{a}"));
    let handle = app.handle();
    tokio::spawn(app.run_until_stopped());
    let client = http::client(Duration::from_secs(20));
    TestApp {
        address,
        proxy,
        socket,
        client,
        handle,
    }
}

impl TestApp {
    pub fn url(&self, path_and_query: &str) -> String {
        format!("{}{}", self.address, path_and_query)
    }

    pub async fn get(&self, path_and_query: &str) -> Reply {
        self.request(Method::GET, path_and_query, &[], None).await
    }

    /// GET with headers given as text.
    pub async fn get_with(&self, path_and_query: &str, headers: &[(&str, &str)]) -> Reply {
        self.request(Method::GET, path_and_query, headers, None)
            .await
    }

    /// GET with one header whose value is raw bytes (obs-text included).
    pub async fn get_with_bytes(&self, path_and_query: &str, name: &str, value: &[u8]) -> Reply {
        let mut headers = HeaderMap::new();
        headers.insert(
            HeaderName::from_bytes(name.as_bytes()).expect("a valid header name"),
            HeaderValue::from_bytes(value).expect("a valid header value"),
        );
        self.send(self.client.get(self.url(path_and_query)).headers(headers))
            .await
    }

    /// Any method, text headers, an optional body.
    pub async fn request(
        &self,
        method: Method,
        path_and_query: &str,
        headers: &[(&str, &str)],
        body: Option<&str>,
    ) -> Reply {
        http::send(
            &self.client,
            method,
            &self.url(path_and_query),
            headers,
            body,
        )
        .await
    }

    async fn send(&self, builder: reqwest::RequestBuilder) -> Reply {
        http::execute(&self.client, builder).await
    }
}

/// What the HTTP tests check of a reply, beyond the shared plumbing.
impl Reply {
    /// The `error` field, which every rendered body has.
    pub fn error(&self, case: &str) -> String {
        self.field(case, "error")
            .unwrap_or_else(|| panic!("{case}: no `error` in {:?}", self.text()))
    }

    /// Checks the marks of a rendered error: status, JSON content type,
    /// `Vary`, `Error-L10n-Result: rendered`, the id and the locale.
    pub fn assert_rendered(&self, case: &str, status: u16, id: &str, locale: &str) {
        assert_eq!(
            self.status,
            status,
            "{case}: status; body {:?}",
            self.text()
        );
        assert_eq!(
            self.header("content-type"),
            Some("application/json; charset=utf-8"),
            "{case}: Content-Type"
        );
        assert_eq!(self.header("vary"), Some("Accept-Language"), "{case}: Vary");
        assert_eq!(
            self.header("error-l10n-result"),
            Some("rendered"),
            "{case}: Error-L10n-Result"
        );
        assert_eq!(
            self.header("error-l10n-id"),
            Some(id),
            "{case}: Error-L10n-Id"
        );
        assert_eq!(
            self.header("content-language"),
            Some(locale),
            "{case}: Content-Language; body {:?}",
            self.text()
        );
    }

    /// Checks an RFC 9457 fault of the sidecar: the status given (a 4xx),
    /// `application/problem+json`, `Error-L10n-Result: fault`, and the four
    /// members.
    pub fn assert_fault(&self, case: &str, status: u16) {
        assert!(
            (400..500).contains(&status),
            "{case}: a fault is expected to be a 4xx"
        );
        assert_eq!(
            self.status,
            status,
            "{case}: status; body {:?}",
            self.text()
        );
        assert_eq!(
            self.header("content-type"),
            Some("application/problem+json"),
            "{case}: Content-Type; body {:?}",
            self.text()
        );
        assert_eq!(
            self.header("error-l10n-result"),
            Some("fault"),
            "{case}: Error-L10n-Result"
        );
        assert_eq!(
            self.header("error-l10n-id"),
            None,
            "{case}: a fault names no message"
        );
        let problem = self.json(case);
        for member in ["type", "title", "detail"] {
            let text = problem.get(member).and_then(Value::as_str);
            assert!(
                text.is_some_and(|t| !t.is_empty()),
                "{case}: problem member `{member}` missing or empty in {problem}"
            );
        }
        assert_eq!(
            problem.get("status").and_then(Value::as_u64),
            Some(u64::from(status)),
            "{case}: problem `status` in {problem}"
        );
    }
}

/// Percent-encodes a query value: every byte but the unreserved ones.
pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// `k=v&k=v`, each part percent-encoded.
pub fn query_of(args: &[(String, String)]) -> String {
    args.iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// One row of `tests/data/upstream.tsv`.
#[derive(Debug, Clone)]
pub struct UpstreamRow {
    pub line: usize,
    pub id: String,
    pub text: String,
    pub args: Vec<(String, String)>,
    /// `current` or `legacy`.
    pub kind: String,
}

/// Every row of `tests/data/upstream.tsv`.
pub fn upstream_rows() -> Vec<UpstreamRow> {
    let path = repo_path("tests/data/upstream.tsv");
    let text = std::fs::read_to_string(&path).expect("tests/data/upstream.tsv is readable");
    let mut rows = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(
            fields.len(),
            4,
            "upstream.tsv:{}: expected 4 tab-separated fields: {line:?}",
            n + 1
        );
        let args = fields[2]
            .split(';')
            .filter(|a| !a.is_empty())
            .map(|a| {
                let (k, v) = a
                    .split_once('=')
                    .unwrap_or_else(|| panic!("upstream.tsv:{}: argument {a:?}", n + 1));
                (k.to_owned(), v.to_owned())
            })
            .collect();
        rows.push(UpstreamRow {
            line: n + 1,
            id: fields[0].to_owned(),
            text: fields[1].to_owned(),
            args,
            kind: fields[3].to_owned(),
        });
    }
    assert!(!rows.is_empty(), "upstream.tsv has rows");
    rows
}

/// One shipped locale's messages, read from `locales/<tag>/` on disk (the
/// service serves the embedded copy of the same files).
pub struct LocaleTexts {
    tag: String,
    bundle: FluentBundle<FluentResource>,
}

impl LocaleTexts {
    pub fn read(tag: &str) -> LocaleTexts {
        let dir = repo_path("locales").join(tag);
        let mut bundle = FluentBundle::new(vec![tag.parse().expect("a valid tag")]);
        bundle.set_use_isolating(false);
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.expect("a directory entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .collect();
        files.sort();
        for file in files {
            let text = std::fs::read_to_string(&file).expect("a readable .ftl file");
            let resource = FluentResource::try_new(text)
                .unwrap_or_else(|_| panic!("{} parses", file.display()));
            bundle
                .add_resource(resource)
                .unwrap_or_else(|_| panic!("{} adds", file.display()));
        }
        LocaleTexts {
            tag: tag.to_owned(),
            bundle,
        }
    }

    pub fn defines(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// A message's value formatted with arguments; `None` when the locale
    /// does not define it. An all-digits value is passed as a number (the
    /// sample data's only numbers are plural counts), any other as a string.
    pub fn text(&self, id: &str, args: &[(&str, &str)]) -> Option<String> {
        let message = self.bundle.get_message(id)?;
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            let value = match value.parse::<u64>() {
                Ok(number) if !value.starts_with('0') || *value == "0" => FluentValue::from(number),
                _ => FluentValue::from(*value),
            };
            fluent.set(*name, value);
        }
        let mut errors = vec![];
        let text = self
            .bundle
            .format_pattern(message.value()?, Some(&fluent), &mut errors);
        assert!(errors.is_empty(), "{}/{id}: {errors:?}", self.tag);
        Some(text.into_owned())
    }

    /// A message's attribute (`bare`), which takes no arguments.
    pub fn attribute(&self, id: &str, attribute: &str) -> Option<String> {
        let pattern = self
            .bundle
            .get_message(id)?
            .get_attribute(attribute)?
            .value();
        let mut errors = vec![];
        let text = self.bundle.format_pattern(pattern, None, &mut errors);
        assert!(
            errors.is_empty(),
            "{}/{id}.{attribute}: {errors:?}",
            self.tag
        );
        Some(text.into_owned())
    }
}

/// A message without arguments in a shipped locale; panics when absent.
pub fn ftl_text(tag: &str, id: &str) -> String {
    LocaleTexts::read(tag)
        .text(id, &[])
        .unwrap_or_else(|| panic!("locales/{tag} defines `{id}`"))
}
