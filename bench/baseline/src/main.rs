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
    actix_web::rt::System::new().block_on(async move {
        let mut server = HttpServer::new(|| {
            App::new()
                .route("/healthz", web::get().to(healthz))
                .route("/v1/translate", web::post().to(fixed_after_body))
                .default_service(web::to(fixed))
        });
        if let Some(workers) = workers {
            server = server.workers(workers);
        }
        server.bind(&bind)?.run().await
    })
}
