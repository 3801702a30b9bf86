//! A small Mastodon stand-in: the error bodies and headers of the real API,
//! byte for byte, on a loopback port of its own.

use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use actix_web::http::StatusCode;
use actix_web::{web, App, HttpRequest, HttpResponse, HttpServer};

use crate::time::iso8601;

const JSON: &str = "application/json; charset=utf-8";

pub const TOO_MANY_REQUESTS: &str = r#"{"error":"Too many requests"}"#;
pub const RECORD_NOT_FOUND: &str = r#"{"error":"Record not found"}"#;
pub const VALIDATION_FAILED: &str = r#"{"error":"Validation failed: Text can't be blank","details":{"text":[{"error":"ERR_BLANK","description":"can't be blank"}]}}"#;
pub const INVALID_GRANT: &str = r#"{"error":"invalid_grant","error_description":"The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.","state":"xyz"}"#;
pub const TOKEN_INVALID: &str = r#"{"error":"The access token is invalid"}"#;
pub const WWW_AUTHENTICATE: &str = r#"Bearer realm="Doorkeeper", error="invalid_token", error_description="The access token is invalid""#;
pub const OK: &str = r#"{"ok":true}"#;
pub const RATE_LIMIT: &str = "300";

/// The body of `/api/v1/status/{code}`: a message no catalog knows, so a
/// body-aware gateway passes it through.
pub fn status_body(code: u16) -> String {
    format!(r#"{{"error":"Upstream error {code}"}}"#)
}

/// A 200 larger than any gateway buffer, the same on every call.
pub fn large_body() -> String {
    let items: Vec<String> = (0..6000)
        .map(|i| format!(r#"{{"id":"{i}","content":"<p>post {i} éü</p>"}}"#))
        .collect();
    format!("[{}]", items.join(","))
}

/// What the upstream saw and sent, for the tests to compare with.
#[derive(Default)]
pub struct Record {
    /// Every `X-RateLimit-Reset` sent, in order.
    pub resets: Vec<String>,
    /// Every request: method, path, body.
    pub requests: Vec<(String, String, String)>,
}

pub struct Upstream {
    /// `127.0.0.1:PORT`
    pub address: String,
    record: Arc<Mutex<Record>>,
    handle: actix_web::dev::ServerHandle,
}

/// The size of `/api/v1/huge`: a download far larger than any buffer.
pub const HUGE: usize = 10 * 1024 * 1024;

impl Upstream {
    pub async fn start() -> Upstream {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
        let address = listener.local_addr().expect("a local address").to_string();
        let record = Arc::new(Mutex::new(Record::default()));
        let data = web::Data::new(record.clone());
        let server = HttpServer::new(move || {
            App::new()
                .app_data(data.clone())
                .route("/api/v1/limited", web::get().to(limited))
                .route("/api/v1/statuses/404", web::get().to(not_found))
                .route("/api/v1/statuses", web::post().to(validation_failed))
                .route(
                    "/api/v1/accounts/verify_credentials",
                    web::get().to(token_invalid),
                )
                .route("/oauth/token", web::post().to(invalid_grant))
                .route("/api/v1/ok", web::get().to(ok))
                .route("/api/v1/ok", web::post().to(ok))
                .route("/api/v1/large", web::get().to(large))
                .route("/api/v1/huge", web::get().to(huge))
                .route("/api/v1/status/{code}", web::route().to(by_status))
        })
        .workers(1)
        .disable_signals()
        .shutdown_timeout(0)
        .listen(listener)
        .expect("the mock upstream listens")
        .run();
        let handle = server.handle();
        tokio::spawn(server);
        Upstream {
            address,
            record,
            handle,
        }
    }

    /// Stops listening, as a Mastodon that is down.
    pub async fn stop(&self) {
        self.handle.stop(false).await;
    }

    /// The last `X-RateLimit-Reset` the upstream sent.
    pub fn last_reset(&self) -> String {
        let record = self.record.lock().expect("the record");
        record.resets.last().cloned().expect("a 429 was sent")
    }

    /// The body of the last request the upstream received at `path`.
    pub fn last_body(&self, method: &str, path: &str) -> Option<String> {
        let record = self.record.lock().expect("the record");
        record
            .requests
            .iter()
            .rev()
            .find(|(m, p, _)| m == method && p == path)
            .map(|(_, _, body)| body.clone())
    }
}

type Shared = web::Data<Arc<Mutex<Record>>>;

fn note(record: &Shared, req: &HttpRequest, body: &web::Bytes) {
    record.lock().expect("the record").requests.push((
        req.method().to_string(),
        req.path().to_owned(),
        String::from_utf8_lossy(body).into_owned(),
    ));
}

/// Mastodon's own caching headers on an API answer, which every recipe
/// must keep on the errors it replaces.
pub const CACHE_CONTROL: &str = "private, no-store";
pub const VARY: &str = "Accept, Origin";

fn json(status: StatusCode, body: impl Into<String>) -> HttpResponse {
    HttpResponse::build(status)
        .insert_header(("Content-Type", JSON))
        .insert_header(("Cache-Control", CACHE_CONTROL))
        .insert_header(("Vary", VARY))
        .body(body.into())
}

/// rack-attack's answer: no `Retry-After`, the end of the window in
/// `X-RateLimit-Reset`.
async fn limited(record: Shared, req: HttpRequest, body: web::Bytes) -> HttpResponse {
    note(&record, &req, &body);
    let reset = iso8601(SystemTime::now() + Duration::from_secs(90));
    record
        .lock()
        .expect("the record")
        .resets
        .push(reset.clone());
    HttpResponse::TooManyRequests()
        .insert_header(("Content-Type", JSON))
        .insert_header(("Cache-Control", CACHE_CONTROL))
        .insert_header(("Vary", VARY))
        .insert_header(("X-RateLimit-Limit", RATE_LIMIT))
        .insert_header(("X-RateLimit-Remaining", "0"))
        .insert_header(("X-RateLimit-Reset", reset))
        .body(TOO_MANY_REQUESTS)
}

async fn not_found(record: Shared, req: HttpRequest, body: web::Bytes) -> HttpResponse {
    note(&record, &req, &body);
    json(StatusCode::NOT_FOUND, RECORD_NOT_FOUND)
}

async fn validation_failed(record: Shared, req: HttpRequest, body: web::Bytes) -> HttpResponse {
    note(&record, &req, &body);
    json(StatusCode::UNPROCESSABLE_ENTITY, VALIDATION_FAILED)
}

async fn token_invalid(record: Shared, req: HttpRequest, body: web::Bytes) -> HttpResponse {
    note(&record, &req, &body);
    HttpResponse::Unauthorized()
        .insert_header(("Content-Type", JSON))
        .insert_header(("Cache-Control", CACHE_CONTROL))
        .insert_header(("Vary", VARY))
        .insert_header(("WWW-Authenticate", WWW_AUTHENTICATE))
        .body(TOKEN_INVALID)
}

async fn invalid_grant(record: Shared, req: HttpRequest, body: web::Bytes) -> HttpResponse {
    note(&record, &req, &body);
    json(StatusCode::BAD_REQUEST, INVALID_GRANT)
}

async fn ok(record: Shared, req: HttpRequest, body: web::Bytes) -> HttpResponse {
    note(&record, &req, &body);
    json(StatusCode::OK, OK)
}

async fn large(record: Shared, req: HttpRequest, body: web::Bytes) -> HttpResponse {
    note(&record, &req, &body);
    json(StatusCode::OK, large_body())
}

/// 10 MiB of a repeated byte, made on the fly, with its length.
async fn huge() -> HttpResponse {
    let chunk = web::Bytes::from(vec![b'x'; 64 * 1024]);
    let chunks = (0..HUGE / chunk.len()).map(move |_| Ok::<_, std::io::Error>(chunk.clone()));
    HttpResponse::Ok()
        .insert_header(("Content-Type", "application/octet-stream"))
        .body(actix_web::body::SizedStream::new(
            HUGE as u64,
            futures_util::stream::iter(chunks),
        ))
}

async fn by_status(
    record: Shared,
    req: HttpRequest,
    body: web::Bytes,
    code: web::Path<u16>,
) -> HttpResponse {
    note(&record, &req, &body);
    let status = StatusCode::from_u16(*code).expect("a valid status");
    json(status, status_body(*code))
}
