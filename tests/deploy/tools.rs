//! Running the validators: a missing tool is a failure with the command
//! that installs it, never a silent pass.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// An executable from PATH or the sbin folders (Debian puts some there).
pub fn program(name: &str, install: &str) -> PathBuf {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let sbin = ["/usr/local/sbin", "/usr/sbin", "/sbin"].map(PathBuf::from);
    std::env::split_paths(&path)
        .chain(sbin)
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
        .unwrap_or_else(|| {
            panic!("ERROR_L10N_E2E=1 but `{name}` is not installed; install it: {install}")
        })
}

/// Runs a command to its end; the output, whatever the exit status.
pub fn run(command: &mut Command) -> Output {
    command
        .output()
        .unwrap_or_else(|e| panic!("{command:?} does not start: {e}"))
}

/// Both streams, for an assertion's message.
pub fn shown(output: &Output) -> String {
    format!(
        "exit {:?}\n--- stdout\n{}\n--- stderr\n{}",
        output.status.code(),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// The repository's file, read whole.
pub fn read(relative: &str) -> String {
    let path = crate::http::repo_path(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A file of a fresh temp folder.
pub fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    path
}
