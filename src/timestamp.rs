//! Timestamps: stored as microseconds since the Unix epoch (UTC), shown as RFC 3339.

use std::str::FromStr;

use crate::error::{Error, Result};

/// Now, in microseconds since the epoch.
pub fn now_us() -> i64 {
    jiff::Timestamp::now().as_microsecond()
}

/// Parses RFC 3339 (`2026-11-22T12:00:00Z`, `2026-11-22T14:00:00+02:00`, fractions allowed).
pub fn parse_rfc3339(text: &str, what: &str) -> Result<i64> {
    jiff::Timestamp::from_str(text.trim())
        .map(|t| t.as_microsecond())
        .map_err(|e| {
            Error::bad_input(format!("{what} {text:?} is not an RFC 3339 time: {e}"))
                .hint("write it like 2026-11-22T12:00:00Z or 2026-11-22T14:00:00+02:00")
        })
}

/// RFC 3339 in UTC, with a fraction only when there is one.
pub fn format_rfc3339(us: i64) -> String {
    match jiff::Timestamp::from_microsecond(us) {
        Ok(t) => t.to_string(),
        Err(_) => format!("@{us}us"),
    }
}

/// Parses a duration such as `500ms`, `30s`, `10m`, `2h`, `1d` (a bare number is seconds).
pub fn parse_duration(text: &str, what: &str) -> Result<std::time::Duration> {
    let t = text.trim();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (number, unit) = t.split_at(split);
    let bad = || {
        Error::bad_input(format!("{what} {text:?} is not a duration"))
            .hint("write it like 500ms, 30s, 10m, 2h or 1d")
    };
    let n: u64 = number.parse().map_err(|_| bad())?;
    let ms = match unit {
        "ms" => n,
        "" | "s" => n.saturating_mul(1000),
        "m" => n.saturating_mul(60_000),
        "h" => n.saturating_mul(3_600_000),
        "d" => n.saturating_mul(86_400_000),
        _ => return Err(bad()),
    };
    Ok(std::time::Duration::from_millis(ms))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_normalises_to_utc() {
        let us = parse_rfc3339("2026-11-22T14:00:00+02:00", "time").unwrap();
        assert_eq!(format_rfc3339(us), "2026-11-22T12:00:00Z");
        let us = parse_rfc3339("2026-11-22T12:00:00.25Z", "time").unwrap();
        assert_eq!(format_rfc3339(us), "2026-11-22T12:00:00.25Z");
        assert_eq!(
            parse_rfc3339("2026-11-22 12:00", "time")
                .unwrap_err()
                .exit_code(),
            65
        );
    }
}
