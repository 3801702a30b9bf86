//! The proxy listener: hyper's HTTP/1 server on worker threads of its own,
//! each a single-threaded runtime with its own upstream pool.
//!
//! Why not actix-web, which serves the query API: a proxied request crosses
//! two HTTP stacks, and with actix serving and hyper's client forwarding
//! (actix's types are `http` 0.2, hyper's `http` 1) every header would be
//! copied across; and actix's dispatcher costs more per request than
//! hyper's (measured: a minimal actix-web proxy reached 0.89 of nginx's
//! throughput, the same on hyper 0.97). On hyper both sides share one set of types: a request's
//! head goes upstream as it came, hop-by-hop headers removed in place, and
//! the upstream's answer comes back the same way.
//!
//! What actix gave and is written here: the workers and their accept
//! loops, the bound on open connections, the head and keep-alive
//! deadlines (`Clock`), and the graceful stop.
//!
//! Time, per request, costs no clock read and no timer: each worker's
//! `sweep` reads the time a few times per head or upstream timeout (every
//! second at most) into its `Coarse` clock, stamps are taken from it, and
//! the sweep itself finds the deadlines that have passed. A timer per
//! request, which tokio keeps in a locked wheel, and four clock reads cost
//! about 1,000 of a forwarded 200's 30,000 instructions (`bench/instructions`).

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::rc::{Rc, Weak};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};
use std::time::{Duration, Instant};

use actix_web::web;
use bytes::Bytes;
use http_body::{Body, Frame, SizeHint};
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio::sync::{watch, Notify};

use crate::proxy::{self, Proxy, ProxyBody, ProxySettings};
use crate::routes::State;

/// The listener's bounds, shared with the query API's.
#[derive(Debug, Clone, Copy)]
pub struct Bounds {
    /// From a connection's accept, or the first byte of a request, to the
    /// end of its head; then 408 and closed.
    pub head_timeout: Duration,
    /// How long a connection may stay idle between requests.
    pub keep_alive: Duration,
    /// Open connections per worker; beyond it, new ones wait in the
    /// kernel's queue.
    pub max_connections: usize,
    /// How long requests in flight have to finish once stopped.
    pub grace: Duration,
}

/// The most header lines a request may have, as on the query API.
const MAX_HEADER_LINES: usize = 96;

/// The largest request head (request line and headers), as on the query
/// API.
const MAX_HEAD: usize = 128 * 1024;

/// What stops the workers: `None` while serving, then whether gracefully.
type StopSignal = watch::Sender<Option<bool>>;

/// A running proxy listener.
pub struct ProxyServer {
    stop: Arc<StopSignal>,
    /// How many workers still run.
    running: watch::Receiver<usize>,
    /// The listening socket, to stop new connections before a stop (see
    /// `limits::stop_taking_connections`); taken then, or closed by the
    /// last worker to stop.
    gate: Arc<Mutex<Option<std::net::TcpListener>>>,
}

impl ProxyServer {
    /// Starts `workers` threads serving `listener`.
    pub fn start(
        listener: std::net::TcpListener,
        settings: ProxySettings,
        state: web::Data<State>,
        workers: usize,
        bounds: Bounds,
    ) -> std::io::Result<ProxyServer> {
        listener.set_nonblocking(true)?;
        let workers = workers.max(1);
        let (stop, _) = watch::channel(None);
        let stop = Arc::new(stop);
        let (count, running) = watch::channel(workers);
        let count = Arc::new(count);
        let settings = Arc::new(settings);
        let gate = Arc::new(Mutex::new(None));
        for index in 0..workers {
            let listener = listener.try_clone()?;
            let worker = Worker {
                settings: settings.clone(),
                state: state.clone(),
                bounds,
                stop: stop.subscribe(),
            };
            let count = count.clone();
            let gate = gate.clone();
            std::thread::Builder::new()
                .name(format!("proxy-worker-{index}"))
                .spawn(move || {
                    worker.run(listener);
                    count.send_modify(|n| {
                        *n = n.saturating_sub(1);
                        // The socket closes before anyone learns that the
                        // workers have stopped: a stop that has returned
                        // leaves nothing listening.
                        if *n == 0 {
                            drop(gate.lock().ok().and_then(|mut gate| gate.take()));
                        }
                    });
                })?;
        }
        if let Ok(mut slot) = gate.lock() {
            *slot = Some(listener);
        }
        Ok(ProxyServer {
            stop,
            running,
            gate,
        })
    }

    /// The listening socket, once, for a stop to close the door first.
    pub fn take_gate(&mut self) -> Option<std::net::TcpListener> {
        self.gate.lock().ok()?.take()
    }

    pub fn handle(&self) -> ProxyHandle {
        ProxyHandle {
            stop: self.stop.clone(),
            running: self.running.clone(),
        }
    }

    /// Resolves once every worker has stopped.
    pub async fn stopped(mut self) -> std::io::Result<()> {
        let _ = self.running.wait_for(|n| *n == 0).await;
        Ok(())
    }
}

/// Stops a proxy listener from anywhere.
#[derive(Clone)]
pub struct ProxyHandle {
    stop: Arc<StopSignal>,
    running: watch::Receiver<usize>,
}

impl ProxyHandle {
    /// Stops accepting; with `graceful`, requests in flight have the grace
    /// period to finish, idle connections close at once. Resolves when
    /// every worker has stopped.
    pub async fn stop(&self, graceful: bool) {
        self.stop.send_if_modified(|state| {
            let first = state.is_none();
            if first {
                *state = Some(graceful);
            }
            first
        });
        let mut running = self.running.clone();
        let _ = running.wait_for(|n| *n == 0).await;
    }
}

struct Worker {
    settings: Arc<ProxySettings>,
    state: web::Data<State>,
    bounds: Bounds,
    stop: watch::Receiver<Option<bool>>,
}

impl Worker {
    fn run(self, listener: std::net::TcpListener) {
        let runtime = match tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
        {
            Ok(runtime) => runtime,
            Err(error) => {
                tracing::error!(%error, "a proxy worker could not start");
                return;
            }
        };
        let local = tokio::task::LocalSet::new();
        // The accept loop is a task of its own: the future given to
        // `block_on` is polled again whenever any task wakes, once per
        // request or more, and a join handle costs less to poll than the
        // loop's `select!`.
        local.block_on(&runtime, async move {
            let _ = tokio::task::spawn_local(self.serve(listener)).await;
        });
        // Connections still open past the grace period end with the
        // runtime.
    }

    async fn serve(mut self, listener: std::net::TcpListener) {
        let listener = match tokio::net::TcpListener::from_std(listener) {
            Ok(listener) => listener,
            Err(error) => {
                tracing::error!(%error, "a proxy worker could not listen");
                return;
            }
        };
        let period = sweep_period(&self.bounds, self.settings.timeout);
        let coarse = Rc::new(Coarse::new(period));
        let shared = Rc::new(Shared {
            proxy: Proxy::new(self.settings.clone(), self.state.clone(), coarse.clone()),
            coarse,
            bounds: self.bounds,
            open: Cell::new(0),
            closed: Notify::new(),
            stopping: Cell::new(false),
            clocks: RefCell::new(Vec::new()),
        });
        tokio::task::spawn_local(sweep(Rc::downgrade(&shared)));
        // A stop, or its sender gone (`changed` fails), ends the loop.
        'accept: loop {
            // At the bound, new connections wait in the kernel's queue.
            while shared.open.get() >= shared.bounds.max_connections {
                tokio::select! {
                    () = shared.closed.notified() => {}
                    _ = self.stop.changed() => break 'accept,
                }
            }
            if self.stop.borrow().is_some() {
                break;
            }
            tokio::select! {
                accepted = listener.accept() => match accepted {
                    Ok((stream, peer)) => {
                        shared.open.set(shared.open.get() + 1);
                        tokio::task::spawn_local(connection(stream, peer, shared.clone()));
                    }
                    Err(error) => {
                        // Out of descriptors, mostly: wait rather than spin.
                        tracing::warn!(%error, "the proxy listener could not accept");
                        tokio::time::sleep(Duration::from_millis(100)).await;
                    }
                },
                _ = self.stop.changed() => break,
            }
        }
        drop(listener);
        let graceful = self.stop.borrow().unwrap_or(true);
        shared.stop();
        if graceful {
            let drained = async {
                while shared.open.get() > 0 {
                    shared.closed.notified().await;
                }
            };
            if tokio::time::timeout(shared.bounds.grace, drained)
                .await
                .is_err()
            {
                tracing::warn!(
                    open = shared.open.get(),
                    "proxy connections still busy after the grace period: closed"
                );
            }
        }
    }
}

/// A worker's state, shared by its connections.
struct Shared {
    proxy: Proxy,
    coarse: Rc<Coarse>,
    bounds: Bounds,
    open: Cell<usize>,
    /// A connection closed: room for another, or one fewer to drain.
    closed: Notify,
    stopping: Cell<bool>,
    /// Every open connection's clock, for `sweep`.
    clocks: RefCell<Vec<Weak<Clock>>>,
}

impl Shared {
    /// Every connection closes once its answer in flight is written.
    fn stop(&self) {
        self.stopping.set(true);
        for clock in self.clocks.borrow().iter().filter_map(Weak::upgrade) {
            if let Some(reader) = clock.reader.borrow().as_ref() {
                reader.wake_by_ref();
            }
        }
    }
}

async fn connection(stream: TcpStream, peer: SocketAddr, shared: Rc<Shared>) {
    let _ = stream.set_nodelay(true);
    let clock = Rc::new(Clock::new(shared.coarse.clone()));
    shared.clocks.borrow_mut().push(Rc::downgrade(&clock));
    let io = TokioIo::new(Watched {
        stream,
        clock: clock.clone(),
        fresh: true,
    });
    let service_shared = shared.clone();
    let service_clock = clock.clone();
    let service = hyper::service::service_fn(move |request| {
        let shared = service_shared.clone();
        let clock = service_clock.clone();
        async move {
            clock.busy(shared.proxy.timeout());
            let answer = proxy::forward(&shared.proxy, request, peer, &*clock).await;
            clock.answered();
            // The connection is idle again once the answer is written,
            // which is when hyper drops its body.
            Ok::<_, std::convert::Infallible>(answer.map(|body| Answer {
                body,
                _idle: IdleOnDrop(clock),
            }))
        }
    });
    let mut builder = hyper::server::conn::http1::Builder::new();
    // The deadlines are the clock's: hyper's own header timeout also runs
    // while a keep-alive connection is idle, which must last longer.
    builder.header_read_timeout(None);
    // The query API's bounds on a head (431 beyond either).
    builder.max_headers(MAX_HEADER_LINES);
    builder.max_header_size(MAX_HEAD);
    // One buffer per write, not a vector of the head and the body's
    // chunks: most answers are a few kilobytes, and `write` of one buffer
    // cost less than `writev` of two (with flattened writes to the
    // upstream too, 1.04–1.08× the requests/s of a forwarded 200, by
    // hand); a large body is copied once more on its way, a buffer
    // (`max_buf_size`) at a time, which did not show in the CPU time of
    // 10 MB downloads (2–3 ms each, either way).
    builder.writev(false);
    // A stopping worker wakes its connections (`Shared::stop`): each then
    // finishes the answer in flight, if any, and closes. Per request this
    // costs a flag's read.
    let mut served = std::pin::pin!(builder.serve_connection(io, service));
    let mut stopping = false;
    let outcome = std::future::poll_fn(|cx| {
        if !stopping && shared.stopping.get() {
            stopping = true;
            served.as_mut().graceful_shutdown();
        }
        served.as_mut().poll(cx)
    })
    .await;
    if let Err(error) = outcome {
        tracing::debug!(%error, %peer, "a proxy connection ended");
    }
    shared.open.set(shared.open.get().saturating_sub(1));
    shared.closed.notify_one();
}

/// How often a worker sweeps: a few times per head timeout and per
/// upstream timeout, at most once a second, at least every 10 ms.
fn sweep_period(bounds: &Bounds, upstream_timeout: Duration) -> Duration {
    (bounds.head_timeout.min(upstream_timeout) / 4)
        .clamp(Duration::from_millis(10), Duration::from_secs(1))
}

/// A worker's time as its last sweep read it.
pub struct Coarse {
    now: Cell<Instant>,
    period: Duration,
}

impl Coarse {
    fn new(period: Duration) -> Coarse {
        Coarse {
            now: Cell::new(Instant::now()),
            period,
        }
    }

    /// The time, up to one period old.
    pub fn now(&self) -> Instant {
        self.now.get()
    }

    /// When `after` will have passed for certain, from now: one period
    /// added for the stamp's age. The sweep finds it passed up to a period
    /// later again.
    fn deadline(&self, after: Duration) -> Instant {
        self.now() + after + self.period
    }

    fn advance(&self) -> Instant {
        let now = Instant::now();
        self.now.set(now);
        now
    }
}

/// Advances the worker's clock and closes the connections whose deadline
/// has passed (or ends their request's wait), once per period.
async fn sweep(shared: Weak<Shared>) {
    let period = match shared.upgrade() {
        Some(shared) => shared.coarse.period,
        None => return,
    };
    let mut ticks = tokio::time::interval(period);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        let Some(shared) = shared.upgrade() else {
            return;
        };
        let now = shared.coarse.advance();
        let bounds = shared.bounds;
        shared.clocks.borrow_mut().retain(|clock| {
            let Some(clock) = clock.upgrade() else {
                return false;
            };
            clock.expire_if_late(now, &bounds, period);
            true
        });
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Waiting for the rest of a request head (from the accept, or from
    /// the first byte of a later request).
    Head,
    /// A request is being answered: its own timeouts bound it.
    Busy,
    /// Between requests.
    Idle,
}

/// Where a connection is, since when (by its worker's `Coarse` clock),
/// and whether its time is up; and the deadline of the request it answers.
struct Clock {
    coarse: Rc<Coarse>,
    phase: Cell<Phase>,
    since: Cell<Instant>,
    expired: Cell<Option<Phase>>,
    /// The connection's reader, to wake when its time is up.
    reader: RefCell<Option<Waker>>,
    /// When the request being answered must have its answer's head.
    deadline: Cell<Option<Instant>>,
    passed: Cell<bool>,
    /// The request's task, to wake when its deadline passes.
    waiting: RefCell<Option<Waker>>,
}

impl Clock {
    fn new(coarse: Rc<Coarse>) -> Clock {
        Clock {
            phase: Cell::new(Phase::Head),
            since: Cell::new(coarse.now()),
            coarse,
            expired: Cell::new(None),
            reader: RefCell::new(None),
            deadline: Cell::new(None),
            passed: Cell::new(false),
            waiting: RefCell::new(None),
        }
    }

    /// A request's head is in: it has `timeout` for its answer's.
    fn busy(&self, timeout: Duration) {
        self.phase.set(Phase::Busy);
        self.deadline.set(Some(self.coarse.deadline(timeout)));
        self.passed.set(false);
    }

    /// The answer's head is out: its body has no deadline here.
    fn answered(&self) {
        self.deadline.set(None);
    }

    fn idle(&self) {
        if self.phase.get() == Phase::Busy {
            self.phase.set(Phase::Idle);
            self.since.set(self.coarse.now());
        }
    }

    fn expire_if_late(&self, now: Instant, bounds: &Bounds, period: Duration) {
        if self.deadline.get().is_some_and(|deadline| now > deadline) {
            self.deadline.set(None);
            self.passed.set(true);
            if let Some(waiting) = self.waiting.borrow_mut().take() {
                waiting.wake();
            }
        }
        let phase = self.phase.get();
        let allowed = match phase {
            Phase::Head => bounds.head_timeout,
            Phase::Idle => bounds.keep_alive,
            Phase::Busy => return,
        };
        // `since` is up to a period old: a period more, never early.
        if now.saturating_duration_since(self.since.get()) > allowed + period {
            self.expired.set(Some(phase));
            if let Some(reader) = self.reader.borrow_mut().take() {
                reader.wake();
            }
        }
    }
}

impl proxy::Deadline for Clock {
    fn poll_passed(&self, cx: &mut Context<'_>) -> Poll<()> {
        if self.passed.get() {
            return Poll::Ready(());
        }
        let mut waiting = self.waiting.borrow_mut();
        if !waiting.as_ref().is_some_and(|w| w.will_wake(cx.waker())) {
            *waiting = Some(cx.waker().clone());
        }
        Poll::Pending
    }
}

/// The answer a stalled head gets, written straight to the socket: nothing
/// else has been written for that request.
const HEAD_TIMED_OUT: &[u8] =
    b"HTTP/1.1 408 Request Timeout\r\ncontent-length: 0\r\nconnection: close\r\n\r\n";

/// What a connection opened with HTTP/2's preface gets, as the query API
/// and hyper answer any other head they cannot read: hyper itself would
/// close it without a word (it leaves the preface to a server that speaks
/// both versions).
const HTTP2_PREFACE_REFUSED: &[u8] =
    b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\nconnection: close\r\n\r\n";

/// A client connection that keeps its clock: the first bytes after an idle
/// spell start a head's deadline, and a passed deadline ends the reads.
struct Watched {
    stream: TcpStream,
    clock: Rc<Clock>,
    /// Nothing read yet: the first bytes are looked at for HTTP/2.
    fresh: bool,
}

impl AsyncRead for Watched {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        if let Some(phase) = self.clock.expired.get() {
            if phase == Phase::Head {
                let _ = self.stream.try_write(HEAD_TIMED_OUT);
            }
            return Poll::Ready(Err(std::io::ErrorKind::TimedOut.into()));
        }
        let before = buf.filled().len();
        let read = Pin::new(&mut self.stream).poll_read(cx, buf);
        if self.fresh && buf.filled().len() > before {
            self.fresh = false;
            let bytes = buf.filled().get(before..).unwrap_or_default();
            if bytes.starts_with(b"PRI * HTTP/2.0") {
                let _ = self.stream.try_write(HTTP2_PREFACE_REFUSED);
                return Poll::Ready(Err(std::io::ErrorKind::InvalidData.into()));
            }
        }
        match &read {
            Poll::Ready(Ok(()))
                if buf.filled().len() > before && self.clock.phase.get() == Phase::Idle =>
            {
                self.clock.phase.set(Phase::Head);
                self.clock.since.set(self.clock.coarse.now());
            }
            Poll::Pending => {
                let mut reader = self.clock.reader.borrow_mut();
                if !reader.as_ref().is_some_and(|w| w.will_wake(cx.waker())) {
                    *reader = Some(cx.waker().clone());
                }
            }
            _ => {}
        }
        read
    }
}

impl AsyncWrite for Watched {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.stream).poll_write(cx, buf)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[std::io::IoSlice<'_>],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.stream).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.stream).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.stream).poll_shutdown(cx)
    }
}

/// An answer's body, which marks the connection idle when hyper drops it:
/// written whole, or abandoned as the connection closes.
struct Answer {
    body: ProxyBody,
    _idle: IdleOnDrop,
}

struct IdleOnDrop(Rc<Clock>);

impl Drop for IdleOnDrop {
    fn drop(&mut self) {
        self.0.idle();
    }
}

impl Body for Answer {
    type Data = Bytes;
    type Error = hyper::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, hyper::Error>>> {
        Pin::new(&mut self.body).poll_frame(cx)
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.body.size_hint()
    }
}
