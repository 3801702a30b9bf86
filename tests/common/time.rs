//! Shared by the test binaries (`#[path]`-included): Mastodon's
//! `X-RateLimit-Reset` format, computed here so that no test uses the
//! service's own parser as its oracle.

use std::time::{SystemTime, UNIX_EPOCH};

/// An instant as `YYYY-MM-DDTHH:MM:SS.ffffffZ`, as Mastodon's
/// `X-RateLimit-Reset`; computed here so the test does not use the
/// service's parser as its own oracle.
pub fn iso8601(instant: SystemTime) -> String {
    let since = instant
        .duration_since(UNIX_EPOCH)
        .expect("an instant after 1970");
    let seconds = since.as_secs();
    let micros = since.subsec_micros();
    let (days, rest) = (seconds / 86_400, seconds % 86_400);
    let (year, month, day) = civil_from_days(days as i64);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{micros:06}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

/// Year, month, day of a count of days since 1970-01-01 (H. Hinnant).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[test]
fn iso8601_formats_known_instants() {
    use std::time::Duration;
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
