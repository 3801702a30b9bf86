use super::*;
use crate::catalog::Catalog;

/// English plus one locale of the given files, and that locale.
fn catalog_with(tag: &str, files: &[(&str, &str)]) -> (Catalog, LocaleId) {
    let catalog = crate::catalog::tests::with_locale(tag, files).unwrap();
    let locale = catalog
        .locales()
        .find(|(_, l)| l.tag_text == tag)
        .unwrap()
        .0;
    (catalog, locale)
}

const HINTS: &str = "retry-after-seconds =
    { $count ->
        [0] zero-exact
        [1] one-exact
        [zero] zero { $count }
        [one] one { $count }
        [two] two { $count }
        [few] few { $count }
        [many] many { $count }
       *[other] other { $count }
    }
    .bare = bare
";

#[test]
fn numeric_variants_follow_current_cldr() {
    let (catalog, ar) = catalog_with("ar", &[("hints.ftl", HINTS)]);
    let hint = |n| hint_text(&catalog, ar, HintUnit::Seconds, n);
    // fluent-bundle's CLDR 37 data says `other` for 103; CLDR says `few`.
    assert_eq!(hint(103), "few 103");
    assert_eq!(hint(111), "many 111");
    assert_eq!(hint(2), "two 2");
    assert_eq!(hint(100), "other 100");
}

#[test]
fn an_exact_number_wins_over_its_category() {
    let (catalog, ar) = catalog_with("ar", &[("hints.ftl", HINTS)]);
    assert_eq!(hint_text(&catalog, ar, HintUnit::Seconds, 1), "one-exact");
    assert_eq!(hint_text(&catalog, ar, HintUnit::Seconds, 0), "zero-exact");
}

#[test]
fn a_missing_category_takes_the_default() {
    let (catalog, he) = catalog_with(
        "he",
        &[(
            "hints.ftl",
            "retry-after-seconds = { $count ->
        [one] one
        [two] two
        [many] many
       *[other] other { $count }
    }
    .bare = bare
",
        )],
    );
    // CLDR 42 removed Hebrew's `many`: 20 is `other`, and a `many`
    // variant left in a file is never chosen.
    assert_eq!(hint_text(&catalog, he, HintUnit::Seconds, 20), "other 20");
}

#[test]
fn a_select_inside_text_and_string_selects_still_work() {
    let (catalog, xx) = catalog_with(
        "ga",
        &[(
            "oauth.ftl",
            "invalid-code-challenge-method = Níl ({ $count ->
        [one] aon { $methods }
        [two] dhá { $methods }
        [few] cúpla { $methods }
        [many] go leor { $methods }
       *[other] { $methods }
    }) ceart.
    .bare = lom
",
        )],
    );
    let message = catalog
        .metadata
        .lookup("invalid-code-challenge-method")
        .unwrap();
    let args = |count: &str| {
        vec![
            ("count".to_string(), count.to_string()),
            ("methods".to_string(), "S256, plain".to_string()),
        ]
    };
    assert_eq!(
        text(&catalog, xx, message, &args("2")).unwrap(),
        "Níl (dhá S256, plain) ceart."
    );
    assert_eq!(
        text(&catalog, xx, message, &args("7")).unwrap(),
        "Níl (go leor S256, plain) ceart."
    );
    // The number given but a variable missing: the .bare text.
    let only_count = vec![("count".to_string(), "2".to_string())];
    assert_eq!(text(&catalog, xx, message, &only_count).unwrap(), "lom");
    // A string selector is Fluent's own.
    let en = catalog.source;
    let unknown = catalog.metadata.lookup("unknown-parameter-value").unwrap();
    let order = vec![
        ("kind".to_string(), "order".to_string()),
        ("value".to_string(), "x".to_string()),
    ];
    assert_eq!(
        text(&catalog, en, unknown, &order).unwrap(),
        "Unknown order: x"
    );
}

/// Each plural-bearing message of the shipped locales whose rules are the
/// hardest selects the variant of the CLDR category written here (from the
/// CLDR charts) for each number, unless the file gives that exact number.
#[test]
fn shipped_plurals_select_the_cldr_variant() {
    const NUMBERS: [u64; 12] = [0, 1, 2, 3, 5, 6, 7, 11, 21, 22, 100, 103];
    let table: [(&str, [&str; 12]); 8] = [
        (
            "ru",
            [
                "many", "one", "few", "few", "many", "many", "many", "many", "one", "few", "many",
                "few",
            ],
        ),
        (
            "pl",
            [
                "many", "one", "few", "few", "many", "many", "many", "many", "many", "few", "many",
                "few",
            ],
        ),
        (
            "ar",
            [
                "zero", "one", "two", "few", "few", "few", "few", "many", "many", "many", "other",
                "few",
            ],
        ),
        (
            "cy",
            [
                "zero", "one", "two", "few", "other", "many", "other", "other", "other", "other",
                "other", "other",
            ],
        ),
        (
            "ga",
            [
                "other", "one", "two", "few", "few", "few", "many", "other", "other", "other",
                "other", "other",
            ],
        ),
        (
            "lt",
            [
                "other", "one", "few", "few", "few", "few", "few", "other", "one", "few", "other",
                "few",
            ],
        ),
        (
            "he",
            [
                "other", "one", "two", "other", "other", "other", "other", "other", "other",
                "other", "other", "other",
            ],
        ),
        (
            "sl",
            [
                "other", "one", "two", "few", "other", "other", "other", "other", "other", "other",
                "other", "few",
            ],
        ),
    ];
    let catalog = Catalog::embedded();
    let messages = [
        "retry-after-seconds",
        "retry-after-minutes",
        "retry-after-hours",
        "invalid-code-challenge-method",
    ];
    let mut checked = 0;
    for (tag, categories) in table {
        let (locale, entry) = catalog
            .locales()
            .find(|(_, l)| l.tag_text == tag)
            .unwrap_or_else(|| panic!("{tag} is shipped"));
        for id in messages {
            let message = catalog.metadata.lookup(id).unwrap();
            let pattern = entry
                .bundle
                .get_message(id)
                .and_then(|m| m.value())
                .unwrap();
            let Some(ast::PatternElement::Placeable {
                expression: ast::Expression::Select { variants, .. },
            }) = pattern.elements.first()
            else {
                panic!("{tag}/{id} starts with its select");
            };
            for (n, category) in NUMBERS.into_iter().zip(categories) {
                let exact = variants.iter().find(|v| {
                    matches!(&v.key, ast::VariantKey::NumberLiteral { value } if value.parse() == Ok(n))
                });
                let by_category = variants.iter().find(
                    |v| matches!(&v.key, ast::VariantKey::Identifier { name } if *name == category),
                );
                let variant = exact
                    .or(by_category)
                    .unwrap_or_else(|| panic!("{tag}/{id} has a variant for {category}"));
                let args = vec![
                    ("count".to_string(), n.to_string()),
                    ("methods".to_string(), "S256".to_string()),
                ];
                let mut fluent = FluentArgs::new();
                fluent.set("count", FluentValue::from(n));
                fluent.set("methods", FluentValue::from("S256"));
                let mut errors = Vec::new();
                let expected =
                    entry
                        .bundle
                        .format_pattern(&variant.value, Some(&fluent), &mut errors);
                assert!(errors.is_empty(), "{tag}/{id}: {errors:?}");
                assert_eq!(
                    text(&catalog, locale, message, &args).unwrap(),
                    expected,
                    "{tag}/{id} for {n}: the {category} variant"
                );
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 8 * 4 * 12);
}
