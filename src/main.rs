//! The `error-l10n` binary: parses the command line, runs one subcommand,
//! and turns its error into an exit code in one place.

use std::process::ExitCode;

use clap::Parser;
use error_l10n::cli::Cli;

fn main() -> ExitCode {
    match error_l10n::commands::run(Cli::parse().command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error-l10n: {e}");
            ExitCode::from(e.exit_code())
        }
    }
}
