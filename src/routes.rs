//! The HTTP routes: extractors glued to `negotiation` and `render`.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::SystemTime;

use actix_web::http::header::{self, HeaderName, HeaderValue};
use actix_web::http::StatusCode;
use actix_web::{guard, web, HttpRequest, HttpResponse, ResponseError};

use crate::compiled::Compiled;
use crate::compiled::{LocaleEntry, MessageEntry};
use crate::error::Problem;
use crate::error::{Fault, RESULT_HEADER};
use crate::limits::{self, BodyFailure};
use crate::metadata::{MessageId, Routable};
use crate::metrics::{Metrics, TranslateOutcome};
use crate::negotiation::Match;
use crate::negotiation::{self, LocaleId};
use crate::openapi::{
    Arguments, Health, ReloadAnswer, RenderHeaders, RenderQuery, RenderedOrFault, UpstreamBody,
};
use crate::query::Query;
use crate::ratelimit;
use crate::reload::{Catalogs, Reloaded};
use crate::render::Context;
use crate::translate::{self, Outcome};

const JSON: &str = "application/json; charset=utf-8";
const JSON_VALUE: HeaderValue = HeaderValue::from_static(JSON);
const RESULT: HeaderName = HeaderName::from_static(RESULT_HEADER);
const ID: HeaderName = HeaderName::from_static(crate::error::ID_HEADER);

/// What every worker shares.
pub struct State {
    /// The catalog serving; each request takes it once.
    pub catalogs: Arc<Catalogs>,
    /// `ERROR_L10N_ADMIN_TOKEN`: lets non-loopback peers use `/admin/*`.
    pub admin_token: Option<String>,
    pub metrics: Arc<Metrics>,
    pub oauth_strict: bool,
    /// Set on SIGTERM: `/readyz` answers 503 while requests drain.
    pub draining: Arc<AtomicBool>,
    /// The largest body `POST /v1/translate` reads, in bytes.
    pub body_limit: usize,
    /// How long that body may take, from the end of the request head.
    pub body_timeout: std::time::Duration,
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
                    .default_service(web::to(|req: HttpRequest| not_allowed(req, "POST"))),
            )
            .service(read_only("/v1/locales", get(), locales))
            .service(read_only("/v1/messages", get(), messages))
            .service(
                web::resource("/admin/reload")
                    .route(web::post().to(admin_reload))
                    .default_service(web::to(|req: HttpRequest| not_allowed(req, "POST"))),
            )
            .service(read_only("/metrics", get(), metrics))
            .service(read_only("/healthz", get(), healthz))
            .service(read_only("/readyz", get(), readyz))
            .service(read_only("/openapi.json", get(), openapi_json))
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
        .default_service(web::to(|req: HttpRequest| not_allowed(req, "GET, HEAD")))
}

/// The one path segment after a scope's prefix (`/v1/errors/<id>`).
fn last_segment(req: &HttpRequest) -> Result<&str, Fault> {
    match req.match_info().unprocessed().strip_prefix('/') {
        Some(segment) if !segment.is_empty() && !segment.contains('/') => Ok(segment),
        _ => Err(Fault::UnknownRoute(req.path().to_owned())),
    }
}

/// Render one message of the catalog.
///
/// Any method renders, and a request body is ignored: nginx's `error_page`
/// keeps the client's method. The status is the message's canonical one
/// (`GET /v1/messages`), or `?status=`.
#[utoipa::path(
    method(get, head, post, put, patch, delete),
    path = "/v1/errors/{id}",
    tag = "render",
    operation_id = "error_by_id",
    params(
        ("id" = String, Path, description = "A message id, as `GET /v1/messages` lists them", example = "rate-limited"),
        ("status" = Option<u16>, Query, minimum = 400, maximum = 599, description = "Render with this status instead of the message's own"),
        RenderQuery,
        Arguments,
        RenderHeaders,
    ),
    responses(
        (status = "4XX", response = RenderedOrFault),
        (status = "5XX", response = RenderedOrFault),
    ),
)]
pub(crate) async fn error_by_id(
    req: HttpRequest,
    state: web::Data<State>,
) -> Result<HttpResponse, Fault> {
    let id = last_segment(&req)?;
    let query = Query::parse(req.query_string())?;
    let compiled = state.catalogs.current();
    let metadata = &compiled.catalog.metadata;
    let Some(message) = metadata.routable(id) else {
        state.metrics.unknown_id();
        return Err(Fault::UnknownId(id.to_owned()));
    };
    let status = match &query.status {
        Some(status) => parse_status(status, ERROR_STATUSES)?,
        None => metadata[message.id()].canonical_status(),
    };
    respond(&req, &state, &compiled, message, status, &query)
}

/// Render the message a Mastodon client most often sees with a status.
///
/// 401 `token-invalid`, 404 `record-not-found`, 429 `rate-limited`, 503
/// `temporary-failure`, …; any other code a generic message of its class.
/// Answers with that status. Any method renders.
#[utoipa::path(
    method(get, head, post, put, patch, delete),
    path = "/v1/status/{code}",
    tag = "render",
    operation_id = "error_by_status",
    params(
        ("code" = u16, Path, minimum = 400, maximum = 599, description = "The status to render and answer with", example = 429),
        RenderQuery,
        Arguments,
        RenderHeaders,
    ),
    responses(
        (status = "4XX", response = RenderedOrFault),
        (status = "5XX", response = RenderedOrFault),
    ),
)]
pub(crate) async fn error_by_status(
    req: HttpRequest,
    state: web::Data<State>,
) -> Result<HttpResponse, Fault> {
    let status = parse_status(last_segment(&req)?, ERROR_STATUSES)?;
    let query = Query::parse(req.query_string())?;
    let compiled = state.catalogs.current();
    let message = compiled.catalog.metadata.for_status(status);
    respond(&req, &state, &compiled, message, status, &query)
}

/// The statuses an error is rendered with.
const ERROR_STATUSES: std::ops::RangeInclusive<u16> = 400..=599;
/// The statuses translate accepts for the upstream's answer: a 2xx body may
/// carry an error too.
const UPSTREAM_STATUSES: std::ops::RangeInclusive<u16> = 200..=599;

fn parse_status(text: &str, range: std::ops::RangeInclusive<u16>) -> Result<u16, Fault> {
    match text.parse::<u16>() {
        Ok(status) if range.contains(&status) && text.len() == 3 => Ok(status),
        _ => Err(Fault::Status {
            given: text.to_owned(),
            range,
        }),
    }
}

/// Translate an upstream's error body.
///
/// The English message is recognized and rendered in the client's
/// language, every other byte of the body kept (`details`, OAuth's
/// `error` and `state`), with `Error-L10n-Result: rendered`; an
/// unrecognized body comes back byte for byte with `Error-L10n-Result:
/// passthrough`. The answer has the upstream's status (`?status=`).
#[utoipa::path(
    post,
    path = "/v1/translate",
    tag = "render",
    operation_id = "translate",
    params(
        ("status" = Option<u16>, Query, minimum = 200, maximum = 599, description = "The upstream's status, which the answer keeps (default 200); a 429's hint comes from the rate-limit context"),
        RenderQuery,
        RenderHeaders,
    ),
    request_body(
        content = UpstreamBody,
        content_type = "application/json",
        description = "The upstream's error body as received (at most --translate-body-limit bytes)",
    ),
    responses(
        (status = "2XX", response = RenderedOrFault),
        (status = "3XX", response = RenderedOrFault),
        (status = "4XX", response = RenderedOrFault),
        (status = "5XX", response = RenderedOrFault),
    ),
)]
pub(crate) async fn translate_body(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<State>,
) -> Result<HttpResponse, Fault> {
    let answer = translate_answer(req, payload, &state).await;
    if answer.is_err() {
        state.metrics.translated(TranslateOutcome::Fault);
    }
    answer
}

async fn translate_answer(
    req: HttpRequest,
    payload: web::Payload,
    state: &State,
) -> Result<HttpResponse, Fault> {
    let query = Query::parse(req.query_string())?;
    let status = match &query.status {
        Some(status) => parse_status(status, UPSTREAM_STATUSES)?,
        None => 200,
    };
    let compiled = state.catalogs.current();
    let request = RequestContext::new(&req, state, &compiled, &query, status)?;
    let body = limits::read_body(&req, payload, state.body_limit, state.body_timeout)
        .await
        .map_err(|failure| match failure {
            BodyFailure::TooLarge(limit) => Fault::BodyTooLarge(limit),
            BodyFailure::TimedOut(timeout) => Fault::BodyTimeout(timeout),
            BodyFailure::Broken(e) => Fault::BodyRead(e.to_string()),
        })?;
    let outcome = translate::translate(&compiled, &body, &request.context(state))?;
    let mut response = HttpResponse::build(status_code(status));
    match outcome {
        Outcome::Passthrough => {
            state.metrics.translated(TranslateOutcome::Passthrough);
            Ok(response
                .insert_header((header::CONTENT_TYPE, JSON_VALUE))
                .insert_header((RESULT, HeaderValue::from_static("passthrough")))
                .body(body))
        }
        Outcome::Rendered {
            body,
            message,
            locale,
            retry_after,
        } => {
            state.metrics.translated(TranslateOutcome::Rendered);
            compiled.count_rendered(message, locale);
            rendered_headers(&mut response, &compiled, message, locale, retry_after);
            Ok(response.body(body))
        }
    }
}

/// A status already checked to be in 200..=599.
fn status_code(status: u16) -> StatusCode {
    StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// The headers of every rendered answer, from values made once.
pub(crate) fn rendered_headers(
    response: &mut actix_web::HttpResponseBuilder,
    compiled: &Compiled,
    message: MessageId,
    locale: LocaleId,
    retry_after: Option<u64>,
) {
    response
        .insert_header((header::CONTENT_TYPE, JSON_VALUE))
        .insert_header((
            header::CONTENT_LANGUAGE,
            compiled.content_language(locale).clone(),
        ))
        .insert_header((header::VARY, HeaderValue::from_static("Accept-Language")))
        .insert_header((RESULT, HeaderValue::from_static("rendered")))
        .insert_header((ID, compiled.id_header(message).clone()));
    if let Some(seconds) = retry_after {
        response.insert_header((header::RETRY_AFTER, HeaderValue::from(seconds)));
    }
}

fn respond(
    req: &HttpRequest,
    state: &State,
    compiled: &Compiled,
    message: Routable,
    status: u16,
    query: &Query,
) -> Result<HttpResponse, Fault> {
    let request = RequestContext::new(req, state, compiled, query, status)?;
    let rendered = compiled.render(message, &query.args, &request.context(state))?;
    compiled.count_rendered(message.id(), rendered.locale);
    let mut response = HttpResponse::build(status_code(rendered.status));
    rendered_headers(
        &mut response,
        compiled,
        message.id(),
        rendered.locale,
        rendered.retry_after,
    );
    Ok(response.body(rendered.body))
}

/// What every rendering route works out from the request before it renders:
/// the status, the fallback chain and, for a 429, the wait.
struct RequestContext {
    status: u16,
    chain: Arc<[LocaleId]>,
    wait: Option<u64>,
}

impl RequestContext {
    fn new(
        req: &HttpRequest,
        state: &State,
        compiled: &Compiled,
        query: &Query,
        status: u16,
    ) -> Result<RequestContext, Fault> {
        let (chain, how) = chain(
            compiled,
            req,
            query.locale.as_deref(),
            query.lang.as_deref(),
        )?;
        state.metrics.negotiated(how);
        Ok(RequestContext {
            status,
            chain,
            wait: if status == 429 {
                wait(req, query)?
            } else {
                None
            },
        })
    }

    fn context(&self, state: &State) -> Context<'_> {
        Context {
            status: self.status,
            chain: &self.chain,
            wait: self.wait,
            oauth_strict: state.oauth_strict,
        }
    }
}

/// `?locale=` when it names something served, else `?lang=` when it is
/// exactly a served locale (Mastodon's rule), else `Accept-Language`; and
/// how the header matched (`None` for a parameter).
fn chain(
    compiled: &Compiled,
    req: &HttpRequest,
    locale: Option<&str>,
    lang: Option<&str>,
) -> Result<(Arc<[LocaleId]>, Option<Match>), Fault> {
    if let Some(tag) = locale {
        if !negotiation::is_well_formed(tag.as_bytes()) {
            return Err(Fault::Locale(tag.to_owned()));
        }
        let available = &compiled.catalog.available;
        let chain = negotiation::parse_tag(tag).and_then(|id| available.chain_for(&id));
        if let Some(chain) = chain {
            return Ok((chain.into(), None));
        }
    }
    if let Some(chain) = lang.and_then(|tag| lang_chain(compiled, tag)) {
        return Ok((chain, None));
    }
    let (chain, how) = accept_language_chain(compiled, req.headers());
    Ok((chain, Some(how)))
}

/// The chain for a client's `lang` parameter: only a tag that is exactly a
/// served locale counts; anything else (malformed included) is ignored, as
/// Mastodon ignores it.
pub(crate) fn lang_chain(compiled: &Compiled, tag: &str) -> Option<Arc<[LocaleId]>> {
    if !negotiation::is_well_formed(tag.as_bytes()) {
        return None;
    }
    let id = negotiation::parse_tag(tag)?;
    Some(compiled.catalog.available.exact_chain(&id)?.into())
}

/// The chain for a request's `Accept-Language` (every line of it: repeated
/// header lines form one list).
pub(crate) fn accept_language_chain(
    compiled: &Compiled,
    headers: &header::HeaderMap,
) -> (Arc<[LocaleId]>, Match) {
    let mut lines = headers.get_all(header::ACCEPT_LANGUAGE);
    match (lines.next(), lines.next()) {
        (None, _) => compiled.negotiate(b""),
        (Some(only), None) => compiled.negotiate(only.as_bytes()),
        (Some(first), Some(second)) => {
            let mut joined = [first.as_bytes(), second.as_bytes()].join(&b","[..]);
            for line in lines {
                joined.push(b',');
                joined.extend_from_slice(line.as_bytes());
            }
            let (chain, how) = compiled.negotiate_explained(&joined);
            (chain.into(), how)
        }
    }
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
    Ok(forwarded_wait(req.headers()))
}

/// The wait an upstream's 429 announces: its `Retry-After`, else its
/// `X-RateLimit-Reset`. A bad value is ignored: it is the upstream's, not
/// the gateway author's.
pub(crate) fn forwarded_wait(headers: &header::HeaderMap) -> Option<u64> {
    static RESET: HeaderName = HeaderName::from_static("x-ratelimit-reset");
    static RETRY_AFTER: HeaderName = header::RETRY_AFTER;
    let header = |name: &'static HeaderName| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .filter(|v| !v.trim().is_empty())
    };
    // Each header on its own: a garbled `Retry-After` must not hide a
    // valid reset.
    let now = SystemTime::now();
    let retry_after =
        header(&RETRY_AFTER).and_then(|value| ratelimit::wait_seconds(Some(value), None, now).ok());
    let reset =
        || header(&RESET).and_then(|value| ratelimit::wait_seconds(None, Some(value), now).ok());
    retry_after.or_else(reset).flatten()
}

/// The locales served.
#[utoipa::path(
    method(get, head),
    path = "/v1/locales",
    tag = "catalog",
    operation_id = "locales",
    responses((status = 200, description = "Every locale served", body = [LocaleEntry])),
)]
pub(crate) async fn locales(state: web::Data<State>) -> HttpResponse {
    json(state.catalogs.current().locales_body.clone())
}

/// The catalog's messages.
#[utoipa::path(
    method(get, head),
    path = "/v1/messages",
    tag = "catalog",
    operation_id = "messages",
    responses((status = 200, description = "Every message `/v1/errors/{id}` renders", body = [MessageEntry])),
)]
pub(crate) async fn messages(state: web::Data<State>) -> HttpResponse {
    json(state.catalogs.current().messages_body.clone())
}

/// Counters, in the OpenMetrics text format (Prometheus reads it).
#[utoipa::path(
    method(get, head),
    path = "/metrics",
    tag = "operations",
    operation_id = "metrics",
    responses((status = 200, description = "Requests by route pattern and status, rendered messages, negotiations, reloads", body = String, content_type = "application/openmetrics-text")),
)]
pub(crate) async fn metrics(state: web::Data<State>) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        ))
        .body(state.metrics.encode(&state.catalogs))
}

/// Liveness: the process answers.
#[utoipa::path(
    method(get, head),
    path = "/healthz",
    tag = "operations",
    operation_id = "healthz",
    responses((status = 200, description = "Alive", body = Health, example = json!({"status": "ok"}))),
)]
pub(crate) async fn healthz() -> HttpResponse {
    json(r#"{"status":"ok"}"#)
}

/// Readiness: a catalog is loaded and the service is not draining.
///
/// On SIGTERM it answers 503 at once while requests are still served for
/// `--shutdown-delay`, so that a load balancer stops sending first.
#[utoipa::path(
    method(get, head),
    path = "/readyz",
    tag = "operations",
    operation_id = "readyz",
    responses(
        (status = 200, description = "Ready", body = Health, example = json!({"status": "ready"})),
        (status = 503, description = "Draining: shutting down", body = Health, example = json!({"status": "draining"})),
    ),
)]
pub(crate) async fn readyz(state: web::Data<State>) -> HttpResponse {
    if state.draining.load(Ordering::Relaxed) {
        HttpResponse::ServiceUnavailable()
            .insert_header((header::CONTENT_TYPE, JSON))
            .body(r#"{"status":"draining"}"#)
    } else {
        json(r#"{"status":"ready"}"#)
    }
}

/// This document.
#[utoipa::path(
    method(get, head),
    path = "/openapi.json",
    tag = "operations",
    operation_id = "openapi",
    responses((status = 200, description = "The OpenAPI document of the query API", body = Object)),
)]
pub(crate) async fn openapi_json() -> HttpResponse {
    json(crate::openapi::json())
}

async fn unknown_route(req: HttpRequest) -> HttpResponse {
    Fault::UnknownRoute(req.path().to_owned()).error_response()
}

async fn not_allowed(req: HttpRequest, allow: &'static str) -> HttpResponse {
    Fault::MethodNotAllowed {
        method: req.method().to_string(),
        path: req.path().to_owned(),
        allow,
    }
    .error_response()
}

fn json(body: impl actix_web::body::MessageBody + 'static) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, JSON))
        .body(body)
}

/// Reload the catalog.
///
/// Reads the `--locales` folder again; the new catalog serves if it has no
/// error (200, its generation and counts), else the old one keeps serving
/// (422, every error with its file:line:column). Loopback peers need no
/// token; others `Authorization: Bearer <ERROR_L10N_ADMIN_TOKEN>`.
#[utoipa::path(
    post,
    path = "/admin/reload",
    tag = "operations",
    operation_id = "admin_reload",
    security((), ("admin_token" = [])),
    responses(
        (status = 200, description = "Reloaded, or nothing to read (the embedded catalog)", body = ReloadAnswer),
        (status = 401, description = "A non-loopback peer without a token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "A wrong token, or no token configured", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The catalog was refused; the old one keeps serving", body = Problem, content_type = "application/problem+json"),
        (status = 500, description = "The reload could not run", body = Problem, content_type = "application/problem+json"),
    ),
)]
pub(crate) async fn admin_reload(
    req: HttpRequest,
    state: web::Data<State>,
) -> Result<HttpResponse, Fault> {
    authorize(&req, &state)?;
    let catalogs = state.catalogs.clone();
    let outcome = web::block(move || catalogs.reload())
        .await
        .map_err(|e| Fault::Internal(e.to_string()))?;
    let body = match outcome.map_err(Fault::CatalogRefused)? {
        Reloaded::Swapped {
            generation,
            locales,
            messages,
            took,
        } => serde_json::json!({
            "status": "reloaded",
            "generation": generation,
            "locales": locales,
            "messages": messages,
            "took_ms": took.as_millis() as u64,
        }),
        Reloaded::Embedded => serde_json::json!({
            "status": "unchanged",
            "detail": "the catalog is the embedded one: there is nothing to read again (serve --locales DIR to reload a folder)",
            "generation": state.catalogs.current().generation,
        }),
    };
    Ok(json(body.to_string()))
}

/// `/admin/*` answers loopback peers, and others that bring the admin token
/// (`Authorization: Bearer …`, compared in constant time).
fn authorize(req: &HttpRequest, state: &State) -> Result<(), Fault> {
    if req.peer_addr().is_some_and(|peer| peer.ip().is_loopback()) {
        return Ok(());
    }
    let Some(expected) = &state.admin_token else {
        return Err(Fault::Forbidden(
            "/admin/* answers loopback peers only; set ERROR_L10N_ADMIN_TOKEN to allow others"
                .into(),
        ));
    };
    let given = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    match given {
        None => Err(Fault::Unauthorized),
        Some(token) => {
            use subtle::ConstantTimeEq;
            if bool::from(token.as_bytes().ct_eq(expected.as_bytes())) {
                Ok(())
            } else {
                Err(Fault::Forbidden("the admin token is not valid".into()))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reload::Source;
    use actix_web::{test, App};

    fn state(admin_token: Option<&str>) -> web::Data<State> {
        web::Data::new(State {
            catalogs: Arc::new(Catalogs::new(
                Arc::new(Compiled::embedded()),
                Source::Embedded,
            )),
            admin_token: admin_token.map(str::to_owned),
            metrics: Default::default(),
            oauth_strict: false,
            draining: Arc::new(AtomicBool::new(false)),
            body_limit: crate::translate::DEFAULT_BODY_LIMIT,
            body_timeout: limits::DEFAULT_BODY_TIMEOUT,
        })
    }

    /// The peer address is injected: no traffic leaves loopback.
    async fn admin(token: Option<&str>, peer: &str, bearer: Option<&str>) -> (u16, String) {
        let app = test::init_service(App::new().configure(configure(state(token)))).await;
        let mut request = test::TestRequest::post()
            .uri("/admin/reload")
            .peer_addr(peer.parse().unwrap());
        if let Some(bearer) = bearer {
            request = request.insert_header((header::AUTHORIZATION, format!("Bearer {bearer}")));
        }
        let response = test::call_service(&app, request.to_request()).await;
        let status = response.status().as_u16();
        let challenge = response
            .headers()
            .get(header::WWW_AUTHENTICATE)
            .map(|v| v.to_str().unwrap_or_default().to_owned())
            .unwrap_or_default();
        (status, challenge)
    }

    /// The paths `configure` registers, as written in its source: a route
    /// added there without its `#[utoipa::path]` shows here.
    fn registered_in_configure() -> Vec<&'static str> {
        let source = include_str!("routes.rs");
        let start = source.find("pub fn configure(").expect("configure");
        let body = &source[start..];
        let body = &body[..body.find("\n}\n").expect("the end of configure")];
        body.split('"')
            .skip(1)
            .step_by(2)
            .filter(|literal| literal.starts_with('/'))
            .collect()
    }

    /// Every route the app registers is in the OpenAPI document, with
    /// exactly the methods it answers; nothing else is.
    #[actix_web::test]
    async fn the_openapi_document_covers_every_route() {
        use std::collections::{BTreeMap, BTreeSet};
        let document = serde_json::to_value(crate::openapi::document()).unwrap();
        let methods = ["get", "head", "post", "put", "patch", "delete"];
        let documented: BTreeMap<String, BTreeSet<&str>> = document["paths"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(path, item)| {
                let taken = methods.into_iter().filter(|m| item.get(*m).is_some());
                (path.clone(), taken.collect())
            })
            .collect();
        // The route patterns the app counts requests by (metrics) ...
        let patterns: BTreeSet<String> = crate::metrics::Route::ALL
            .iter()
            .map(|r| r.pattern().to_owned())
            .filter(|p| p != "other")
            .collect();
        assert_eq!(
            documented.keys().cloned().collect::<BTreeSet<_>>(),
            patterns,
            "documented vs registered"
        );
        // ... and the paths `configure` registers.
        let registered = registered_in_configure();
        assert!(registered.len() >= 10, "{registered:?}");
        for path in registered {
            assert!(
                documented.keys().any(|d| d.starts_with(path)),
                "{path} is registered but not documented"
            );
        }
        // Each documented method reaches its handler; each other one is a
        // 405 (the render routes answer any method).
        let app = test::init_service(App::new().configure(configure(state(None)))).await;
        for (path, taken) in &documented {
            let concrete = path
                .replace("{id}", "rate-limited")
                .replace("{code}", "429");
            for method in methods {
                let request = test::TestRequest::default()
                    .method(method.to_uppercase().parse().unwrap())
                    .uri(&concrete)
                    .peer_addr("127.0.0.1:40000".parse().unwrap())
                    .insert_header((header::CONTENT_TYPE, "application/json"))
                    .set_payload(r#"{"error":"Record not found"}"#)
                    .to_request();
                let response = test::call_service(&app, request).await;
                let status = response.status().as_u16();
                let fault = response
                    .headers()
                    .get(RESULT_HEADER)
                    .is_some_and(|v| v == "fault");
                if taken.contains(method) {
                    assert!(
                        !(fault && matches!(status, 404 | 405)),
                        "{method} {concrete}: documented, answered {status}"
                    );
                } else {
                    assert_eq!(status, 405, "{method} {concrete}: not documented");
                }
            }
        }
    }

    #[actix_web::test]
    async fn admin_answers_loopback_or_the_token() {
        let outside = "203.0.113.7:40000";
        assert_eq!(admin(None, "127.0.0.1:40000", None).await.0, 200);
        assert_eq!(admin(None, "[::1]:40000", None).await.0, 200);
        assert_eq!(admin(None, outside, None).await.0, 403, "no token set");
        assert_eq!(admin(None, outside, Some("guess")).await.0, 403);
        let (status, challenge) = admin(Some("s3cret"), outside, None).await;
        assert_eq!((status, challenge.starts_with("Bearer")), (401, true));
        assert_eq!(admin(Some("s3cret"), outside, Some("s3cre")).await.0, 403);
        assert_eq!(admin(Some("s3cret"), outside, Some("s3cret")).await.0, 200);
    }
}
