//! Formatting one message of one locale into text, and text into Mastodon's
//! JSON body. No caches: `compiled` prepares what repeats.
//!
//! Lenient by design: a missing argument gives the message's `.bare` text,
//! and nothing a translation lacks ever turns into a fault. Variants
//! selected by a numeric variable are chosen here, by current CLDR (see
//! `plural`); everything else is Fluent's.

use crate::error::clip;
use bytes::Bytes;
use fluent_bundle::{FluentArgs, FluentValue};
use fluent_syntax::ast;
use serde::Serialize;

use crate::catalog::{Catalog, BARE_ATTRIBUTE};
use crate::metadata::{HintUnit, MessageId, MessageMeta};
use crate::negotiation::LocaleId;
use crate::plural::Plurals;

/// The longest argument value accepted, in bytes. Mastodon's own values
/// (parameter names, domains, validation messages) are far shorter.
pub const MAX_ARGUMENT_BYTES: usize = 1024;

/// Name and value, as received; the last of a repeated name wins.
pub type Args = [(String, String)];

/// An argument the message cannot take as given.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ArgumentError {
    #[error("argument `{}` must be a number, got {:?}", clip(.name), clip(.value))]
    NotANumber { name: String, value: String },
    #[error("argument `{}` is longer than {MAX_ARGUMENT_BYTES} bytes", clip(.name))]
    TooLong { name: String },
}

/// The message's text in one locale, its value or, when an argument it
/// needs is missing, its `.bare` text. Never text with a `{$name}` left.
pub fn text(
    catalog: &Catalog,
    locale: LocaleId,
    message: MessageId,
    args: &Args,
) -> Result<String, ArgumentError> {
    let meta = &catalog.metadata[message];
    let fluent = fluent_args(meta, args)?;
    Ok(format_message(catalog, locale, meta, fluent.as_ref()))
}

/// The English text, restricted to what RFC 6749 allows in
/// `error_description` (for `--oauth-strict`).
pub fn english_text(
    catalog: &Catalog,
    message: MessageId,
    args: &Args,
) -> Result<String, ArgumentError> {
    Ok(oauth_safe(&text(catalog, catalog.source, message, args)?))
}

/// "Try again in …" with a count of the unit, in one locale.
pub fn hint_text(catalog: &Catalog, locale: LocaleId, unit: HintUnit, count: u64) -> String {
    let meta = &catalog.metadata[catalog.metadata.hint(unit)];
    let mut args = FluentArgs::with_capacity(1);
    args.set("count", FluentValue::from(count));
    format_message(catalog, locale, meta, Some(&args))
}

/// Query arguments are bounded; text captured from an upstream body is
/// bounded by the body's limit instead.
pub fn check_lengths(meta: &MessageMeta, args: &Args) -> Result<(), ArgumentError> {
    match args
        .iter()
        .find(|(name, value)| value.len() > MAX_ARGUMENT_BYTES && meta.variables.contains(name))
    {
        Some((name, _)) => Err(ArgumentError::TooLong { name: name.clone() }),
        None => Ok(()),
    }
}

#[derive(Serialize)]
struct Body<'a> {
    error: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    error_description: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error_description_localized: Option<&'a str>,
}

/// Mastodon's body for a text: `{"error": text}`, or for an OAuth message
/// `{"error": code, "error_description": text}`; with `strict_english`
/// (`--oauth-strict`) the English goes in `error_description` and the text
/// in `error_description_localized`.
pub fn body(meta: &MessageMeta, text: &str, strict_english: Option<&str>) -> Bytes {
    let body = match (&meta.oauth, strict_english) {
        (Some(code), Some(english)) => Body {
            error: code,
            error_description: Some(english),
            error_description_localized: Some(text),
        },
        (Some(code), None) => Body {
            error: code,
            error_description: Some(text),
            error_description_localized: None,
        },
        (None, _) => Body {
            error: text,
            error_description: None,
            error_description_localized: None,
        },
    };
    Bytes::from(serde_json::to_vec(&body).unwrap_or_default())
}

/// A JSON string literal.
pub fn quote(text: &str) -> String {
    // Serializing a `str` cannot fail.
    serde_json::to_string(text).unwrap_or_default()
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

/// The message's declared variables among the arguments; numbers where the
/// metadata says so. An empty value counts as absent: a gateway passes an
/// unset variable as an empty string.
fn fluent_args<'a>(
    meta: &MessageMeta,
    args: &'a Args,
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

fn format_message(
    catalog: &Catalog,
    locale: LocaleId,
    meta: &MessageMeta,
    args: Option<&FluentArgs>,
) -> String {
    let locale = catalog.locale(locale);
    let bundle = &locale.bundle;
    let Some(message) = bundle.get_message(&meta.id) else {
        return meta.english.clone().unwrap_or_default();
    };
    let writer = Writer {
        bundle,
        plurals: &locale.plurals,
        meta,
        args,
    };
    if let Some(value) = message.value() {
        let mut text = String::new();
        if writer.write(&mut text, value).is_ok() {
            return text;
        }
    }
    match message.get_attribute(BARE_ATTRIBUTE) {
        Some(bare) => {
            let mut errors = Vec::new();
            bundle
                .format_pattern(bare.value(), None, &mut errors)
                .into_owned()
        }
        None => meta.english.clone().unwrap_or_default(),
    }
}

/// Writes a pattern, choosing the variants of numeric selectors by CLDR and
/// leaving every other placeable to Fluent. `Err` when Fluent reports an
/// error (a missing argument): the caller falls back to `.bare`.
struct Writer<'a> {
    bundle: &'a fluent_bundle::concurrent::FluentBundle<fluent_bundle::FluentResource>,
    plurals: &'a Plurals,
    meta: &'a MessageMeta,
    args: Option<&'a FluentArgs<'a>>,
}

impl Writer<'_> {
    fn write(&self, out: &mut String, pattern: &ast::Pattern<&str>) -> Result<(), ()> {
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => out.push_str(value),
                ast::PatternElement::Placeable {
                    expression: ast::Expression::Select { selector, variants },
                } if self.numeric_selector(selector).is_some() => {
                    let variant = self.choose(selector, variants)?;
                    self.write(out, &variant.value)?;
                }
                other => {
                    let single = ast::Pattern {
                        elements: vec![other.clone()],
                    };
                    let mut errors = Vec::new();
                    out.push_str(&self.bundle.format_pattern(&single, self.args, &mut errors));
                    if !errors.is_empty() {
                        return Err(());
                    }
                }
            }
        }
        Ok(())
    }

    /// The variable of a selector, when the metadata says it is a number.
    fn numeric_selector<'s>(&self, selector: &ast::InlineExpression<&'s str>) -> Option<&'s str> {
        match selector {
            ast::InlineExpression::VariableReference { id } if self.meta.is_numeric(id.name) => {
                Some(id.name)
            }
            _ => None,
        }
    }

    /// Fluent's order: an exact number first, then the plural category,
    /// then the default variant. A missing number is an error, as in Fluent.
    fn choose<'v, 's>(
        &self,
        selector: &ast::InlineExpression<&'s str>,
        variants: &'v [ast::Variant<&'s str>],
    ) -> Result<&'v ast::Variant<&'s str>, ()> {
        let name = self.numeric_selector(selector).ok_or(())?;
        let Some(FluentValue::Number(number)) = self.args.and_then(|a| a.get(name)) else {
            return Err(());
        };
        let exact = variants.iter().find(|v| match &v.key {
            ast::VariantKey::NumberLiteral { value } => {
                value.parse::<f64>().is_ok_and(|k| k == number.value)
            }
            ast::VariantKey::Identifier { .. } => false,
        });
        let category = self.plurals.category(&number.as_string());
        let by_category = || {
            variants.iter().find(|v| match &v.key {
                ast::VariantKey::Identifier { name } => Some(*name) == category,
                ast::VariantKey::NumberLiteral { .. } => false,
            })
        };
        exact
            .or_else(by_category)
            .or_else(|| variants.iter().find(|v| v.default))
            .ok_or(())
    }
}

#[cfg(test)]
mod tests;
