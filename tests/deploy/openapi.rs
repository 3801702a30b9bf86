//! `GET /openapi.json`, read from the running service, accepted by PyPI's
//! `openapi-spec-validator`.

use std::process::Command;

use crate::service::Served;
use crate::tools::{get, python_tool, run, shown, write};

#[test]
#[cfg_attr(
    not(e2e),
    ignore = "set ERROR_L10N_E2E=1 to run the deploy checks (openapi-spec-validator from PyPI)"
)]
fn the_openapi_document_passes_openapi_spec_validator() {
    let served = Served::start(&[]);
    let document = get(&served.url("/openapi.json"));
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "openapi.json", &document);
    let validator = python_tool("openapi-spec-validator");
    let output = run(Command::new(validator).arg(&file));
    assert!(output.status.success(), "{}", shown(&output));
    assert!(
        String::from_utf8_lossy(&output.stdout).contains(": OK"),
        "{}",
        shown(&output)
    );
}
