// The criterion micro-benchmark's last figures as a Markdown table, read from
// target/criterion/*/*/new/{benchmark,estimates}.json after
// `cargo bench --bench hot_path`.
//
//   node bench/tools/criterion.mjs [--update-docs docs/benchmarks.md]
//
// --update-docs replaces the block between <!-- criterion:begin --> and
// <!-- criterion:end --> in that file.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const base = join(process.env.CARGO_TARGET_DIR ?? join(root, "target"), "criterion");
const GROUPS = ["negotiation", "render", "translate"];

const rows = [];
for (const group of GROUPS) {
  const dir = join(base, group);
  if (!existsSync(dir)) continue;
  for (const bench of readdirSync(dir)) {
    const at = join(dir, bench, "new");
    if (!existsSync(join(at, "estimates.json"))) continue;
    const id = JSON.parse(readFileSync(join(at, "benchmark.json"), "utf8")).full_id;
    const m = JSON.parse(readFileSync(join(at, "estimates.json"), "utf8")).median;
    rows.push({ id, m, when: statSync(join(at, "estimates.json")).mtime });
  }
}
if (!rows.length) {
  console.error(`no criterion results under ${base}: run cargo bench --bench hot_path first`);
  process.exit(1);
}
const order = (id) => {
  const g = GROUPS.indexOf(id.split("/")[0]);
  const op = ["parse/", "negotiate/", "parse+negotiate/"].findIndex((p) => id.includes(`/${p}`));
  const h = ["typical", "none", "1k", "429", "422"].findIndex((p) => id.includes(p));
  return g * 100 + h * 10 + op;
};
rows.sort((a, b) => order(a.id) - order(b.id) || a.id.localeCompare(b.id));

const ns = (x) => (x >= 1000 ? `${(x / 1000).toFixed(2)} µs` : `${x.toFixed(1)} ns`);
const newest = new Date(Math.max(...rows.map((r) => r.when))).toISOString().slice(0, 16).replace("T", " ");
const out = [
  "<!-- criterion:begin -->",
  `\`cargo bench --bench hot_path\`, ${newest} UTC; criterion's median per call, with its 95 % confidence interval.`,
  "",
  "| benchmark | median | 95 % interval |",
  "|---|---:|---:|",
  ...rows.map(
    (r) =>
      `| \`${r.id}\` | ${ns(r.m.point_estimate)} | ${ns(r.m.confidence_interval.lower_bound)} – ${ns(r.m.confidence_interval.upper_bound)} |`,
  ),
  "<!-- criterion:end -->",
];
const block = out.join("\n") + "\n";
process.stdout.write(block);

const flag = process.argv.indexOf("--update-docs");
if (flag > 0) {
  const file = process.argv[flag + 1];
  const text = readFileSync(file, "utf8");
  const re = /<!-- criterion:begin -->[\s\S]*?<!-- criterion:end -->\n?/;
  if (!re.test(text)) throw new Error(`${file} has no criterion block`);
  writeFileSync(file, text.replace(re, () => block));
  console.error(`updated the criterion table in ${file}`);
}
