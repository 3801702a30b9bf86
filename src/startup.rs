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
use crate::limits;
use crate::metrics::{Metrics, Route};
use crate::proxy::ProxySettings;
use crate::proxy_server::{self, ProxyHandle, ProxyServer};
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
    /// How long a request head may take (then an empty 408); not a flag:
    /// actix's 5 s is the documented figure, tests shorten it.
    pub head_timeout: Duration,
    /// How long a request body may take, from the end of its head; then 408
    /// and the connection closes.
    pub body_timeout: Duration,
    /// The most connections open at once, over every worker; beyond it new
    /// connections wait in the listen queue.
    pub max_connections: usize,
    /// Worker threads; actix's default (one per core) when `None`.
    pub workers: Option<usize>,
    pub shutdown: Shutdown,
    /// Where the catalog was read from, to reload it.
    pub source: Source,
    /// With a folder source: poll it this often and reload on a change.
    pub watch: Option<Duration>,
    /// Lets non-loopback peers use `/admin/*` (`ERROR_L10N_ADMIN_TOKEN`).
    pub admin_token: Option<String>,
    /// Proxy mode: a second listener forwarding to the upstream.
    pub proxy: Option<ProxySettings>,
}

impl Settings {
    /// The defaults of `serve`, with this catalog, on this address.
    pub fn new(bind: impl Into<String>, compiled: Arc<Compiled>) -> Settings {
        Settings {
            bind: bind.into(),
            compiled,
            oauth_strict: false,
            body_limit: crate::translate::DEFAULT_BODY_LIMIT,
            head_timeout: limits::HEAD_TIMEOUT,
            body_timeout: limits::DEFAULT_BODY_TIMEOUT,
            max_connections: limits::DEFAULT_MAX_CONNECTIONS,
            workers: None,
            shutdown: Shutdown::default(),
            source: Source::Embedded,
            watch: None,
            admin_token: None,
            proxy: None,
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

/// A listener that could not be opened, and its address.
#[derive(Debug, thiserror::Error)]
#[error("cannot listen on {address}: {source}")]
pub struct ListenError {
    pub address: String,
    #[source]
    pub source: std::io::Error,
}

fn listen(address: &str) -> Result<(TcpListener, SocketAddr), ListenError> {
    let fail = |source| ListenError {
        address: address.to_owned(),
        source,
    };
    let listener = TcpListener::bind(address).map_err(fail)?;
    let local = listener.local_addr().map_err(fail)?;
    Ok((listener, local))
}

pub struct Application {
    server: Server,
    /// The listening socket (a second descriptor of the one actix owns), to
    /// stop new connections before the listener closes; dropped then.
    listener: Option<TcpListener>,
    local_addr: SocketAddr,
    /// The proxy listener's server and address, in proxy mode.
    proxy: Option<(ProxyServer, SocketAddr)>,
    catalogs: Arc<Catalogs>,
    draining: Arc<AtomicBool>,
    shutdown: Shutdown,
}

impl Application {
    pub fn build(settings: Settings) -> Result<Application, ListenError> {
        let (listener, local_addr) = listen(&settings.bind)?;
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
            body_timeout: settings.body_timeout,
            draining: draining.clone(),
        });
        let state_for_proxy = state.clone();
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
                .wrap_fn(limits::close_after_unread_chunks)
                .configure(routes::configure(state.clone()))
        })
        // Signals are ours (see `shutdown_on_signal`): `/readyz` must
        // turn 503 before the drain starts.
        .disable_signals()
        .shutdown_timeout(settings.shutdown.grace.as_secs().max(1))
        // Every phase of a connection is bounded: the head here, the body
        // by `limits::read_body`, the idle time between requests here.
        .client_request_timeout(settings.head_timeout)
        .keep_alive(limits::KEEP_ALIVE);
        let workers = settings.workers.unwrap_or_else(limits::default_workers);
        server = server
            .workers(workers)
            .max_connections(limits::per_worker(settings.max_connections, workers));
        limits::give_back_memory_periodically();
        let gate = listener.try_clone().map_err(|source| ListenError {
            address: settings.bind.clone(),
            source,
        })?;
        let server = server
            .listen(listener)
            .map_err(|source| ListenError {
                address: settings.bind.clone(),
                source,
            })?
            .run();
        let proxy = match settings.proxy {
            Some(proxy) => Some(proxy_server(
                proxy,
                state_for_proxy,
                workers,
                ProxyBounds {
                    head_timeout: settings.head_timeout,
                    max_connections: settings.max_connections,
                    grace: settings.shutdown.grace,
                },
            )?),
            None => None,
        };
        Ok(Application {
            server,
            listener: Some(gate),
            local_addr,
            proxy,
            catalogs,
            draining,
            shutdown: settings.shutdown,
        })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.local_addr
    }

    /// The proxy listener's address, in proxy mode.
    pub fn proxy_addr(&self) -> Option<SocketAddr> {
        self.proxy.as_ref().map(|(_, address)| *address)
    }

    /// Stops the query API and, in proxy mode, the proxy.
    pub fn handle(&self) -> Handle {
        Handle {
            api: self.server.handle(),
            proxy: self.proxy.as_ref().map(|(proxy, _)| proxy.handle()),
        }
    }

    /// On SIGTERM or SIGINT: `/readyz` answers 503 at once while the
    /// listener keeps serving for the shutdown delay; then the listener
    /// stops accepting and requests in flight have the grace period to
    /// finish. A second signal exits at once. The handlers are installed
    /// before this returns, so a signal right after start-up is not lost to
    /// the default action. Call it inside the runtime.
    pub fn shutdown_on_signal(&mut self) -> std::io::Result<()> {
        let handle = self.handle();
        let listener = self.listener.take();
        let proxy_listener = self.proxy.as_mut().and_then(|(proxy, _)| proxy.take_gate());
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
            // New connections are refused from here, on both listeners;
            // those the kernel has queued are still taken and answered.
            let gates: Vec<_> = listener.into_iter().chain(proxy_listener).collect();
            for gate in &gates {
                limits::stop_taking_connections(gate);
            }
            if !gates.is_empty() {
                tokio::time::sleep(limits::QUEUE_DRAIN).await;
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

    /// Runs until both listeners have stopped; either failing stops both.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        match self.proxy {
            None => self.server.await,
            Some((proxy, _)) => {
                use futures_util::future::{join, select, Either};
                let proxy_handle = proxy.handle();
                let api_handle = self.server.handle();
                let stopped = proxy.stopped();
                futures_util::pin_mut!(stopped);
                match select(self.server, stopped).await {
                    // The other listener stops too.
                    Either::Left((result, proxy)) => {
                        let (_, proxy_result) = join(proxy_handle.stop(true), proxy).await;
                        result.and(proxy_result)
                    }
                    Either::Right((result, api)) => {
                        // The API server's future must be polled for its
                        // stop to be carried out.
                        let (_, api_result) = join(api_handle.stop(true), api).await;
                        result.and(api_result)
                    }
                }
            }
        }
    }
}

/// Both servers' handles, to stop them together.
#[derive(Clone)]
pub struct Handle {
    api: ServerHandle,
    proxy: Option<ProxyHandle>,
}

impl Handle {
    /// Stops accepting; with `graceful`, lets requests in flight finish
    /// within the grace period.
    pub async fn stop(&self, graceful: bool) {
        match &self.proxy {
            None => self.api.stop(graceful).await,
            Some(proxy) => {
                futures_util::future::join(self.api.stop(graceful), proxy.stop(graceful)).await;
            }
        }
    }
}

/// The query API's settings the proxy listener shares.
struct ProxyBounds {
    head_timeout: Duration,
    max_connections: usize,
    grace: Duration,
}

/// How long the proxy keeps an idle connection: longer than nginx's
/// upstream `keepalive_timeout` (60 s), so that the gateway closes first.
const PROXY_KEEP_ALIVE: Duration = Duration::from_secs(75);

/// The proxy listener, on workers of its own, each with its own upstream
/// pool.
fn proxy_server(
    settings: ProxySettings,
    state: web::Data<State>,
    workers: usize,
    bounds: ProxyBounds,
) -> Result<(ProxyServer, SocketAddr), ListenError> {
    let (listener, address) = listen(&settings.bind)?;
    let bind = settings.bind.clone();
    let bounds = proxy_server::Bounds {
        head_timeout: bounds.head_timeout,
        // The query API's bounds, but for the idle time between requests:
        // a gateway's pool of keep-alive connections to the proxy (nginx
        // keeps them 60 s) must not find them closed under its feet.
        keep_alive: PROXY_KEEP_ALIVE,
        max_connections: limits::per_worker(bounds.max_connections, workers),
        grace: bounds.grace,
    };
    let server =
        ProxyServer::start(listener, settings, state, workers, bounds).map_err(|source| {
            ListenError {
                address: bind,
                source,
            }
        })?;
    Ok((server, address))
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
