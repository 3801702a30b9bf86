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

/// A loopback address no one listens on (yet): for a server the test
/// starts as a process, which must be told its address.
pub fn free_address() -> String {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("a free loopback port")
        .to_string()
}

/// A file or folder of the repository.
pub fn repo_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// One answer read off a raw connection.
#[derive(Debug, Clone)]
pub struct RawResponse {
    pub status: u16,
    /// Names in lower case, in the order sent.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl RawResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// What a server did with bytes sent on one raw connection: the answers
/// (interim `100 Continue` included), whether it closed the connection, and
/// when it last sent or closed.
#[derive(Debug)]
pub struct RawReply {
    pub responses: Vec<RawResponse>,
    pub closed: bool,
    pub elapsed: Duration,
    pub bytes: Vec<u8>,
}

impl RawReply {
    /// The statuses, in order.
    pub fn statuses(&self) -> Vec<u16> {
        self.responses.iter().map(|r| r.status).collect()
    }

    /// The first answer that is not interim (1xx).
    pub fn last_final(&self) -> Option<&RawResponse> {
        self.responses.iter().find(|r| r.status >= 200)
    }
}

/// Sends `parts` on a fresh connection to `address` (each after its pause:
/// a client library would send the bytes whole and tidy them), and reads
/// until the server closes or `wait` has passed. Writing and reading run
/// side by side, so an answer sent before the request is all written (a 413
/// for a 10 MB body) is read, not lost to a blocked write.
pub async fn raw_exchange(
    address: std::net::SocketAddr,
    parts: Vec<(Duration, Vec<u8>)>,
    wait: Duration,
) -> RawReply {
    tokio::task::spawn_blocking(move || raw_blocking(address, parts, wait))
        .await
        .expect("the raw exchange runs")
}

/// `raw_exchange` with the bytes sent at once.
pub async fn raw_request(
    address: std::net::SocketAddr,
    request: &[u8],
    wait: Duration,
) -> RawReply {
    raw_exchange(address, vec![(Duration::ZERO, request.to_vec())], wait).await
}

fn raw_blocking(
    address: std::net::SocketAddr,
    parts: Vec<(Duration, Vec<u8>)>,
    wait: Duration,
) -> RawReply {
    use std::io::{Read, Write};
    let started = Instant::now();
    let stream = std::net::TcpStream::connect_timeout(&address, Duration::from_secs(5))
        .unwrap_or_else(|e| panic!("connect to {address}: {e}"));
    stream
        .set_write_timeout(Some(wait))
        .expect("a write timeout");
    let mut writer = stream.try_clone().expect("the stream clones");
    let writing = std::thread::spawn(move || {
        for (pause, bytes) in parts {
            std::thread::sleep(pause);
            // The server may answer and close mid-request: not an error here.
            if writer.write_all(&bytes).is_err() {
                return;
            }
        }
    });
    let mut reader = stream;
    let mut bytes = Vec::new();
    let mut closed = false;
    let mut last = started.elapsed();
    let mut buffer = [0u8; 16 * 1024];
    while started.elapsed() < wait {
        let left = wait
            .saturating_sub(started.elapsed())
            .max(Duration::from_millis(1));
        reader
            .set_read_timeout(Some(left.min(Duration::from_millis(100))))
            .expect("a read timeout");
        match reader.read(&mut buffer) {
            Ok(0) => {
                closed = true;
                last = started.elapsed();
                break;
            }
            Ok(n) => {
                bytes.extend_from_slice(&buffer[..n]);
                last = started.elapsed();
            }
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) => {}
            Err(_) => {
                // A reset: the server closed with unread bytes in its buffer.
                closed = true;
                last = started.elapsed();
                break;
            }
        }
    }
    let _ = reader.shutdown(std::net::Shutdown::Both);
    let _ = writing.join();
    RawReply {
        responses: parse_responses(&bytes),
        closed,
        elapsed: last,
        bytes,
    }
}

/// Answers one after another; a body is as long as its `Content-Length`
/// (the server's own answers always have one), interim answers have none.
fn parse_responses(mut bytes: &[u8]) -> Vec<RawResponse> {
    let mut responses = Vec::new();
    loop {
        let mut headers = [httparse::EMPTY_HEADER; 64];
        let mut response = httparse::Response::new(&mut headers);
        let Ok(httparse::Status::Complete(head)) = response.parse(bytes) else {
            return responses;
        };
        let status = response.code.unwrap_or_default();
        let headers: Vec<(String, String)> = response
            .headers
            .iter()
            .map(|h| {
                (
                    h.name.to_ascii_lowercase(),
                    String::from_utf8_lossy(h.value).into_owned(),
                )
            })
            .collect();
        let length = headers
            .iter()
            .find(|(n, _)| n == "content-length")
            .and_then(|(_, v)| v.parse::<usize>().ok())
            .unwrap_or(0);
        let length = if status < 200 { 0 } else { length };
        let end = (head + length).min(bytes.len());
        responses.push(RawResponse {
            status,
            headers,
            body: bytes[head..end].to_vec(),
        });
        bytes = &bytes[end..];
    }
}
