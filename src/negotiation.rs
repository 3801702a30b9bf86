//! Language negotiation: `Accept-Language` in, a fallback chain of served
//! locales out.
//!
//! Plain functions over plain types (no HTTP types), so the whole behaviour is
//! a table of cases (`negotiation/cases.txt`). The rules are those of RFC 9110
//! (parsing), RFC 4647 (matching) and CLDR (likely subtags, parent locales),
//! where Mastodon's own negotiation, fluent-langneg and `negotiator` part from
//! them: a malformed member costs only itself, `q=0` refuses, a region never
//! makes Traditional Chinese fall to Simplified, and truncation never crosses a
//! script.

use std::collections::HashMap;
use std::sync::Arc;

use unic_langid::subtags::{Region, Script};
use unic_langid::LanguageIdentifier;

/// Only this much of a header is read; the rest is ignored, not refused.
pub const MAX_HEADER_BYTES: usize = 4096;
/// Only this many non-empty members are considered.
pub const MAX_MEMBERS: usize = 32;

/// One member of `Accept-Language`: a language range and its weight.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageRange {
    /// `None` is the wildcard `*`.
    pub tag: Option<LanguageIdentifier>,
    /// The qvalue in thousandths: `q=0.8` is 800.
    pub quality: u16,
    /// Whether the tag was written as an alias (`iw` for `he`).
    pub aliased: bool,
}

/// How a chain's first locale was found: the step of matching that
/// succeeded for the best range, or `Default` when none did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Match {
    Exact,
    Alias,
    LikelySubtags,
    Parent,
    Truncation,
    Sibling,
    Default,
}

impl Match {
    pub const ALL: [Match; 7] = [
        Match::Exact,
        Match::Alias,
        Match::LikelySubtags,
        Match::Parent,
        Match::Truncation,
        Match::Sibling,
        Match::Default,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Match::Exact => "exact",
            Match::Alias => "alias",
            Match::LikelySubtags => "likely-subtags",
            Match::Parent => "parent",
            Match::Truncation => "truncation",
            Match::Sibling => "sibling",
            Match::Default => "default",
        }
    }
}

/// Parses an `Accept-Language` value into ranges ranked by weight (stable for
/// ties). Members that break the grammar are skipped one by one; `q=0`
/// members are kept, since they exclude.
pub fn parse_accept_language(header: impl AsRef<[u8]>) -> Vec<LanguageRange> {
    let limited = read_part(header.as_ref());
    let mut ranges = Vec::new();
    let mut members = 0;
    for member in limited.split(|&b| b == b',') {
        let member = trim_ows(member);
        if member.is_empty() {
            continue; // RFC 9110 §5.6.1: empty list elements do not count
        }
        members += 1;
        if members > MAX_MEMBERS {
            break;
        }
        if let Some(range) = parse_member(member) {
            ranges.push(range);
        }
    }
    // `sort_by_key` is stable: equal weights keep the client's order.
    ranges.sort_by_key(|r| std::cmp::Reverse(r.quality));
    ranges
}

/// The part of a header value that parsing reads: all of it within the
/// byte limit, else the members that end before the limit.
fn read_part(bytes: &[u8]) -> &[u8] {
    if bytes.len() <= MAX_HEADER_BYTES {
        return bytes;
    }
    // A member cut by the limit is incomplete: drop it rather than read
    // `de-CH` as `de-C` or `q=0.5` as `q=0.`.
    let cut = bytes.get(..MAX_HEADER_BYTES).unwrap_or(bytes);
    let last_comma = cut.iter().rposition(|&b| b == b',').unwrap_or(0);
    cut.get(..last_comma).unwrap_or_default()
}

fn trim_ows(s: &[u8]) -> &[u8] {
    let start = s.iter().position(|&b| b != b' ' && b != b'\t');
    let end = s.iter().rposition(|&b| b != b' ' && b != b'\t');
    match (start, end) {
        (Some(start), Some(end)) => s.get(start..=end).unwrap_or_default(),
        _ => &[],
    }
}

fn parse_member(member: &[u8]) -> Option<LanguageRange> {
    let mut parts = member.split(|&b| b == b';');
    let range = trim_ows(parts.next()?);
    let mut quality = 1000;
    let mut seen_weight = false;
    for param in parts {
        let param = trim_ows(param);
        let eq = param.iter().position(|&b| b == b'=')?;
        let (name, value) = (trim_ows(param.get(..eq)?), trim_ows(param.get(eq + 1..)?));
        // `weight = OWS ";" OWS "q=" qvalue` is the only parameter there is.
        if !name.eq_ignore_ascii_case(b"q") || seen_weight {
            return None;
        }
        quality = parse_qvalue(value)?;
        seen_weight = true;
    }
    let (tag, aliased) = if range == b"*" {
        (None, false)
    } else {
        let text = std::str::from_utf8(range).ok()?;
        let tag = parse_tag(text)?;
        let written = text.split(['-', '_']).next().unwrap_or_default();
        let aliased = !written.eq_ignore_ascii_case(tag.language.as_str());
        (Some(tag), aliased)
    };
    Some(LanguageRange {
        tag,
        quality,
        aliased,
    })
}

/// `qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )`, in
/// thousandths.
fn parse_qvalue(v: &[u8]) -> Option<u16> {
    let (&first, rest) = v.split_first()?;
    let fraction = match rest {
        [] => &[][..],
        [b'.', digits @ ..] if digits.len() <= 3 => digits,
        _ => return None,
    };
    if !fraction.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let mut thousandths = 0u16;
    for i in 0..3 {
        thousandths = thousandths * 10 + fraction.get(i).map_or(0, |d| u16::from(d - b'0'));
    }
    match first {
        b'0' => Some(thousandths),
        b'1' if thousandths == 0 => Some(1000),
        _ => None,
    }
}

/// Whether text has the shape of a BCP 47 tag, as `?locale=` must: a
/// language of 2 to 8 letters (or `x-`/`i-` and more subtags), then subtags
/// of 1 to 8 letters and digits; `_` tolerated as `-`.
pub fn is_well_formed(tag: &[u8]) -> bool {
    let first = tag
        .split(|&b| b == b'-' || b == b'_')
        .next()
        .unwrap_or_default();
    let singleton_with_more = matches!(first, b"x" | b"X" | b"i" | b"I") && tag.len() > 2;
    (first.len() >= 2 || singleton_with_more) && is_range(tag)
}

/// Whether text has the shape of a language range (RFC 4647):
/// `1*8ALPHA *("-" 1*8alphanum)`, `_` tolerated as `-`.
fn is_range(tag: &[u8]) -> bool {
    tag.split(|&b| b == b'-' || b == b'_')
        .enumerate()
        .all(|(i, sub)| {
            (1..=8).contains(&sub.len())
                && if i == 0 {
                    sub.iter().all(u8::is_ascii_alphabetic)
                } else {
                    sub.iter().all(u8::is_ascii_alphanumeric)
                }
        })
}

/// A well-formed tag as the identifier it matches as: canonical case,
/// aliases resolved (`iw` → `he`, `no` → `nb`), and extensions and private
/// use dropped (`de-DE-u-mu-celsius` is `de-DE`, as Android sends it).
/// `None` when no language remains (`und`, `x-private`, `i-klingon`).
pub fn parse_tag(tag: &str) -> Option<LanguageIdentifier> {
    if !is_range(tag.as_bytes()) {
        return None;
    }
    if let Some(preferred) = grandfathered(tag) {
        return preferred.and_then(parse_tag);
    }
    let end = tag
        .match_indices(['-', '_'])
        .map(|(i, _)| i)
        .find(|&i| {
            tag[i + 1..]
                .split(['-', '_'])
                .next()
                .is_some_and(|s| s.len() == 1)
        })
        .unwrap_or(tag.len());
    let head = &tag[..end];
    if head.len() == 1 {
        return None; // the whole tag is private use or grandfathered
    }
    let mut id: LanguageIdentifier = head.parse().ok()?;
    if id.language.is_empty() {
        return None; // `und` is not a language anyone asks for
    }
    resolve_alias(&mut id);
    Some(id)
}

/// RFC 5646 §2.2.8's grandfathered tags, whole tags that do not follow the
/// grammar of subtags, with the preferred value the IANA registry gives each
/// (`None`: deprecated with none, so no language to match). CLDR's
/// `zh-guoyu` is `zh`, where the registry's `cmn` would match nothing served.
const GRANDFATHERED: [(&str, Option<&str>); 26] = [
    ("en-GB-oed", Some("en-GB-oxendict")),
    ("i-ami", Some("ami")),
    ("i-bnn", Some("bnn")),
    ("i-default", None),
    ("i-enochian", None),
    ("i-hak", Some("hak")),
    ("i-klingon", Some("tlh")),
    ("i-lux", Some("lb")),
    ("i-mingo", None),
    ("i-navajo", Some("nv")),
    ("i-pwn", Some("pwn")),
    ("i-tao", Some("tao")),
    ("i-tay", Some("tay")),
    ("i-tsu", Some("tsu")),
    ("sgn-BE-FR", Some("sfb")),
    ("sgn-BE-NL", Some("vgt")),
    ("sgn-CH-DE", Some("sgg")),
    ("art-lojban", Some("jbo")),
    ("cel-gaulish", None),
    ("no-bok", Some("nb")),
    ("no-nyn", Some("nn")),
    ("zh-guoyu", Some("zh")),
    ("zh-hakka", Some("hak")),
    ("zh-min", None),
    ("zh-min-nan", Some("nan")),
    ("zh-xiang", Some("hsn")),
];

/// The preferred value of a grandfathered tag (case-insensitive, `_` as
/// `-`), or `None` when the tag is not one of them.
fn grandfathered(tag: &str) -> Option<Option<&'static str>> {
    let same = |(name, _): &&(&str, Option<&str>)| {
        name.len() == tag.len()
            && name
                .bytes()
                .zip(tag.bytes())
                .all(|(a, b)| a.eq_ignore_ascii_case(&b) || (a == b'-' && b == b'_'))
    };
    GRANDFATHERED
        .iter()
        .find(same)
        .map(|(_, preferred)| *preferred)
}

fn resolve_alias(id: &mut LanguageIdentifier) {
    let (language, script) = match id.language.as_str() {
        "iw" => ("he", None),
        "in" => ("id", None),
        "ji" => ("yi", None),
        "jw" => ("jv", None),
        "mo" => ("ro", None),
        // Norwegian Bokmål is written both ways; Mastodon serves `no`.
        "no" => ("nb", None),
        "sh" => ("sr", Some("Latn")),
        _ => return,
    };
    // The targets above are valid subtags; were one not, the alias would
    // stay unresolved rather than fail a request.
    if let Ok(language) = language.parse() {
        id.language = language;
    }
    if id.script.is_none() {
        id.script = script.and_then(|s| s.parse().ok());
    }
}

fn maximized(id: &LanguageIdentifier) -> LanguageIdentifier {
    let mut max = id.clone();
    max.maximize();
    max
}

fn subtag_count(id: &LanguageIdentifier) -> usize {
    1 + usize::from(id.script.is_some()) + usize::from(id.region.is_some()) + id.variants().len()
}

/// A locale the service serves, with the forms matching compares.
#[derive(Debug, Clone)]
struct Served {
    /// Canonical and alias-resolved.
    key: LanguageIdentifier,
    /// `key` with likely script and region added.
    max: LanguageIdentifier,
    /// Index of the declared parent, if it is served.
    parent: Option<usize>,
}

/// The served locales, prepared once per catalog for negotiation.
#[derive(Debug, Clone)]
pub struct Available {
    served: Vec<Served>,
    default: usize,
}

/// A served locale: its position in the list `Available::new` was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LocaleId(u16);

impl LocaleId {
    pub fn index(self) -> usize {
        usize::from(self.0)
    }
}

/// A fallback chain: served locales, best first, always ending at the
/// default.
pub type Chain = Vec<LocaleId>;

// `served[i]` and `excluded[i]`: `i` is a position in `served` (from
// `0..served.len()`, or a `LocaleId` this `Available` made, or a declared
// parent it found there), and `excluded` is made with the same length. No
// request text is an index.
#[allow(clippy::indexing_slicing)]
impl Available {
    /// `locales` in the order the catalog lists them; `default` must be one
    /// of them. Declared parents follow `declared_parent`.
    pub fn new(locales: &[LanguageIdentifier], default: &LanguageIdentifier) -> Option<Self> {
        if locales.len() > usize::from(u16::MAX) {
            return None;
        }
        let keys: Vec<LanguageIdentifier> = locales
            .iter()
            .map(|l| {
                let mut k = l.clone();
                resolve_alias(&mut k);
                k
            })
            .collect();
        let mut default_key = default.clone();
        resolve_alias(&mut default_key);
        let default = keys.iter().position(|k| *k == default_key)?;
        let served = keys
            .iter()
            .map(|key| Served {
                key: key.clone(),
                max: maximized(key),
                parent: declared_parent(key).and_then(|p| keys.iter().position(|k| *k == p)),
            })
            .collect();
        Some(Available { served, default })
    }

    /// Every served locale, in the order given.
    pub fn ids(&self) -> impl Iterator<Item = LocaleId> {
        (0..self.served.len()).map(id)
    }

    /// The served locale's declared parent, if served.
    pub fn parent(&self, locale: LocaleId) -> Option<LocaleId> {
        self.served[locale.index()].parent.map(id)
    }

    /// The chain for a header value: each acceptable range in rank order
    /// contributes its best match and that match's declared parents; the
    /// default ends the chain, even when the client refused it.
    pub fn negotiate(&self, ranges: &[LanguageRange]) -> Chain {
        self.negotiate_explained(ranges).0
    }

    /// `negotiate`, and how the chain's first locale was found.
    pub fn negotiate_explained(&self, ranges: &[LanguageRange]) -> (Chain, Match) {
        let refusing = ranges.iter().any(|r| r.quality == 0);
        let excluded: Vec<bool> = (0..self.served.len())
            .map(|i| refusing && self.is_refused(i, ranges))
            .collect();
        let mut chain = Chain::new();
        let mut how = None;
        for range in ranges.iter().filter(|r| r.quality > 0) {
            let found = match &range.tag {
                None => Some(self.default)
                    .filter(|&d| !excluded[d])
                    .map(|d| (d, Match::Default)),
                Some(tag) => self.best_match(tag, &excluded),
            };
            if let Some((index, step)) = found {
                let step = match step {
                    Match::Exact if range.aliased => Match::Alias,
                    other => other,
                };
                how.get_or_insert(step);
                self.push_with_parents(&mut chain, index, &excluded);
                if chain.len() == self.served.len() {
                    break; // nothing left to add
                }
            }
        }
        if !chain.contains(&id(self.default)) {
            chain.push(id(self.default));
        }
        (chain, how.unwrap_or(Match::Default))
    }

    /// The chain for an explicitly chosen locale (`?locale=`), or `None` when
    /// nothing served matches it.
    pub fn chain_for(&self, tag: &LanguageIdentifier) -> Option<Chain> {
        let excluded = vec![false; self.served.len()];
        let (index, _) = self.best_match(tag, &excluded)?;
        let mut chain = Chain::new();
        self.push_with_parents(&mut chain, index, &excluded);
        if !chain.contains(&id(self.default)) {
            chain.push(id(self.default));
        }
        Some(chain)
    }

    /// The chain for a tag that is exactly a served locale (aliases
    /// resolved), as Mastodon takes its `?lang=` parameter; `None`
    /// otherwise, with no fallback to a related locale.
    pub fn exact_chain(&self, tag: &LanguageIdentifier) -> Option<Chain> {
        let mut key = tag.clone();
        resolve_alias(&mut key);
        let index = self.served.iter().position(|s| s.key == key)?;
        let excluded = vec![false; self.served.len()];
        let mut chain = Chain::new();
        self.push_with_parents(&mut chain, index, &excluded);
        if !chain.contains(&id(self.default)) {
            chain.push(id(self.default));
        }
        Some(chain)
    }

    /// The default's chain: what "no preference" gets.
    pub fn default_chain(&self) -> Chain {
        let excluded = vec![false; self.served.len()];
        let mut chain = Chain::new();
        self.push_with_parents(&mut chain, self.default, &excluded);
        chain
    }

    fn push_with_parents(&self, chain: &mut Chain, index: usize, excluded: &[bool]) {
        let mut next = Some(index);
        // Bounded by the number of locales, so a parent cycle cannot loop.
        for _ in 0..self.served.len() {
            let Some(i) = next else { break };
            if !excluded[i] && !chain.contains(&id(i)) {
                chain.push(id(i));
            }
            next = self.served[i].parent;
        }
    }

    /// A served locale is refused when the most specific range covering it
    /// has `q=0` (`de-AT, de;q=0` refuses `de` and `de-CH`, not `de-AT`).
    fn is_refused(&self, index: usize, ranges: &[LanguageRange]) -> bool {
        let served = &self.served[index];
        let mut best: Option<(usize, bool)> = None;
        for range in ranges {
            let specificity = match &range.tag {
                None => 0,
                Some(tag) if covers(tag, served) => subtag_count(tag),
                Some(_) => continue,
            };
            let refuses = range.quality == 0;
            best = match best {
                Some((s, r)) if s > specificity || (s == specificity && r) => Some((s, r)),
                _ => Some((specificity, refuses)),
            };
        }
        best.is_some_and(|(_, refuses)| refuses)
    }

    /// The single best served locale for one range, trying in turn: the same
    /// tag, the same tag once likely subtags are added, CLDR's parent locale,
    /// truncation within the script, and a sibling region of the same script.
    fn best_match(&self, tag: &LanguageIdentifier, excluded: &[bool]) -> Option<(usize, Match)> {
        // Every step keeps the language (aliases are resolved on both
        // sides), so a language nothing served speaks needs no likely-subtag
        // lookups: most members of a long header end here.
        if !self.served.iter().any(|s| s.key.language == tag.language) {
            return None;
        }
        let candidates = || (0..self.served.len()).filter(|&i| !excluded[i]);
        if let Some(i) = candidates().find(|&i| self.served[i].key == *tag) {
            return Some((i, Match::Exact));
        }
        let max = maximized(tag);
        let same_max = |i: usize, max: &LanguageIdentifier| self.served[i].max == *max;
        if let Some(i) = candidates().find(|&i| same_max(i, &max)) {
            return Some((i, Match::LikelySubtags));
        }
        for parent in cldr_parents(&max) {
            let parent_max = maximized(&parent);
            if let Some(i) =
                candidates().find(|&i| self.served[i].key == parent || same_max(i, &parent_max))
            {
                return Some((i, Match::Parent));
            }
        }
        let mut truncated = tag.clone();
        while truncate(&mut truncated) {
            let truncated_max = maximized(&truncated);
            if truncated_max.script != max.script {
                break; // `sr-Latn` never falls to Cyrillic `sr`
            }
            if let Some(i) = candidates()
                .find(|&i| self.served[i].key == truncated || same_max(i, &truncated_max))
            {
                return Some((i, Match::Truncation));
            }
        }
        // A sibling: same language and script, another region. The language's
        // likely region first (`pt` → `pt-BR`), then the catalog's order.
        let siblings = || {
            candidates().filter(|&i| {
                let s = &self.served[i].max;
                s.language == max.language && s.script == max.script
            })
        };
        let likely = maximized(&LanguageIdentifier::from_parts(
            max.language,
            max.script,
            None,
            &[],
        ));
        siblings()
            .find(|&i| self.served[i].max.region == likely.region)
            .or_else(|| siblings().next())
            .map(|i| (i, Match::Sibling))
    }
}

/// Whether range `tag` covers a served locale in the sense of RFC 4647
/// filtering, comparing scripts once likely subtags are known.
fn covers(tag: &LanguageIdentifier, served: &Served) -> bool {
    served.key.language == tag.language
        && tag.script.is_none_or(|s| served.max.script == Some(s))
        && tag.region.is_none_or(|r| served.max.region == Some(r))
        && tag.variants().all(|v| served.key.has_variant(*v))
}

/// Drops the last subtag (a variant, else the region, else the script).
fn truncate(id: &mut LanguageIdentifier) -> bool {
    let variants: Vec<_> = id.variants().copied().collect();
    if let Some((_, rest)) = variants.split_last() {
        id.set_variants(rest);
    } else if id.region.is_some() {
        id.region = None;
    } else if id.script.is_some() {
        id.script = None;
    } else {
        return false;
    }
    true
}

/// The parents this project declares for regional variants: each falls back
/// to its parent before the default. CLDR's `pt` is Brazilian, hence
/// `pt-PT` → `pt-BR`; Hong Kong's Traditional Chinese falls to Taiwan's.
pub fn declared_parent(id: &LanguageIdentifier) -> Option<LanguageIdentifier> {
    let special = match (id.language.as_str(), id.region.as_ref().map(Region::as_str)) {
        ("pt", Some("PT")) => Some("pt-BR"),
        ("zh", Some("HK" | "MO")) => Some("zh-TW"),
        ("zh", _) => None, // `zh-TW` and `zh-CN` are scripts apart: no parent
        _ => {
            if id.region.is_none() && id.variants().len() == 0 {
                return None;
            }
            // Otherwise the tag without its region and variants, if the
            // script stays the same (`sr-Latn-RS` → `sr-Latn`, never `sr`).
            let mut parent = id.clone();
            parent.region = None;
            parent.clear_variants();
            if maximized(&parent).script != maximized(id).script {
                return None;
            }
            return Some(parent);
        }
    };
    special.and_then(|t| t.parse().ok()) // valid tags, written above
}

/// CLDR's parent locales for a maximized tag, as tags this project may serve.
fn cldr_parents(max: &LanguageIdentifier) -> Vec<LanguageIdentifier> {
    let region = max.region.as_ref().map(Region::as_str).unwrap_or("");
    let script = max.script.as_ref().map(Script::as_str).unwrap_or("");
    let tags: &[&str] = match (max.language.as_str(), script) {
        // en-001 (and en-GB, its usual representative) covers every English
        // outside the United States and its territories.
        ("en", "Latn")
            if !matches!(
                region,
                "US" | "AS" | "GU" | "MH" | "MP" | "PR" | "UM" | "VI" | "GB"
            ) =>
        {
            &["en-001", "en-GB"]
        }
        ("es", "Latn") if matches!(region, "AR" | "UY" | "PY") => &["es-AR", "es-419", "es-MX"],
        ("es", "Latn") if is_latin_american(region) => &["es-419", "es-MX", "es-AR"],
        ("pt", "Latn")
            if matches!(
                region,
                "AO" | "CH" | "CV" | "FR" | "GQ" | "GW" | "LU" | "MO" | "MZ" | "ST" | "TL"
            ) =>
        {
            &["pt-PT"]
        }
        ("zh", "Hant") if region == "MO" => &["zh-HK"],
        _ => &[],
    };
    tags.iter().filter_map(|t| t.parse().ok()).collect() // valid, written above
}

fn is_latin_american(region: &str) -> bool {
    matches!(
        region,
        "419"
            | "BO"
            | "BR"
            | "BZ"
            | "CL"
            | "CO"
            | "CR"
            | "CU"
            | "DO"
            | "EC"
            | "GT"
            | "HN"
            | "MX"
            | "NI"
            | "PA"
            | "PE"
            | "PR"
            | "SV"
            | "US"
            | "VE"
    )
}

/// A memoized chain and how its first locale was found.
type Memo = (Arc<[LocaleId]>, Match);

/// A bounded memo of header value → chain, for one worker: browsers send a
/// handful of distinct headers, so parsing and matching each once is enough.
/// Bounded in entries and in key bytes; a full cache starts over rather than
/// tracking recency: a cheap bound that a flood of distinct headers cannot
/// break.
#[derive(Debug)]
pub struct ChainCache {
    chains: HashMap<Box<[u8]>, Memo, foldhash::fast::RandomState>,
    /// The bytes of all keys kept.
    key_bytes: usize,
}

impl ChainCache {
    /// Entries kept before the cache starts over.
    pub const CAPACITY: usize = 1024;
    /// Key bytes kept before the cache starts over: a bound on its memory
    /// whatever the headers' lengths.
    pub const KEY_BUDGET: usize = 256 * 1024;

    pub fn new() -> Self {
        ChainCache {
            chains: HashMap::default(),
            key_bytes: 0,
        }
    }

    /// The chain for `header`, computing it with `negotiate` when not known.
    pub fn get_or_insert(
        &mut self,
        header: &[u8],
        negotiate: impl FnOnce() -> (Chain, Match),
    ) -> (Arc<[LocaleId]>, Match) {
        // Only what parsing reads is the key: the rest of a longer value
        // cannot change the chain, but would let a client fill the cache.
        // Exactly that part, not the first 4 KiB: a value of exactly 4 KiB
        // is read whole, the same bytes followed by more lose their last
        // member, and the two must not share an entry.
        let key = read_part(header);
        if let Some((chain, how)) = self.chains.get(key) {
            return (chain.clone(), *how);
        }
        let (chain, how) = negotiate();
        let chain: Arc<[LocaleId]> = chain.into();
        if self.chains.len() >= Self::CAPACITY || self.key_bytes + key.len() > Self::KEY_BUDGET {
            self.clear();
        }
        self.key_bytes += key.len();
        self.chains.insert(key.into(), (chain.clone(), how));
        (chain, how)
    }

    fn clear(&mut self) {
        self.chains.clear();
        self.key_bytes = 0;
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.chains.len()
    }
}

impl Default for ChainCache {
    fn default() -> Self {
        Self::new()
    }
}

fn id(index: usize) -> LocaleId {
    // `Available::new` refuses more locales than a u16 counts.
    LocaleId(index as u16)
}

/// Whether a language is written right to left in its likely script.
pub fn is_right_to_left(id: &LanguageIdentifier) -> bool {
    matches!(
        id.character_direction(),
        unic_langid::CharacterDirection::RTL
    )
}

#[cfg(test)]
mod tests;
