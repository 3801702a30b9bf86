//! The command line: `serve`, `render`, `check` and `healthcheck`, every
//! setting with an `ERROR_L10N_*` environment equivalent.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "error-l10n",
    version,
    about = "Renders Mastodon API error bodies in the client's language"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the service.
    Serve(ServeArgs),
    /// Print one error body, as the service would answer it.
    Render(RenderArgs),
    /// Lint a locales folder for translators: every error and warning with
    /// file:line:column; exits 1 when there is an error.
    Check(CheckArgs),
    /// Exit 0 when the service answers its readiness probe with 200, 1 with
    /// a one-line reason otherwise: a container health check for images
    /// without curl.
    Healthcheck(HealthcheckArgs),
}

#[derive(Debug, Args)]
pub struct HealthcheckArgs {
    /// The URL to probe, `http://HOST:PORT[/PATH]` (path `/readyz` when
    /// absent). Without it: `/readyz` on --bind.
    #[arg(value_name = "URL")]
    pub url: Option<String>,
    /// The service's bind address, probed on loopback when it is a wildcard
    /// (`0.0.0.0:8080` → `http://127.0.0.1:8080/readyz`); the URL wins.
    #[arg(
        long,
        env = "ERROR_L10N_BIND",
        default_value = "127.0.0.1:8080",
        value_name = "ADDR"
    )]
    pub bind: String,
    /// How long the whole probe may take (connecting, asking, reading).
    #[arg(long, default_value = "3", value_name = "SECONDS", value_parser = parse_timeout)]
    pub timeout: Duration,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The locales folder (`<tag>/*.ftl`); the shipped catalog when absent.
    #[arg(value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// `text` for people, one finding a line; `json` for machines.
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    pub format: CheckFormat,
    /// The locale every chain ends with (must be served).
    #[arg(
        long,
        env = "ERROR_L10N_DEFAULT_LOCALE",
        default_value = "en",
        value_name = "TAG"
    )]
    pub default_locale: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    Text,
    Json,
}

/// Where the catalog comes from; shared by every subcommand.
#[derive(Debug, Args)]
pub struct CatalogArgs {
    /// Serve this folder of locales (`<tag>/*.ftl`) instead of the embedded ones.
    #[arg(long, env = "ERROR_L10N_LOCALES", value_name = "DIR")]
    pub locales: Option<PathBuf>,
    /// The locale for requests with no usable preference.
    #[arg(
        long,
        env = "ERROR_L10N_DEFAULT_LOCALE",
        default_value = "en",
        value_name = "TAG"
    )]
    pub default_locale: String,
    /// Keep OAuth `error_description` English and ASCII (RFC 6749 §5.2) and add
    /// the translation as `error_description_localized`.
    #[arg(long, env = "ERROR_L10N_OAUTH_STRICT")]
    pub oauth_strict: bool,
    /// Also serve the pseudo-locales `en-XA` (accented, longer, bracketed)
    /// and `ar-XB` (mirrored, right to left), derived from `en`, for testing
    /// clients.
    #[arg(long, env = "ERROR_L10N_PSEUDO_LOCALES")]
    pub pseudo_locales: bool,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address and port to listen on.
    #[arg(
        long,
        env = "ERROR_L10N_BIND",
        default_value = "127.0.0.1:8080",
        value_name = "ADDR"
    )]
    pub bind: String,
    #[command(flatten)]
    pub catalog: CatalogArgs,
    /// The largest body POST /v1/translate reads, in bytes.
    #[arg(long, env = "ERROR_L10N_TRANSLATE_BODY_LIMIT", default_value_t = crate::translate::DEFAULT_BODY_LIMIT, value_name = "BYTES")]
    pub translate_body_limit: usize,
    /// How long a request body may take to arrive, counted from the end of
    /// its head (bytes trickled do not extend it); then 408 and the
    /// connection closes.
    #[arg(long, env = "ERROR_L10N_BODY_TIMEOUT", default_value = "5", value_name = "SECONDS", value_parser = parse_timeout)]
    pub body_timeout: Duration,
    /// The most connections open at once, over every worker; beyond it new
    /// connections wait in the kernel's listen queue until one closes.
    #[arg(long, env = "ERROR_L10N_MAX_CONNECTIONS", default_value_t = crate::limits::DEFAULT_MAX_CONNECTIONS as u32, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub max_connections: u32,
    /// Worker threads (default: one per core).
    #[arg(long, env = "ERROR_L10N_WORKERS", value_parser = clap::value_parser!(u16).range(1..=256))]
    pub workers: Option<u16>,
    /// On SIGTERM, how long `/readyz` answers 503 while requests are still
    /// served, before the listener closes (match it to the load balancer's
    /// probe interval).
    #[arg(long, env = "ERROR_L10N_SHUTDOWN_DELAY", default_value = "0", value_name = "SECONDS", value_parser = parse_seconds)]
    pub shutdown_delay: Duration,
    /// After the listener closes, how long requests in flight may take to
    /// finish before the process exits anyway.
    #[arg(long, env = "ERROR_L10N_SHUTDOWN_GRACE", default_value = "30", value_name = "SECONDS", value_parser = parse_seconds)]
    pub shutdown_grace: Duration,
    /// Reload when the locales folder changes (polled every second; a
    /// Kubernetes ConfigMap's symlink swap counts). Needs --locales.
    #[arg(long, env = "ERROR_L10N_WATCH", requires = "locales")]
    pub watch: bool,
    /// Lets peers beyond loopback use /admin/* with `Authorization: Bearer
    /// <token>`. Prefer the environment variable: a flag shows in `ps`.
    #[arg(
        long,
        env = "ERROR_L10N_ADMIN_TOKEN",
        hide_env_values = true,
        value_name = "TOKEN"
    )]
    pub admin_token: Option<String>,
    /// What to log: a level (`error`, `warn`, `info`, `debug`, `trace`) or
    /// `RUST_LOG`-style directives (`info,error_l10n=debug`). Without it,
    /// `RUST_LOG`, else `info`. At `debug`, one line per request.
    #[arg(long, env = "ERROR_L10N_LOG_LEVEL", value_name = "DIRECTIVES")]
    pub log_level: Option<String>,
    /// Log lines as text or as JSON objects.
    #[arg(long, env = "ERROR_L10N_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,
    #[command(flatten)]
    pub proxy: ProxyArgs,
}

/// Proxy mode: a second listener between the gateway and the upstream.
#[derive(Debug, Args)]
pub struct ProxyArgs {
    /// Proxy mode: forward every request on --proxy-bind to this upstream
    /// (`http://HOST:PORT`, e.g. Mastodon's `http://127.0.0.1:3000`),
    /// translating its error answers.
    #[arg(long, env = "ERROR_L10N_UPSTREAM", value_name = "URL")]
    pub upstream: Option<crate::proxy::Upstream>,
    /// Where the proxy listens (the query API stays on --bind).
    #[arg(
        long,
        env = "ERROR_L10N_PROXY_BIND",
        default_value = "127.0.0.1:8081",
        value_name = "ADDR"
    )]
    pub proxy_bind: String,
    /// How long connecting to the upstream may take.
    #[arg(long, env = "ERROR_L10N_UPSTREAM_CONNECT_TIMEOUT", default_value = "5", value_name = "SECONDS", value_parser = parse_seconds)]
    pub upstream_connect_timeout: Duration,
    /// How long the upstream may take to answer, from the start of the
    /// request (its body included) to the end of the response's head; and
    /// again to send an error body.
    #[arg(long, env = "ERROR_L10N_UPSTREAM_TIMEOUT", default_value = "60", value_name = "SECONDS", value_parser = parse_seconds)]
    pub upstream_timeout: Duration,
    /// The largest upstream error body read for translation; a larger one
    /// passes through untouched.
    #[arg(long, env = "ERROR_L10N_ERROR_BODY_LIMIT", default_value_t = crate::proxy::DEFAULT_ERROR_BODY_LIMIT, value_name = "BYTES")]
    pub error_body_limit: usize,
    /// Append the client's address to `X-Forwarded-For` (leave it off when
    /// the gateway in front sets it, as Mastodon's nginx configuration does).
    #[arg(long, env = "ERROR_L10N_FORWARDED_FOR")]
    pub forwarded_for: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct RenderArgs {
    /// The message id, as `GET /v1/messages` lists them.
    pub id: String,
    /// Render in this locale (if served; else the default).
    #[arg(long, conflicts_with = "accept_language", value_name = "TAG")]
    pub locale: Option<String>,
    /// Negotiate from this Accept-Language value.
    #[arg(long, value_name = "HEADER")]
    pub accept_language: Option<String>,
    /// A message argument, e.g. `--arg param=status`; repeat for more.
    #[arg(long = "arg", value_name = "NAME=VALUE", value_parser = parse_argument)]
    pub args: Vec<(String, String)>,
    /// The status to render with (default: the message's own).
    #[arg(long, value_parser = clap::value_parser!(u16).range(400..=599))]
    pub status: Option<u16>,
    /// Seconds to wait, for the rate-limit hint of a 429.
    #[arg(long, value_name = "SECONDS")]
    pub retry_after: Option<u64>,
    #[command(flatten)]
    pub catalog: CatalogArgs,
}

fn parse_argument(text: &str) -> Result<(String, String), String> {
    text.split_once('=')
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .filter(|(k, _)| !k.is_empty())
        .ok_or_else(|| format!("expected NAME=VALUE, got {text:?}"))
}

/// A timeout: a number of seconds above 0, at most an hour.
fn parse_timeout(text: &str) -> Result<Duration, String> {
    let timeout = parse_seconds(text)?;
    if timeout.is_zero() {
        return Err(format!("{text} seconds: the timeout must be above 0"));
    }
    Ok(timeout)
}

/// A number of seconds, `5` or `0.5`, from 0 to an hour.
fn parse_seconds(text: &str) -> Result<Duration, String> {
    let seconds: f64 = text
        .trim()
        .parse()
        .map_err(|_| format!("expected a number of seconds, got {text:?}"))?;
    if !(0.0..=3600.0).contains(&seconds) {
        return Err(format!("{text} is not between 0 and 3600 seconds"));
    }
    Ok(Duration::from_secs_f64(seconds))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Safe by default: loopback only, every wait and the connection count
    /// bounded. (An `ERROR_L10N_*` variable in the environment would change
    /// what this reads: CI sets none.)
    #[test]
    fn serve_defaults_are_safe() {
        let Command::Serve(args) = Cli::parse_from(["error-l10n", "serve"]).command else {
            panic!("serve parses as serve");
        };
        let bind: std::net::SocketAddr = args.bind.parse().unwrap();
        assert!(bind.ip().is_loopback(), "default bind {bind}");
        assert_eq!(args.body_timeout, crate::limits::DEFAULT_BODY_TIMEOUT);
        assert_eq!(
            args.max_connections as usize,
            crate::limits::DEFAULT_MAX_CONNECTIONS
        );
        assert!(Cli::try_parse_from(["error-l10n", "serve", "--body-timeout", "0"]).is_err());
        assert!(Cli::try_parse_from(["error-l10n", "serve", "--max-connections", "0"]).is_err());
    }
}
