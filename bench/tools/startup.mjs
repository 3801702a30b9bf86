// Start-up time to first answer: spawns a server, polls GET /healthz on a
// fresh connection until it answers 200, on the monotonic clock; kills it;
// RUNS times. Prints one JSON line: {"runs":[ms...],"median_ms":..}.
//
//   node startup.mjs RUNS URL -- COMMAND [ARGS...]
import { spawn } from "node:child_process";
import { request } from "node:http";

const sep = process.argv.indexOf("--");
const [runs, url] = [Number(process.argv[2]), process.argv[3]];
const command = process.argv.slice(sep + 1);
if (sep < 0 || !runs || !url || !command.length) {
  console.error("usage: node startup.mjs RUNS URL -- COMMAND [ARGS...]");
  process.exit(2);
}

function probe() {
  return new Promise((resolve) => {
    const req = request(url, { agent: false, timeout: 1000 }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode === 200));
    });
    req.on("error", () => resolve(false));
    req.on("timeout", () => req.destroy());
    req.end();
  });
}

async function once() {
  if (await probe()) throw new Error(`${url} already answers: is another server on that port?`);
  const start = process.hrtime.bigint();
  const child = spawn(command[0], command.slice(1), { stdio: "ignore" });
  let exited = null;
  const gone = new Promise((resolve) => child.on("exit", (code, signal) => resolve((exited = { code, signal }))));
  for (;;) {
    if (exited) throw new Error(`${command.join(" ")} exited (${JSON.stringify(exited)}) before answering`);
    if (await probe()) break;
    if (process.hrtime.bigint() - start > 10_000_000_000n) throw new Error("no answer within 10 s");
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  child.kill("SIGKILL");
  await gone;
  return ms;
}

const times = [];
for (let i = 0; i < runs; i++) times.push(await once());
const sorted = [...times].sort((a, b) => a - b);
const mid = sorted.length >> 1;
const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
console.log(
  JSON.stringify({
    runs: times.map((t) => Math.round(t * 100) / 100),
    median_ms: Math.round(median * 100) / 100,
    min_ms: Math.round(sorted[0] * 100) / 100,
    max_ms: Math.round(sorted.at(-1) * 100) / 100,
  }),
);
