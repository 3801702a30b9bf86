//! The binary under test, serving on a free loopback port until dropped.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct Served {
    child: Child,
    pub bind: String,
    /// Its stderr, shown when it does not get ready.
    log: tempfile::NamedTempFile,
}

impl Served {
    /// `error-l10n serve` with these flags, once `error-l10n healthcheck`
    /// says it is ready.
    pub fn start(extra: &[&str]) -> Served {
        let bind = crate::http::free_address();
        let mut command = Command::new(env!("CARGO_BIN_EXE_error-l10n"));
        command
            .args(["serve", "--bind", &bind])
            .args(extra)
            .env_remove("ERROR_L10N_LOCALES");
        Served::spawn(command, &bind)
    }

    /// A `serve` command that listens on `bind`, once it is ready.
    pub fn spawn(mut command: Command, bind: &str) -> Served {
        let log = tempfile::NamedTempFile::new().expect("a log file");
        let child = command
            .stdout(Stdio::null())
            .stderr(log.reopen().expect("the log file"))
            .spawn()
            .expect("the binary starts");
        let served = Served {
            child,
            bind: bind.to_owned(),
            log,
        };
        served.wait_ready(env!("CARGO_BIN_EXE_error-l10n"), &[]);
        served
    }

    /// Polls `<program> healthcheck` (with `prefix` arguments before it,
    /// e.g. a chroot) until it exits 0.
    pub fn wait_ready(&self, program: &str, prefix: &[&str]) {
        let url = format!("http://{}/readyz", self.bind);
        let started = Instant::now();
        loop {
            let mut command = match prefix.split_first() {
                Some((first, rest)) => {
                    let mut command = Command::new(first);
                    command.args(rest).arg(program);
                    command
                }
                None => Command::new(program),
            };
            let out = command
                .args(["healthcheck", &url, "--timeout", "1"])
                .output()
                .expect("the healthcheck runs");
            if out.status.success() {
                return;
            }
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "not ready after 20 s: {}\n--- its log\n{}",
                String::from_utf8_lossy(&out.stderr),
                std::fs::read_to_string(self.log.path()).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.bind)
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
