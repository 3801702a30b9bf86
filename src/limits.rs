//! The bounds on what one client can hold: time (head, body, idle
//! keep-alive), connections, and memory (a body's buffer, and the heap given
//! back once a flood of connections is gone).
//!
//! actix bounds the head itself (`client_request_timeout`) but waits for a
//! body forever: the one route that reads a body reads it through
//! [`read_body`], under a deadline counted from the end of the head.

use std::cell::RefCell;
use std::future::{poll_fn, Future};
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};
use std::time::Duration;

use actix_web::body::{BodySize, BoxBody, EitherBody, MessageBody};
use actix_web::dev::{Payload as DevPayload, Service, ServiceRequest, ServiceResponse};
use actix_web::error::PayloadError;
use actix_web::http::header;
use actix_web::web::{Bytes, BytesMut, Payload};
use actix_web::{HttpMessage, HttpRequest};
use futures_core::Stream;

type BoxedPayloadStream = Pin<Box<dyn Stream<Item = Result<Bytes, PayloadError>>>>;

/// Closes a connection whose chunked request body was left unread.
///
/// actix closes the connection after answering a request whose
/// `Content-Length` body was not read, but a chunked one whose reader is
/// gone it drains to its end, with no deadline: a client trickling chunks to
/// a route that ignores bodies (or after a 408) held its connection forever.
/// actix decides when the answer's head is written, and closes if the body's
/// reader is still alive then: so the reader is shared, and one share rides
/// in the answer's body until it is sent. Requests without a chunked body
/// pass untouched.
pub fn close_after_unread_chunks<S, B>(
    mut req: ServiceRequest,
    service: &S,
) -> impl Future<Output = Result<ServiceResponse<EitherBody<B>>, actix_web::Error>>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = actix_web::Error>,
    B: MessageBody + 'static,
{
    let held = if req.chunked().unwrap_or(false) {
        let shared = Rc::new(RefCell::new(req.take_payload()));
        let stream: BoxedPayloadStream = Box::pin(SharedPayload(shared.clone()));
        req.set_payload(DevPayload::from(stream));
        Some(shared)
    } else {
        None
    };
    let answer = service.call(req);
    async move {
        let answer = answer.await?;
        Ok(match held {
            None => answer.map_into_left_body(),
            Some(reader) => answer.map_body(|_, body| {
                EitherBody::right(BoxBody::new(Holding {
                    body: BoxBody::new(body),
                    _reader: reader,
                }))
            }),
        })
    }
}

/// The request body's reader, as the handler sees it.
struct SharedPayload(Rc<RefCell<DevPayload>>);

impl Stream for SharedPayload {
    type Item = Result<Bytes, PayloadError>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        // Never borrowed elsewhere while polled: `Holding` only keeps it.
        Pin::new(&mut *self.0.borrow_mut()).poll_next(cx)
    }
}

/// An answer's body that keeps the request body's reader alive until sent.
struct Holding {
    body: BoxBody,
    _reader: Rc<RefCell<DevPayload>>,
}

impl MessageBody for Holding {
    type Error = Box<dyn std::error::Error>;

    fn size(&self) -> BodySize {
        self.body.size()
    }

    fn poll_next(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Bytes, Self::Error>>> {
        Pin::new(&mut self.body).poll_next(cx)
    }
}

/// How long a request head may take to arrive (actix answers an empty 408).
pub const HEAD_TIMEOUT: Duration = Duration::from_secs(5);
/// How long an idle keep-alive connection is kept.
pub const KEEP_ALIVE: Duration = Duration::from_secs(5);
/// How long a request body may take, from the end of its head
/// (`--body-timeout`).
pub const DEFAULT_BODY_TIMEOUT: Duration = Duration::from_secs(5);
/// The most connections open at once, over every worker
/// (`--max-connections`). Each costs about 16 KiB of buffers, plus its body
/// while one is read: at most twice the body limit (the socket's chunks,
/// then the body they are copied into).
pub const DEFAULT_MAX_CONNECTIONS: usize = 1024;

/// Why a body was not read.
#[derive(Debug)]
pub enum BodyFailure {
    /// Declared or sent beyond the limit, in bytes.
    TooLarge(usize),
    /// Not complete by the deadline.
    TimedOut(Duration),
    /// The connection broke, or the framing was wrong.
    Broken(PayloadError),
}

/// Reads a body whole, at most `limit` bytes, within `timeout` of now (the
/// handler runs as soon as the head is parsed, so "now" is the end of the
/// head). A declared `Content-Length` over the limit fails before a byte is
/// read (so `Expect: 100-continue` gets its 413 at once), and a declared
/// length sizes the buffer once instead of doubling it as chunks come.
pub async fn read_body(
    req: &HttpRequest,
    mut payload: Payload,
    limit: usize,
    timeout: Duration,
) -> Result<Bytes, BodyFailure> {
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|length| length > limit as u64) {
        return Err(BodyFailure::TooLarge(limit));
    }
    // Chunked bodies start small: most error bodies are under a kilobyte.
    let capacity = declared.map_or(1024, |length| length as usize).min(limit);
    let read = async move {
        let mut body = BytesMut::with_capacity(capacity);
        while let Some(chunk) = poll_fn(|cx| Pin::new(&mut payload).poll_next(cx)).await {
            let chunk = chunk.map_err(|e| match e {
                PayloadError::Overflow => BodyFailure::TooLarge(limit),
                other => BodyFailure::Broken(other),
            })?;
            if body.len() + chunk.len() > limit {
                return Err(BodyFailure::TooLarge(limit));
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body.freeze())
    };
    // One deadline for the whole body: a byte trickled now and then does
    // not extend it.
    tokio::time::timeout(timeout, read)
        .await
        .unwrap_or(Err(BodyFailure::TimedOut(timeout)))
}

/// actix bounds connections per worker: the share of each, rounded up so
/// that the bound is never below what was asked.
pub fn per_worker(max_connections: usize, workers: usize) -> usize {
    max_connections.div_ceil(workers.max(1)).max(1)
}

/// The worker count actix uses when none is given.
pub fn default_workers() -> usize {
    std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
}

/// Raises the soft limit on open files to the hard one, so that the
/// connection bound, not the file limit, is what a flood meets (systemd's
/// default soft limit is 1024). Returns the limit in force, when known.
#[cfg(unix)]
pub fn raise_open_files_limit() -> Option<u64> {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit and setrlimit only read and write the struct given.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) != 0 {
            return None;
        }
        if limit.rlim_cur < limit.rlim_max {
            let raised = libc::rlimit {
                rlim_cur: limit.rlim_max,
                rlim_max: limit.rlim_max,
            };
            if libc::setrlimit(libc::RLIMIT_NOFILE, &raised) == 0 {
                limit = raised;
            }
        }
    }
    // `rlim_t` is u64 on Linux, not on every unix.
    #[allow(clippy::unnecessary_cast)]
    Some(limit.rlim_cur as u64)
}

#[cfg(not(unix))]
pub fn raise_open_files_limit() -> Option<u64> {
    None
}

/// Makes the kernel stop completing new connections on `listener` while
/// those it has already queued stay, for the server to take and answer.
///
/// When a server stops accepting, connections the kernel completed but the
/// server had not yet taken are reset as the listener closes: clients whose
/// request was accepted, from their side, get no answer. A socket filter
/// that drops every packet reaching the listener stops new handshakes (their
/// SYNs go unanswered, are retried, and meet the closed port: refused),
/// while the queued connections, which are sockets of their own, are
/// untouched. Linux only; elsewhere a no-op.
pub fn stop_taking_connections(listener: &std::net::TcpListener) {
    #[cfg(target_os = "linux")]
    {
        use std::os::fd::AsRawFd;
        // One instruction: return 0, "keep 0 bytes of the packet" (drop it).
        let mut drop_all = [libc::sock_filter {
            code: (libc::BPF_RET | libc::BPF_K) as u16,
            jt: 0,
            jf: 0,
            k: 0,
        }];
        let program = libc::sock_fprog {
            len: 1,
            filter: drop_all.as_mut_ptr(),
        };
        // SAFETY: the program outlives the call, which copies it; the
        // descriptor is the listener's own.
        let attached = unsafe {
            libc::setsockopt(
                listener.as_raw_fd(),
                libc::SOL_SOCKET,
                libc::SO_ATTACH_FILTER,
                std::ptr::addr_of!(program).cast(),
                std::mem::size_of::<libc::sock_fprog>() as libc::socklen_t,
            )
        };
        if attached != 0 {
            tracing::warn!(
                "cannot stop new connections before the listener closes: {}",
                std::io::Error::last_os_error()
            );
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = listener;
}

/// How long the server keeps taking the connections the kernel queued
/// before it stops: its accept loop empties the queue in far less.
pub const QUEUE_DRAIN: Duration = Duration::from_millis(200);

/// Gives the heap's free pages back to the system every few seconds.
///
/// glibc's malloc keeps what a thread freed in that thread's arena, and
/// returns to the system only the free space at the top of each heap: after
/// a flood of connections is gone, their buffers are free but scattered
/// between live allocations, and RSS stays at its peak. `malloc_trim`
/// releases every free page, wherever it is. At the service's steady heap
/// (a few MiB) a call takes well under a millisecond. One thread for the
/// process, however many servers it runs (the tests run dozens).
pub fn give_back_memory_periodically() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        static STARTED: std::sync::Once = std::sync::Once::new();
        STARTED.call_once(|| {
            let spawned = std::thread::Builder::new()
                .name("malloc-trim".into())
                .spawn(|| loop {
                    std::thread::sleep(TRIM_INTERVAL);
                    // SAFETY: malloc_trim only walks the allocator's own
                    // free lists, under the allocator's locks.
                    unsafe {
                        libc::malloc_trim(0);
                    }
                });
            if let Err(e) = spawned {
                tracing::warn!("cannot start the thread that gives memory back: {e}");
            }
        });
    }
}

/// How often free heap pages are given back.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const TRIM_INTERVAL: Duration = Duration::from_secs(10);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_connection_bound_is_shared_and_rounded_up() {
        assert_eq!(per_worker(1024, 2), 512);
        assert_eq!(per_worker(1025, 2), 513);
        assert_eq!(per_worker(1, 4), 1);
        assert_eq!(per_worker(10, 0), 10);
    }
}
