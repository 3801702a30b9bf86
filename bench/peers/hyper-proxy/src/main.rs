//! The least a proxy on error-l10n's stack can do: hyper's HTTP/1 server and
//! client on one single-threaded runtime, each request forwarded as it came
//! over a pool of keep-alive connections, each answer returned as it came.
//! No header is looked at, nothing is translated, nothing is bounded.
//! `bench/run` measures it beside error-l10n's proxy and nginx, so that the
//! figures say what the stack costs and what error-l10n adds to it.
//!
//!     hyper-proxy-peer --bind 127.0.0.1:8081 --upstream 127.0.0.1:3000

use std::cell::RefCell;
use std::rc::Rc;

use hyper::body::Incoming;
use hyper::client::conn::http1::SendRequest;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;

type Sender = SendRequest<Incoming>;

struct Pool {
    idle: RefCell<Vec<Sender>>,
    upstream: String,
}

impl Pool {
    async fn sender(&self) -> std::io::Result<Sender> {
        loop {
            let idle = self.idle.borrow_mut().pop();
            match idle {
                Some(mut sender) => {
                    if sender.ready().await.is_ok() {
                        return Ok(sender);
                    }
                }
                None => {
                    let stream = tokio::net::TcpStream::connect(&self.upstream).await?;
                    stream.set_nodelay(true)?;
                    let (sender, connection) =
                        hyper::client::conn::http1::handshake(TokioIo::new(stream))
                            .await
                            .map_err(std::io::Error::other)?;
                    tokio::task::spawn_local(connection);
                    return Ok(sender);
                }
            }
        }
    }

    async fn forward(&self, request: Request<Incoming>) -> std::io::Result<Response<Incoming>> {
        let mut sender = self.sender().await?;
        let response = sender
            .send_request(request)
            .await
            .map_err(std::io::Error::other)?;
        // Ready again once this answer's body is read; `sender` waits.
        self.idle.borrow_mut().push(sender);
        Ok(response)
    }
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let flag = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
            .ok_or_else(|| std::io::Error::other(format!("{name} ADDRESS is needed")))
    };
    let bind = flag("--bind")?;
    let upstream = flag("--upstream")?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let local = tokio::task::LocalSet::new();
    local.block_on(&runtime, async move {
        let listener = tokio::net::TcpListener::bind(&bind).await?;
        let pool = Rc::new(Pool {
            idle: RefCell::new(Vec::new()),
            upstream,
        });
        loop {
            let (stream, _) = listener.accept().await?;
            stream.set_nodelay(true)?;
            let pool = pool.clone();
            tokio::task::spawn_local(async move {
                let service = hyper::service::service_fn(move |request| {
                    let pool = pool.clone();
                    async move { pool.forward(request).await }
                });
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    })
}
