//! error-l10n: a sidecar that renders Mastodon API error bodies in the
//! client's language, for an API gateway to put in place of the upstream's.
//!
//! The map of the crate, in the order a request uses it:
//!
//! - `metadata` — what `messages.toml` says of each message: statuses, OAuth
//!   code, variables, upstream wordings, the `/v1/status` table, the hints.
//! - `catalog` — every locale's Fluent bundle, read from the embedded
//!   locales or a folder and validated strictly against the metadata.
//! - `plural` — plural categories by current CLDR (ICU4X); `pseudo` — the
//!   pseudo-locales `en-XA` and `ar-XB`, derived from `en`.
//! - `format` — one message of one locale into text and into Mastodon's
//!   JSON body; numeric variants chosen by `plural`. No caches.
//! - `compiled` — the catalog plus everything prepared from it once:
//!   bodies, templates, hints, header values, the recognizer, and each
//!   worker's memo of `Accept-Language` → chain.
//! - `negotiation` — `Accept-Language` parsing and matching into a fallback
//!   chain of served locales. Pure functions, no HTTP types.
//! - `render` — one message for one request's context, from what
//!   `compiled` prepared.
//! - `recognize` — which message an upstream English text is, and the
//!   values its variables took; `translate` — `POST /v1/translate`, the
//!   upstream's body with its message replaced, every other byte kept.
//! - `query` — the sidecar's query string; `ratelimit` — the wait a
//!   throttled client is told.
//! - `routes` — the HTTP routes; `openapi` — their OpenAPI document,
//!   generated from the handlers' attributes; `error` — the sidecar's own faults;
//!   `metrics` — the counters `/metrics` reports.
//! - `proxy` — proxy mode: requests forwarded to the upstream, its error
//!   answers translated by `translate`, everything else streamed back.
//! - `reload` — the catalog serving, swapped whole on SIGHUP, `POST
//!   /admin/reload` or a change of the watched folder.
//! - `limits` — what one client can hold: the body deadline, the
//!   connection bound, memory given back after a flood.
//! - `startup` — building and running the server; `cli` — the command
//!   line; `commands` — what each subcommand does; `telemetry` — logging;
//!   `healthcheck` — the probe of `error-l10n healthcheck`.
//!
//! A request's path: `routes` parses the query (`query`) and works out the
//! request's context once — the chain (`compiled`'s memo over
//! `negotiation`), the status and, for a 429, the wait (`ratelimit`) — then
//! `render` answers from `compiled`'s prepared bodies, formatting (`format`)
//! only what the request's arguments change. Translate recognizes the
//! upstream's text (`recognize`) and splices the rendered text into the
//! body. `compiled` is built once per catalog load, never per request.

#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic,
        clippy::unreachable
    )
)]

pub mod catalog;
pub mod cli;
pub mod commands;
pub mod compiled;
mod error;
mod format;
pub mod healthcheck;
pub mod limits;
pub mod metadata;
mod metrics;
pub mod negotiation;
mod openapi;
mod plural;
pub mod proxy;
pub mod proxy_server;
mod pseudo;
mod query;
mod ratelimit;
mod recognize;
pub mod reload;
mod render;
mod routes;
pub mod startup;
mod telemetry;
pub mod translate;
pub mod upstream;

pub use error::{ID_HEADER, RESULT_HEADER};
pub use format::ArgumentError;
pub use render::{Context, Rendered};
pub use translate::DEFAULT_BODY_LIMIT;
