//! The catalog: every locale's Fluent bundle, read from locale folders and
//! validated against the metadata, and the served locales prepared for
//! negotiation.
//!
//! Loading is strict (any problem refuses the whole catalog, every problem is
//! reported at once with `file:line:column`); rendering is lenient. The
//! shipped locales are embedded in the binary; `--locales DIR` reads a folder
//! of the same layout instead.

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
                        let name = f.path().file_name().unwrap().to_string_lossy().into_owned();
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

    /// A folder on disk: one sub-folder per locale, `.ftl` files in each.
    /// Other files are ignored, so a README can sit beside them.
    pub fn read_dir(root: &Path) -> Result<LocaleFiles, LoadErrors> {
        let io = |path: &Path, e: std::io::Error| {
            LoadErrors(vec![LoadError::new(
                path.display().to_string(),
                None,
                e.to_string(),
            )])
        };
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
                        LoadErrors(vec![LoadError::new(
                            file.display().to_string(),
                            None,
                            format!("not UTF-8 ({e}); save the file as UTF-8"),
                        )])
                    })?;
                    let name = file.file_name().unwrap().to_string_lossy().into_owned();
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

/// One problem found while loading, located as precisely as the input allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    pub file: String,
    /// Line and column, 1-based.
    pub position: Option<(usize, usize)>,
    pub message: String,
}

impl LoadError {
    fn new(file: String, position: Option<(usize, usize)>, message: String) -> Self {
        LoadError {
            file,
            position,
            message,
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some((line, column)) => write!(f, "{}:{line}:{column}: {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// Every problem of a catalog that was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadErrors(pub Vec<LoadError>);

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

impl Catalog {
    /// The embedded catalog with the default locale `en`.
    pub fn embedded() -> Catalog {
        match Catalog::load(LocaleFiles::embedded(), SOURCE_LOCALE) {
            Ok(catalog) => catalog,
            Err(e) => panic!("the shipped catalog is invalid: {e}"),
        }
    }

    /// Validates and builds a catalog; any problem refuses it, and all of
    /// them are returned together.
    pub fn load(files: LocaleFiles, default_locale: &str) -> Result<Catalog, LoadErrors> {
        let metadata = Metadata::embedded();
        let mut errors = Vec::new();
        let mut locales = Vec::new();
        for folder in files.folders {
            let dir = format!("{}/{}", files.root, folder.name);
            let Some(tag) = folder_tag(&folder.name) else {
                errors.push(LoadError::new(
                    dir,
                    None,
                    format!(
                        "`{}` is not a canonical BCP 47 language tag; name the folder like `pt-BR` or `zh-Hant`",
                        folder.name
                    ),
                ));
                continue;
            };
            if folder.files.is_empty() {
                errors.push(LoadError::new(
                    dir,
                    None,
                    "no .ftl files in this locale's folder".into(),
                ));
                continue;
            }
            if let Some(locale) = load_locale(&metadata, &dir, tag, folder.files, &mut errors) {
                locales.push(locale);
            }
        }
        let source_tag: LanguageIdentifier = SOURCE_LOCALE.parse().expect("valid");
        match locales.iter().find(|l| l.tag == source_tag) {
            None => errors.push(LoadError::new(
                files.root.clone(),
                None,
                format!("the source locale `{SOURCE_LOCALE}` is missing: every id must exist there first"),
            )),
            Some(en) => {
                for (message, meta) in metadata.ids() {
                    if !en.defines(message) {
                        errors.push(LoadError::new(
                            format!("{}/{SOURCE_LOCALE}", files.root),
                            None,
                            format!("message `{}` is missing; the source locale defines every id", meta.id),
                        ));
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
            errors.push(LoadError::new(
                files.root.clone(),
                None,
                format!(
                    "the default locale `{default_locale}` is not served; served: {}",
                    served.join(" ")
                ),
            ));
        }
        if !errors.is_empty() {
            return Err(LoadErrors(errors));
        }
        let tags: Vec<LanguageIdentifier> = locales.iter().map(|l| l.tag.clone()).collect();
        let available =
            Available::new(&tags, &default.expect("checked above")).expect("default is served");
        let source = tags
            .iter()
            .position(|t| *t == source_tag)
            .expect("checked above");
        Ok(Catalog {
            metadata,
            locales,
            source: available.ids().nth(source).expect("checked above"),
            available,
        })
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
                continue;
            }
            let mut parent = self.available.parent(locale);
            for _ in 0..self.locales.len() {
                let Some(p) = parent else { break };
                if self.locale(p).defines(message) {
                    inherited += 1;
                    break;
                }
                parent = self.available.parent(p);
            }
        }
        (translated, inherited)
    }
}

fn folder_tag(name: &str) -> Option<LanguageIdentifier> {
    let tag: LanguageIdentifier = name.parse().ok()?;
    (tag == name && !tag.language.is_empty()).then_some(tag)
}

fn load_locale(
    metadata: &Metadata,
    dir: &str,
    tag: LanguageIdentifier,
    files: Vec<(String, String)>,
    errors: &mut Vec<LoadError>,
) -> Option<Locale> {
    let errors_before = errors.len();
    let mut bundle = FluentBundle::new_concurrent(vec![tag.clone()]);
    // Isolation marks (U+2068/U+2069) have no place in a JSON body.
    bundle.set_use_isolating(false);
    let mut defines = vec![false; metadata.count()];
    let mut seen: HashMap<String, String> = HashMap::new();
    let mut name = None;
    for (file_name, text) in files {
        let path = format!("{dir}/{file_name}");
        let resource = match FluentResource::try_new(text) {
            Ok(resource) => resource,
            Err((resource, parse_errors)) => {
                for e in parse_errors {
                    let position = line_column(resource.source(), e.pos.start);
                    errors.push(LoadError::new(
                        path.clone(),
                        Some(position),
                        format!("{tag}: {}", e.kind),
                    ));
                }
                // The entries that did parse are still checked below, so
                // one load reports every problem; the locale is refused.
                resource
            }
        };
        for entry in resource.entries() {
            let ast::Entry::Message(message) = entry else {
                continue;
            };
            let id = message.id.name;
            let position = Some(locate_entry(resource.source(), id, seen.contains_key(id)));
            if let Some(first) = seen.get(id) {
                errors.push(LoadError::new(
                    path.clone(),
                    position,
                    format!("{tag}: `{id}` is defined twice (first in {first}); remove one"),
                ));
                continue;
            }
            seen.insert(id.to_owned(), file_name.clone());
            if id == LOCALE_NAME_ID {
                name = message.value.as_ref().map(plain_text);
                continue;
            }
            let Some(index) = metadata.lookup(id) else {
                errors.push(LoadError::new(
                    path.clone(),
                    position,
                    format!(
                        "{tag}: unknown id `{id}`; the ids are those of the English catalog (GET /v1/messages)"
                    ),
                ));
                continue;
            };
            let meta = &metadata[index];
            let mut used = HashSet::new();
            if let Some(value) = &message.value {
                collect_variables(value, &mut used);
            } else {
                errors.push(LoadError::new(
                    path.clone(),
                    position,
                    format!("{tag}: `{id}` has no value"),
                ));
            }
            for attribute in &message.attributes {
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
                errors.push(LoadError::new(
                    path.clone(),
                    position,
                    format!(
                        "{tag}: `{id}` uses ${variable}, which the English message lacks ({known})"
                    ),
                ));
            }
            let has_bare = message
                .attributes
                .iter()
                .any(|a| a.id.name == BARE_ATTRIBUTE);
            if !meta.variables.is_empty() && !has_bare {
                errors.push(LoadError::new(
                    path.clone(),
                    position,
                    format!(
                        "{tag}: `{id}` has variables but no `.{BARE_ATTRIBUTE}` attribute: add the text to show when they are missing"
                    ),
                ));
            }
            defines[index.index()] = true;
        }
        if let Err(bundle_errors) = bundle.add_resource(resource) {
            // Duplicates were reported above with their position; anything
            // else fluent-bundle finds is reported as it says it.
            for e in bundle_errors {
                if !matches!(e, fluent_bundle::FluentError::Overriding { .. }) {
                    errors.push(LoadError::new(path.clone(), None, format!("{tag}: {e}")));
                }
            }
        }
    }
    if errors.len() > errors_before {
        return None;
    }
    Some(Locale {
        tag_text: tag.to_string(),
        name: name.unwrap_or_else(|| tag.to_string()),
        right_to_left: negotiation::is_right_to_left(&tag),
        plurals: Plurals::for_locale(&tag),
        tag,
        bundle,
        defines,
    })
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

#[cfg(test)]
mod tests;
