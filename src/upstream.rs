//! The proxy's client to its upstream: HTTP/1.1 on hyper's connection API,
//! over a pool of keep-alive connections of each worker's own.
//!
//! Why not awc, actix's client: awc 3.11 makes a new `h1::ClientCodec` for
//! every request, and with it a `ServiceConfig` whose `DateService` spawns
//! a task running a 500 ms interval — a task spawned, a timer armed (which
//! wakes the reactor through its eventfd: one more system call) and both
//! torn down, per forwarded request. Why not hyper-util's pooled `Client`:
//! it would work (the request bodies are hyper's own, `Send`), but it
//! wants an absolute URI per request and keeps one locked pool for every
//! thread, where each worker here is single-threaded with one upstream; in
//! the minimal proxy of `bench/peers/hyper-proxy` it ran at 0.975 of the
//! requests/s of a pool like this one (by hand, 5 alternating rounds). What
//! there is to write is small: a stack of idle connections per worker, the
//! last used first, dropped once closed or idle too long.

use std::cell::RefCell;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::Arc;
use std::task::{ready, Context, Poll};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body::{Body, Frame, SizeHint};
use hyper::body::Incoming;
use hyper::client::conn::http1::{self, SendRequest};
use hyper_util::rt::TokioIo;

use crate::metrics::Metrics;
use crate::proxy_server::Coarse;

/// The request as the upstream gets it (hyper's `http` 1 types).
pub type UpstreamRequest = http1_types::Request<Outgoing>;
/// The upstream's answer, head read, body to come.
pub type UpstreamResponse = http1_types::Response<Incoming>;

/// `http` 1, hyper's; actix speaks `http` 0.2.
pub mod http1_types {
    pub use hyper::header::{self, HeaderMap, HeaderName, HeaderValue};
    pub use hyper::http::{request, response};
    pub use hyper::{Method, Request, Response, StatusCode, Uri, Version};
}

/// Idle connections kept per worker at most; more are closed when their
/// answer ends. Enough for a gateway's burst, few enough that an upstream
/// (puma runs a few threads per process) is not held by idle sockets.
const MAX_IDLE: usize = 128;

/// How long an idle connection is kept: less than puma's
/// `persistent_timeout` (20 s) by more than the worker clock's error (a
/// second at most), so that the proxy, not the upstream, ends it, and a
/// request never goes out on a connection being closed.
const IDLE_TIMEOUT: Duration = Duration::from_secs(15);

/// Why the upstream gave no answer.
#[derive(Debug)]
pub enum Failure {
    /// Connecting took longer than the connect timeout.
    ConnectTimeout,
    /// No answer within the response timeout.
    Timeout,
    /// Refused, unreachable, or the name did not resolve.
    Connect(std::io::Error),
    /// The connection failed, or the answer was not HTTP.
    Http(hyper::Error),
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::ConnectTimeout => f.write_str("connecting to the upstream timed out"),
            Failure::Timeout => f.write_str("the upstream's answer timed out"),
            Failure::Connect(error) => write!(f, "cannot connect to the upstream: {error}"),
            Failure::Http(error) => write!(f, "the upstream's answer failed: {error}"),
        }
    }
}

/// A worker's connections to the upstream.
pub struct Pool {
    inner: Rc<Inner>,
}

struct Inner {
    /// Where to connect: a host name or address, and a port.
    host: String,
    port: u16,
    connect_timeout: Duration,
    /// The worker's clock, for the idle times.
    coarse: Rc<Coarse>,
    /// Where a second try is counted.
    metrics: Arc<Metrics>,
    /// The last used on top.
    idle: RefCell<Vec<Idle>>,
}

struct Idle {
    sender: SendRequest<Outgoing>,
    since: Instant,
}

impl Pool {
    /// A pool for `host:port`; nothing connects until the first request.
    pub fn new(
        host: &str,
        port: u16,
        connect_timeout: Duration,
        coarse: Rc<Coarse>,
        metrics: Arc<Metrics>,
    ) -> Pool {
        // An IPv6 address comes bracketed in an authority.
        let host = host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .to_string();
        Pool {
            inner: Rc::new(Inner {
                host,
                port,
                connect_timeout,
                coarse,
                metrics,
                idle: RefCell::new(Vec::new()),
            }),
        }
    }

    /// Sends a request on an idle connection, or on a new one; the answer's
    /// head, and the connection, leased until its body has been read.
    ///
    /// A request that finds its idle connection closed before it could be
    /// written goes out again on another: nothing of it reached the
    /// upstream. One written as the upstream closed the connection (its
    /// keep-alive timeout ending at that instant) goes out again on a new
    /// connection when nothing of it can have had an effect: a safe
    /// method, no body, and a connection that had sat idle across a tick
    /// of the worker's clock. Only then is its head copied for a second
    /// try: under load a connection is idle for microseconds, and nothing
    /// is copied.
    pub async fn send(
        &self,
        mut request: UpstreamRequest,
    ) -> Result<(UpstreamResponse, Lease), Failure> {
        let mut retried = false;
        loop {
            let idle = if retried {
                None
            } else {
                self.idle_connection().await
            };
            let (mut sender, idle_since) = match idle {
                Some((sender, since)) => (sender, Some(since)),
                // Boxed: connecting is rare, and its state would weigh on
                // every request's future.
                None => (Box::pin(self.connect()).await?, None),
            };
            let spare = match idle_since {
                Some(since) if since < self.inner.coarse.now() => replayable(&request),
                _ => None,
            };
            match sender.try_send_request(request).await {
                Ok(response) => {
                    let lease = Lease {
                        sender: Some(sender),
                        pool: Rc::clone(&self.inner),
                    };
                    return Ok((response, lease));
                }
                Err(mut error) => match error.take_message() {
                    Some(unsent) if idle_since.is_some() => request = unsent,
                    _ => {
                        request = send_again(spare, error.into_error())?;
                        self.inner.metrics.upstream_retry();
                        retried = true;
                    }
                },
            }
        }
    }

    /// The most recently used idle connection that is still open, ready
    /// for a request, and when it became idle.
    async fn idle_connection(&self) -> Option<(SendRequest<Outgoing>, Instant)> {
        loop {
            let Idle { mut sender, since } = self.inner.idle.borrow_mut().pop()?;
            let elapsed = self.inner.coarse.now().saturating_duration_since(since);
            if sender.is_closed() || elapsed > IDLE_TIMEOUT {
                continue;
            }
            // A connection is put back once its answer's body has ended;
            // it is ready as soon as its task has seen that end.
            if sender.ready().await.is_ok() {
                return Some((sender, since));
            }
        }
    }

    async fn connect(&self) -> Result<SendRequest<Outgoing>, Failure> {
        let inner = &self.inner;
        let connecting = async {
            let stream = tokio::net::TcpStream::connect((inner.host.as_str(), inner.port))
                .await
                .map_err(Failure::Connect)?;
            // Requests and answers are small and each is written whole.
            stream.set_nodelay(true).map_err(Failure::Connect)?;
            // One buffer per write (see the proxy listener's builder).
            http1::Builder::new()
                .writev(false)
                .handshake::<_, Outgoing>(TokioIo::new(stream))
                .await
                .map_err(Failure::Http)
        };
        let (sender, connection) = tokio::time::timeout(inner.connect_timeout, connecting)
            .await
            .map_err(|_| Failure::ConnectTimeout)??;
        // The connection's own task reads and writes; it ends when the
        // upstream closes, on an error, or once every sender is dropped.
        actix_web::rt::spawn(async move {
            if let Err(error) = connection.await {
                tracing::debug!(%error, "an upstream connection ended");
            }
        });
        Ok(sender)
    }
}

/// A copy of a request that may be sent twice: a safe method (RFC 9110
/// §9.2.1) and no body. Boxed, and kept out of line: it is the rare path,
/// and would otherwise weigh on every request's future.
#[cold]
#[inline(never)]
fn replayable(request: &UpstreamRequest) -> Option<Box<UpstreamRequest>> {
    use http1_types::Method;
    let safe = [Method::GET, Method::HEAD, Method::OPTIONS, Method::TRACE];
    if !safe.contains(request.method()) || !matches!(request.body(), Outgoing::Empty) {
        return None;
    }
    let mut copy = http1_types::Request::new(Outgoing::Empty);
    *copy.method_mut() = request.method().clone();
    *copy.uri_mut() = request.uri().clone();
    *copy.version_mut() = request.version();
    *copy.headers_mut() = request.headers().clone();
    Some(Box::new(copy))
}

/// The request to send again after `error`, if it is `spare` (see
/// `replayable`) and the upstream closed the connection unanswered; else
/// the failure. Out of line, as the rare path.
#[cold]
#[inline(never)]
fn send_again(
    spare: Option<Box<UpstreamRequest>>,
    error: hyper::Error,
) -> Result<UpstreamRequest, Failure> {
    match spare {
        Some(again) if closed_unanswered(&error) => {
            tracing::debug!(
                %error,
                "an idle upstream connection closed as a request went out; sending it again"
            );
            Ok(*again)
        }
        _ => Err(Failure::Http(error)),
    }
}

/// The upstream closed the connection without a byte of an answer: an end
/// of stream or a reset where the answer's head should be.
fn closed_unanswered(error: &hyper::Error) -> bool {
    let reset = std::error::Error::source(error)
        .and_then(|source| source.downcast_ref::<std::io::Error>())
        .is_some_and(|io| {
            matches!(
                io.kind(),
                std::io::ErrorKind::ConnectionReset
                    | std::io::ErrorKind::ConnectionAborted
                    | std::io::ErrorKind::BrokenPipe
            )
        });
    error.is_incomplete_message() || reset
}

/// A connection lent to one request: back to the pool when the answer has
/// been read to its end; closed if dropped before (a client gone, an
/// error), since its answer's rest would otherwise be read by the next
/// request.
pub struct Lease {
    sender: Option<SendRequest<Outgoing>>,
    pool: Rc<Inner>,
}

impl Lease {
    fn release(&mut self) {
        let Some(sender) = self.sender.take() else {
            return;
        };
        let mut idle = self.pool.idle.borrow_mut();
        if !sender.is_closed() && idle.len() < MAX_IDLE {
            idle.push(Idle {
                sender,
                since: self.pool.coarse.now(),
            });
        }
    }
}

/// An answer's body (trailers are not relayed), which gives its connection
/// back to the pool the moment the last byte is read.
pub struct UpstreamBody {
    body: Incoming,
    lease: Lease,
}

impl UpstreamBody {
    pub fn new(body: Incoming, mut lease: Lease) -> UpstreamBody {
        // A HEAD's answer, a 204 or a 304: nothing to read.
        if body.is_end_stream() {
            lease.release();
        }
        UpstreamBody { body, lease }
    }

    /// The next piece of the body; `None` at its end.
    pub async fn next(&mut self) -> Option<Result<Bytes, hyper::Error>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_frame(cx))
            .await
            .map(|frame| frame.map(|f| f.into_data().unwrap_or_default()))
    }
}

impl Body for UpstreamBody {
    type Data = Bytes;
    type Error = hyper::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, hyper::Error>>> {
        loop {
            match ready!(Pin::new(&mut self.body).poll_frame(cx)) {
                Some(Ok(frame)) => {
                    if self.body.is_end_stream() {
                        self.lease.release();
                    }
                    // Trailers are not relayed.
                    if frame.is_data() {
                        return Poll::Ready(Some(Ok(frame)));
                    }
                }
                Some(Err(error)) => {
                    // The connection closes with its sender dropped.
                    self.lease.sender = None;
                    return Poll::Ready(Some(Err(error)));
                }
                None => {
                    self.lease.release();
                    return Poll::Ready(None);
                }
            }
        }
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.body.size_hint()
    }
}

/// A request's body on its way to the upstream: none, read whole already,
/// or streamed from the client as it comes (with its length when the
/// client gave one, which hyper's `size_hint` carries; chunked otherwise).
pub enum Outgoing {
    Empty,
    Whole(Option<Bytes>),
    Streamed(Incoming),
}

impl Body for Outgoing {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, std::io::Error>>> {
        match self.get_mut() {
            Outgoing::Empty => Poll::Ready(None),
            Outgoing::Whole(bytes) => Poll::Ready(bytes.take().map(|b| Ok(Frame::data(b)))),
            Outgoing::Streamed(body) => loop {
                match ready!(Pin::new(&mut *body).poll_frame(cx)) {
                    // The client's trailers are not relayed.
                    Some(Ok(frame)) if !frame.is_data() => continue,
                    Some(Ok(frame)) => return Poll::Ready(Some(Ok(frame))),
                    Some(Err(error)) => {
                        return Poll::Ready(Some(Err(std::io::Error::other(error))))
                    }
                    None => return Poll::Ready(None),
                }
            },
        }
    }

    fn is_end_stream(&self) -> bool {
        match self {
            Outgoing::Empty => true,
            Outgoing::Whole(bytes) => bytes.is_none(),
            Outgoing::Streamed(body) => body.is_end_stream(),
        }
    }

    fn size_hint(&self) -> SizeHint {
        match self {
            Outgoing::Empty => SizeHint::with_exact(0),
            Outgoing::Whole(bytes) => {
                SizeHint::with_exact(bytes.as_ref().map_or(0, |b| b.len() as u64))
            }
            Outgoing::Streamed(body) => body.size_hint(),
        }
    }
}
