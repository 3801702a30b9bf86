//! The benchmark's baseline: actix-web answering a fixed English rate-limit
//! body with the product's headers, with nothing computed per request: the
//! practical limit of actix-web on the machine.
//!
//! Every path but `/healthz` and `POST /v1/translate` is the fixed answer,
//! through the app's default service: no route pattern is matched (a `{id}`
//! pattern would match by regex, a cost the product does not have to pay
//! either). `POST /v1/translate` reads the body first, then answers the same
//! bytes: the framework's own cost of a POST, for the translate scenarios.
//!
//! It is also the fixed-bytes upstream of the proxy scenarios: `/api/v1/ok`
//! is a Mastodon-like 200, `/api/v1/limited` rack-attack's 429 with its
//! `X-RateLimit-*` headers (the reset an hour after start-up).
//!
//! `error-l10n-baseline [--bind ADDR] [--workers N]`

use actix_web::http::header::{self, HeaderName};
use actix_web::http::StatusCode;
use actix_web::{web, App, HttpResponse, HttpServer};

const BODY: &str = r#"{"error":"Too many requests"}"#;
const JSON: &str = "application/json; charset=utf-8";

async fn fixed() -> HttpResponse {
    HttpResponse::build(StatusCode::TOO_MANY_REQUESTS)
        .insert_header((header::CONTENT_TYPE, JSON))
        .insert_header((header::CONTENT_LANGUAGE, "en"))
        .insert_header((header::VARY, "Accept-Language"))
        .insert_header((HeaderName::from_static("error-l10n-result"), "rendered"))
        .insert_header((HeaderName::from_static("error-l10n-id"), "rate-limited"))
        .body(BODY)
}

/// The same answer after reading the request's body, as `POST
/// /v1/translate` must: what actix-web itself costs for a POST.
async fn fixed_after_body(body: web::Bytes) -> HttpResponse {
    std::hint::black_box(body);
    fixed().await
}

async fn ok() -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, JSON))
        .insert_header((header::CACHE_CONTROL, "private, no-store"))
        .body(r#"{"id":"109382","username":"alice","acct":"alice","display_name":"Alice","locked":false,"bot":false}"#)
}

async fn limited(reset: web::Data<String>) -> HttpResponse {
    HttpResponse::build(StatusCode::TOO_MANY_REQUESTS)
        .insert_header((header::CONTENT_TYPE, JSON))
        .insert_header((header::CACHE_CONTROL, "private, no-store"))
        .insert_header(("X-RateLimit-Limit", "300"))
        .insert_header(("X-RateLimit-Remaining", "0"))
        .insert_header(("X-RateLimit-Reset", reset.as_str()))
        .body(BODY)
}

/// `YYYY-MM-DDTHH:MM:SS.000Z` for a Unix time, as Mastodon writes
/// `X-RateLimit-Reset` (days to civil date: Howard Hinnant's algorithm).
fn iso8601(unix: u64) -> String {
    let (days, secs) = ((unix / 86_400) as i64, unix % 86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    format!("{year:04}-{month:02}-{day:02}T{h:02}:{m:02}:{s:02}.000Z")
}

async fn healthz() -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, JSON))
        .body(r#"{"status":"ok"}"#)
}

fn main() -> std::io::Result<()> {
    let mut bind = "127.0.0.1:8090".to_owned();
    let mut workers: Option<usize> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .unwrap_or_else(|| panic!("{name} needs a value"))
        };
        match arg.as_str() {
            "--bind" => bind = value("--bind"),
            "--workers" => workers = Some(value("--workers").parse().expect("--workers N")),
            other => panic!("unknown argument {other:?}; usage: [--bind ADDR] [--workers N]"),
        }
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("a clock after 1970")
        .as_secs();
    let reset = web::Data::new(iso8601(now + 3600));
    actix_web::rt::System::new().block_on(async move {
        let mut server = HttpServer::new(move || {
            App::new()
                .app_data(reset.clone())
                .route("/healthz", web::get().to(healthz))
                .route("/api/v1/ok", web::get().to(ok))
                .route("/api/v1/limited", web::get().to(limited))
                .route("/v1/translate", web::post().to(fixed_after_body))
                .default_service(web::to(fixed))
        });
        if let Some(workers) = workers {
            server = server.workers(workers);
        }
        server.bind(&bind)?.run().await
    })
}
