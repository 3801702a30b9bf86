//! A catalog from a folder (`--locales`), and folders the loader refuses.

use std::path::Path;
use std::sync::Arc;

use error_l10n::catalog::{Catalog, LocaleFiles};
use error_l10n::compiled::Compiled;

use crate::helpers::{ftl_text, spawn_app_with};

/// A temporary locales folder with the shipped `en` and `files`, each a
/// `(locale, file name, contents)`.
fn locales_dir(files: &[(&str, &str, &str)]) -> tempfile::TempDir {
    locales_dir_with(&["en"], files)
}

/// The same, copying the shipped locales named.
fn locales_dir_with(shipped: &[&str], files: &[(&str, &str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary directory");
    for tag in shipped {
        let from = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(tag);
        let to = dir.path().join(tag);
        std::fs::create_dir(&to).unwrap();
        for entry in std::fs::read_dir(&from).unwrap() {
            let path = entry.unwrap().path();
            std::fs::copy(&path, to.join(path.file_name().unwrap())).unwrap();
        }
    }
    for (locale, name, text) in files {
        let folder = dir.path().join(locale);
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(folder.join(name), text).unwrap();
    }
    dir
}

fn load(dir: &Path) -> Result<Catalog, String> {
    let source = LocaleFiles::read_dir(dir).map_err(|e| e.to_string())?;
    Catalog::load(source, "en").map_err(|e| e.to_string())
}

#[tokio::test]
async fn a_folder_replaces_the_embedded_catalog() {
    let dir = locales_dir(&[(
        "eo",
        "errors.ftl",
        "record-not-found = Rikordo ne trovita\n",
    )]);
    let catalog = load(dir.path()).expect("the folder loads");
    let app = spawn_app_with(|s| s.compiled = Arc::new(Compiled::new(catalog))).await;

    let case = "record-not-found in eo";
    let reply = app
        .get_with("/v1/errors/record-not-found", &[("Accept-Language", "eo")])
        .await;
    reply.assert_rendered(case, 404, "record-not-found", "eo");
    assert_eq!(reply.error(case), "Rikordo ne trovita");

    let case = "not-permitted in eo: falls back to en";
    let reply = app
        .get_with("/v1/errors/not-permitted", &[("Accept-Language", "eo")])
        .await;
    reply.assert_rendered(case, 403, "not-permitted", "en");
    assert_eq!(reply.error(case), ftl_text("en", "not-permitted"));

    // The embedded locales are gone: German is not served.
    let case = "record-not-found in de";
    let reply = app
        .get_with("/v1/errors/record-not-found", &[("Accept-Language", "de")])
        .await;
    reply.assert_rendered(case, 404, "record-not-found", "en");

    let locales = app.get("/v1/locales").await.json("/v1/locales");
    let mut tags: Vec<&str> = locales
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|l| l["tag"].as_str())
        .collect();
    tags.sort_unstable();
    assert_eq!(tags, ["en", "eo"]);
    let eo = locales
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["tag"] == "eo")
        .unwrap();
    assert_eq!(eo["translated"], 1, "eo defines one id: {eo}");
    assert_eq!(eo["inherited"], 0, "eo inherits nothing from en: {eo}");
    assert_eq!(eo["complete"], false, "{eo}");
}

#[tokio::test]
async fn a_regional_variant_inherits_from_its_declared_parent() {
    let dir = locales_dir_with(
        &["en", "fr"],
        &[(
            "fr-CA",
            "errors.ftl",
            "record-not-found = Enregistrement introuvable, eh\n",
        )],
    );
    let catalog = load(dir.path()).expect("the folder loads");
    let app = spawn_app_with(|s| s.compiled = Arc::new(Compiled::new(catalog))).await;

    let cases = [
        (
            "record-not-found",
            "fr-CA",
            404,
            "fr-CA",
            Some("Enregistrement introuvable, eh"),
        ),
        ("not-permitted", "fr-CA", 403, "fr", None),
        // The shipped texts (`None`) are read from locales/; q=0 refuses fr also as fr-CA's fallback: the chain is fr-CA, en.
        (
            "record-not-found",
            "fr-CA, fr;q=0",
            404,
            "fr-CA",
            Some("Enregistrement introuvable, eh"),
        ),
        ("not-permitted", "fr-CA, fr;q=0", 403, "en", None),
    ];
    for (id, header, status, locale, text) in cases {
        let case = format!("{id} with Accept-Language: {header}");
        let reply = app
            .get_with(&format!("/v1/errors/{id}"), &[("Accept-Language", header)])
            .await;
        reply.assert_rendered(&case, status, id, locale);
        let expected = text.map_or_else(|| ftl_text(locale, id), str::to_owned);
        assert_eq!(reply.error(&case), expected, "{case}");
    }

    let locales = app.get("/v1/locales").await.json("/v1/locales");
    let entry = |tag: &str| {
        locales
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["tag"] == tag)
            .unwrap_or_else(|| panic!("{tag} listed in {locales}"))
            .clone()
    };
    let (fr, fr_ca) = (entry("fr"), entry("fr-CA"));
    let total = fr["total"].as_u64().unwrap();
    assert_eq!(fr_ca["parent"], "fr", "{fr_ca}");
    assert_eq!(fr_ca["translated"], 1, "{fr_ca}");
    assert_eq!(fr_ca["inherited"], total - 1, "{fr_ca}");
    assert_eq!(fr_ca["complete"], true, "{fr_ca}");
    assert_eq!(fr["parent"], serde_json::Value::Null, "{fr}");
}

#[test]
fn a_broken_folder_is_refused_naming_file_line_column_and_locale() {
    // Each case: the file, where the error is, and what it must name.
    let cases = [
        (
            "syntax error",
            "record-not-found = Datensatz nicht gefunden\n= oops\n",
            "errors.ftl:2:1:",
            "Expected one of \"a-zA-Z\"",
        ),
        (
            "unknown id",
            "record-not-found = Datensatz nicht gefunden\nno-such-id = Gibt es nicht\n",
            "errors.ftl:2:",
            "no-such-id",
        ),
        (
            "duplicate id",
            "record-not-found = Datensatz nicht gefunden\nnot-permitted = Nicht erlaubt\nrecord-not-found = Nochmal\n",
            "errors.ftl:3:",
            "record-not-found",
        ),
        (
            "a variable English lacks",
            "record-not-found = Datensatz { $id } nicht gefunden\n",
            "errors.ftl:1:",
            "$id",
        ),
    ];
    for (case, text, position, names) in cases {
        let dir = locales_dir(&[("de", "errors.ftl", text)]);
        let error = match load(dir.path()) {
            Ok(_) => panic!("{case}: the folder was accepted"),
            Err(e) => e,
        };
        assert!(error.contains(position), "{case}: {position} in {error:?}");
        assert!(error.contains(names), "{case}: {names} in {error:?}");
        // The tag as a word of the message, besides the folder in the path.
        let after_position = &error[error.find(position).unwrap() + position.len()..];
        assert!(
            after_position
                .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
                .any(|word| word == "de"),
            "{case}: the locale tag in {error:?}"
        );
        assert!(
            error.contains(&format!("de{}errors.ftl", std::path::MAIN_SEPARATOR)),
            "{case}: the file in {error:?}"
        );
    }
}

/// The pseudo-locales render when enabled, and are not served otherwise.
#[tokio::test]
async fn pseudo_locales_render_only_when_enabled() {
    let mut files = LocaleFiles::embedded();
    files.add_pseudo_locales();
    let catalog = Catalog::load(files, "en").expect("the pseudo-locales load");
    let app = spawn_app_with(|s| s.compiled = Arc::new(Compiled::new(catalog))).await;
    let plain = spawn_app_with(|_| {}).await;

    let accented = app
        .get("/v1/errors/domain-block-exists?locale=en-XA&name=example.com")
        .await;
    accented.assert_rendered("en-XA", 422, "domain-block-exists", "en-XA");
    let text = accented.error("en-XA");
    assert!(text.starts_with("[Ýöû ĥåṽé"), "{text}");
    assert!(
        text.contains("example.com"),
        "variables stay intact: {text}"
    );
    assert!(text.ends_with(']'), "{text}");
    assert!(
        text.chars().count()
            > "You have already imposed stricter limits on example.com.".len() * 5 / 4,
        "about a third longer: {text}"
    );

    let mirrored = app.get("/v1/status/404?locale=ar-XB").await;
    mirrored.assert_rendered("ar-XB", 404, "record-not-found", "ar-XB");
    assert_eq!(
        mirrored.error("ar-XB"),
        "\u{200f}\u{202e}Record not found\u{202c}\u{200f}"
    );
    let locales = app.get("/v1/locales").await.json("/v1/locales");
    let ar_xb = locales
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["tag"] == "ar-XB")
        .expect("ar-XB is listed");
    assert_eq!(ar_xb["direction"], "rtl");

    for tag in ["en-XA", "ar-XB"] {
        let reply = plain.get(&format!("/v1/status/404?locale={tag}")).await;
        let fallback = if tag == "en-XA" { "en" } else { "ar" };
        reply.assert_rendered(tag, 404, "record-not-found", fallback);
    }
}
