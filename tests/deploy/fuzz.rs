//! schemathesis (PyPI) against the running service, from its own
//! `/openapi.json`: property-based requests to every operation, checking
//! that answers conform to the document (status codes, content types,
//! headers, bodies) and that no 5xx is the sidecar's own
//! (`schemathesis_hooks.py`: a rendered 5xx is the answer asked for).
//! Bounded: 50 examples per operation, and killed after 5 minutes.

use std::process::Command;

use crate::service::Served;
use crate::tools::{program, python_tool, run, shown};

#[test]
#[cfg_attr(
    not(e2e),
    ignore = "set ERROR_L10N_E2E=1 to run the deploy checks (schemathesis from PyPI)"
)]
fn schemathesis_finds_no_failure() {
    let served = Served::start(&[]);
    let hooks = crate::http::repo_path("tests/deploy");
    let output = run(
        Command::new(program("timeout", "apt-get install coreutils"))
            .arg("300")
            .arg(python_tool("schemathesis"))
            .arg("run")
            .arg(served.url("/openapi.json"))
            .args([
                "--checks",
                "no_server_error_of_its_own,status_code_conformance,content_type_conformance,\
             response_headers_conformance,response_schema_conformance",
                "--max-examples",
                "50",
                "--workers",
                "2",
                "--request-timeout",
                "5",
                "--warnings",
                "off",
                "--no-color",
            ])
            .env("SCHEMATHESIS_HOOKS", "schemathesis_hooks")
            .env("PYTHONPATH", &hooks)
            .env("NO_COLOR", "1"),
    );
    assert!(output.status.success(), "{}", shown(&output));
    // Every operation of the document was tested, none skipped.
    let stdout = String::from_utf8_lossy(&output.stdout);
    let figure = |label: &str| {
        stdout
            .lines()
            .find_map(|l| l.trim().strip_prefix(label))
            .map(|v| v.trim().to_owned())
            .unwrap_or_else(|| panic!("no `{label}` in the summary: {stdout}"))
    };
    let selected = figure("Selected:");
    let (_, total) = selected.split_once('/').expect("Selected: N/M");
    assert_eq!(figure("Tested:"), total, "{stdout}");
}
