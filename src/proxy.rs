//! Proxy mode: error-l10n between the gateway and the upstream. Every
//! request goes to the upstream as it came (method, path, query, body
//! streamed, `Host` kept, hop-by-hop headers dropped); an error answer is
//! translated exactly as `POST /v1/translate` would, and everything else
//! streams back byte for byte, never buffered whole.
//!
//! The listener (`crate::proxy_server`) and the client (`crate::upstream`)
//! are hyper's, on each worker's single-threaded runtime with a pool of
//! keep-alive connections per worker: a request's head goes upstream as it
//! came, hop-by-hop headers removed in place, and the upstream's body is
//! the client's answer's body, so backpressure runs from the client to the
//! upstream. A client that goes away closes its connection, which drops
//! the request's future, and with it the upstream request (hyper closes an
//! upstream connection whose answer is no longer awaited).
//!
//! A success never leaves hyper's types. An error answer is translated with
//! the query API's code, which speaks actix's: its head is converted then,
//! and only then.

use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::rc::Rc;
use std::str::FromStr;
use std::sync::Arc;
use std::task::Poll;
use std::time::Duration;

use actix_web::body::MessageBody;
use actix_web::http::header::{self, HeaderMap, HeaderName, HeaderValue};
use actix_web::http::uri::{Authority, Uri};
use actix_web::http::{Method, StatusCode};
use actix_web::{web, HttpResponse, HttpResponseBuilder};
use bytes::{Bytes, BytesMut};
use http_body::{Body, Frame, SizeHint};
use hyper::body::Incoming;

use crate::compiled::Compiled;
use crate::metadata::MessageId;
use crate::metrics::ProxyOutcome;
use crate::negotiation::LocaleId;
use crate::proxy_server::Coarse;
use crate::render::Context;
use crate::routes::{self, State};
use crate::translate::{self, Outcome};
use crate::upstream::{http1_types as http1, Failure, Outgoing, Pool, UpstreamBody};

/// The largest upstream error body read for translation, by default; a
/// larger one streams through untouched.
pub const DEFAULT_ERROR_BODY_LIMIT: usize = 64 * 1024;

/// What `serve --upstream` configures.
#[derive(Debug, Clone)]
pub struct ProxySettings {
    pub upstream: Upstream,
    /// The proxy listener's address.
    pub bind: String,
    /// How long connecting to the upstream may take.
    pub connect_timeout: Duration,
    /// How long the upstream may take to answer: from the start of the
    /// request (its body included) to the end of the response's head, and
    /// again for reading an error body.
    pub timeout: Duration,
    /// The largest error body read for translation, in bytes.
    pub error_body_limit: usize,
    /// Append the client's address to `X-Forwarded-For` (off: the gateway
    /// in front usually sets it).
    pub forwarded_for: bool,
}

impl ProxySettings {
    /// The defaults, for this upstream and proxy address.
    pub fn new(upstream: Upstream, bind: impl Into<String>) -> ProxySettings {
        ProxySettings {
            upstream,
            bind: bind.into(),
            connect_timeout: Duration::from_secs(5),
            timeout: Duration::from_secs(60),
            error_body_limit: DEFAULT_ERROR_BODY_LIMIT,
            forwarded_for: false,
        }
    }
}

/// The upstream's address: `http://HOST:PORT`, nothing more. Only the
/// authority is kept, so a request's absolute-form target can never send
/// the proxy elsewhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Upstream {
    authority: Authority,
}

impl FromStr for Upstream {
    type Err = String;

    fn from_str(text: &str) -> Result<Upstream, String> {
        let uri: Uri = text
            .parse()
            .map_err(|e| format!("{text:?} is not a URL ({e}); give http://HOST:PORT"))?;
        match uri.scheme_str() {
            Some("http") => {}
            Some("https") => {
                return Err(format!(
                    "{text:?}: the proxy speaks plain HTTP to its upstream (Mastodon's puma listens on http://127.0.0.1:3000); TLS is the gateway's job"
                ))
            }
            _ => return Err(format!("{text:?}: give the upstream as http://HOST:PORT")),
        }
        let path = uri.path_and_query().map_or("", |p| p.as_str());
        if !matches!(path, "" | "/") {
            return Err(format!(
                "{text:?}: the upstream is an address only; requests keep their own path"
            ));
        }
        let authority = uri
            .authority()
            .filter(|a| !a.host().is_empty())
            .ok_or_else(|| format!("{text:?}: no host; give http://HOST:PORT"))?;
        if authority.as_str().contains('@') {
            return Err(format!(
                "{text:?}: credentials in the URL are not supported"
            ));
        }
        Ok(Upstream {
            authority: authority.clone(),
        })
    }
}

impl std::fmt::Display for Upstream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "http://{}", self.authority)
    }
}

impl Upstream {
    /// The request target sent upstream: the original's path and query in
    /// origin form, whatever form it came in.
    fn target_for(original: &http1::Uri) -> Option<http1::Uri> {
        let path = original.path_and_query().map_or("/", |p| p.as_str());
        http1::Uri::try_from(path).ok()
    }
}

/// A worker's proxy: its own upstream pool, and the server's state.
pub struct Proxy {
    pool: Pool,
    settings: Arc<ProxySettings>,
    state: web::Data<State>,
    /// The `Host` of a request that came without one (HTTP/1.0).
    host: http1::HeaderValue,
}

impl Proxy {
    /// Made once per worker: the pool is the worker's own. It follows no
    /// redirect (the client gets the upstream's) and adds no header of its
    /// own.
    pub fn new(settings: Arc<ProxySettings>, state: web::Data<State>, coarse: Rc<Coarse>) -> Proxy {
        let authority = &settings.upstream.authority;
        let pool = Pool::new(
            authority.host(),
            authority.port_u16().unwrap_or(80),
            settings.connect_timeout,
            coarse,
            state.metrics.clone(),
        );
        let host = http1::HeaderValue::from_str(authority.as_str())
            .unwrap_or(http1::HeaderValue::from_static("localhost"));
        Proxy {
            pool,
            settings,
            state,
            host,
        }
    }

    /// How long a request has for its answer's head.
    pub fn timeout(&self) -> Duration {
        self.settings.timeout
    }
}

/// A request's deadline, which its connection keeps (the proxy listener's
/// `Clock`).
pub trait Deadline {
    /// Ready once the request's time is up; else the task is woken then.
    fn poll_passed(&self, cx: &mut std::task::Context<'_>) -> Poll<()>;
}

/// `future`'s output, or `None` once the deadline has passed.
async fn before<F: Future>(deadline: &impl Deadline, future: F) -> Option<F::Output> {
    let mut future = std::pin::pin!(future);
    std::future::poll_fn(|cx| match future.as_mut().poll(cx) {
        Poll::Ready(output) => Poll::Ready(Some(output)),
        Poll::Pending => deadline.poll_passed(cx).map(|()| None),
    })
    .await
}

/// The answer's body: the upstream's, streamed (after what was read of it
/// already), or one the proxy made.
pub enum ProxyBody {
    Full(Option<Bytes>),
    Upstream {
        prefix: Option<Bytes>,
        body: UpstreamBody,
    },
}

impl Body for ProxyBody {
    type Data = Bytes;
    type Error = hyper::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, hyper::Error>>> {
        match self.get_mut() {
            ProxyBody::Full(bytes) => Poll::Ready(bytes.take().map(|b| Ok(Frame::data(b)))),
            ProxyBody::Upstream { prefix, body } => match prefix.take() {
                Some(prefix) => Poll::Ready(Some(Ok(Frame::data(prefix)))),
                None => Pin::new(body).poll_frame(cx),
            },
        }
    }

    fn is_end_stream(&self) -> bool {
        match self {
            ProxyBody::Full(bytes) => bytes.as_ref().is_none_or(Bytes::is_empty),
            ProxyBody::Upstream { prefix, body } => prefix.is_none() && body.is_end_stream(),
        }
    }

    fn size_hint(&self) -> SizeHint {
        match self {
            ProxyBody::Full(bytes) => {
                SizeHint::with_exact(bytes.as_ref().map_or(0, |b| b.len() as u64))
            }
            ProxyBody::Upstream { prefix, body } => {
                let before = prefix.as_ref().map_or(0, |p| p.len() as u64);
                let rest = body.size_hint();
                let mut hint = SizeHint::new();
                hint.set_lower(rest.lower() + before);
                if let Some(upper) = rest.upper() {
                    hint.set_upper(upper + before);
                }
                hint
            }
        }
    }
}

/// What a client asked, kept for an error's language after its request
/// went upstream (clones of shared bytes: no copy).
struct Asked {
    method: http1::Method,
    uri: http1::Uri,
    /// Its `Accept-Language` lines: the first, then any more.
    accept_language: Option<http1::HeaderValue>,
    more_accept_language: Vec<http1::HeaderValue>,
    /// A form or JSON body's `lang`.
    body_lang: Option<String>,
}

impl Asked {
    /// What is kept of a request's head, and what one pass over its
    /// headers finds (the `Accept-Language` lines taken on the way: no
    /// lookup of their own).
    fn of(parts: &http1::request::Parts) -> (Asked, RequestNames) {
        let mut asked = Asked {
            method: parts.method.clone(),
            uri: parts.uri.clone(),
            accept_language: None,
            more_accept_language: Vec::new(),
            body_lang: None,
        };
        let mut found = RequestNames::default();
        for (name, value) in &parts.headers {
            match role(name.as_str()) {
                Role::HopByHop => found.hop_by_hop = true,
                Role::ThisBody => found.this_body = true,
                Role::Host => found.host = true,
                Role::AcceptLanguage if asked.accept_language.is_none() => {
                    asked.accept_language = Some(value.clone());
                }
                Role::AcceptLanguage => asked.more_accept_language.push(value.clone()),
                Role::EndToEnd => {}
            }
        }
        (asked, found)
    }
}

/// The outcome a request is counted under, once; a request whose future is
/// dropped unanswered (its client went away) counts as cancelled.
struct Tally<'a> {
    state: &'a State,
    counted: bool,
}

impl Tally<'_> {
    fn count(&mut self, outcome: ProxyOutcome) {
        self.counted = true;
        self.state.metrics.proxied(outcome);
    }
}

impl Drop for Tally<'_> {
    fn drop(&mut self) {
        if !self.counted {
            tracing::debug!("the client went away: upstream request cancelled");
            self.state.metrics.proxied(ProxyOutcome::Cancelled);
        }
    }
}

/// What a header name is to the proxy, by its text (lower case, as
/// `HeaderName` keeps it). Matched by length first, where most names fail:
/// one pass over a head's names costs a few instructions per name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    /// Belongs to one connection, never forwarded (RFC 9110 §7.6.1), with
    /// `Proxy-Connection`, which old clients still send.
    HopByHop,
    /// Written by the client library for the body it sends:
    /// `Content-Length` and `Expect`, set again by the proxy's client.
    ThisBody,
    Host,
    AcceptLanguage,
    EndToEnd,
}

fn role(name: &str) -> Role {
    match name {
        "connection"
        | "keep-alive"
        | "proxy-connection"
        | "proxy-authenticate"
        | "proxy-authorization"
        | "te"
        | "trailer"
        | "transfer-encoding"
        | "upgrade" => Role::HopByHop,
        "content-length" | "expect" => Role::ThisBody,
        "host" => Role::Host,
        "accept-language" => Role::AcceptLanguage,
        _ => Role::EndToEnd,
    }
}

/// What one pass over a request's header names found.
#[derive(Default)]
struct RequestNames {
    hop_by_hop: bool,
    this_body: bool,
    host: bool,
}

/// Removes a message's hop-by-hop headers, those its `Connection` names
/// included, in place: the one place the proxy drops them, from requests
/// and answers alike. Hidden public for the fuzz target.
#[doc(hidden)]
pub fn strip_hop_by_hop(headers: &mut http1::HeaderMap) {
    // Most messages have none: one pass over the names to find out.
    if headers
        .keys()
        .any(|name| role(name.as_str()) == Role::HopByHop)
    {
        remove_hop_by_hop(headers);
    }
}

fn remove_hop_by_hop(headers: &mut http1::HeaderMap) {
    let named = headers
        .get_all(http1::header::CONNECTION)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|token| http1::HeaderName::from_str(token.trim()).ok());
    let doomed: Vec<http1::HeaderName> = headers
        .keys()
        .filter(|name| role(name.as_str()) == Role::HopByHop)
        .cloned()
        .chain(named)
        .collect();
    for name in &doomed {
        headers.remove(name);
    }
}

/// Headers in actix's types.
fn actix_headers(from: &http1::HeaderMap) -> HeaderMap {
    let mut headers = HeaderMap::with_capacity(from.len());
    for (name, value) in from {
        let name = HeaderName::from_bytes(name.as_str().as_bytes());
        let value = HeaderValue::from_bytes(value.as_bytes());
        if let (Ok(name), Ok(value)) = (name, value) {
            headers.append(name, value);
        }
    }
    headers
}

/// An answer made with actix's types (the query API's code), in hyper's.
fn from_actix(answer: HttpResponse) -> http1::Response<ProxyBody> {
    let (head, body) = answer.into_parts();
    let bytes = body.try_into_bytes().unwrap_or_default();
    let mut response = http1::Response::new(ProxyBody::Full(Some(bytes)));
    *response.status_mut() = http1::StatusCode::from_u16(head.status().as_u16())
        .unwrap_or(http1::StatusCode::BAD_GATEWAY);
    let headers = response.headers_mut();
    for (name, value) in head.headers() {
        // hyper writes the length of the body it is given.
        if name == header::CONTENT_LENGTH {
            continue;
        }
        let name = http1::HeaderName::from_bytes(name.as_str().as_bytes());
        let value = http1::HeaderValue::from_bytes(value.as_bytes());
        if let (Ok(name), Ok(value)) = (name, value) {
            headers.append(name, value);
        }
    }
    response
}

/// The upstream's answer as it came: status, end-to-end headers (`head`
/// is stripped already), and the body streamed (after `prefix`, the part
/// already read).
fn relayed(
    head: http1::response::Parts,
    body: UpstreamBody,
    prefix: Option<Bytes>,
) -> http1::Response<ProxyBody> {
    http1::Response::from_parts(head, ProxyBody::Upstream { prefix, body })
}

/// Any method, any path: the proxy listener's one handler.
pub async fn forward(
    proxy: &Proxy,
    request: http1::Request<Incoming>,
    peer: SocketAddr,
    deadline: &impl Deadline,
) -> http1::Response<ProxyBody> {
    let state = &*proxy.state;
    let settings = &*proxy.settings;
    let mut tally = Tally {
        state,
        counted: false,
    };
    let (mut parts, body) = request.into_parts();
    let (mut asked, names) = Asked::of(&parts);
    // `Upgrade` is hop-by-hop: looked for only when there is one.
    if (names.hop_by_hop && is_websocket(&parts.headers)) || parts.method == http1::Method::CONNECT
    {
        // The recipes route Mastodon's streaming API around the proxy; and
        // it opens no tunnels.
        tally.count(ProxyOutcome::Refused);
        return own_error(state, &asked, StatusCode::NOT_IMPLEMENTED);
    }
    // Mastodon also takes `lang` from a form or JSON body (Rails merges
    // body and query parameters): a small one is read first to find it.
    let body = match request_body(&parts.headers, &body, settings.error_body_limit) {
        RequestBody::None => Outgoing::Empty,
        RequestBody::Small(length) => {
            let read = before(
                deadline,
                Box::pin(read_whole(body, settings.error_body_limit)),
            );
            let body = match read.await {
                Some(Some(body)) if body.len() as u64 == length => body,
                // The client broke off or sent other than it said.
                Some(_) => {
                    tally.count(ProxyOutcome::Refused);
                    return own_error(state, &asked, StatusCode::BAD_REQUEST);
                }
                None => {
                    tally.count(ProxyOutcome::Refused);
                    return own_error(state, &asked, StatusCode::REQUEST_TIMEOUT);
                }
            };
            asked.body_lang = parameter_lang(&parts.headers, &body);
            Outgoing::Whole(Some(body))
        }
        // Its length, or its being chunked, goes with it (`size_hint`).
        RequestBody::Streamed => Outgoing::Streamed(body),
    };
    // The request's head as it came, but for what belongs to this hop:
    // hop-by-hop headers, and `Content-Length` and `Expect`, which the
    // client library writes for the body it sends.
    let mut has_host = names.host;
    if names.hop_by_hop {
        remove_hop_by_hop(&mut parts.headers);
        // `Connection` may name `Host` itself.
        has_host = parts.headers.contains_key(http1::header::HOST);
    }
    if names.this_body {
        parts.headers.remove(http1::header::CONTENT_LENGTH);
        parts.headers.remove(http1::header::EXPECT);
    }
    if parts.uri.scheme().is_some() || parts.uri.authority().is_some() {
        match Upstream::target_for(&parts.uri) {
            Some(target) => parts.uri = target,
            None => {
                tally.count(ProxyOutcome::BadGateway);
                return own_error(state, &asked, StatusCode::BAD_GATEWAY);
            }
        }
    }
    if !has_host {
        parts
            .headers
            .insert(http1::header::HOST, proxy.host.clone());
    }
    if settings.forwarded_for {
        append_forwarded_for(&mut parts.headers, peer.ip());
    }
    parts.version = http1::Version::HTTP_11;
    let request = http1::Request::from_parts(parts, body);
    // The deadline runs from the request's head to the answer's, the
    // request's body included.
    let (response, lease) = match before(deadline, proxy.pool.send(request)).await {
        Some(Ok(answer)) => answer,
        Some(Err(failure)) => return upstream_failed(&mut tally, state, &asked, failure),
        None => return upstream_failed(&mut tally, state, &asked, Failure::Timeout),
    };
    let (mut head, body) = response.into_parts();
    let body = UpstreamBody::new(body, lease);
    strip_hop_by_hop(&mut head.headers);
    // A success goes back as it came, without another look at its headers.
    if head.status.as_u16() < 400 {
        tally.count(ProxyOutcome::Streamed);
        return relayed(head, body, None);
    }
    // Boxed: the error path's state stays out of every request's future,
    // which is moved whole as hyper takes it.
    Box::pin(translated(&mut tally, proxy, asked, head, body)).await
}

/// The proxy's answer when the upstream gave none.
fn upstream_failed(
    tally: &mut Tally<'_>,
    state: &State,
    asked: &Asked,
    failure: Failure,
) -> http1::Response<ProxyBody> {
    let (status, outcome) = match &failure {
        Failure::Timeout | Failure::ConnectTimeout => {
            (StatusCode::GATEWAY_TIMEOUT, ProxyOutcome::GatewayTimeout)
        }
        // The client's own body failed on the way (a broken chunk, a body
        // cut short): the client's fault, not the upstream's.
        Failure::Http(error) if error.is_user() => (StatusCode::BAD_REQUEST, ProxyOutcome::Refused),
        Failure::Connect(_) | Failure::Http(_) => {
            (StatusCode::BAD_GATEWAY, ProxyOutcome::BadGateway)
        }
    };
    tracing::warn!(error = %failure, path = asked.uri.path(), "the upstream did not answer");
    tally.count(outcome);
    own_error(state, asked, status)
}

/// An upstream error: translated when it is a JSON error body within the
/// limit and the client reads other than English, else relayed.
async fn translated(
    tally: &mut Tally<'_>,
    proxy: &Proxy,
    asked: Asked,
    head: http1::response::Parts,
    mut body: UpstreamBody,
) -> http1::Response<ProxyBody> {
    let state = &*proxy.state;
    let settings = &*proxy.settings;
    let Ok(status) = StatusCode::from_u16(head.status.as_u16()) else {
        tally.count(ProxyOutcome::Streamed);
        return relayed(head, body, None);
    };
    let method = Method::from_bytes(asked.method.as_str().as_bytes()).unwrap_or(Method::GET);
    let headers = actix_headers(&head.headers);
    let limit = error_body_length(&method, status, &headers, settings.error_body_limit);
    let Some(limit) = limit else {
        tally.count(ProxyOutcome::Streamed);
        return relayed(head, body, None);
    };
    let compiled = state.catalogs.current();
    let chain = client_chain(state, &compiled, &asked);
    // An English reader gets the upstream's own English, unless a 429
    // gains its hint.
    if chain.first() == Some(&compiled.catalog.source) && status != StatusCode::TOO_MANY_REQUESTS {
        tally.count(ProxyOutcome::Streamed);
        return relayed(head, body, None);
    }
    let announced = content_length(headers.get(header::CONTENT_LENGTH).map(|v| v.as_bytes()));
    let body = match read_error_body(&mut body, limit, settings.timeout).await {
        // A body that ends short of its announced length is an error to
        // the client library; only one that did not say is checked here.
        Ok(Read::Whole(whole)) if announced.is_some_and(|n| n != whole.len() as u64) => {
            tracing::warn!(
                path = asked.uri.path(),
                "the upstream's error body ended short"
            );
            tally.count(ProxyOutcome::BadGateway);
            return own_error(state, &asked, StatusCode::BAD_GATEWAY);
        }
        Ok(Read::Whole(whole)) => whole,
        Ok(Read::TooLong(prefix)) => {
            tally.count(ProxyOutcome::Streamed);
            return relayed(head, body, Some(prefix.freeze()));
        }
        Err(failure) => {
            let (status, outcome) = match failure {
                ReadFailure::Timeout => (StatusCode::GATEWAY_TIMEOUT, ProxyOutcome::GatewayTimeout),
                ReadFailure::Broken => (StatusCode::BAD_GATEWAY, ProxyOutcome::BadGateway),
            };
            tracing::warn!(
                path = asked.uri.path(),
                upstream_status = status.as_u16(),
                ?failure,
                "the upstream's error body could not be read"
            );
            tally.count(outcome);
            return own_error(state, &asked, status);
        }
    };
    let (answer, rendered) = error_answer(
        &compiled,
        status,
        &headers,
        body,
        &chain,
        state.oauth_strict,
    );
    match rendered {
        Some((message, locale)) => {
            tally.count(ProxyOutcome::Translated);
            compiled.count_rendered(message, locale);
        }
        None => tally.count(ProxyOutcome::Passthrough),
    }
    from_actix(answer)
}

/// A small request body, whole; `None` if it breaks off or is over `limit`.
async fn read_whole(mut body: Incoming, limit: usize) -> Option<Bytes> {
    let mut whole = BytesMut::new();
    while let Some(frame) = std::future::poll_fn(|cx| Pin::new(&mut body).poll_frame(cx)).await {
        if let Ok(data) = frame.ok()?.into_data() {
            whole.extend_from_slice(&data);
            if whole.len() > limit {
                return None;
            }
        }
    }
    Some(whole.freeze())
}

/// The answer to an upstream error whose body was read whole: the
/// translation when `translate` recognizes the body, else the upstream's
/// bytes; the upstream's status and headers either way (`upstream` holds
/// the end-to-end ones: `strip_hop_by_hop` came first); a 429's hint waits
/// what the upstream's headers say. Also the message and locale rendered,
/// for the metrics.
///
/// Public, hidden, and free of sockets and of the server's state so that
/// the fuzz target (`fuzz/fuzz_targets/proxy_response.rs`) drives exactly
/// what `forward` answers.
#[doc(hidden)]
pub fn error_answer(
    compiled: &Compiled,
    status: StatusCode,
    upstream: &HeaderMap,
    body: Bytes,
    chain: &[LocaleId],
    oauth_strict: bool,
) -> (HttpResponse, Option<(MessageId, LocaleId)>) {
    let wait = (status == StatusCode::TOO_MANY_REQUESTS)
        .then(|| routes::forwarded_wait(upstream))
        .flatten();
    let context = Context {
        status: status.as_u16(),
        chain,
        wait,
        oauth_strict,
    };
    let mut answer = HttpResponse::build(status);
    for (name, value) in upstream {
        // The body's own length is written for it.
        if name != header::CONTENT_LENGTH {
            answer.append_header((name.clone(), value.clone()));
        }
    }
    match translate::translate(compiled, &body, &context) {
        Ok(Outcome::Rendered {
            body,
            message,
            locale,
            retry_after,
        }) => {
            localized_headers(&mut answer, upstream, compiled, locale, retry_after);
            let mut answer = answer.body(body);
            // The upstream's validator names its English body, not this one.
            answer.headers_mut().remove(header::ETAG);
            (answer, Some((message, locale)))
        }
        // Not recognized, or not the JSON it said: the upstream's bytes.
        Ok(Outcome::Passthrough) | Err(_) => (answer.body(body), None),
    }
}

fn is_websocket(headers: &http1::HeaderMap) -> bool {
    headers
        .get_all(http1::header::UPGRADE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.to_ascii_lowercase().contains("websocket"))
}

fn append_forwarded_for(headers: &mut http1::HeaderMap, peer: std::net::IpAddr) {
    let forwarded_for = http1::HeaderName::from_static("x-forwarded-for");
    let before: Vec<&str> = headers
        .get_all(&forwarded_for)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    let value = match before.is_empty() {
        true => peer.to_string(),
        false => format!("{}, {peer}", before.join(", ")),
    };
    if let Ok(value) = http1::HeaderValue::from_str(&value) {
        headers.insert(forwarded_for, value);
    }
}

enum RequestBody {
    None,
    /// A form or JSON body within the limit: read whole, for its `lang`.
    Small(u64),
    /// Any other, streamed with the framing the client gave it.
    Streamed,
}

/// How the client's body comes, as hyper's server read its framing (a
/// request with neither `Content-Length` nor chunked has none, whatever its
/// method).
fn request_body(headers: &http1::HeaderMap, body: &Incoming, limit: usize) -> RequestBody {
    if body.is_end_stream() {
        return RequestBody::None;
    }
    match body.size_hint().exact() {
        Some(length) if length <= limit as u64 && parameters_in(headers).is_some() => {
            RequestBody::Small(length)
        }
        _ => RequestBody::Streamed,
    }
}

#[derive(Clone, Copy)]
enum Parameters {
    Form,
    Json,
}

/// Whether a body carries parameters Mastodon reads, and how.
fn parameters_in(headers: &http1::HeaderMap) -> Option<Parameters> {
    let essence = headers
        .get(http1::header::CONTENT_TYPE)?
        .to_str()
        .ok()?
        .split(';')
        .next()?
        .trim()
        .to_ascii_lowercase();
    match essence.as_str() {
        "application/x-www-form-urlencoded" => Some(Parameters::Form),
        "application/json" => Some(Parameters::Json),
        _ => None,
    }
}

/// The `lang` parameter of a form or JSON body (a top-level string).
fn parameter_lang(headers: &http1::HeaderMap, body: &[u8]) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Lang {
        lang: Option<String>,
    }
    match parameters_in(headers)? {
        Parameters::Form => {
            let text = std::str::from_utf8(body).ok()?;
            crate::query::lang(text).map(Into::into)
        }
        Parameters::Json => serde_json::from_slice::<Lang>(body).ok()?.lang,
    }
}

/// A `Content-Length` value's number.
fn content_length(value: Option<&[u8]>) -> Option<u64> {
    std::str::from_utf8(value?).ok()?.trim().parse().ok()
}

/// Whether an answer is an error body to translate, and the most of it to
/// read: an error status, JSON, not encoded, not announced as too long,
/// and a body the request may have. Hidden public for the fuzz target.
#[doc(hidden)]
pub fn error_body_length(
    method: &Method,
    status: StatusCode,
    headers: &HeaderMap,
    limit: usize,
) -> Option<usize> {
    let json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(|essence| {
            let essence = essence.trim().to_ascii_lowercase();
            essence == "application/json" || essence.ends_with("+json")
        })
        .unwrap_or(false);
    let encoded = headers
        .get_all(header::CONTENT_ENCODING)
        .any(|v| !v.as_bytes().eq_ignore_ascii_case(b"identity"));
    let length = content_length(headers.get(header::CONTENT_LENGTH).map(|v| v.as_bytes()));
    let fits = length.is_none_or(|length| length <= limit as u64);
    let candidate = status.as_u16() >= 400 && method != Method::HEAD && json && !encoded && fits;
    candidate.then_some(limit)
}

/// The chain a proxied client asked for: Mastodon's own order, the `lang`
/// parameter (the query's, else the body's) when it is exactly a served
/// locale, then `Accept-Language`.
fn client_chain(state: &State, compiled: &Compiled, asked: &Asked) -> Arc<[LocaleId]> {
    let query_lang = crate::query::lang(asked.uri.query().unwrap_or(""));
    let chain = [query_lang.as_deref(), asked.body_lang.as_deref()]
        .into_iter()
        .flatten()
        .find_map(|tag| routes::lang_chain(compiled, tag));
    if let Some(chain) = chain {
        state.metrics.negotiated(None);
        return chain;
    }
    let mut headers = HeaderMap::new();
    let lines = asked
        .accept_language
        .iter()
        .chain(&asked.more_accept_language);
    for value in lines.filter_map(|v| HeaderValue::from_bytes(v.as_bytes()).ok()) {
        headers.append(header::ACCEPT_LANGUAGE, value);
    }
    let (chain, how) = routes::accept_language_chain(compiled, &headers);
    state.metrics.negotiated(Some(how));
    chain
}

enum Read {
    Whole(Bytes),
    /// More than the limit: what was read, to send before the rest.
    TooLong(BytesMut),
}

#[derive(Debug)]
enum ReadFailure {
    Timeout,
    Broken,
}

/// Reads an error body, up to `limit` bytes and within `timeout`.
async fn read_error_body(
    response: &mut UpstreamBody,
    limit: usize,
    timeout: Duration,
) -> Result<Read, ReadFailure> {
    let deadline = tokio::time::Instant::now() + timeout;
    let mut body = BytesMut::new();
    loop {
        match tokio::time::timeout_at(deadline, response.next()).await {
            Err(_) => return Err(ReadFailure::Timeout),
            Ok(None) => return Ok(Read::Whole(body.freeze())),
            Ok(Some(Err(_))) => return Err(ReadFailure::Broken),
            Ok(Some(Ok(chunk))) => {
                body.extend_from_slice(&chunk);
                if body.len() > limit {
                    return Ok(Read::TooLong(body));
                }
            }
        }
    }
}

/// The headers a translated body changes: its language, `Vary` gaining
/// `Accept-Language` (kept with what the upstream listed), and the
/// `Retry-After` of a hint unless the upstream sent its own.
fn localized_headers(
    answer: &mut HttpResponseBuilder,
    upstream: &HeaderMap,
    compiled: &Compiled,
    locale: LocaleId,
    retry_after: Option<u64>,
) {
    answer.insert_header((
        header::CONTENT_LANGUAGE,
        compiled.content_language(locale).clone(),
    ));
    let listed: Vec<&str> = upstream
        .get_all(header::VARY)
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .collect();
    let covered = listed
        .iter()
        .any(|v| *v == "*" || v.eq_ignore_ascii_case("accept-language"));
    if !covered {
        let mut vary = listed.join(", ");
        if !vary.is_empty() {
            vary.push_str(", ");
        }
        vary.push_str("Accept-Language");
        if let Ok(value) = HeaderValue::from_str(&vary) {
            answer.insert_header((header::VARY, value));
        }
    }
    if let Some(seconds) = retry_after.filter(|_| !upstream.contains_key(header::RETRY_AFTER)) {
        answer.insert_header((header::RETRY_AFTER, HeaderValue::from(seconds)));
    }
}

/// The proxy's own answer when the upstream cannot give one (502, 504) or
/// the request cannot be relayed (501, 400, 408): the status's message in
/// the client's language.
fn own_error(state: &State, asked: &Asked, status: StatusCode) -> http1::Response<ProxyBody> {
    let compiled = state.catalogs.current();
    let chain = client_chain(state, &compiled, asked);
    let message = compiled.catalog.metadata.for_status(status.as_u16());
    let context = Context {
        status: status.as_u16(),
        chain: &chain,
        wait: None,
        oauth_strict: state.oauth_strict,
    };
    let answer = match compiled.render(message, &[], &context) {
        Ok(rendered) => {
            compiled.count_rendered(message.id(), rendered.locale);
            let mut answer = HttpResponse::build(status);
            routes::rendered_headers(&mut answer, &compiled, message.id(), rendered.locale, None);
            answer.body(rendered.body)
        }
        // A message without arguments always renders; should it not, the
        // status alone still says what happened.
        Err(_) => HttpResponse::build(status).finish(),
    };
    from_actix(answer)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upstream_addresses() {
        for good in [
            "http://127.0.0.1:3000",
            "http://mastodon:3000/",
            "http://[::1]:3000",
            "http://web",
        ] {
            assert!(good.parse::<Upstream>().is_ok(), "{good}");
        }
        for (bad, says) in [
            ("https://127.0.0.1:3000", "plain HTTP"),
            ("127.0.0.1:3000", "http://HOST:PORT"),
            ("http://127.0.0.1:3000/api", "address only"),
            ("http://127.0.0.1:3000/?a=1", "address only"),
            ("http://user:pw@127.0.0.1:3000", "credentials"),
            ("ftp://x", "http://HOST:PORT"),
            ("", "not a URL"),
        ] {
            let error = bad.parse::<Upstream>().expect_err(bad);
            assert!(error.contains(says), "{bad}: {error}");
        }
    }

    #[test]
    fn a_request_target_keeps_its_path_and_never_its_host() {
        let absolute: http1::Uri = "http://elsewhere.example/api/v1/x?lang=de".parse().unwrap();
        assert_eq!(
            Upstream::target_for(&absolute).unwrap().to_string(),
            "/api/v1/x?lang=de"
        );
        let origin: http1::Uri = "/oauth/token".parse().unwrap();
        assert_eq!(
            Upstream::target_for(&origin).unwrap().to_string(),
            "/oauth/token"
        );
    }

    #[test]
    fn hop_by_hop_headers_are_dropped_with_those_connection_names() {
        let mut headers = http1::HeaderMap::new();
        for (name, value) in [
            ("connection", "keep-alive, X-Secret"),
            ("keep-alive", "timeout=5"),
            ("x-secret", "1"),
            ("transfer-encoding", "chunked"),
            ("te", "trailers"),
            ("upgrade", "h2c"),
            ("proxy-connection", "keep-alive"),
            ("proxy-authenticate", "Basic"),
            ("proxy-authorization", "Basic eDp5"),
            ("trailer", "x-checksum"),
            ("host", "social.example"),
            ("authorization", "Bearer t"),
            ("accept-language", "de"),
        ] {
            headers.append(
                http1::HeaderName::from_static(name),
                http1::HeaderValue::from_static(value),
            );
        }
        strip_hop_by_hop(&mut headers);
        let mut kept: Vec<&str> = headers.keys().map(|name| name.as_str()).collect();
        kept.sort_unstable();
        assert_eq!(kept, ["accept-language", "authorization", "host"]);
    }
}
