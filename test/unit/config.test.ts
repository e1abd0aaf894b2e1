import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import t from "tap";
import { readConfigFile, resolveConfig } from "../../agents/src/config.js";
import { FactSource } from "../../agents/src/facts.js";
import { optionsFromEnv, readClientConfig } from "../../client/src/index.js";
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
  const path = file("client.yaml", "servers: [nats://a:4222]\ncaller: ops\ntimeout_ms: 3000\n");
  t.match(readClientConfig(path), { servers: ["nats://a:4222"], caller: "ops", timeoutMs: 3000 });
  t.throws(() => readClientConfig(file("bad.yaml", "timeout: 5\n")), /unknown field "timeout"/);
  t.match(optionsFromEnv({ AMPM_SERVER: "nats://x:1, nats://y:2", AMPM_CALLER: "bob", AMPM_TLS_CA: "/ca.pem" }), {
    servers: ["nats://x:1", "nats://y:2"],
    caller: "bob",
    tls: { ca: "/ca.pem" },
  });
});
