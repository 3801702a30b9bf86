//! Recognizing the upstream's English: which catalog message a text is, and
//! the values its variables took.
//!
//! Built once per catalog load from the metadata's wordings (current and
//! legacy): one hash lookup for the fixed texts, and for wordings with
//! variables one lookup per distinct literal prefix length, never a scan of
//! the catalog. A match is exact: a text that merely contains a message, or
//! differs from it in case or punctuation, is not that message.

use std::collections::HashMap;

use crate::metadata::{MessageId, Metadata, Wording};

/// A recognized text: the message, and its arguments (the wording's fixed
/// ones, then the captured ones, unchanged).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    pub message: MessageId,
    pub args: Vec<(String, String)>,
}

/// A wording with variables: literal pieces around them.
#[derive(Debug)]
struct Pattern {
    message: MessageId,
    /// `literals.len() == variables.len() + 1`.
    literals: Vec<String>,
    variables: Vec<String>,
    fixed: Vec<(String, String)>,
    /// Total literal length: the more literal text a pattern pins, the more
    /// specific it is (`must be one of {methods}` over `must be {methods}`).
    specificity: usize,
}

/// A fast hash: the keys are the catalog's own texts, not an attacker's
/// choice, so collision resistance buys nothing here.
type FastMap<K, V> = HashMap<K, V, foldhash::fast::RandomState>;

#[derive(Debug, Default)]
pub struct Recognizer {
    exact: FastMap<String, Match>,
    /// Literal prefix → patterns that start with it.
    by_prefix: FastMap<String, Vec<usize>>,
    /// The distinct prefix lengths, to look each up once.
    prefix_lengths: Vec<usize>,
    patterns: Vec<Pattern>,
}

impl Recognizer {
    pub fn new(metadata: &Metadata) -> Recognizer {
        let mut recognizer = Recognizer::default();
        for (message, meta) in metadata.ids() {
            for wording in meta.wire.iter().chain(&meta.legacy) {
                recognizer.add(message, wording);
            }
        }
        recognizer.prefix_lengths = {
            let mut lengths: Vec<usize> = recognizer.by_prefix.keys().map(String::len).collect();
            lengths.sort_unstable();
            lengths.dedup();
            lengths
        };
        recognizer
    }

    fn add(&mut self, message: MessageId, wording: &Wording) {
        let (literals, variables) = split_wording(&wording.text);
        if variables.is_empty() {
            let found = Match {
                message,
                args: wording.args.clone(),
            };
            self.exact.insert(wording.text.clone(), found);
            return;
        }
        let index = self.patterns.len();
        let Some(first) = literals.first() else {
            return; // `split_wording` always makes one
        };
        self.by_prefix.entry(first.clone()).or_default().push(index);
        self.patterns.push(Pattern {
            message,
            specificity: literals.iter().map(String::len).sum(),
            literals,
            variables,
            fixed: wording.args.clone(),
        });
    }

    pub fn recognize(&self, text: &str) -> Option<Match> {
        if let Some(found) = self.exact.get(text) {
            return Some(found.clone());
        }
        let mut best: Option<(&Pattern, Vec<&str>)> = None;
        for &length in &self.prefix_lengths {
            if length > text.len() {
                break; // nor can any longer prefix
            }
            let Some(prefix) = text.get(..length) else {
                continue; // not a character boundary of this text
            };
            let Some(candidates) = self.by_prefix.get(prefix) else {
                continue;
            };
            for pattern in candidates.iter().filter_map(|&i| self.patterns.get(i)) {
                if best
                    .as_ref()
                    .is_some_and(|(b, _)| b.specificity >= pattern.specificity)
                {
                    continue;
                }
                if let Some(captures) = pattern.captures(text) {
                    best = Some((pattern, captures));
                }
            }
        }
        let (pattern, captures) = best?;
        let mut args = pattern.fixed.clone();
        args.extend(
            pattern
                .variables
                .iter()
                .zip(captures)
                .map(|(name, value)| (name.clone(), value.to_owned())),
        );
        Some(Match {
            message: pattern.message,
            args,
        })
    }
}

impl Pattern {
    /// The variables' values, if the text is this pattern; each non-empty.
    fn captures<'t>(&self, text: &'t str) -> Option<Vec<&'t str>> {
        let (first, others) = self.literals.split_first()?;
        let (last, middle) = others.split_last()?;
        let inner = text
            .strip_prefix(first.as_str())?
            .strip_suffix(last.as_str())?;
        let mut captures = Vec::with_capacity(self.variables.len());
        let mut rest = inner;
        for literal in middle {
            // At least one character before the literal: values are non-empty.
            let skip = rest.chars().next()?.len_utf8();
            let at = rest.get(skip..)?.find(literal.as_str())? + skip;
            captures.push(rest.get(..at)?);
            rest = rest.get(at + literal.len()..)?;
        }
        captures.push(rest);
        captures.iter().all(|c| !c.is_empty()).then_some(captures)
    }
}

/// `"Unknown {kind}: {value}"` → literals `["Unknown ", ": ", ""]`, variables
/// `["kind", "value"]`.
fn split_wording(text: &str) -> (Vec<String>, Vec<String>) {
    let mut literals = Vec::new();
    let mut variables = Vec::new();
    let mut rest = text;
    let mut last = String::new();
    while let Some((before, after)) = rest.split_once('{') {
        let Some((name, after)) = after.split_once('}') else {
            break;
        };
        last.push_str(before);
        literals.push(std::mem::take(&mut last));
        variables.push(name.to_owned());
        rest = after;
    }
    last.push_str(rest);
    literals.push(last);
    (literals, variables)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn recognizer() -> (Recognizer, Metadata) {
        let metadata = Metadata::embedded();
        (Recognizer::new(&metadata), metadata)
    }

    fn id(found: &Option<Match>, metadata: &Metadata) -> Option<String> {
        found.as_ref().map(|m| metadata[m.message].id.clone())
    }

    #[test]
    fn wordings_split_into_literals_and_variables() {
        assert_eq!(
            split_wording("Unknown {kind}: {value}"),
            (
                vec!["Unknown ".into(), ": ".into(), "".into()],
                vec!["kind".into(), "value".into()]
            )
        );
        assert_eq!(
            split_wording("No variables"),
            (vec!["No variables".into()], vec![])
        );
    }

    #[test]
    fn the_more_specific_pattern_wins() {
        let (r, m) = recognizer();
        let one_of = r.recognize("The code_challenge_method must be one of S256, plain.");
        assert_eq!(
            id(&one_of, &m).as_deref(),
            Some("invalid-code-challenge-method")
        );
        assert_eq!(
            one_of.unwrap().args,
            vec![
                ("count".into(), "2".into()),
                ("methods".into(), "S256, plain".into())
            ]
        );
        let single = r
            .recognize("The code_challenge_method must be S256.")
            .unwrap();
        assert_eq!(single.args[1], ("methods".into(), "S256".into()));
    }

    #[test]
    fn captures_are_carried_unchanged() {
        let (r, _) = recognizer();
        let found = r
            .recognize("Validation failed: Text can't be blank, Poll is invalid")
            .unwrap();
        assert_eq!(
            found.args,
            vec![(
                "errors".into(),
                "Text can't be blank, Poll is invalid".into()
            )]
        );
        let unknown = r.recognize("Unknown origin: moon: base").unwrap();
        assert_eq!(
            unknown.args,
            vec![
                ("kind".into(), "origin".into()),
                ("value".into(), "moon: base".into())
            ]
        );
    }

    #[test]
    fn empty_captures_do_not_match() {
        let (r, _) = recognizer();
        assert_eq!(r.recognize("Validation failed: "), None);
        assert_eq!(r.recognize("Missing required parameter: ."), None);
    }
}
