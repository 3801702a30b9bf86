//! Checks of what `deploy/` ships: the systemd unit, the container image,
//! the Kubernetes manifests and the OpenAPI document, each with the
//! validator its world uses.
//!
//! They need tools from outside the Rust toolchain (systemd-analyze,
//! buildah, Python validators from PyPI), so they run when
//! `ERROR_L10N_E2E=1` (`cfg(e2e)`, as the gateway tests) and then fail
//! when a tool is missing; without it each shows as ignored, with the
//! reason. `.ci/run` installs the tools.

mod container;
mod fuzz;
#[path = "../common/http.rs"]
mod http;
mod kubernetes;
mod openapi;
#[path = "../common/program.rs"]
mod program;
mod service;
mod systemd;
mod tools;
