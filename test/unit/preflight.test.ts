import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import t from "tap";
import { resolveConfig, type AgentConfig } from "../../agents/src/config.js";
import { preflight } from "../../agents/src/preflight.js";
import { SigningKey } from "../../proto/wire/index.js";
import { AGENT_MAIN } from "../helpers/paths.js";

const dir = mkdtempSync(join(tmpdir(), "ampm-preflight-"));
const key = SigningKey.generate();
const keyFile = join(dir, "host.nk");
key.writeFile(keyFile, "test host");
const caller = { name: "alice", key: SigningKey.generate().publicKey, roles: ["operator"] };
const good: Partial<AgentConfig> = {
  identity: "hv1.example.com",
  state_dir: join(dir, "state"),
  shipped_plugins: false,
  security: { mode: "enforce", key: keyFile, callers: [caller], audit_stream: true },
};
const config = (over: Partial<AgentConfig>) => resolveConfig({ ...good, ...over }, {});

t.test("a good config has no problems", async (t) => {
  t.same(preflight(config({})), []);
  t.same(preflight(config({ shipped_plugins: true })), [], "the shipped plugins are found from a checkout");
});

t.test("each refusal known in advance is named", async (t) => {
  const loose = join(dir, "loose.nk");
  key.writeFile(loose, "loose");
  chmodSync(loose, 0o644);
  const readonlyRoot = join(dir, "ro");
  mkdirSync(readonlyRoot);
  chmodSync(readonlyRoot, 0o555);
  const badPolicy = join(dir, "policy.yaml");
  writeFileSync(badPolicy, "rulez: []\n");
  const cases: [string, Partial<AgentConfig>, RegExp][] = [
    ["no trusted callers", { security: { mode: "enforce", callers: [], audit_stream: true } }, /no trusted callers in enforce mode/],
    ["a key file others can read", { security: { ...good.security!, key: loose } }, /can be read by others: chmod 600/],
    ["a key file that is not there", { security: { ...good.security!, key: join(dir, "none.nk") } }, /none\.nk/],
    ["a trusted file that is not there", { security: { ...good.security!, trusted_file: join(dir, "trusted.yaml") } }, /cannot read trusted callers file/],
    ["a broken policy", { security: { ...good.security!, policy_file: badPolicy } }, /policy file .*policy\.yaml/],
    ["a missing plugin directory", { plugin_dirs: [join(dir, "plugins")] }, /plugin_dirs: .*plugins is not a directory/],
    ["a missing facts file", { facts_file: join(dir, "facts.yaml") }, /facts\.yaml/],
    ["an unreadable TLS CA", { tls: { ca: join(dir, "ca.pem") } }, /tls\.ca: cannot read .*ca\.pem \(ENOENT\)/],
  ];
  for (const [what, over, message] of cases) {
    const problems = preflight(config(over));
    t.equal(problems.length, 1, `${what}: one problem (${problems.join(" | ")})`);
    t.match(problems[0] ?? "", message, what);
  }
  if (process.getuid?.() !== 0) {
    t.match(preflight(config({ state_dir: join(readonlyRoot, "state") })).join("\n"), /state_dir: cannot write/);
  }
  t.same(preflight(config({ security: { mode: "dev", callers: [], audit_stream: true } })), [], "dev mode needs no trusted callers");
});

t.test("ampm-agent --check exits 1 on a config the agent would refuse, 0 on a good one", async (t) => {
  const file = (name: string, doc: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(doc));
    return path;
  };
  const run = (path: string) => spawnSync(process.execPath, [AGENT_MAIN, "--check", "-c", path], { encoding: "utf8" });
  const ok = run(file("good.json", good));
  t.equal(ok.status, 0, ok.stderr);
  t.match(JSON.parse(ok.stdout), { identity: "hv1.example.com" }, "prints the config");
  const bad = run(file("bad.json", { ...good, plugin_dirs: [join(dir, "nowhere")], security: { mode: "enforce" } }));
  t.equal(bad.status, 1);
  t.match(bad.stderr, /ampm-agent: security: no trusted callers/);
  t.match(bad.stderr, /ampm-agent: plugin_dirs: .*nowhere is not a directory/);
  const invalid = run(file("invalid.json", { ...good, metrics: { listen: "everywhere" } }));
  t.equal(invalid.status, 2, "an invalid file is a usage error, as before");
  t.match(invalid.stderr, /metrics\.listen: expected PORT/);
});
