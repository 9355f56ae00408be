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
