//! The container image, built and run on a machine with no container
//! engine and no registry: buildah builds the Dockerfile's `scratch` stage
//! around a static binary (the build stage needs a base image, which cannot
//! be pulled here), and the image's own entrypoint and HEALTHCHECK run from
//! its mounted root file system under `chroot`, as its user, in a network
//! namespace of their own (so the image's 0.0.0.0:8080 is nobody else's).

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use crate::tools::{program, read, run, shown};

/// Where `.ci/run` builds the static binary
/// (`RUSTFLAGS='-C target-feature=+crt-static' cargo build --release
/// --target x86_64-unknown-linux-gnu`).
const STATIC_BINARY: &str = "target/x86_64-unknown-linux-gnu/release/error-l10n";
/// The line of the runtime stage that takes the binary from the build stage.
const FROM_BUILD: &str = "COPY --from=build /out/ /";

fn static_binary() -> PathBuf {
    let path = std::env::var_os("ERROR_L10N_STATIC_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| crate::http::repo_path(STATIC_BINARY));
    assert!(
        path.is_file(),
        "ERROR_L10N_E2E=1 but there is no static binary at {}: build it with \
         RUSTFLAGS='-C target-feature=+crt-static' cargo build --release --target \
         x86_64-unknown-linux-gnu (as .ci/run does), or set ERROR_L10N_STATIC_BIN",
        path.display()
    );
    path
}

/// The Dockerfile's last stage, taking the binary from the build context
/// instead of the build stage: the one line the test changes.
fn runtime_stage() -> String {
    let dockerfile = read("Dockerfile");
    let start = dockerfile
        .find("FROM scratch")
        .expect("the Dockerfile has a `FROM scratch` stage");
    let stage = &dockerfile[start..];
    assert!(
        stage.contains(FROM_BUILD),
        "the runtime stage no longer says `{FROM_BUILD}`, which the test replaces"
    );
    stage.replace(FROM_BUILD, "COPY out/ /")
}

/// buildah with a storage of the test's own (vfs: no overlay mounts needed).
struct Buildah {
    program: PathBuf,
    root: PathBuf,
}

impl Buildah {
    fn new(dir: &Path) -> Buildah {
        Buildah {
            program: program("buildah", "apt-get install buildah"),
            root: dir.to_owned(),
        }
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(&self.program);
        command
            .arg("--storage-driver")
            .arg("vfs")
            .arg("--root")
            .arg(self.root.join("storage"))
            .arg("--runroot")
            .arg(self.root.join("run"))
            .args(args);
        command
    }

    /// Runs and returns stdout; fails the test with both streams otherwise.
    fn ok(&self, args: &[&str]) -> String {
        let output = run(&mut self.command(args));
        assert!(
            output.status.success(),
            "buildah {args:?}: {}",
            shown(&output)
        );
        String::from_utf8_lossy(&output.stdout).trim().to_owned()
    }
}

impl Drop for Buildah {
    fn drop(&mut self) {
        // vfs layers are plain folders: unmount and remove what was made.
        let _ = self.command(&["umount", "--all"]).output();
        let _ = self.command(&["rm", "--all"]).output();
        let _ = self.command(&["rmi", "--all", "--force"]).output();
    }
}

/// The image's config, as buildah reads it back.
fn config(inspect: &Value) -> &Value {
    &inspect["Docker"]["config"]
}

#[test]
#[cfg_attr(
    not(e2e),
    ignore = "set ERROR_L10N_E2E=1 to build and run the container image (buildah, a static release binary)"
)]
fn the_scratch_image_builds_and_its_entrypoint_answers_readyz() {
    let binary = static_binary();
    let dir = tempfile::tempdir().unwrap();
    let context = dir.path().join("context");
    std::fs::create_dir_all(context.join("out")).unwrap();
    std::fs::copy(&binary, context.join("out/error-l10n")).unwrap();
    std::fs::write(context.join("Containerfile"), runtime_stage()).unwrap();
    let buildah = Buildah::new(dir.path());
    let context_arg = context.to_str().unwrap();
    let file_arg = format!("{context_arg}/Containerfile");
    buildah.ok(&[
        "bud",
        "--isolation",
        "chroot",
        "--format",
        "docker",
        "--build-arg",
        "VERSION=test",
        "-t",
        "localhost/error-l10n:test",
        "-f",
        &file_arg,
        context_arg,
    ]);

    // What the Dockerfile promises is in the image's config.
    let inspect: Value = serde_json::from_str(&buildah.ok(&[
        "inspect",
        "--type",
        "image",
        "localhost/error-l10n:test",
    ]))
    .unwrap();
    let config = config(&inspect);
    assert_eq!(config["User"], "65532:65532", "non-root");
    assert_eq!(config["Entrypoint"], serde_json::json!(["/error-l10n"]));
    assert_eq!(config["Cmd"], serde_json::json!(["serve"]));
    let env: Vec<String> = serde_json::from_value(config["Env"].clone()).unwrap();
    assert!(
        env.contains(&"ERROR_L10N_BIND=0.0.0.0:8080".to_owned()),
        "{env:?}"
    );
    let labels = &config["Labels"];
    assert_eq!(labels["org.opencontainers.image.title"], "error-l10n");
    assert_eq!(labels["org.opencontainers.image.version"], "test");
    assert_eq!(
        labels["org.opencontainers.image.licenses"],
        "AGPL-3.0-or-later"
    );
    let health: Vec<String> = serde_json::from_value(config["Healthcheck"]["Test"].clone())
        .unwrap_or_else(|_| panic!("no HEALTHCHECK in {config}"));
    assert_eq!(health[0], "CMD", "{health:?}");
    let health_command = &health[1..];

    // The image's root file system: the binary and nothing else.
    let container = buildah.ok(&[
        "from",
        "--name",
        "error-l10n-test",
        "localhost/error-l10n:test",
    ]);
    let root = PathBuf::from(buildah.ok(&["mount", &container]));
    let files: Vec<String> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| !matches!(name.as_str(), "dev" | "proc" | "sys" | "etc" | "run"))
        .collect();
    assert_eq!(files, ["error-l10n"], "the image holds the binary only");

    // The entrypoint with the image's environment, as its user, in a
    // network namespace of its own; then the HEALTHCHECK's own command, in
    // the same namespace and root, until it passes; then, the server
    // stopped, the same command must fail.
    let quote = |words: &[String]| {
        words
            .iter()
            .map(|w| format!("'{}'", w.replace('\'', r"'\''")))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let entrypoint: Vec<String> = ["/error-l10n", "serve"].map(str::to_owned).to_vec();
    let env_words: Vec<String> = env.clone();
    let user = config["User"].as_str().unwrap();
    let in_image = format!(
        "env -i {env} chroot --userspec={user} {root}",
        env = quote(&env_words),
        root = quote(&[root.to_string_lossy().into_owned()]),
    );
    let script = format!(
        r#"set -u
ip link set lo up
{in_image} {entrypoint} 2>serve.log &
server=$!
ready=1
for _ in $(seq 1 100); do
    if {in_image} {health} >health.log 2>&1; then ready=0; break; fi
    sleep 0.1
done
{in_image} /error-l10n healthcheck http://127.0.0.1:8080/v1/locales --timeout 2 >locales.log 2>&1
locales=$?
kill -TERM $server; wait $server
served=$?
{in_image} {health} >after.log 2>&1
after=$?
echo "ready=$ready locales=$locales served=$served after=$after"
"#,
        entrypoint = quote(&entrypoint),
        health = quote(health_command),
    );
    let output = run(
        Command::new(program("unshare", "apt-get install util-linux"))
            .args(["--net", "--", "sh", "-c", &script])
            .current_dir(dir.path()),
    );
    let logs = ["serve.log", "health.log", "locales.log", "after.log"]
        .map(|name| {
            let text = std::fs::read_to_string(dir.path().join(name)).unwrap_or_default();
            format!("--- {name}\n{text}")
        })
        .join("\n");
    let summary = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        summary.trim(),
        "ready=0 locales=0 served=0 after=1",
        "{}\n{logs}",
        shown(&output)
    );
    let health_log = std::fs::read_to_string(dir.path().join("health.log")).unwrap();
    assert!(
        health_log.starts_with("ready: http://127.0.0.1:8080/readyz answered HTTP/1.1 200 OK"),
        "{health_log}"
    );
    let after = std::fs::read_to_string(dir.path().join("after.log")).unwrap();
    assert!(after.contains("cannot connect"), "{after}");
}
