//! Helpers shared by the integration tests (each test crate uses only some of them).
#![allow(dead_code)]

pub mod catalog;
pub mod cli;
pub mod dovecot;
pub mod fuzz;
pub mod postgres;
pub mod recall;
pub mod seaweedfs;
pub mod shared_inbox;
