//! What the targets share: the embedded catalog, compiled once, the input
//! format of the body targets, and the check of a rewritten body.
//!
//! The body targets read `LINE\nBODY`, an HTTP-like shape that the seeds
//! are written in: the first line is `STATUS WORD FLAG ACCEPT-LANGUAGE`,
//! everything after the first newline is the body (and, for the proxy,
//! headers before it).

#![allow(dead_code)] // each target uses its own part

use std::sync::OnceLock;

use error_l10n::compiled::Compiled;
use error_l10n::negotiation::LocaleId;
use serde::de::{Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

pub fn compiled() -> &'static Compiled {
    static COMPILED: OnceLock<Compiled> = OnceLock::new();
    COMPILED.get_or_init(Compiled::embedded)
}

/// The first line's fields.
pub struct Line<'a> {
    pub status: u16,
    /// The second field: the wait for translate, the method for the proxy.
    pub word: &'a [u8],
    /// `s`: OAuth answers keep the upstream's description (`oauth_strict`).
    pub strict: bool,
    pub accept_language: &'a [u8],
}

/// Splits `LINE\nREST`; a missing field is empty, a bad status is 400.
pub fn split_line(data: &[u8]) -> (Line<'_>, &[u8]) {
    let (line, rest) = match data.iter().position(|&b| b == b'\n') {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => (data, &[][..]),
    };
    let mut fields = line.splitn(4, |&b| b == b' ');
    let status = fields
        .next()
        .and_then(|s| std::str::from_utf8(s).ok())
        .and_then(|s| s.parse().ok())
        .unwrap_or(400);
    let word = fields.next().unwrap_or_default();
    let strict = fields.next() == Some(b"s");
    let accept_language = fields.next().unwrap_or_default();
    (
        Line {
            status,
            word,
            strict,
            accept_language,
        },
        rest,
    )
}

/// The chain a client sending this `Accept-Language` gets.
pub fn chain(accept_language: &[u8]) -> Vec<LocaleId> {
    compiled().negotiate_uncached(accept_language)
}

/// The members translation may write; every other one is the upstream's.
const TRANSLATED: [&str; 3] = ["error", "error_description", "error_description_localized"];

/// A JSON object's members in order, duplicates kept, values as written.
struct Members<'a>(Vec<(String, &'a RawValue)>);

impl<'de> serde::Deserialize<'de> for Members<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Members<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut members = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    members.push((key, map.next_value()?));
                }
                Ok(Members(members))
            }
        }
        deserializer.deserialize_map(V)
    }
}

/// A rendered body against the body it came from: an object, every member
/// but the translated ones the same, in the same order and byte for byte;
/// each translated member a string, present at most once.
pub fn check_rewrite(input: &[u8], output: &[u8]) {
    let input = std::str::from_utf8(input).expect("a translated input was UTF-8");
    let output = std::str::from_utf8(output).expect("a rendered body is UTF-8");
    let before: Members = serde_json::from_str(input).expect("a translated input is an object");
    let after: Members = serde_json::from_str(output)
        .unwrap_or_else(|e| panic!("a rendered body is a JSON object ({e}): {output}"));
    let others = |m: &Members<'_>| -> Vec<(String, String)> {
        m.0.iter()
            .filter(|(k, _)| !TRANSLATED.contains(&k.as_str()))
            .map(|(k, v)| (k.clone(), v.get().to_owned()))
            .collect()
    };
    assert_eq!(
        others(&before),
        others(&after),
        "the other members are kept\n  in:  {input}\n  out: {output}"
    );
    for name in TRANSLATED {
        let written: Vec<&RawValue> = after
            .0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| *v)
            .collect();
        assert!(
            written.len() <= 1,
            "`{name}` appears {} times\n  in:  {input}\n  out: {output}",
            written.len()
        );
        if let Some(value) = written.first() {
            let kept = before
                .0
                .iter()
                .any(|(k, v)| k == name && v.get() == value.get());
            assert!(
                kept || serde_json::from_str::<String>(value.get()).is_ok(),
                "`{name}` is written as a string: {output}"
            );
        }
    }
}
