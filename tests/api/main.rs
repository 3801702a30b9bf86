//! The HTTP integration tests: one binary, one module per area. Every test
//! starts its own server on port 0 (`helpers::spawn_app`).

mod arguments;
mod bad_input;
mod catalog_walk;
mod check;
mod cli;
mod coverage;
mod custom_locales;
mod helpers;
mod hostile;
#[path = "../common/http.rs"]
mod http;
mod info_routes;
mod limits;
mod metrics;
mod negotiation_http;
mod oauth;
mod proxy;
mod rate_limit;
mod reload;
mod render_routes;
#[path = "../common/time.rs"]
mod time;
mod translate;
