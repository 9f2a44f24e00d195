//! The local time zone, as the C library's `localtime_r` finds it: from the `TZ` environment
//! variable, else `/etc/localtime`.
//!
//! `TZ` is read as glibc reads it: empty means UTC; `:NAME` or `NAME` names a TZif file (absolute,
//! or under `/usr/share/zoneinfo`); otherwise it is a POSIX rule string such as `EST5EDT` or
//! `CET-1CEST,M3.5.0,M10.5.0/3`. A TZif file's transitions cover the past; its footer rule (TZif
//! version 2 and later) the times after the last transition. Anything unreadable falls back to
//! UTC, as glibc does.

use std::cell::RefCell;

/// The zone in effect at one instant.
#[derive(Clone, Debug, PartialEq)]
pub struct LocalType {
    /// Seconds east of UTC.
    pub gmtoff: i64,
    pub isdst: bool,
    pub abbrev: String,
}

fn utc() -> LocalType {
    LocalType {
        gmtoff: 0,
        isdst: false,
        abbrev: "UTC".into(),
    }
}

/// A POSIX `TZ` rule: standard time, and optionally daylight time between two dates each year.
#[derive(Clone, Debug)]
struct PosixRule {
    std: LocalType,
    dst: Option<(LocalType, DateRule, i64, DateRule, i64)>,
}

/// When in the year a change happens (`Jn`, `n` or `Mm.w.d`).
#[derive(Clone, Copy, Debug)]
enum DateRule {
    /// Day 1..=365, February 29 never counted.
    Julian1(i64),
    /// Day 0..=365, February 29 counted.
    Julian0(i64),
    /// Month, week 1..=5 (5 = last), weekday 0..=6 (Sunday = 0).
    MonthWeekDay(i64, i64, i64),
}

/// A parsed TZif file.
#[derive(Clone, Debug)]
struct TzFile {
    /// Transition instants, each with the index of the type that starts then.
    transitions: Vec<(i64, usize)>,
    types: Vec<LocalType>,
    footer: Option<PosixRule>,
}

#[derive(Clone, Debug)]
enum Zone {
    Rule(PosixRule),
    File(TzFile),
}

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// Days from 1970-01-01 to `y`-`m`-`d` (proleptic Gregorian).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// The year containing day `days` since the epoch.
fn year_of_day(days: i64) -> i64 {
    let z = days + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    yoe + era * 400 + i64::from(m <= 2)
}

impl DateRule {
    /// Day (since the epoch) on which the rule falls in year `y`.
    fn day_in(self, y: i64) -> i64 {
        let jan1 = days_from_civil(y, 1, 1);
        match self {
            DateRule::Julian1(n) => jan1 + n - 1 + i64::from(is_leap(y) && n >= 60),
            DateRule::Julian0(n) => jan1 + n,
            DateRule::MonthWeekDay(m, w, d) => {
                let first = days_from_civil(y, m, 1);
                // 1970-01-01 was a Thursday (weekday 4).
                let wday_first = (first + 4).rem_euclid(7);
                let mut day = first + (d - wday_first).rem_euclid(7) + (w - 1) * 7;
                let next_month = if m == 12 {
                    days_from_civil(y + 1, 1, 1)
                } else {
                    days_from_civil(y, m + 1, 1)
                };
                while day >= next_month {
                    day -= 7;
                }
                day
            }
        }
    }
}

impl PosixRule {
    fn at(&self, t: i64) -> LocalType {
        let Some((dst, start, start_time, end, end_time)) = &self.dst else {
            return self.std.clone();
        };
        // glibc computes the changes for the UTC year of `t` (not the local one), and those of
        // years before 1970 as those of 1970.
        let year = year_of_day(t.div_euclid(86400)).max(1970);
        // The start is given in standard local time, the end in daylight local time.
        let begins = start.day_in(year) * 86400 + start_time - self.std.gmtoff;
        let ends = end.day_in(year) * 86400 + end_time - dst.gmtoff;
        let in_dst = if begins < ends {
            t >= begins && t < ends
        } else {
            // Southern hemisphere: daylight time spans the new year.
            !(t >= ends && t < begins)
        };
        if in_dst {
            dst.clone()
        } else {
            self.std.clone()
        }
    }
}

/// A cursor over a POSIX rule string.
struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn eat(&mut self, c: u8) -> bool {
        if self.peek() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn name(&mut self) -> Option<String> {
        let start = self.i;
        if self.eat(b'<') {
            while self.peek()? != b'>' {
                self.i += 1;
            }
            self.i += 1;
            return Some(String::from_utf8_lossy(&self.s[start + 1..self.i - 1]).into());
        }
        while self.peek().is_some_and(|c| c.is_ascii_alphabetic()) {
            self.i += 1;
        }
        (self.i - start >= 3).then(|| String::from_utf8_lossy(&self.s[start..self.i]).into())
    }

    fn number(&mut self) -> Option<i64> {
        let start = self.i;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.i += 1;
        }
        std::str::from_utf8(&self.s[start..self.i])
            .ok()?
            .parse()
            .ok()
    }

    /// `[+-]hh[:mm[:ss]]` in seconds.
    fn hms(&mut self) -> Option<i64> {
        let sign = if self.eat(b'-') {
            -1
        } else {
            self.eat(b'+');
            1
        };
        let mut secs = self.number()? * 3600;
        if self.eat(b':') {
            secs += self.number()? * 60;
            if self.eat(b':') {
                secs += self.number()?;
            }
        }
        Some(sign * secs)
    }

    fn date(&mut self) -> Option<(DateRule, i64)> {
        let rule = if self.eat(b'J') {
            DateRule::Julian1(self.number()?)
        } else if self.eat(b'M') {
            let m = self.number()?;
            self.eat(b'.').then_some(())?;
            let w = self.number()?;
            self.eat(b'.').then_some(())?;
            DateRule::MonthWeekDay(m, w, self.number()?)
        } else {
            DateRule::Julian0(self.number()?)
        };
        let time = if self.eat(b'/') { self.hms()? } else { 7200 };
        Some((rule, time))
    }
}

fn parse_rule(s: &str) -> Option<PosixRule> {
    let mut p = Parser {
        s: s.as_bytes(),
        i: 0,
    };
    let std_name = p.name()?;
    // POSIX offsets count west of UTC. A bare name is glibc's UTC under that name.
    if p.peek().is_none() {
        return Some(PosixRule {
            std: LocalType {
                gmtoff: 0,
                isdst: false,
                abbrev: std_name,
            },
            dst: None,
        });
    }
    let std_off = -p.hms()?;
    let std = LocalType {
        gmtoff: std_off,
        isdst: false,
        abbrev: std_name,
    };
    if p.peek().is_none() {
        return Some(PosixRule { std, dst: None });
    }
    let dst_name = p.name()?;
    let dst_off = match p.peek() {
        Some(b',') | None => std_off + 3600,
        _ => -p.hms()?,
    };
    let dst = LocalType {
        gmtoff: dst_off,
        isdst: true,
        abbrev: dst_name,
    };
    let (start, end) = if p.eat(b',') {
        let start = p.date()?;
        p.eat(b',').then_some(())?;
        (start, p.date()?)
    } else {
        // glibc's default when a rule names daylight time but no dates: the US rules.
        (
            (DateRule::MonthWeekDay(3, 2, 0), 7200),
            (DateRule::MonthWeekDay(11, 1, 0), 7200),
        )
    };
    if p.peek().is_some() {
        return None;
    }
    Some(PosixRule {
        std,
        dst: Some((dst, start.0, start.1, end.0, end.1)),
    })
}

fn be32(b: &[u8], at: usize) -> Option<i64> {
    Some(i32::from_be_bytes(b.get(at..at + 4)?.try_into().ok()?) as i64)
}

fn be64(b: &[u8], at: usize) -> Option<i64> {
    Some(i64::from_be_bytes(b.get(at..at + 8)?.try_into().ok()?))
}

/// Parses a TZif file (RFC 8536), preferring the 64-bit data of version 2 and later.
fn parse_tzif(b: &[u8]) -> Option<TzFile> {
    if b.get(..4)? != b"TZif" {
        return None;
    }
    let counts = |at: usize| -> Option<[usize; 6]> {
        let mut c = [0usize; 6];
        for (k, slot) in c.iter_mut().enumerate() {
            *slot = usize::try_from(be32(b, at + 20 + 4 * k)?).ok()?;
        }
        Some(c)
    };
    // isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt
    let [isut, isstd, leap, timecnt, typecnt, charcnt] = counts(0)?;
    let v1_len = timecnt * 5 + typecnt * 6 + charcnt + leap * 8 + isstd + isut;
    let (base, time_size) = if b[4] >= b'2' {
        (44 + v1_len, 8)
    } else {
        (0, 4)
    };
    let [isut, isstd, leap, timecnt, typecnt, charcnt] = counts(base)?;
    let mut at = base + 44;
    let mut times = Vec::with_capacity(timecnt);
    for k in 0..timecnt {
        times.push(if time_size == 8 {
            be64(b, at + 8 * k)?
        } else {
            be32(b, at + 4 * k)?
        });
    }
    at += timecnt * time_size;
    let idx = b.get(at..at + timecnt)?;
    at += timecnt;
    let chars = b.get(at + typecnt * 6..at + typecnt * 6 + charcnt)?;
    let mut types = Vec::with_capacity(typecnt);
    for k in 0..typecnt {
        let e = at + 6 * k;
        let ai = *b.get(e + 5)? as usize;
        let end = chars[ai.min(chars.len())..]
            .iter()
            .position(|&c| c == 0)
            .map_or(chars.len(), |p| ai + p);
        types.push(LocalType {
            gmtoff: be32(b, e)?,
            isdst: *b.get(e + 4)? != 0,
            abbrev: String::from_utf8_lossy(chars.get(ai..end)?).into(),
        });
    }
    at += typecnt * 6 + charcnt + leap * (time_size + 4) + isstd + isut;
    let footer = if time_size == 8 {
        let rest = b.get(at..)?;
        let text = std::str::from_utf8(rest).ok()?.trim_matches('\n');
        parse_rule(text)
    } else {
        None
    };
    let transitions = times
        .into_iter()
        .zip(idx.iter().map(|&i| i as usize))
        .filter(|(_, i)| *i < types.len())
        .collect();
    if types.is_empty() {
        return None;
    }
    Some(TzFile {
        transitions,
        types,
        footer,
    })
}

impl TzFile {
    fn at(&self, t: i64) -> LocalType {
        match self.transitions.partition_point(|&(tt, _)| tt <= t) {
            0 => {
                // Before the first transition: the first standard-time type.
                let first = self.types.iter().find(|ty| !ty.isdst);
                first.unwrap_or(&self.types[0]).clone()
            }
            n if n == self.transitions.len() && self.footer.is_some() => {
                self.footer.as_ref().map(|r| r.at(t)).unwrap_or_else(utc)
            }
            n => self.types[self.transitions[n - 1].1].clone(),
        }
    }
}

fn read_zone_file(name: &str) -> Option<TzFile> {
    let path = if name.starts_with('/') {
        name.to_string()
    } else {
        format!("/usr/share/zoneinfo/{name}")
    };
    parse_tzif(&std::fs::read(path).ok()?)
}

fn load_zone(tz: Option<&str>) -> Option<Zone> {
    match tz {
        None => read_zone_file("/etc/localtime").map(Zone::File),
        Some("") => None,
        Some(tz) => {
            let name = tz.strip_prefix(':').unwrap_or(tz);
            match read_zone_file(name) {
                Some(f) => Some(Zone::File(f)),
                None => parse_rule(name).map(Zone::Rule),
            }
        }
    }
}

thread_local! {
    /// The zone last loaded, with the `TZ` value it was loaded for.
    static ZONE: RefCell<Option<(Option<String>, Option<Zone>)>> = const { RefCell::new(None) };
}

/// The local zone's type at `t` (seconds since the epoch). `TZ` is consulted on every call, as
/// `localtime` does after `tzset`; the zone it names is loaded once per value.
pub fn local_type(t: i64) -> LocalType {
    let tz = std::env::var("TZ").ok();
    ZONE.with(|cell| {
        let mut cache = cell.borrow_mut();
        if cache.as_ref().is_none_or(|(key, _)| *key != tz) {
            let zone = load_zone(tz.as_deref());
            *cache = Some((tz, zone));
        }
        match cache.as_ref().and_then(|(_, z)| z.as_ref()) {
            None => utc(),
            Some(Zone::Rule(r)) => r.at(t),
            Some(Zone::File(f)) => f.at(t),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(rule: &str, t: i64) -> (i64, bool, String) {
        let lt = parse_rule(rule).expect("rule parses").at(t);
        (lt.gmtoff, lt.isdst, lt.abbrev)
    }

    #[test]
    fn fixed_offsets() {
        assert_eq!(at("UTC0", 0), (0, false, "UTC".into()));
        assert_eq!(at("<+0330>-3:30", 0), (12600, false, "+0330".into()));
        assert_eq!(at("XYZ", 0), (0, false, "XYZ".into()));
        assert!(parse_rule("AB5").is_none());
    }

    #[test]
    fn us_rules_by_default() {
        // 2024-03-10 07:00 UTC is 02:00 EST, when daylight time begins.
        assert_eq!(at("EST5EDT", 1710053999), (-18000, false, "EST".into()));
        assert_eq!(at("EST5EDT", 1710054000), (-14400, true, "EDT".into()));
        // 2024-11-03 06:00 UTC is 02:00 EDT, when it ends.
        assert_eq!(at("EST5EDT", 1730613599), (-14400, true, "EDT".into()));
        assert_eq!(at("EST5EDT", 1730613600), (-18000, false, "EST".into()));
    }

    #[test]
    fn explicit_and_southern_rules() {
        let eu = "CET-1CEST,M3.5.0,M10.5.0/3";
        // 2024-03-31 01:00 UTC: the last Sunday of March, 02:00 CET.
        assert!(!at(eu, 1711846799).1);
        assert!(at(eu, 1711846800).1);
        let nz = "NZST-12NZDT,M9.5.0,M4.1.0/3";
        // January is summer in New Zealand.
        assert_eq!(at(nz, 1704067200).0, 46800);
        assert_eq!(at(nz, 1719792000).0, 43200);
        // Before 1970 glibc uses 1970's changes: never daylight time north, always south.
        assert!(!at(eu, -5000000000).1);
        assert!(at(nz, -5000000000).1);
    }

    #[test]
    fn julian_days() {
        // J60 is March 1 in every year; 59 (zero-based) is February 29 in leap years.
        assert_eq!(
            DateRule::Julian1(60).day_in(2024),
            days_from_civil(2024, 3, 1)
        );
        assert_eq!(
            DateRule::Julian1(60).day_in(2023),
            days_from_civil(2023, 3, 1)
        );
        assert_eq!(
            DateRule::Julian0(59).day_in(2024),
            days_from_civil(2024, 2, 29)
        );
        assert_eq!(year_of_day(days_from_civil(-5, 12, 31)), -5);
    }
}
