//! Running the validators: a missing tool is a failure with the command
//! that installs it, never a silent pass.

use std::path::{Path, PathBuf};

pub use crate::program::program;
use std::process::{Command, Output};

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

/// A program of the Python venv `ERROR_L10N_PYTHON` lives in (`.ci/run`
/// makes it, with the PyPI validators).
pub fn python_tool(name: &str) -> PathBuf {
    let python = std::env::var_os("ERROR_L10N_PYTHON").unwrap_or_else(|| {
        panic!(
            "ERROR_L10N_E2E=1 but ERROR_L10N_PYTHON is not set: point it at a venv's python \
             with openapi-spec-validator, kubernetes-validate and schemathesis (.ci/run makes one)"
        )
    });
    let tool = Path::new(&python).with_file_name(name);
    assert!(
        tool.is_file(),
        "{} is missing: `{} -m pip install {name}`",
        tool.display(),
        Path::new(&python).display()
    );
    tool
}

/// The body of a 200 to one GET, over a std socket (these tests have no
/// runtime).
pub fn get(url: &str) -> String {
    let rest = url.strip_prefix("http://").expect("an http URL");
    let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(authority).expect("the service listens");
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {authority}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    let (head, body) = answer.split_once("\r\n\r\n").expect("a head");
    assert!(head.starts_with("HTTP/1.1 200"), "{url}: {head}");
    body.to_owned()
}

/// The YAML documents of a repository file, as JSON values (PyYAML, which
/// kubernetes-validate brings into the venv).
pub fn yaml_documents(relative: &str) -> Vec<serde_json::Value> {
    let path = crate::http::repo_path(relative);
    let python = python_tool("python");
    let output = run(Command::new(python)
        .args([
            "-c",
            "import json, sys, yaml; json.dump(list(yaml.safe_load_all(open(sys.argv[1]))), sys.stdout)",
        ])
        .arg(&path));
    assert!(output.status.success(), "{relative}: {}", shown(&output));
    serde_json::from_slice(&output.stdout).expect("JSON from PyYAML")
}
