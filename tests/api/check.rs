//! `error-l10n check`: the shipped catalog passes; a folder of broken files
//! (`tests/data/check/`) gets each class of finding at its line and column,
//! and `serve` refuses the same folder.

use std::path::Path;
use std::process::{Command, Output};

use crate::helpers::repo_path;

/// The shipped `en` and `fr` and the broken fixture folders, together.
fn broken_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let copy = |from: &Path, to: &Path| {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let path = entry.unwrap().path();
            if path.is_file() {
                std::fs::copy(&path, to.join(path.file_name().unwrap())).unwrap();
            }
        }
    };
    for tag in ["en", "fr"] {
        copy(&repo_path("locales").join(tag), &dir.path().join(tag));
    }
    for tag in ["de", "ru", "it", "nl-BE", "fr-CA"] {
        copy(
            &repo_path("tests/data/check").join(tag),
            &dir.path().join(tag),
        );
    }
    dir
}

fn error_l10n(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_error-l10n"))
        .args(args)
        .env_remove("ERROR_L10N_LOCALES")
        .env_remove("ERROR_L10N_DEFAULT_LOCALE")
        .output()
        .expect("the binary runs")
}

#[test]
fn the_shipped_catalog_has_no_error() {
    let out = error_l10n(&["check"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(!stdout.contains(": error: "), "{stdout}");
}

#[test]
fn each_class_of_finding_is_reported_where_it_is() {
    let dir = broken_folder();
    let root = dir.path().to_str().unwrap();
    let out = error_l10n(&["check", root]);
    assert_eq!(out.status.code(), Some(1), "errors exit 1: {out:?}");
    let got = String::from_utf8_lossy(&out.stdout).replace(root, "ROOT");
    let expected = std::fs::read_to_string(repo_path("tests/data/check/expected.txt")).unwrap();
    let (got, expected): (Vec<&str>, Vec<&str>) =
        (got.lines().collect(), expected.lines().collect());
    for (n, (g, e)) in got.iter().zip(&expected).enumerate() {
        assert_eq!(g, e, "line {} of tests/data/check/expected.txt", n + 1);
    }
    assert_eq!(got.len(), expected.len(), "{got:#?}");
}

#[test]
fn json_output_carries_the_same_findings() {
    let dir = broken_folder();
    let root = dir.path().to_str().unwrap();
    let text = error_l10n(&["check", root]);
    let json = error_l10n(&["check", root, "--format", "json"]);
    assert_eq!(json.status.code(), Some(1));
    let list: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    let list = list.as_array().expect("an array");
    assert_eq!(
        list.len(),
        String::from_utf8_lossy(&text.stdout).lines().count()
    );
    let ru = list
        .iter()
        .find(|d| d["locale"] == "ru")
        .expect("the Russian finding");
    assert_eq!(ru["severity"], "error");
    assert_eq!(
        (ru["line"].as_u64(), ru["column"].as_u64()),
        (Some(2), Some(7))
    );
    assert!(
        ru["file"].as_str().unwrap().ends_with("ru/hints.ftl"),
        "{ru}"
    );
    assert!(
        ru["message"].as_str().unwrap().contains("few, many"),
        "{ru}"
    );
}

#[test]
fn warnings_alone_exit_zero() {
    let dir = broken_folder();
    for tag in ["de", "ru", "nl-BE", "fr-CA"] {
        std::fs::remove_dir_all(dir.path().join(tag)).unwrap();
    }
    let out = error_l10n(&["check", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(stdout.matches(": warning: it: ").count(), 4, "{stdout}");
}

/// What `check` calls an error, `serve` refuses: one set of rules.
#[test]
fn serve_refuses_what_check_calls_an_error() {
    let dir = broken_folder();
    let root = dir.path().to_str().unwrap();
    let check = error_l10n(&["check", root]);
    let errors: Vec<String> = String::from_utf8_lossy(&check.stdout)
        .lines()
        .filter(|l| l.contains(": error: "))
        .map(str::to_owned)
        .collect();
    let serve = error_l10n(&["serve", "--bind", "127.0.0.1:0", "--locales", root]);
    assert_eq!(serve.status.code(), Some(2), "{serve:?}");
    let stderr = String::from_utf8_lossy(&serve.stderr);
    assert!(
        stderr.contains(&format!("the catalog has {} error(s)", errors.len())),
        "{stderr}"
    );
    for error in errors {
        assert!(
            stderr.contains(&error),
            "serve does not report {error:?}:\n{stderr}"
        );
    }
}
