//! Rendering one message for a fallback chain into Mastodon's JSON body.
//!
//! Lenient by design: a message missing from a locale comes from the next
//! locale of the chain, a missing argument gives the message's `.bare` text,
//! and nothing a translation lacks ever turns into a fault.

use bytes::Bytes;
use fluent_bundle::{FluentArgs, FluentValue};
use fluent_syntax::ast;
use serde::Serialize;

use crate::catalog::{Catalog, MessageMeta, BARE_ATTRIBUTE};

/// The longest argument value accepted, in bytes. Mastodon's own values
/// (parameter names, domains, validation messages) are far shorter.
pub const MAX_ARGUMENT_BYTES: usize = 1024;

/// A message rendered for a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub status: u16,
    pub body: Bytes,
    /// Index of the locale the message came from (`Content-Language`).
    pub locale: usize,
    /// Whole seconds, for the `Retry-After` header.
    pub retry_after: Option<u64>,
}

/// What a request asks to render.
#[derive(Debug, Clone, Copy)]
pub struct RenderRequest<'a> {
    pub message: usize,
    pub status: u16,
    pub chain: &'a [usize],
    /// Name and value, as received; the last of a repeated name wins.
    pub args: &'a [(String, String)],
    /// The rate-limit wait in whole seconds, rounded up; only a 429 uses it.
    pub wait: Option<u64>,
    pub oauth_strict: bool,
}

/// An argument the message cannot take as given.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ArgumentError {
    #[error("argument `{name}` must be a number, got {value:?}")]
    NotANumber { name: String, value: String },
    #[error("argument `{name}` is longer than {MAX_ARGUMENT_BYTES} bytes")]
    TooLong { name: String },
}

#[derive(Serialize)]
struct Body<'a> {
    error: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    error_description: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error_description_localized: Option<&'a str>,
}

/// What a locale renders the same way every time, computed at load: the
/// body of every message without arguments, its text as a JSON string (for
/// splicing into upstream bodies), and the rate-limit hints for the waits
/// most often told. Serving these is a reference count or a copy, with no
/// formatting, no escaping and no lock.
#[derive(Debug, Default)]
pub struct Prepared {
    /// Per message: the body with no arguments and no hint (the value, or
    /// `.bare`); empty where the locale does not define the message.
    plain: Vec<Bytes>,
    /// Per message: the `--oauth-strict` body, for OAuth messages.
    strict: Vec<Option<Bytes>>,
    /// Per message: the text with no arguments as a JSON string literal.
    quoted: Vec<Box<str>>,
    /// Hints as JSON string literals, for 1..=59 seconds, 1..=60 minutes,
    /// 1..=24 hours.
    hints: [Vec<Box<str>>; 3],
    /// Per message with string variables only: its value as a template.
    templates: Vec<Option<Template>>,
}

/// A message value of only text and string variables (no selector, no
/// function, no reference, as most are): filled by concatenation, the way
/// Fluent would write it, without resolving the pattern per request.
#[derive(Debug)]
struct Template(Vec<Piece>);

#[derive(Debug)]
enum Piece {
    Text(Box<str>),
    Variable(Box<str>),
}

impl Template {
    fn of(pattern: &ast::Pattern<&str>) -> Option<Template> {
        let mut pieces = Vec::with_capacity(pattern.elements.len());
        for element in &pattern.elements {
            pieces.push(match element {
                ast::PatternElement::TextElement { value } => Piece::Text((*value).into()),
                ast::PatternElement::Placeable {
                    expression:
                        ast::Expression::Inline(ast::InlineExpression::VariableReference { id }),
                } => Piece::Variable(id.name.into()),
                _ => return None,
            });
        }
        Some(Template(pieces))
    }

    /// The text, or `None` when a variable has no value (`.bare` applies);
    /// as `fluent_args`, the last of a repeated name wins and empty is none.
    fn fill(&self, args: &[(String, String)]) -> Option<String> {
        let mut text = String::with_capacity(64);
        for piece in &self.0 {
            match piece {
                Piece::Text(t) => text.push_str(t),
                Piece::Variable(name) => {
                    let (_, value) = args.iter().rev().find(|(n, _)| **n == **name)?;
                    if value.is_empty() {
                        return None;
                    }
                    text.push_str(value);
                }
            }
        }
        Some(text)
    }
}

const HINTS: [(&str, u64); 3] = [
    ("retry-after-seconds", 59),
    ("retry-after-minutes", 60),
    ("retry-after-hours", 24),
];

/// Computes every locale's `Prepared`, once per catalog load.
pub fn prepare(catalog: &Catalog) -> Vec<Prepared> {
    (0..catalog.locales.len())
        .map(|locale| {
            let chain = [locale];
            let defines = &catalog.locales[locale].defines;
            let body = |message: usize, oauth_strict: bool| {
                let request = RenderRequest {
                    message,
                    status: 400,
                    chain: &chain,
                    args: &[],
                    wait: None,
                    oauth_strict,
                };
                body_without_hint(catalog, &request)
                    .expect("no arguments, no argument errors")
                    .0
            };
            let routable = |m: usize| defines[m] && !catalog.metadata.get(m).internal;
            let messages = 0..catalog.metadata.len();
            let plain = messages
                .clone()
                .map(|m| {
                    if routable(m) {
                        body(m, false)
                    } else {
                        Bytes::new()
                    }
                })
                .collect();
            let strict = messages
                .clone()
                .map(|m| {
                    (routable(m) && catalog.metadata.get(m).oauth.is_some()).then(|| body(m, true))
                })
                .collect();
            let quoted = messages
                .map(|m| {
                    if routable(m) {
                        let (text, _) = text(catalog, &chain, m, &[]).expect("no arguments");
                        quote(&text).into()
                    } else {
                        Box::default()
                    }
                })
                .collect();
            let hints = HINTS.map(|(id, up_to)| {
                let message = catalog
                    .metadata
                    .index_of(id)
                    .expect("hint ids are in the metadata");
                if !defines[message] {
                    return Vec::new();
                }
                (1..=up_to)
                    .map(|count| quote(&format_hint(catalog, locale, message, count)).into())
                    .collect()
            });
            let templates = catalog
                .metadata
                .messages()
                .iter()
                .enumerate()
                .map(|(m, meta)| {
                    // Numbers are formatted by Fluent; strings are copied.
                    if !defines[m] || meta.variables.is_empty() || !meta.numeric.is_empty() {
                        return None;
                    }
                    let bundle = &catalog.locales[locale].bundle;
                    Template::of(bundle.get_message(&meta.id)?.value()?)
                })
                .collect();
            Prepared {
                plain,
                strict,
                quoted,
                hints,
                templates,
            }
        })
        .collect()
}

/// A JSON string literal.
fn quote(text: &str) -> String {
    serde_json::to_string(text).expect("a string serializes")
}

/// Renders a message; see the module's notes on leniency.
pub fn render(catalog: &Catalog, request: &RenderRequest) -> Result<Rendered, ArgumentError> {
    let meta = catalog.metadata.get(request.message);
    check_lengths(meta, request.args)?;
    let has_args = meta.variables.iter().any(|v| {
        request
            .args
            .iter()
            .any(|(name, value)| name == v && !value.is_empty())
    });
    let locale = first_defining(catalog, request.chain, request.message);
    let (body, locale) = match catalog.prepared.get(locale).filter(|_| !has_args) {
        Some(prepared) => {
            let plain = &prepared.plain[request.message];
            let strict = request
                .oauth_strict
                .then(|| prepared.strict[request.message].clone());
            (strict.flatten().unwrap_or_else(|| plain.clone()), locale)
        }
        None => body_without_hint(catalog, request)?,
    };
    let wait = request
        .wait
        .filter(|&w| w > 0 && request.status == 429 && meta.oauth.is_none());
    let body = match wait {
        Some(wait) => with_hint(&body, &hint_quoted(catalog, request.chain, wait)),
        None => body,
    };
    Ok(Rendered {
        status: request.status,
        body,
        locale,
        retry_after: wait,
    })
}

/// `{"error":"…"}` becomes `{"error":"…","error_description":<hint>}`.
fn with_hint(body: &[u8], hint: &str) -> Bytes {
    let open = &body[..body.len() - 1];
    let mut out = Vec::with_capacity(open.len() + hint.len() + 24);
    out.extend_from_slice(open);
    out.extend_from_slice(b",\"error_description\":");
    out.extend_from_slice(hint.as_bytes());
    out.push(b'}');
    Bytes::from(out)
}

/// The body formatted for this request (its arguments), without the hint.
fn body_without_hint(
    catalog: &Catalog,
    request: &RenderRequest,
) -> Result<(Bytes, usize), ArgumentError> {
    let meta = catalog.metadata.get(request.message);
    let (text, locale) = text(catalog, request.chain, request.message, request.args)?;
    let body = match &meta.oauth {
        Some(code) if request.oauth_strict => {
            let english = english_text(catalog, request.message, request.args)?;
            serialize(&Body {
                error: code,
                error_description: Some(&english),
                error_description_localized: Some(&text),
            })
        }
        Some(code) => serialize(&Body {
            error: code,
            error_description: Some(&text),
            error_description_localized: None,
        }),
        None => serialize(&Body {
            error: &text,
            error_description: None,
            error_description_localized: None,
        }),
    };
    Ok((Bytes::from(body), locale))
}

/// A message's text as a JSON string literal, for splicing into a body, and
/// the locale it came from; prepared when the message takes no arguments.
pub fn quoted_text<'c>(
    catalog: &'c Catalog,
    chain: &[usize],
    message: usize,
    args: &[(String, String)],
) -> Result<(std::borrow::Cow<'c, str>, usize), ArgumentError> {
    if args.is_empty() {
        let locale = first_defining(catalog, chain, message);
        if let Some(prepared) = catalog.prepared.get(locale) {
            return Ok((prepared.quoted[message].as_ref().into(), locale));
        }
    }
    let (text, locale) = text(catalog, chain, message, args)?;
    Ok((quote(&text).into(), locale))
}

/// A message's text for a chain, and the locale it came from.
pub fn text(
    catalog: &Catalog,
    chain: &[usize],
    message: usize,
    args: &[(String, String)],
) -> Result<(String, usize), ArgumentError> {
    let meta = catalog.metadata.get(message);
    let locale = first_defining(catalog, chain, message);
    let template = catalog
        .prepared
        .get(locale)
        .and_then(|p| p.templates[message].as_ref());
    if let Some(text) = template.and_then(|t| t.fill(args)) {
        return Ok((text, locale));
    }
    let fluent = fluent_args(meta, args)?;
    Ok((
        format_message(catalog, locale, meta, fluent.as_ref()),
        locale,
    ))
}

/// The English text, restricted to what RFC 6749 allows in
/// `error_description` (for `--oauth-strict`).
pub fn english_text(
    catalog: &Catalog,
    message: usize,
    args: &[(String, String)],
) -> Result<String, ArgumentError> {
    let meta = catalog.metadata.get(message);
    let fluent = fluent_args(meta, args)?;
    Ok(oauth_safe(&format_message(
        catalog,
        catalog.source,
        meta,
        fluent.as_ref(),
    )))
}

/// Query arguments are bounded; text captured from an upstream body is
/// bounded by the body's limit instead.
fn check_lengths(meta: &MessageMeta, args: &[(String, String)]) -> Result<(), ArgumentError> {
    match args
        .iter()
        .find(|(name, value)| value.len() > MAX_ARGUMENT_BYTES && meta.variables.contains(name))
    {
        Some((name, _)) => Err(ArgumentError::TooLong { name: name.clone() }),
        None => Ok(()),
    }
}

fn serialize(body: &Body) -> String {
    serde_json::to_string(body).expect("a struct of strings serializes")
}

/// The first locale of the chain that defines the message, else the source
/// locale (which defines every message).
fn first_defining(catalog: &Catalog, chain: &[usize], message: usize) -> usize {
    chain
        .iter()
        .copied()
        .find(|&l| catalog.locales[l].defines[message])
        .unwrap_or(catalog.source)
}

/// The message's declared variables among the arguments; numbers where the
/// metadata says so. An empty value counts as absent: a gateway passes an
/// unset variable as an empty string.
fn fluent_args<'a>(
    meta: &MessageMeta,
    args: &'a [(String, String)],
) -> Result<Option<FluentArgs<'a>>, ArgumentError> {
    if meta.variables.is_empty() {
        return Ok(None);
    }
    let mut fluent = FluentArgs::with_capacity(meta.variables.len());
    for variable in &meta.variables {
        let Some((name, value)) = args.iter().rev().find(|(n, _)| n == variable) else {
            continue;
        };
        if value.is_empty() {
            continue;
        }
        let value = if meta.is_numeric(variable) {
            parse_number(value).ok_or_else(|| ArgumentError::NotANumber {
                name: name.clone(),
                value: value.clone(),
            })?
        } else {
            FluentValue::from(value.as_str())
        };
        fluent.set(name.as_str(), value);
    }
    Ok(Some(fluent))
}

/// A plain decimal (`3`, `1.5`), not `1e3`, `NaN` or `inf`, which `f64`
/// parsing would take.
fn parse_number(value: &str) -> Option<FluentValue<'_>> {
    let digits = value.strip_prefix('-').unwrap_or(value);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, "0"));
    let plain = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    (plain(whole) && plain(fraction) && value.len() <= 32).then(|| FluentValue::try_number(value))
}

/// Formats the message's value, or its `.bare` text when an argument it
/// needs is missing. Never returns text with a `{$name}` leftover.
fn format_message(
    catalog: &Catalog,
    locale: usize,
    meta: &MessageMeta,
    args: Option<&FluentArgs>,
) -> String {
    let bundle = &catalog.locales[locale].bundle;
    let Some(message) = bundle.get_message(&meta.id) else {
        return meta.english.clone().unwrap_or_default();
    };
    let mut errors = Vec::new();
    if let Some(value) = message.value() {
        let text = bundle.format_pattern(value, args, &mut errors);
        if errors.is_empty() {
            return text.into_owned();
        }
    }
    errors.clear();
    match message.get_attribute(BARE_ATTRIBUTE) {
        Some(bare) => bundle
            .format_pattern(bare.value(), None, &mut errors)
            .into_owned(),
        None => meta.english.clone().unwrap_or_default(),
    }
}

/// The localized "Try again in …" for a wait in seconds (> 0), as a JSON
/// string literal: seconds under a minute, minutes under an hour, else
/// hours, each rounded up.
pub fn hint_quoted<'c>(
    catalog: &'c Catalog,
    chain: &[usize],
    wait: u64,
) -> std::borrow::Cow<'c, str> {
    let (unit, count) = match wait {
        0..60 => (0, wait),
        60..3600 => (1, wait.div_ceil(60)),
        _ => (2, wait.div_ceil(3600)),
    };
    let message = catalog
        .metadata
        .index_of(HINTS[unit].0)
        .expect("the hint messages are in the metadata");
    let locale = first_defining(catalog, chain, message);
    let prepared = catalog
        .prepared
        .get(locale)
        .and_then(|p| p.hints[unit].get(count.wrapping_sub(1) as usize));
    match prepared {
        Some(quoted) => quoted.as_ref().into(),
        None => quote(&format_hint(catalog, locale, message, count)).into(),
    }
}

fn format_hint(catalog: &Catalog, locale: usize, message: usize, count: u64) -> String {
    let mut args = FluentArgs::with_capacity(1);
    args.set("count", FluentValue::from(count));
    format_message(catalog, locale, catalog.metadata.get(message), Some(&args))
}

/// RFC 6749 §5.2: `error_description` is printable ASCII without `"` and
/// `\`. Other characters become `_`, as Doorkeeper does for its header.
pub fn oauth_safe(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '"' | '\\' => '_',
            ' '..='~' => c,
            _ => '_',
        })
        .collect()
}

#[cfg(test)]
mod tests;
