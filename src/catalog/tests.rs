use super::*;
use crate::metadata::Metadata;

/// `en` of the embedded catalog, and one more locale folder of the given
/// files (shared with `format`'s tests).
pub(crate) fn with_locale(tag: &str, files: &[(&str, &str)]) -> Result<Catalog, LoadErrors> {
    let mut all = LocaleFiles::embedded();
    all.folders.retain(|f| f.name == "en");
    all.folders.push(SourceFolder {
        name: tag.into(),
        files: files
            .iter()
            .map(|(n, t)| (n.to_string(), t.to_string()))
            .collect(),
    });
    Catalog::load(all, "en")
}

fn errors_of(result: Result<Catalog, LoadErrors>) -> Vec<String> {
    match result {
        Ok(_) => panic!("the catalog should have been refused"),
        Err(LoadErrors(errors)) => errors.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn the_embedded_catalog_loads() {
    let catalog = Catalog::embedded();
    assert!(catalog.locale_count() >= 13);
    assert_eq!(catalog.locale(catalog.source).tag_text, "en");
    for (i, locale) in catalog.locales() {
        let (translated, inherited) = catalog.coverage(i);
        assert_eq!(
            translated + inherited,
            catalog.metadata.count(),
            "{} is incomplete",
            locale.tag_text
        );
    }
}

#[test]
fn a_valid_partial_locale_loads() {
    let catalog = with_locale(
        "eo",
        &[("errors.ftl", "record-not-found = Rikordo ne trovita\n")],
    )
    .unwrap();
    let eo = catalog
        .locales()
        .find(|(_, l)| l.tag_text == "eo")
        .unwrap()
        .0;
    assert_eq!(
        catalog.coverage(eo),
        (1, 0),
        "eo has no declared parent: nothing inherited"
    );
    assert_eq!(
        catalog.locale(eo).name,
        "eo",
        "without locale-name, the tag is the name"
    );
}

#[test]
fn a_syntax_error_names_file_line_and_column() {
    let errors = errors_of(with_locale(
        "de",
        &[(
            "errors.ftl",
            "record-not-found = Nicht gefunden\nrate-limited = Zu viele { $count ] Anfragen\n",
        )],
    ));
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with("locales/de/errors.ftl:2:34: "),
        "{}",
        errors[0]
    );
    assert!(errors[0].contains("de:"), "names the locale: {}", errors[0]);
}

#[test]
fn every_problem_is_reported_at_once() {
    let errors = errors_of(with_locale(
        "fr",
        &[
            (
                "errors.ftl",
                "record-not-found = Introuvable\nrecord-not-found = Encore\nnot-an-id = Quoi\n",
            ),
            (
                "oauth.ftl",
                "insufficient-scope = Portée { $scope } requise\n    .bare = Portée requise\n",
            ),
            ("http.ftl", "validation-failed = Échec : { $errors }\n"),
        ],
    ));
    let expect = [
        "locales/fr/errors.ftl:2:1: error: fr: `record-not-found` is defined twice",
        "locales/fr/errors.ftl:3:1: error: fr: unknown id `not-an-id`",
        "locales/fr/oauth.ftl:1:1: error: fr: `insufficient-scope` uses $scope, which the English message lacks (it has $scopes)",
        "locales/fr/http.ftl:1:1: error: fr: `validation-failed` has variables but no `.bare` attribute",
    ];
    for e in expect {
        assert!(
            errors.iter().any(|got| got.starts_with(e)),
            "missing {e:?} in {errors:#?}"
        );
    }
    assert_eq!(errors.len(), expect.len(), "{errors:#?}");
}

#[test]
fn a_missing_default_variant_is_refused() {
    let errors = errors_of(with_locale(
        "pl",
        &[(
            "hints.ftl",
            "retry-after-seconds =\n    { $count ->\n        [one] sekundę\n        [few] sekundy\n    }\n    .bare = Spróbuj później.\n",
        )],
    ));
    assert!(errors[0].starts_with("locales/pl/hints.ftl:"), "{errors:?}");
    assert!(errors[0].contains("default variant"), "{errors:?}");
}

#[test]
fn folders_must_be_canonical_tags() {
    for bad in ["pt_BR", "PT-br", "not a tag", "und"] {
        let errors = errors_of(with_locale(
            bad,
            &[("errors.ftl", "record-not-found = x\n")],
        ));
        assert!(errors[0].contains("canonical BCP 47"), "{bad}: {errors:?}");
    }
}

#[test]
fn the_source_locale_must_be_complete() {
    let mut files = LocaleFiles::embedded();
    for folder in &mut files.folders {
        if folder.name == "en" {
            folder.files.retain(|(name, _)| name != "http.ftl");
        }
    }
    let errors = errors_of(Catalog::load(files, "en"));
    assert!(
        errors
            .iter()
            .any(|e| e.contains("message `http-404` is missing")),
        "{errors:?}"
    );
}

#[test]
fn the_default_locale_must_be_served() {
    let errors = errors_of(Catalog::load(LocaleFiles::embedded(), "ain"));
    assert!(
        errors[0].contains("the default locale `ain` is not served"),
        "{errors:?}"
    );
    assert!(Catalog::load(LocaleFiles::embedded(), "de").is_ok());
}

#[test]
fn a_folder_on_disk_reads_like_the_embedded_one() {
    let dir = tempfile::tempdir().unwrap();
    let en = dir.path().join("en");
    std::fs::create_dir(&en).unwrap();
    for (name, text) in LocaleFiles::embedded()
        .folders
        .into_iter()
        .find(|f| f.name == "en")
        .unwrap()
        .files
    {
        std::fs::write(en.join(name), text).unwrap();
    }
    std::fs::write(dir.path().join("README.md"), "not a locale").unwrap();
    let eo = dir.path().join("eo");
    std::fs::create_dir(&eo).unwrap();
    std::fs::write(eo.join("errors.ftl"), [0xff, 0xfe, b'x']).unwrap();
    let errors = match LocaleFiles::read_dir(dir.path()) {
        Err(LoadErrors(e)) => e,
        Ok(_) => panic!("a non-UTF-8 file must be refused"),
    };
    assert!(
        errors[0]
            .to_string()
            .contains("errors.ftl: error: not UTF-8"),
        "{errors:?}"
    );
    std::fs::write(eo.join("errors.ftl"), "record-not-found = Ne trovita\n").unwrap();
    let catalog = Catalog::load(LocaleFiles::read_dir(dir.path()).unwrap(), "en").unwrap();
    assert_eq!(catalog.locale_count(), 2);
}

#[test]
fn metadata_is_consistent() {
    let metadata = Metadata::embedded();
    for meta in metadata.messages() {
        for numeric in &meta.numeric {
            assert!(
                meta.variables.contains(numeric),
                "{}: numeric {numeric} is not a variable",
                meta.id
            );
        }
        assert_eq!(
            meta.is_routable(),
            !meta.statuses.is_empty(),
            "{}: routable ids have statuses",
            meta.id
        );
        for wording in meta.wire.iter().chain(&meta.legacy) {
            for (name, _) in &wording.args {
                assert!(
                    meta.variables.contains(name),
                    "{}: wording fixes unknown {name}",
                    meta.id
                );
            }
        }
    }
}

#[test]
fn positions_are_in_characters() {
    assert_eq!(line_column("ab\ncdé\nf", 0), (1, 1));
    assert_eq!(line_column("ab\ncdé\nf", 3), (2, 1));
    assert_eq!(line_column("ab\ncdé\nf", 7), (2, 4)); // after the two-byte é... the newline
    assert_eq!(line_column("ab\ncdé\nf", 8), (3, 1));
}
