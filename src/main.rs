//! The `casevault` binary: the command line lives in `cli/` (arguments, one file per group of
//! commands, one place that prints); this file only starts it.

mod cli;

fn main() {
    cli::main()
}
