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
