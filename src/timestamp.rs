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

/// The longest duration storectl takes, in days: 100 years. Any clock of this millennium plus
/// or minus it stays a time RFC 3339 can show (years 0001 to 9999), and it is far beyond any
/// lock or idle time anyone means; a lock that holds until released is taken without --ttl.
pub const MAX_DURATION_DAYS: u64 = 36_500;
const MAX_DURATION_MS: u64 = MAX_DURATION_DAYS * 86_400_000;

fn duration_out_of_range(text: &str, what: &str) -> Error {
    Error::bad_input(format!(
        "{what} {text:?} is out of range: a duration is from 0 to {MAX_DURATION_DAYS}d (100 years)"
    ))
    .hint(format!(
        "give {what} a duration from 0 to {MAX_DURATION_DAYS}d, like 30s, 10m, 2h or 7d"
    ))
}

/// Parses a duration such as `500ms`, `30s`, `10m`, `2h`, `1d` (a bare number is seconds),
/// from 0 to [`MAX_DURATION_DAYS`]; anything outside is exit 65 naming `what` (the flag) and
/// the range, never a wrapped or saturated value.
pub fn parse_duration(text: &str, what: &str) -> Result<std::time::Duration> {
    let t = text.trim();
    if t.starts_with('-') && t.len() > 1 && t[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return Err(duration_out_of_range(text, what));
    }
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (number, unit) = t.split_at(split);
    let bad = || {
        Error::bad_input(format!("{what} {text:?} is not a duration"))
            .hint("write it like 500ms, 30s, 10m, 2h or 1d")
    };
    let per_unit: u64 = match unit {
        "ms" => 1,
        "" | "s" => 1000,
        "m" => 60_000,
        "h" => 3_600_000,
        "d" => 86_400_000,
        _ => return Err(bad()),
    };
    if number.is_empty() {
        return Err(bad());
    }
    // Only digits are left, so a failed parse is a number too large for u64.
    let ms = number
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(per_unit))
        .filter(|ms| *ms <= MAX_DURATION_MS)
        .ok_or_else(|| duration_out_of_range(text, what))?;
    Ok(std::time::Duration::from_millis(ms))
}

/// [`parse_duration`] in microseconds, the unit of stored times.
pub fn parse_duration_us(text: &str, what: &str) -> Result<i64> {
    let d = parse_duration(text, what)?;
    // Within MAX_DURATION_MS, so it fits; checked all the same.
    i64::try_from(d.as_micros()).map_err(|_| duration_out_of_range(text, what))
}

/// `time_us + delta_us` (delta may be negative), which must be a time RFC 3339 can show;
/// `what` names the flag the delta came from.
pub fn offset_time(time_us: i64, delta_us: i64, what: &str) -> Result<i64> {
    time_us
        .checked_add(delta_us)
        .filter(|t| jiff::Timestamp::from_microsecond(*t).is_ok())
        .ok_or_else(|| {
            Error::bad_input(format!(
                "{what} reaches past the times storectl can show (years -9999 to 9999) from {}",
                format_rfc3339(time_us)
            ))
            .hint(format!("give {what} a shorter duration"))
        })
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

    #[test]
    fn durations_up_to_100_years_parse_exactly() {
        let us = |t: &str| parse_duration_us(t, "--ttl").unwrap();
        assert_eq!(us("500ms"), 500_000);
        assert_eq!(us("30"), 30_000_000);
        assert_eq!(us("0"), 0);
        assert_eq!(us("36500d"), 36_500 * 86_400 * 1_000_000);
        assert_eq!(us("3153600000000ms"), 36_500 * 86_400 * 1_000_000);
        assert_eq!(us("876000h"), 36_500 * 86_400 * 1_000_000);
    }

    #[test]
    fn durations_past_100_years_or_negative_are_out_of_range_not_wrapped() {
        for text in [
            "36501d",
            "3153600000001ms",
            "1000000000d",
            "213503982d",
            "18446744073709551615ms",
            "18446744073709551616",
            "99999999999999999999999999d",
            "-1s",
            "-5",
        ] {
            let e = parse_duration_us(text, "--idle").unwrap_err();
            assert_eq!(e.exit_code(), 65, "{text}");
            assert!(e.message().contains("--idle"), "{text}: {}", e.message());
            assert!(
                e.message().contains("0 to 36500d"),
                "{text}: {}",
                e.message()
            );
        }
        let e = parse_duration("10 parsecs", "--wait").unwrap_err();
        assert_eq!(e.exit_code(), 65);
        assert!(e.message().contains("is not a duration"));
    }

    #[test]
    fn offsets_stay_within_showable_times() {
        let max = jiff::Timestamp::MAX.as_second() * 1_000_000;
        assert_eq!(offset_time(max - 5, 5, "--ttl").unwrap(), max);
        let e = offset_time(max - 5, 6, "--ttl").unwrap_err();
        assert_eq!(e.exit_code(), 65);
        assert!(e.message().contains("--ttl"), "{}", e.message());
        assert_eq!(
            offset_time(i64::MAX, 1, "--ttl").unwrap_err().exit_code(),
            65
        );
        let min = jiff::Timestamp::MIN.as_microsecond();
        assert_eq!(offset_time(min + 1, -1, "--idle").unwrap(), min);
        assert_eq!(offset_time(min, -1, "--idle").unwrap_err().exit_code(), 65);
        assert_eq!(
            offset_time(i64::MIN, -1, "--idle").unwrap_err().exit_code(),
            65
        );
    }
}
