//! Calendar arithmetic for retention dates: adding years, months and days to a date.
//!
//! Retention periods are written in calendar units ("18 months", "25 years"), and a calendar unit
//! added to the 29th, 30th or 31st can land on a day that does not exist (29 February in a common
//! year, 31 September). chrono's own `checked_add_months` clamps to the last day of the month,
//! which would destroy a record a day or more *early*; casevault's rule (SPEC "Retention") is the
//! opposite: such a date becomes the **first day of the following month**, later, never earlier.
//! Years are counted as twelve months, so both units share that one rule.

use chrono::{Datelike, Days, NaiveDate};
use std::fmt;

/// A calendar unit in a retention expression (`+ 18 months`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// Calendar years (twelve calendar months).
    Years,
    /// Calendar months.
    Months,
    /// Days.
    Days,
}

impl Unit {
    /// The word used in a schedule for `n` of this unit (`1 year`, `2 years`).
    pub fn word(self, n: u32) -> &'static str {
        match (self, n == 1) {
            (Unit::Years, true) => "year",
            (Unit::Years, false) => "years",
            (Unit::Months, true) => "month",
            (Unit::Months, false) => "months",
            (Unit::Days, true) => "day",
            (Unit::Days, false) => "days",
        }
    }
}

/// What happened when a calendar unit was added: the date, and whether the day had to roll
/// forward because it does not exist in the target month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Added {
    /// The resulting date.
    pub date: NaiveDate,
    /// Set when the same day did not exist in the target month: (year, month, day) that was
    /// asked for, before rolling forward to the first of the next month.
    pub rolled_from: Option<(i32, u32, u32)>,
}

impl fmt::Display for Added {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.date)?;
        if let Some((y, m, d)) = self.rolled_from {
            write!(
                f,
                " ({y:04}-{m:02}-{d:02} does not exist: first day of the next month)"
            )?;
        }
        Ok(())
    }
}

/// Adds `n` units to `date`. `None` only when the result is beyond chrono's calendar
/// (hundreds of thousands of years away).
pub fn add(date: NaiveDate, n: u32, unit: Unit) -> Option<Added> {
    match unit {
        Unit::Years => add_months(date, u64::from(n) * 12),
        Unit::Months => add_months(date, u64::from(n)),
        Unit::Days => date
            .checked_add_days(Days::new(u64::from(n)))
            .map(|date| Added {
                date,
                rolled_from: None,
            }),
    }
}

/// Adds calendar months; a day missing from the target month gives the first of the next month.
fn add_months(date: NaiveDate, months: u64) -> Option<Added> {
    let months = i64::try_from(months).ok()?;
    let index = i64::from(date.year())
        .checked_mul(12)?
        .checked_add(i64::from(date.month0()))?
        .checked_add(months)?;
    let year = i32::try_from(index.div_euclid(12)).ok()?;
    let month = u32::try_from(index.rem_euclid(12)).ok()? + 1;
    let day = date.day();
    if let Some(date) = NaiveDate::from_ymd_opt(year, month, day) {
        return Some(Added {
            date,
            rolled_from: None,
        });
    }
    // The day does not exist in the target month (or the year is out of range, in which case
    // the first of the next month is out of range too and this returns None).
    let (next_year, next_month) = if month == 12 {
        (year.checked_add(1)?, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(next_year, next_month, 1).map(|date| Added {
        date,
        rolled_from: Some((year, month, day)),
    })
}

/// Parses a strict `YYYY-MM-DD` date (four-digit year, a real calendar day).
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    let shape_ok = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape_ok {
        return None;
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
    }

    #[test]
    fn leap_day_plus_years_rolls_to_first_of_march() {
        let r = add(d(2020, 2, 29), 1, Unit::Years).unwrap();
        assert_eq!(r.date, d(2021, 3, 1));
        assert_eq!(r.rolled_from, Some((2021, 2, 29)));
        // to another leap year the day exists
        assert_eq!(
            add(d(2020, 2, 29), 4, Unit::Years).unwrap().date,
            d(2024, 2, 29)
        );
    }

    #[test]
    fn month_end_plus_months_rolls_forward() {
        assert_eq!(
            add(d(2019, 8, 31), 18, Unit::Months).unwrap().date,
            d(2021, 3, 1)
        );
        assert_eq!(
            add(d(2021, 1, 31), 1, Unit::Months).unwrap().date,
            d(2021, 3, 1)
        );
        assert_eq!(
            add(d(2021, 3, 31), 1, Unit::Months).unwrap().date,
            d(2021, 5, 1)
        );
        assert_eq!(
            add(d(2021, 10, 31), 1, Unit::Months).unwrap().date,
            d(2021, 12, 1)
        );
        assert_eq!(
            add(d(2021, 12, 31), 2, Unit::Months).unwrap().date,
            d(2022, 3, 1)
        );
        assert_eq!(
            add(d(2021, 10, 31), 2, Unit::Months).unwrap().date,
            d(2021, 12, 31)
        );
        assert_eq!(
            add(d(2021, 1, 15), 1, Unit::Months).unwrap().date,
            d(2021, 2, 15)
        );
        assert_eq!(
            add(d(2021, 1, 31), 0, Unit::Months).unwrap().date,
            d(2021, 1, 31)
        );
    }

    #[test]
    fn days_are_plain_days() {
        assert_eq!(
            add(d(2020, 2, 28), 1, Unit::Days).unwrap().date,
            d(2020, 2, 29)
        );
        assert_eq!(
            add(d(2020, 12, 31), 1, Unit::Days).unwrap().date,
            d(2021, 1, 1)
        );
    }

    #[test]
    fn overflow_is_none_not_a_panic() {
        assert!(add(NaiveDate::MAX, 1, Unit::Years).is_none());
        assert!(add(NaiveDate::MAX, 1, Unit::Days).is_none());
    }

    #[test]
    fn strict_date_parsing() {
        assert_eq!(parse_date("2020-02-29"), Some(d(2020, 2, 29)));
        assert_eq!(parse_date("2021-02-29"), None);
        assert_eq!(parse_date("2021-2-28"), None);
        assert_eq!(parse_date("+2021-02-28"), None);
        assert_eq!(parse_date("2021-02-28T00:00"), None);
        assert_eq!(parse_date(""), None);
    }

    fn any_date() -> impl Strategy<Value = NaiveDate> {
        (1900i32..2200, 1u32..=12, 1u32..=31).prop_map(|(y, m, day)| {
            // clamp to a real day so every generated date exists
            (0..4)
                .find_map(|back| NaiveDate::from_ymd_opt(y, m, day.saturating_sub(back).max(1)))
                .expect("some day of the month exists")
        })
    }

    proptest! {
        // Months and years never land before the same day-of-month in the target month would,
        // and never further than the first of the following month.
        #[test]
        fn months_never_earlier_than_the_naive_calendar_day(date in any_date(), n in 0u32..2400) {
            let r = add(date, n, Unit::Months).unwrap().date;
            let idx = i64::from(date.year()) * 12 + i64::from(date.month0()) + i64::from(n);
            let (ty, tm) = (idx.div_euclid(12) as i32, idx.rem_euclid(12) as u32 + 1);
            let first_of_target = NaiveDate::from_ymd_opt(ty, tm, 1).unwrap();
            // result is in the target month on the same day, or the 1st of the next month
            match NaiveDate::from_ymd_opt(ty, tm, date.day()) {
                Some(same_day) => prop_assert_eq!(r, same_day),
                None => {
                    prop_assert_eq!(r.day(), 1);
                    prop_assert!(r > first_of_target);
                    // the last real day of the target month is earlier than the result
                    let last = (28..=31).rev().find_map(|x| NaiveDate::from_ymd_opt(ty, tm, x)).unwrap();
                    prop_assert_eq!(r, last.succ_opt().unwrap());
                }
            }
        }

        // Conservative floor in days: N months is at least N * 28 days, N years at least
        // N * 365 days, and a result is never before its start.
        #[test]
        fn units_have_a_conservative_floor_in_days(date in any_date(), n in 0u32..300) {
            let m = add(date, n, Unit::Months).unwrap().date;
            prop_assert!((m - date).num_days() >= i64::from(n) * 28);
            let y = add(date, n, Unit::Years).unwrap().date;
            prop_assert!((y - date).num_days() >= i64::from(n) * 365);
            prop_assert!(y >= m || n == 0);
            let dd = add(date, n, Unit::Days).unwrap().date;
            prop_assert_eq!((dd - date).num_days(), i64::from(n));
        }

        // Years are exactly twelve months.
        #[test]
        fn a_year_is_twelve_months(date in any_date(), n in 0u32..200) {
            prop_assert_eq!(add(date, n, Unit::Years), add(date, n * 12, Unit::Months));
        }

        // Adding is monotone: a later start never gives an earlier end.
        #[test]
        fn adding_is_monotone(a in any_date(), b in any_date(), n in 0u32..1200) {
            let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
            prop_assert!(add(lo, n, Unit::Months).unwrap().date <= add(hi, n, Unit::Months).unwrap().date);
        }
    }
}
