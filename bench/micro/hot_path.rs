//! Negotiation and rendering alone, without HTTP: what a request costs the
//! library, as `bench/run` measures the whole server.
//!
//!     cargo bench --bench hot_path
//!
//! Uses only the library's public API, on the embedded catalog (every
//! shipped locale), with the headers and bodies of `bench/run`'s scenarios.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use error_l10n::compiled::Compiled;
use error_l10n::negotiation::parse_accept_language;
use error_l10n::translate::translate;
use error_l10n::Context;

const TYPICAL: &str = "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7";
const PLURAL: &str = "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7";
/// The 1 KB, 40-member header of `bench/run`.
const BIG: &str = include_str!("../scripts/accept-language-1k.txt");
const BODY_429: &[u8] = br#"{"error":"Too many requests"}"#;
const BODY_422: &[u8] = br#"{"error":"Validation failed: Text can't be blank","details":{"text":[{"error":"ERR_BLANK","description":"can't be blank"}]}}"#;

fn negotiation(c: &mut Criterion) {
    let compiled = Compiled::embedded();
    let catalog = &compiled.catalog;
    let mut group = c.benchmark_group("negotiation");
    for (name, header) in [
        ("typical", TYPICAL),
        ("none", ""),
        ("1k-40-members", BIG.trim()),
    ] {
        group.bench_function(format!("parse/{name}"), |b| {
            b.iter(|| parse_accept_language(black_box(header)))
        });
        let ranges = parse_accept_language(header);
        group.bench_function(format!("negotiate/{name}"), |b| {
            b.iter(|| catalog.available.negotiate(black_box(&ranges)))
        });
        group.bench_function(format!("parse+negotiate/{name}"), |b| {
            b.iter(|| {
                catalog
                    .available
                    .negotiate(&parse_accept_language(black_box(header)))
            })
        });
    }
    group.finish();
}

fn rendering(c: &mut Criterion) {
    let compiled = Compiled::embedded();
    let rate_limited = compiled
        .catalog
        .metadata
        .routable("rate-limited")
        .expect("rate-limited is in the catalog");
    let german = compiled.negotiate_uncached(TYPICAL.as_bytes());
    let russian = compiled.negotiate_uncached(PLURAL.as_bytes());
    let no_args: Vec<(String, String)> = Vec::new();
    let mut group = c.benchmark_group("render");
    // An argument-free message, German.
    group.bench_function("rate-limited/de", |b| {
        b.iter(|| {
            compiled.render(
                rate_limited,
                &no_args,
                black_box(&Context {
                    status: 429,
                    chain: &german,
                    wait: None,
                    oauth_strict: false,
                }),
            )
        })
    });
    // With the rate-limit hint: 300 s is "5 minutes", Russian's `many`.
    group.bench_function("rate-limited+hint/ru", |b| {
        b.iter(|| {
            compiled.render(
                rate_limited,
                &no_args,
                black_box(&Context {
                    status: 429,
                    chain: &russian,
                    wait: Some(300),
                    oauth_strict: false,
                }),
            )
        })
    });
    group.finish();

    let mut group = c.benchmark_group("translate");
    for (name, status, body) in [("429", 429, BODY_429), ("422-validation", 422, BODY_422)] {
        group.bench_function(format!("{name}/de"), |b| {
            b.iter(|| {
                translate(
                    &compiled,
                    black_box(body),
                    &Context {
                        chain: &german,
                        status,
                        wait: None,
                        oauth_strict: false,
                    },
                )
            })
        });
    }
    group.finish();
}

criterion_group!(benches, negotiation, rendering);
criterion_main!(benches);
