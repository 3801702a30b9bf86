//! The catalog: every locale's Fluent bundle, read from locale folders and
//! validated against the metadata, and the served locales prepared for
//! negotiation.
//!
//! Loading is strict (any problem refuses the whole catalog, every problem is
//! reported at once with `file:line:column`); rendering is lenient. The
//! shipped locales are embedded in the binary; `--locales DIR` reads a folder
//! of the same layout instead.

// Indexing here is by `LocaleId` and `MessageId`, which only the catalog
// that owns these tables makes (positions in its own lists, checked below
// u16::MAX), and every table is built with one entry per id: an index is in
// bounds by construction, whatever a request sends.
#![allow(clippy::indexing_slicing)]

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::Path;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use include_dir::{include_dir, Dir};
use unic_langid::LanguageIdentifier;

use crate::metadata::{MessageId, Metadata};
use crate::negotiation::{self, Available, LocaleId};
use crate::plural::Plurals;
use crate::pseudo;

static EMBEDDED_LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// The locale every id exists in first, and every chain ends with by default.
pub const SOURCE_LOCALE: &str = "en";
/// A message each locale may define for its own name (`GET /v1/locales`).
const LOCALE_NAME_ID: &str = "locale-name";
/// The attribute rendered when an argument is missing.
pub const BARE_ATTRIBUTE: &str = "bare";

/// One served locale.
pub struct Locale {
    pub tag: LanguageIdentifier,
    /// `tag` as text, for `Content-Language`.
    pub tag_text: String,
    /// The locale's own name, or its tag when it gives none.
    pub name: String,
    pub right_to_left: bool,
    pub bundle: FluentBundle<FluentResource>,
    /// Its CLDR plural rules, which select numeric variants (`format`).
    pub plurals: Plurals,
    /// Per message: whether this locale defines the message itself.
    defines: Vec<bool>,
}

impl Locale {
    pub fn defines(&self, message: MessageId) -> bool {
        self.defines[message.index()]
    }
}

/// A loaded, validated catalog. Immutable once built; shared between workers.
pub struct Catalog {
    pub metadata: Metadata,
    locales: Vec<Locale>,
    pub available: Available,
    /// The source locale, `en`, which defines every message.
    pub source: LocaleId,
}

/// The locale files a catalog is read from: per locale folder, its `.ftl`
/// files.
pub struct LocaleFiles {
    /// For messages: `locales` or the folder given.
    pub root: String,
    pub folders: Vec<SourceFolder>,
}

pub struct SourceFolder {
    pub name: String,
    /// File name and contents, sorted by name.
    pub files: Vec<(String, String)>,
}

impl LocaleFiles {
    /// The locales built into the binary.
    pub fn embedded() -> LocaleFiles {
        let mut folders: Vec<SourceFolder> = EMBEDDED_LOCALES
            .dirs()
            .map(|dir| {
                let mut files: Vec<(String, String)> = dir
                    .files()
                    .filter(|f| f.path().extension().is_some_and(|e| e == "ftl"))
                    .map(|f| {
                        let name = entry_name(f.path());
                        // Shipped files, checked by the tests: not input.
                        #[allow(clippy::expect_used)]
                        let text = f.contents_utf8().expect("shipped .ftl files are UTF-8");
                        (name, text.to_owned())
                    })
                    .collect();
                files.sort();
                SourceFolder {
                    name: dir.path().to_string_lossy().into_owned(),
                    files,
                }
            })
            .collect();
        folders.sort_by(|a, b| a.name.cmp(&b.name));
        LocaleFiles {
            root: "locales".into(),
            folders,
        }
    }

    /// Adds the pseudo-locales (`en-XA`, `ar-XB`), derived from `en`'s
    /// files as they are now; see `pseudo`.
    pub fn add_pseudo_locales(&mut self) {
        let Some(en) = self.folders.iter().find(|f| f.name == SOURCE_LOCALE) else {
            return; // the loader reports the missing source locale
        };
        let derived: Vec<SourceFolder> = pseudo::PSEUDO_LOCALES
            .iter()
            .map(|(tag, transform)| SourceFolder {
                name: (*tag).to_owned(),
                files: en
                    .files
                    .iter()
                    .filter_map(|(name, text)| {
                        Some((name.clone(), pseudo::derive(text, *transform)?))
                    })
                    .collect(),
            })
            .collect();
        self.folders.retain(|f| !pseudo::is_pseudo(&f.name));
        self.folders.extend(derived);
    }

    /// A folder on disk: one sub-folder per locale, `.ftl` files in each.
    /// Other files are ignored, so a README can sit beside them.
    pub fn read_dir(root: &Path) -> Result<LocaleFiles, LoadErrors> {
        let refused = |path: &Path, message: String| {
            let mut findings = Findings::default();
            findings.error(&path.display().to_string(), None, None, message);
            LoadErrors(findings.0)
        };
        let io = |path: &Path, e: std::io::Error| refused(path, e.to_string());
        let mut folders = Vec::new();
        for entry in std::fs::read_dir(root).map_err(|e| io(root, e))? {
            let entry = entry.map_err(|e| io(root, e))?;
            let path = entry.path();
            // `is_dir` follows symlinks, as a Kubernetes ConfigMap needs.
            if !path.is_dir() || entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            let mut files = Vec::new();
            for file in std::fs::read_dir(&path).map_err(|e| io(&path, e))? {
                let file = file.map_err(|e| io(&path, e))?.path();
                if file.extension().is_some_and(|e| e == "ftl") && file.is_file() {
                    let bytes = std::fs::read(&file).map_err(|e| io(&file, e))?;
                    let text = String::from_utf8(bytes).map_err(|e| {
                        refused(&file, format!("not UTF-8 ({e}); save the file as UTF-8"))
                    })?;
                    let name = entry_name(&file);
                    files.push((name, text));
                }
            }
            files.sort();
            folders.push(SourceFolder {
                name: entry.file_name().to_string_lossy().into_owned(),
                files,
            });
        }
        folders.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(LocaleFiles {
            root: root.display().to_string(),
            folders,
        })
    }
}

/// How bad a finding is: an error refuses the catalog (`serve` does not
/// start, a reload keeps the old one, `check` exits non-zero); a warning
/// is reported and the catalog serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One finding about the locale files, located as precisely as the input
/// allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub file: String,
    /// Line and column, 1-based, in characters.
    pub position: Option<(usize, usize)>,
    /// The locale's tag, when the finding is about one locale.
    pub locale: Option<String>,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    /// `file:line:column: severity: locale: message`, as compilers write it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some((line, column)) = self.position {
            write!(f, ":{line}:{column}")?;
        }
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, ": {severity}: ")?;
        if let Some(locale) = &self.locale {
            write!(f, "{locale}: ")?;
        }
        write!(f, "{}", self.message)
    }
}

/// Collects findings as loading goes, so that one run reports them all.
#[derive(Debug, Default)]
pub(crate) struct Findings(pub(crate) Vec<Diagnostic>);

impl Findings {
    fn push(
        &mut self,
        severity: Severity,
        file: &str,
        position: Option<(usize, usize)>,
        locale: Option<&str>,
        message: String,
    ) {
        self.0.push(Diagnostic {
            severity,
            file: file.to_owned(),
            position,
            locale: locale.map(str::to_owned),
            message,
        });
    }

    pub(crate) fn error(
        &mut self,
        file: &str,
        position: Option<(usize, usize)>,
        locale: Option<&str>,
        message: String,
    ) {
        self.push(Severity::Error, file, position, locale, message);
    }

    pub(crate) fn warning(
        &mut self,
        file: &str,
        position: Option<(usize, usize)>,
        locale: Option<&str>,
        message: String,
    ) {
        self.push(Severity::Warning, file, position, locale, message);
    }

    fn errors(&self) -> usize {
        self.0
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
    }
}

/// Every error of a catalog that was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadErrors(pub Vec<Diagnostic>);

impl fmt::Display for LoadErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the catalog has {} error(s):", self.0.len())?;
        for e in &self.0 {
            write!(f, "\n  {e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadErrors {}

/// What `check` reports: every finding, and the catalog when it has no
/// error.
pub struct Checked {
    pub catalog: Option<Catalog>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Checked {
    /// The catalog, or every error; each warning goes to `warning` first.
    pub fn into_result(self, mut warning: impl FnMut(&Diagnostic)) -> Result<Catalog, LoadErrors> {
        let mut errors = Vec::new();
        for d in self.diagnostics {
            match d.severity {
                Severity::Warning => warning(&d),
                Severity::Error => errors.push(d),
            }
        }
        match self.catalog {
            Some(catalog) => Ok(catalog),
            None => Err(LoadErrors(errors)),
        }
    }
}

fn entry_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

impl Catalog {
    /// The embedded catalog with the default locale `en`.
    pub fn embedded() -> Catalog {
        match Catalog::load(LocaleFiles::embedded(), SOURCE_LOCALE) {
            Ok(catalog) => catalog,
            // The shipped catalog is part of the program, checked by the
            // tests and by `.ci/run`: a mistake in it is a bug, not input.
            #[allow(clippy::panic)]
            Err(e) => panic!("the shipped catalog is invalid: {e}"),
        }
    }

    /// Validates and builds a catalog; any error refuses it, and all of
    /// them are returned together. The warnings stay with the catalog.
    pub fn load(files: LocaleFiles, default_locale: &str) -> Result<Catalog, LoadErrors> {
        Catalog::check(files, default_locale).into_result(|_| {})
    }

    /// Every finding about the files, and the catalog unless one of them
    /// is an error: the rules `serve` loads by and `check` reports.
    pub fn check(files: LocaleFiles, default_locale: &str) -> Checked {
        let metadata = Metadata::embedded();
        let mut findings = Findings::default();
        let mut locales = Vec::new();
        let mut sources = Vec::new();
        for folder in files.folders {
            let dir = format!("{}/{}", files.root, folder.name);
            let Some(tag) = folder_tag(&folder.name) else {
                findings.error(
                    &dir,
                    None,
                    None,
                    format!(
                        "`{}` is not a canonical BCP 47 language tag; name the folder like `pt-BR` or `zh-Hant`",
                        folder.name
                    ),
                );
                continue;
            };
            if folder.files.is_empty() {
                findings.error(
                    &dir,
                    None,
                    Some(&folder.name),
                    "no .ftl files in this locale's folder".into(),
                );
                continue;
            }
            let (locale, origins) = load_locale(&metadata, &dir, tag, folder.files, &mut findings);
            if let Some(locale) = locale {
                locales.push(locale);
                sources.push((dir, origins));
            }
        }
        let source_tag: LanguageIdentifier = SOURCE_LOCALE.parse().unwrap_or_default();
        match locales.iter().find(|l| l.tag == source_tag) {
            None => findings.error(
                &files.root,
                None,
                None,
                format!("the source locale `{SOURCE_LOCALE}` is missing: every id must exist there first"),
            ),
            Some(en) => {
                for (message, meta) in metadata.ids() {
                    if !en.defines(message) {
                        findings.error(
                            &format!("{}/{SOURCE_LOCALE}", files.root),
                            None,
                            Some(SOURCE_LOCALE),
                            format!("message `{}` is missing; the source locale defines every id", meta.id),
                        );
                    }
                }
            }
        }
        let default: Option<LanguageIdentifier> = default_locale.parse().ok();
        let default_served = default
            .as_ref()
            .is_some_and(|d| locales.iter().any(|l| &l.tag == d));
        if !default_served {
            let served: Vec<&str> = locales.iter().map(|l| l.tag_text.as_str()).collect();
            findings.error(
                &files.root,
                None,
                None,
                format!(
                    "the default locale `{default_locale}` is not served; served: {}",
                    served.join(" ")
                ),
            );
        }
        let tags: Vec<LanguageIdentifier> = locales.iter().map(|l| l.tag.clone()).collect();
        // The locales that loaded make a catalog even when others were
        // refused, so that the checks across locales report on them too;
        // any error still refuses it below.
        let available = default.and_then(|default| Available::new(&tags, &default));
        let source = tags.iter().position(|t| *t == source_tag);
        let (Some(available), Some(source)) = (available, source) else {
            return Checked {
                catalog: None,
                diagnostics: findings.0,
            };
        };
        let catalog = Catalog {
            metadata,
            locales,
            source: available
                .ids()
                .nth(source)
                // `source` is a position `available` was built from.
                .unwrap_or_else(|| {
                    #[allow(clippy::unreachable)]
                    {
                        unreachable!()
                    }
                }),
            available,
        };
        lint::across_locales(&catalog, &sources, &mut findings);
        let catalog = (findings.errors() == 0).then_some(catalog);
        Checked {
            catalog,
            diagnostics: findings.0,
        }
    }

    /// Every served locale, in the order `available` numbers them.
    pub fn locales(&self) -> impl Iterator<Item = (LocaleId, &Locale)> {
        self.available.ids().zip(&self.locales)
    }

    pub fn locale(&self, locale: LocaleId) -> &Locale {
        &self.locales[locale.index()]
    }

    pub fn locale_count(&self) -> usize {
        self.locales.len()
    }

    /// The first locale of the chain that defines the message, else the
    /// source locale (which defines every message).
    pub fn first_defining(&self, chain: &[LocaleId], message: MessageId) -> LocaleId {
        chain
            .iter()
            .copied()
            .find(|&l| self.locale(l).defines(message))
            .unwrap_or(self.source)
    }

    /// Per locale: ids it defines, ids it takes from its declared parents.
    pub fn coverage(&self, locale: LocaleId) -> (usize, usize) {
        let own = self.locale(locale);
        let mut translated = 0;
        let mut inherited = 0;
        for (message, _) in self.metadata.ids() {
            if own.defines(message) {
                translated += 1;
            } else if self.inherits(locale, message) {
                inherited += 1;
            }
        }
        (translated, inherited)
    }

    /// Whether one of the locale's declared parents defines the message.
    pub fn inherits(&self, locale: LocaleId, message: MessageId) -> bool {
        let mut parent = self.available.parent(locale);
        for _ in 0..self.locales.len() {
            let Some(p) = parent else { break };
            if self.locale(p).defines(message) {
                return true;
            }
            parent = self.available.parent(p);
        }
        false
    }
}

fn folder_tag(name: &str) -> Option<LanguageIdentifier> {
    let tag: LanguageIdentifier = name.parse().ok()?;
    (tag == name && !tag.language.is_empty()).then_some(tag)
}

/// Per message: the file and line that define it in a locale, for the
/// checks across locales.
pub(crate) type Origins = Vec<Option<(String, (usize, usize))>>;

/// Reads one locale folder into a bundle, reporting every problem; `None`
/// when any of them is an error.
fn load_locale(
    metadata: &Metadata,
    dir: &str,
    tag: LanguageIdentifier,
    files: Vec<(String, String)>,
    findings: &mut Findings,
) -> (Option<Locale>, Origins) {
    let errors_before = findings.errors();
    let tag_text = tag.to_string();
    let locale = Some(tag_text.as_str());
    // A pseudo-locale holds English text: English plural rules.
    let plurals = match pseudo::is_pseudo(&tag_text) {
        true => Plurals::for_locale(&SOURCE_LOCALE.parse().unwrap_or_default()),
        false => Plurals::for_locale(&tag),
    };
    let mut bundle = FluentBundle::new_concurrent(vec![tag.clone()]);
    // Isolation marks (U+2068/U+2069) have no place in a JSON body.
    bundle.set_use_isolating(false);
    let mut defines = vec![false; metadata.count()];
    let mut seen: HashMap<String, String> = HashMap::new();
    let mut name = None;
    let mut origins: Origins = vec![None; metadata.count()];
    let mut references = lint::References::default();
    for (file_name, text) in files {
        let path = format!("{dir}/{file_name}");
        // The pseudo-locales' bidi marks are their point.
        if !pseudo::is_pseudo(&tag_text) {
            lint::characters(&text, &path, locale, findings);
        }
        let resource = match FluentResource::try_new(text) {
            Ok(resource) => resource,
            Err((resource, parse_errors)) => {
                for e in parse_errors {
                    let position = line_column(resource.source(), e.pos.start);
                    findings.error(&path, Some(position), locale, e.kind.to_string());
                }
                // The entries that did parse are still checked below, so
                // one load reports every problem; the locale is refused.
                resource
            }
        };
        for entry in resource.entries() {
            let (id, is_term, value, attributes) = match entry {
                ast::Entry::Message(m) => (m.id.name, false, m.value.as_ref(), &m.attributes),
                ast::Entry::Term(t) => (t.id.name, true, Some(&t.value), &t.attributes),
                _ => continue,
            };
            let key = if is_term {
                format!("-{id}")
            } else {
                id.to_owned()
            };
            let position = Some(locate_entry(
                resource.source(),
                &key,
                seen.contains_key(&key),
            ));
            if let Some(first) = seen.get(&key) {
                findings.error(
                    &path,
                    position,
                    locale,
                    format!("`{key}` is defined twice (first in {first}); remove one"),
                );
                continue;
            }
            seen.insert(key.clone(), file_name.clone());
            references.add(&key, &path, position, value, attributes);
            if is_term {
                continue;
            }
            if id == LOCALE_NAME_ID {
                name = value.map(plain_text);
                continue;
            }
            let Some(index) = metadata.lookup(id) else {
                findings.error(
                    &path,
                    position,
                    locale,
                    format!("unknown id `{id}`; the ids are those of the English catalog (GET /v1/messages)"),
                );
                continue;
            };
            let meta = &metadata[index];
            let Some(value) = value else {
                findings.error(&path, position, locale, format!("`{id}` has no value"));
                continue;
            };
            let mut used = HashSet::new();
            collect_variables(value, &mut used);
            for attribute in attributes {
                collect_variables(&attribute.value, &mut used);
            }
            let mut unknown: Vec<&str> = used
                .iter()
                .copied()
                .filter(|v| !meta.variables.iter().any(|m| m == v))
                .collect();
            unknown.sort_unstable();
            for variable in unknown {
                let known = if meta.variables.is_empty() {
                    "it has none".to_owned()
                } else {
                    format!("it has ${}", meta.variables.join(", $"))
                };
                findings.error(
                    &path,
                    position,
                    locale,
                    format!("`{id}` uses ${variable}, which the English message lacks ({known})"),
                );
            }
            let bare = attributes.iter().find(|a| a.id.name == BARE_ATTRIBUTE);
            if !meta.variables.is_empty() && bare.is_none() {
                findings.error(
                    &path,
                    position,
                    locale,
                    format!(
                        "`{id}` has variables but no `.{BARE_ATTRIBUTE}` attribute: add the text to show when they are missing"
                    ),
                );
            }
            let entry = lint::Entry {
                id,
                path: &path,
                source: resource.source(),
                position,
                locale: &tag_text,
            };
            lint::message(&entry, meta, value, bare, &plurals, findings);
            defines[index.index()] = true;
            origins[index.index()] = position.map(|p| (path.clone(), p));
        }
        if let Err(bundle_errors) = bundle.add_resource(resource) {
            // Duplicates were reported above with their position; anything
            // else fluent-bundle finds is reported as it says it.
            for e in bundle_errors {
                if !matches!(e, fluent_bundle::FluentError::Overriding { .. }) {
                    findings.error(&path, None, locale, e.to_string());
                }
            }
        }
    }
    references.check(locale, findings);
    if findings.errors() > errors_before {
        return (None, origins);
    }
    let locale = Locale {
        tag_text,
        name: name.unwrap_or_else(|| tag.to_string()),
        right_to_left: negotiation::is_right_to_left(&tag),
        plurals,
        tag,
        bundle,
        defines,
    };
    (Some(locale), origins)
}

/// 1-based line and column (in characters) of a byte offset.
fn line_column(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = &source[..source.floor_char_boundary(offset)];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Where an entry starts. The AST carries no spans, so find the line that
/// opens `id =` (the second such line for a duplicate).
fn locate_entry(source: &str, id: &str, duplicate: bool) -> (usize, usize) {
    let mut found = source.lines().enumerate().filter(|(_, line)| {
        line.strip_prefix(id)
            .is_some_and(|rest| rest.trim_start().starts_with('='))
    });
    let hit = if duplicate {
        found.nth(1)
    } else {
        found.next()
    };
    hit.map_or((1, 1), |(n, _)| (n + 1, 1))
}

fn plain_text(pattern: &ast::Pattern<&str>) -> String {
    pattern
        .elements
        .iter()
        .map(|e| match e {
            ast::PatternElement::TextElement { value } => *value,
            ast::PatternElement::Placeable { .. } => "",
        })
        .collect::<String>()
        .trim()
        .to_owned()
}

fn collect_variables<'s>(pattern: &ast::Pattern<&'s str>, out: &mut HashSet<&'s str>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression(expression, out);
        }
    }
}

fn collect_expression<'s>(expression: &ast::Expression<&'s str>, out: &mut HashSet<&'s str>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, out);
            for variant in variants {
                collect_variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => collect_inline(inline, out),
    }
}

fn collect_inline<'s>(inline: &ast::InlineExpression<&'s str>, out: &mut HashSet<&'s str>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name);
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            collect_arguments(arguments, out);
        }
        // A term's arguments are set by the message itself (`-brand(case: "x")`),
        // so a variable passed there is still one of this message's.
        ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => collect_arguments(arguments, out),
        ast::InlineExpression::Placeable { expression } => collect_expression(expression, out),
        _ => {}
    }
}

fn collect_arguments<'s>(arguments: &ast::CallArguments<&'s str>, out: &mut HashSet<&'s str>) {
    for argument in &arguments.positional {
        collect_inline(argument, out);
    }
    for named in &arguments.named {
        collect_inline(&named.value, out);
    }
}

mod lint;

#[cfg(test)]
pub(crate) mod tests;
