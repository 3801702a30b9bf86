//! The command line: `render` prints what the service would answer, and
//! `serve` refuses a broken catalog with every problem located.

use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_error-l10n"))
        .args(args)
        .env_remove("ERROR_L10N_LOCALES")
        .env_remove("ERROR_L10N_DEFAULT_LOCALE")
        .env_remove("ERROR_L10N_OAUTH_STRICT")
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

#[test]
fn render_prints_the_body() {
    let out = run(&[
        "render",
        "rate-limited",
        "--accept-language",
        "fr-CH, de;q=0.8",
    ]);
    assert!(out.status.success(), "{out:?}");
    let fr = crate::helpers::ftl_text("fr", "rate-limited");
    assert_eq!(
        stdout(&out).trim(),
        serde_json::json!({ "error": fr }).to_string()
    );

    let out = run(&[
        "render",
        "param-missing",
        "--locale",
        "en",
        "--arg",
        "param=status",
    ]);
    assert_eq!(
        stdout(&out).trim(),
        r#"{"error":"param is missing or the value is empty or invalid: status"}"#
    );

    let out = run(&[
        "render",
        "rate-limited",
        "--locale",
        "en",
        "--retry-after",
        "90",
    ]);
    assert_eq!(
        stdout(&out).trim(),
        r#"{"error":"Too many requests","error_description":"Try again in 2 minutes."}"#
    );

    let out = run(&[
        "render",
        "invalid-grant",
        "--locale",
        "de",
        "--oauth-strict",
    ]);
    let body: serde_json::Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(body["error"], "invalid_grant");
    assert!(body["error_description"]
        .as_str()
        .unwrap()
        .starts_with("The provided authorization grant"));
    assert_eq!(
        body["error_description_localized"],
        crate::helpers::ftl_text("de", "invalid-grant")
    );
}

#[test]
fn render_refuses_bad_input_with_a_message() {
    for (args, says) in [
        (&["render", "no-such-id"][..], "no message `no-such-id`"),
        (
            &["render", "rate-limited", "--locale", "not a tag"][..],
            "not a valid language tag",
        ),
        (
            &[
                "render",
                "invalid-code-challenge-method",
                "--arg",
                "count=many",
            ][..],
            "must be a number",
        ),
        (
            &["render", "rate-limited", "--arg", "novalue"][..],
            "expected NAME=VALUE",
        ),
    ] {
        let out = run(args);
        assert!(!out.status.success(), "{args:?} should fail");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(says), "{args:?}: {stderr}");
    }
}

#[test]
fn a_broken_locales_folder_is_refused_naming_every_problem() {
    let dir = tempfile::tempdir().unwrap();
    let en = dir.path().join("en");
    std::fs::create_dir(&en).unwrap();
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/en")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, en.join(path.file_name().unwrap())).unwrap();
    }
    let de = dir.path().join("de");
    std::fs::create_dir(&de).unwrap();
    std::fs::write(
        de.join("errors.ftl"),
        "record-not-found = Nicht { gefunden\nnot-an-id = x\n",
    )
    .unwrap();
    let locales = dir.path().to_str().unwrap();
    let out = run(&["serve", "--locales", locales, "--bind", "127.0.0.1:0"]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("de/errors.ftl:2:1: error: de: Expected a token"),
        "{stderr}"
    );
    assert!(
        stderr.contains("de/errors.ftl:2:1: error: de: unknown id `not-an-id`"),
        "{stderr}"
    );

    // The same folder, mended, serves.
    std::fs::write(de.join("errors.ftl"), "record-not-found = Nicht gefunden\n").unwrap();
    let out = run(&[
        "render",
        "record-not-found",
        "--locales",
        locales,
        "--locale",
        "de",
    ]);
    assert_eq!(
        stdout(&out).trim(),
        r#"{"error":"Nicht gefunden"}"#,
        "{out:?}"
    );
}

#[test]
fn flags_have_environment_equivalents() {
    // An OAuth message: strict mode shows only there.
    let out = Command::new(env!("CARGO_BIN_EXE_error-l10n"))
        .args(["render", "invalid-grant"])
        .env("ERROR_L10N_DEFAULT_LOCALE", "de")
        .env("ERROR_L10N_OAUTH_STRICT", "true")
        .env_remove("ERROR_L10N_LOCALES")
        .output()
        .unwrap();
    let de = crate::helpers::ftl_text("de", "invalid-grant");
    let en = crate::helpers::ftl_text("en", "invalid-grant");
    assert_eq!(
        stdout(&out).trim(),
        serde_json::json!({
            "error": "invalid_grant",
            "error_description": en,
            "error_description_localized": de,
        })
        .to_string()
    );
    let out = Command::new(env!("CARGO_BIN_EXE_error-l10n"))
        .args(["serve"])
        .env("ERROR_L10N_BIND", "not an address")
        .env_remove("ERROR_L10N_LOCALES")
        .env_remove("ERROR_L10N_DEFAULT_LOCALE")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("cannot listen on not an address"),
        "{out:?}"
    );
}

/// The binary serving on a free port, once it answers `/healthz`.
fn spawn_serve(extra: &[&str]) -> (std::process::Child, String) {
    let bind = crate::http::free_address();
    (spawn_serve_on(&bind, extra), bind)
}

/// The binary serving on `bind`, once it answers `/healthz` there.
fn spawn_serve_on(bind: &str, extra: &[&str]) -> std::process::Child {
    let child = Command::new(env!("CARGO_BIN_EXE_error-l10n"))
        .args(["serve", "--bind", bind])
        .args(extra)
        .env_remove("ERROR_L10N_LOCALES")
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Serving, not merely listening: the server runs once its signal
    // handlers are in place.
    wait_until_healthy(bind);
    child
}

/// Waits (at most 10 s) until `bind` answers `GET /healthz` with 200.
fn wait_until_healthy(bind: &str) {
    let started = std::time::Instant::now();
    while raw_get(bind, "/healthz").is_none_or(|a| !a.starts_with("HTTP/1.1 200")) {
        assert!(started.elapsed().as_secs() < 10, "{bind} did not start");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// One request on a new connection; the whole answer, or `None` when the
/// connection is refused.
pub fn raw_get(bind: &str, path: &str) -> Option<String> {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(bind).ok()?;
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(5)))
        .ok()?;
    let head = format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    stream.write_all(head.as_bytes()).ok()?;
    let mut answer = String::new();
    stream.read_to_string(&mut answer).ok()?;
    Some(answer)
}

fn sigterm(child: &std::process::Child) {
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
}

#[test]
fn sigterm_drains_and_exits_cleanly() {
    let (child, _) = spawn_serve(&[]);
    sigterm(&child);
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("draining requests in flight"), "{stderr}");
}

/// Waits up to `limit` for the process to exit; kills it and fails if not.
fn exits_within(mut child: std::process::Child, limit: std::time::Duration) -> Output {
    let started = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > limit {
            child.kill().unwrap();
            let output = child.wait_with_output().unwrap();
            panic!(
                "still running {limit:?} after SIGTERM: {}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

/// In proxy mode both listeners stop, and the process exits.
#[test]
fn sigterm_stops_the_proxy_listener_too() {
    let (child, _) = spawn_serve(&[
        "--upstream",
        "http://127.0.0.1:9",
        "--proxy-bind",
        "127.0.0.1:0",
    ]);
    sigterm(&child);
    let output = exits_within(child, std::time::Duration::from_secs(10));
    assert_eq!(output.status.code(), Some(0), "{output:?}");
}

/// During the shutdown delay `/readyz` says 503 and errors still render;
/// then the process exits 0.
#[test]
fn readyz_turns_503_while_errors_still_render() {
    let (child, bind) = spawn_serve(&["--shutdown-delay", "2"]);
    let before = raw_get(&bind, "/readyz").unwrap();
    assert!(before.starts_with("HTTP/1.1 200"), "{before}");
    let asked = std::time::Instant::now();
    sigterm(&child);
    let mut readyz = String::new();
    while asked.elapsed() < std::time::Duration::from_millis(1500) {
        readyz = raw_get(&bind, "/readyz").unwrap_or_default();
        if readyz.starts_with("HTTP/1.1 503") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert!(readyz.starts_with("HTTP/1.1 503"), "{readyz}");
    assert!(readyz.ends_with(r#"{"status":"draining"}"#), "{readyz}");
    let error = raw_get(&bind, "/v1/status/404").expect("still serving");
    assert!(error.starts_with("HTTP/1.1 404"), "{error}");
    assert!(error.contains("error-l10n-result: rendered"), "{error}");
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert!(
        asked.elapsed() >= std::time::Duration::from_secs(2),
        "the listener served for the whole delay"
    );
}

/// Under a stream of one-request connections, SIGTERM leaves none that the
/// kernel accepted unanswered: those queued when the server stops taking
/// new ones are still taken and answered, later ones are refused. (Before,
/// each client had one connection reset as the listener closed.)
#[test]
fn sigterm_answers_every_connection_it_accepted() {
    let (child, bind) = spawn_serve(&[]);
    every_accepted_connection_is_answered(child, bind);
}

/// The same on the proxy listener (in front of the query API itself).
#[test]
fn sigterm_answers_every_connection_the_proxy_accepted() {
    // The upstream is the query API of the same process.
    let (api, proxy) = (crate::http::free_address(), crate::http::free_address());
    let upstream = format!("http://{api}");
    let child = spawn_serve_on(&api, &["--proxy-bind", &proxy, "--upstream", &upstream]);
    wait_until_healthy(&proxy);
    every_accepted_connection_is_answered(child, proxy);
}

/// Loads `bind` with one-request connections from 4 threads, sends SIGTERM,
/// and checks that every connection the kernel accepted was answered.
fn every_accepted_connection_is_answered(child: std::process::Child, bind: String) {
    use std::io::{Read, Write};
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    use std::sync::Arc;
    let stop = Arc::new(AtomicBool::new(false));
    let (answered, unanswered) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    let clients: Vec<_> = (0..4)
        .map(|_| {
            let (bind, stop) = (bind.clone(), stop.clone());
            let (answered, unanswered) = (answered.clone(), unanswered.clone());
            std::thread::spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    let Ok(mut stream) = std::net::TcpStream::connect(&bind) else {
                        std::thread::sleep(std::time::Duration::from_millis(1));
                        continue; // refused: never accepted
                    };
                    let _ = stream.set_read_timeout(Some(std::time::Duration::from_secs(5)));
                    let _ = stream.write_all(
                        b"GET /v1/status/404 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                    );
                    let mut answer = Vec::new();
                    let _ = stream.read_to_end(&mut answer);
                    let counter = if answer.starts_with(b"HTTP/1.1 404") {
                        &answered
                    } else {
                        &unanswered
                    };
                    counter.fetch_add(1, Ordering::Relaxed);
                }
            })
        })
        .collect();
    std::thread::sleep(std::time::Duration::from_millis(500));
    sigterm(&child);
    let output = child.wait_with_output().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(200));
    stop.store(true, Ordering::Relaxed);
    for client in clients {
        client.join().unwrap();
    }
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert!(answered.load(Ordering::Relaxed) > 0, "the load ran");
    assert_eq!(
        unanswered.load(Ordering::Relaxed),
        0,
        "accepted but not answered, of {} answered",
        answered.load(Ordering::Relaxed)
    );
}

/// A request in flight when SIGTERM arrives is answered before the exit.
#[test]
fn sigterm_lets_a_slow_request_finish() {
    use std::io::{Read, Write};
    let (child, bind) = spawn_serve(&[]);
    let body = r#"{"error":"Record not found"}"#;
    let mut stream = std::net::TcpStream::connect(&bind).unwrap();
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(10)))
        .unwrap();
    let head = format!(
        "POST /v1/translate?status=404&locale=de HTTP/1.1\r\nHost: x\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).unwrap();
    stream.write_all(&body.as_bytes()[..10]).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    sigterm(&child);
    std::thread::sleep(std::time::Duration::from_millis(300));
    stream.write_all(&body.as_bytes()[10..]).unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 404"), "{answer}");
    assert!(answer.contains("content-language: de"), "{answer}");
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
}

#[test]
fn render_refuses_an_internal_id() {
    for id in ["retry-after-seconds", "retry-after-hours", "locale-name"] {
        let out = Command::new(env!("CARGO_BIN_EXE_error-l10n"))
            .args(["render", id, "--retry-after", "30"])
            .env_remove("ERROR_L10N_LOCALES")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{id}: {out:?}");
        assert!(stdout(&out).is_empty(), "{id}: no body");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(&format!("no message `{id}`")),
            "{id}: {out:?}"
        );
    }
}

#[test]
fn an_invalid_log_level_is_refused_naming_the_setting() {
    let out = run(&["serve", "--bind", "127.0.0.1:0", "--log-level", "loud"]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("--log-level (ERROR_L10N_LOG_LEVEL) is \"loud\""),
        "{stderr}"
    );
}

/// Malformed requests are not logged one ERROR line each at the default
/// level (a client sending garbage must not flood the log); at debug they
/// are, with one line per request.
#[test]
fn malformed_requests_do_not_flood_the_log() {
    use std::io::{Read, Write};
    for (level, expect_lines) in [("info", false), ("debug", true)] {
        let (child, bind) = spawn_serve(&["--log-level", level]);
        for _ in 0..20 {
            let mut stream = std::net::TcpStream::connect(&bind).unwrap();
            stream
                .write_all(b"GARBAGE \x01\x02 HTTP/9\r\n\r\n")
                .unwrap();
            let _ = stream.read_to_end(&mut Vec::new());
        }
        raw_get(&bind, "/v1/status/404").unwrap();
        sigterm(&child);
        let output = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        let errors = stderr.lines().filter(|l| l.contains("ERROR")).count();
        if expect_lines {
            assert!(stderr.contains("route=\"/v1/status/{code}\""), "{stderr}");
        } else {
            assert_eq!(errors, 0, "{stderr}");
            assert!(
                !stderr.contains("route="),
                "no request lines at info: {stderr}"
            );
        }
    }
}

/// `error-l10n healthcheck`, as a container runtime runs it: its exit code
/// and its one line of output.
fn healthcheck(args: &[&str], bind_env: Option<&str>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_error-l10n"));
    command.arg("healthcheck").args(args);
    match bind_env {
        Some(bind) => command.env("ERROR_L10N_BIND", bind),
        None => command.env_remove("ERROR_L10N_BIND"),
    };
    command.output().expect("the binary runs")
}

fn one_line(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes).into_owned();
    assert_eq!(text.trim_end().lines().count(), 1, "one line: {text:?}");
    text.trim_end().to_owned()
}

#[test]
fn healthcheck_passes_on_a_ready_service_and_fails_once_it_stops() {
    let (child, bind) = spawn_serve(&[]);
    let url = format!("http://{bind}/readyz");
    let out = healthcheck(&[&url], None);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(
        one_line(&out.stdout),
        format!("ready: {url} answered HTTP/1.1 200 OK")
    );
    // Without a URL, the bind address from the environment; a wildcard is
    // probed on loopback, as in a container.
    let port = bind.rsplit(':').next().unwrap();
    let out = healthcheck(&[], Some(&format!("0.0.0.0:{port}")));
    assert_eq!(out.status.code(), Some(0), "{out:?}");

    sigterm(&child);
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    let out = healthcheck(&[&url], None);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let line = one_line(&out.stderr);
    assert!(
        line.starts_with(&format!("error-l10n: not ready: {url}: cannot connect")),
        "{line}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn healthcheck_fails_while_the_service_drains() {
    let (child, bind) = spawn_serve(&["--shutdown-delay", "2"]);
    sigterm(&child);
    let url = format!("http://{bind}/readyz");
    let started = std::time::Instant::now();
    let out = loop {
        let out = healthcheck(&[&url], None);
        if out.status.code() != Some(0) || started.elapsed().as_millis() > 1500 {
            break out;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert_eq!(
        one_line(&out.stderr),
        format!(
            r#"error-l10n: not ready: {url}: answered 503 Service Unavailable: {{"status":"draining"}}"#
        )
    );
    child.wait_with_output().unwrap();
}

/// A service that accepts connections and never answers: the probe gives
/// up at its timeout, not at the kernel's.
#[test]
fn healthcheck_is_bounded_by_its_timeout() {
    // Listening but never accepting: the kernel completes the handshake,
    // nothing ever answers.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/readyz", silent.local_addr().unwrap());
    let started = std::time::Instant::now();
    let out = healthcheck(&[&url, "--timeout", "0.5"], None);
    let took = started.elapsed();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert_eq!(
        one_line(&out.stderr),
        format!("error-l10n: not ready: {url}: no answer within 500ms")
    );
    assert!(took < std::time::Duration::from_secs(3), "took {took:?}");
    assert!(
        took >= std::time::Duration::from_millis(500),
        "took {took:?}"
    );
}

#[test]
fn healthcheck_refuses_bad_input_with_exit_2() {
    for (args, bind, says) in [
        (&["https://127.0.0.1:8080/readyz"][..], None, "plain HTTP"),
        (
            &["127.0.0.1:8080"][..],
            None,
            "give http://HOST:PORT/readyz",
        ),
        (&["http://"][..], None, "is not a URL"),
        (
            &[][..],
            Some("somewhere"),
            "ERROR_L10N_BIND is \"somewhere\"",
        ),
        (&["--timeout", "0"][..], None, "the timeout must be above 0"),
        (
            &["--timeout", "soon"][..],
            None,
            "expected a number of seconds",
        ),
    ] {
        let out = healthcheck(args, bind);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {out:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(says), "{args:?}: {stderr}");
    }
}
