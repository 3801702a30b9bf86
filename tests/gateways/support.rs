//! What every gateway test needs: the switch that turns them on, free
//! loopback ports, processes that die with the test (the client and the
//! replies are `crate::http`, shared with the HTTP tests).

use std::collections::BTreeSet;
use std::fs::File;
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::http::repo_path;

/// A gateway's executable; a missing one is a failure.
pub fn program(name: &str) -> PathBuf {
    crate::program::program(name, &format!("apt-get install {name}"))
}

/// A loopback port nobody listens on. The port is released before the
/// caller binds it, so the set makes sure that tests running in parallel
/// are never given the same one.
pub fn free_port() -> u16 {
    static GIVEN: Mutex<BTreeSet<u16>> = Mutex::new(BTreeSet::new());
    loop {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
        let port = listener.local_addr().expect("a local address").port();
        if GIVEN.lock().expect("the port set").insert(port) {
            return port;
        }
    }
}

/// An example file with its placeholders replaced. Every placeholder must
/// be present: an example that drifts from the test fails loudly instead
/// of being tested with the wrong addresses.
pub fn render_example(relative: &str, replacements: &[(&str, String)]) -> String {
    let path = repo_path(relative);
    let mut text =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    for (placeholder, value) in replacements {
        assert!(
            text.contains(placeholder),
            "{relative} no longer contains `{placeholder}`, which the test replaces"
        );
        text = text.replace(placeholder, value);
    }
    text
}

/// A child process that is killed when the test ends, however it ends; its
/// output goes to a file, printed when the test fails.
pub struct Process {
    name: String,
    child: Option<Child>,
    log: PathBuf,
}

impl Process {
    pub fn spawn(name: &str, mut command: Command, log: PathBuf) -> Process {
        let out = File::create(&log).expect("a log file");
        let err = out.try_clone().expect("a second handle on the log");
        let child = command
            .stdin(Stdio::null())
            .stdout(out)
            .stderr(err)
            .spawn()
            .unwrap_or_else(|e| panic!("{name} does not start: {e}"));
        Process {
            name: name.to_owned(),
            child: Some(child),
            log,
        }
    }

    /// Waits until `port` accepts connections; panics with the log if the
    /// process exits first or takes longer than `limit`.
    pub async fn wait_for_port(&mut self, port: u16, limit: Duration) {
        let start = Instant::now();
        loop {
            if tokio::net::TcpStream::connect(("127.0.0.1", port))
                .await
                .is_ok()
            {
                return;
            }
            let child = self.child.as_mut().expect("a running process");
            if let Some(status) = child.try_wait().expect("the process's state") {
                panic!(
                    "{} exited ({status}) before listening on {port}:\n{}",
                    self.name,
                    self.log()
                );
            }
            assert!(
                start.elapsed() < limit,
                "{} does not listen on {port} after {limit:?}:\n{}",
                self.name,
                self.log()
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Stops the process at once (SIGKILL) and reaps it.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// The resident set size, from `/proc`, in KiB.
    pub fn rss_kib(&self) -> u64 {
        let pid = self.child.as_ref().expect("a running process").id();
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("/proc");
        status
            .lines()
            .find_map(|line| line.strip_prefix("VmRSS:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .expect("VmRSS in /proc/PID/status")
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        self.kill();
        if std::thread::panicking() {
            eprintln!("----- {} output -----\n{}", self.name, self.log());
        }
    }
}

#[test]
#[should_panic(expected = "is not installed")]
fn a_missing_gateway_is_a_failure() {
    program("error-l10n-no-such-gateway");
}
