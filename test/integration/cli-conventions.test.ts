/**
 * What scripts and operators rely on, through the real binary against a
 * real broker and real agents: a closed pipe, options anywhere, --jsonl,
 * one JSON casing, ampm rpc checking actions itself, --verbose/--debug, and
 * the exit code of an error nobody expected.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import t from "tap";
import { EXIT } from "../../client/src/index.js";
import { fleetRoot, startFleet } from "../helpers/agents.js";
import { startBroker } from "../helpers/broker.js";
import { runAmpm } from "../helpers/cli.js";
import { hypervisorHost, TEST_PROFILES } from "../helpers/hypervisor.js";
import { CLI_BIN } from "../helpers/paths.js";

const H1 = "hv1.example.com";
const H2 = "hv2.example.com";
const root = fleetRoot();
const scratch = mkdtempSync(join(tmpdir(), "ampm-cli-"));
const broker = await startBroker();
const fleet = await startFleet(broker.url, [hypervisorHost(root, H1, { tags: ["PHX"] }), hypervisorHost(root, H2, { tags: ["SJC"] })], root);
t.teardown(async () => {
  await fleet.stop();
  await broker.stop();
  rmSync(scratch, { recursive: true, force: true });
});

const ampm = (...args: string[]) => runAmpm(args, { env: { AMPM_PROFILES: TEST_PROFILES }, timeoutMs: 60_000 });
const bash = (script: string) => spawnSync("bash", ["-c", script], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1", XDG_CONFIG_HOME: scratch } });

await t.test("an instance and a job to look at", async (t) => {
  const created = await ampm("create", "--profile", "tiny", "--hostname", "t1.example.com", "--container", H1, "--server", broker.url);
  t.equal(created.code, 0, created.stderr);
});

t.test("a closed pipe ends ampm quietly: no EPIPE stack, exit 0", async (t) => {
  for (const args of ["--help", `facts --server ${broker.url}`, `status all --server ${broker.url} --jsonl`]) {
    const r = bash(`node ${CLI_BIN} ${args} | true; echo "exit $\{PIPESTATUS[0]}"`);
    t.equal(r.stderr, "", `ampm ${args} | true: nothing on stderr`);
    t.equal(r.stdout, "exit 0\n", `ampm ${args} | true`);
  }
});

t.test("the options every command takes go anywhere on the line", async (t) => {
  const before = await ampm("--server", broker.url, "ping");
  t.equal(before.code, 0, before.stderr);
  t.match(before.stdout, new RegExp(`^${H1}\\s+time=`, "m"));
  const mixed = await ampm("--json", "discover", "-s", broker.url);
  t.same(JSON.parse(mixed.stdout), { hosts: [H1, H2] });
  const after = await ampm("rpc", "rpcutil", "ping", "-I", H2, "--server", broker.url, "--jsonl");
  t.equal(after.code, 0, after.stderr);
  t.equal(after.stdout.trim().split("\n").length, 2, "a result line and a summary line");
});

t.test("--jsonl is one JSON object a line, for every command", async (t) => {
  const cases: [string[], number][] = [
    [["status", "all"], 2],
    [["list", "instances", "all"], 1],
    [["pause", "t1.example.com"], 1],
    [["resume", "t1.example.com"], 1],
    [["job", "list"], 1],
    [["query", "--container", "t1.example.com"], 1],
    [["discover"], 2],
    [["facts", H1], 2],
  ];
  for (const [args, atLeast] of cases) {
    const r = await ampm(...args, "--jsonl", "--server", broker.url);
    t.equal(r.code, 0, `${args.join(" ")}: ${r.stderr}`);
    const lines = r.stdout.trim().split("\n");
    t.ok(lines.length >= atLeast, `${args.join(" ")}: ${lines.length} lines`);
    t.ok(
      lines.every((line) => {
        const value: unknown = JSON.parse(line);
        return value !== null && typeof value === "object" && !Array.isArray(value);
      }),
      `${args.join(" ")}: each line is an object`,
    );
  }
});

/** Keys of ampm's own fields; facts and the maps keyed by names (actions, statuses) hold data, not fields. */
function fieldNames(value: unknown, path = ""): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => fieldNames(v, path));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([k, v]) => {
    if (["facts", "statuses"].includes(k) || (k === "actions" && !Array.isArray(v))) return [`${path}${k}`];
    return [`${path}${k}`, ...fieldNames(v, `${path}${k}.`)];
  });
}

t.test("every JSON result has one casing: lowerCamelCase (the proto3 JSON mapping)", async (t) => {
  const documents: [string, string[]][] = [
    ["status", ["status", "all"]],
    ["list", ["list", "instances", "all"]],
    ["job list", ["job", "list"]],
    ["pause", ["pause", "t1.example.com"]],
    ["query", ["query", "--storage", "t1.example.com"]],
    ["find-containers", ["query", "find-containers", "t1.example.com"]],
    ["inventory", ["rpc", "rpcutil", "inventory", "-I", H1]],
    ["daemon_stats", ["rpc", "rpcutil", "daemon_stats", "-I", H1]],
    ["host status", ["rpc", "hypervisor", "status", "-I", H1]],
    ["facts", ["facts", H1]],
    ["plugins", ["plugins", H1]],
    ["keys", ["keys", "create", "casing", "--dir", scratch]],
  ];
  for (const [what, args] of documents) {
    const r = await ampm(...args, "--json", "--server", broker.url);
    t.equal(r.code, 0, `${what}: ${r.stderr}`);
    const snake = fieldNames(JSON.parse(r.stdout)).filter((name) => /_/.test(name.split(".").pop()!));
    t.same([...new Set(snake)], [], `${what}: no snake_case field`);
  }
  const resumed = await ampm("resume", "t1.example.com", "--server", broker.url);
  t.equal(resumed.code, 0, resumed.stderr);
});

t.test("ampm rpc knows the built-in actions: typos are refused here, help comes from the .proto", async (t) => {
  const typo = await ampm("rpc", "rpcutil", "pnig", "--server", "nats://127.0.0.1:1");
  t.equal(typo.code, EXIT.USAGE, "refused before any broker is asked");
  t.match(typo.stderr, /rpcutil has no action "pnig" \(did you mean ping\?\); it has: ping, facts, inventory, daemon_stats, reload, echo/);
  const agent = await ampm("rpc", "rpcutill", "ping", "--server", broker.url);
  t.equal(agent.code, EXIT.NO_MATCH);
  t.match(agent.stderr, /no host that matches has an agent "rpcutill" \(did you mean rpcutil\?\)/);
  const help = await ampm("rpc", "rpcutil", "--help");
  t.equal(help.code, 0, help.stderr);
  t.match(help.stdout, /^\s+echo\s+the message back after delay_ms/m);
  t.match(help.stdout, /^\s+delay_ms\s+integer$/m, "fields, not a message type");
  t.match(help.stdout, /^\s+returns: timeMs$/m);
  t.notMatch(help.stdout, /ampm\.v1\./);
  const hv = await ampm("rpc", "hypervisor", "--help");
  t.match(hv.stdout, /^\s+set_enabled\s+in or out of placement[^\n]*\n\s+enabled\s+boolean\n\s+reason\s+string/m);
});

t.test("a host's failure is printed once", async (t) => {
  const r = await ampm("rpc", "rpcutil", "echo", "delay_ms=3000", "--timeout", "1s", "-I", H1, "--server", broker.url);
  t.equal(r.code, EXIT.FAILED);
  t.equal((r.stdout + r.stderr).match(/TIMEOUT/g)?.length, 1, r.stdout);
  t.match(r.stdout, /Finished rpcutil\.echo on 1 host: 0 ok, 1 failed/);
});

t.test("--verbose shows the broker, each request and discovery; --debug each reply too", async (t) => {
  const verbose = await ampm("-v", "ping", "--discovery-method", "broadcast", "--server", broker.url);
  t.equal(verbose.code, 0, verbose.stderr);
  t.match(verbose.stderr, /^ampm: \[[\d.]+s\] connect: nats:\/\/127\.0\.0\.1:\d+ as \S+, unsigned; replies on ampm\.v1\.reply\.\S+\.>$/m);
  t.match(verbose.stderr, /^ampm: \[[\d.]+s\] request: [0-9a-f]{32} rpcutil\.ping on ampm\.v1\.broadcast\.rpcutil, waiting up to 2000 ms/m);
  t.notMatch(verbose.stderr, /reply:/);
  const debug = await ampm("rpc", "rpcutil", "ping", "-I", H1, "--debug", "--server", broker.url);
  t.equal(debug.code, 0, debug.stderr);
  t.match(debug.stderr, /discovery: 1 host \(registry\) in [\d.]+ ms/, "the host registry is the default discovery");
  t.match(debug.stderr, new RegExp(`request: [0-9a-f]{32} rpcutil\\.ping to 1 host on ampm\\.v1\\.node\\.${H1.replace(/\./g, "\\.")}`));
  t.match(debug.stderr, new RegExp(`reply: ${H1.replace(/\./g, "\\.")} OK in [\\d.]+ ms`));
  t.equal((await ampm("ping", "--server", broker.url)).stderr, "", "quiet by default");
});

t.test("an unexpected error has its own exit code and one line; --debug shows where", async (t) => {
  const args = ["image", "import", scratch, "--hostname", "x.example.com", "--profile", "tiny", "--server", broker.url];
  const plain = await ampm(...args);
  t.equal(plain.code, EXIT.UNEXPECTED);
  t.match(plain.stderr, /^ampm: unexpected error: Error: EISDIR[^\n]* \(--debug shows where\)\n$/);
  const debug = await ampm(...args, "--debug");
  t.equal(debug.code, EXIT.UNEXPECTED);
  t.match(debug.stderr, /^ampm: unexpected error: \[?Error: EISDIR: illegal operation on a directory/m);
  t.match(debug.stderr, /code: 'EISDIR'/, "with what the error says of itself");
  t.notMatch(debug.stderr, /--debug shows where/);
  const unreachable = await ampm("ping", "--server", "nats://127.0.0.1:1");
  t.equal(unreachable.code, EXIT.UNAVAILABLE, "no broker is still 5");
  t.match((await ampm("--help")).stdout, /7\s+unexpected error \(--debug shows where\)/);
});
