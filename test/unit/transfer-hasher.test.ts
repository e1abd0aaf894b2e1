/**
 * The transfer's sha256 worker threads (agents/src/transfer/hasher.ts):
 * digests match node:crypto, zero chunks are found, a chunk only joins the
 * whole-file hash when its digest matches and it starts where the hash is,
 * a resumed hash starts from the file's prefix, and moved memory comes back.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import t from "tap";
import { ChunkDigester, stopHashers, WholeFileHash } from "../../agents/src/transfer/hasher.js";

const sha = (b: Uint8Array) => createHash("sha256").update(b).digest();
const dir = mkdtempSync(join(tmpdir(), "ampm-hasher-"));
t.teardown(async () => {
  await stopHashers();
  rmSync(dir, { recursive: true, force: true });
});

t.test("digests: equal to node:crypto's; all-zero chunks are reported, not hashed; memory comes back", async (t) => {
  const d = new ChunkDigester();
  const data = randomBytes(300_000);
  const owned = Buffer.from(new Uint8Array(data).buffer.slice(0)); // memory of its own
  const r = await d.digest(owned, true);
  t.equal(owned.byteLength, 0, "owned memory moved to the worker (the old view is detached)");
  t.ok(r.chunk.equals(data), "the same bytes come back");
  t.ok(r.digest?.equals(sha(data)), "sha256 as node:crypto computes it");
  t.equal(r.zero, false);

  const shared = data.subarray(1000, 5000); // a view into memory shared with other data: copied, left usable
  const s = await d.digest(shared, false);
  t.equal(shared.byteLength, 4000, "a shared view is left alone");
  t.ok(s.digest?.equals(sha(shared)));

  const z = await d.digest(Buffer.alloc(2 * 1024 * 1024 + 5), false);
  t.equal(z.zero, true, "all-zero chunk found (longer than the worker's zero buffer)");
  t.equal(z.digest, undefined, "and not hashed");
  const almost = Buffer.alloc(2 * 1024 * 1024);
  almost[almost.length - 1] = 1;
  t.equal((await d.digest(almost, false)).zero, false, "one byte set at the end: not zero");
});

t.test("whole-file hash: only verified chunks, in order, join it", async (t) => {
  const a = randomBytes(100_000);
  const b = randomBytes(70_000);
  const w = new WholeFileHash();
  await w.open(join(dir, "none"), 0);
  t.equal((await w.verify(0, a.length, sha(b), Buffer.from(a), false)).ok, false, "wrong digest: refused");
  t.equal((await w.verify(a.length, b.length, sha(b), Buffer.from(b), false)).ok, false, "right digest, wrong place: refused");
  t.equal((await w.verify(0, a.length + 1, sha(a), Buffer.from(a), false)).ok, false, "a length that is not the header's: refused");
  const first = await w.verify(0, a.length, sha(a), Buffer.from(a), false);
  t.equal(first.ok, true);
  t.ok(first.chunk.equals(a));
  t.equal(await w.zeros(0, 10), false, "zeros at a place already hashed: refused");
  t.equal(await w.zeros(a.length, 3 * 1024 * 1024), true);
  t.equal((await w.verify(a.length + 3 * 1024 * 1024, b.length, sha(b), Buffer.from(b), false)).ok, true);
  const { hex, bytes } = await w.final();
  t.equal(bytes, a.length + 3 * 1024 * 1024 + b.length);
  t.equal(hex, createHash("sha256").update(a).update(Buffer.alloc(3 * 1024 * 1024)).update(b).digest("hex"), "refused chunks left no trace");
  await t.rejects(w.final(), /not open/, "the hash is gone after final()");
});

t.test("whole-file hash: a resumed file starts from its prefix; a missing prefix is a clear error", async (t) => {
  const data = randomBytes(5 * 1024 * 1024 + 17);
  const file = join(dir, "prefix");
  writeFileSync(file, data);
  const cut = 4 * 1024 * 1024 + 3;
  const w = new WholeFileHash();
  await w.open(file, cut);
  const rest = data.subarray(cut);
  t.equal((await w.verify(cut, rest.length, sha(rest), Buffer.from(rest), false)).ok, true);
  t.equal((await w.final()).hex, sha(data).toString("hex"));

  const short = new WholeFileHash();
  await t.rejects(short.open(file, data.length + 1), /journaled, the file has/);
  await t.rejects(new WholeFileHash().open(join(dir, "missing"), 10), /ENOENT/);
  await short.close();
});

t.test("many chunks at once from two ends keep their order", async (t) => {
  const chunks = Array.from({ length: 40 }, () => randomBytes(80_000));
  const w = new WholeFileHash();
  await w.open(join(dir, "none"), 0);
  const d = new ChunkDigester();
  let off = 0;
  const checks = chunks.map((c) => {
    const at = off;
    off += c.length;
    return Promise.all([w.verify(at, c.length, sha(c), Buffer.from(c), true), d.digest(Buffer.from(c), true)]);
  });
  const results = await Promise.all(checks);
  t.ok(results.every(([v, g], i) => v.ok && g.digest!.equals(sha(chunks[i]!))), "every chunk verified and digested");
  t.equal((await w.final()).hex, createHash("sha256").update(Buffer.concat(chunks)).digest("hex"));
});
