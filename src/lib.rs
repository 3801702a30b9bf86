//! error-l10n: a sidecar that renders Mastodon API error bodies in the
//! client's language, for an API gateway to put in place of the upstream's.
//!
//! The map of the crate:
//!
//! - `negotiation` — `Accept-Language` parsing and matching into a fallback
//!   chain of served locales. Pure functions, no HTTP types.
//! - `catalog` — the messages' metadata and every locale's Fluent bundle,
//!   loaded strictly from the embedded locales or a folder.
//! - `render` — one message for one chain, into Mastodon's JSON body.
//! - `recognize` — which message an upstream English text is, and the
//!   values its variables took.
//! - `translate` — `POST /v1/translate`: the upstream's body with its message
//!   replaced, every other byte kept.
//! - `query` — the sidecar's query string: reserved parameters and arguments.
//! - `ratelimit` — the wait a throttled client is told, from the upstream's
//!   `Retry-After` or `X-RateLimit-Reset`.
//! - `routes` — the HTTP routes, gluing extractors to the above.
//! - `error` — the sidecar's own faults, as problem+json.
//! - `startup` — building and running the server.
//! - `config` — the command line; `cli` — its subcommands.
//! - `telemetry` — logging.

pub mod catalog;
pub mod cli;
pub mod config;
pub mod error;
pub mod negotiation;
pub mod query;
pub mod ratelimit;
pub mod recognize;
pub mod render;
pub mod routes;
pub mod startup;
pub mod telemetry;
pub mod translate;
