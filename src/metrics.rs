//! What `GET /metrics` reports, in the Prometheus text format.
//!
//! The hot path only adds to atomics laid out in fixed arrays (requests by
//! route pattern and status, a latency histogram, negotiation outcomes,
//! translate outcomes; rendered messages by id and locale live in each
//! `Compiled`): no lock, no allocation, no map lookup per request. A scrape
//! reads them into `prometheus-client`'s types and encodes those; the
//! crate's own `Histogram` and `Family` take a lock per observation, which
//! is why they are built only at scrape time here.

// Counters are fixed arrays indexed by enums (`as usize` of a variant of a
// list whose length sizes the array) and by a status clamped to 100..=599
// for an array of 500: in bounds by construction.
#![allow(clippy::indexing_slicing)]

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use prometheus_client::encoding::{EncodeMetric, MetricEncoder, NoLabelSet};
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::MetricType;
use prometheus_client::registry::Registry;

use crate::negotiation::Match;
use crate::reload::Catalogs;

/// The route patterns requests are counted by (never the raw path).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    Errors,
    Status,
    Translate,
    Locales,
    Messages,
    Healthz,
    Readyz,
    Metrics,
    AdminReload,
    OpenApi,
    Other,
}

impl Route {
    pub(crate) const ALL: [Route; 11] = [
        Route::Errors,
        Route::Status,
        Route::Translate,
        Route::Locales,
        Route::Messages,
        Route::Healthz,
        Route::Readyz,
        Route::Metrics,
        Route::AdminReload,
        Route::OpenApi,
        Route::Other,
    ];

    /// The pattern a path is served by.
    pub fn of(path: &str) -> Route {
        if path.starts_with("/v1/errors/") {
            return Route::Errors;
        }
        if path.starts_with("/v1/status/") {
            return Route::Status;
        }
        match path {
            "/v1/translate" => Route::Translate,
            "/v1/locales" => Route::Locales,
            "/v1/messages" => Route::Messages,
            "/healthz" => Route::Healthz,
            "/readyz" => Route::Readyz,
            "/metrics" => Route::Metrics,
            "/admin/reload" => Route::AdminReload,
            "/openapi.json" => Route::OpenApi,
            _ => Route::Other,
        }
    }

    pub fn pattern(self) -> &'static str {
        match self {
            Route::Errors => "/v1/errors/{id}",
            Route::Status => "/v1/status/{code}",
            Route::Translate => "/v1/translate",
            Route::Locales => "/v1/locales",
            Route::Messages => "/v1/messages",
            Route::Healthz => "/healthz",
            Route::Readyz => "/readyz",
            Route::Metrics => "/metrics",
            Route::AdminReload => "/admin/reload",
            Route::OpenApi => "/openapi.json",
            Route::Other => "other",
        }
    }
}

/// What translate did with a body.
#[derive(Debug, Clone, Copy)]
pub enum TranslateOutcome {
    Rendered = 0,
    Passthrough = 1,
    Fault = 2,
}

/// What the proxy did with an upstream answer.
#[derive(Debug, Clone, Copy)]
pub enum ProxyOutcome {
    /// Relayed as it came (a success, or an error left as it is).
    Streamed = 0,
    /// An error body translated.
    Translated = 1,
    /// An error body read but not recognized: relayed as it came.
    Passthrough = 2,
    /// The upstream refused, broke off or was unreachable: a 502.
    BadGateway = 3,
    /// The upstream did not answer in time: a 504.
    GatewayTimeout = 4,
    /// A request the proxy does not relay: a WebSocket (501), a small form
    /// or JSON body that stalls (408) or breaks off (400).
    Refused = 5,
    /// The client went away before the upstream answered: the upstream
    /// request was dropped.
    Cancelled = 6,
}

impl ProxyOutcome {
    const NAMES: [&'static str; 7] = [
        "streamed",
        "translated",
        "passthrough",
        "bad_gateway",
        "gateway_timeout",
        "refused",
        "cancelled",
    ];
}

/// Upper bounds of the latency buckets, in seconds.
const LATENCY_BUCKETS: [f64; 12] = [
    0.000_05, 0.000_1, 0.000_25, 0.000_5, 0.001, 0.002_5, 0.005, 0.01, 0.025, 0.1, 0.5, 2.0,
];
/// Statuses 100..=599, one counter each per route.
const STATUSES: usize = 500;

pub struct Metrics {
    requests: Box<[AtomicU64]>,
    /// Per latency bucket, then one for +Inf.
    latency: [AtomicU64; LATENCY_BUCKETS.len() + 1],
    latency_nanos: AtomicU64,
    negotiation: [AtomicU64; Match::ALL.len() + 1],
    translate: [AtomicU64; 3],
    proxy: [AtomicU64; ProxyOutcome::NAMES.len()],
    upstream_retries: AtomicU64,
    unknown_ids: AtomicU64,
}

impl Default for Metrics {
    fn default() -> Metrics {
        Metrics {
            requests: (0..Route::ALL.len() * STATUSES)
                .map(|_| AtomicU64::new(0))
                .collect(),
            latency: Default::default(),
            latency_nanos: AtomicU64::new(0),
            negotiation: Default::default(),
            translate: Default::default(),
            proxy: Default::default(),
            upstream_retries: AtomicU64::new(0),
            unknown_ids: AtomicU64::new(0),
        }
    }
}

impl Metrics {
    /// One request answered: its route pattern, status and latency.
    pub fn request(&self, route: Route, status: u16, took: Duration) {
        let slot = usize::from(status.clamp(100, 599) - 100);
        self.requests[route as usize * STATUSES + slot].fetch_add(1, Ordering::Relaxed);
        let seconds = took.as_secs_f64();
        let bucket = LATENCY_BUCKETS
            .iter()
            .position(|&le| seconds <= le)
            .unwrap_or(LATENCY_BUCKETS.len());
        self.latency[bucket].fetch_add(1, Ordering::Relaxed);
        let nanos = u64::try_from(took.as_nanos()).unwrap_or(u64::MAX);
        self.latency_nanos.fetch_add(nanos, Ordering::Relaxed);
    }

    /// How a request's locale was found; `None` for an explicit `?locale=`.
    pub fn negotiated(&self, how: Option<Match>) {
        let slot = how.map_or(Match::ALL.len(), |m| m as usize);
        self.negotiation[slot].fetch_add(1, Ordering::Relaxed);
    }

    pub fn translated(&self, outcome: TranslateOutcome) {
        self.translate[outcome as usize].fetch_add(1, Ordering::Relaxed);
    }

    pub fn proxied(&self, outcome: ProxyOutcome) {
        self.proxy[outcome as usize].fetch_add(1, Ordering::Relaxed);
    }

    /// A request sent again on a new connection: the upstream closed its
    /// idle one unanswered as it went out.
    pub fn upstream_retry(&self) {
        self.upstream_retries.fetch_add(1, Ordering::Relaxed);
    }

    pub fn unknown_id(&self) {
        self.unknown_ids.fetch_add(1, Ordering::Relaxed);
    }

    /// The Prometheus text of everything counted, and of the catalog.
    pub fn encode(&self, catalogs: &Catalogs) -> String {
        let mut registry = Registry::with_prefix("error_l10n");
        let load = |a: &AtomicU64| a.load(Ordering::Relaxed);
        let pairs = |list: &[(&str, &str)]| -> Vec<(String, String)> {
            list.iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect()
        };

        let requests = Family::<Vec<(String, String)>, Counter>::default();
        for route in Route::ALL {
            for slot in 0..STATUSES {
                let n = load(&self.requests[route as usize * STATUSES + slot]);
                if n > 0 {
                    let status = (slot + 100).to_string();
                    requests
                        .get_or_create(&pairs(&[("route", route.pattern()), ("status", &status)]))
                        .inc_by(n);
                }
            }
        }
        registry.register(
            "requests",
            "HTTP requests answered, by route pattern and status",
            requests,
        );

        let mut buckets = Vec::with_capacity(self.latency.len());
        for (i, count) in self.latency.iter().enumerate() {
            let le = LATENCY_BUCKETS.get(i).copied().unwrap_or(f64::MAX);
            buckets.push((le, load(count)));
        }
        registry.register(
            "request_duration_seconds",
            "Time from a request's arrival at the application to its answer",
            LatencyHistogram {
                sum: load(&self.latency_nanos) as f64 / 1e9,
                buckets,
            },
        );

        let negotiation = Family::<Vec<(String, String)>, Counter>::default();
        let outcomes = Match::ALL
            .iter()
            .map(|m| m.as_str())
            .chain(["locale-parameter"]);
        for (slot, outcome) in outcomes.enumerate() {
            negotiation
                .get_or_create(&pairs(&[("outcome", outcome)]))
                .inc_by(load(&self.negotiation[slot]));
        }
        registry.register(
            "negotiations",
            "How each request's locale was chosen: the matching step of the best range, default when none matched, locale-parameter for ?locale=",
            negotiation,
        );

        let translate = Family::<Vec<(String, String)>, Counter>::default();
        for (slot, outcome) in ["rendered", "passthrough", "fault"].iter().enumerate() {
            translate
                .get_or_create(&pairs(&[("outcome", outcome)]))
                .inc_by(load(&self.translate[slot]));
        }
        registry.register(
            "translations",
            "POST /v1/translate bodies: rendered, passed through, or refused as a fault",
            translate,
        );

        let proxy = Family::<Vec<(String, String)>, Counter>::default();
        for (slot, outcome) in ProxyOutcome::NAMES.iter().enumerate() {
            proxy
                .get_or_create(&pairs(&[("outcome", outcome)]))
                .inc_by(load(&self.proxy[slot]));
        }
        registry.register(
            "proxy_responses",
            "Proxy mode: upstream answers streamed as they came, error bodies translated or passed through, the proxy's own answers (502, 504, and requests refused: 501, 408, 400), and requests whose client went away (cancelled)",
            proxy,
        );

        let retries = Counter::<u64>::default();
        retries.inc_by(load(&self.upstream_retries));
        registry.register(
            "proxy_upstream_retries",
            "Proxy mode: requests sent again on a new connection after the upstream closed an idle keep-alive connection unanswered as they went out; a steady rise says the upstream's keep-alive timeout is shorter than the proxy's 15 s",
            retries,
        );

        let rendered = Family::<Vec<(String, String)>, Counter>::default();
        for ((id, locale), n) in catalogs.rendered_counts() {
            rendered
                .get_or_create(&pairs(&[("id", &id), ("locale", &locale)]))
                .inc_by(n);
        }
        let unknown = load(&self.unknown_ids);
        if unknown > 0 {
            rendered
                .get_or_create(&pairs(&[("id", "(unknown)"), ("locale", "")]))
                .inc_by(unknown);
        }
        registry.register(
            "messages",
            "Messages rendered, by id and by the locale they came from; requests for an unknown id are one bucket, id=\"(unknown)\"",
            rendered,
        );

        let reloads = Family::<Vec<(String, String)>, Counter>::default();
        reloads
            .get_or_create(&pairs(&[("result", "ok")]))
            .inc_by(load(&catalogs.reloads_ok));
        reloads
            .get_or_create(&pairs(&[("result", "failed")]))
            .inc_by(load(&catalogs.reloads_failed));
        registry.register("reloads", "Catalog reloads, applied or refused", reloads);

        let current = catalogs.current();
        let generation = Gauge::<i64>::default();
        generation.set(i64::try_from(current.generation).unwrap_or(i64::MAX));
        registry.register(
            "catalog_generation",
            "The serving catalog's generation (one more at each reload applied)",
            generation,
        );
        let load_time = Gauge::<f64, std::sync::atomic::AtomicU64>::default();
        load_time.set(current.load_time.as_secs_f64());
        registry.register(
            "catalog_load_seconds",
            "How long the serving catalog took to read, check and compile",
            load_time,
        );
        let locales = Gauge::<i64>::default();
        locales.set(i64::try_from(current.catalog.locale_count()).unwrap_or(i64::MAX));
        registry.register(
            "catalog_locales",
            "Locales the serving catalog has",
            locales,
        );

        let mut out = String::new();
        // Writing into a String cannot fail.
        let _ = prometheus_client::encoding::text::encode(&mut out, &registry);
        out
    }
}

/// A histogram read from the atomics at scrape time.
#[derive(Debug)]
struct LatencyHistogram {
    sum: f64,
    /// Upper bound and the count in that bucket alone (the encoder sums).
    buckets: Vec<(f64, u64)>,
}

impl EncodeMetric for LatencyHistogram {
    fn encode(&self, mut encoder: MetricEncoder) -> Result<(), std::fmt::Error> {
        let count = self.buckets.iter().map(|(_, n)| n).sum();
        encoder.encode_histogram::<NoLabelSet>(self.sum, count, &self.buckets, None)
    }

    fn metric_type(&self) -> MetricType {
        MetricType::Histogram
    }
}
