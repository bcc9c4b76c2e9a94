//! An error as one line a person can read: the error, then each cause that adds something.
//!
//! Many errors put their cause in their own message *and* return it from `source()`
//! (`object_store`'s errors do, and so do several of casevault's own), so printing the whole chain
//! (`{:#}` in anyhow) says the same thing two, three or four times: an S3 server's XML answer
//! four times over, or "No such file or directory (os error 2)" twice. [`chain`] prints a cause
//! only when its text is not already in what was printed, so every fact appears once and none
//! is lost.

use std::error::Error;

/// `err` and its causes joined with ": ", each cause left out when its text is already there.
pub fn chain(err: &(dyn Error + 'static)) -> String {
    let mut text = err.to_string();
    let mut cause = err.source();
    while let Some(e) = cause {
        let more = e.to_string();
        if !more.is_empty() && !text.contains(&more) {
            text.push_str(": ");
            text.push_str(&more);
        }
        cause = e.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, thiserror::Error)]
    #[error("cannot read {path}: {source}")]
    struct Repeats {
        path: &'static str,
        source: std::io::Error,
    }

    #[derive(Debug, thiserror::Error)]
    #[error("opening the store failed")]
    struct Adds {
        source: std::io::Error,
    }

    #[test]
    fn a_cause_already_in_the_message_is_not_repeated() {
        let e = Repeats {
            path: "x.toml",
            source: std::io::Error::from(std::io::ErrorKind::NotFound),
        };
        let text = chain(&e);
        assert_eq!(text.matches("not found").count(), 1, "{text}");
        assert_eq!(text, e.to_string());
    }

    #[test]
    fn a_cause_that_adds_something_is_kept() {
        let e = Adds {
            source: std::io::Error::from(std::io::ErrorKind::ConnectionRefused),
        };
        assert_eq!(chain(&e), "opening the store failed: connection refused");
    }
}
