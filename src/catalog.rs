//! The catalog: every locale's Fluent bundle, the messages' metadata, and the
//! served locales prepared for negotiation.
//!
//! Loading is strict (any problem refuses the whole catalog, every problem is
//! reported at once with `file:line:column`); rendering, in `render`, is
//! lenient. The shipped locales are embedded in the binary; `--locales DIR`
//! reads a folder of the same layout instead.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use include_dir::{include_dir, Dir};
use serde::Deserialize;
use unic_langid::LanguageIdentifier;

use crate::negotiation::{self, Available};
use crate::recognize::Recognizer;

static EMBEDDED_LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");
const METADATA: &str = include_str!("catalog/messages.toml");

/// The locale every id exists in first, and every chain ends with by default.
pub const SOURCE_LOCALE: &str = "en";
/// A message each locale may define for its own name (`GET /v1/locales`).
const LOCALE_NAME_ID: &str = "locale-name";
/// The attribute rendered when an argument is missing.
pub const BARE_ATTRIBUTE: &str = "bare";

/// What the metadata file says about one message.
#[derive(Debug, Clone)]
pub struct MessageMeta {
    pub id: String,
    /// The first is canonical. Empty for internal messages.
    pub statuses: Vec<u16>,
    pub oauth: Option<String>,
    pub variables: Vec<String>,
    pub numeric: Vec<String>,
    /// The upstream's current English wordings.
    pub wire: Vec<Wording>,
    /// Older upstream wordings: recognized, never rendered.
    pub legacy: Vec<Wording>,
    /// Helper messages (the rate-limit hint) that no route serves by id.
    pub internal: bool,
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
        args: std::collections::BTreeMap<String, String>,
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
#[serde(deny_unknown_fields)]
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
    #[serde(default)]
    internal: bool,
    english: Option<String>,
}

/// The metadata of every message, in the file's order.
#[derive(Debug, Clone)]
pub struct Metadata {
    messages: Vec<MessageMeta>,
    index: HashMap<String, usize>,
}

impl Metadata {
    /// The metadata built into the binary. It is part of the program, so a
    /// mistake in it is a bug caught by the tests, hence the panic.
    pub fn embedded() -> Self {
        Self::parse(METADATA).expect("the embedded messages.toml is valid")
    }

    fn parse(text: &str) -> Result<Self, String> {
        let table: toml::Table = text.parse().map_err(|e| format!("{e}"))?;
        let mut messages = Vec::new();
        for (id, value) in table {
            let raw: RawMeta = value.try_into().map_err(|e| format!("[{id}]: {e}"))?;
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
                internal: raw.internal,
                english,
            });
        }
        let index = messages
            .iter()
            .enumerate()
            .map(|(i, m)| (m.id.clone(), i))
            .collect();
        Ok(Metadata { messages, index })
    }

    pub fn messages(&self) -> &[MessageMeta] {
        &self.messages
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    pub fn get(&self, index: usize) -> &MessageMeta {
        &self.messages[index]
    }

    pub fn len(&self) -> usize {
        self.messages.len()
    }

    pub fn is_empty(&self) -> bool {
        self.messages.is_empty()
    }
}

/// One served locale.
pub struct Locale {
    pub tag: LanguageIdentifier,
    /// `tag` as text, for `Content-Language`.
    pub tag_text: String,
    /// The locale's own name, or its tag when it gives none.
    pub name: String,
    pub right_to_left: bool,
    pub bundle: FluentBundle<FluentResource>,
    /// Per message index: whether this locale defines the message itself.
    pub defines: Vec<bool>,
}

/// A loaded, validated catalog. Immutable once built; shared between workers.
pub struct Catalog {
    pub metadata: Metadata,
    pub locales: Vec<Locale>,
    pub available: Available,
    /// Index of the source locale, `en`, which defines every message.
    pub source: usize,
    /// Recognizes the upstream's English, for `POST /v1/translate`.
    pub recognizer: Recognizer,
    /// Distinct for every catalog loaded, so per-catalog caches can tell.
    pub generation: u64,
    /// Bodies and hints computed once at load (see `render::Prepared`).
    pub prepared: Vec<crate::render::Prepared>,
}

/// Where a catalog comes from: per locale folder, its `.ftl` files.
pub struct Source {
    /// For messages: `locales` or the folder given.
    pub root: String,
    pub folders: Vec<SourceFolder>,
}

pub struct SourceFolder {
    pub name: String,
    /// File name and contents, sorted by name.
    pub files: Vec<(String, String)>,
}

impl Source {
    /// The locales built into the binary.
    pub fn embedded() -> Source {
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
        Source {
            root: "locales".into(),
            folders,
        }
    }

    /// A folder on disk: one sub-folder per locale, `.ftl` files in each.
    /// Other files are ignored, so a README can sit beside them.
    pub fn read_dir(root: &Path) -> Result<Source, LoadErrors> {
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
        Ok(Source {
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
        Catalog::load(Source::embedded(), SOURCE_LOCALE).expect("the shipped catalog is valid")
    }

    /// Validates and builds a catalog; any problem refuses it, and all of
    /// them are returned together.
    pub fn load(source: Source, default_locale: &str) -> Result<Catalog, LoadErrors> {
        let metadata = Metadata::embedded();
        let mut errors = Vec::new();
        let mut locales = Vec::new();
        for folder in source.folders {
            let dir = format!("{}/{}", source.root, folder.name);
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
                source.root.clone(),
                None,
                format!("the source locale `{SOURCE_LOCALE}` is missing: every id must exist there first"),
            )),
            Some(en) => {
                for (i, meta) in metadata.messages().iter().enumerate() {
                    if !en.defines[i] {
                        errors.push(LoadError::new(
                            format!("{}/{SOURCE_LOCALE}", source.root),
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
                source.root.clone(),
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
        static GENERATION: AtomicU64 = AtomicU64::new(1);
        let mut catalog = Catalog {
            recognizer: Recognizer::new(&metadata),
            metadata,
            locales,
            available,
            source,
            generation: GENERATION.fetch_add(1, Ordering::Relaxed),
            prepared: Vec::new(),
        };
        catalog.prepared = crate::render::prepare(&catalog);
        Ok(catalog)
    }

    /// Per locale: ids it defines, ids it takes from its declared parents.
    pub fn coverage(&self, locale: usize) -> (usize, usize) {
        let own = &self.locales[locale].defines;
        let translated = own.iter().filter(|&&d| d).count();
        let mut inherited = 0;
        for (i, &defined) in own.iter().enumerate() {
            if defined {
                continue;
            }
            let mut parent = self.available.parent(locale);
            for _ in 0..self.locales.len() {
                let Some(p) = parent else { break };
                if self.locales[p].defines[i] {
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
    let mut defines = vec![false; metadata.len()];
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
            let Some(index) = metadata.index_of(id) else {
                errors.push(LoadError::new(
                    path.clone(),
                    position,
                    format!(
                        "{tag}: unknown id `{id}`; the ids are those of src/catalog/messages.toml"
                    ),
                ));
                continue;
            };
            let meta = metadata.get(index);
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
            defines[index] = true;
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
