/**
 * The wire contract is enough for another language: a Python client built
 * from the .proto files (protoc) and a raw socket pings the fleet.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import t from "tap";
import { startFleet } from "../helpers/agents.js";
import { startBroker } from "../helpers/broker.js";
import { ROOT } from "../helpers/paths.js";
import { host, SEED_FLEET } from "../helpers/seed-fleet.js";

const PYTHON = "/usr/bin/python3";
const missing = [
  spawnSync("protoc", ["--version"]).status === 0 ? null : "protoc (Debian protobuf-compiler)",
  spawnSync(PYTHON, ["-c", "import google.protobuf"]).status === 0 ? null : "python3-protobuf",
].filter(Boolean);

t.test("a Python client written from proto/README.md pings the fleet", { skip: missing.length ? `missing ${missing.join(", ")}` : false }, async (t) => {
  const out = mkdtempSync(join(tmpdir(), "ampm-pb2-"));
  const broker = await startBroker();
  const fleet = await startFleet(broker.url, SEED_FLEET.slice(0, 3));
  t.teardown(async () => {
    await fleet.stop();
    await broker.stop();
    rmSync(out, { recursive: true, force: true });
  });
  execFileSync("protoc", ["-I", join(ROOT, "proto"), `--python_out=${out}`, "ampm/v1/envelope.proto", "ampm/v1/rpcutil.proto"]);
  const run = (...args: string[]) =>
    spawnSync(PYTHON, [join(ROOT, "examples/python-client/ping.py"), broker.url, ...args], { env: { ...process.env, AMPM_PB2_DIR: out }, encoding: "utf8" });
  const all = run();
  t.equal(all.status, 0, all.stderr);
  for (const n of [1, 2, 3]) t.match(all.stdout, new RegExp(`^${host(n).replace(/\./g, "\\.")}\\s+OK\\s+time_ms=\\d+$`, "m"));
  t.match(all.stdout, /^3 replies in \d+ ms$/m);
  const some = run("--where", "tags has dmz-interface");
  t.equal(some.status, 0, some.stderr);
  t.match(some.stdout, /^2 replies/m, "the agents evaluated the filter sent from Python");
  t.notMatch(some.stdout, /container2/);
});
