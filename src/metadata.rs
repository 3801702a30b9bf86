//! What `messages.toml` says about each message: statuses, OAuth code,
//! variables, the upstream's wordings, which message `/v1/status/{code}`
//! serves, and which messages are the rate-limit hint. The single place for
//! these facts; the rest of the crate asks here.
//!
//! Messages are named by typed indices: a [`MessageId`] is any message, a
//! [`Routable`] one a route may render, a [`HintUnit`] one of the hints.
//! Only `Metadata` makes them, so an index from one list cannot be passed
//! where another is meant.

// Indexing here is by `LocaleId` and `MessageId`, which only the catalog
// that owns these tables makes (positions in its own lists, checked below
// u16::MAX), and every table is built with one entry per id: an index is in
// bounds by construction, whatever a request sends.
#![allow(clippy::indexing_slicing)]

use std::collections::{BTreeMap, HashMap};

use serde::Deserialize;

const METADATA: &str = include_str!("metadata/messages.toml");

/// A message of the catalog: an index into [`Metadata::messages`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MessageId(u16);

impl MessageId {
    pub fn index(self) -> usize {
        usize::from(self.0)
    }
}

/// A message a route may render by id or status: not a hint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Routable(MessageId);

impl Routable {
    pub fn id(self) -> MessageId {
        self.0
    }
}

/// The unit of a rate-limit hint: under a minute in seconds, under an hour
/// in minutes, else in hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum HintUnit {
    Seconds,
    Minutes,
    Hours,
}

impl HintUnit {
    pub const ALL: [HintUnit; 3] = [HintUnit::Seconds, HintUnit::Minutes, HintUnit::Hours];

    /// The unit and the count, rounded up, for a wait in seconds.
    pub fn for_wait(wait: u64) -> (HintUnit, u64) {
        match wait {
            0..60 => (HintUnit::Seconds, wait),
            60..3600 => (HintUnit::Minutes, wait.div_ceil(60)),
            _ => (HintUnit::Hours, wait.div_ceil(3600)),
        }
    }

    /// The largest count told in this unit.
    pub fn largest(self) -> u64 {
        match self {
            HintUnit::Seconds => 59,
            HintUnit::Minutes => 60,
            HintUnit::Hours => 24,
        }
    }

    pub fn position(self) -> usize {
        self as usize
    }
}

/// What the metadata file says about one message.
#[derive(Debug, Clone)]
pub struct MessageMeta {
    pub id: String,
    /// The first is canonical. Empty for hints.
    pub statuses: Vec<u16>,
    pub oauth: Option<String>,
    pub variables: Vec<String>,
    pub numeric: Vec<String>,
    /// The upstream's current English wordings.
    pub wire: Vec<Wording>,
    /// Older upstream wordings: recognized, never rendered.
    pub legacy: Vec<Wording>,
    /// Set for the rate-limit hints, which no route serves by id.
    pub hint: Option<HintUnit>,
    /// For `GET /v1/messages`: the first wire wording, or a stated text.
    pub english: Option<String>,
}

impl MessageMeta {
    pub fn canonical_status(&self) -> u16 {
        self.statuses.first().copied().unwrap_or(500)
    }

    pub fn is_numeric(&self, variable: &str) -> bool {
        self.numeric.iter().any(|n| n == variable)
    }

    pub fn is_routable(&self) -> bool {
        self.hint.is_none()
    }
}

/// An upstream wording: its text with `{name}` for variables, and the
/// arguments the wording itself fixes (e.g. a plural count).
#[derive(Debug, Clone, Deserialize)]
#[serde(from = "RawWording")]
pub struct Wording {
    pub text: String,
    pub args: Vec<(String, String)>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RawWording {
    Text(String),
    WithArgs {
        text: String,
        #[serde(default)]
        args: BTreeMap<String, String>,
    },
}

impl From<RawWording> for Wording {
    fn from(raw: RawWording) -> Self {
        match raw {
            RawWording::Text(text) => Wording { text, args: vec![] },
            RawWording::WithArgs { text, args } => Wording {
                text,
                args: args.into_iter().collect(),
            },
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawMeta {
    #[serde(default)]
    status: Vec<u16>,
    oauth: Option<String>,
    #[serde(default)]
    variables: Vec<String>,
    #[serde(default)]
    numeric: Vec<String>,
    #[serde(default)]
    wire: Vec<Wording>,
    #[serde(default)]
    legacy: Vec<Wording>,
    hint: Option<HintUnit>,
    english: Option<String>,
    #[serde(default)]
    serves_status: Vec<u16>,
    serves_class: Option<u16>,
}

/// The metadata of every message, in the file's order.
#[derive(Debug, Clone)]
pub struct Metadata {
    messages: Vec<MessageMeta>,
    index: HashMap<String, MessageId>,
    /// `/v1/status/{code}`: the message of each listed code, then of each
    /// class (index 0 for 4xx, 1 for 5xx).
    by_status: HashMap<u16, Routable>,
    by_class: [Routable; 2],
    hints: [MessageId; 3],
}

impl Metadata {
    /// The metadata built into the binary. It is part of the program, so a
    /// mistake in it is a bug caught by the tests, hence the panic.
    pub fn embedded() -> Self {
        match Self::parse(METADATA) {
            Ok(metadata) => metadata,
            #[allow(clippy::panic)]
            Err(e) => panic!("the embedded messages.toml is invalid: {e}"),
        }
    }

    fn parse(text: &str) -> Result<Self, String> {
        let table: toml::Table = text.parse().map_err(|e| format!("{e}"))?;
        if table.len() > usize::from(u16::MAX) {
            return Err("too many messages".into());
        }
        let mut messages = Vec::new();
        let mut by_status = HashMap::new();
        let mut by_class = [None, None];
        let mut hints = [None; 3];
        for (position, (id, value)) in table.into_iter().enumerate() {
            let raw: RawMeta = value.try_into().map_err(|e| format!("[{id}]: {e}"))?;
            let message = MessageId(position as u16); // bounded above
            if let Some(unit) = raw.hint {
                hints[unit.position()] = Some(message);
            }
            for code in raw.serves_status {
                by_status.insert(code, Routable(message));
            }
            match raw.serves_class {
                Some(class @ 4..=5) => by_class[usize::from(class - 4)] = Some(Routable(message)),
                Some(other) => return Err(format!("[{id}]: serves-class {other} is not 4 or 5")),
                None => {}
            }
            let english = raw
                .english
                .or_else(|| raw.wire.first().map(|w| w.text.clone()));
            messages.push(MessageMeta {
                id,
                statuses: raw.status,
                oauth: raw.oauth,
                variables: raw.variables,
                numeric: raw.numeric,
                wire: raw.wire,
                legacy: raw.legacy,
                hint: raw.hint,
                english,
            });
        }
        let index = messages
            .iter()
            .enumerate()
            .map(|(i, m)| (m.id.clone(), MessageId(i as u16)))
            .collect();
        let [Some(four), Some(five)] = by_class else {
            return Err("each class (4 and 5) needs a message with serves-class".into());
        };
        let [Some(s), Some(m), Some(h)] = hints else {
            return Err("each hint unit needs a message".into());
        };
        Ok(Metadata {
            messages,
            index,
            by_status,
            by_class: [four, five],
            hints: [s, m, h],
        })
    }

    pub fn messages(&self) -> &[MessageMeta] {
        &self.messages
    }

    /// Every message with its id, in the file's order.
    pub fn ids(&self) -> impl Iterator<Item = (MessageId, &MessageMeta)> {
        self.messages
            .iter()
            .enumerate()
            .map(|(i, m)| (MessageId(i as u16), m))
    }

    /// How many messages there are, hints included.
    pub fn count(&self) -> usize {
        self.messages.len()
    }

    pub fn lookup(&self, id: &str) -> Option<MessageId> {
        self.index.get(id).copied()
    }

    /// A message a route may render, by its id; hints are not.
    pub fn routable(&self, id: &str) -> Option<Routable> {
        self.lookup(id)
            .filter(|&m| self[m].is_routable())
            .map(Routable)
    }

    /// The message `/v1/status/{code}` renders, for a code in 400..=599.
    pub fn for_status(&self, status: u16) -> Routable {
        match self.by_status.get(&status) {
            Some(&message) => message,
            None if status < 500 => self.by_class[0],
            None => self.by_class[1],
        }
    }

    pub fn hint(&self, unit: HintUnit) -> MessageId {
        self.hints[unit.position()]
    }
}

impl std::ops::Index<MessageId> for Metadata {
    type Output = MessageMeta;

    fn index(&self, id: MessageId) -> &MessageMeta {
        &self.messages[id.index()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_status_table_is_the_files() {
        let metadata = Metadata::embedded();
        let id = |status| &metadata[metadata.for_status(status).id()].id;
        for (status, expected) in [
            (400, "http-400"),
            (401, "token-invalid"),
            (403, "not-permitted"),
            (404, "record-not-found"),
            (429, "rate-limited"),
            (503, "temporary-failure"),
            (418, "http-4xx"),
            (599, "http-5xx"),
        ] {
            assert_eq!(id(status), expected, "status {status}");
        }
    }

    #[test]
    fn hints_are_not_routable() {
        let metadata = Metadata::embedded();
        for unit in HintUnit::ALL {
            let hint = &metadata[metadata.hint(unit)];
            assert!(metadata.routable(&hint.id).is_none(), "{}", hint.id);
        }
        assert!(metadata.routable("rate-limited").is_some());
    }

    #[test]
    fn waits_round_up_into_their_unit() {
        assert_eq!(HintUnit::for_wait(59), (HintUnit::Seconds, 59));
        assert_eq!(HintUnit::for_wait(61), (HintUnit::Minutes, 2));
        assert_eq!(HintUnit::for_wait(3600), (HintUnit::Hours, 1));
        assert_eq!(HintUnit::for_wait(3601), (HintUnit::Hours, 2));
    }
}
