//! The subcommands: what `main` runs once the command line is parsed.

use std::sync::Arc;

use crate::catalog::{Catalog, LoadErrors, LocaleFiles};
use crate::cli::{CatalogArgs, Command, RenderArgs, ServeArgs};
use crate::compiled::Compiled;
use crate::negotiation;
use crate::render::Context;
use crate::startup::{Application, Settings, Shutdown};
use crate::telemetry;

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("{0}")]
    Catalog(#[from] LoadErrors),
    #[error("cannot listen on {bind}: {source}")]
    Bind {
        bind: String,
        source: std::io::Error,
    },
    #[error("the server stopped: {0}")]
    Server(std::io::Error),
    #[error("{0}")]
    Usage(String),
}

pub fn run(command: Command) -> Result<(), CliError> {
    match command {
        Command::Serve(args) => serve(args),
        Command::Render(args) => render_one(args),
    }
}

pub fn load_catalog(args: &CatalogArgs) -> Result<Catalog, LoadErrors> {
    let source = match &args.locales {
        Some(dir) => LocaleFiles::read_dir(dir)?,
        None => LocaleFiles::embedded(),
    };
    Catalog::load(source, &args.default_locale)
}

fn serve(args: ServeArgs) -> Result<(), CliError> {
    telemetry::init(args.log_format);
    let catalog = load_catalog(&args.catalog)?;
    let locales = catalog.locale_count();
    let settings = Settings {
        bind: args.bind.clone(),
        compiled: Arc::new(Compiled::new(catalog)),
        oauth_strict: args.catalog.oauth_strict,
        body_limit: args.translate_body_limit,
        workers: args.workers.map(usize::from),
        shutdown: Shutdown {
            delay: args.shutdown_delay,
            grace: args.shutdown_grace,
        },
    };
    actix_web::rt::System::new().block_on(async move {
        let app = Application::build(settings).map_err(|source| CliError::Bind {
            bind: args.bind,
            source,
        })?;
        tracing::info!(address = %app.local_addr(), locales, "error-l10n listening");
        app.shutdown_on_signal().map_err(CliError::Server)?;
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
