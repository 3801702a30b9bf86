//! The sidecar's own faults, answered as RFC 9457 problem details with
//! `Error-L10n-Result: fault`, so that a gateway never mistakes them for a
//! rendered error and falls back to the upstream's body.

use actix_web::http::{header, StatusCode};
use actix_web::{HttpResponse, ResponseError};
use serde::Serialize;

use crate::catalog::LoadErrors;
use crate::format::ArgumentError;
use crate::query::QueryError;
use crate::ratelimit::ContextError;
use crate::translate::BodyError;

pub const RESULT_HEADER: &str = "error-l10n-result";

/// The most characters of a request's own text a fault's detail repeats: a
/// 60 KB id is named by its start, not sent back whole.
const QUOTED_CHARS: usize = 100;

/// Request text as a fault's detail quotes it: its first characters, and an
/// ellipsis with the full length when it is longer.
pub(crate) fn clip(text: &str) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(QUOTED_CHARS) {
        None => text.into(),
        Some((cut, _)) => format!("{}… ({} bytes)", &text[..cut], text.len()).into(),
    }
}
pub const ID_HEADER: &str = "error-l10n-id";

#[derive(Debug, thiserror::Error)]
pub enum Fault {
    #[error("no message `{}`; GET /v1/messages lists the ids", clip(.0))]
    UnknownId(String),
    #[error("no route {}; the routes are /v1/errors/{{id}}, /v1/status/{{code}}, /v1/translate, /v1/locales, /v1/messages, /healthz, /readyz, /metrics, /admin/reload, /openapi.json", clip(.0))]
    UnknownRoute(String),
    #[error("{} is not allowed on {}; it takes {allow}", clip(.method), clip(.path))]
    MethodNotAllowed {
        method: String,
        path: String,
        /// The methods the route takes, as the `Allow` header lists them.
        allow: &'static str,
    },
    #[error("status {:?} is not valid here; give a number from {} to {}", clip(.given), .range.start(), .range.end())]
    Status {
        given: String,
        range: std::ops::RangeInclusive<u16>,
    },
    #[error("locale {:?} is not a valid BCP 47 language tag (like `fr` or `pt-BR`)", clip(.0))]
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
    #[error("the body did not arrive within {} s of the request head (the body timeout)", .0.as_secs_f64())]
    BodyTimeout(std::time::Duration),
    #[error(
        "/admin/* needs `Authorization: Bearer <ERROR_L10N_ADMIN_TOKEN>` from a non-loopback peer"
    )]
    Unauthorized,
    #[error("{0}")]
    Forbidden(String),
    #[error("the catalog was refused, the previous one keeps serving: {} error(s)", .0.0.len())]
    CatalogRefused(LoadErrors),
    #[error("the sidecar failed: {0}")]
    Internal(String),
}

impl Fault {
    /// The status, the problem type (a stable name a gateway's author can
    /// match on) and its title: one place for all three.
    fn problem(&self) -> (StatusCode, &'static str, &'static str) {
        use StatusCode as S;
        match self {
            Fault::UnknownId(_) => (S::NOT_FOUND, "unknown-id", "Unknown message id"),
            Fault::UnknownRoute(_) => (S::NOT_FOUND, "unknown-route", "Unknown route"),
            Fault::MethodNotAllowed { .. } => (
                S::METHOD_NOT_ALLOWED,
                "method-not-allowed",
                "Method not allowed",
            ),
            Fault::Status { .. } => (S::BAD_REQUEST, "invalid-status", "Invalid status"),
            Fault::Locale(_) => (S::BAD_REQUEST, "invalid-locale", "Invalid locale"),
            Fault::Query(_) => (S::BAD_REQUEST, "invalid-query", "Invalid query string"),
            Fault::Argument(_) => (
                S::BAD_REQUEST,
                "invalid-argument",
                "Invalid message argument",
            ),
            Fault::Context(_) => (
                S::BAD_REQUEST,
                "invalid-rate-limit-context",
                "Invalid rate-limit context",
            ),
            Fault::Body(BodyError::NotUtf8 | BodyError::NotJson(_)) => {
                (S::BAD_REQUEST, "invalid-body", "Body is not JSON")
            }
            Fault::Body(_) => (
                S::UNPROCESSABLE_ENTITY,
                "not-an-error-body",
                "Body is not an error body",
            ),
            Fault::BodyTooLarge(_) => (S::PAYLOAD_TOO_LARGE, "body-too-large", "Body too large"),
            Fault::BodyRead(_) => (S::BAD_REQUEST, "invalid-body", "Body could not be read"),
            Fault::BodyTimeout(_) => (S::REQUEST_TIMEOUT, "body-timeout", "Body too slow"),
            Fault::Unauthorized => (S::UNAUTHORIZED, "unauthorized", "Admin token required"),
            Fault::Forbidden(_) => (S::FORBIDDEN, "forbidden", "Admin access refused"),
            Fault::CatalogRefused(_) => (
                S::UNPROCESSABLE_ENTITY,
                "catalog-refused",
                "Catalog refused",
            ),
            Fault::Internal(_) => (S::INTERNAL_SERVER_ERROR, "internal", "Internal error"),
        }
    }
}

/// One of the sidecar's own faults, as RFC 9457 problem details.
#[derive(Serialize, utoipa::ToSchema)]
#[schema(example = json!({"type": "tag:error-l10n,2026:unknown-id", "title": "Unknown message id", "status": 404, "detail": "no message `nope`; GET /v1/messages lists the ids"}))]
pub(crate) struct Problem<'a> {
    /// A stable name to match on: `tag:error-l10n,2026:<name>`.
    #[serde(rename = "type")]
    kind: String,
    title: &'a str,
    status: u16,
    /// What was wrong, and how to mend it.
    detail: String,
    /// A refused catalog's findings, `file:line:column: …` each.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    errors: Option<Vec<String>>,
}

impl ResponseError for Fault {
    fn status_code(&self) -> StatusCode {
        self.problem().0
    }

    fn error_response(&self) -> HttpResponse {
        let (status, name, title) = self.problem();
        let problem = Problem {
            kind: format!("tag:error-l10n,2026:{name}"),
            title,
            status: status.as_u16(),
            detail: self.to_string(),
            errors: match self {
                Fault::CatalogRefused(LoadErrors(errors)) => {
                    Some(errors.iter().map(ToString::to_string).collect())
                }
                _ => None,
            },
        };
        let mut response = HttpResponse::build(status);
        response
            .insert_header((header::CONTENT_TYPE, "application/problem+json"))
            .insert_header((RESULT_HEADER, "fault"));
        match self {
            // RFC 9110 §15.5.6: a 405 lists the methods the route takes.
            Fault::MethodNotAllowed { allow, .. } => {
                response.insert_header((header::ALLOW, *allow));
            }
            // RFC 6750 §3: a 401 names the scheme it wants.
            Fault::Unauthorized => {
                response.insert_header((
                    header::WWW_AUTHENTICATE,
                    "Bearer realm=\"error-l10n admin\"",
                ));
            }
            _ => {}
        }
        // A body left unread (too large, too slow, broken) leaves the
        // connection mid-message: close it rather than read on for the
        // next request, so a trickling client cannot hold it.
        if matches!(
            self,
            Fault::BodyTooLarge(_) | Fault::BodyTimeout(_) | Fault::BodyRead(_)
        ) {
            response.force_close();
        }
        response.body(serde_json::to_string(&problem).unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_input_is_quoted_by_its_start() {
        assert_eq!(clip("rate-limited"), "rate-limited");
        let long = "é".repeat(5000);
        let quoted = clip(&long);
        assert!(quoted.starts_with(&"é".repeat(100)), "{quoted}");
        assert!(quoted.ends_with("… (10000 bytes)"), "{quoted}");
        assert!(Fault::UnknownId(long).to_string().chars().count() < 200);
    }
}
