//! Building the server: it binds its own listener, so a test can ask for
//! port 0 and learn the port the system gave.

use std::net::{SocketAddr, TcpListener};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use actix_web::dev::Service;
use actix_web::dev::{Server, ServerHandle};
use actix_web::http::header::HeaderName;
use actix_web::{web, App, HttpServer};

use crate::compiled::Compiled;
use crate::metrics::{Metrics, Route};
use crate::reload::{self, Catalogs, Source};
use crate::routes::{self, State};

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// Everything `serve` needs, validated.
pub struct Settings {
    pub bind: String,
    pub compiled: Arc<Compiled>,
    pub oauth_strict: bool,
    /// The largest body `POST /v1/translate` reads, in bytes.
    pub body_limit: usize,
    /// Worker threads; actix's default (one per core) when `None`.
    pub workers: Option<usize>,
    pub shutdown: Shutdown,
    /// Where the catalog was read from, to reload it.
    pub source: Source,
    /// With a folder source: poll it this often and reload on a change.
    pub watch: Option<Duration>,
    /// Lets non-loopback peers use `/admin/*` (`ERROR_L10N_ADMIN_TOKEN`).
    pub admin_token: Option<String>,
}

impl Settings {
    /// The defaults of `serve`, with this catalog, on this address.
    pub fn new(bind: impl Into<String>, compiled: Arc<Compiled>) -> Settings {
        Settings {
            bind: bind.into(),
            compiled,
            oauth_strict: false,
            body_limit: crate::translate::DEFAULT_BODY_LIMIT,
            workers: None,
            shutdown: Shutdown::default(),
            source: Source::Embedded,
            watch: None,
            admin_token: None,
        }
    }
}

/// How a signal stops the server, the way Kubernetes rolls pods.
#[derive(Debug, Clone, Copy)]
pub struct Shutdown {
    /// How long `/readyz` answers 503 while the listener still serves, so
    /// that a load balancer's probe sees it and stops sending.
    pub delay: Duration,
    /// How long requests in flight may take to finish once the listener
    /// stops accepting; then the process exits regardless.
    pub grace: Duration,
}

impl Default for Shutdown {
    fn default() -> Shutdown {
        Shutdown {
            delay: Duration::ZERO,
            grace: Duration::from_secs(30),
        }
    }
}

pub struct Application {
    server: Server,
    local_addr: SocketAddr,
    catalogs: Arc<Catalogs>,
    draining: Arc<AtomicBool>,
    shutdown: Shutdown,
}

impl Application {
    pub fn build(settings: Settings) -> std::io::Result<Application> {
        let listener = TcpListener::bind(&settings.bind)?;
        let local_addr = listener.local_addr()?;
        let draining = Arc::new(AtomicBool::new(false));
        let catalogs = Arc::new(Catalogs::new(settings.compiled, settings.source));
        if !local_addr.ip().is_loopback() && settings.admin_token.is_none() {
            tracing::warn!(
                address = %local_addr,
                "listening beyond loopback without ERROR_L10N_ADMIN_TOKEN: /admin/* answers loopback peers only"
            );
        }
        if let Some(interval) = settings.watch {
            reload::watch(catalogs.clone(), interval);
        }
        let metrics = Arc::new(Metrics::default());
        let state = web::Data::new(State {
            metrics: metrics.clone(),
            catalogs: catalogs.clone(),
            admin_token: settings.admin_token,
            oauth_strict: settings.oauth_strict,
            body_limit: settings.body_limit,
            draining: draining.clone(),
        });
        let mut server = HttpServer::new(move || {
            let metrics = metrics.clone();
            App::new()
                // Counts every answer by route pattern and status, with its
                // latency: atomics only, and the future stays unboxed.
                // An `X-Request-Id` is echoed back and named in the log.
                .wrap_fn(move |req, service| {
                    let route = Route::of(req.path());
                    let started = Instant::now();
                    let request_id = req.headers().get(REQUEST_ID).cloned();
                    let method = req.method().clone();
                    let answer = service.call(req);
                    let metrics = metrics.clone();
                    async move {
                        let mut answer = answer.await?;
                        let took = started.elapsed();
                        let status = answer.status().as_u16();
                        metrics.request(route, status, took);
                        tracing::debug!(
                            %method,
                            route = route.pattern(),
                            status,
                            micros = took.as_micros() as u64,
                            request_id = request_id.as_ref().and_then(|v| v.to_str().ok()),
                            "request"
                        );
                        if let Some(id) = request_id {
                            answer.headers_mut().insert(REQUEST_ID, id);
                        }
                        Ok(answer)
                    }
                })
                .configure(routes::configure(state.clone()))
        })
        // Signals are ours (see `shutdown_on_signal`): `/readyz` must
        // turn 503 before the drain starts.
        .disable_signals()
        .shutdown_timeout(settings.shutdown.grace.as_secs().max(1));
        if let Some(workers) = settings.workers {
            server = server.workers(workers);
        }
        let server = server.listen(listener)?.run();
        Ok(Application {
            server,
            local_addr,
            catalogs,
            draining,
            shutdown: settings.shutdown,
        })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.local_addr
    }

    pub fn handle(&self) -> ServerHandle {
        self.server.handle()
    }

    /// On SIGTERM or SIGINT: `/readyz` answers 503 at once while the
    /// listener keeps serving for the shutdown delay; then the listener
    /// stops accepting and requests in flight have the grace period to
    /// finish. A second signal exits at once. The handlers are installed
    /// before this returns, so a signal right after start-up is not lost to
    /// the default action. Call it inside the runtime.
    pub fn shutdown_on_signal(&self) -> std::io::Result<()> {
        let handle = self.handle();
        let draining = self.draining.clone();
        let Shutdown { delay, grace } = self.shutdown;
        let mut signals = Signals::new()?;
        actix_web::rt::spawn(async move {
            signals.next().await;
            tracing::info!(
                delay_ms = delay.as_millis() as u64,
                "shutting down: /readyz answers 503, still serving until the delay ends"
            );
            draining.store(true, Ordering::Relaxed);
            tokio::select! {
                _ = tokio::time::sleep(delay) => {}
                _ = signals.next() => exit_now(),
            }
            tracing::info!(
                grace_ms = grace.as_millis() as u64,
                "shutting down: no longer accepting; draining requests in flight"
            );
            tokio::select! {
                _ = handle.stop(true) => {}
                _ = signals.next() => exit_now(),
            }
        });
        Ok(())
    }

    /// The catalog serving, and its reloads.
    pub fn catalogs(&self) -> Arc<Catalogs> {
        self.catalogs.clone()
    }

    /// On SIGHUP, reload the catalog (a no-op, logged, for the embedded
    /// one). Call it inside the runtime.
    pub fn reload_on_sighup(&self) -> std::io::Result<()> {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{signal, SignalKind};
            let mut hangup = signal(SignalKind::hangup())?;
            let catalogs = self.catalogs.clone();
            actix_web::rt::spawn(async move {
                while hangup.recv().await.is_some() {
                    tracing::info!("SIGHUP: reloading the catalog");
                    let catalogs = catalogs.clone();
                    let outcome =
                        actix_web::rt::task::spawn_blocking(move || catalogs.reload()).await;
                    if let Ok(Ok(reload::Reloaded::Embedded)) = outcome {
                        tracing::info!("the catalog is the embedded one: nothing to reload");
                    }
                }
            });
        }
        Ok(())
    }

    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}

fn exit_now() {
    tracing::warn!("a second signal: exiting at once");
    std::process::exit(1);
}

/// SIGTERM and SIGINT, each time either arrives; the handlers are
/// registered when this is made.
struct Signals {
    #[cfg(unix)]
    term: tokio::signal::unix::Signal,
    #[cfg(unix)]
    int: tokio::signal::unix::Signal,
}

impl Signals {
    #[cfg(unix)]
    fn new() -> std::io::Result<Signals> {
        use tokio::signal::unix::{signal, SignalKind};
        Ok(Signals {
            term: signal(SignalKind::terminate())?,
            int: signal(SignalKind::interrupt())?,
        })
    }

    #[cfg(unix)]
    async fn next(&mut self) {
        tokio::select! {
            _ = self.term.recv() => {}
            _ = self.int.recv() => {}
        }
    }

    #[cfg(not(unix))]
    fn new() -> std::io::Result<Signals> {
        Ok(Signals {})
    }

    #[cfg(not(unix))]
    async fn next(&mut self) {
        let _ = tokio::signal::ctrl_c().await;
    }
}
