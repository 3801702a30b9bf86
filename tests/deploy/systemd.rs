//! `deploy/systemd/error-l10n.service`, checked by systemd's own tools.
//! No systemd runs as PID 1 here, so the unit is verified and its
//! sandboxing scored offline, not started.

use std::process::Command;

use crate::tools::{program, read, run, shown, write};

const INSTALLED: &str = "ExecStart=/usr/local/bin/error-l10n serve";

/// The unit as shipped, but starting the binary under test: `verify`
/// refuses a unit whose executable does not exist.
fn unit_under_test(dir: &std::path::Path) -> std::path::PathBuf {
    let unit = read("deploy/systemd/error-l10n.service");
    assert!(
        unit.contains(INSTALLED),
        "the unit no longer says `{INSTALLED}`, which the test replaces"
    );
    let binary = env!("CARGO_BIN_EXE_error-l10n");
    write(
        dir,
        "error-l10n.service",
        &unit.replace(INSTALLED, &format!("ExecStart={binary} serve")),
    )
}

#[test]
#[cfg_attr(
    not(e2e),
    ignore = "set ERROR_L10N_E2E=1 to run the deploy checks (systemd-analyze)"
)]
fn the_unit_passes_systemd_analyze_verify() {
    let dir = tempfile::tempdir().unwrap();
    let unit = unit_under_test(dir.path());
    let analyze = program("systemd-analyze", "apt-get install systemd");
    let output = run(Command::new(&analyze).arg("verify").arg(&unit));
    // verify exits 0 with warnings; a warning about our unit is a failure.
    let stderr = String::from_utf8_lossy(&output.stderr);
    let ours: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains("error-l10n.service"))
        .collect();
    assert!(
        output.status.success() && ours.is_empty(),
        "{}",
        shown(&output)
    );
}

/// The hardening is real: systemd's own score of the sandbox, offline,
/// stays in its "OK" band (Mastodon's units score about the same).
#[test]
#[cfg_attr(
    not(e2e),
    ignore = "set ERROR_L10N_E2E=1 to run the deploy checks (systemd-analyze)"
)]
fn the_unit_is_sandboxed() {
    let dir = tempfile::tempdir().unwrap();
    let unit = unit_under_test(dir.path());
    let analyze = program("systemd-analyze", "apt-get install systemd");
    // The threshold is on systemd's 0-100 scale: 20 is an exposure of 2.0.
    let output = run(Command::new(&analyze)
        .args(["security", "--offline=true", "--threshold=20", "--no-pager"])
        .arg(&unit));
    assert!(output.status.success(), "{}", shown(&output));
    let text = String::from_utf8_lossy(&output.stdout);
    for setting in [
        "NoNewPrivileges=",
        "ProtectSystem=",
        "ProtectHome=",
        "PrivateTmp=",
        "CapabilityBoundingSet=~CAP_SYS_ADMIN",
        "RestrictAddressFamilies=~AF_PACKET",
        "SystemCallFilter=~@mount",
    ] {
        let line = text
            .lines()
            .find(|l| l.contains(setting))
            .unwrap_or_else(|| panic!("no {setting} in the report:\n{text}"));
        assert!(line.starts_with('✓'), "{setting} is not set: {line}");
    }
}

/// What the unit promises in its comments: reload is SIGHUP, settings come
/// from the environment file, the user is the one sysusers.d creates.
#[test]
fn the_unit_reloads_with_sighup_as_a_dedicated_user() {
    let unit = read("deploy/systemd/error-l10n.service");
    let sysusers = read("deploy/systemd/error-l10n.sysusers.conf");
    for line in [
        "ExecReload=/bin/kill -HUP $MAINPID",
        "EnvironmentFile=-/etc/error-l10n/error-l10n.env",
        "User=error-l10n",
        "Restart=always",
        INSTALLED,
    ] {
        assert!(unit.lines().any(|l| l == line), "the unit lacks {line}");
    }
    assert!(sysusers.lines().any(|l| l.starts_with("u error-l10n ")));
    // Every variable the environment file sets is one `serve` reads.
    let env = read("deploy/systemd/error-l10n.env");
    let cli = read("src/cli.rs");
    for line in env.lines().map(|l| l.trim_start_matches('#')) {
        if let Some((name, _)) = line
            .split_once('=')
            .filter(|(n, _)| n.starts_with("ERROR_L10N_"))
        {
            assert!(cli.contains(&format!("\"{name}\"")), "{name} is no setting");
        }
    }
}
