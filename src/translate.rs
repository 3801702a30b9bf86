//! `POST /v1/translate`: the upstream's error body, with its English message
//! replaced by the translation and every other byte left as it came.
//!
//! The body is parsed only to find where its strings are: each replacement
//! is spliced into the original text at the byte range of the value it
//! replaces, so field order, numbers, escapes and whitespace elsewhere are
//! untouched. An unrecognized message is not rewritten at all: the caller
//! returns the body byte for byte.

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

use serde::de::{Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::value::RawValue;

use crate::compiled::Compiled;
use crate::metadata::MessageId;
use crate::negotiation::LocaleId;
use crate::render::Context;

/// The default limit on a body, in bytes; `--translate-body-limit` sets it.
pub const DEFAULT_BODY_LIMIT: usize = 64 * 1024;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BodyError {
    #[error("the body is not UTF-8")]
    NotUtf8,
    #[error("the body is not JSON: {0}")]
    NotJson(String),
    #[error("the body is not a JSON object")]
    NotObject,
    #[error("the body has no `error` field")]
    NoError,
    #[error("the body's `{0}` field is not a string")]
    NotAString(&'static str),
    #[error("the body has the `{0}` field twice")]
    Duplicate(&'static str),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Rendered {
        body: String,
        message: MessageId,
        locale: LocaleId,
        retry_after: Option<u64>,
    },
    /// Not recognized: answer the body unchanged.
    Passthrough,
}

/// The two members translation reads, as raw text borrowed from the body;
/// every other member is only checked to be JSON, and kept as it is.
#[derive(Default)]
struct ErrorMembers<'a> {
    error: Option<&'a RawValue>,
    description: Option<&'a RawValue>,
    duplicate: Option<&'static str>,
}

impl<'de> serde::Deserialize<'de> for ErrorMembers<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MembersVisitor;
        impl<'de> Visitor<'de> for MembersVisitor {
            type Value = ErrorMembers<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut members = ErrorMembers::default();
                while let Some(key) = map.next_key::<Cow<'de, str>>()? {
                    let (slot, name) = match key.as_ref() {
                        "error" => (&mut members.error, "error"),
                        "error_description" => (&mut members.description, "error_description"),
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                            continue;
                        }
                    };
                    if slot.is_some() {
                        members.duplicate.get_or_insert(name);
                    }
                    *slot = Some(map.next_value()?);
                }
                Ok(members)
            }
        }
        deserializer.deserialize_map(MembersVisitor)
    }
}

/// A string member's text and the byte range of its value in the body. The
/// text is `None` for a JSON string that is no Unicode text: one with a
/// lone surrogate escape (`"\ud800"`), which JSON's grammar allows.
type StringMember<'a> = (Option<Cow<'a, str>>, Range<usize>);

/// A string member's text (borrowed unless it has escapes) and place.
fn string_member<'a>(
    body: &'a str,
    raw: Option<&'a RawValue>,
    name: &'static str,
) -> Result<Option<StringMember<'a>>, BodyError> {
    let Some(raw) = raw else {
        return Ok(None);
    };
    let text = match serde_json::from_str::<Cow<'a, str>>(raw.get()) {
        Ok(text) => Some(text),
        // No catalog wording is such a text: it is unrecognized, and an
        // unrecognized text passes through unchanged.
        Err(_) if raw.get().starts_with('"') => None,
        Err(_) => return Err(BodyError::NotAString(name)),
    };
    // The raw value borrows from `body`: its address gives its place.
    let start = raw.get().as_ptr() as usize - body.as_ptr() as usize;
    Ok(Some((text, start..start + raw.get().len())))
}

/// Recognizes and translates a body; see the module's notes.
pub fn translate(
    compiled: &Compiled,
    body: &[u8],
    context: &Context,
) -> Result<Outcome, BodyError> {
    let metadata = &compiled.catalog.metadata;
    let body = std::str::from_utf8(body).map_err(|_| BodyError::NotUtf8)?;
    let members: ErrorMembers = serde_json::from_str(body).map_err(|e| match e.classify() {
        // Another type than an object, and valid JSON: the type error comes
        // before the rest is read, so `429 30` (not JSON at all) is asked
        // again, on this error path only.
        serde_json::error::Category::Data => match serde_json::from_str::<IgnoredAny>(body) {
            Ok(_) => BodyError::NotObject,
            Err(e) => BodyError::NotJson(e.to_string()),
        },
        _ => BodyError::NotJson(e.to_string()),
    })?;
    if let Some(name) = members.duplicate {
        return Err(BodyError::Duplicate(name));
    }
    let (error, error_range) =
        string_member(body, members.error, "error")?.ok_or(BodyError::NoError)?;
    let description = string_member(body, members.description, "error_description")?;

    // Doorkeeper's shape: `error` is a code that stays, and the description
    // speaks (also for codes this catalog does not know, which Doorkeeper
    // describes with the `server_error` text).
    let oauth = description.as_ref().and_then(|(text, range)| {
        let found = compiled.recognizer.recognize(text.as_deref()?)?;
        metadata[found.message]
            .oauth
            .is_some()
            .then(|| (found, range.clone()))
    });
    let mut edits: Vec<(Range<usize>, Cow<str>)> = Vec::with_capacity(2);
    let (message, locale, retry_after) = if let Some((found, range)) = oauth {
        let Ok((localized, locale)) =
            compiled.quoted_text(context.chain, found.message, &found.args)
        else {
            return Ok(Outcome::Passthrough);
        };
        if context.oauth_strict {
            // Keep the upstream's own description; add the translation.
            let field = format!(r#","error_description_localized":{localized}"#);
            edits.push((range.end..range.end, field.into()));
        } else {
            edits.push((range, localized));
        }
        (found.message, locale, None)
    } else {
        let Some(found) = error
            .as_deref()
            .and_then(|text| compiled.recognizer.recognize(text))
        else {
            return Ok(Outcome::Passthrough);
        };
        if metadata[found.message].oauth.is_some() {
            return Ok(Outcome::Passthrough); // an OAuth description is never an API `error`
        }
        let Ok((localized, locale)) =
            compiled.quoted_text(context.chain, found.message, &found.args)
        else {
            return Ok(Outcome::Passthrough);
        };
        edits.push((error_range.clone(), localized));
        let wait = context.wait.filter(|&w| w > 0 && context.status == 429);
        // The hint goes in `error_description`, unless the upstream wrote
        // its own there, which is its to keep.
        if let (Some(wait), None) = (wait, &description) {
            let hint = compiled.hint_quoted(context.chain, wait);
            let field = format!(r#","error_description":{hint}"#);
            edits.push((error_range.end..error_range.end, field.into()));
        }
        (found.message, locale, wait)
    };
    Ok(Outcome::Rendered {
        body: splice(body, edits),
        message,
        locale,
        retry_after,
    })
}

/// Applies non-overlapping edits, given in any order.
fn splice(body: &str, mut edits: Vec<(Range<usize>, Cow<str>)>) -> String {
    edits.sort_by_key(|(range, _)| (range.start, range.end));
    let extra: usize = edits.iter().map(|(_, text)| text.len()).sum();
    let mut out = String::with_capacity(body.len() + extra);
    let mut at = 0;
    for (range, text) in edits {
        out.push_str(&body[at..range.start]);
        out.push_str(&text);
        at = range.end;
    }
    out.push_str(&body[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every prefix of real bodies, and each byte replaced by a troublesome
    /// one: an answer (rendered, passthrough or a body error), never a panic.
    #[test]
    fn mangled_bodies_never_panic() {
        let compiled = Compiled::embedded();
        let request = Context {
            chain: &[compiled.catalog.source],
            status: 429,
            wait: Some(30),
            oauth_strict: true,
        };
        let bodies = [
            r#"{"error":"Too many requests"}"#,
            r#"{"error":"Validation failed: Text can't be blank","details":{"text":[{"error":"ERR_BLANK"}]}}"#,
            r#"{"error":"invalid_grant","error_description":"The code_challenge_method must be one of S256, plain.","state":"é"}"#,
            r#" { "error" : "Unknown filter: x\u00e9\"" , "n" : [1.5e3, null, true] } "#,
        ];
        let mut rendered = 0;
        for body in bodies {
            let bytes = body.as_bytes();
            assert!(
                matches!(
                    translate(&compiled, bytes, &request),
                    Ok(Outcome::Rendered { .. })
                ),
                "the unmangled body is recognized: {body}"
            );
            for end in 0..=bytes.len() {
                // Any answer but a panic; a body cut short is never rendered
                // unless it is still the whole JSON value.
                if let Ok(Outcome::Rendered { body, .. }) =
                    translate(&compiled, &bytes[..end], &request)
                {
                    serde_json::from_str::<serde_json::Value>(&body)
                        .expect("a rendered body is JSON");
                }
            }
            for at in 0..bytes.len() {
                for replacement in [b'"', b'\\', b'{', b'}', b',', b':', 0xff, 0x00, b' '] {
                    let mut mangled = bytes.to_vec();
                    mangled[at] = replacement;
                    if let Ok(Outcome::Rendered { body, .. }) =
                        translate(&compiled, &mangled, &request)
                    {
                        serde_json::from_str::<serde_json::Value>(&body)
                            .expect("a rendered body is JSON");
                        rendered += 1;
                    }
                }
            }
        }
        // Replacing a space or a byte inside a string keeps many bodies
        // valid and recognized: the check above ran on real renderings.
        assert!(
            rendered > 50,
            "only {rendered} mangled bodies were rendered"
        );
    }

    /// JSON allows a lone surrogate escape; no wording is one, so the body
    /// is unrecognized, wherever the escape is.
    #[test]
    fn a_lone_surrogate_passes_through() {
        let compiled = Compiled::embedded();
        let request = Context {
            chain: &[compiled.catalog.source],
            status: 429,
            wait: Some(30),
            oauth_strict: false,
        };
        for body in [
            r#"{"error":"\ud800"}"#,
            r#"{"error":"Too many requests \udfff"}"#,
            r#"{"error":"invalid_grant","error_description":"\ud800"}"#,
        ] {
            assert_eq!(
                translate(&compiled, body.as_bytes(), &request),
                Ok(Outcome::Passthrough),
                "{body}"
            );
        }
        // Beside a recognized `error`, in another member, it is kept as it is.
        let body = r#"{"error":"Too many requests","x":"\ud800"}"#;
        let Ok(Outcome::Rendered { body: out, .. }) =
            translate(&compiled, body.as_bytes(), &request)
        else {
            panic!("recognized: {body}");
        };
        assert!(out.ends_with(r#","x":"\ud800"}"#), "{out}");
    }

    #[test]
    fn splicing_keeps_everything_else() {
        let body = r#"{ "a" : 1.50, "error" : "x", "b":[1e3] }"#;
        let start = body.find(r#""x""#).unwrap();
        let out = splice(
            body,
            vec![
                (start + 3..start + 3, ",\"d\":\"h\"".into()),
                (start..start + 3, "\"y\"".into()),
            ],
        );
        assert_eq!(out, r#"{ "a" : 1.50, "error" : "y","d":"h", "b":[1e3] }"#);
    }
}
