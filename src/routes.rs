//! The HTTP routes: extractors glued to `negotiation` and `render`.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::SystemTime;

use actix_web::http::header::{self, HeaderName, HeaderValue};
use actix_web::{guard, web, HttpRequest, HttpResponse, ResponseError};
use bytes::Bytes;
use serde::Serialize;

use crate::catalog::Catalog;
use crate::error::{Fault, RESULT_HEADER};
use crate::negotiation::{self, ChainCache};
use crate::query::Query;
use crate::ratelimit;
use crate::render::{self, RenderRequest};
use crate::translate::{self, Outcome, TranslateRequest};

const JSON: &str = "application/json; charset=utf-8";
const JSON_VALUE: HeaderValue = HeaderValue::from_static(JSON);
const RESULT: HeaderName = HeaderName::from_static(RESULT_HEADER);
const ID: HeaderName = HeaderName::from_static(crate::error::ID_HEADER);

thread_local! {
    /// Each worker's memo of `Accept-Language` → chain. Per thread, so no
    /// lock is shared between workers on the hot path.
    static CHAINS: RefCell<ChainCache> = RefCell::new(ChainCache::new());
}

/// What every worker shares.
pub struct State {
    pub catalog: Arc<Catalog>,
    pub oauth_strict: bool,
    /// Set on SIGTERM: `/readyz` answers 503 while requests drain.
    pub draining: Arc<AtomicBool>,
    /// The largest body `POST /v1/translate` reads, in bytes.
    pub body_limit: usize,
    locales_body: Bytes,
    messages_body: Bytes,
    /// Per locale, its tag as a `Content-Language` value.
    content_language: Vec<HeaderValue>,
    /// Per message, its id as an `Error-L10n-Id` value.
    ids: Vec<HeaderValue>,
}

impl State {
    pub fn new(
        catalog: Arc<Catalog>,
        oauth_strict: bool,
        body_limit: usize,
        draining: Arc<AtomicBool>,
    ) -> State {
        let header = |text: &str| HeaderValue::from_str(text).expect("tags and ids are ASCII");
        State {
            content_language: catalog
                .locales
                .iter()
                .map(|l| header(&l.tag_text))
                .collect(),
            ids: catalog
                .metadata
                .messages()
                .iter()
                .map(|m| header(&m.id))
                .collect(),
            body_limit,
            locales_body: locales_json(&catalog).into(),
            messages_body: messages_json(&catalog).into(),
            catalog,
            oauth_strict,
            draining,
        }
    }
}

/// Registers every route on an actix `App`.
pub fn configure(state: web::Data<State>) -> impl FnOnce(&mut web::ServiceConfig) {
    move |cfg| {
        let get = || guard::Any(guard::Get()).or(guard::Head());
        cfg.app_data(state)
            // nginx's `error_page` keeps the client's method: any method
            // renders. Scopes with a static prefix, not `{id}` patterns:
            // those match by regex, a third of a request's cost.
            .service(web::scope("/v1/errors").default_service(web::to(error_by_id)))
            .service(web::scope("/v1/status").default_service(web::to(error_by_status)))
            .service(
                web::resource("/v1/translate")
                    .route(web::post().to(translate_body))
                    .default_service(web::to(method_not_allowed)),
            )
            .service(read_only("/v1/locales", get(), locales))
            .service(read_only("/v1/messages", get(), messages))
            .service(read_only("/healthz", get(), healthz))
            .service(read_only("/readyz", get(), readyz))
            .default_service(web::to(unknown_route));
    }
}

fn read_only<F, Args>(path: &str, get: guard::AnyGuard, handler: F) -> actix_web::Resource
where
    F: actix_web::Handler<Args>,
    Args: actix_web::FromRequest + 'static,
    F::Output: actix_web::Responder + 'static,
{
    web::resource(path)
        .route(web::route().guard(get).to(handler))
        .default_service(web::to(method_not_allowed))
}

/// The one path segment after a scope's prefix (`/v1/errors/<id>`).
fn last_segment(req: &HttpRequest) -> Result<&str, Fault> {
    match req.match_info().unprocessed().strip_prefix('/') {
        Some(segment) if !segment.is_empty() && !segment.contains('/') => Ok(segment),
        _ => Err(Fault::UnknownRoute(req.path().to_owned())),
    }
}

async fn error_by_id(req: HttpRequest, state: web::Data<State>) -> Result<HttpResponse, Fault> {
    let id = last_segment(&req)?;
    let query = Query::parse(req.query_string())?;
    let catalog = &state.catalog;
    let message = catalog
        .metadata
        .index_of(id)
        .filter(|&m| !catalog.metadata.get(m).internal)
        .ok_or_else(|| Fault::UnknownId(id.to_owned()))?;
    let status = match &query.status {
        Some(status) => parse_status(status)?,
        None => catalog.metadata.get(message).canonical_status(),
    };
    respond(&req, &state, message, status, &query)
}

async fn error_by_status(req: HttpRequest, state: web::Data<State>) -> Result<HttpResponse, Fault> {
    let status = parse_status(last_segment(&req)?)?;
    let query = Query::parse(req.query_string())?;
    let id = message_for_status(status);
    let message = state
        .catalog
        .metadata
        .index_of(id)
        .expect("every status maps to a catalog id");
    respond(&req, &state, message, status, &query)
}

/// The message a Mastodon client most often sees with a status.
pub fn message_for_status(status: u16) -> &'static str {
    match status {
        400 => "http-400",
        401 => "token-invalid",
        403 => "not-permitted",
        404 => "record-not-found",
        406 => "http-406",
        409 => "http-409",
        410 => "http-410",
        413 => "http-413",
        422 => "http-422",
        429 => "rate-limited",
        500 => "http-500",
        502 => "http-502",
        503 => "temporary-failure",
        504 => "http-504",
        _ if status < 500 => "http-4xx",
        _ => "http-5xx",
    }
}

fn parse_status(text: &str) -> Result<u16, Fault> {
    parse_status_in(text, 400..=599)
}

fn parse_status_in(text: &str, range: std::ops::RangeInclusive<u16>) -> Result<u16, Fault> {
    text.parse::<u16>()
        .ok()
        .filter(|s| range.contains(s) && text.len() == 3)
        .ok_or_else(|| Fault::Status(text.to_owned()))
}

/// `POST /v1/translate`: the upstream's body, its message translated; or,
/// unrecognized, the body byte for byte with `Error-L10n-Result: passthrough`.
async fn translate_body(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<State>,
) -> Result<HttpResponse, Fault> {
    let query = Query::parse(req.query_string())?;
    // The upstream's status, echoed; a 2xx body may carry an error too.
    let status = match &query.status {
        Some(status) => parse_status_in(status, 200..=599)?,
        None => 200,
    };
    let catalog = &state.catalog;
    let chain = chain(catalog, &req, query.locale.as_deref())?;
    let wait = if status == 429 {
        wait(&req, &query)?
    } else {
        None
    };
    let body = payload
        .to_bytes_limited(state.body_limit)
        .await
        .map_err(|_| Fault::BodyTooLarge(state.body_limit))?
        .map_err(|e| Fault::BodyRead(e.to_string()))?;
    let outcome = translate::translate(
        catalog,
        &body,
        &TranslateRequest {
            chain: &chain,
            status,
            wait,
            oauth_strict: state.oauth_strict,
        },
    )?;
    let status_code = actix_web::http::StatusCode::from_u16(status).expect("200..=599 is valid");
    let mut response = HttpResponse::build(status_code);
    match outcome {
        Outcome::Passthrough => Ok(response
            .insert_header((header::CONTENT_TYPE, JSON_VALUE))
            .insert_header((RESULT, HeaderValue::from_static("passthrough")))
            .body(body)),
        Outcome::Rendered {
            body,
            message,
            locale,
            retry_after,
        } => {
            rendered_headers(&mut response, &state, message, locale, retry_after);
            Ok(response.body(body))
        }
    }
}

/// The headers of every rendered answer, from values made once.
fn rendered_headers(
    response: &mut actix_web::HttpResponseBuilder,
    state: &State,
    message: usize,
    locale: usize,
    retry_after: Option<u64>,
) {
    response
        .insert_header((header::CONTENT_TYPE, JSON_VALUE))
        .insert_header((
            header::CONTENT_LANGUAGE,
            state.content_language[locale].clone(),
        ))
        .insert_header((header::VARY, HeaderValue::from_static("Accept-Language")))
        .insert_header((RESULT, HeaderValue::from_static("rendered")))
        .insert_header((ID, state.ids[message].clone()));
    if let Some(seconds) = retry_after {
        response.insert_header((header::RETRY_AFTER, HeaderValue::from(seconds)));
    }
}

fn respond(
    req: &HttpRequest,
    state: &State,
    message: usize,
    status: u16,
    query: &Query,
) -> Result<HttpResponse, Fault> {
    let catalog = &state.catalog;
    let chain = chain(catalog, req, query.locale.as_deref())?;
    let wait = if status == 429 {
        wait(req, query)?
    } else {
        None
    };
    let rendered = render::render(
        catalog,
        &RenderRequest {
            message,
            status,
            chain: &chain,
            args: &query.args,
            wait,
            oauth_strict: state.oauth_strict,
        },
    )?;
    let mut response = HttpResponse::build(
        actix_web::http::StatusCode::from_u16(rendered.status).expect("400..=599 is valid"),
    );
    rendered_headers(
        &mut response,
        state,
        message,
        rendered.locale,
        rendered.retry_after,
    );
    Ok(response.body(rendered.body))
}

/// `?locale=` when it names something served, else `Accept-Language`
/// (every line of it: repeated header lines form one list).
fn chain(catalog: &Catalog, req: &HttpRequest, locale: Option<&str>) -> Result<Rc<[usize]>, Fault> {
    if let Some(tag) = locale {
        if !negotiation::is_well_formed(tag.as_bytes()) {
            return Err(Fault::Locale(tag.to_owned()));
        }
        let chain = negotiation::parse_tag(tag).and_then(|id| catalog.available.chain_for(&id));
        if let Some(chain) = chain {
            return Ok(chain.into());
        }
    }
    let negotiate = |header: &[u8]| {
        catalog
            .available
            .negotiate(&negotiation::parse_accept_language(header))
    };
    let mut lines = req.headers().get_all(header::ACCEPT_LANGUAGE);
    Ok(match (lines.next(), lines.next()) {
        (None, _) => CHAINS.with_borrow_mut(|cache| {
            cache.get_or_insert(catalog.generation, b"", || negotiate(b""))
        }),
        (Some(only), None) => {
            let header = only.as_bytes();
            CHAINS.with_borrow_mut(|cache| {
                cache.get_or_insert(catalog.generation, header, || negotiate(header))
            })
        }
        (Some(first), Some(second)) => {
            let mut joined = [first.as_bytes(), second.as_bytes()].join(&b","[..]);
            for line in lines {
                joined.push(b',');
                joined.extend_from_slice(line.as_bytes());
            }
            negotiate(&joined).into()
        }
    })
}

/// The rate-limit wait: the query's context (a bad one is a fault), else the
/// forwarded headers (a bad one is ignored: it is the upstream's, not the
/// gateway author's).
fn wait(req: &HttpRequest, query: &Query) -> Result<Option<u64>, Fault> {
    if query.retry_after.is_some() || query.reset.is_some() {
        return Ok(ratelimit::wait_seconds(
            query.retry_after.as_deref(),
            query.reset.as_deref(),
            SystemTime::now(),
        )?);
    }
    static RESET: HeaderName = HeaderName::from_static("x-ratelimit-reset");
    let header = |name: &'static HeaderName| {
        req.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .filter(|v| !v.trim().is_empty())
    };
    static RETRY_AFTER: HeaderName = header::RETRY_AFTER;
    // Each header on its own: a garbled `Retry-After` must not hide a
    // valid reset.
    let now = SystemTime::now();
    let retry_after =
        header(&RETRY_AFTER).and_then(|value| ratelimit::wait_seconds(Some(value), None, now).ok());
    let reset =
        || header(&RESET).and_then(|value| ratelimit::wait_seconds(None, Some(value), now).ok());
    Ok(retry_after.or_else(reset).flatten())
}

async fn locales(state: web::Data<State>) -> HttpResponse {
    json(state.locales_body.clone())
}

async fn messages(state: web::Data<State>) -> HttpResponse {
    json(state.messages_body.clone())
}

async fn healthz() -> HttpResponse {
    json(r#"{"status":"ok"}"#)
}

async fn readyz(state: web::Data<State>) -> HttpResponse {
    if state.draining.load(Ordering::Relaxed) {
        HttpResponse::ServiceUnavailable()
            .insert_header((header::CONTENT_TYPE, JSON))
            .body(r#"{"status":"draining"}"#)
    } else {
        json(r#"{"status":"ready"}"#)
    }
}

async fn unknown_route(req: HttpRequest) -> HttpResponse {
    Fault::UnknownRoute(req.path().to_owned()).error_response()
}

async fn method_not_allowed(req: HttpRequest) -> HttpResponse {
    Fault::MethodNotAllowed(req.method().to_string()).error_response()
}

fn json(body: impl actix_web::body::MessageBody + 'static) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, JSON))
        .body(body)
}

#[derive(Serialize)]
struct LocaleEntry<'a> {
    tag: &'a str,
    name: &'a str,
    direction: &'static str,
    parent: Option<&'a str>,
    translated: usize,
    inherited: usize,
    total: usize,
    complete: bool,
}

fn locales_json(catalog: &Catalog) -> String {
    let total = catalog.metadata.len();
    let entries: Vec<LocaleEntry> = catalog
        .locales
        .iter()
        .enumerate()
        .map(|(i, locale)| {
            let (translated, inherited) = catalog.coverage(i);
            LocaleEntry {
                tag: &locale.tag_text,
                name: &locale.name,
                direction: if locale.right_to_left { "rtl" } else { "ltr" },
                parent: catalog
                    .available
                    .parent(i)
                    .map(|p| catalog.locales[p].tag_text.as_str()),
                translated,
                inherited,
                total,
                complete: translated + inherited == total,
            }
        })
        .collect();
    serde_json::to_string(&entries).expect("serializes")
}

#[derive(Serialize)]
struct MessageEntry<'a> {
    id: &'a str,
    status: u16,
    statuses: &'a [u16],
    oauth_error: Option<&'a str>,
    variables: &'a [String],
    english: Option<&'a str>,
}

fn messages_json(catalog: &Catalog) -> String {
    let entries: Vec<MessageEntry> = catalog
        .metadata
        .messages()
        .iter()
        .filter(|m| !m.internal)
        .map(|m| MessageEntry {
            id: &m.id,
            status: m.canonical_status(),
            statuses: &m.statuses,
            oauth_error: m.oauth.as_deref(),
            variables: &m.variables,
            english: m.english.as_deref(),
        })
        .collect();
    serde_json::to_string(&entries).expect("serializes")
}
