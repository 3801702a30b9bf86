//! The rate-limit context: how long a throttled client must wait.
//!
//! Mastodon sends `X-RateLimit-Reset` (an ISO 8601 instant) and no
//! `Retry-After`; other upstreams send `Retry-After` (seconds or an
//! HTTP-date). Every wait is rounded up: a client told to come back too early
//! is throttled again. One rule for absurd waits, whatever their source: a
//! wait longer than [`MAX_WAIT`] is not a wait anyone can act on, so it is
//! refused (`ContextError::TooLong`); a reset in the past is no wait at all.

use crate::error::clip;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

/// The longest wait told: seven days, in seconds. Mastodon's longest
/// throttle window is a day.
pub const MAX_WAIT: u64 = 7 * 24 * 3600;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ContextError {
    #[error("`retry_after` must be a number of seconds or an HTTP-date, got {:?}", clip(.0))]
    RetryAfter(String),
    #[error("`reset` must be an ISO 8601 instant like 2025-11-25T15:30:00.123456Z, got {:?}", clip(.0))]
    Reset(String),
    #[error("a wait of {0} seconds is longer than the {MAX_WAIT} seconds (7 days) told at most")]
    TooLong(u64),
}

/// The wait in whole seconds, rounded up; `None` when there is none to tell
/// (nothing given, a zero wait, or a reset already past). `retry_after` wins
/// over `reset`.
pub fn wait_seconds(
    retry_after: Option<&str>,
    reset: Option<&str>,
    now: SystemTime,
) -> Result<Option<u64>, ContextError> {
    let wait = if let Some(value) = retry_after.map(str::trim) {
        match parse_seconds(value) {
            Some(seconds) => seconds,
            None => {
                let date = httpdate::parse_http_date(value)
                    .map_err(|_| ContextError::RetryAfter(value.to_owned()))?;
                until(Instant::from(date), now)
            }
        }
    } else if let Some(value) = reset.map(str::trim) {
        let instant = parse_iso8601(value).ok_or_else(|| ContextError::Reset(value.to_owned()))?;
        until(instant, now)
    } else {
        return Ok(None);
    };
    if wait > MAX_WAIT {
        return Err(ContextError::TooLong(wait));
    }
    Ok(Some(wait).filter(|&w| w > 0))
}

/// `120` or `1.5` (rounded up), digits only; saturating, so that a huge
/// number is a wait too long rather than an overflow.
fn parse_seconds(value: &str) -> Option<u64> {
    let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !digits(whole) || !digits(fraction) {
        return None;
    }
    let seconds = whole.bytes().fold(0u64, |n, b| {
        n.saturating_mul(10).saturating_add(u64::from(b - b'0'))
    });
    let partial = fraction.bytes().any(|b| b != b'0');
    Some(seconds.saturating_add(u64::from(partial)))
}

/// Whole seconds from `now` to `instant`, rounded up; 0 when it is past.
fn until(instant: Instant, now: SystemTime) -> u64 {
    let now = Instant::from(now);
    if instant.0 <= now.0 {
        return 0;
    }
    let nanos = instant.0 - now.0;
    let seconds = nanos / 1_000_000_000 + i128::from(nanos % 1_000_000_000 > 0);
    u64::try_from(seconds).unwrap_or(u64::MAX)
}

/// An instant as nanoseconds since 1970, before it too: a reset of year 0
/// is a reset in the past, not an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Instant(i128);

impl From<SystemTime> for Instant {
    fn from(time: SystemTime) -> Instant {
        match time.duration_since(UNIX_EPOCH) {
            Ok(after) => Instant(after.as_nanos() as i128),
            Err(before) => Instant(-(before.duration().as_nanos() as i128)),
        }
    }
}

/// An RFC 3339 instant (ISO 8601's profile that `X-RateLimit-Reset` uses),
/// by the `time` crate: `2025-11-25T15:30:00.123456Z`, any offset.
pub fn parse_iso8601(value: &str) -> Option<Instant> {
    let parsed = OffsetDateTime::parse(value, &Rfc3339).ok()?;
    Some(Instant(parsed.unix_timestamp_nanos()))
}

impl std::ops::Add<Duration> for Instant {
    type Output = Instant;
    fn add(self, d: Duration) -> Instant {
        Instant(self.0 + d.as_nanos() as i128)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(iso: &str) -> Instant {
        parse_iso8601(iso).unwrap()
    }

    fn system(iso: &str) -> SystemTime {
        UNIX_EPOCH + Duration::from_nanos(at(iso).0 as u64)
    }

    #[test]
    fn iso8601_instants() {
        assert_eq!(at("1970-01-01T00:00:00Z"), Instant(0));
        assert_eq!(
            at("2025-11-25T15:30:00.123456Z"),
            Instant(1_764_084_600_123_456_000)
        );
        assert_eq!(at("2025-11-25T16:30:00+01:00"), at("2025-11-25T15:30:00Z"));
        assert_eq!(
            at("2024-03-01T00:00:00Z"),
            at("2024-02-28T00:00:00Z") + Duration::from_secs(2 * 86_400)
        );
        for bad in [
            "",
            "2025-11-25",
            "2025-11-25T15:30:00",
            "2025-13-01T00:00:00Z",
            "2025-02-29T00:00:00Z",
            "2025-11-25T24:00:00Z",
            "2025-11-25T15:30:00.Z",
            "2025-11-25T15:30:00+0100",
            "+2025-11-25T15:30:00Z",
            "2025-11-25T15:30:00Zjunk",
            "１９７０-01-01T00:00:00Z",
        ] {
            assert_eq!(parse_iso8601(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn waits_are_rounded_up() {
        let now = system("2025-11-25T15:29:00Z");
        let wait = |r: Option<&str>, x: Option<&str>| wait_seconds(r, x, now);
        assert_eq!(wait(Some("30"), None), Ok(Some(30)));
        assert_eq!(wait(Some("1.2"), None), Ok(Some(2)));
        assert_eq!(wait(Some("0"), None), Ok(None));
        assert_eq!(
            wait(None, Some("2025-11-25T15:30:00.123456Z")),
            Ok(Some(61))
        );
        assert_eq!(wait(None, Some("2025-11-25T15:29:00Z")), Ok(None));
        assert_eq!(wait(None, Some("2025-11-25T15:00:00Z")), Ok(None));
        assert_eq!(
            wait(Some("Tue, 25 Nov 2025 15:31:00 GMT"), None),
            Ok(Some(120))
        );
        // retry_after wins over reset
        assert_eq!(wait(Some("5"), Some("2025-11-25T16:00:00Z")), Ok(Some(5)));
        assert_eq!(wait(None, None), Ok(None));
    }

    #[test]
    fn bad_context_is_an_error() {
        let now = UNIX_EPOCH;
        for bad in ["-5", "abc", "1e3", "", "5 s"] {
            assert!(wait_seconds(Some(bad), None, now).is_err(), "{bad:?}");
        }
        assert!(wait_seconds(None, Some("tomorrow"), now).is_err());
    }

    /// One rule for every source: over seven days is too long; a reset in
    /// the past, even before 1970, is no wait.
    #[test]
    fn absurd_waits() {
        let now = system("2025-11-25T15:29:00Z");
        let too_long = |r: Option<&str>, x: Option<&str>| {
            matches!(wait_seconds(r, x, now), Err(ContextError::TooLong(_)))
        };
        assert!(too_long(Some("604801"), None));
        assert!(too_long(Some("99999999999999999999999"), None));
        assert!(too_long(None, Some("9999-12-31T23:59:59Z")));
        assert!(too_long(Some("Fri, 31 Dec 9999 23:59:59 GMT"), None));
        assert_eq!(wait_seconds(Some("604800"), None, now), Ok(Some(604_800)));
        for past in ["1969-12-31T23:59:59Z", "0000-01-01T00:00:00Z"] {
            assert_eq!(wait_seconds(None, Some(past), now), Ok(None), "{past}");
        }
    }
}
