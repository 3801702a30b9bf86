//! Catalog loading and `check` on arbitrary FTL.
//!
//! Input: `FOLDER DEFAULT\nFTL`. The FTL is `FOLDER/fuzz.ftl`, beside the
//! shipped `en` (unless FOLDER is `en`, which it then replaces): a
//! translation checked against the real source locale, as `check` and a
//! reload see one.
//!
//! Invariants: never a panic; every position is inside the file it names
//! (a line of it, a column within that line or just past its end), and
//! only files have positions; `check` returns a catalog exactly when it
//! reports no error, and the loader refuses exactly then, with those
//! errors; a catalog that loads compiles (every message prepared).

#![no_main]

use std::collections::HashMap;
use std::sync::OnceLock;

use error_l10n::catalog::{Catalog, LocaleFiles, Severity, SourceFolder};
use error_l10n::compiled::Compiled;
use libfuzzer_sys::fuzz_target;

fn english() -> &'static Vec<(String, String)> {
    static EN: OnceLock<Vec<(String, String)>> = OnceLock::new();
    EN.get_or_init(|| {
        LocaleFiles::embedded()
            .folders
            .into_iter()
            .find(|f| f.name == "en")
            .expect("the shipped catalog has en")
            .files
    })
}

fn files(folder: &str, ftl: &str) -> LocaleFiles {
    let mut folders = vec![SourceFolder {
        name: folder.to_owned(),
        files: vec![("fuzz.ftl".to_owned(), ftl.to_owned())],
    }];
    if folder != "en" {
        folders.push(SourceFolder {
            name: "en".to_owned(),
            files: english().clone(),
        });
    }
    LocaleFiles {
        root: "locales".to_owned(),
        folders,
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return; // `read_dir` refuses a file that is not UTF-8 before parsing
    };
    let (line, ftl) = text.split_once('\n').unwrap_or((text, ""));
    let (folder, default) = line.split_once(' ').unwrap_or((line, "en"));
    if folder.is_empty() || folder.contains(['/', '\0']) {
        return; // not a folder name
    }

    let mut texts: HashMap<String, &str> = HashMap::new();
    texts.insert(format!("locales/{folder}/fuzz.ftl"), ftl);
    if folder != "en" {
        for (name, text) in english() {
            texts.insert(format!("locales/en/{name}"), text);
        }
    }

    let checked = Catalog::check(files(folder, ftl), default);
    for d in &checked.diagnostics {
        let Some((line, column)) = d.position else {
            continue;
        };
        let text = texts
            .get(&d.file)
            .unwrap_or_else(|| panic!("a position names a file: {d}"));
        let lines: Vec<&str> = text.split('\n').collect();
        assert!(
            (1..=lines.len()).contains(&line),
            "line {line} of {} lines: {d}",
            lines.len()
        );
        let length = lines[line - 1].chars().count();
        assert!(
            (1..=length + 1).contains(&column),
            "column {column} of a line of {length} characters: {d}"
        );
    }
    let errors: Vec<_> = checked
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .cloned()
        .collect();
    assert_eq!(
        checked.catalog.is_some(),
        errors.is_empty(),
        "a catalog exactly when no error: {errors:?}"
    );

    match Catalog::load(files(folder, ftl), default) {
        Ok(catalog) => {
            assert!(errors.is_empty(), "the loader took what check refused");
            let compiled = Compiled::new(catalog);
            assert_eq!(
                compiled.catalog.locale_count(),
                1 + usize::from(folder != "en")
            );
        }
        Err(refused) => assert_eq!(refused.0, errors, "the loader refuses with check's errors"),
    }
});
