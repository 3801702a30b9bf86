//! Shared by the test binaries (`#[path]`-included): Mastodon's
//! `X-RateLimit-Reset` format, written by `chrono`, an implementation
//! independent of the `time` crate the service parses it with.

use std::time::SystemTime;

use chrono::{DateTime, SecondsFormat, Utc};

/// An instant as `YYYY-MM-DDTHH:MM:SS.ffffffZ`, as Mastodon's
/// `X-RateLimit-Reset`.
pub fn iso8601(instant: SystemTime) -> String {
    DateTime::<Utc>::from(instant).to_rfc3339_opts(SecondsFormat::Micros, true)
}

#[test]
fn iso8601_formats_known_instants() {
    use std::time::{Duration, UNIX_EPOCH};
    assert_eq!(iso8601(UNIX_EPOCH), "1970-01-01T00:00:00.000000Z");
    assert_eq!(
        iso8601(UNIX_EPOCH + Duration::new(1_764_084_600, 123_456_000)),
        "2025-11-25T15:30:00.123456Z"
    );
    assert_eq!(
        iso8601(UNIX_EPOCH + Duration::from_secs(951_782_400)),
        "2000-02-29T00:00:00.000000Z"
    );
}
