//! The rate-limit context: how long a throttled client must wait.
//!
//! Mastodon sends `X-RateLimit-Reset` (an ISO 8601 instant) and no
//! `Retry-After`; other upstreams send `Retry-After` (seconds or an
//! HTTP-date). Every wait is rounded up: a client told to come back too early
//! is throttled again.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ContextError {
    #[error("`retry_after` must be a number of seconds or an HTTP-date, got {0:?}")]
    RetryAfter(String),
    #[error("`reset` must be an ISO 8601 instant like 2025-11-25T15:30:00.123456Z, got {0:?}")]
    Reset(String),
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
        if let Some(seconds) = parse_seconds(value) {
            seconds
        } else {
            let date = httpdate::parse_http_date(value)
                .map_err(|_| ContextError::RetryAfter(value.to_owned()))?;
            until(date, now)
        }
    } else if let Some(value) = reset.map(str::trim) {
        let instant = parse_iso8601(value).ok_or_else(|| ContextError::Reset(value.to_owned()))?;
        until(instant, now)
    } else {
        return Ok(None);
    };
    Ok(Some(wait).filter(|&w| w > 0))
}

/// `120` or `1.5` (rounded up); bounded so that a typo cannot overflow.
fn parse_seconds(value: &str) -> Option<u64> {
    let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || whole.len() > 10 || !digits(whole) || !digits(fraction) {
        return None;
    }
    let seconds: u64 = whole.parse().ok()?;
    let partial = fraction.bytes().any(|b| b != b'0');
    Some(seconds + u64::from(partial))
}

fn until(instant: SystemTime, now: SystemTime) -> u64 {
    match instant.duration_since(now) {
        Ok(d) => d.as_secs() + u64::from(d.subsec_nanos() > 0),
        Err(_) => 0,
    }
}

/// `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`, as Mastodon's
/// `X-RateLimit-Reset` (`2025-11-25T15:30:00.123456Z`).
pub fn parse_iso8601(value: &str) -> Option<SystemTime> {
    let b = value.as_bytes();
    let num = |range: std::ops::Range<usize>| -> Option<i64> {
        let s = value.get(range)?;
        s.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| s.parse().ok())?
    };
    if b.len() < 20
        || b[4] != b'-'
        || b[7] != b'-'
        || !matches!(b[10], b'T' | b't' | b' ')
        || b[13] != b':'
        || b[16] != b':'
    {
        return None;
    }
    let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (hour, minute, second) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if !(1..=12).contains(&month)
        || day < 1
        || day > days_in_month(year, month)
        || hour > 23
        || minute > 59
        || second > 60
    {
        return None;
    }
    let mut rest = &value[19..];
    let mut nanos = 0u32;
    if let Some(fraction) = rest.strip_prefix('.') {
        let len = fraction.bytes().take_while(u8::is_ascii_digit).count();
        if len == 0 || len > 9 {
            return None;
        }
        nanos = fraction[..len].parse::<u32>().ok()? * 10u32.pow(9 - len as u32);
        rest = &fraction[len..];
    }
    let offset_seconds = match rest {
        "Z" | "z" => 0,
        _ if rest.len() == 6 && rest.as_bytes()[3] == b':' => {
            let sign = match rest.as_bytes()[0] {
                b'+' => 1,
                b'-' => -1,
                _ => return None,
            };
            let h: i64 = rest[1..3].parse().ok()?;
            let m: i64 = rest[4..6].parse().ok()?;
            if h > 23 || m > 59 {
                return None;
            }
            sign * (h * 3600 + m * 60)
        }
        _ => return None,
    };
    let days = days_from_civil(year, month, day);
    let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset_seconds;
    let seconds = u64::try_from(seconds).ok()?;
    Some(UNIX_EPOCH + Duration::new(seconds, nanos))
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
/// algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(iso: &str) -> SystemTime {
        parse_iso8601(iso).unwrap()
    }

    #[test]
    fn iso8601_instants() {
        assert_eq!(at("1970-01-01T00:00:00Z"), UNIX_EPOCH);
        assert_eq!(
            at("2025-11-25T15:30:00.123456Z"),
            UNIX_EPOCH + Duration::new(1_764_084_600, 123_456_000)
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
        let now = at("2025-11-25T15:29:00Z");
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
        for bad in ["-5", "abc", "1e3", "", "99999999999", "5 s"] {
            assert!(wait_seconds(Some(bad), None, now).is_err(), "{bad:?}");
        }
        assert!(wait_seconds(None, Some("tomorrow"), now).is_err());
    }
}
