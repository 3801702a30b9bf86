//! `error-l10n healthcheck`: one `GET /readyz` over a plain TCP socket, for
//! container health checks in images that have no curl (the `scratch`
//! image has nothing but the binary).
//!
//! Blocking std sockets, not the actix client: one request, one deadline,
//! no runtime to start, and nothing that can outlive the deadline.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream, ToSocketAddrs};
use std::time::{Duration, Instant};

use actix_web::http::Uri;

/// Where the service is, parsed from `http://HOST[:PORT][/PATH]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    host: String,
    port: u16,
    /// The path and query, `/readyz` when the URL has none.
    path: String,
}

impl std::fmt::Display for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.host.contains(':') {
            true => write!(f, "http://[{}]:{}{}", self.host, self.port, self.path),
            false => write!(f, "http://{}:{}{}", self.host, self.port, self.path),
        }
    }
}

impl std::str::FromStr for Target {
    type Err = String;

    fn from_str(text: &str) -> Result<Target, String> {
        let uri: Uri = text
            .parse()
            .map_err(|e| format!("{text:?} is not a URL ({e}); give http://HOST:PORT/readyz"))?;
        match uri.scheme_str() {
            Some("http") => {}
            Some("https") => {
                return Err(format!(
                    "{text:?}: the service speaks plain HTTP; give http://HOST:PORT/readyz"
                ))
            }
            _ => return Err(format!("{text:?}: give http://HOST:PORT/readyz")),
        }
        let authority = uri
            .authority()
            .filter(|a| !a.host().is_empty())
            .ok_or_else(|| format!("{text:?}: no host; give http://HOST:PORT/readyz"))?;
        if authority.as_str().contains('@') {
            return Err(format!(
                "{text:?}: credentials in the URL are not supported"
            ));
        }
        let host = authority
            .host()
            .trim_start_matches('[')
            .trim_end_matches(']');
        let path = match uri.path_and_query().map(|p| p.as_str()) {
            None | Some("") | Some("/") => "/readyz".to_owned(),
            Some(path) => path.to_owned(),
        };
        Ok(Target {
            host: host.to_owned(),
            port: authority.port_u16().unwrap_or(80),
            path,
        })
    }
}

impl Target {
    /// The service's own `/readyz`, from its bind address: a wildcard
    /// address (`0.0.0.0`, `[::]`) is probed on loopback, where a
    /// container's health check runs.
    pub fn from_bind(bind: &str) -> Result<Target, String> {
        let address: SocketAddr = bind.parse().map_err(|_| {
            format!("ERROR_L10N_BIND is {bind:?}, not ADDRESS:PORT; give the URL to probe instead")
        })?;
        let ip = match address.ip() {
            ip if ip.is_unspecified() && ip.is_ipv4() => "127.0.0.1".to_owned(),
            ip if ip.is_unspecified() => "::1".to_owned(),
            ip => ip.to_string(),
        };
        Ok(Target {
            host: ip,
            port: address.port(),
            path: "/readyz".to_owned(),
        })
    }
}

/// Why the service is not ready: one line, for the health check's log.
#[derive(Debug, thiserror::Error)]
pub enum Unhealthy {
    #[error("{target}: cannot resolve {host}: {source}")]
    Resolve {
        target: String,
        host: String,
        source: std::io::Error,
    },
    #[error("{target}: cannot connect: {source}")]
    Connect {
        target: String,
        source: std::io::Error,
    },
    #[error("{target}: no answer within {timeout:?}")]
    Timeout { target: String, timeout: Duration },
    #[error("{target}: the connection failed: {source}")]
    Io {
        target: String,
        source: std::io::Error,
    },
    #[error("{target}: not an HTTP answer: {head:?}")]
    NotHttp { target: String, head: String },
    #[error("{target}: answered {status}{}", .body.as_deref().map(|b| format!(": {b}")).unwrap_or_default())]
    Status {
        target: String,
        status: String,
        /// The start of the body (`{"status":"draining"}`), on one line.
        body: Option<String>,
    },
}

/// The answer's status line, when it is a 200; else why not. The whole
/// exchange (resolving, connecting, writing, reading) is bounded by
/// `timeout`.
pub fn probe(target: &Target, timeout: Duration) -> Result<String, Unhealthy> {
    let deadline = Instant::now() + timeout;
    let name = target.to_string();
    let timed_out = || Unhealthy::Timeout {
        target: name.clone(),
        timeout,
    };
    let left = || {
        deadline
            .checked_duration_since(Instant::now())
            .filter(|d| !d.is_zero())
    };
    let addresses: Vec<SocketAddr> = (target.host.as_str(), target.port)
        .to_socket_addrs()
        .map_err(|source| Unhealthy::Resolve {
            target: name.clone(),
            host: target.host.clone(),
            source,
        })?
        .collect();
    let mut last_error = None;
    let mut stream = None;
    for address in addresses {
        let Some(remaining) = left() else {
            return Err(timed_out());
        };
        match TcpStream::connect_timeout(&address, remaining) {
            Ok(connected) => {
                stream = Some(connected);
                break;
            }
            Err(e) => last_error = Some(e),
        }
    }
    let mut stream = match (stream, last_error) {
        (Some(stream), _) => stream,
        (None, Some(e)) if is_timeout(&e) => return Err(timed_out()),
        (None, Some(source)) => {
            return Err(Unhealthy::Connect {
                target: name,
                source,
            })
        }
        (None, None) => {
            return Err(Unhealthy::Connect {
                target: name,
                source: std::io::Error::other("no address"),
            })
        }
    };
    let io = |source: std::io::Error| match is_timeout(&source) {
        true => timed_out(),
        false => Unhealthy::Io {
            target: name.clone(),
            source,
        },
    };
    let host = match target.host.contains(':') {
        true => format!("[{}]:{}", target.host, target.port),
        false => format!("{}:{}", target.host, target.port),
    };
    let request = format!(
        "GET {} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: error-l10n-healthcheck\r\nConnection: close\r\n\r\n",
        target.path
    );
    stream.set_write_timeout(left()).map_err(io)?;
    stream.write_all(request.as_bytes()).map_err(io)?;
    // The head and the start of the body are enough; a service that trickles
    // bytes is cut off at the deadline, not waited for.
    let mut answer = Vec::with_capacity(1024);
    let mut buffer = [0u8; 1024];
    while answer.len() < 4096 {
        let Some(remaining) = left() else {
            return Err(timed_out());
        };
        stream.set_read_timeout(Some(remaining)).map_err(io)?;
        match stream.read(&mut buffer).map_err(io)? {
            0 => break,
            n => answer.extend_from_slice(buffer.get(..n).unwrap_or_default()),
        }
        if complete(&answer) {
            break;
        }
    }
    judge(&name, &answer)
}

/// Whether the head is in, and the body as long as its `Content-Length`
/// (or whatever fits: only its start is shown).
fn complete(answer: &[u8]) -> bool {
    let Some(end) = answer.windows(4).position(|w| w == b"\r\n\r\n") else {
        return false;
    };
    let head = String::from_utf8_lossy(answer.get(..end).unwrap_or_default()).to_ascii_lowercase();
    let length = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse::<usize>().ok());
    match length {
        Some(length) => answer.len() >= end + 4 + length.min(256),
        None => false,
    }
}

fn judge(target: &str, answer: &[u8]) -> Result<String, Unhealthy> {
    let text = String::from_utf8_lossy(answer);
    let status_line = text.lines().next().unwrap_or_default().trim_end();
    let status = status_line
        .strip_prefix("HTTP/1.")
        .and_then(|rest| rest.get(2..))
        .filter(|rest| {
            rest.get(..3)
                .is_some_and(|c| c.bytes().all(|b| b.is_ascii_digit()))
        });
    let Some(status) = status else {
        return Err(Unhealthy::NotHttp {
            target: target.to_owned(),
            head: status_line.chars().take(80).collect(),
        });
    };
    if status.starts_with("200") {
        return Ok(status_line.to_owned());
    }
    let body = text.split_once("\r\n\r\n").map(|(_, body)| {
        body.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .chars()
            .take(200)
            .collect::<String>()
    });
    Err(Unhealthy::Status {
        target: target.to_owned(),
        status: status.to_owned(),
        body: body.filter(|b| !b.is_empty()),
    })
}

fn is_timeout(e: &std::io::Error) -> bool {
    matches!(
        e.kind(),
        std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_parse_into_targets() {
        for (url, expected) in [
            (
                "http://127.0.0.1:8080/readyz",
                "http://127.0.0.1:8080/readyz",
            ),
            ("http://127.0.0.1:8080", "http://127.0.0.1:8080/readyz"),
            ("http://localhost/", "http://localhost:80/readyz"),
            ("http://[::1]:9/healthz?x=1", "http://[::1]:9/healthz?x=1"),
        ] {
            let target: Target = url.parse().unwrap_or_else(|e| panic!("{url}: {e}"));
            assert_eq!(target.to_string(), expected, "{url}");
        }
        for (url, says) in [
            ("https://127.0.0.1:8080/readyz", "plain HTTP"),
            ("127.0.0.1:8080", "give http://"),
            ("ftp://x/readyz", "give http://"),
            ("http://user:pw@x/readyz", "credentials"),
            ("not a url", "is not a URL"),
        ] {
            let error = url.parse::<Target>().expect_err(url);
            assert!(error.contains(says), "{url}: {error}");
        }
    }

    #[test]
    fn a_wildcard_bind_is_probed_on_loopback() {
        for (bind, expected) in [
            ("0.0.0.0:8080", "http://127.0.0.1:8080/readyz"),
            ("[::]:8080", "http://[::1]:8080/readyz"),
            ("10.1.2.3:9000", "http://10.1.2.3:9000/readyz"),
        ] {
            assert_eq!(Target::from_bind(bind).unwrap().to_string(), expected);
        }
        assert!(Target::from_bind("localhost:8080")
            .unwrap_err()
            .contains("not ADDRESS:PORT"));
    }

    #[test]
    fn only_a_200_is_ready() {
        let ok = judge("t", b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}");
        assert_eq!(ok.unwrap(), "HTTP/1.1 200 OK");
        let draining = judge(
            "t",
            b"HTTP/1.1 503 Service Unavailable\r\n\r\n{\"status\":\n\"draining\"}",
        )
        .unwrap_err()
        .to_string();
        assert_eq!(
            draining,
            r#"t: answered 503 Service Unavailable: {"status": "draining"}"#
        );
        for garbage in [&b""[..], b"SSH-2.0-OpenSSH\r\n", b"HTTP/1.1 2"] {
            assert!(matches!(
                judge("t", garbage),
                Err(Unhealthy::NotHttp { .. })
            ));
        }
    }
}
