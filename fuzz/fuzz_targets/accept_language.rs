//! `Accept-Language` parsing and negotiation over the shipped catalog.
//!
//! Input: two bytes of padding length, the header, then optionally `0xFF`
//! and a suffix. The padding is commas, which are empty members: they move
//! the header towards and past the 4 KiB bound without changing it.
//!
//! Invariants: the chain holds only served locales, once each, and reaches
//! the default; a served locale refused by `q=0` in its most specific form
//! is never in the chain (but the default, last); nothing past 4 KiB or
//! past the 32nd member changes the parse; and the per-worker memo answers
//! what negotiation without it answers.

#![no_main]

#[path = "common/mod.rs"]
mod common;

use error_l10n::negotiation::{
    parse_accept_language, parse_tag, LanguageRange, MAX_HEADER_BYTES, MAX_MEMBERS,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let [p0, p1, rest @ ..] = data else { return };
    let (header, suffix) = match rest.iter().position(|&b| b == 0xFF) {
        Some(at) => (&rest[..at], &rest[at + 1..]),
        None => (rest, &b",fr"[..]),
    };
    let suffix = if suffix.is_empty() {
        &b",fr"[..]
    } else {
        suffix
    };
    let pad = usize::from(u16::from_le_bytes([*p0, *p1])) % (MAX_HEADER_BYTES + 64);
    let mut full = vec![b','; pad];
    full.extend_from_slice(header);

    let compiled = common::compiled();
    let catalog = &compiled.catalog;
    let available = &catalog.available;
    let default = catalog.source;
    let ranges = parse_accept_language(&full);

    // The chain.
    let chain = available.negotiate(&ranges);
    assert!(
        chain.contains(&default),
        "the chain reaches the default: {chain:?}"
    );
    for (i, id) in chain.iter().enumerate() {
        assert!(id.index() < catalog.locale_count(), "served: {id:?}");
        assert!(!chain[..i].contains(id), "once each: {chain:?}");
    }

    // `q=0` on a locale in its most specific form refuses it, whatever else
    // the header says: the first locale, and the one the padding picks.
    let picked = available.ids().nth(pad % catalog.locale_count());
    for locale in chain.first().copied().into_iter().chain(picked) {
        let text = &catalog.locale(locale).tag_text;
        let Some(mut tag) = parse_tag(text) else {
            continue;
        };
        tag.maximize();
        let mut refusing = ranges.clone();
        refusing.push(LanguageRange {
            tag: Some(tag),
            quality: 0,
            aliased: false,
        });
        let refused = available.negotiate(&refusing);
        let at = refused.iter().position(|&l| l == locale);
        if locale == default {
            assert_eq!(at, Some(refused.len() - 1), "a refused default is last");
        } else {
            assert_eq!(at, None, "{text};q=0 never wins: {refused:?}");
        }
    }

    // Commas are empty members: they neither count nor change anything.
    if full.len() <= MAX_HEADER_BYTES {
        assert_eq!(ranges, parse_accept_language(header), "padding is neutral");
    }
    // Nothing past 4 KiB counts.
    if full.len() > MAX_HEADER_BYTES {
        let mut other = full[..MAX_HEADER_BYTES].to_vec();
        other.extend_from_slice(suffix);
        assert_eq!(ranges, parse_accept_language(&other), "past 4 KiB");
    }
    // Nothing past the 32nd member counts.
    if full.len() < MAX_HEADER_BYTES {
        let members = full
            .split(|&b| b == b',')
            .filter(|m| m.iter().any(|&b| b != b' ' && b != b'\t'))
            .count();
        if members >= MAX_MEMBERS {
            let mut longer = full.clone();
            longer.push(b',');
            longer.extend_from_slice(suffix);
            assert_eq!(ranges, parse_accept_language(&longer), "past 32 members");
        }
    }

    // The memo (kept across inputs, as a worker keeps it) agrees with
    // negotiation without it, for the header and for a longer one.
    let mut longer = full.clone();
    longer.extend_from_slice(suffix);
    for value in [&full, &longer] {
        let (memo, _) = compiled.negotiate(value);
        let direct = compiled.negotiate_uncached(value);
        assert_eq!(
            &memo[..],
            &direct[..],
            "the memo agrees for {} bytes",
            value.len()
        );
    }
});
