//! End-to-end tests of the gateway recipes in `examples/`: the real nginx,
//! HAProxy and Caddy, each with the example's configuration, between a
//! mock Mastodon and the `error-l10n` binary, all on loopback and free
//! ports.
//!
//! They run when `ERROR_L10N_E2E=1` (CI sets it; the build script turns
//! it into `cfg(e2e)`) and then fail if a gateway is missing; without it
//! each shows as ignored in the summary, with the reason.

#[path = "../common/http.rs"]
mod http;
#[path = "../common/program.rs"]
mod program;
mod scenarios;
mod stack;
mod support;
#[path = "../common/time.rs"]
mod time;
mod upstream;

/// The same three tests for each gateway: errors rendered, fail-open with
/// the sidecar stopped, and `$third`, a scenario taking the kind: a hung
/// sidecar for the sidecar recipes, a stopped Mastodon for proxy mode (a
/// hung proxy costs the gateway's read timeout, Mastodon's own, as the
/// recipes' READMEs say).
macro_rules! gateway_tests {
    ($module:ident, $kind:expr, $third:ident) => {
        mod $module {
            use crate::scenarios;

            #[tokio::test]
            #[cfg_attr(
                not(e2e),
                ignore = "set ERROR_L10N_E2E=1 to run the gateway end-to-end tests"
            )]
            async fn renders_errors_in_the_clients_language() {
                scenarios::renders_errors_with($kind).await;
            }

            #[tokio::test]
            #[cfg_attr(
                not(e2e),
                ignore = "set ERROR_L10N_E2E=1 to run the gateway end-to-end tests"
            )]
            async fn fails_open_when_the_sidecar_is_stopped() {
                scenarios::fails_open_when_stopped($kind).await;
            }

            #[tokio::test]
            #[cfg_attr(
                not(e2e),
                ignore = "set ERROR_L10N_E2E=1 to run the gateway end-to-end tests"
            )]
            async fn $third() {
                scenarios::$third($kind).await;
            }
        }
    };
}

gateway_tests!(
    nginx,
    crate::stack::Kind::Nginx,
    fails_open_when_the_sidecar_hangs
);
gateway_tests!(
    haproxy,
    crate::stack::Kind::Haproxy,
    fails_open_when_the_sidecar_hangs
);
gateway_tests!(
    caddy,
    crate::stack::Kind::Caddy,
    fails_open_when_the_sidecar_hangs
);
gateway_tests!(
    nginx_lua,
    crate::stack::Kind::NginxLua,
    fails_open_when_the_sidecar_hangs
);
gateway_tests!(
    nginx_proxy,
    crate::stack::Kind::NginxProxy,
    a_stopped_mastodon_is_a_localized_502
);
gateway_tests!(
    caddy_proxy,
    crate::stack::Kind::CaddyProxy,
    a_stopped_mastodon_is_a_localized_502
);

/// A real client library (Mastodon.py, from PyPI) through nginx and the
/// proxy: it raises its usual error for a 422, with the message in German.
#[tokio::test]
#[cfg_attr(
    not(e2e),
    ignore = "set ERROR_L10N_E2E=1 to run the gateway end-to-end tests"
)]
async fn mastodon_py_shows_the_translated_detail() {
    use crate::stack::{Kind, Sidecar, Stack};

    let python = std::env::var("ERROR_L10N_PYTHON").unwrap_or_else(|_| {
        panic!(
            "ERROR_L10N_E2E=1 but ERROR_L10N_PYTHON is not set: point it at a Python with \
             Mastodon.py installed (.ci/run makes one)"
        )
    });
    let stack = Stack::start(Kind::NginxProxy, Sidecar::Running).await;
    let script = http::repo_path("tests/gateways/mastodon_py.py");
    let url = stack.gateway_url().to_owned();
    let output = tokio::task::spawn_blocking(move || {
        std::process::Command::new(python)
            .arg(script)
            .arg(url)
            .output()
            .expect("the Python script runs")
    })
    .await
    .expect("the script's thread");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "Mastodon.py failed: {stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let raised: serde_json::Value = serde_json::from_str(stdout.trim()).expect("one JSON line");
    assert_eq!(raised["status"], 422, "{raised}");
    let expected = stack
        .oracle(
            422,
            upstream::VALIDATION_FAILED,
            &[("Accept-Language", "de")],
        )
        .await
        .expect("the sidecar translates the 422");
    assert_eq!(
        raised["error"],
        expected.json("oracle")["error"],
        "Mastodon.py shows the German text: {raised}"
    );
}
