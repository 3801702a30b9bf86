//! The catalog's rules beyond parsing, shared by `serve` (which refuses a
//! catalog with an error) and `check` (which reports everything): plural
//! categories by the locale's CLDR rules, references that loop or lead
//! nowhere, characters that have no place in a JSON body, regional variants
//! without a parent or without anything of their own, and the warnings a
//! translator wants to see (missing ids, dropped variables, text left in
//! English, `.bare` with a placeable).

// The linter reads translators' files at load, never a request; its indexes
// are positions it found in the same text or ids of the catalog it checks.
#![allow(clippy::indexing_slicing)]

use std::collections::{BTreeSet, HashMap, HashSet};

use fluent_syntax::ast;

use super::{Catalog, Findings, Origins, BARE_ATTRIBUTE, SOURCE_LOCALE};
use crate::metadata::MessageMeta;
use crate::negotiation;
use crate::plural::Plurals;

/// Where a message is, for its findings.
pub(crate) struct Entry<'a> {
    pub(crate) id: &'a str,
    pub(crate) path: &'a str,
    pub(crate) source: &'a str,
    pub(crate) position: Option<(usize, usize)>,
    pub(crate) locale: &'a str,
}

/// Characters that would corrupt or disguise a JSON body: Unicode
/// isolation and bidi controls (a right-to-left text reads right without
/// them) and control characters other than the line ends.
pub(crate) fn characters(text: &str, path: &str, locale: Option<&str>, findings: &mut Findings) {
    for (n, line) in text.split('\n').enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        for (column, c) in line.chars().enumerate() {
            let what = match c {
                '\u{2066}'..='\u{2069}' => "a Unicode isolation mark",
                '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' => {
                    "a bidi control character"
                }
                '\u{feff}' if n == 0 && column == 0 => continue, // a byte-order mark
                c if c.is_control() => "a control character",
                _ => continue,
            };
            findings.error(
                path,
                Some((n + 1, column + 1)),
                locale,
                format!(
                    "U+{:04X} is {what}; remove it (a JSON body needs none, right-to-left text reads right without it)",
                    u32::from(c)
                ),
            );
        }
    }
}

/// The rules of one message of a locale.
pub(crate) fn message(
    entry: &Entry,
    meta: &MessageMeta,
    value: &ast::Pattern<&str>,
    bare: Option<&ast::Attribute<&str>>,
    plurals: &Plurals,
    findings: &mut Findings,
) {
    let locale = Some(entry.locale);
    let mut selects = Vec::new();
    numeric_selects(value, meta, &mut selects);
    let needed = plurals.categories();
    for (variable, keys) in selects {
        let missing: Vec<&str> = needed
            .iter()
            .copied()
            .filter(|c| !keys.contains(*c))
            .collect();
        if !missing.is_empty() {
            findings.error(
                entry.path,
                Some(locate_in_entry(entry, &format!("${variable} ->"))),
                locale,
                format!(
                    "`{}`: the select on ${variable} has no variant for {}; {}'s plural categories are {}",
                    entry.id,
                    missing.join(", "),
                    entry.locale,
                    needed.join(", ")
                ),
            );
        }
    }
    if let Some(bare) = bare {
        let placeable = bare
            .value
            .elements
            .iter()
            .any(|e| matches!(e, ast::PatternElement::Placeable { .. }));
        if placeable {
            findings.warning(
                entry.path,
                Some(locate_in_entry(entry, ".bare")),
                locale,
                format!(
                    "`{}.{BARE_ATTRIBUTE}` holds a placeable; it is shown when the values are missing, so write it as plain text",
                    entry.id
                ),
            );
        }
    }
    let mut used = HashSet::new();
    super::collect_variables(value, &mut used);
    for variable in &meta.variables {
        if !used.contains(variable.as_str()) {
            findings.warning(
                entry.path,
                entry.position,
                locale,
                format!(
                    "`{}` drops ${variable}, which the English message shows",
                    entry.id
                ),
            );
        }
    }
}

/// Each select on a numeric variable, nested ones included, with the
/// category names its variants give.
fn numeric_selects(
    pattern: &ast::Pattern<&str>,
    meta: &MessageMeta,
    out: &mut Vec<(String, BTreeSet<String>)>,
) {
    for element in &pattern.elements {
        let ast::PatternElement::Placeable { expression } = element else {
            continue;
        };
        let ast::Expression::Select { selector, variants } = expression else {
            continue;
        };
        if let ast::InlineExpression::VariableReference { id } = selector {
            if meta.is_numeric(id.name) {
                let keys = variants
                    .iter()
                    .filter_map(|v| match &v.key {
                        ast::VariantKey::Identifier { name } => Some((*name).to_owned()),
                        ast::VariantKey::NumberLiteral { .. } => None,
                    })
                    .collect();
                out.push((id.name.to_owned(), keys));
            }
        }
        for variant in variants {
            numeric_selects(&variant.value, meta, out);
        }
    }
}

/// The line and column of `needle` within the entry, else the entry's own.
fn locate_in_entry(entry: &Entry, needle: &str) -> (usize, usize) {
    let Some((start, _)) = entry.position else {
        return (1, 1);
    };
    for (n, line) in entry.source.lines().enumerate().skip(start - 1) {
        let next_entry = n + 1 > start && line.chars().next().is_some_and(|c| !c.is_whitespace());
        if next_entry {
            break;
        }
        if let Some(at) = line.find(needle) {
            return (n + 1, line[..at].chars().count() + 1);
        }
    }
    (start, 1)
}

/// The messages and terms of one locale and what each refers to: Fluent
/// resolves references within a locale only, so a reference to an entry
/// the locale lacks, or a loop, renders as an error text.
#[derive(Default)]
pub(crate) struct References {
    nodes: HashMap<String, Node>,
    order: Vec<String>,
}

struct Node {
    path: String,
    position: Option<(usize, usize)>,
    refers_to: Vec<String>,
}

impl References {
    pub(crate) fn add(
        &mut self,
        key: &str,
        path: &str,
        position: Option<(usize, usize)>,
        value: Option<&ast::Pattern<&str>>,
        attributes: &[ast::Attribute<&str>],
    ) {
        let mut refers_to = Vec::new();
        for pattern in value.into_iter().chain(attributes.iter().map(|a| &a.value)) {
            pattern_references(pattern, &mut refers_to);
        }
        self.order.push(key.to_owned());
        self.nodes.insert(
            key.to_owned(),
            Node {
                path: path.to_owned(),
                position,
                refers_to,
            },
        );
    }

    pub(crate) fn check(&self, locale: Option<&str>, findings: &mut Findings) {
        for key in &self.order {
            let node = &self.nodes[key];
            for target in &node.refers_to {
                if !self.nodes.contains_key(target) {
                    findings.error(
                        &node.path,
                        node.position,
                        locale,
                        format!("`{key}` refers to `{target}`, which this locale does not define (references do not fall back to another locale)"),
                    );
                }
            }
        }
        // Each loop once, reported at the first of its entries.
        let mut reported: HashSet<&str> = HashSet::new();
        for key in &self.order {
            if reported.contains(key.as_str()) {
                continue;
            }
            if let Some(cycle) = self.cycle_from(key) {
                let node = &self.nodes[key];
                findings.error(
                    &node.path,
                    node.position,
                    locale,
                    format!(
                        "`{key}` refers to itself through {}; a reference loop renders no text",
                        cycle.join(" → ")
                    ),
                );
                reported.extend(
                    cycle
                        .iter()
                        .map(|k| self.nodes.get_key_value(*k).map_or("", |(k, _)| k.as_str())),
                );
            }
        }
    }

    /// The path back to `start`, if one exists (depth-first, bounded by
    /// the number of entries).
    fn cycle_from<'s>(&'s self, start: &'s str) -> Option<Vec<&'s str>> {
        let mut stack: Vec<(&str, Vec<&str>)> = vec![(start, vec![start])];
        let mut visited: HashSet<&str> = HashSet::new();
        while let Some((key, path)) = stack.pop() {
            let Some(node) = self.nodes.get(key) else {
                continue;
            };
            for target in &node.refers_to {
                if target == start {
                    let mut cycle = path.clone();
                    cycle.push(start);
                    return Some(cycle);
                }
                if visited.insert(target.as_str()) {
                    let mut next = path.clone();
                    next.push(target.as_str());
                    stack.push((target.as_str(), next));
                }
            }
        }
        None
    }
}

fn pattern_references(pattern: &ast::Pattern<&str>, out: &mut Vec<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_references(expression, out);
        }
    }
}

fn expression_references(expression: &ast::Expression<&str>, out: &mut Vec<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_references(selector, out);
            for variant in variants {
                pattern_references(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_references(inline, out),
    }
}

fn inline_references(inline: &ast::InlineExpression<&str>, out: &mut Vec<String>) {
    match inline {
        ast::InlineExpression::MessageReference { id, .. } => out.push(id.name.to_owned()),
        ast::InlineExpression::TermReference { id, arguments, .. } => {
            out.push(format!("-{}", id.name));
            if let Some(arguments) = arguments {
                call_references(arguments, out);
            }
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            call_references(arguments, out)
        }
        ast::InlineExpression::Placeable { expression } => expression_references(expression, out),
        _ => {}
    }
}

fn call_references(arguments: &ast::CallArguments<&str>, out: &mut Vec<String>) {
    for argument in &arguments.positional {
        inline_references(argument, out);
    }
    for named in &arguments.named {
        inline_references(&named.value, out);
    }
}

/// Words spelled the same in many languages (loanwords, and cognates such
/// as Dutch and Romanian "conflict"): a message made only of these may
/// equal the English without being untranslated.
const LOANWORDS: &[&str] = &[
    "api", "conflict", "csrf", "gateway", "http", "oauth", "ok", "pkce", "ssl", "status",
    "timeout", "token", "uri", "url",
];

/// The rules that compare locales: regional variants and their parents,
/// ids missing after inheritance, and texts left in English.
pub(crate) fn across_locales(
    catalog: &Catalog,
    origins: &[(String, Origins)],
    findings: &mut Findings,
) {
    let total = catalog.metadata.count();
    let english = catalog.locale(catalog.source);
    for ((id, locale), (dir, origins)) in catalog.locales().zip(origins) {
        let tag = locale.tag_text.as_str();
        if id == catalog.source {
            continue;
        }
        let own: Vec<_> = catalog
            .metadata
            .ids()
            .filter(|(m, _)| locale.defines(*m))
            .collect();
        let (translated, inherited) = catalog.coverage(id);
        let parent = catalog.available.parent(id);
        match (parent, negotiation::declared_parent(&locale.tag)) {
            (Some(parent), _) => {
                let parent_tag = &catalog.locale(parent).tag_text;
                if own.is_empty() {
                    findings.error(
                        dir,
                        None,
                        Some(tag),
                        format!("a regional variant of `{parent_tag}` that defines nothing of its own; remove the folder, or define what differs"),
                    );
                }
                for (message, meta) in &own {
                    let from = catalog.first_defining(&[parent], *message);
                    let same = catalog
                        .locale(from)
                        .bundle
                        .get_message(&meta.id)
                        .and_then(|m| m.value())
                        .zip(locale.bundle.get_message(&meta.id).and_then(|m| m.value()))
                        .is_some_and(|(a, b)| pattern_key(a) == pattern_key(b));
                    if same {
                        let (file, position) = origin(origins, *message, dir);
                        findings.warning(
                            &file,
                            position,
                            Some(tag),
                            format!(
                                "`{}` is the same as in `{parent_tag}`; remove it to inherit",
                                meta.id
                            ),
                        );
                    }
                }
            }
            (None, Some(declared)) if translated + inherited < total => {
                findings.error(
                    dir,
                    None,
                    Some(tag),
                    format!(
                        "a regional variant whose parent `{declared}` is not served, and {} of {total} messages are missing: add `{declared}`, or complete `{tag}`",
                        total - translated
                    ),
                );
            }
            _ => {}
        }
        let missing: Vec<&str> = catalog
            .metadata
            .ids()
            .filter(|(m, _)| !locale.defines(*m) && !catalog.inherits(id, *m))
            .map(|(_, meta)| meta.id.as_str())
            .collect();
        if !missing.is_empty() {
            findings.warning(
                dir,
                None,
                Some(tag),
                format!(
                    "{} of {total} messages are missing ({}{}), so they are answered in English; complete: {}%",
                    missing.len(),
                    missing[..missing.len().min(5)].join(", "),
                    if missing.len() > 5 { ", …" } else { "" },
                    (translated + inherited) * 100 / total.max(1)
                ),
            );
        }
        if locale.tag.language.as_str() == SOURCE_LOCALE {
            continue; // English variants may share the source's words
        }
        for (message, meta) in &own {
            let ours = locale.bundle.get_message(&meta.id).and_then(|m| m.value());
            let theirs = english.bundle.get_message(&meta.id).and_then(|m| m.value());
            let Some((ours, theirs)) = ours.zip(theirs) else {
                continue;
            };
            let text = pattern_key(ours);
            if text == pattern_key(theirs) && !only_loanwords(&text) {
                let (file, position) = origin(origins, *message, dir);
                findings.warning(
                    &file,
                    position,
                    Some(tag),
                    format!("`{}` is identical to the English; translate it (or keep it, if it is a loanword your language uses)", meta.id),
                );
            }
        }
    }
}

fn origin(
    origins: &Origins,
    message: crate::metadata::MessageId,
    dir: &str,
) -> (String, Option<(usize, usize)>) {
    match &origins[message.index()] {
        Some((file, position)) => (file.clone(), Some(*position)),
        None => (dir.to_owned(), None),
    }
}

fn only_loanwords(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| {
            LOANWORDS.contains(&w.to_lowercase().as_str()) || w.chars().all(|c| c.is_ascii_digit())
        })
}

/// A pattern's shape as text, for comparing two locales' messages: the
/// text, `{$var}` for variables, selects with their keys.
fn pattern_key(pattern: &ast::Pattern<&str>) -> String {
    let mut out = String::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression } => {
                out.push('{');
                match expression {
                    ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
                        out.push('$');
                        out.push_str(id.name);
                    }
                    ast::Expression::Select { variants, .. } => {
                        for variant in variants {
                            match &variant.key {
                                ast::VariantKey::Identifier { name } => out.push_str(name),
                                ast::VariantKey::NumberLiteral { value } => out.push_str(value),
                            }
                            out.push('=');
                            out.push_str(&pattern_key(&variant.value));
                            out.push('|');
                        }
                    }
                    other => out.push_str(&format!("{other:?}")),
                }
                out.push('}');
            }
        }
    }
    out
}
