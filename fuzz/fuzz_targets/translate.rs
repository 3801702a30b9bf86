//! Recognition and splicing (`translate::translate`) on arbitrary bodies.
//!
//! Input: `STATUS WAIT FLAG ACCEPT-LANGUAGE\nBODY` (see `common`).
//!
//! Invariants: the outcome says what the body is (not UTF-8, not JSON, not
//! an object) exactly when it is that; a rendered body is a JSON object
//! whose members other than the translated ones are the input's, in order,
//! byte for byte, and is the same rendering every time. The route answers
//! a passthrough with the request's own bytes, which it never touches; the
//! proxy target checks the same of the proxy's answer.

#![no_main]

#[path = "common/mod.rs"]
mod common;

use error_l10n::translate::{translate, BodyError, Outcome};
use error_l10n::Context;
use libfuzzer_sys::fuzz_target;
use serde::de::IgnoredAny;

fuzz_target!(|data: &[u8]| {
    let (line, body) = common::split_line(data);
    let compiled = common::compiled();
    let chain = common::chain(line.accept_language);
    let wait = std::str::from_utf8(line.word)
        .ok()
        .and_then(|w| w.parse().ok());
    let context = Context {
        status: line.status,
        chain: &chain,
        wait,
        oauth_strict: line.strict,
    };
    let outcome = translate(compiled, body, &context);
    let utf8 = std::str::from_utf8(body).is_ok();
    // serde_json's own reading of the body, as an oracle. `Value` refuses
    // numbers past f64 (`1e400`), which skipping accepts: "not JSON" is
    // checked against the stricter reading, "not an object" the laxer.
    let value = serde_json::from_slice::<serde_json::Value>(body);
    let json = serde_json::from_slice::<IgnoredAny>(body).is_ok();
    let object = value.as_ref().is_ok_and(serde_json::Value::is_object);
    match &outcome {
        Err(BodyError::NotUtf8) => assert!(!utf8),
        Err(BodyError::NotJson(_)) => assert!(utf8 && value.is_err(), "JSON called not JSON"),
        Err(BodyError::NotObject) => assert!(json && !object, "an object called not one"),
        Err(_) => assert!(utf8),
        Ok(Outcome::Passthrough) => assert!(utf8),
        Ok(Outcome::Rendered { body: rendered, .. }) => {
            common::check_rewrite(body, rendered.as_bytes());
            let again = translate(compiled, body, &context);
            assert_eq!(
                again.as_ref().ok(),
                Some(outcome.as_ref().unwrap()),
                "deterministic"
            );
        }
    }
});
