/**
 * fetch ▸ sha256 ▸ compare, written once (proto/domain/files.ts fetchVerified)
 * and used by the agent (image import, the object-store migration path) and
 * the client (image export); the client reaches it without agent code.
 */
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import t from "tap";
import type { BlobInfo, BlobStore } from "../../proto/wire/index.js";
import { fetchVerified, FetchVerifyError, sha256File } from "../../proto/domain/index.js";
import { importGraph } from "../helpers/import-graph.js";
import { ROOT } from "../helpers/paths.js";

const dir = mkdtempSync(join(tmpdir(), "ampm-fetch-"));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));

/** An object store of files in a directory (unit test only). */
function filesStore(): BlobStore {
  const objects = new Map<string, string>();
  const info = (name: string, file: string): BlobInfo => ({ name, size: readFileSync(file).byteLength, digest: "" });
  return {
    put: async (bucket, name, file) => {
      const at = join(dir, `${bucket}.${name}.obj`);
      copyFileSync(file, at);
      objects.set(`${bucket}/${name}`, at);
      return info(name, at);
    },
    get: async (bucket, name, file) => {
      const at = objects.get(`${bucket}/${name}`);
      if (!at) return null;
      copyFileSync(at, file);
      return info(name, at);
    },
    info: async (bucket, name) => {
      const at = objects.get(`${bucket}/${name}`);
      return at ? info(name, at) : null;
    },
    delete: async (bucket, name) => void objects.delete(`${bucket}/${name}`),
  };
}

t.test("the right bytes arrive; a missing object and a damaged one are errors that say which", async (t) => {
  const data = Buffer.from("root volume ".repeat(10_000));
  const sha = createHash("sha256").update(data).digest("hex");
  const source = join(dir, "source");
  writeFileSync(source, data);
  t.equal(await sha256File(source), sha);
  const store = filesStore();
  await store.put("images", "img1", source);

  const got = await fetchVerified(store, { bucket: "images", object: "img1" }, join(dir, "ok"), sha, "the image");
  t.equal(got.size, data.byteLength);
  t.same(readFileSync(join(dir, "ok")), data);

  await t.rejects(fetchVerified(store, { bucket: "images", object: "nope" }, join(dir, "missing"), sha, "volume root"), {
    name: "FetchVerifyError",
    reason: "missing",
    message: "volume root is not in the object store (images/nope)",
  });
  t.notOk(existsSync(join(dir, "missing")));

  const wrong = "0".repeat(64);
  const err = await fetchVerified(store, { bucket: "images", object: "img1" }, join(dir, "bad"), wrong, "the image").catch((e: unknown) => e);
  t.ok(err instanceof FetchVerifyError);
  t.match((err as FetchVerifyError).message, `the image arrived damaged: sha256 ${sha}, expected ${wrong}`);
  t.equal((err as FetchVerifyError).reason, "damaged");
});

t.test("one fetch-and-verify: agent and client call it, nobody hashes a file of its own, and the client imports no agent code", async (t) => {
  const callers = ["agents/src/hypervisor/create.ts", "agents/src/hypervisor/migrate-in.ts", "client/src/fleet.ts"];
  for (const file of callers) {
    const text = readFileSync(join(ROOT, file), "utf8");
    t.match(text, /fetchVerified\(/, `${file} uses fetchVerified`);
    t.notMatch(text, /createHash\(/, `${file} hashes nothing itself`);
  }
  const client = join(ROOT, "client", "src");
  const graph = importGraph(client);
  const intoAgents = [...graph.edges].flatMap(([from, to]) => [...to].filter((f) => !f.startsWith(`${client}/`) && f.includes("/agents/")).map((f) => `${relative(ROOT, from)} -> ${relative(ROOT, f)}`));
  t.same(intoAgents, [], "client/src imports nothing from agents/");
});
