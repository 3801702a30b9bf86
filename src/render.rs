//! Rendering one message for a request: the body, the locale it came from
//! and the wait to announce, from what `compiled` prepared where it can,
//! formatting (`format`) only what depends on the request's arguments.
//!
//! Lenient by design: a message missing from a locale comes from the next
//! locale of the chain, and nothing a translation lacks becomes a fault.

use std::borrow::Cow;

use bytes::Bytes;

use crate::compiled::Compiled;
use crate::format::{self, quote, Args, ArgumentError};
use crate::metadata::{HintUnit, MessageId, Routable};
use crate::negotiation::LocaleId;

/// What a request brings to rendering, worked out once per request.
#[derive(Debug, Clone)]
pub struct Context<'a> {
    /// The status answered (a rendered route) or echoed (translate).
    pub status: u16,
    pub chain: &'a [LocaleId],
    /// The rate-limit wait in whole seconds, rounded up; only a 429 has one.
    pub wait: Option<u64>,
    pub oauth_strict: bool,
}

impl Context<'_> {
    /// The wait to announce: a positive one, on a 429.
    fn announced_wait(&self) -> Option<u64> {
        self.wait.filter(|&w| w > 0 && self.status == 429)
    }
}

/// A message rendered for a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub status: u16,
    pub body: Bytes,
    /// The locale the message came from (`Content-Language`).
    pub locale: LocaleId,
    /// Whole seconds, for the `Retry-After` header.
    pub retry_after: Option<u64>,
}

impl Compiled {
    /// Renders a routable message; see the module's notes on leniency.
    pub fn render(
        &self,
        message: Routable,
        args: &Args,
        context: &Context,
    ) -> Result<Rendered, ArgumentError> {
        let message = message.id();
        let catalog = &self.catalog;
        let meta = &catalog.metadata[message];
        format::check_lengths(meta, args)?;
        let has_args = meta.variables.iter().any(|v| {
            args.iter()
                .any(|(name, value)| name == v && !value.is_empty())
        });
        let locale = catalog.first_defining(context.chain, message);
        let body = if has_args {
            let text = self.text(locale, message, args)?;
            let english = match context.oauth_strict && meta.oauth.is_some() {
                true => Some(format::english_text(catalog, message, args)?),
                false => None,
            };
            format::body(meta, &text, english.as_deref())
        } else {
            self.plain_body(locale, message, context.oauth_strict)
        };
        let wait = context.announced_wait().filter(|_| meta.oauth.is_none());
        let body = match wait {
            Some(wait) => with_hint(&body, &self.hint_quoted(context.chain, wait)),
            None => body,
        };
        Ok(Rendered {
            status: context.status,
            body,
            locale,
            retry_after: wait,
        })
    }

    /// A message's text as a JSON string literal, for splicing into an
    /// upstream body, and the locale it came from.
    pub fn quoted_text(
        &self,
        chain: &[LocaleId],
        message: MessageId,
        args: &Args,
    ) -> Result<(Cow<'_, str>, LocaleId), ArgumentError> {
        let locale = self.catalog.first_defining(chain, message);
        if args.is_empty() {
            return Ok((self.quoted(locale, message).into(), locale));
        }
        Ok((quote(&self.text(locale, message, args)?).into(), locale))
    }

    /// The localized "Try again in …" for a wait in seconds (> 0), as a
    /// JSON string literal: seconds under a minute, minutes under an hour,
    /// else hours, each rounded up.
    pub fn hint_quoted(&self, chain: &[LocaleId], wait: u64) -> Cow<'_, str> {
        let (unit, count) = HintUnit::for_wait(wait);
        let locale = self
            .catalog
            .first_defining(chain, self.catalog.metadata.hint(unit));
        match self.hint(locale, unit, count) {
            Some(quoted) => quoted.into(),
            None => quote(&format::hint_text(&self.catalog, locale, unit, count)).into(),
        }
    }

    /// A message's text in a locale that defines it: by template when it
    /// has one, else by Fluent.
    fn text(
        &self,
        locale: LocaleId,
        message: MessageId,
        args: &Args,
    ) -> Result<String, ArgumentError> {
        match self.template(locale, message).and_then(|t| t.fill(args)) {
            Some(text) => Ok(text),
            None => format::text(&self.catalog, locale, message, args),
        }
    }
}

/// `{"error":"…"}` becomes `{"error":"…","error_description":<hint>}`.
fn with_hint(body: &[u8], hint: &str) -> Bytes {
    let open = body.strip_suffix(b"}").unwrap_or(body);
    let mut out = Vec::with_capacity(open.len() + hint.len() + 24);
    out.extend_from_slice(open);
    out.extend_from_slice(b",\"error_description\":");
    out.extend_from_slice(hint.as_bytes());
    out.push(b'}');
    Bytes::from(out)
}

#[cfg(test)]
mod tests;
