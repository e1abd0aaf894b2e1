/**
 * The transfer's sha256 worker threads (agents/src/transfer/hasher.ts):
 * a chunk's digest is node:crypto's SHA-256 of the file's prefix through
 * it, zero chunks are found (and still hashed), a sender restarted at any
 * place gets the same digests (from saved states, or the file), a chunk
 * only joins the receiver's running hash when its prefix digest matches
 * and it starts where the hash is, a resumed hash starts from the file's
 * prefix, and moved memory comes back.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import t from "tap";
import { PrefixDigester, SAVED_STATES, stopHashers, WholeFileHash } from "../../agents/src/transfer/hasher.js";

const sha = (b: Uint8Array) => createHash("sha256").update(b).digest();
/** What a chunk's header carries: SHA-256 of `file` from 0 through the chunk ending at `end`. */
const prefix = (file: Uint8Array, end: number) => sha(file.subarray(0, end));
const dir = mkdtempSync(join(tmpdir(), "ampm-hasher-"));
t.teardown(async () => {
  await stopHashers();
  rmSync(dir, { recursive: true, force: true });
});

t.test("digests: SHA-256 of the prefix through each chunk, as node:crypto computes it; all-zero chunks found; memory comes back", async (t) => {
  const file = Buffer.concat([randomBytes(300_000), Buffer.alloc(2 * 1024 * 1024 + 5), randomBytes(4000)]);
  const path = join(dir, "digests");
  writeFileSync(path, file);
  const d = new PrefixDigester(path);
  const owned = Buffer.from(new Uint8Array(file.subarray(0, 300_000)).buffer.slice(0)); // memory of its own
  const r = await d.digest(0, owned, true);
  t.equal(owned.byteLength, 0, "owned memory moved to the worker (the old view is detached)");
  t.ok(r.chunk.equals(file.subarray(0, 300_000)), "the same bytes come back");
  t.ok(r.digest.equals(prefix(file, 300_000)), "the first chunk's digest is its own sha256");
  t.equal(r.zero, false);

  const z = await d.digest(300_000, Buffer.alloc(2 * 1024 * 1024 + 5), false);
  t.equal(z.zero, true, "all-zero chunk found (longer than the worker's zero buffer)");
  t.ok(z.digest.equals(prefix(file, 300_000 + 2 * 1024 * 1024 + 5)), "and hashed into the prefix all the same");

  const shared = file.subarray(file.length - 4000); // a view into memory shared with other data: copied, left usable
  const s = await d.digest(file.length - 4000, shared, false);
  t.equal(shared.byteLength, 4000, "a shared view is left alone");
  t.ok(s.digest.equals(sha(file)), "the last chunk's digest is the whole file's sha256");

  const almost = Buffer.alloc(2 * 1024 * 1024);
  almost[almost.length - 1] = 1;
  t.equal((await new PrefixDigester(path).digest(0, almost, false)).zero, false, "one byte set at the end: not zero");
  await d.close();
});

t.test("a sender restarted at any place gives the same digests: from a saved state, or hashing the file's prefix anew", async (t) => {
  const n = SAVED_STATES + 20;
  const size = 4096;
  const file = randomBytes(n * size);
  const path = join(dir, "restart");
  writeFileSync(path, file);
  const d = new PrefixDigester(path);
  const at = (i: number) => d.digest(i * size, Buffer.from(file.subarray(i * size, (i + 1) * size)), false);
  for (let i = 0; i < n; i++) await at(i);
  t.ok((await at(n - 3)).digest.equals(prefix(file, (n - 2) * size)), "back three chunks (a saved state)");
  t.ok((await at(n - 2)).digest.equals(prefix(file, (n - 1) * size)), "and on from there");
  t.ok((await at(5)).digest.equals(prefix(file, 6 * size)), `back past the ${SAVED_STATES} saved states: the prefix hashed from the file`);
  t.ok((await at(6)).digest.equals(prefix(file, 7 * size)), "and on from there");
  const fresh = new PrefixDigester(path);
  t.ok((await fresh.digest(100 * size, Buffer.from(file.subarray(100 * size, 101 * size)), false)).digest.equals(prefix(file, 101 * size)), "a new sender (a restarted agent) starting half way: from the file");
  await d.close();
  await fresh.close();
});

t.test("running hash: only a chunk whose prefix digest matches, in its place, joins it", async (t) => {
  const a = randomBytes(100_000);
  const b = randomBytes(70_000);
  const zeros = Buffer.alloc(3 * 1024 * 1024);
  const file = Buffer.concat([a, zeros, b]);
  const w = new WholeFileHash();
  await w.open(join(dir, "none"), 0);
  t.equal((await w.verify(0, a.length, sha(b), Buffer.from(a), false)).ok, false, "wrong digest: refused");
  t.equal((await w.verify(a.length, b.length, prefix(file, file.length), Buffer.from(b), false)).ok, false, "right digest, wrong place: refused");
  t.equal((await w.verify(0, a.length + 1, sha(a), Buffer.from(a), false)).ok, false, "a length that is not the header's: refused");
  const damaged = Buffer.from(a);
  damaged[500] ^= 1;
  t.equal((await w.verify(0, a.length, sha(a), Buffer.from(damaged), false)).ok, false, "one bit flipped: refused");
  t.equal((await w.verify(0, a.length, sha(a), Buffer.from(a), false)).ok, true);
  t.equal(await w.zeros(0, 10, sha(Buffer.alloc(10))), false, "zeros at a place already hashed: refused");
  t.equal(await w.zeros(a.length, zeros.length, sha(a)), false, "zeros with a digest that is not the prefix's: refused");
  t.equal(await w.zeros(a.length, zeros.length, prefix(file, a.length + zeros.length)), true);
  t.equal((await w.verify(a.length + zeros.length, b.length, sha(file), Buffer.from(b), false)).ok, true);
  const { hex, bytes } = await w.final();
  t.equal(bytes, file.length);
  t.equal(hex, sha(file).toString("hex"), "refused chunks left no trace");
  await t.rejects(w.final(), /not open/, "the hash is gone after final()");
});

t.test("running hash: a resumed file starts from its prefix; a missing prefix is a clear error", async (t) => {
  const data = randomBytes(5 * 1024 * 1024 + 17);
  const file = join(dir, "prefix");
  writeFileSync(file, data);
  const cut = 4 * 1024 * 1024 + 3;
  const w = new WholeFileHash();
  await w.open(file, cut);
  t.equal((await w.verify(cut, data.length - cut, sha(data), Buffer.from(data.subarray(cut)), false)).ok, true);
  t.equal((await w.final()).hex, sha(data).toString("hex"));

  const short = new WholeFileHash();
  await t.rejects(short.open(file, data.length + 1), /asked for, the file has/);
  await t.rejects(new WholeFileHash().open(join(dir, "missing"), 10), /ENOENT/);
  await short.close();
});

t.test("many chunks at once from two ends keep their order", async (t) => {
  const chunks = Array.from({ length: 40 }, () => randomBytes(80_000));
  const file = Buffer.concat(chunks);
  const path = join(dir, "many");
  writeFileSync(path, file);
  const w = new WholeFileHash();
  await w.open(join(dir, "none"), 0);
  const d = new PrefixDigester(path);
  let off = 0;
  const checks = chunks.map((c) => {
    const at = off;
    off += c.length;
    return Promise.all([w.verify(at, c.length, prefix(file, off), Buffer.from(c), true), d.digest(at, Buffer.from(c), true)]);
  });
  const results = await Promise.all(checks);
  t.ok(results.every(([v, g], i) => v.ok && g.digest.equals(prefix(file, (i + 1) * 80_000))), "every chunk verified and digested");
  t.equal((await w.final()).hex, sha(file).toString("hex"));
  await d.close();
});
