//! The `until` expression: its grammar, parser and evaluator.
//!
//! ```text
//! expr    := primary ( "+" INTEGER unit )*
//! primary := "permanent" | event | "min" "(" expr ( "," expr )+ ")"
//!          | "max" "(" expr ( "," expr )+ ")" | "(" expr ")"
//! unit    := "year" | "years" | "month" | "months" | "day" | "days"
//! event   := [a-z][a-z0-9_]*
//! ```
//! Evaluation yields a date, **pending** (an event the expression needs has not happened) or
//! **permanent**. Pending is never replaced by a guess: `min(date, pending)` is the date (the
//! earlier bound is already known and the record is recomputed when the event arrives), while
//! `max(date, pending)` and `pending + N unit` stay pending. The parser is hand-written so an error
//! can say at which character of the expression what was expected; the schedule loader turns that
//! into a file line.

use chrono::NaiveDate;
use std::fmt;

use super::date::{self, Unit};
use super::facts::{is_identifier, Facts, Youngest, BUILT_IN_EVENTS};
use super::EvalError;

/// A parsed `until` expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Expr {
    /// Kept for ever.
    Permanent,
    /// The date of an event.
    Event(String),
    /// `base + n unit + ...`, applied left to right.
    Add(Box<Expr>, Vec<(u32, Unit)>),
    /// The earliest known argument.
    Min(Vec<Expr>),
    /// The latest argument; pending if any is pending.
    Max(Vec<Expr>),
}

/// The largest `N` accepted in `+ N unit`.
pub(crate) const MAX_COUNT: u32 = 100_000;

/// A parse error: what was expected, and where (0-based character offset in the expression).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ParseError {
    pub offset: usize,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    Ident(String),
    Int(u64),
    Plus,
    Open,
    Close,
    Comma,
    End,
}

impl fmt::Display for Tok {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tok::Ident(s) => write!(f, "`{s}`"),
            Tok::Int(n) => write!(f, "`{n}`"),
            Tok::Plus => f.write_str("`+`"),
            Tok::Open => f.write_str("`(`"),
            Tok::Close => f.write_str("`)`"),
            Tok::Comma => f.write_str("`,`"),
            Tok::End => f.write_str("the end of the expression"),
        }
    }
}

fn tokenize(text: &str) -> Result<Vec<(usize, Tok)>, ParseError> {
    let chars: Vec<(usize, char)> = text.chars().enumerate().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        match c {
            c if c.is_whitespace() => i += 1,
            '+' => {
                out.push((pos, Tok::Plus));
                i += 1;
            }
            '(' => {
                out.push((pos, Tok::Open));
                i += 1;
            }
            ')' => {
                out.push((pos, Tok::Close));
                i += 1;
            }
            ',' => {
                out.push((pos, Tok::Comma));
                i += 1;
            }
            '-' => {
                return Err(ParseError {
                    offset: pos,
                    message: "`-` is not allowed: retention only counts forward from an event; expected `+ N years|months|days`".into(),
                })
            }
            c if c.is_ascii_digit() => {
                let mut n: u64 = 0;
                while i < chars.len() && chars[i].1.is_ascii_digit() {
                    n = n
                        .saturating_mul(10)
                        .saturating_add(u64::from(chars[i].1 as u8 - b'0'));
                    i += 1;
                }
                out.push((pos, Tok::Int(n)));
            }
            c if c.is_ascii_alphabetic() || c == '_' => {
                let start = i;
                while i < chars.len() && (chars[i].1.is_ascii_alphanumeric() || chars[i].1 == '_')
                {
                    i += 1;
                }
                let word: String = chars[start..i].iter().map(|(_, c)| c).collect();
                if !is_identifier(&word) {
                    return Err(ParseError {
                        offset: pos,
                        message: format!(
                            "`{word}` is not a valid name: expected lower-case letters, digits and `_`, starting with a letter"
                        ),
                    });
                }
                out.push((pos, Tok::Ident(word)));
            }
            other => {
                return Err(ParseError {
                    offset: pos,
                    message: format!(
                        "unexpected character `{other}`: expected an event, `min(`, `max(`, `permanent` or `+ N years|months|days`"
                    ),
                })
            }
        }
    }
    out.push((chars.len(), Tok::End));
    Ok(out)
}

struct Parser {
    toks: Vec<(usize, Tok)>,
    at: usize,
}

impl Parser {
    fn peek(&self) -> &(usize, Tok) {
        &self.toks[self.at]
    }
    fn next(&mut self) -> (usize, Tok) {
        let t = self.toks[self.at].clone();
        if self.at + 1 < self.toks.len() {
            self.at += 1;
        }
        t
    }
    fn fail<T>(&self, offset: usize, message: String) -> Result<T, ParseError> {
        Err(ParseError { offset, message })
    }

    fn expr(&mut self) -> Result<Expr, ParseError> {
        let base = self.primary()?;
        let mut terms = Vec::new();
        while self.peek().1 == Tok::Plus {
            self.next();
            let (pos, tok) = self.next();
            let n = match tok {
                Tok::Int(n) if n <= u64::from(MAX_COUNT) => n as u32,
                Tok::Int(_) => {
                    return self.fail(pos, format!("count too large: at most {MAX_COUNT}"))
                }
                other => {
                    return self.fail(pos, format!("expected a number after `+`, found {other}"))
                }
            };
            let (pos, tok) = self.next();
            let unit = match &tok {
                Tok::Ident(w) => match w.as_str() {
                    "year" | "years" => Unit::Years,
                    "month" | "months" => Unit::Months,
                    "day" | "days" => Unit::Days,
                    _ => {
                        return self.fail(
                            pos,
                            format!(
                                "expected `years`, `months` or `days` after `{n}`, found {tok}"
                            ),
                        )
                    }
                },
                _ => {
                    return self.fail(
                        pos,
                        format!("expected `years`, `months` or `days` after `{n}`, found {tok}"),
                    )
                }
            };
            terms.push((n, unit));
        }
        Ok(if terms.is_empty() {
            base
        } else {
            Expr::Add(Box::new(base), terms)
        })
    }

    fn primary(&mut self) -> Result<Expr, ParseError> {
        let (pos, tok) = self.next();
        match tok {
            Tok::Ident(w) if w == "permanent" => Ok(Expr::Permanent),
            Tok::Ident(w) if w == "min" || w == "max" => {
                let (open_pos, open) = self.next();
                if open != Tok::Open {
                    return self.fail(open_pos, format!("expected `(` after `{w}`, found {open}"));
                }
                let mut args = vec![self.expr()?];
                loop {
                    let (p, t) = self.next();
                    match t {
                        Tok::Comma => args.push(self.expr()?),
                        Tok::Close => break,
                        other => {
                            return self.fail(
                                p,
                                format!("expected `,` or `)` in `{w}(...)`, found {other}"),
                            )
                        }
                    }
                }
                if args.len() < 2 {
                    return self.fail(pos, format!("`{w}(...)` needs at least two arguments"));
                }
                Ok(if w == "min" {
                    Expr::Min(args)
                } else {
                    Expr::Max(args)
                })
            }
            Tok::Ident(w)
                if matches!(
                    w.as_str(),
                    "year" | "years" | "month" | "months" | "day" | "days"
                ) =>
            {
                self.fail(pos, format!("`{w}` is a unit, expected an event before it"))
            }
            Tok::Ident(w) => Ok(Expr::Event(w)),
            Tok::Open => {
                let inner = self.expr()?;
                let (p, t) = self.next();
                if t != Tok::Close {
                    return self.fail(p, format!("expected `)`, found {t}"));
                }
                Ok(inner)
            }
            other => self.fail(
                pos,
                format!("expected an event, `min(`, `max(` or `permanent`, found {other}"),
            ),
        }
    }
}

/// Parses an `until` expression.
pub(crate) fn parse(text: &str) -> Result<Expr, ParseError> {
    let mut p = Parser {
        toks: tokenize(text)?,
        at: 0,
    };
    let e = p.expr()?;
    let (pos, tok) = p.next();
    if tok != Tok::End {
        return p.fail(
            pos,
            format!("expected `+ N years|months|days` or the end of the expression, found {tok}"),
        );
    }
    Ok(e)
}

impl Expr {
    /// Every event name the expression uses, in order of first use.
    pub(crate) fn events(&self, out: &mut Vec<String>) {
        match self {
            Expr::Permanent => {}
            Expr::Event(e) => {
                if !out.contains(e) {
                    out.push(e.clone());
                }
            }
            Expr::Add(b, _) => b.events(out),
            Expr::Min(a) | Expr::Max(a) => a.iter().for_each(|x| x.events(out)),
        }
    }
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expr::Permanent => f.write_str("permanent"),
            Expr::Event(e) => f.write_str(e),
            Expr::Add(b, terms) => {
                if matches!(**b, Expr::Add(..)) {
                    write!(f, "({b})")?;
                } else {
                    write!(f, "{b}")?;
                }
                for (n, u) in terms {
                    write!(f, " + {n} {}", u.word(*n))?;
                }
                Ok(())
            }
            Expr::Min(a) | Expr::Max(a) => {
                f.write_str(if matches!(self, Expr::Min(_)) {
                    "min("
                } else {
                    "max("
                })?;
                for (i, x) in a.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{x}")?;
                }
                f.write_str(")")
            }
        }
    }
}

/// The value of an expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Value {
    Date(NaiveDate),
    Pending(String),
    Permanent,
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Date(d) => write!(f, "{d}"),
            Value::Pending(e) => write!(f, "pending {e}"),
            Value::Permanent => f.write_str("permanent"),
        }
    }
}

/// Evaluates `expr` against `facts`, appending each step to `steps`.
pub(crate) fn eval(
    expr: &Expr,
    facts: &Facts,
    steps: &mut Vec<String>,
) -> Result<Value, EvalError> {
    match expr {
        Expr::Permanent => {
            steps.push("permanent: kept for ever".into());
            Ok(Value::Permanent)
        }
        Expr::Event(name) => Ok(event(name, facts, steps)),
        Expr::Add(base, terms) => {
            let mut v = eval(base, facts, steps)?;
            for (n, unit) in terms {
                v = match v {
                    Value::Date(d) => {
                        let added = date::add(d, *n, *unit).ok_or_else(|| {
                            EvalError::DateOutOfRange(format!("{d} + {n} {}", unit.word(*n)))
                        })?;
                        steps.push(format!("{d} + {n} {} = {added}", unit.word(*n)));
                        Value::Date(added.date)
                    }
                    Value::Pending(e) => {
                        steps.push(format!("pending {e} + {n} {} stays pending", unit.word(*n)));
                        Value::Pending(e)
                    }
                    Value::Permanent => Value::Permanent,
                };
            }
            Ok(v)
        }
        Expr::Min(args) | Expr::Max(args) => {
            let is_min = matches!(expr, Expr::Min(_));
            let values = args
                .iter()
                .map(|a| eval(a, facts, steps))
                .collect::<Result<Vec<_>, _>>()?;
            let dates = values.iter().filter_map(|v| match v {
                Value::Date(d) => Some(*d),
                _ => None,
            });
            let first_pending = values.iter().find(|v| matches!(v, Value::Pending(_)));
            let any_permanent = values.contains(&Value::Permanent);
            let result = if is_min {
                match dates.min() {
                    Some(d) => Value::Date(d),
                    None => first_pending.cloned().unwrap_or(Value::Permanent),
                }
            } else if any_permanent {
                Value::Permanent
            } else if let Some(p) = first_pending {
                p.clone()
            } else {
                Value::Date(dates.max().expect("max has at least two arguments"))
            };
            let listed: Vec<String> = values.iter().map(Value::to_string).collect();
            let mut line = format!(
                "{}({}) = {result}",
                if is_min { "min" } else { "max" },
                listed.join(", ")
            );
            if is_min && matches!(result, Value::Date(_)) && first_pending.is_some() {
                line.push_str(
                    " (the earliest known date; recomputed when the pending event is recorded)",
                );
            }
            steps.push(line);
            Ok(result)
        }
    }
}

fn event(name: &str, facts: &Facts, steps: &mut Vec<String>) -> Value {
    let pending = |steps: &mut Vec<String>, why: String| {
        steps.push(format!("{name}: {why}: pending"));
        Value::Pending(name.to_string())
    };
    let known = |steps: &mut Vec<String>, d: NaiveDate, how: String| {
        steps.push(format!("{name} = {d}{how}"));
        Value::Date(d)
    };
    match name {
        "received" | "case_closed" => {
            let v = if name == "received" {
                facts.received
            } else {
                facts.case_closed
            };
            match v {
                Some(d) => known(steps, d, String::new()),
                None => pending(steps, "not recorded".into()),
            }
        }
        "youngest_child_birth" | "youngest_child_death" => {
            let birth = name == "youngest_child_birth";
            match facts.youngest_child() {
                Youngest::NoChildren => pending(steps, "no children recorded".into()),
                Youngest::UnknownDob(i) => pending(
                    steps,
                    format!("child {i} has no date of birth, so the youngest cannot be told"),
                ),
                Youngest::Found(child, i, n) => {
                    let which = if n == 1 {
                        " (the only child)".to_string()
                    } else {
                        format!(" (child {i}, youngest of {n} children)")
                    };
                    match (birth, child.dob, child.died) {
                        (true, Some(d), _) => known(steps, d, which),
                        (true, None, _) => {
                            pending(steps, "the child's date of birth is not recorded".into())
                        }
                        (false, _, Some(d)) => known(steps, d, which),
                        (false, _, None) => {
                            pending(steps, format!("no date of death recorded{which}"))
                        }
                    }
                }
            }
        }
        named => match facts.events.get(named) {
            Some(d) => known(steps, *d, String::new()),
            None => pending(steps, "not recorded in the case's events".into()),
        },
    }
}

/// True when `name` is a built-in event (the rest must be declared by the schedule).
pub(crate) fn is_built_in(name: &str) -> bool {
    BUILT_IN_EVENTS.contains(&name)
}

#[cfg(test)]
mod tests {
    use super::super::facts::Child;
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> NaiveDate {
        date::parse_date(s).expect("test date")
    }

    fn run(text: &str, facts: &Facts) -> Value {
        let e = parse(text).unwrap_or_else(|e| panic!("{text}: {e:?}"));
        eval(&e, facts, &mut Vec::new()).expect("evaluates")
    }

    #[test]
    fn parses_the_shapes_of_the_language() {
        assert_eq!(parse("permanent").unwrap(), Expr::Permanent);
        assert_eq!(
            parse("case_closed").unwrap(),
            Expr::Event("case_closed".into())
        );
        let e = parse("youngest_child_birth + 18 years + 75 years").unwrap();
        assert_eq!(
            e,
            Expr::Add(
                Box::new(Expr::Event("youngest_child_birth".into())),
                vec![(18, Unit::Years), (75, Unit::Years)]
            )
        );
        let e = parse("max(min(received + 18 months, case_closed), received + 3 months)").unwrap();
        assert_eq!(
            e.to_string(),
            "max(min(received + 18 months, case_closed), received + 3 months)"
        );
        assert!(parse("(max(a, b)) + 1 day").is_ok());
        let mut ev = Vec::new();
        e.events(&mut ev);
        assert_eq!(ev, vec!["received".to_string(), "case_closed".to_string()]);
    }

    #[test]
    fn parse_errors_say_where_and_what() {
        let cases = [
            ("received + 18", 13, "expected `years`"),
            ("received + months", 11, "expected a number"),
            ("received - 3 days", 9, "only counts forward"),
            ("min(received)", 0, "at least two"),
            ("min(received, case_closed", 25, "expected `,` or `)`"),
            ("received case_closed", 9, "end of the expression"),
            ("Received", 0, "not a valid name"),
            ("received + 3 weeks", 13, "expected `years`"),
            ("", 0, "expected an event"),
            ("received + 999999 days", 11, "too large"),
            ("received; x", 8, "unexpected character"),
            ("years", 0, "is a unit"),
        ];
        for (text, offset, needle) in cases {
            let err = parse(text).expect_err(text);
            assert_eq!(err.offset, offset, "{text}: {err:?}");
            assert!(err.message.contains(needle), "{text}: {}", err.message);
        }
    }

    #[test]
    fn pending_rules() {
        let facts = Facts {
            received: Some(d("2020-01-15")),
            ..Facts::default()
        };
        assert_eq!(
            run("case_closed", &facts),
            Value::Pending("case_closed".into())
        );
        assert_eq!(
            run("case_closed + 2 years", &facts),
            Value::Pending("case_closed".into())
        );
        assert_eq!(
            run("min(received + 18 months, case_closed)", &facts),
            Value::Date(d("2021-07-15"))
        );
        assert_eq!(
            run("max(received + 18 months, case_closed)", &facts),
            Value::Pending("case_closed".into())
        );
        assert_eq!(
            run("min(case_closed, adoption_order)", &facts),
            Value::Pending("case_closed".into())
        );
        assert_eq!(run("max(permanent, case_closed)", &facts), Value::Permanent);
        assert_eq!(
            run("min(permanent, received)", &facts),
            Value::Date(d("2020-01-15"))
        );
        assert_eq!(
            run("youngest_child_birth + 25 years", &facts),
            Value::Pending("youngest_child_birth".into())
        );
    }

    #[test]
    fn child_events() {
        let facts = Facts {
            children: vec![
                Child {
                    dob: Some(d("2010-05-05")),
                    died: None,
                },
                Child {
                    dob: Some(d("2014-02-01")),
                    died: Some(d("2016-07-07")),
                },
            ],
            ..Facts::default()
        };
        assert_eq!(
            run("youngest_child_birth + 25 years", &facts),
            Value::Date(d("2039-02-01"))
        );
        assert_eq!(
            run("youngest_child_death + 35 years", &facts),
            Value::Date(d("2051-07-07"))
        );
        let one_unknown_dob = Facts {
            children: vec![Child {
                dob: None,
                died: Some(d("2016-07-07")),
            }],
            ..Facts::default()
        };
        assert_eq!(
            run("youngest_child_death + 15 years", &one_unknown_dob),
            Value::Date(d("2031-07-07"))
        );
        assert_eq!(
            run("youngest_child_birth", &one_unknown_dob),
            Value::Pending("youngest_child_birth".into())
        );
    }

    #[test]
    fn explanation_shows_the_arithmetic() {
        let facts = Facts {
            received: Some(d("2019-08-31")),
            ..Facts::default()
        };
        let e = parse("min(received + 18 months, case_closed)").unwrap();
        let mut steps = Vec::new();
        eval(&e, &facts, &mut steps).unwrap();
        assert_eq!(steps[0], "received = 2019-08-31");
        assert!(
            steps[1].starts_with("2019-08-31 + 18 months = 2021-03-01 (2021-02-31 does not exist")
        );
        assert_eq!(steps[2], "case_closed: not recorded: pending");
        assert!(steps[3].starts_with("min(2021-03-01, pending case_closed) = 2021-03-01"));
    }

    fn any_date() -> impl Strategy<Value = NaiveDate> {
        (1950i32..2100, 1u32..=12, 1u32..=31).prop_map(|(y, m, day)| {
            (0..4)
                .find_map(|back| NaiveDate::from_ymd_opt(y, m, day.saturating_sub(back).max(1)))
                .expect("some day exists")
        })
    }

    fn any_unit() -> impl Strategy<Value = Unit> {
        prop_oneof![Just(Unit::Years), Just(Unit::Months), Just(Unit::Days)]
    }

    proptest! {
        // `E + N unit` is never before E + N (in a conservative count of days) and never before
        // the naive calendar date, whether or not the day rolls forward.
        #[test]
        fn offset_is_never_before_its_floor(e in any_date(), n in 0u32..150, unit in any_unit()) {
            let facts = Facts { received: Some(e), ..Facts::default() };
            let text = format!("received + {n} {}", unit.word(n));
            let Value::Date(r) = run(&text, &facts) else { panic!("{text} gave no date") };
            let floor_days = match unit { Unit::Years => 365 * i64::from(n), Unit::Months => 28 * i64::from(n), Unit::Days => i64::from(n) };
            prop_assert!((r - e).num_days() >= floor_days);
            if unit != Unit::Days {
                let months = if unit == Unit::Years { n * 12 } else { n };
                // chrono clamps a missing day to the month's last day: ours is never earlier
                let clamped = e.checked_add_months(chrono::Months::new(months)).unwrap();
                prop_assert!(r >= clamped);
                prop_assert!((r - clamped).num_days() <= 3);
            }
        }

        // A missing event never yields a date, whatever it is combined with by `+` or `max`.
        #[test]
        fn missing_event_never_yields_a_date(e in any_date(), n in 0u32..100, unit in any_unit()) {
            let facts = Facts { received: Some(e), ..Facts::default() };
            let plus = format!("case_closed + {n} {}", unit.word(n));
            prop_assert_eq!(run(&plus, &facts), Value::Pending("case_closed".into()));
            let mx = format!("max(received + {n} {}, notification)", unit.word(n));
            prop_assert_eq!(run(&mx, &facts), Value::Pending("notification".into()));
            prop_assert_eq!(run("youngest_child_death", &facts), Value::Pending("youngest_child_death".into()));
        }

        // min is <= each known argument and equal to one of them; max is >= each and equal to one.
        #[test]
        fn min_and_max_bound_their_arguments(
            dates in proptest::collection::vec(any_date(), 2..6),
            pending_at in proptest::option::of(0usize..6),
        ) {
            let mut facts = Facts::default();
            let mut args = Vec::new();
            for (i, dt) in dates.iter().enumerate() {
                let name = format!("event_{i}");
                facts.events.insert(name.clone(), *dt);
                args.push(name);
            }
            if let Some(p) = pending_at {
                args.insert(p.min(args.len()), "not_yet".into());
            }
            let list = args.join(", ");
            match run(&format!("min({list})"), &facts) {
                Value::Date(m) => {
                    prop_assert!(dates.iter().all(|x| m <= *x));
                    prop_assert!(dates.contains(&m));
                }
                other => prop_assert!(false, "min gave {other:?}"),
            }
            match run(&format!("max({list})"), &facts) {
                Value::Date(m) => {
                    prop_assert!(pending_at.is_none());
                    prop_assert!(dates.iter().all(|x| m >= *x));
                    prop_assert!(dates.contains(&m));
                }
                Value::Pending(e) => {
                    prop_assert!(pending_at.is_some());
                    prop_assert_eq!(e, "not_yet");
                }
                Value::Permanent => prop_assert!(false, "max gave permanent"),
            }
        }

        // Whatever the text, the parser returns (no panic), and an accepted expression prints
        // back to one that parses to the same thing.
        #[test]
        fn parser_never_panics_and_round_trips(text in "[a-z_ +(),0-9-]{0,40}") {
            if let Ok(e) = parse(&text) {
                prop_assert_eq!(parse(&e.to_string()).unwrap(), e);
            }
        }
    }
}
