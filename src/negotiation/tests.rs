use super::*;

/// Mastodon's `available_locales`, the `@mastodon` served set of the table.
const MASTODON: &str = include_str!("../../tests/data/mastodon-locales.txt");

/// Runs every row of `cases.txt`; a failure names the line and the row.
#[test]
fn negotiation_table() {
    let table = include_str!("cases.txt");
    let mut rows = 0;
    let mut failures = Vec::new();
    for (n, line) in table.lines().enumerate() {
        if line.trim_start().starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let columns: Vec<&str> = line.split('|').collect();
        assert_eq!(columns.len(), 3, "line {}: three columns expected", n + 1);
        let served_column = match columns[0].trim() {
            "@mastodon" => MASTODON,
            other => other,
        };
        let served: Vec<LanguageIdentifier> = served_column
            .split_whitespace()
            .map(|t| t.parse().expect("served tags are valid"))
            .collect();
        let header = columns[1].trim();
        let expected: Vec<&str> = columns[2].split_whitespace().collect();
        let available = Available::new(&served, &"en".parse().unwrap()).expect("en is served");
        let chain: Vec<String> = available
            .negotiate(&parse_accept_language(header))
            .into_iter()
            .map(|i| served[i.index()].to_string())
            .collect();
        if chain != expected {
            failures.push(format!(
                "line {}: served [{}], header {header:?}: got {chain:?}, expected {expected:?}",
                n + 1,
                columns[0].trim()
            ));
        }
        rows += 1;
    }
    assert!(
        rows >= 60,
        "the table must keep at least 60 rows, has {rows}"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn qvalue_grammar() {
    for (text, expected) in [
        ("0", Some(0)),
        ("0.", Some(0)),
        ("0.5", Some(500)),
        ("0.05", Some(50)),
        ("0.123", Some(123)),
        ("1", Some(1000)),
        ("1.", Some(1000)),
        ("1.000", Some(1000)),
        ("1.0001", None),
        ("1.5", None),
        ("0.1234", None),
        ("2", None),
        ("", None),
        ("-0", None),
        (".5", None),
        ("0,5", None),
        ("1e0", None),
    ] {
        assert_eq!(parse_qvalue(text.as_bytes()), expected, "qvalue {text:?}");
    }
}

#[test]
fn only_the_first_members_are_read() {
    let header: String = (0..100).map(|i| format!("x{i:02}x, ")).collect::<String>() + "de";
    // 100 members, the only valid one last: beyond the member limit.
    assert!(parse_accept_language(&header)
        .iter()
        .all(|r| r.tag.as_ref().is_none_or(|t| t.language.as_str() != "de")));
    let header = "fr;q=0.5, ".repeat(40) + "de";
    assert_eq!(parse_accept_language(&header).len(), MAX_MEMBERS);
}

#[test]
fn a_member_cut_by_the_byte_limit_is_dropped() {
    // Two members, padded with whitespace so the 4 KiB limit falls inside
    // the second: `fr-CH` must not be read as `f` or `fr-C`.
    let tags = |header: &str| -> Vec<String> {
        parse_accept_language(header)
            .iter()
            .map(|r| r.tag.as_ref().unwrap().to_string())
            .collect()
    };
    let mut header = "de".to_string() + &" ".repeat(MAX_HEADER_BYTES - 5);
    header.push_str(", fr-CH");
    assert!(header.len() > MAX_HEADER_BYTES);
    assert_eq!(tags(&header), ["de"]);
    // Four bytes less padding, and the whole second member fits.
    let mut header = "de".to_string() + &" ".repeat(MAX_HEADER_BYTES - 9);
    header.push_str(", fr-CH");
    assert_eq!(header.len(), MAX_HEADER_BYTES);
    assert_eq!(tags(&header), ["de", "fr-CH"]);
}

#[test]
fn a_huge_header_is_answered_from_its_first_members() {
    let header = "de;q=0.9, ".to_string() + &"zz-invalid-member-xxxxxxxxxxxxx, ".repeat(4000);
    assert!(header.len() > 100 * 1024);
    let ranges = parse_accept_language(&header);
    assert_eq!(ranges[0].tag.as_ref().unwrap().to_string(), "de");
}

#[test]
fn explicit_locale_uses_the_same_matching() {
    let served: Vec<LanguageIdentifier> = ["en", "fr", "zh-TW", "zh-CN"]
        .iter()
        .map(|t| t.parse().unwrap())
        .collect();
    let available = Available::new(&served, &"en".parse().unwrap()).unwrap();
    let chain = |t: &str| {
        available
            .chain_for(&parse_tag(t).unwrap())
            .map(|c| c.iter().map(|l| l.index()).collect::<Vec<_>>())
    };
    assert_eq!(chain("fr-CH"), Some(vec![1, 0]));
    assert_eq!(chain("zh-HK"), Some(vec![2, 0]));
    assert_eq!(chain("ja"), None);
    assert_eq!(available.default_chain(), vec![id(0)]);
}

#[test]
fn declared_parents() {
    for (tag, parent) in [
        ("en-GB", Some("en")),
        ("es-AR", Some("es")),
        ("es-MX", Some("es")),
        ("fr-CA", Some("fr")),
        ("pt-PT", Some("pt-BR")),
        ("zh-HK", Some("zh-TW")),
        ("zh-TW", None),
        ("zh-CN", None),
        ("sr-Latn", None),
        ("sr-Latn-RS", Some("sr-Latn")),
        ("de", None),
    ] {
        let id: LanguageIdentifier = tag.parse().unwrap();
        assert_eq!(
            declared_parent(&id).map(|p| p.to_string()).as_deref(),
            parent,
            "parent of {tag}"
        );
    }
}

#[test]
fn locale_parameters_are_bcp47_shaped() {
    for good in [
        "de",
        "pt-BR",
        "pt_BR",
        "zh-Hant-TW",
        "x-private",
        "i-klingon",
        "und",
        "de-DE-u-mu-celsius",
        "ca-ES-valencia",
    ] {
        assert!(is_well_formed(good.as_bytes()), "{good}");
    }
    for bad in [
        "",
        "a",
        "x",
        "x-",
        "de-",
        "-de",
        "de--DE",
        "d3",
        "deutschland",
        "de-abcdefghi",
        "not a tag!",
        "12",
        "de;q=1",
    ] {
        assert!(!is_well_formed(bad.as_bytes()), "{bad}");
    }
}

#[test]
fn the_chain_cache_is_bounded() {
    let mut cache = ChainCache::new();
    let mut computed = 0;
    for _ in 0..3 {
        cache.get_or_insert(b"de", || {
            computed += 1;
            (vec![id(1), id(0)], Match::Exact)
        });
    }
    assert_eq!(computed, 1, "a known header is not negotiated again");
    for i in 0..ChainCache::CAPACITY * 2 {
        cache.get_or_insert(format!("x{i}").as_bytes(), || (vec![id(0)], Match::Default));
        assert!(cache.len() <= ChainCache::CAPACITY);
    }
    // Long values count against a byte budget: 4 KiB keys, 64 of them.
    let mut cache = ChainCache::new();
    for i in 0..200u32 {
        // A comma just within the limit: the key is the 4 KiB before it.
        let mut header = vec![b'a'; 100 * 1024];
        header[..4].copy_from_slice(&i.to_be_bytes());
        header[MAX_HEADER_BYTES - 1] = b',';
        cache.get_or_insert(&header, || (vec![id(0)], Match::Default));
        assert!(
            cache.len() <= ChainCache::KEY_BUDGET / MAX_HEADER_BYTES,
            "{}",
            cache.len()
        );
    }
    // Only the part parsing reads is the key.
    let mut cache = ChainCache::new();
    let mut computed = 0;
    for tail in [b"x", b"y"] {
        let mut header = vec![b'a'; MAX_HEADER_BYTES];
        header.extend_from_slice(tail);
        cache.get_or_insert(&header, || {
            computed += 1;
            (vec![id(0)], Match::Default)
        });
    }
    assert_eq!(computed, 1);
}

/// Found by the `accept_language` fuzz target: a value of exactly 4 KiB is
/// read whole, and the same bytes with more after them lose their last
/// member; keyed on the first 4 KiB, the memo answered the second with the
/// first's chain.
#[test]
fn the_chain_cache_keys_a_value_at_the_byte_limit_apart_from_a_longer_one() {
    let served: Vec<LanguageIdentifier> = ["en", "fr"].iter().map(|t| t.parse().unwrap()).collect();
    let available = Available::new(&served, &"en".parse().unwrap()).unwrap();
    let exact = ",".repeat(MAX_HEADER_BYTES - 2) + "fr";
    assert_eq!(exact.len(), MAX_HEADER_BYTES);
    let longer = exact.clone() + "-CA";
    let mut cache = ChainCache::new();
    for header in [&exact, &longer] {
        let direct = available.negotiate(&parse_accept_language(header));
        let (memo, _) = cache.get_or_insert(header.as_bytes(), || {
            available.negotiate_explained(&parse_accept_language(header))
        });
        assert_eq!(&memo[..], &direct[..], "{} bytes", header.len());
    }
}

#[test]
fn the_match_step_is_reported() {
    let served: Vec<LanguageIdentifier> = ["en", "he", "de", "en-GB", "pt-PT", "sr-Latn"]
        .iter()
        .map(|t| t.parse().unwrap())
        .collect();
    let available = Available::new(&served, &"en".parse().unwrap()).unwrap();
    for (header, step) in [
        ("de", Match::Exact),
        ("iw", Match::Alias),
        ("sr-Latn-RS", Match::LikelySubtags),
        ("en-AU", Match::Parent),
        ("de-AT", Match::Truncation),
        ("pt", Match::Sibling),
        ("xx", Match::Default),
        ("", Match::Default),
        ("fr, de;q=0.5", Match::Exact),
    ] {
        let (_, got) = available.negotiate_explained(&parse_accept_language(header));
        assert_eq!(got, step, "{header:?}");
    }
}
