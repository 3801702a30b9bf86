//! One test's world: the mock upstream, the sidecar, the real gateway with
//! the example's configuration, and a reference sidecar in-process that
//! says what the client should get.

use std::net::TcpListener;
use std::process::Command;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use error_l10n::compiled::Compiled;
use error_l10n::startup::{Application, Settings};
use reqwest::Method;
use tempfile::TempDir;

use crate::http::{self, repo_path, send, Reply};
use crate::support::{self, free_port, render_example, Process};
use crate::upstream::Upstream;

/// The statuses the nginx example's `error_page` lists.
pub const NGINX_STATUSES: [u16; 14] = [
    400, 401, 403, 404, 406, 409, 410, 413, 422, 429, 500, 502, 503, 504,
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Nginx,
    Haproxy,
    Caddy,
    /// `examples/nginx-lua`: body-aware, with Debian's lua-nginx-module.
    NginxLua,
    /// `examples/nginx-proxy`: error-l10n in proxy mode, Mastodon the backup.
    NginxProxy,
    /// `examples/caddy-proxy`: the same with Caddy's `lb_policy first`.
    CaddyProxy,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Nginx => "nginx",
            Kind::Haproxy => "haproxy",
            Kind::Caddy => "caddy",
            Kind::NginxLua => "nginx-lua",
            Kind::NginxProxy => "nginx-proxy",
            Kind::CaddyProxy => "caddy-proxy",
        }
    }

    /// The sidecar runs in proxy mode, between the gateway and Mastodon.
    pub fn proxy_mode(self) -> bool {
        matches!(self, Kind::NginxProxy | Kind::CaddyProxy)
    }

    /// A status-only gateway asks `/v1/status/{code}`; the others send the
    /// body to `/v1/translate`.
    pub fn status_only(self) -> bool {
        matches!(self, Kind::Nginx | Kind::Caddy)
    }

    /// Whether the recipe sends this error to the sidecar at all.
    pub fn intercepts(self, path: &str, status: u16) -> bool {
        let api = path.starts_with("/api/");
        match self {
            Kind::Nginx => api && NGINX_STATUSES.contains(&status),
            Kind::Caddy => api && (400..600).contains(&status),
            Kind::Haproxy => status >= 400,
            Kind::NginxLua => {
                (api || path == "/oauth/token" || path == "/oauth/revoke") && status >= 400
            }
            Kind::NginxProxy | Kind::CaddyProxy => {
                (api || path.starts_with("/oauth/")) && status >= 400
            }
        }
    }
}

/// What the gateway finds where its configuration puts the sidecar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sidecar {
    /// The `error-l10n` binary, which a test may stop.
    Running,
    /// A port that accepts connections and never answers.
    Hung,
}

pub struct Stack {
    pub kind: Kind,
    pub upstream: Upstream,
    client: reqwest::Client,
    /// `http://127.0.0.1:PORT` of the gateway.
    gateway_url: String,
    /// The reference sidecar, never stopped.
    oracle_url: String,
    _gateway: Process,
    sidecar: Option<Process>,
    _hung: Option<TcpListener>,
    // Last: the processes above are gone before their folder is.
    _dir: TempDir,
}

impl Stack {
    pub async fn start(kind: Kind, mode: Sidecar) -> Stack {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let upstream = Upstream::start().await;
        let oracle_url = oracle().await;

        let sidecar_port = free_port();
        let (sidecar, hung) = match mode {
            Sidecar::Running => {
                let upstream = kind.proxy_mode().then_some(upstream.address.as_str());
                (
                    Some(start_sidecar(&dir, sidecar_port, upstream).await),
                    None,
                )
            }
            Sidecar::Hung => {
                // Bound, never accepted: the kernel completes the handshake
                // and the request waits forever.
                let listener = TcpListener::bind(("127.0.0.1", sidecar_port))
                    .expect("the hung sidecar's port");
                (None, Some(listener))
            }
        };

        let port = free_port();
        let addresses = Addresses {
            listen: port,
            upstream: upstream.address.clone(),
            sidecar: format!("127.0.0.1:{sidecar_port}"),
        };
        let mut gateway = match kind {
            Kind::Nginx => nginx(&dir, &addresses),
            Kind::Haproxy => haproxy(&dir, &addresses),
            Kind::Caddy => caddy(&dir, &addresses),
            Kind::NginxLua => nginx_lua(&dir, &addresses),
            Kind::NginxProxy => nginx_proxy(&dir, &addresses),
            Kind::CaddyProxy => caddy_proxy(&dir, &addresses),
        };
        gateway.wait_for_port(port, Duration::from_secs(15)).await;

        Stack {
            kind,
            upstream,
            client: http::client(Duration::from_secs(10)),
            gateway_url: format!("http://127.0.0.1:{port}"),
            oracle_url,
            _gateway: gateway,
            sidecar,
            _hung: hung,
            _dir: dir,
        }
    }

    /// Stops the sidecar at once, as a crash would.
    pub fn stop_sidecar(&mut self) {
        self.sidecar
            .as_mut()
            .expect("a running sidecar to stop")
            .kill();
    }

    /// `http://127.0.0.1:PORT` of the gateway.
    pub fn gateway_url(&self) -> &str {
        &self.gateway_url
    }

    /// The sidecar's resident memory, in KiB.
    pub fn sidecar_rss_kib(&self) -> u64 {
        self.sidecar.as_ref().expect("a running sidecar").rss_kib()
    }

    /// A request to the gateway, as a client sends it.
    pub async fn request(
        &self,
        method: Method,
        path: &str,
        headers: &[(&str, &str)],
        body: Option<&str>,
    ) -> Reply {
        let url = format!("{}{}", self.gateway_url, path);
        send(&self.client, method, &url, headers, body).await
    }

    /// What the reference sidecar answers to what this gateway would ask
    /// for `status` and the upstream's `body`; `None` when the sidecar would
    /// leave the body alone (a passthrough).
    pub async fn oracle(&self, status: u16, body: &str, headers: &[(&str, &str)]) -> Option<Reply> {
        let reply = if self.kind.status_only() {
            let url = format!("{}/v1/status/{status}", self.oracle_url);
            send(&self.client, Method::GET, &url, headers, None).await
        } else {
            let url = format!("{}/v1/translate?status={status}", self.oracle_url);
            send(&self.client, Method::POST, &url, headers, Some(body)).await
        };
        (reply.header_joined("error-l10n-result").as_deref() == Some("rendered")).then_some(reply)
    }
}

struct Addresses {
    listen: u16,
    upstream: String,
    sidecar: String,
}

/// The reference: the library itself on port 0.
async fn oracle() -> String {
    static COMPILED: OnceLock<Arc<Compiled>> = OnceLock::new();
    let compiled = COMPILED
        .get_or_init(|| Arc::new(Compiled::embedded()))
        .clone();
    let app = Application::build(Settings {
        workers: Some(1),
        ..Settings::new("127.0.0.1:0", compiled)
    })
    .expect("the reference sidecar builds");
    let url = format!("http://{}", app.local_addr());
    tokio::spawn(app.run_until_stopped());
    url
}

/// The built binary, as an operator runs it; a test can kill it. With an
/// upstream, in proxy mode: `port` is then the proxy's, and the query API
/// takes a port of its own.
async fn start_sidecar(dir: &TempDir, port: u16, upstream: Option<&str>) -> Process {
    let mut command = Command::new(env!("CARGO_BIN_EXE_error-l10n"));
    command.args(["serve", "--workers", "1"]);
    match upstream {
        None => command.args(["--bind", &format!("127.0.0.1:{port}")]),
        Some(upstream) => command.args([
            "--bind",
            &format!("127.0.0.1:{}", free_port()),
            "--upstream",
            &format!("http://{upstream}"),
            "--proxy-bind",
            &format!("127.0.0.1:{port}"),
        ]),
    };
    // The developer's own settings must not change what is tested.
    for (name, _) in std::env::vars() {
        if name.starts_with("ERROR_L10N_") {
            command.env_remove(name);
        }
    }
    let mut process = Process::spawn("error-l10n", command, dir.path().join("sidecar.log"));
    process.wait_for_port(port, Duration::from_secs(10)).await;
    process
}

fn nginx(dir: &TempDir, at: &Addresses) -> Process {
    nginx_with(
        "examples/nginx/error-l10n.conf",
        "127.0.0.1:8080",
        "",
        dir,
        at,
    )
}

fn nginx_proxy(dir: &TempDir, at: &Addresses) -> Process {
    nginx_with(
        "examples/nginx-proxy/error-l10n.conf",
        "127.0.0.1:8081",
        "",
        dir,
        at,
    )
}

/// Debian's `libnginx-mod-http-lua`, loaded as its package's
/// modules-enabled files would.
fn nginx_lua(dir: &TempDir, at: &Addresses) -> Process {
    let modules = "load_module /usr/lib/nginx/modules/ndk_http_module.so;\n\
                   load_module /usr/lib/nginx/modules/ngx_http_lua_module.so;\n";
    nginx_with(
        "examples/nginx-lua/error-l10n.conf",
        "127.0.0.1:8080",
        modules,
        dir,
        at,
    )
}

/// nginx with an example whose sidecar is at `sidecar` (the query API's
/// address, or the proxy's), and `modules` loaded first.
fn nginx_with(
    example: &str,
    sidecar: &str,
    modules: &str,
    dir: &TempDir,
    at: &Addresses,
) -> Process {
    let d = dir.path().display();
    let site = render_example(
        example,
        &[
            ("listen 80;", format!("listen 127.0.0.1:{};", at.listen)),
            ("127.0.0.1:3000", at.upstream.clone()),
            (sidecar, at.sidecar.clone()),
        ],
    );
    std::fs::write(dir.path().join("error-l10n.conf"), site).expect("the site file");
    // The example is a server block for the http context, as in conf.d/.
    // One process (no master): killing it leaves no orphaned worker, and
    // every path points into the test's folder, away from a system nginx.
    let main = format!(
        "{modules}\
         daemon off;\n\
         master_process off;\n\
         pid {d}/nginx.pid;\n\
         error_log stderr notice;\n\
         events {{ worker_connections 256; }}\n\
         http {{\n\
         \x20   access_log off;\n\
         \x20   client_body_temp_path {d}/client_body;\n\
         \x20   proxy_temp_path {d}/proxy;\n\
         \x20   fastcgi_temp_path {d}/fastcgi;\n\
         \x20   uwsgi_temp_path {d}/uwsgi;\n\
         \x20   scgi_temp_path {d}/scgi;\n\
         \x20   include {d}/error-l10n.conf;\n\
         }}\n"
    );
    let conf = dir.path().join("nginx.conf");
    std::fs::write(&conf, main).expect("nginx.conf");
    let mut command = Command::new(support::program("nginx"));
    command
        .arg("-e")
        .arg("stderr")
        .arg("-p")
        .arg(dir.path())
        .arg("-c")
        .arg(&conf);
    Process::spawn("nginx", command, dir.path().join("nginx.log"))
}

fn haproxy(dir: &TempDir, at: &Addresses) -> Process {
    // The example's own Lua file, copied next to the configuration.
    let lua = dir.path().join("error-l10n.lua");
    std::fs::copy(repo_path("examples/haproxy/error-l10n.lua"), &lua)
        .expect("error-l10n.lua copies");
    let cfg = render_example(
        "examples/haproxy/haproxy.cfg",
        &[
            ("bind :80", format!("bind 127.0.0.1:{}", at.listen)),
            ("127.0.0.1:3000", at.upstream.clone()),
            ("127.0.0.1:8080", at.sidecar.clone()),
            ("/etc/haproxy/error-l10n.lua", lua.display().to_string()),
        ],
    );
    let path = dir.path().join("haproxy.cfg");
    std::fs::write(&path, cfg).expect("haproxy.cfg");
    let mut command = Command::new(support::program("haproxy"));
    // Foreground, one process, warnings on stderr.
    command.arg("-db").arg("-f").arg(&path);
    Process::spawn("haproxy", command, dir.path().join("haproxy.log"))
}

fn caddy(dir: &TempDir, at: &Addresses) -> Process {
    caddy_with("examples/caddy/Caddyfile", "127.0.0.1:8080", dir, at)
}

fn caddy_proxy(dir: &TempDir, at: &Addresses) -> Process {
    caddy_with("examples/caddy-proxy/Caddyfile", "127.0.0.1:8081", dir, at)
}

fn caddy_with(example: &str, sidecar: &str, dir: &TempDir, at: &Addresses) -> Process {
    let site = render_example(
        example,
        &[
            (
                "social.example.com",
                format!("http://127.0.0.1:{}", at.listen),
            ),
            ("127.0.0.1:3000", at.upstream.clone()),
            (sidecar, at.sidecar.clone()),
        ],
    );
    // No admin endpoint (its fixed port would collide between tests), no
    // certificates.
    let caddyfile = format!("{{\n\tadmin off\n\tauto_https off\n}}\n\n{site}");
    let path = dir.path().join("Caddyfile");
    std::fs::write(&path, caddyfile).expect("the Caddyfile");
    let mut command = Command::new(support::program("caddy"));
    command
        .args(["run", "--adapter", "caddyfile", "--config"])
        .arg(&path)
        // Caddy's autosave and storage go to the test's folder.
        .env("HOME", dir.path())
        .env("XDG_CONFIG_HOME", dir.path().join("config"))
        .env("XDG_DATA_HOME", dir.path().join("data"));
    Process::spawn("caddy", command, dir.path().join("caddy.log"))
}
