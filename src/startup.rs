//! Building the server: it binds its own listener, so a test can ask for
//! port 0 and learn the port the system gave.

use std::net::{SocketAddr, TcpListener};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use actix_web::dev::{Server, ServerHandle};
use actix_web::{web, App, HttpServer};

use crate::compiled::Compiled;
use crate::routes::{self, State};

/// Everything `serve` needs, validated.
pub struct Settings {
    pub bind: String,
    pub compiled: Arc<Compiled>,
    pub oauth_strict: bool,
    /// The largest body `POST /v1/translate` reads, in bytes.
    pub body_limit: usize,
    /// Worker threads; actix's default (one per core) when `None`.
    pub workers: Option<usize>,
}

pub struct Application {
    server: Server,
    local_addr: SocketAddr,
    draining: Arc<AtomicBool>,
}

impl Application {
    pub fn build(settings: Settings) -> std::io::Result<Application> {
        let listener = TcpListener::bind(&settings.bind)?;
        let local_addr = listener.local_addr()?;
        let draining = Arc::new(AtomicBool::new(false));
        let state = web::Data::new(State {
            compiled: settings.compiled,
            oauth_strict: settings.oauth_strict,
            body_limit: settings.body_limit,
            draining: draining.clone(),
        });
        let mut server =
            HttpServer::new(move || App::new().configure(routes::configure(state.clone())))
                // Signals are ours (see `shutdown_on_signal`): `/readyz` must
                // turn 503 before the drain starts.
                .disable_signals();
        if let Some(workers) = settings.workers {
            server = server.workers(workers);
        }
        let server = server.listen(listener)?.run();
        Ok(Application {
            server,
            local_addr,
            draining,
        })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.local_addr
    }

    pub fn handle(&self) -> ServerHandle {
        self.server.handle()
    }

    /// On SIGTERM or SIGINT: report not ready, stop accepting, and let the
    /// requests in flight finish. The handlers are installed before this
    /// returns, so a signal right after start-up is not lost to the default
    /// action. Call it inside the runtime.
    pub fn shutdown_on_signal(&self) -> std::io::Result<()> {
        let handle = self.handle();
        let draining = self.draining.clone();
        let signal = shutdown_signal()?;
        actix_web::rt::spawn(async move {
            signal.await;
            tracing::info!("shutting down: draining requests in flight");
            draining.store(true, Ordering::Relaxed);
            handle.stop(true).await;
        });
        Ok(())
    }

    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}

/// A future that completes on the first SIGTERM or SIGINT; the handlers
/// are registered now.
#[cfg(unix)]
fn shutdown_signal() -> std::io::Result<impl std::future::Future<Output = ()>> {
    use tokio::signal::unix::{signal, SignalKind};
    let mut term = signal(SignalKind::terminate())?;
    let mut int = signal(SignalKind::interrupt())?;
    Ok(async move {
        tokio::select! {
            _ = term.recv() => {}
            _ = int.recv() => {}
        }
    })
}

#[cfg(not(unix))]
fn shutdown_signal() -> std::io::Result<impl std::future::Future<Output = ()>> {
    Ok(async {
        let _ = tokio::signal::ctrl_c().await;
    })
}
