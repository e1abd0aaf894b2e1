import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import t from "tap";
import { configFromEnv, readConfigFile, resolveConfig } from "../../agents/src/config.js";
import { FactSource } from "../../agents/src/facts.js";
import { configDir, findConfigFile, fromEnvironment, optionsFromEnv, readClientConfig, useContext, writeContext } from "../../client/src/index.js";
import { ConfigError } from "../../proto/wire/index.js";

const dir = mkdtempSync(join(tmpdir(), "ampm-config-"));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

t.test("agent config errors name the file and the field", async (t) => {
  const cases: [string, RegExp][] = [
    ["serverz: [x]\n", /unknown field "serverz"/],
    ["servers: nats://x\n", /servers: must be array/],
    ["servers: [1]\n", /servers\[0\]: must be string/],
    ["tls: { ca: 1, crt: x }\n", /tls.ca: must be string.*unknown field "tls.crt"|unknown field "tls.crt".*tls.ca: must be string/],
    ["log_level: loud\n", /log_level: must be one of "trace"/],
    ["max_concurrent: 0\n", /max_concurrent: must be >= 1/],
    ["tags: ['two words']\n", /tags\[0\]: must match pattern/],
    ["identity: [\n", /not valid YAML or JSON/],
  ];
  for (const [text, message] of cases) {
    const path = file("agent.yaml", text);
    const err = t.throws(() => readConfigFile(path), ConfigError) as Error;
    t.match(err?.message, message, text.trim());
    t.match(err?.message, path);
  }
  t.throws(() => readConfigFile(join(dir, "missing.yaml")), /cannot read config file/);
});

t.test("a JSON config is read too, and flags win over the file", async (t) => {
  const path = file("agent.json", JSON.stringify({ identity: "a.example.com", tags: ["x"], facts: { rack: "r1", n: 1 } }));
  const config = resolveConfig(readConfigFile(path), { tags: ["y"], facts: { n: 2 } });
  t.equal(config.identity, "a.example.com");
  t.same(config.tags, ["y"]);
  t.same(config.facts, { rack: "r1", n: 2 });
  t.equal(config.max_concurrent, 256, "defaults fill the rest");
});

t.test("identities must be usable as subject tokens", async (t) => {
  for (const bad of ["", "a..b", "a b", "web*", "x.>", ".lead"]) {
    t.throws(() => resolveConfig({}, { identity: bad }), ConfigError, JSON.stringify(bad));
  }
  t.equal(resolveConfig({}, { identity: "container1.example.com" }).identity, "container1.example.com");
});

t.test("facts: file, config and providers, identity always the agent's", async (t) => {
  const path = file("facts.yaml", "rack: r9\ncpus: 99\nidentity: liar\n");
  const facts = new FactSource({ identity: "h1", cpus: 2, os: "linux" }, { rack: "r1" }, path);
  facts.addProvider(() => ({ free_slots: 3 }));
  t.same(facts.snapshot(), { identity: "h1", cpus: 99, os: "linux", rack: "r1", free_slots: 3 });
  writeFileSync(path, "- not\n- a map\n");
  t.throws(() => facts.reload(), /must hold a map/);
  t.equal(facts.snapshot().cpus, 99, "a failed reload keeps the previous facts");
});

t.test("client config file and environment", async (t) => {
  const path = file("client.yaml", "servers: [nats://a:4222]\ncaller: ops\ntimeout: 3s\ndiscovery_quiet: 250\n");
  t.match(readClientConfig(path), { servers: ["nats://a:4222"], caller: "ops", timeoutMs: 3000, discoveryQuietMs: 250 });
  t.throws(() => readClientConfig(file("bad.yaml", "timeout_ms: 5\n")), /unknown field "timeout_ms"/);
  t.throws(() => readClientConfig(file("bad.yaml", "timeout: '5'\n")), /timeout: expected a duration/, "a string needs a unit");
  t.match(readClientConfig(file("ms.yaml", "timeout: 5\n")), { timeoutMs: 5 }, "a number is milliseconds");
  t.throws(() => readClientConfig(file("bad.yaml", "ttl: soon\n")), /ttl: expected a duration like 500ms, 5s, 2m, 1h or 7d/);
  t.match(optionsFromEnv({ AMPM_SERVER: "nats://x:1, nats://y:2", AMPM_CALLER: "bob", AMPM_TLS_CA: "/ca.pem" }), {
    servers: ["nats://x:1", "nats://y:2"],
    caller: "bob",
    tls: { ca: "/ca.pem" },
  });
  t.same(optionsFromEnv({ NATS_URL: "nats://n:4222" }).servers, ["nats://n:4222"], "NATS_URL is read");
  t.same(optionsFromEnv({ NATS_URL: "nats://n:4222", AMPM_SERVER: "nats://a:1" }).servers, ["nats://a:1"], "AMPM_SERVER before NATS_URL");
});

t.test("flags > environment > context > config file, per key", async (t) => {
  const home = mkdtempSync(join(tmpdir(), "ampm-xdg-"));
  const env = { XDG_CONFIG_HOME: home, HOME: "/nonexistent" } as NodeJS.ProcessEnv;
  t.equal(configDir(env), join(home, "ampm"), "XDG_CONFIG_HOME is honoured");
  mkdirSync(join(home, "ampm"), { recursive: true });
  writeFileSync(join(home, "ampm", "client.yaml"), "servers: [nats://file:4222]\ntls: { ca: /file/ca.pem, cert: /file/cert.pem, key: /file/key.pem }\ntimeout: 20s\ncaller: filed\n");
  t.equal(findConfigFile(undefined, env), join(home, "ampm", "client.yaml"), "the config file under XDG_CONFIG_HOME");
  t.match(fromEnvironment({ env }), { servers: ["nats://file:4222"], tls: { ca: "/file/ca.pem", cert: "/file/cert.pem", key: "/file/key.pem" }, timeoutMs: 20_000 });

  const layered = fromEnvironment({ env: { ...env, AMPM_TLS_CA: "/env/ca.pem" }, overrides: { tls: { key: "/flag/key.pem" }, caller: "flagged" } });
  t.same(layered.tls, { ca: "/env/ca.pem", cert: "/file/cert.pem", key: "/flag/key.pem" }, "tls merges key by key: env CA, file cert, flag key");
  t.equal(layered.caller, "flagged");
  t.equal(layered.timeoutMs, 20_000, "what no higher layer sets comes from the file");

  writeContext("lab", { servers: ["nats://lab:4222"], profiles: ["/lab/profiles"] }, env);
  t.same(fromEnvironment({ env }).servers, ["nats://file:4222"], "a context applies only when selected");
  useContext("lab", env);
  t.same(fromEnvironment({ env }).servers, ["nats://lab:4222"], "the selected context is over the file");
  t.same(fromEnvironment({ env }).tls, { ca: "/file/ca.pem", cert: "/file/cert.pem", key: "/file/key.pem" }, "and the file fills what it does not say");
  t.same(fromEnvironment({ env }).profiles, ["/lab/profiles"]);
  t.same(fromEnvironment({ env: { ...env, NATS_URL: "nats://env:4222" } }).servers, ["nats://env:4222"], "the environment is over the context");
  t.same(fromEnvironment({ env: { ...env, NATS_URL: "nats://env:4222" }, overrides: { servers: ["nats://flag:4222"] } }).servers, ["nats://flag:4222"]);
  t.throws(() => fromEnvironment({ env, context: "nope" }), /no context "nope" \(there are: lab\)/);
  t.throws(() => fromEnvironment({ env: { ...env, AMPM_CONTEXT: "gone" } }), /no context "gone"/);
  t.same(fromEnvironment({ env: { ...env, AMPM_PROFILES: "/a:/b" } }).profiles, ["/a", "/b"], "AMPM_PROFILES over the context's");
  rmSync(home, { recursive: true, force: true });
});

t.test("agent config: flags > AMPM_AGENT_* > file > defaults, per key", async (t) => {
  const path = file(
    "agent.yaml",
    "identity: file.example.com\nservers: [nats://file:4222]\ntls: { ca: /ca.pem, cert: /c.pem, key: /k.pem }\nfacts: { rack: r1, site: PHX }\nmax_ttl: 10m\nsecurity: { mode: dev }\nhypervisor: { slots: 4, lock_wait: 2s, shutdown_timeout: 1m }\n",
  );
  const config = resolveConfig(readConfigFile(path), configFromEnv({ AMPM_AGENT_SERVER: "nats://env:4222", AMPM_AGENT_IDENTITY: "env.example.com" }), { identity: "flag.example.com", facts: { rack: "r9" } });
  t.equal(config.identity, "flag.example.com", "a flag over the environment");
  t.same(config.servers, ["nats://env:4222"], "the environment over the file");
  t.same(config.tls, { ca: "/ca.pem", cert: "/c.pem", key: "/k.pem" });
  t.same(config.facts, { rack: "r9", site: "PHX" }, "facts merge key by key");
  t.equal(config.max_ttl, 600_000, "durations: 10m");
  t.equal(config.clock_skew, 30_000, "the default");
  t.match(config.security, { mode: "dev", audit_stream: true }, "the security section over its defaults");
  t.match(config.hypervisor, { slots: 4, lock_wait: 2000, shutdown_timeout: 60_000, driver: "sim", migration_bucket: "ampm-migrations" });
  t.throws(() => readConfigFile(file("agent.yaml", "max_ttl: one hour\n")), /max_ttl: expected a duration like 500ms, 5s, 2m, 1h or 7d/);
});

t.test("a cluster: several servers, and jetstream.replicas for the assets agents and callers create", async (t) => {
  const path = file("agent-cluster.yaml", "identity: c.example.com\nservers: [nats://n1:4222, nats://n2:4222, nats://n3:4222]\njetstream: { replicas: 3 }\n");
  const config = resolveConfig(readConfigFile(path));
  t.same(config.servers, ["nats://n1:4222", "nats://n2:4222", "nats://n3:4222"]);
  t.equal(config.jetstream.replicas, 3);
  t.equal(resolveConfig({ identity: "d.example.com" }).jetstream.replicas, 1, "default: one copy (a single broker)");
  t.same(configFromEnv({ AMPM_AGENT_SERVER: "nats://n1:4222, nats://n2:4222" }).servers, ["nats://n1:4222", "nats://n2:4222"], "the environment takes a comma-separated list");
  for (const [text, message] of [
    ["jetstream: { replicas: 0 }\n", /jetstream.replicas: must be >= 1/],
    ["jetstream: { replicas: 7 }\n", /jetstream.replicas: must be <= 5/],
    ["jetstream: { replicas: two }\n", /jetstream.replicas: must be integer/],
    ["jetstream: { replica: 3 }\n", /unknown field "jetstream.replica"/],
  ] as const) {
    const err = t.throws(() => readConfigFile(file("agent-bad.yaml", text)), ConfigError) as Error;
    t.match(err?.message, message, text.trim());
  }
  t.throws(() => resolveConfig({ identity: "e.example.com", jetstream: { replicas: 2.5 } }), /jetstream.replicas 2.5: a whole number from 1 to 5/);

  const client = file("client-cluster.yaml", "servers: [nats://n1:4222, nats://n2:4222]\njetstream: { replicas: 3 }\n");
  t.match(readClientConfig(client), { servers: ["nats://n1:4222", "nats://n2:4222"], replicas: 3 });
  t.throws(() => readClientConfig(file("client-bad.yaml", "jetstream: { replicas: 9 }\n")), /jetstream.replicas: must be <= 5/);
  t.equal(optionsFromEnv({ AMPM_JETSTREAM_REPLICAS: "3" }).replicas, 3);
  t.equal(optionsFromEnv({}).replicas, undefined);
  t.throws(() => optionsFromEnv({ AMPM_JETSTREAM_REPLICAS: "three" }), /AMPM_JETSTREAM_REPLICAS "three": a whole number from 1 to 5/);
});
