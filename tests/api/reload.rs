//! Hot reload: `POST /admin/reload`, `--watch`, and what requests see while
//! catalogs are swapped under them.

use std::path::Path;
use std::sync::Arc;

use ::reqwest::Method;
use error_l10n::catalog::{Catalog, LocaleFiles};
use error_l10n::compiled::Compiled;
use error_l10n::reload::Source;

use crate::helpers::{repo_path, spawn_app_with, TestApp};

const GERMAN: &str = "record-not-found = Datensatz nicht gefunden\n";

/// A folder with the shipped `en` and a `de` of the given errors.ftl.
fn folder(de_errors: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let en = dir.path().join("en");
    std::fs::create_dir(&en).unwrap();
    for entry in std::fs::read_dir(repo_path("locales/en")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, en.join(path.file_name().unwrap())).unwrap();
    }
    std::fs::create_dir(dir.path().join("de")).unwrap();
    std::fs::write(dir.path().join("de/errors.ftl"), de_errors).unwrap();
    dir
}

async fn serve_folder(dir: &Path) -> TestApp {
    let catalog = Catalog::load(LocaleFiles::read_dir(dir).unwrap(), "en").unwrap();
    let source = Source::Folder {
        dir: dir.to_owned(),
        default_locale: "en".into(),
        pseudo_locales: false,
    };
    spawn_app_with(|s| {
        s.compiled = Arc::new(Compiled::new(catalog));
        s.source = source;
    })
    .await
}

async fn reload(app: &TestApp) -> crate::helpers::Reply {
    app.request(Method::POST, "/admin/reload", &[], None).await
}

#[tokio::test]
async fn a_reload_is_served_by_the_next_request_on_every_route() {
    let dir = folder(GERMAN);
    let app = serve_folder(dir.path()).await;
    let de = [("Accept-Language", "de")];
    let before = app.get_with("/v1/errors/record-not-found", &de).await;
    assert_eq!(before.error("before"), "Datensatz nicht gefunden");

    std::fs::write(
        dir.path().join("de/errors.ftl"),
        "record-not-found = Nichts da\n",
    )
    .unwrap();
    let reply = reload(&app).await;
    assert_eq!(reply.status, 200, "{}", reply.text());
    let answer = reply.json("reload");
    assert_eq!(answer["status"], "reloaded");
    assert!(answer["generation"].as_u64().is_some(), "{answer}");
    assert_eq!(answer["locales"], 2);

    for path in ["/v1/errors/record-not-found", "/v1/status/404"] {
        let reply = app.get_with(path, &de).await;
        reply.assert_rendered(path, 404, "record-not-found", "de");
        assert_eq!(reply.error(path), "Nichts da", "{path}");
    }
    let translated = app
        .request(
            Method::POST,
            "/v1/translate?status=404",
            &de,
            Some(r#"{"error":"Record not found"}"#),
        )
        .await;
    assert_eq!(translated.text(), r#"{"error":"Nichts da"}"#);
}

#[tokio::test]
async fn a_broken_catalog_is_refused_and_the_old_one_serves() {
    let dir = folder(GERMAN);
    let app = serve_folder(dir.path()).await;
    std::fs::write(
        dir.path().join("de/errors.ftl"),
        "record-not-found = Kaputt\n= oops\n",
    )
    .unwrap();
    let reply = reload(&app).await;
    reply.assert_fault("broken reload", 422);
    let problem = reply.json("broken reload");
    let errors = problem["errors"].as_array().expect("the errors, listed");
    assert!(
        errors.iter().any(|e| e
            .as_str()
            .unwrap()
            .contains("de/errors.ftl:2:1: error: de:")),
        "{problem}"
    );
    let still = app
        .get_with("/v1/errors/record-not-found", &[("Accept-Language", "de")])
        .await;
    assert_eq!(still.error("after"), "Datensatz nicht gefunden");
    let metrics = app.get("/metrics").await.text().to_owned();
    assert!(
        metrics.contains("error_l10n_reloads_total{result=\"failed\"} 1"),
        "{metrics}"
    );
}

/// Requests running through 20 reloads each get one catalog's answer: the
/// German text with `Content-Language: de`, or (the message removed) the
/// English one with `en`, never one with the other's label.
#[tokio::test]
async fn requests_during_reloads_see_one_catalog_each() {
    let dir = folder(GERMAN);
    let app = Arc::new(serve_folder(dir.path()).await);
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut clients = Vec::new();
    for _ in 0..4 {
        let (app, stop) = (app.clone(), stop.clone());
        clients.push(tokio::spawn(async move {
            let mut answers = 0;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let reply = app
                    .get_with("/v1/status/404", &[("Accept-Language", "de")])
                    .await;
                assert_eq!(reply.status, 404, "{}", reply.text());
                let pair = (reply.header("content-language"), reply.error("during"));
                assert!(
                    matches!(
                        (pair.0, pair.1.as_str()),
                        (Some("de"), "Datensatz nicht gefunden") | (Some("en"), "Record not found")
                    ),
                    "a mixed answer: {pair:?}"
                );
                answers += 1;
            }
            answers
        }));
    }
    for n in 0..20 {
        let text = if n % 2 == 0 {
            "not-permitted = Nicht erlaubt\n"
        } else {
            GERMAN
        };
        std::fs::write(dir.path().join("de/errors.ftl"), text).unwrap();
        let reply = reload(&app).await;
        assert_eq!(reply.status, 200, "reload {n}: {}", reply.text());
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let mut total = 0;
    for client in clients {
        total += client.await.expect("no client failed");
    }
    assert!(total > 20, "requests ran during the reloads: {total}");
}

#[tokio::test]
async fn the_embedded_catalog_has_nothing_to_reload() {
    let app = spawn_app_with(|_| {}).await;
    let reply = reload(&app).await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.json("embedded")["status"], "unchanged");
}

/// `serve --watch`: an edited file, and a ConfigMap-style swap of the
/// `..data` symlink, are each served within a few seconds.
#[test]
fn watch_sees_an_edit_and_a_configmap_swap() {
    use std::os::unix::fs::symlink;
    let root = tempfile::tempdir().unwrap();
    // The kubelet's layout: `..data` → a timestamped folder; each locale a
    // symlink through `..data`.
    let first = folder(GERMAN);
    let version = |name: &str, from: &Path| {
        let to = root.path().join(name);
        for tag in ["en", "de"] {
            std::fs::create_dir_all(to.join(tag)).unwrap();
            for entry in std::fs::read_dir(from.join(tag)).unwrap() {
                let path = entry.unwrap().path();
                std::fs::copy(&path, to.join(tag).join(path.file_name().unwrap())).unwrap();
            }
        }
    };
    version("..2026_11_30_a", first.path());
    symlink("..2026_11_30_a", root.path().join("..data")).unwrap();
    for tag in ["en", "de"] {
        symlink(format!("..data/{tag}"), root.path().join(tag)).unwrap();
    }
    let bind = crate::http::free_address();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_error-l10n"))
        .args(["serve", "--bind", &bind, "--watch", "--locales"])
        .arg(root.path())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let text = || -> Option<String> { crate::cli::raw_get(&bind, "/v1/status/404?locale=de") };
    let wait_for = |expected: &str| {
        let started = std::time::Instant::now();
        loop {
            if text().as_deref().is_some_and(|t| t.contains(expected)) {
                return;
            }
            assert!(
                started.elapsed() < std::time::Duration::from_secs(15),
                "never served {expected:?}; last: {:?}",
                text()
            );
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    };
    wait_for("Datensatz nicht gefunden");
    // An edit in place.
    std::fs::write(
        root.path().join("..2026_11_30_a/de/errors.ftl"),
        "record-not-found = Bearbeitet\n",
    )
    .unwrap();
    wait_for("Bearbeitet");
    // The ConfigMap update: a new folder, then `..data` swapped atomically.
    let second = folder("record-not-found = Neue Fassung\n");
    version("..2026_11_30_b", second.path());
    symlink("..2026_11_30_b", root.path().join("..data_tmp")).unwrap();
    std::fs::rename(root.path().join("..data_tmp"), root.path().join("..data")).unwrap();
    wait_for("Neue Fassung");
    child.kill().unwrap();
    let _ = child.wait();
}
