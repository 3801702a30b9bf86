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
        stderr.contains("de/errors.ftl:2:1: de: Expected a token"),
        "{stderr}"
    );
    assert!(
        stderr.contains("de/errors.ftl:2:1: de: unknown id `not-an-id`"),
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
    let out = Command::new(env!("CARGO_BIN_EXE_error-l10n"))
        .args(["render", "record-not-found"])
        .env("ERROR_L10N_DEFAULT_LOCALE", "de")
        .env("ERROR_L10N_OAUTH_STRICT", "true")
        .env_remove("ERROR_L10N_LOCALES")
        .output()
        .unwrap();
    let de = crate::helpers::ftl_text("de", "record-not-found");
    assert_eq!(
        stdout(&out).trim(),
        serde_json::json!({ "error": de }).to_string()
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

#[test]
fn sigterm_drains_and_exits_cleanly() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let bind = format!("127.0.0.1:{port}");
    let child = Command::new(env!("CARGO_BIN_EXE_error-l10n"))
        .args(["serve", "--bind", &bind])
        .env_remove("ERROR_L10N_LOCALES")
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Serving, not merely listening: the server runs once its signal
    // handlers are in place.
    let healthy = || {
        use std::io::{Read, Write};
        let mut stream = std::net::TcpStream::connect(&bind).ok()?;
        stream
            .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            .ok()?;
        let mut answer = String::new();
        stream.read_to_string(&mut answer).ok()?;
        answer.starts_with("HTTP/1.1 200").then_some(())
    };
    let started = std::time::Instant::now();
    while healthy().is_none() {
        assert!(started.elapsed().as_secs() < 10, "the server did not start");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("shutting down: draining requests in flight"),
        "{stderr}"
    );
}
