// The benchmark's peer: error-l10n's rendering job done the usual Node way,
// to compare against. One process, no cluster (bench/run pins it to one core).
//
//   node server.mjs [--bind 127.0.0.1:8093] [--locales ../../../locales]
//
// At start it loads the SAME locales/<tag>/*.ftl files as the product, one
// @fluent/bundle per locale (isolation marks off, as JSON bodies need), and the
// catalog's metadata (canonical status, OAuth code, numeric variables) from
// src/metadata/messages.toml. It serves
//
//   GET /v1/errors/:id[?retry_after=N&arg=value...]   Mastodon's JSON body
//   GET /healthz
//
// negotiating Accept-Language with `negotiator` (parsing and q ranking) and
// `@fluent/langneg` (matching, its default "filtering" strategy), answering
// with the product's headers: Content-Type, Content-Language, Vary,
// Error-L10n-Result, Error-L10n-Id, and Retry-After with the hint.

import { readFileSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { FluentBundle, FluentNumber, FluentResource } from "@fluent/bundle";
import { negotiateLanguages } from "@fluent/langneg";
import Negotiator from "negotiator";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../../..");

function flag(name, fallback) {
  const at = process.argv.indexOf(name);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}
const bind = flag("--bind", "127.0.0.1:8093");
const localesDir = resolve(flag("--locales", join(repo, "locales")));
const DEFAULT = "en";

// --- the catalog -----------------------------------------------------------

/** The few metadata fields a render needs, from the product's messages.toml. */
function loadMetadata(path) {
  const meta = new Map();
  let current = null;
  for (const line of readFileSync(path, "utf8").split("\n")) {
    const table = line.match(/^\["([^"]+)"\]/);
    if (table) {
      current = { status: 400, oauth: null, numeric: [] };
      meta.set(table[1], current);
      continue;
    }
    if (!current) continue;
    const status = line.match(/^status\s*=\s*\[(\d+)/);
    if (status) current.status = Number(status[1]);
    const oauth = line.match(/^oauth\s*=\s*"([^"]+)"/);
    if (oauth) current.oauth = oauth[1];
    const numeric = line.match(/^numeric\s*=\s*\[([^\]]*)\]/);
    if (numeric) current.numeric = [...numeric[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    if (/^internal\s*=\s*true/.test(line)) current.internal = true;
  }
  return meta;
}

const metadata = loadMetadata(join(repo, "src/metadata/messages.toml"));

const bundles = new Map();
for (const tag of readdirSync(localesDir).sort()) {
  const dir = join(localesDir, tag);
  if (tag.startsWith(".") || !statSync(dir).isDirectory()) continue;
  const bundle = new FluentBundle(tag, { useIsolating: false });
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ftl")).sort()) {
    const errors = bundle.addResource(new FluentResource(readFileSync(join(dir, file), "utf8")));
    if (errors.length) throw new Error(`${dir}/${file}: ${errors.join("; ")}`);
  }
  bundles.set(tag, bundle);
}
const available = [...bundles.keys()];
if (!bundles.has(DEFAULT)) throw new Error(`no ${DEFAULT} in ${localesDir}`);

// --- a request -------------------------------------------------------------

function format(bundle, id, args) {
  const message = bundle.getMessage(id);
  const errors = [];
  const text = bundle.formatPattern(message.value, args, errors);
  if (!errors.length) return text;
  const bare = message.attributes.bare;
  return bare ? bundle.formatPattern(bare, null, []) : text;
}

/** The first locale of the chain that has the message. */
function pick(chain, id) {
  for (const tag of chain) {
    const bundle = bundles.get(tag);
    if (bundle.hasMessage(id)) return bundle;
  }
  return bundles.get(DEFAULT);
}

function hint(chain, wait) {
  const [id, count] =
    wait < 60
      ? ["retry-after-seconds", wait]
      : wait < 3600
        ? ["retry-after-minutes", Math.ceil(wait / 60)]
        : ["retry-after-hours", Math.ceil(wait / 3600)];
  return format(pick(chain, id), id, { count: new FluentNumber(count) });
}

function send(res, status, headers, body) {
  headers["content-length"] = Buffer.byteLength(body);
  res.writeHead(status, headers);
  res.end(body);
}

function problem(res, status, detail) {
  send(
    res,
    status,
    { "content-type": "application/problem+json", "error-l10n-result": "fault" },
    JSON.stringify({ type: "about:blank", title: "Fault", status, detail }),
  );
}

const PREFIX = "/v1/errors/";

function handle(req, res) {
  const url = new URL(req.url, "http://peer");
  if (url.pathname === "/healthz") {
    return send(res, 200, { "content-type": "application/json; charset=utf-8" }, '{"status":"ok"}');
  }
  if (!url.pathname.startsWith(PREFIX)) return problem(res, 404, "no such route");
  const id = decodeURIComponent(url.pathname.slice(PREFIX.length));
  const meta = metadata.get(id);
  if (!meta || meta.internal || !bundles.get(DEFAULT).hasMessage(id)) {
    return problem(res, 404, `no message ${id}`);
  }

  const requested = new Negotiator(req).languages();
  const chain = negotiateLanguages(requested, available, { defaultLocale: DEFAULT });

  const args = {};
  for (const [name, value] of url.searchParams) {
    if (name === "locale" || name === "status" || name === "retry_after" || !value) continue;
    args[name] = meta.numeric.includes(name) ? new FluentNumber(Number(value)) : value;
  }
  const status = Number(url.searchParams.get("status")) || meta.status;
  const bundle = pick(chain, id);
  const text = format(bundle, id, args);
  const wait = Math.ceil(Number(url.searchParams.get("retry_after") ?? req.headers["retry-after"]));

  const headers = {
    "content-type": "application/json; charset=utf-8",
    "content-language": bundle.locales[0],
    vary: "Accept-Language",
    "error-l10n-result": "rendered",
    "error-l10n-id": id,
  };
  let body;
  if (meta.oauth) {
    body = { error: meta.oauth, error_description: text };
  } else if (status === 429 && wait > 0) {
    body = { error: text, error_description: hint(chain, wait) };
    headers["retry-after"] = String(wait);
  } else {
    body = { error: text };
  }
  send(res, status, headers, JSON.stringify(body));
}

const [host, port] = [bind.slice(0, bind.lastIndexOf(":")), Number(bind.slice(bind.lastIndexOf(":") + 1))];
const server = createServer(handle);
server.keepAliveTimeout = 60_000;
server.listen(port, host, () => {
  console.error(`peer listening on ${host}:${port} with ${available.length} locales`);
});
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => server.close(() => process.exit(0)));
