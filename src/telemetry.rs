//! Logging: `tracing` to stderr, as text or JSON lines, filtered by
//! `RUST_LOG` or `--log-level` (`info` by default).
//!
//! The HTTP layer (actix-http) logs every request it cannot parse at ERROR,
//! one line each: a client sending garbage would flood the log. Those lines
//! are shown only when the level asked for is `debug` or finer.

use tracing_subscriber::filter::Targets;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;

use crate::cli::LogFormat;

/// The filter for a level or `RUST_LOG`-style directives
/// (`warn,error_l10n=debug`); `None` when they do not parse.
pub fn filter(directives: &str) -> Option<Targets> {
    let directives = directives.trim();
    // A lone word must be a level: `Targets` would take `loud` as a target.
    if !directives.contains(['=', ',']) {
        directives
            .parse::<tracing_subscriber::filter::LevelFilter>()
            .ok()?;
    }
    let targets: Targets = directives.parse().ok()?;
    let debug = targets
        .default_level()
        .is_some_and(|l| l >= tracing_subscriber::filter::LevelFilter::DEBUG);
    Some(if debug {
        targets
    } else {
        targets
            .with_target("actix_http::h1", tracing::Level::WARN)
            .with_target(
                "actix_http::h1::dispatcher",
                tracing_subscriber::filter::LevelFilter::OFF,
            )
    })
}

pub fn init(format: LogFormat, filter: Targets) {
    let registry = tracing_subscriber::registry().with(filter);
    // Colours only for a person at a terminal, never in a log file.
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let layer = tracing_subscriber::fmt::layer()
        .with_writer(std::io::stderr)
        .with_ansi(ansi);
    // A second call (tests) keeps the first subscriber.
    let _ = match format {
        LogFormat::Text => registry.with(layer).try_init(),
        LogFormat::Json => registry.with(layer.json()).try_init(),
    };
}
