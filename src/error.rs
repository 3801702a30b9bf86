//! The sidecar's own faults, answered as RFC 9457 problem details with
//! `Error-L10n-Result: fault`, so that a gateway never mistakes them for a
//! rendered error and falls back to the upstream's body.

use actix_web::http::{header, StatusCode};
use actix_web::{HttpResponse, ResponseError};
use serde::Serialize;

use crate::query::QueryError;
use crate::ratelimit::ContextError;
use crate::render::ArgumentError;
use crate::translate::BodyError;

pub const RESULT_HEADER: &str = "error-l10n-result";
pub const ID_HEADER: &str = "error-l10n-id";

#[derive(Debug, thiserror::Error)]
pub enum Fault {
    #[error("no message `{0}`; GET /v1/messages lists the ids")]
    UnknownId(String),
    #[error("no route {0}; the routes are /v1/errors/{{id}}, /v1/status/{{code}}, /v1/translate, /v1/locales, /v1/messages, /healthz, /readyz")]
    UnknownRoute(String),
    #[error("{0} is not allowed here; GET /v1/messages and /v1/locales, POST /v1/translate")]
    MethodNotAllowed(String),
    #[error("status {0:?} is not an error status; give a number from 400 to 599")]
    Status(String),
    #[error("locale {0:?} is not a valid BCP 47 language tag (like `fr` or `pt-BR`)")]
    Locale(String),
    #[error(transparent)]
    Query(#[from] QueryError),
    #[error(transparent)]
    Argument(#[from] ArgumentError),
    #[error(transparent)]
    Context(#[from] ContextError),
    #[error(transparent)]
    Body(#[from] BodyError),
    #[error("the body is larger than {0} bytes (the translate body limit)")]
    BodyTooLarge(usize),
    #[error("the body could not be read: {0}")]
    BodyRead(String),
}

impl Fault {
    /// The problem type: a stable name a gateway's author can match on.
    fn kind(&self) -> (&'static str, &'static str) {
        match self {
            Fault::UnknownId(_) => ("unknown-id", "Unknown message id"),
            Fault::UnknownRoute(_) => ("unknown-route", "Unknown route"),
            Fault::MethodNotAllowed(_) => ("method-not-allowed", "Method not allowed"),
            Fault::Status(_) => ("invalid-status", "Invalid status"),
            Fault::Locale(_) => ("invalid-locale", "Invalid locale"),
            Fault::Query(_) => ("invalid-query", "Invalid query string"),
            Fault::Argument(_) => ("invalid-argument", "Invalid message argument"),
            Fault::Context(_) => ("invalid-rate-limit-context", "Invalid rate-limit context"),
            Fault::Body(BodyError::NotUtf8 | BodyError::NotJson(_)) => {
                ("invalid-body", "Body is not JSON")
            }
            Fault::Body(_) => ("not-an-error-body", "Body is not an error body"),
            Fault::BodyTooLarge(_) => ("body-too-large", "Body too large"),
            Fault::BodyRead(_) => ("invalid-body", "Body could not be read"),
        }
    }
}

#[derive(Serialize)]
struct Problem<'a> {
    #[serde(rename = "type")]
    kind: String,
    title: &'a str,
    status: u16,
    detail: String,
}

impl ResponseError for Fault {
    fn status_code(&self) -> StatusCode {
        match self {
            Fault::UnknownId(_) | Fault::UnknownRoute(_) => StatusCode::NOT_FOUND,
            Fault::MethodNotAllowed(_) => StatusCode::METHOD_NOT_ALLOWED,
            Fault::BodyTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            Fault::Body(BodyError::NotUtf8 | BodyError::NotJson(_)) => StatusCode::BAD_REQUEST,
            Fault::Body(_) => StatusCode::UNPROCESSABLE_ENTITY,
            _ => StatusCode::BAD_REQUEST,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let (name, title) = self.kind();
        let status = self.status_code();
        let problem = Problem {
            kind: format!("tag:error-l10n,2026:{name}"),
            title,
            status: status.as_u16(),
            detail: self.to_string(),
        };
        HttpResponse::build(status)
            .insert_header((header::CONTENT_TYPE, "application/problem+json"))
            .insert_header((RESULT_HEADER, "fault"))
            .body(serde_json::to_string(&problem).expect("a problem serializes"))
    }
}
