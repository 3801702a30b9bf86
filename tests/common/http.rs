//! Shared by the test binaries (`#[path]`-included): the HTTP client the
//! tests speak with, replies read to the end as plain values, and the
//! repository's own files. Each binary uses a part of it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use reqwest::header::HeaderMap;
use reqwest::{Method, RequestBuilder};
use serde_json::Value;

/// A response, read to the end, and how long it took.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
    pub elapsed: Duration,
}

impl Reply {
    /// A header's first value as text, if present; panics on a value that
    /// is not visible ASCII (no test expects one).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).map(|v| {
            v.to_str()
                .unwrap_or_else(|_| panic!("header {name} is not visible ASCII: {v:?}"))
        })
    }

    /// Every line of a header joined with `, `, as a gateway may split or
    /// merge them.
    pub fn header_joined(&self, name: &str) -> Option<String> {
        let values: Vec<&str> = self
            .headers
            .get_all(name)
            .iter()
            .map(|v| v.to_str().expect("a visible ASCII header"))
            .collect();
        (!values.is_empty()).then(|| values.join(", "))
    }

    /// The body as text; panics when it is not UTF-8.
    pub fn text(&self) -> &str {
        std::str::from_utf8(&self.body)
            .unwrap_or_else(|_| panic!("the body is not UTF-8: {:?}", self.body))
    }

    /// The body as a JSON value; panics naming the case when it is not JSON.
    pub fn json(&self, case: &str) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "{case}: the body is not JSON ({e}): {:?}",
                String::from_utf8_lossy(&self.body)
            )
        })
    }

    /// A string field of a JSON object body; `None` when absent or null.
    pub fn field(&self, case: &str, name: &str) -> Option<String> {
        match self.json(case).get(name) {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(s.clone()),
            Some(other) => panic!("{case}: `{name}` is not a string: {other}"),
        }
    }
}

/// A client that never uses a proxy from the environment, never follows a
/// redirect, and gives up after `timeout`.
pub fn client(timeout: Duration) -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .timeout(timeout)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("the client builds")
}

/// One request: method, URL, text headers, optional body.
pub async fn send(
    client: &reqwest::Client,
    method: Method,
    url: &str,
    headers: &[(&str, &str)],
    body: Option<&str>,
) -> Reply {
    let mut builder = client.request(method, url);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    if let Some(body) = body {
        builder = builder.body(body.to_owned());
    }
    execute(client, builder).await
}

/// Sends a request built by the caller and reads the reply to the end;
/// panics naming the request when there is no reply.
pub async fn execute(client: &reqwest::Client, builder: RequestBuilder) -> Reply {
    let request = builder.build().expect("the request builds");
    // Long enough to name the case, short enough to read.
    let what: String = format!("{} {}", request.method(), request.url())
        .chars()
        .take(200)
        .collect();
    let start = Instant::now();
    let response = client
        .execute(request)
        .await
        .unwrap_or_else(|e| panic!("{what}: no response: {e}"));
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let body = response
        .bytes()
        .await
        .unwrap_or_else(|e| panic!("{what}: the body could not be read: {e}"))
        .to_vec();
    Reply {
        status,
        headers,
        body,
        elapsed: start.elapsed(),
    }
}

/// A file or folder of the repository.
pub fn repo_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}
