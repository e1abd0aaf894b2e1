/**
 * The import directions the design asks for: the CLI uses only the client
 * library's public entry; the model's shapes are declared once, derived from
 * the generated ampm.v1 messages.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import t from "tap";
import { ROOT } from "../helpers/paths.js";

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => join(ROOT, dir, f));
}

const imports = (file: string) => [...readFileSync(file, "utf8").matchAll(/(?:from|import\()\s*"([^"]+)"/g)].map((m) => m[1]!);

t.test("the CLI imports the library only through client/src/index.ts", async (t) => {
  const cli = join(ROOT, "client", "src", "cli");
  for (const file of sources("client/src/cli")) {
    for (const spec of imports(file)) {
      if (!spec.startsWith(".")) continue;
      const target = join(file, "..", spec);
      const inside = target.startsWith(`${cli}/`);
      const entry = target === join(ROOT, "client", "src", "index.js");
      t.ok(inside || entry, `${relative(ROOT, file)} imports ${spec}`);
    }
  }
});

t.test("instance, volume, NIC, profile and job shapes are declared once (proto/domain/model.ts)", async (t) => {
  const declaration = /^\s*export (?:interface|type) (Instance|InstanceView|Volume|Nic|Profile|Job|JobView|HostState)\b(.*)$/gm;
  for (const file of [...sources("client/src"), ...sources("agents/src")]) {
    for (const [line, , rest] of readFileSync(file, "utf8").matchAll(declaration)) {
      t.ok(/^ = ProfileMessage\b/.test(rest!), `${relative(ROOT, file)} declares its own shape: ${line.trim()}`);
    }
  }
});

t.test("proto/wire is the wire only: it imports nothing from proto/domain, and only transport.ts imports the NATS client", async (t) => {
  const wire = join(ROOT, "proto", "wire");
  const domain = join(ROOT, "proto", "domain");
  const files = sources("proto/wire");
  t.ok(files.length > 10, "the wire's files are found");
  for (const file of files) {
    for (const spec of imports(file)) {
      if (spec.startsWith(".")) {
        t.notOk(join(file, "..", spec).startsWith(`${domain}/`), `${relative(ROOT, file)} imports ${spec}`);
      } else if (/^@nats-io\/(transport-node|nats-core|jetstream|kv|obj)/.test(spec)) {
        t.equal(file, join(wire, "transport.ts"), `${relative(ROOT, file)} imports ${spec}`);
      }
    }
  }
});

t.test("the object store and record streams are optional seams: no transport has to stub them with throws", async (t) => {
  const memory = readFileSync(join(ROOT, "test", "helpers", "memory-transport.ts"), "utf8");
  t.notMatch(memory, /^\s*(blobs|streams)\s*[:(]/m, "the in-memory transport leaves them out");
  const transport = readFileSync(join(ROOT, "proto", "wire", "transport.ts"), "utf8");
  t.match(transport, /blobs\?\(\): BlobStore/);
  t.match(transport, /streams\?\(\): StreamStore/);
});
