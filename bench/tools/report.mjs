// Turns one bench/run's measurements (raw/…/measurements.jsonl) into the
// Markdown block that bench/results/<date>.md holds and docs/benchmarks.md
// quotes between its `bench:begin` / `bench:end` markers.
//
//   node report.mjs MEASUREMENTS.jsonl                 print the block
//   node report.mjs MEASUREMENTS.jsonl --median-rps ID print a contender's median requests/s
//   node report.mjs MEASUREMENTS.jsonl --update-docs FILE   also replace the block in FILE
//
// Every ratio is taken within a round (the contender's figure over the
// baseline's figure of the same round), and the median over the rounds is
// reported: the machine's drift between rounds cancels.
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";

const [file, ...flags] = process.argv.slice(2);
const records = readFileSync(file, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const load = records.filter((r) => r.phase === "load");
const byContender = (phase, id) => records.filter((r) => r.phase === phase && r.contender === id);

if (flags[0] === "--median-rps") {
  console.log(Math.round(median(byContender("load", flags[1]).map((r) => r.wrk.rps))));
  process.exit(0);
}

const meta = records.find((r) => r.phase === "meta") ?? {};
const LABELS = {
  baseline: "baseline: actix-web, fixed bytes",
  "baseline-post": "… the baseline after reading a POST body (the 429 body)",
  typical: "`GET /v1/errors/rate-limited`, typical header",
  none: "… no `Accept-Language`",
  "header-1k": "… 1 KB header, 40 members",
  hint: "… `?retry_after=300`, `ru` (hint, plural)",
  "translate-429": "`POST /v1/translate?status=429`",
  "translate-422": "`POST /v1/translate?status=422`, `Validation failed` + `details`",
  "one-locale": "… typical header, only `en` loaded",
  node: "Node peer (`@fluent/bundle`), typical header",
  "typical-before": "… typical header, the earlier build (`BEFORE_BIN`)",
  "hint-before": "… hint, the earlier build",
  "translate-429-before": "`POST /v1/translate?status=429`, the earlier build",
  "upstream-200": "proxy mode: a 200 from the upstream direct",
  "proxy-200": "… the 200 through error-l10n's proxy",
  "nginx-200": "… the 200 through nginx `proxy_pass` (keep-alive pool)",
  "minimal-200": "… the 200 through the minimal hyper proxy (`bench/peers/hyper-proxy`)",
  "proxy-429": "… Mastodon's 429 through error-l10n, translated (`de`)",
  "proxy-200-before": "… the 200 through the earlier build's proxy",
  "proxy-429-before": "… the 429 through the earlier build's proxy",
};
const ids = [...new Set(load.map((r) => r.contender))];

/** Per round, `f(contender's record) / f(reference's record)`. */
function ratios(phase, id, reference, f) {
  const ref = new Map(byContender(phase, reference).map((r) => [r.round, r]));
  return byContender(phase, id)
    .filter((r) => ref.has(r.round))
    .map((r) => f(r) / f(ref.get(r.round)));
}
/** The median of the per-round ratios. */
const ratio = (phase, id, reference, f) => median(ratios(phase, id, reference, f));
const rps = (r) => r.wrk.rps;
/** The server's CPU time per request answered, in µs (all its threads). */
const cpu = (r) => (r.server_ticks / r.hz / r.wrk.requests) * 1e6;
/** The share of its core the server (or wrk) used during the run. */
const busy = (ticks, r) => ticks / r.hz / (r.wrk.duration_us / 1e6);
const p50 = (r) => r.wrk.p50_us;
const p99 = (r) => r.wrk.p99_us;

const int = (x) => (Number.isFinite(x) ? Math.round(x).toLocaleString("en-US") : "–");
const fix = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : "–");
const us = (x) => (!Number.isFinite(x) ? "–" : x >= 1000 ? `${(x / 1000).toFixed(2)} ms` : `${Math.round(x)} µs`);

const out = [];
const rounds = Math.max(0, ...load.map((r) => r.round));
out.push("<!-- bench:begin -->");
out.push(
  `Run of ${meta.date ?? "?"}${meta.build ? ` (error-l10n: ${meta.build})` : ""} on ${meta.cpu ?? os.cpus()[0]?.model} × ${meta.nproc ?? os.cpus().length}` +
    ` (kernel ${meta.kernel ?? os.release()}); ${rounds} rounds × ${meta.duration ?? "?"} s per contender,` +
    ` \`wrk -t1 -c${meta.connections ?? "?"}\` on core ${meta.load_cpu ?? "?"}, each server on core ${meta.server_cpu ?? "?"}` +
    ` with 1 worker. Figures: median over the rounds; ratios: median of the per-round ratios to the baseline.`,
);
out.push("");
out.push("| scenario | requests/s | × baseline | p50 | × baseline | p99 | × baseline | server CPU per request | × baseline |");
out.push("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const id of ids) {
  const rs = byContender("load", id);
  const errors = rs.reduce((n, r) => n + r.wrk.socket_errors, 0);
  out.push(
    `| ${LABELS[id] ?? id}${errors ? ` (${errors} socket errors)` : ""} | ${int(median(rs.map(rps)))} | ${fix(ratio("load", id, "baseline", rps))}` +
      ` | ${us(median(rs.map(p50)))} | ${fix(ratio("load", id, "baseline", p50))}` +
      ` | ${us(median(rs.map(p99)))} | ${fix(ratio("load", id, "baseline", p99))}` +
      ` | ${fix(median(rs.map(cpu)), 2)} µs | ${fix(ratio("load", id, "baseline", cpu))} |`,
  );
}
const baseRuns = byContender("load", "baseline");
if (baseRuns.length) {
  out.push("");
  out.push(
    `During the baseline's runs the server used ${fix(100 * median(baseRuns.map((r) => busy(r.server_ticks, r))), 0)} % of its core ` +
      `and wrk ${fix(100 * median(baseRuns.map((r) => busy(r.wrk_ticks, r))), 0)} % of its own. ` +
      "Where wrk nears 100 %, requests/s ratios understate the gap: the CPU-per-request ratio is the server's cost alone.",
  );
}

const fixed = records.filter((r) => r.phase === "fixed");
const fixedIds = [...new Set(fixed.map((r) => r.contender))];
let fixedP99 = NaN;
if (fixed.length) {
  const target = median(fixed.map((r) => r.target));
  out.push("");
  out.push(
    `At a fixed rate of ${int(target)} requests/s (half the baseline's median maximum above), typical header, ` +
      `\`wrk -c${meta.fixed_connections ?? "?"}\` paced by \`bench/scripts/fixed-rate.lua\`, ` +
      `${Math.max(...fixed.map((r) => r.round))} rounds × ${meta.fixed_duration ?? "?"} s:`,
  );
  out.push("");
  out.push("| server | reached requests/s | p50 | × baseline | p99 | × baseline | p99.9 | server core busy |");
  out.push("|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const id of fixedIds) {
    const rs = byContender("fixed", id);
    const p = median(rs.map(p99));
    if (id !== "baseline") fixedP99 = Math.max(Number.isFinite(fixedP99) ? fixedP99 : 0, p);
    out.push(
      `| ${LABELS[id] ?? id} | ${int(median(rs.map(rps)))} | ${us(median(rs.map(p50)))} | ${fix(ratio("fixed", id, "baseline", p50))}` +
        ` | ${us(p)} | ${fix(ratio("fixed", id, "baseline", p99))} | ${us(median(rs.map((r) => r.wrk.p999_us)))}` +
        ` | ${fix(100 * median(rs.map((r) => busy(r.server_ticks, r))), 0)} % |`,
    );
  }
}

// Proxy mode: each contender's figure over another's, in the same rounds.
const proxyTargets = [];
if (ids.includes("proxy-200")) {
  const pr = (id, ref) => ratio("load", id, ref, rps);
  const pc = (id, ref) => 1 / ratio("load", id, ref, cpu);
  out.push("");
  out.push(
    meta.upstream_cpu === undefined || meta.upstream_cpu === meta.server_cpu
      ? "Proxy mode (the upstream, the baseline binary, shares the server core with the proxy under test):"
      : `Proxy mode (each proxy alone on core ${meta.server_cpu}; the upstream, the baseline binary, on core ${meta.upstream_cpu}` +
          `${meta.upstream_cpu === meta.load_cpu ? " beside wrk" : ""}):`,
  );
  out.push("");
  // The rounds' spread, beside each median: on a shared machine the
  // proxies' ratios move by several percent from one round to the next.
  const spread = (id, ref) => {
    const by = ratios("load", id, ref, cpu).map((x) => 1 / x);
    return by.length > 1 ? `${fix(Math.min(...by))}–${fix(Math.max(...by))}` : "–";
  };
  out.push("| comparison | requests/s ratio | by CPU per request | by CPU, the rounds' range |");
  out.push("|---|---:|---:|---:|");
  const rows = [
    ["a 200 through error-l10n ÷ through nginx", "proxy-200", "nginx-200"],
    ["a 200 through error-l10n ÷ the upstream direct", "proxy-200", "upstream-200"],
    ["a 200 through nginx ÷ the upstream direct", "nginx-200", "upstream-200"],
    ["a 200 through the minimal hyper proxy ÷ through nginx", "minimal-200", "nginx-200"],
    ["a 200 through error-l10n ÷ through the minimal hyper proxy", "proxy-200", "minimal-200"],
    ["a translated 429 ÷ a 200, through error-l10n", "proxy-429", "proxy-200"],
  ];
  for (const [what, id, ref] of rows.filter(([, id, ref]) => ids.includes(id) && ids.includes(ref))) out.push(`| ${what} | ${fix(pr(id, ref))} | ${fix(pc(id, ref))} | ${spread(id, ref)} |`);
  proxyTargets.push({
    what: "a 200 through error-l10n ≥ nginx `proxy_pass` (requests/s)",
    shown: `${fix(pr("proxy-200", "nginx-200"))} (by CPU: ${fix(pc("proxy-200", "nginx-200"))})`,
    value: pr("proxy-200", "nginx-200"),
    ok: (v) => v >= 1,
  });
  const fp = records.filter((r) => r.phase === "fixed-proxy");
  if (fp.length) {
    const target = median(fp.map((r) => r.target));
    const m = (id, f) => median(byContender("fixed-proxy", id).map(f));
    out.push("");
    out.push(
      `At a fixed rate of ${int(target)} requests/s (half nginx's median maximum), \`wrk -c${meta.fixed_connections ?? "?"}\`, ` +
        `${Math.max(...fp.map((r) => r.round))} rounds × ${meta.fixed_duration ?? "?"} s; "added" is over the upstream direct:`,
    );
    out.push("");
    out.push("| path | reached requests/s | p50 | p99 | p50 added | p99 added |");
    out.push("|---|---:|---:|---:|---:|---:|");
    for (const id of ["upstream-200", "proxy-200", "nginx-200", "minimal-200"]) {
      if (!byContender("fixed-proxy", id).length) continue;
      const added = (f) => (id === "upstream-200" ? NaN : m(id, f) - m("upstream-200", f));
      out.push(
        `| ${LABELS[id]} | ${int(m(id, rps))} | ${us(m(id, p50))} | ${us(m(id, p99))} | ${us(added(p50))} | ${us(added(p99))} |`,
      );
    }
    const addedP99 = m("proxy-200", p99) - m("upstream-200", p99);
    proxyTargets.push({
      what: "p99 added by error-l10n's proxy < 1 ms",
      shown: us(addedP99),
      value: addedP99,
      ok: (v) => v < 1000,
    });
  }
}

const rss = records.filter((r) => r.phase === "rss");
const startup = records.filter((r) => r.phase === "startup");
const RES_LABELS = {
  product: "error-l10n, every shipped locale",
  "product-one": "error-l10n, only `en`",
  baseline: "baseline",
  node: "Node peer",
  "product-proxy": "error-l10n in proxy mode (after the proxy scenarios)",
  nginx: "nginx `proxy_pass` (after the proxy scenarios)",
  "minimal-proxy": "the minimal hyper proxy (after the proxy scenarios)",
  before: "the earlier build (`BEFORE_BIN`)",
};
if (rss.length || startup.length) {
  out.push("");
  out.push("| server | peak RSS under load (VmHWM) | start-up to first answer (median of runs) |");
  out.push("|---|---:|---:|");
  for (const id of new Set([...rss, ...startup].map((r) => r.contender))) {
    const m = rss.find((r) => r.contender === id);
    const s = startup.find((r) => r.contender === id);
    out.push(
      `| ${RES_LABELS[id] ?? id} | ${m ? `${(m.kib / 1024).toFixed(1)} MiB` : "–"} | ` +
        `${s ? `${fix(s.result.median_ms, 1)} ms (${s.result.runs.length} runs, ${fix(s.result.min_ms, 1)}–${fix(s.result.max_ms, 1)})` : "–"} |`,
    );
  }
}

// The issue's targets, judged on this run.
const targets = [];
const add = (what, value, shown, ok) => targets.push({ what, shown, ok: Number.isFinite(value) ? ok(value) : null });
const r = (id) => ratio("load", id, "baseline", rps);
// The same comparison by the server's CPU per request (immune to wrk's own limit).
const c = (id, ref = "baseline") => 1 / ratio("load", id, ref, cpu);
const both = (id, ref = "baseline") =>
  `${fix(ratio("load", id, ref, rps))} (by CPU: ${fix(c(id, ref))})`;
add("typical header ≥ 0.90 × baseline requests/s", r("typical"), both("typical"), (v) => v >= 0.9);
const vsNode = ratio("load", "typical", "node", rps);
add("typical header ≥ 2.5 × the Node peer", vsNode, `${fix(vsNode)} × (by CPU: ${fix(c("typical", "node"))} ×)`, (v) => v >= 2.5);
add("with the hint ≥ 0.80 × baseline", r("hint"), both("hint"), (v) => v >= 0.8);
const tr = Math.min(r("translate-429"), r("translate-422"));
add(
  "`POST /v1/translate` ≥ 0.75 × baseline",
  tr,
  `${both("translate-429")} for 429, ${both("translate-422")} for 422; ` +
    `actix-web's own POST is ${fix(r("baseline-post"))} of its GET, and translate 429 is ` +
    `${fix(ratio("load", "translate-429", "baseline-post", rps))} of that`,
  (v) => v >= 0.75,
);
const allVsOne = ratio("load", "typical", "one-locale", rps);
add("every locale vs one ≥ 0.97", allVsOne, both("typical", "one-locale"), (v) => v >= 0.97);
const bigVsTypical = ratio("load", "header-1k", "typical", rps);
add("1 KB header vs typical ≥ 0.90", bigVsTypical, both("header-1k", "typical"), (v) => v >= 0.9);
add("p99 at half the baseline's maximum < 2 ms", fixedP99, us(fixedP99), (v) => v < 2000);
const prodRss = rss.find((x) => x.contender === "product");
add(
  "peak RSS under load, every locale < 32 MiB",
  prodRss ? prodRss.kib / 1024 : NaN,
  prodRss ? `${(prodRss.kib / 1024).toFixed(1)} MiB` : "–",
  (v) => v < 32,
);
const prodStart = startup.find((x) => x.contender === "product");
add(
  "start-up to first answer < 150 ms",
  prodStart?.result.median_ms ?? NaN,
  prodStart ? `${fix(prodStart.result.median_ms, 1)} ms` : "–",
  (v) => v < 150,
);
out.push("");
out.push("Targets judged on requests/s, as the issue states them; \"by CPU\" is the same ratio from the server's CPU per request.");
out.push("");
out.push("| target (issue 5) | this run | met |");
out.push("|---|---:|:---:|");
for (const t of targets) out.push(`| ${t.what} | ${t.shown} | ${t.ok === null ? "–" : t.ok ? "yes" : "**no**"} |`);
if (proxyTargets.length) {
  out.push("");
  out.push("| target (proxy mode) | this run | met |");
  out.push("|---|---:|:---:|");
  for (const t of proxyTargets) {
    const ok = Number.isFinite(t.value) ? t.ok(t.value) : null;
    out.push(`| ${t.what} | ${t.shown} | ${ok === null ? "–" : ok ? "yes" : "**no**"} |`);
  }
}
if (ids.includes("typical-before")) {
  out.push("");
  out.push("This build against the earlier one (`BEFORE_BIN`), each scenario's requests/s over the earlier build's, in the same rounds:");
  out.push("");
  out.push("| scenario | this build ÷ earlier build |");
  out.push("|---|---:|");
  for (const id of ["typical", "hint", "translate-429", "proxy-200", "proxy-429"]) {
    if (!ids.includes(`${id}-before`)) continue;
    out.push(`| ${LABELS[id] ?? id} | ${both(id, `${id}-before`)} |`);
  }
}
out.push("<!-- bench:end -->");

const block = out.join("\n") + "\n";
process.stdout.write(block);

const at = flags.indexOf("--update-docs");
if (at >= 0) {
  const docs = flags[at + 1];
  const text = readFileSync(docs, "utf8");
  const re = /<!-- bench:begin -->[\s\S]*?<!-- bench:end -->\n?/;
  if (!re.test(text)) throw new Error(`${docs} has no <!-- bench:begin --> … <!-- bench:end --> block`);
  writeFileSync(docs, text.replace(re, () => block));
  console.error(`updated the table in ${docs}`);
}
