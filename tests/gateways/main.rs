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

/// The same three tests for each gateway.
macro_rules! gateway_tests {
    ($module:ident, $kind:expr) => {
        mod $module {
            use reqwest::Method;

            use crate::scenarios;
            use crate::stack::{Sidecar, Stack};

            #[tokio::test]
            #[cfg_attr(
                not(e2e),
                ignore = "set ERROR_L10N_E2E=1 to run the gateway end-to-end tests"
            )]
            async fn renders_errors_in_the_clients_language() {
                let stack = Stack::start($kind, Sidecar::Running).await;
                scenarios::renders_errors(&stack).await;
            }

            #[tokio::test]
            #[cfg_attr(
                not(e2e),
                ignore = "set ERROR_L10N_E2E=1 to run the gateway end-to-end tests"
            )]
            async fn fails_open_when_the_sidecar_is_stopped() {
                let mut stack = Stack::start($kind, Sidecar::Running).await;
                // The wiring works before the stop, so the stop is what
                // the rest of the test sees.
                let reply = stack
                    .request(
                        Method::GET,
                        "/api/v1/statuses/404",
                        &[("Accept-Language", "de")],
                        None,
                    )
                    .await;
                assert_eq!(
                    reply.header_joined("content-language").as_deref(),
                    Some("de")
                );
                stack.stop_sidecar();
                let mut cases = scenarios::mastodon_errors();
                cases.extend(scenarios::every_status());
                scenarios::fails_open(&stack, &cases).await;
            }

            #[tokio::test]
            #[cfg_attr(
                not(e2e),
                ignore = "set ERROR_L10N_E2E=1 to run the gateway end-to-end tests"
            )]
            async fn fails_open_when_the_sidecar_hangs() {
                let stack = Stack::start($kind, Sidecar::Hung).await;
                // Each intercepted error waits for the timeout: the five
                // shapes are enough.
                scenarios::fails_open(&stack, &scenarios::mastodon_errors()).await;
            }
        }
    };
}

gateway_tests!(nginx, crate::stack::Kind::Nginx);
gateway_tests!(haproxy, crate::stack::Kind::Haproxy);
gateway_tests!(caddy, crate::stack::Kind::Caddy);
gateway_tests!(nginx_lua, crate::stack::Kind::NginxLua);

/// Proxy mode behind a gateway: the common checks, then what only a proxy
/// keeps. A proxy that hangs is not tested: the gateway waits its read
/// timeout (Mastodon's own), as the recipes' READMEs say.
macro_rules! proxy_tests {
    ($module:ident, $kind:expr) => {
        mod $module {
            use reqwest::Method;

            use crate::scenarios;
            use crate::stack::{Sidecar, Stack};

            #[tokio::test]
            #[cfg_attr(
                not(e2e),
                ignore = "set ERROR_L10N_E2E=1 to run the gateway end-to-end tests"
            )]
            async fn renders_errors_in_the_clients_language() {
                let stack = Stack::start($kind, Sidecar::Running).await;
                scenarios::renders_errors(&stack).await;
                scenarios::proxy_keeps_mastodons_choices(&stack).await;
                scenarios::large_download_streams(&stack).await;
            }

            #[tokio::test]
            #[cfg_attr(
                not(e2e),
                ignore = "set ERROR_L10N_E2E=1 to run the gateway end-to-end tests"
            )]
            async fn fails_open_when_the_proxy_is_stopped() {
                let mut stack = Stack::start($kind, Sidecar::Running).await;
                let reply = stack
                    .request(
                        Method::GET,
                        "/api/v1/statuses/404",
                        &[("Accept-Language", "de")],
                        None,
                    )
                    .await;
                assert_eq!(
                    reply.header_joined("content-language").as_deref(),
                    Some("de")
                );
                stack.stop_sidecar();
                let mut cases = scenarios::mastodon_errors();
                cases.extend(scenarios::every_status());
                scenarios::fails_open(&stack, &cases).await;
            }

            #[tokio::test]
            #[cfg_attr(
                not(e2e),
                ignore = "set ERROR_L10N_E2E=1 to run the gateway end-to-end tests"
            )]
            async fn a_stopped_mastodon_is_a_localized_502() {
                let stack = Stack::start($kind, Sidecar::Running).await;
                stack.upstream.stop().await;
                scenarios::upstream_down(&stack).await;
            }
        }
    };
}

proxy_tests!(nginx_proxy, crate::stack::Kind::NginxProxy);
proxy_tests!(caddy_proxy, crate::stack::Kind::CaddyProxy);

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
