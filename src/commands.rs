//! The subcommands: what `main` runs once the command line is parsed.

use std::sync::Arc;

use crate::catalog::{Catalog, Diagnostic, LoadErrors, LocaleFiles, Severity};
use crate::cli::{
    CatalogArgs, CheckArgs, CheckFormat, Command, HealthcheckArgs, RenderArgs, ServeArgs,
};
use crate::compiled::Compiled;
use crate::healthcheck::{self, Target, Unhealthy};
use crate::limits;
use crate::negotiation;
use crate::proxy::ProxySettings;
use crate::reload::Source;
use crate::render::Context;
use crate::startup::{Application, ListenError, Settings, Shutdown};
use crate::telemetry;

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("{0}")]
    Catalog(#[from] LoadErrors),
    #[error(transparent)]
    Listen(#[from] ListenError),
    #[error("the server stopped: {0}")]
    Server(std::io::Error),
    #[error("{0}")]
    Usage(String),
    /// `check` found errors; they are printed already.
    #[error("check found {0} error(s)")]
    CheckFailed(usize),
    /// `healthcheck`: the service is not ready, and why.
    #[error("not ready: {0}")]
    Unhealthy(#[from] Unhealthy),
}

impl CliError {
    /// The exit status: 1 when `check` found errors or `healthcheck` found
    /// the service not ready (what container health checks expect), 2 for
    /// anything else.
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::CheckFailed(_) | CliError::Unhealthy(_) => 1,
            _ => 2,
        }
    }
}

pub fn run(command: Command) -> Result<(), CliError> {
    match command {
        Command::Serve(args) => serve(args),
        Command::Render(args) => render_one(args),
        Command::Check(args) => check(args),
        Command::Healthcheck(args) => health(args),
    }
}

fn health(args: HealthcheckArgs) -> Result<(), CliError> {
    let target = match &args.url {
        Some(url) => url.parse::<Target>(),
        None => Target::from_bind(&args.bind),
    }
    .map_err(CliError::Usage)?;
    let status = healthcheck::probe(&target, args.timeout)?;
    println!("ready: {target} answered {status}");
    Ok(())
}

fn check(args: CheckArgs) -> Result<(), CliError> {
    let started = std::time::Instant::now();
    let files = match &args.dir {
        Some(dir) => LocaleFiles::read_dir(dir),
        None => Ok(LocaleFiles::embedded()),
    };
    let (mut diagnostics, locales) = match files {
        Ok(files) => {
            let checked = Catalog::check(files, &args.default_locale);
            let locales = checked.catalog.as_ref().map(Catalog::locale_count);
            (checked.diagnostics, locales)
        }
        Err(LoadErrors(errors)) => (errors, None),
    };
    diagnostics
        .sort_by(|a, b| (&a.file, a.position, a.severity).cmp(&(&b.file, b.position, b.severity)));
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    match args.format {
        CheckFormat::Text => {
            for d in &diagnostics {
                println!("{d}");
            }
            let warnings = diagnostics.len() - errors;
            let what = locales.map_or(String::new(), |n| format!(" in {n} locales"));
            eprintln!(
                "{errors} error(s), {warnings} warning(s){what}, checked in {} ms",
                started.elapsed().as_millis()
            );
        }
        CheckFormat::Json => println!("{}", diagnostics_json(&diagnostics)),
    }
    match errors {
        0 => Ok(()),
        n => Err(CliError::CheckFailed(n)),
    }
}

fn diagnostics_json(diagnostics: &[Diagnostic]) -> String {
    let list: Vec<serde_json::Value> = diagnostics
        .iter()
        .map(|d| {
            serde_json::json!({
                "severity": d.severity,
                "file": d.file,
                "line": d.position.map(|p| p.0),
                "column": d.position.map(|p| p.1),
                "locale": d.locale,
                "message": d.message,
            })
        })
        .collect();
    serde_json::Value::Array(list).to_string()
}

/// The catalog the flags name; its warnings are logged, its errors refuse it.
pub fn load_catalog(args: &CatalogArgs) -> Result<Catalog, LoadErrors> {
    let mut files = match &args.locales {
        Some(dir) => LocaleFiles::read_dir(dir)?,
        None => LocaleFiles::embedded(),
    };
    if args.pseudo_locales {
        files.add_pseudo_locales();
    }
    Catalog::check(files, &args.default_locale).into_result(|w| tracing::warn!("{w}"))
}

fn serve(args: ServeArgs) -> Result<(), CliError> {
    let (setting, directives) = match (&args.log_level, std::env::var("RUST_LOG")) {
        (Some(level), _) => ("--log-level (ERROR_L10N_LOG_LEVEL)", level.clone()),
        (None, Ok(rust_log)) if !rust_log.trim().is_empty() => ("RUST_LOG", rust_log),
        _ => ("the default", "info".to_owned()),
    };
    let filter = telemetry::filter(&directives).ok_or_else(|| {
        CliError::Usage(format!(
            "{setting} is {directives:?}: give a level (error, warn, info, debug, trace) or directives like `info,error_l10n=debug`"
        ))
    })?;
    telemetry::init(args.log_format, filter);
    let catalog = load_catalog(&args.catalog)?;
    let locales = catalog.locale_count();
    let settings = Settings {
        bind: args.bind.clone(),
        compiled: Arc::new(Compiled::new(catalog)),
        oauth_strict: args.catalog.oauth_strict,
        body_limit: args.translate_body_limit,
        head_timeout: limits::HEAD_TIMEOUT,
        body_timeout: args.body_timeout,
        max_connections: args.max_connections as usize,
        workers: args.workers.map(usize::from),
        shutdown: Shutdown {
            delay: args.shutdown_delay,
            grace: args.shutdown_grace,
        },
        source: match &args.catalog.locales {
            Some(dir) => Source::Folder {
                dir: dir.clone(),
                default_locale: args.catalog.default_locale.clone(),
                pseudo_locales: args.catalog.pseudo_locales,
            },
            None => Source::Embedded,
        },
        watch: args.watch.then_some(std::time::Duration::from_secs(1)),
        admin_token: args.admin_token.clone().filter(|t| !t.is_empty()),
        proxy: args.proxy.upstream.clone().map(|upstream| ProxySettings {
            connect_timeout: args.proxy.upstream_connect_timeout,
            timeout: args.proxy.upstream_timeout,
            error_body_limit: args.proxy.error_body_limit,
            forwarded_for: args.proxy.forwarded_for,
            ..ProxySettings::new(upstream, args.proxy.proxy_bind.clone())
        }),
    };
    match limits::raise_open_files_limit() {
        // A few descriptors beyond the connections: the listener, the
        // runtime's, the log, a reload's files.
        Some(files) if files < settings.max_connections as u64 + 64 => tracing::warn!(
            files,
            max_connections = settings.max_connections,
            "the open-files limit is below the connection bound: a flood meets \"Too many open files\" first; lower --max-connections or raise the limit (LimitNOFILE=)"
        ),
        _ => {}
    }
    actix_web::rt::System::new().block_on(async move {
        let mut app = Application::build(settings)?;
        tracing::info!(address = %app.local_addr(), locales, "error-l10n listening");
        if let (Some(address), Some(upstream)) = (app.proxy_addr(), &args.proxy.upstream) {
            tracing::info!(%address, upstream = %upstream, "proxy mode: forwarding to the upstream");
        }
        app.shutdown_on_signal().map_err(CliError::Server)?;
        app.reload_on_sighup().map_err(CliError::Server)?;
        app.run_until_stopped().await.map_err(CliError::Server)
    })
}

fn render_one(args: RenderArgs) -> Result<(), CliError> {
    let compiled = Compiled::new(load_catalog(&args.catalog)?);
    let catalog = &compiled.catalog;
    let message = catalog.metadata.routable(&args.id).ok_or_else(|| {
        CliError::Usage(format!(
            "no message `{}`; `GET /v1/messages` lists the ids",
            args.id
        ))
    })?;
    let available = &catalog.available;
    let chain = match (&args.locale, &args.accept_language) {
        (Some(tag), _) => {
            if !negotiation::is_well_formed(tag.as_bytes()) {
                return Err(CliError::Usage(format!(
                    "{tag:?} is not a valid language tag"
                )));
            }
            negotiation::parse_tag(tag)
                .and_then(|id| available.chain_for(&id))
                .unwrap_or_else(|| available.default_chain())
        }
        (None, Some(header)) => compiled.negotiate_uncached(header.as_bytes()),
        (None, None) => available.default_chain(),
    };
    let status = args
        .status
        .unwrap_or_else(|| catalog.metadata[message.id()].canonical_status());
    let context = Context {
        status,
        chain: &chain,
        wait: args.retry_after,
        oauth_strict: args.catalog.oauth_strict,
    };
    let rendered = compiled
        .render(message, &args.args, &context)
        .map_err(|e| CliError::Usage(e.to_string()))?;
    println!("{}", String::from_utf8_lossy(&rendered.body));
    Ok(())
}
