//! The subcommands: what `main` runs once the command line is parsed.

use std::sync::Arc;

use crate::catalog::{Catalog, LoadErrors, Source};
use crate::config::{CatalogArgs, Cli, Command, RenderArgs, ServeArgs};
use crate::negotiation;
use crate::render::{self, RenderRequest};
use crate::startup::{Application, Settings};
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

pub fn run(cli: Cli) -> Result<(), CliError> {
    match cli.command {
        Command::Serve(args) => serve(args),
        Command::Render(args) => render_one(args),
    }
}

pub fn load_catalog(args: &CatalogArgs) -> Result<Catalog, LoadErrors> {
    let source = match &args.locales {
        Some(dir) => Source::read_dir(dir)?,
        None => Source::embedded(),
    };
    Catalog::load(source, &args.default_locale)
}

fn serve(args: ServeArgs) -> Result<(), CliError> {
    telemetry::init(args.log_format);
    let catalog = load_catalog(&args.catalog)?;
    let locales = catalog.locales.len();
    let settings = Settings {
        bind: args.bind.clone(),
        catalog: Arc::new(catalog),
        oauth_strict: args.catalog.oauth_strict,
        body_limit: args.translate_body_limit,
        workers: args.workers.map(usize::from),
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
    let catalog = load_catalog(&args.catalog)?;
    let message = catalog
        .metadata
        .index_of(&args.id)
        .filter(|&m| !catalog.metadata.get(m).internal)
        .ok_or_else(|| {
            CliError::Usage(format!(
                "no message `{}`; `GET /v1/messages` lists the ids",
                args.id
            ))
        })?;
    let chain = match (&args.locale, &args.accept_language) {
        (Some(tag), _) => {
            if !negotiation::is_well_formed(tag.as_bytes()) {
                return Err(CliError::Usage(format!(
                    "{tag:?} is not a valid language tag"
                )));
            }
            negotiation::parse_tag(tag)
                .and_then(|id| catalog.available.chain_for(&id))
                .unwrap_or_else(|| catalog.available.default_chain())
        }
        (None, Some(header)) => catalog
            .available
            .negotiate(&negotiation::parse_accept_language(header)),
        (None, None) => catalog.available.default_chain(),
    };
    let status = args
        .status
        .unwrap_or_else(|| catalog.metadata.get(message).canonical_status());
    let rendered = render::render(
        &catalog,
        &RenderRequest {
            message,
            status,
            chain: &chain,
            args: &args.args,
            wait: args.retry_after,
            oauth_strict: args.catalog.oauth_strict,
        },
    )
    .map_err(|e| CliError::Usage(e.to_string()))?;
    println!("{}", String::from_utf8_lossy(&rendered.body));
    Ok(())
}
