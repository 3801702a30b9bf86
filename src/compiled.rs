//! The compiled catalog: a loaded `Catalog` plus everything prepared from
//! it once, so that a request is served by lookups: every locale's bodies
//! and texts without arguments, templates for messages with string
//! variables, the rate-limit hints most often told, header values, the
//! `/v1/locales` and `/v1/messages` bodies, and the recognizer of the
//! upstream's English. Built whole before it serves (a reload builds a new
//! one beside the old), never changed after.

// Indexing here is by `LocaleId` and `MessageId`, which only the catalog
// that owns these tables makes (positions in its own lists, checked below
// u16::MAX), and every table is built with one entry per id: an index is in
// bounds by construction, whatever a request sends.
#![allow(clippy::indexing_slicing)]

use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use actix_web::http::header::HeaderValue;
use bytes::Bytes;
use fluent_syntax::ast;
use serde::Serialize;
use thread_local::ThreadLocal;

use crate::catalog::Catalog;
use crate::format::{self, quote};
use crate::metadata::{HintUnit, MessageId};
use crate::negotiation::{self, Chain, ChainCache, LocaleId, Match};
use crate::recognize::Recognizer;

pub struct Compiled {
    pub catalog: Catalog,
    /// Recognizes the upstream's English, for `POST /v1/translate`.
    pub recognizer: Recognizer,
    /// Per locale.
    prepared: Vec<Prepared>,
    /// Per locale, its tag as a `Content-Language` value.
    content_language: Vec<HeaderValue>,
    /// Per message, its id as an `Error-L10n-Id` value.
    ids: Vec<HeaderValue>,
    pub locales_body: Bytes,
    pub messages_body: Bytes,
    /// Each worker's memo of `Accept-Language` → chain. It lives here, not
    /// in a plain thread-local, so that it holds chains of this catalog
    /// only: a new catalog starts with empty memos and the old ones go with
    /// the old catalog. Per thread, so no lock is shared between workers.
    chains: ThreadLocal<RefCell<ChainCache>>,
    /// Distinct for every catalog compiled (for reload answers and logs).
    pub generation: u64,
    /// How long reading, checking and compiling took (for `/metrics`).
    pub load_time: std::time::Duration,
    /// Per locale and message: how often it was rendered from there.
    rendered: Box<[AtomicU64]>,
}

/// What a locale renders the same way every time. Serving these is a
/// reference count or a copy: no formatting, no escaping, no lock.
struct Prepared {
    /// Per message: the body with no arguments and no hint (the value, or
    /// `.bare`); empty where the locale does not define it or no route
    /// renders it.
    plain: Vec<Bytes>,
    /// Per message: the `--oauth-strict` body, for OAuth messages.
    strict: Vec<Option<Bytes>>,
    /// Per message: the text with no arguments as a JSON string literal.
    quoted: Vec<Box<str>>,
    /// Per hint unit: the hint as a JSON string literal for 1 up to the
    /// unit's largest count.
    hints: [Vec<Box<str>>; 3],
    /// Per message with string variables only: its value as a template.
    templates: Vec<Option<Template>>,
}

impl Compiled {
    pub fn new(catalog: Catalog) -> Compiled {
        static GENERATION: AtomicU64 = AtomicU64::new(1);
        let started = std::time::Instant::now();
        let prepared = catalog
            .locales()
            .map(|(locale, _)| prepare(&catalog, locale))
            .collect();
        let header =
            |text: &str| HeaderValue::from_str(text).unwrap_or(HeaderValue::from_static(""));
        Compiled {
            content_language: catalog
                .locales()
                .map(|(_, l)| header(&l.tag_text))
                .collect(),
            ids: catalog
                .metadata
                .messages()
                .iter()
                .map(|m| header(&m.id))
                .collect(),
            locales_body: locales_json(&catalog).into(),
            messages_body: messages_json(&catalog).into(),
            recognizer: Recognizer::new(&catalog.metadata),
            prepared,
            chains: ThreadLocal::new(),
            generation: GENERATION.fetch_add(1, Ordering::Relaxed),
            load_time: started.elapsed(),
            rendered: (0..catalog.locale_count() * catalog.metadata.count())
                .map(|_| AtomicU64::new(0))
                .collect(),
            catalog,
        }
    }

    /// Adds the time spent reading and checking the files to `load_time`.
    pub fn with_read_time(mut self, read: std::time::Duration) -> Compiled {
        self.load_time += read;
        self
    }

    /// Counts one rendering of a message from a locale (`/metrics`).
    pub fn count_rendered(&self, message: MessageId, locale: LocaleId) {
        let index = locale.index() * self.catalog.metadata.count() + message.index();
        if let Some(counter) = self.rendered.get(index) {
            counter.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Every (id, locale tag) rendered at least once, with its count.
    pub fn rendered_counts(&self) -> Vec<((String, String), u64)> {
        let mut out = Vec::new();
        for (locale, entry) in self.catalog.locales() {
            for (message, meta) in self.catalog.metadata.ids() {
                let index = locale.index() * self.catalog.metadata.count() + message.index();
                let n = self.rendered[index].load(Ordering::Relaxed);
                if n > 0 {
                    out.push(((meta.id.clone(), entry.tag_text.clone()), n));
                }
            }
        }
        out
    }

    /// The embedded catalog, compiled.
    pub fn embedded() -> Compiled {
        Compiled::new(Catalog::embedded())
    }

    pub fn content_language(&self, locale: LocaleId) -> &HeaderValue {
        &self.content_language[locale.index()]
    }

    pub fn id_header(&self, message: MessageId) -> &HeaderValue {
        &self.ids[message.index()]
    }

    /// The chain for an `Accept-Language` value, and how its first locale
    /// was found; memoized per worker.
    pub fn negotiate(&self, header: &[u8]) -> (Arc<[LocaleId]>, Match) {
        let cache = self.chains.get_or(|| RefCell::new(ChainCache::new()));
        let negotiate = || self.negotiate_explained(header);
        match cache.try_borrow_mut() {
            Ok(mut cache) => cache.get_or_insert(header, negotiate),
            // Not reentrant; should it ever be, compute without the memo.
            Err(_) => {
                let (chain, how) = negotiate();
                (chain.into(), how)
            }
        }
    }

    /// The chain, and how it was found, without the memo.
    pub fn negotiate_explained(&self, header: &[u8]) -> (Chain, Match) {
        self.catalog
            .available
            .negotiate_explained(&negotiation::parse_accept_language(header))
    }

    pub fn negotiate_uncached(&self, header: &[u8]) -> Chain {
        self.negotiate_explained(header).0
    }

    /// The prepared body of a message with no arguments.
    pub(crate) fn plain_body(&self, locale: LocaleId, message: MessageId, strict: bool) -> Bytes {
        let prepared = &self.prepared[locale.index()];
        let strict = strict
            .then(|| prepared.strict[message.index()].clone())
            .flatten();
        strict.unwrap_or_else(|| prepared.plain[message.index()].clone())
    }

    /// The prepared text of a message with no arguments, as a JSON string.
    pub(crate) fn quoted(&self, locale: LocaleId, message: MessageId) -> &str {
        &self.prepared[locale.index()].quoted[message.index()]
    }

    /// The prepared hint, when the count is one of those prepared.
    pub(crate) fn hint(&self, locale: LocaleId, unit: HintUnit, count: u64) -> Option<&str> {
        let hints = &self.prepared[locale.index()].hints[unit.position()];
        let index = usize::try_from(count.checked_sub(1)?).ok()?;
        hints.get(index).map(AsRef::as_ref)
    }

    pub(crate) fn template(&self, locale: LocaleId, message: MessageId) -> Option<&Template> {
        self.prepared[locale.index()].templates[message.index()].as_ref()
    }
}

fn prepare(catalog: &Catalog, locale: LocaleId) -> Prepared {
    let defines = |m: MessageId| catalog.locale(locale).defines(m);
    let routable = |m: MessageId| defines(m) && catalog.metadata[m].is_routable();
    // Texts without arguments: the value when it has no variables, else
    // `.bare`. No arguments means no argument error.
    let text = |m: MessageId| format::text(catalog, locale, m, &[]).unwrap_or_default();
    let english = |m: MessageId| format::english_text(catalog, m, &[]).unwrap_or_default();
    let ids = || catalog.metadata.ids();
    Prepared {
        plain: ids()
            .map(|(m, meta)| {
                if routable(m) {
                    format::body(meta, &text(m), None)
                } else {
                    Bytes::new()
                }
            })
            .collect(),
        strict: ids()
            .map(|(m, meta)| {
                (routable(m) && meta.oauth.is_some())
                    .then(|| format::body(meta, &text(m), Some(&english(m))))
            })
            .collect(),
        quoted: ids()
            .map(|(m, _)| {
                if routable(m) {
                    quote(&text(m)).into()
                } else {
                    Box::default()
                }
            })
            .collect(),
        hints: HintUnit::ALL.map(|unit| {
            if !defines(catalog.metadata.hint(unit)) {
                return Vec::new();
            }
            (1..=unit.largest())
                .map(|count| quote(&format::hint_text(catalog, locale, unit, count)).into())
                .collect()
        }),
        templates: ids()
            .map(|(m, meta)| {
                // Numbers are formatted by Fluent; strings are copied.
                if !defines(m) || meta.variables.is_empty() || !meta.numeric.is_empty() {
                    return None;
                }
                let bundle = &catalog.locale(locale).bundle;
                Template::of(bundle.get_message(&meta.id)?.value()?)
            })
            .collect(),
    }
}

/// A message value of only text and string variables (no selector, no
/// function, no reference, as most are): filled by concatenation, the way
/// Fluent would write it, without resolving the pattern per request.
#[derive(Debug)]
pub(crate) struct Template(Vec<Piece>);

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
    /// as Fluent arguments, the last of a repeated name wins and empty is
    /// none.
    pub(crate) fn fill(&self, args: &format::Args) -> Option<String> {
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

/// A locale the service serves (`GET /v1/locales`).
#[derive(Serialize, utoipa::ToSchema)]
#[schema(example = json!({"tag": "fr-CA", "name": "français (Canada)", "direction": "ltr", "parent": "fr", "translated": 12, "inherited": 68, "total": 80, "complete": true}))]
pub(crate) struct LocaleEntry<'a> {
    /// The BCP 47 tag, as served in `Content-Language`.
    tag: &'a str,
    /// The language's own name for itself.
    name: &'a str,
    /// `ltr` or `rtl`.
    #[schema(pattern = "^(ltr|rtl)$")]
    direction: &'static str,
    /// The declared parent the locale inherits from, if any.
    parent: Option<&'a str>,
    /// Ids the locale defines itself.
    translated: usize,
    /// Ids it takes from its declared parent.
    inherited: usize,
    /// Ids in the catalog.
    total: usize,
    /// `translated + inherited == total`.
    complete: bool,
}

fn locales_json(catalog: &Catalog) -> String {
    let total = catalog.metadata.count();
    let entries: Vec<LocaleEntry> = catalog
        .locales()
        .map(|(id, locale)| {
            let (translated, inherited) = catalog.coverage(id);
            LocaleEntry {
                tag: &locale.tag_text,
                name: &locale.name,
                direction: if locale.right_to_left { "rtl" } else { "ltr" },
                parent: catalog
                    .available
                    .parent(id)
                    .map(|p| catalog.locale(p).tag_text.as_str()),
                translated,
                inherited,
                total,
                complete: translated + inherited == total,
            }
        })
        .collect();
    serde_json::to_string(&entries).unwrap_or_default()
}

/// A message of the catalog (`GET /v1/messages`).
#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct MessageEntry<'a> {
    /// The id, for `/v1/errors/{id}`.
    id: &'a str,
    /// The canonical status: the one `/v1/errors/{id}` answers with.
    status: u16,
    /// Every status Mastodon sends it with.
    statuses: &'a [u16],
    /// The RFC 6749/6750 code of an OAuth error.
    oauth_error: Option<&'a str>,
    /// The names of its arguments, as query parameters.
    variables: &'a [String],
    /// Mastodon's English text.
    english: Option<&'a str>,
}

fn messages_json(catalog: &Catalog) -> String {
    let entries: Vec<MessageEntry> = catalog
        .metadata
        .messages()
        .iter()
        .filter(|m| m.is_routable())
        .map(|m| MessageEntry {
            id: &m.id,
            status: m.canonical_status(),
            statuses: &m.statuses,
            oauth_error: m.oauth.as_deref(),
            variables: &m.variables,
            english: m.english.as_deref(),
        })
        .collect();
    serde_json::to_string(&entries).unwrap_or_default()
}
