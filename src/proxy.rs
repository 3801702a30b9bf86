//! Proxy mode: error-l10n between the gateway and the upstream. Every
//! request goes to the upstream as it came (method, path, query, body
//! streamed, `Host` kept, hop-by-hop headers dropped); an error answer is
//! translated exactly as `POST /v1/translate` would, and everything else
//! streams back byte for byte, never buffered whole.
//!
//! The client is `awc`, actix's own: it runs on the worker's
//! single-threaded runtime with one pool of keep-alive connections per
//! worker, and its response is a `Stream` an actix response can take as its
//! body, so backpressure runs from the client to the upstream. A client
//! that goes away drops the handler's future, and with it the upstream
//! request.

use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use actix_web::body::{BodyStream, SizedStream};
use actix_web::http::header::{self, HeaderMap, HeaderName, HeaderValue};
use actix_web::http::uri::{Authority, Uri};
use actix_web::http::{Method, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse, HttpResponseBuilder};
use awc::error::{ConnectError, SendRequestError};
use bytes::{Bytes, BytesMut};
use futures_util::{stream, StreamExt};

use crate::compiled::Compiled;
use crate::metadata::MessageId;
use crate::metrics::ProxyOutcome;
use crate::negotiation::LocaleId;
use crate::render::Context;
use crate::routes::{self, State};
use crate::translate::{self, Outcome};

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
    fn uri_for(&self, original: &Uri) -> Option<Uri> {
        let path = original.path_and_query().map_or("/", |p| p.as_str());
        Uri::builder()
            .scheme("http")
            .authority(self.authority.clone())
            .path_and_query(path)
            .build()
            .ok()
    }
}

/// A second handle on a client's connection, taken when it is accepted
/// (`on_connect`), to notice the client going away while a handler waits:
/// actix-web does not drop a handler whose client disconnected until the
/// handler answers (actix/actix-web#1313), so without it an upstream
/// request would run to its end for nobody.
/// The duplicate is made and registered with the worker's reactor once per
/// connection, so that a request costs one peek.
pub struct ClientSocket(tokio::net::TcpStream);

impl ClientSocket {
    /// For `HttpServer::on_connect`, on the worker's runtime: a duplicate of
    /// the accepted socket (`dup`, through socket2's safe API).
    pub fn on_connect(connection: &dyn std::any::Any, data: &mut actix_web::dev::Extensions) {
        let Some(tcp) = connection.downcast_ref::<actix_web::rt::net::TcpStream>() else {
            return;
        };
        let duplicate = socket2::SockRef::from(tcp).try_clone();
        if let Ok(stream) = duplicate.and_then(|d| tokio::net::TcpStream::from_std(d.into())) {
            data.insert(ClientSocket(stream));
        }
    }
}

/// Resolves when the client has closed its connection; never, when that
/// cannot be watched (no socket, or request bytes still unread, such as a
/// body or a pipelined request: those are the dispatcher's to read, and a
/// body's reader sees the close itself). A client that half-closes after
/// its request counts as gone: no gateway does that.
async fn client_gone(req: &HttpRequest) {
    let Some(ClientSocket(stream)) = req.conn_data::<ClientSocket>() else {
        return std::future::pending().await;
    };
    let mut byte = [0u8; 1];
    match stream.peek(&mut byte).await {
        Ok(0) | Err(_) => {}
        Ok(_) => std::future::pending().await,
    }
}

/// A worker's own client, with the settings it forwards by.
pub struct Forwarder {
    client: awc::Client,
    settings: Arc<ProxySettings>,
}

impl Forwarder {
    /// Made once per worker: `awc::Client` is not `Send`.
    pub fn new(settings: Arc<ProxySettings>) -> Forwarder {
        let connector = awc::Connector::new().timeout(settings.connect_timeout);
        let client = awc::Client::builder()
            .connector(connector)
            .timeout(settings.timeout)
            // The client gets the upstream's redirect, not its target.
            .disable_redirects()
            // No `User-Agent` or `Date` of the proxy's own.
            .no_default_headers()
            .finish();
        Forwarder { client, settings }
    }
}

/// Headers that belong to one connection, never forwarded (RFC 9110
/// §7.6.1), with `Proxy-Connection`, which old clients still send.
/// `Expect` is answered by the proxy's own server.
const HOP_BY_HOP: [HeaderName; 9] = [
    header::CONNECTION,
    HeaderName::from_static("keep-alive"),
    HeaderName::from_static("proxy-connection"),
    header::PROXY_AUTHENTICATE,
    header::PROXY_AUTHORIZATION,
    header::TE,
    header::TRAILER,
    header::TRANSFER_ENCODING,
    header::UPGRADE,
];

/// The header names a message's `Connection` header lists: hop-by-hop too.
fn connection_options(headers: &HeaderMap) -> Vec<HeaderName> {
    headers
        .get_all(header::CONNECTION)
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|token| HeaderName::from_str(token.trim()).ok())
        .collect()
}

/// Every end-to-end header of `from`, repeated lines kept (in their order;
/// actix's map does not keep the order between names, nor need it).
fn end_to_end<'a>(
    from: &'a HeaderMap,
    also_skip: &'a [HeaderName],
) -> impl Iterator<Item = (&'a HeaderName, &'a HeaderValue)> + 'a {
    let named = connection_options(from);
    from.iter().filter(move |(name, _)| {
        !HOP_BY_HOP.contains(name) && !named.contains(name) && !also_skip.contains(name)
    })
}

/// `POST`, `GET`, anything: the proxy listener's one handler.
pub async fn forward(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<State>,
    forwarder: web::Data<Forwarder>,
) -> HttpResponse {
    let compiled = state.catalogs.current();
    let settings = &forwarder.settings;
    if is_websocket(req.headers()) {
        // The recipes route Mastodon's streaming API around the proxy.
        state.metrics.proxied(ProxyOutcome::Refused);
        return own_error(&req, &state, &compiled, None, StatusCode::NOT_IMPLEMENTED);
    }
    let Some(uri) = settings.upstream.uri_for(req.uri()) else {
        state.metrics.proxied(ProxyOutcome::BadGateway);
        return own_error(&req, &state, &compiled, None, StatusCode::BAD_GATEWAY);
    };
    let mut upstream = forwarder.client.request(req.method().clone(), uri);
    let skip = [header::CONTENT_LENGTH, header::EXPECT];
    for (name, value) in end_to_end(req.headers(), &skip) {
        upstream.headers_mut().append(name.clone(), value.clone());
    }
    if settings.forwarded_for {
        if let Some(peer) = req.peer_addr() {
            append_forwarded_for(upstream.headers_mut(), peer.ip());
        }
    }
    // Mastodon also takes `lang` from a form or JSON body (Rails merges
    // body and query parameters): a small one is read first to find it.
    let mut body_lang = None;
    let sent = match request_body(&req, settings.error_body_limit) {
        RequestBody::None => upstream.send(),
        RequestBody::Small(length) => {
            let read = tokio::time::timeout(
                settings.timeout,
                payload.to_bytes_limited(settings.error_body_limit),
            );
            let body = match read.await {
                Ok(Ok(Ok(body))) if body.len() as u64 == length => body,
                // The client stalled, broke off or sent other than it said.
                Ok(_) => {
                    state.metrics.proxied(ProxyOutcome::Refused);
                    return own_error(&req, &state, &compiled, None, StatusCode::BAD_REQUEST);
                }
                Err(_) => {
                    state.metrics.proxied(ProxyOutcome::Refused);
                    return own_error(&req, &state, &compiled, None, StatusCode::REQUEST_TIMEOUT);
                }
            };
            body_lang = parameter_lang(req.headers(), &body);
            upstream.send_body(body)
        }
        RequestBody::Sized(length) => upstream.send_body(SizedStream::new(length, payload)),
        RequestBody::Chunked => upstream.send_stream(payload),
    };
    let sent = tokio::select! {
        sent = sent => sent,
        () = client_gone(&req) => {
            tracing::debug!(path = req.path(), "the client went away: upstream request cancelled");
            state.metrics.proxied(ProxyOutcome::Cancelled);
            return HttpResponse::build(StatusCode::BAD_REQUEST).finish();
        }
    };
    let response = match sent {
        Ok(response) => response,
        Err(error) => {
            let (status, outcome) = match error {
                SendRequestError::Timeout | SendRequestError::Connect(ConnectError::Timeout) => {
                    (StatusCode::GATEWAY_TIMEOUT, ProxyOutcome::GatewayTimeout)
                }
                _ => (StatusCode::BAD_GATEWAY, ProxyOutcome::BadGateway),
            };
            tracing::warn!(%error, path = req.path(), "the upstream did not answer");
            state.metrics.proxied(outcome);
            return own_error(&req, &state, &compiled, body_lang.as_deref(), status);
        }
    };
    let status = response.status();
    let limit = error_body_length(
        req.method(),
        status,
        response.headers(),
        settings.error_body_limit,
    );
    let Some(limit) = limit else {
        state.metrics.proxied(ProxyOutcome::Streamed);
        return streamed(&req, response, None);
    };
    let chain = client_chain(&req, &state, &compiled, body_lang.as_deref());
    // An English reader gets the upstream's own English, unless a 429
    // gains its hint.
    if chain.first() == Some(&compiled.catalog.source) && status != StatusCode::TOO_MANY_REQUESTS {
        state.metrics.proxied(ProxyOutcome::Streamed);
        return streamed(&req, response, None);
    }
    let announced = content_length(response.headers());
    let mut response = response;
    let read = tokio::select! {
        read = read_error_body(&mut response, limit, settings.timeout) => read,
        () = client_gone(&req) => {
            state.metrics.proxied(ProxyOutcome::Cancelled);
            return HttpResponse::build(StatusCode::BAD_REQUEST).finish();
        }
    };
    let body = match read {
        // awc ends a body at the connection's end without an error, so a
        // body shorter than announced is caught here.
        Ok(Read::Whole(body)) if announced.is_some_and(|n| n != body.len() as u64) => {
            tracing::warn!(path = req.path(), "the upstream's error body ended short");
            state.metrics.proxied(ProxyOutcome::BadGateway);
            return own_error(
                &req,
                &state,
                &compiled,
                body_lang.as_deref(),
                StatusCode::BAD_GATEWAY,
            );
        }
        Ok(Read::Whole(body)) => body,
        Ok(Read::TooLong(prefix)) => {
            state.metrics.proxied(ProxyOutcome::Streamed);
            return streamed(&req, response, Some(prefix.freeze()));
        }
        Err(failure) => {
            let (status, outcome) = match failure {
                ReadFailure::Timeout => (StatusCode::GATEWAY_TIMEOUT, ProxyOutcome::GatewayTimeout),
                ReadFailure::Broken => (StatusCode::BAD_GATEWAY, ProxyOutcome::BadGateway),
            };
            tracing::warn!(
                path = req.path(),
                upstream_status = status.as_u16(),
                ?failure,
                "the upstream's error body could not be read"
            );
            state.metrics.proxied(outcome);
            return own_error(&req, &state, &compiled, body_lang.as_deref(), status);
        }
    };
    let (answer, translated) = error_answer(
        &compiled,
        status,
        response.headers(),
        body,
        &chain,
        state.oauth_strict,
    );
    match translated {
        Some((message, locale)) => {
            state.metrics.proxied(ProxyOutcome::Translated);
            compiled.count_rendered(message, locale);
        }
        None => state.metrics.proxied(ProxyOutcome::Passthrough),
    }
    answer
}

/// The answer to an upstream error whose body was read whole: the
/// translation when `translate` recognizes the body, else the upstream's
/// bytes; the upstream's status and end-to-end headers either way; a
/// 429's hint waits what the upstream's headers say. Also the message and
/// locale rendered, for the metrics.
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
    let skip = [header::CONTENT_LENGTH];
    for (name, value) in end_to_end(upstream, &skip) {
        answer.append_header((name.clone(), value.clone()));
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

fn is_websocket(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::UPGRADE)
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.to_ascii_lowercase().contains("websocket"))
}

fn append_forwarded_for(headers: &mut HeaderMap, peer: std::net::IpAddr) {
    let before: Vec<&str> = headers
        .get_all(header::X_FORWARDED_FOR)
        .filter_map(|v| v.to_str().ok())
        .collect();
    let value = match before.is_empty() {
        true => peer.to_string(),
        false => format!("{}, {peer}", before.join(", ")),
    };
    if let Ok(value) = HeaderValue::from_str(&value) {
        headers.insert(header::X_FORWARDED_FOR, value);
    }
}

enum RequestBody {
    None,
    /// A form or JSON body within the limit: read whole, for its `lang`.
    Small(u64),
    /// Any other body with a length, streamed.
    Sized(u64),
    Chunked,
}

/// How the client framed its body. A request with neither framing header
/// has none, whatever its method (an `Upgrade` request's connection is not
/// read as a body).
fn request_body(req: &HttpRequest, limit: usize) -> RequestBody {
    let chunked = req
        .headers()
        .get_all(header::TRANSFER_ENCODING)
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.to_ascii_lowercase().contains("chunked"));
    if chunked {
        return RequestBody::Chunked;
    }
    match content_length(req.headers()) {
        Some(0) | None => RequestBody::None,
        Some(length) if length <= limit as u64 && parameters_in(req.headers()).is_some() => {
            RequestBody::Small(length)
        }
        Some(length) => RequestBody::Sized(length),
    }
}

#[derive(Clone, Copy)]
enum Parameters {
    Form,
    Json,
}

/// Whether a body carries parameters Mastodon reads, and how.
fn parameters_in(headers: &HeaderMap) -> Option<Parameters> {
    let essence = headers
        .get(header::CONTENT_TYPE)?
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
fn parameter_lang(headers: &HeaderMap, body: &[u8]) -> Option<String> {
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

fn content_length(headers: &HeaderMap) -> Option<u64> {
    headers
        .get(header::CONTENT_LENGTH)?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()
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
    let fits = content_length(headers).is_none_or(|length| length <= limit as u64);
    let candidate = status.as_u16() >= 400 && method != Method::HEAD && json && !encoded && fits;
    candidate.then_some(limit)
}

/// The chain a proxied client asked for: Mastodon's own order, the `lang`
/// parameter (the query's, else the body's) when it is exactly a served
/// locale, then `Accept-Language`.
fn client_chain(
    req: &HttpRequest,
    state: &State,
    compiled: &Compiled,
    body_lang: Option<&str>,
) -> Arc<[LocaleId]> {
    let query_lang = crate::query::lang(req.query_string());
    let chain = [query_lang.as_deref(), body_lang]
        .into_iter()
        .flatten()
        .find_map(|tag| routes::lang_chain(compiled, tag));
    if let Some(chain) = chain {
        state.metrics.negotiated(None);
        return chain;
    }
    let (chain, how) = routes::accept_language_chain(compiled, req.headers());
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
async fn read_error_body<S>(
    response: &mut awc::ClientResponse<S>,
    limit: usize,
    timeout: Duration,
) -> Result<Read, ReadFailure>
where
    S: futures_util::Stream<Item = Result<Bytes, awc::error::PayloadError>> + Unpin,
{
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

/// The upstream's answer as it came: status, end-to-end headers, and the
/// body streamed (after `prefix`, the part already read).
fn streamed<S>(
    req: &HttpRequest,
    response: awc::ClientResponse<S>,
    prefix: Option<Bytes>,
) -> HttpResponse
where
    S: futures_util::Stream<Item = Result<Bytes, awc::error::PayloadError>> + Unpin + 'static,
{
    let relay = Relay::new(req.method(), response.status(), response.headers());
    relay.body(stream::iter(prefix.map(Ok)).chain(response))
}

/// An upstream answer relayed as it came, in two steps because the
/// upstream's headers are borrowed from the response whose body is then
/// moved into the answer. Hidden public for the fuzz target, which relays
/// a body of its own through the same steps.
#[doc(hidden)]
pub struct Relay {
    answer: HttpResponseBuilder,
    /// The announced length, if any.
    length: Option<u64>,
    head: bool,
    bodiless: bool,
}

impl Relay {
    /// The status and the end-to-end headers.
    pub fn new(method: &Method, status: StatusCode, headers: &HeaderMap) -> Relay {
        let mut answer = HttpResponseBuilder::new(status);
        // `Content-Length` is kept: actix writes its own from a sized body, and
        // keeps this one where there is no body (304).
        for (name, value) in end_to_end(headers, &[]) {
            answer.append_header((name.clone(), value.clone()));
        }
        Relay {
            answer,
            length: content_length(headers),
            head: method == Method::HEAD,
            bodiless: status == StatusCode::NO_CONTENT || status == StatusCode::NOT_MODIFIED,
        }
    }

    /// The answer with the upstream's body, streamed.
    pub fn body<S, E>(mut self, body: S) -> HttpResponse
    where
        S: futures_util::Stream<Item = Result<Bytes, E>> + Unpin + 'static,
        E: Into<Box<dyn std::error::Error>> + 'static,
    {
        if self.bodiless {
            return self.answer.finish();
        }
        match self.length {
            // A HEAD answer announces the length of a body it does not send.
            Some(length) if self.head => self.answer.body(SizedStream::new(
                length,
                stream::empty::<Result<Bytes, E>>(),
            )),
            // A body that ends short is an error to actix's encoder, which
            // closes the connection: the client never sees it as complete.
            Some(length) => self.answer.body(SizedStream::new(length, body)),
            None => self.answer.body(BodyStream::new(body)),
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
fn own_error(
    req: &HttpRequest,
    state: &State,
    compiled: &Compiled,
    body_lang: Option<&str>,
    status: StatusCode,
) -> HttpResponse {
    let chain = client_chain(req, state, compiled, body_lang);
    let message = compiled.catalog.metadata.for_status(status.as_u16());
    let context = Context {
        status: status.as_u16(),
        chain: &chain,
        wait: None,
        oauth_strict: state.oauth_strict,
    };
    match compiled.render(message, &[], &context) {
        Ok(rendered) => {
            compiled.count_rendered(message.id(), rendered.locale);
            let mut answer = HttpResponse::build(status);
            routes::rendered_headers(&mut answer, compiled, message.id(), rendered.locale, None);
            answer.body(rendered.body)
        }
        // A message without arguments always renders; should it not, the
        // status alone still says what happened.
        Err(_) => HttpResponse::build(status).finish(),
    }
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
        let upstream: Upstream = "http://127.0.0.1:3000".parse().unwrap();
        let absolute: Uri = "http://elsewhere.example/api/v1/x?lang=de".parse().unwrap();
        assert_eq!(
            upstream.uri_for(&absolute).unwrap().to_string(),
            "http://127.0.0.1:3000/api/v1/x?lang=de"
        );
        let origin: Uri = "/oauth/token".parse().unwrap();
        assert_eq!(
            upstream.uri_for(&origin).unwrap().to_string(),
            "http://127.0.0.1:3000/oauth/token"
        );
    }

    #[test]
    fn hop_by_hop_headers_are_dropped_with_those_connection_names() {
        let mut headers = HeaderMap::new();
        for (name, value) in [
            ("connection", "keep-alive, X-Secret"),
            ("keep-alive", "timeout=5"),
            ("x-secret", "1"),
            ("transfer-encoding", "chunked"),
            ("te", "trailers"),
            ("upgrade", "h2c"),
            ("proxy-connection", "keep-alive"),
            ("host", "social.example"),
            ("authorization", "Bearer t"),
            ("accept-language", "de"),
        ] {
            headers.append(
                HeaderName::from_static(name),
                HeaderValue::from_static(value),
            );
        }
        let mut kept: Vec<&str> = end_to_end(&headers, &[])
            .map(|(name, _)| name.as_str())
            .collect();
        kept.sort_unstable();
        assert_eq!(kept, ["accept-language", "authorization", "host"]);
    }
}
