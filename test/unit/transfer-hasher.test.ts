/**
 * The transfer's worker threads (agents/src/transfer/hasher.ts): a chunk
 * is read from the file with room for a header, its digest is node:crypto's
 * SHA-256 of the file's prefix through it, zero chunks are found (and still
 * hashed), a sender restarted at any place gets the same digests (from
 * saved states, or the file), a chunk is only written and joins the
 * receiver's running hash when its prefix digest matches and it starts
 * where the hash is, and a resumed hash starts from the file's prefix.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
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

t.test("reads: each chunk read from the file on the worker, with room before it, its digest SHA-256 of the prefix through it; all-zero chunks found", async (t) => {
  const file = Buffer.concat([randomBytes(300_000), Buffer.alloc(2 * 1024 * 1024 + 5), randomBytes(4000)]);
  const path = join(dir, "digests");
  writeFileSync(path, file);
  const d = new PrefixDigester(path);
  const r = await d.read(0, 300_000, 52);
  t.ok(r.chunk.equals(file.subarray(0, 300_000)), "the file's bytes");
  t.equal(r.chunk.byteOffset, 52, "with the room asked for before them");
  t.equal(r.chunk.buffer.byteLength, 52 + 300_000, "in memory of their own");
  t.ok(r.digest.equals(prefix(file, 300_000)), "the first chunk's digest is its own sha256");
  t.equal(r.zero, false);

  const z = await d.read(300_000, 2 * 1024 * 1024 + 5);
  t.equal(z.zero, true, "all-zero chunk found (longer than the worker's zero buffer)");
  t.ok(z.digest.equals(prefix(file, 300_000 + 2 * 1024 * 1024 + 5)), "and hashed into the prefix all the same");

  const s = await d.read(file.length - 4000, 4000);
  t.ok(s.digest.equals(sha(file)), "the last chunk's digest is the whole file's sha256");
  await t.rejects(d.read(file.length - 10, 20), /the file ended at \d+ of \d+ bytes/, "past the end: a clear error");

  const almostPath = join(dir, "almost");
  const almost = Buffer.alloc(2 * 1024 * 1024);
  almost[almost.length - 1] = 1;
  writeFileSync(almostPath, almost);
  t.equal((await new PrefixDigester(almostPath).read(0, almost.length)).zero, false, "one byte set at the end: not zero");
  await t.rejects(new PrefixDigester(join(dir, "missing")).read(0, 10), /ENOENT/, "a missing file: the system's error");
  await d.close();
});

t.test("a sender restarted at any place gives the same digests: from a saved state, or hashing the file's prefix anew", async (t) => {
  const n = SAVED_STATES + 20;
  const size = 4096;
  const file = randomBytes(n * size);
  const path = join(dir, "restart");
  writeFileSync(path, file);
  const d = new PrefixDigester(path);
  const at = (i: number) => d.read(i * size, size);
  for (let i = 0; i < n; i++) await at(i);
  t.ok((await at(n - 3)).digest.equals(prefix(file, (n - 2) * size)), "back three chunks (a saved state)");
  t.ok((await at(n - 2)).digest.equals(prefix(file, (n - 1) * size)), "and on from there");
  t.ok((await at(5)).digest.equals(prefix(file, 6 * size)), `back past the ${SAVED_STATES} saved states: the prefix hashed from the file`);
  t.ok((await at(6)).digest.equals(prefix(file, 7 * size)), "and on from there");
  const fresh = new PrefixDigester(path);
  t.ok((await fresh.read(100 * size, size)).digest.equals(prefix(file, 101 * size)), "a new sender (a restarted agent) starting half way: from the file");
  await d.close();
  await fresh.close();
});

/** An empty file to be written (the receiver creates it before it opens the hash). */
function fresh(name: string): string {
  const path = join(dir, name);
  writeFileSync(path, "");
  return path;
}

t.test("running hash: only a chunk whose prefix digest matches, in its place, is written and joins it", async (t) => {
  const a = randomBytes(100_000);
  const b = randomBytes(70_000);
  const zeros = Buffer.alloc(3 * 1024 * 1024);
  const file = Buffer.concat([a, zeros, b]);
  const path = fresh("running");
  const w = new WholeFileHash();
  await w.open(path, 0);
  t.equal(await w.write(0, a.length, sha(b), Buffer.from(a), false), false, "wrong digest: refused");
  t.equal(await w.write(a.length, b.length, prefix(file, file.length), Buffer.from(b), false), false, "right digest, wrong place: refused");
  t.equal(await w.write(0, a.length + 1, sha(a), Buffer.from(a), false), false, "a length that is not the header's: refused");
  const damaged = Buffer.from(a);
  damaged[500] ^= 1;
  t.equal(await w.write(0, a.length, sha(a), Buffer.from(damaged), false), false, "one bit flipped: refused");
  t.equal(statSync(path).size, 0, "nothing refused was written");
  const moved = Buffer.from(new Uint8Array(a).buffer.slice(0));
  t.equal(await w.write(0, a.length, sha(a), moved, true), true);
  t.equal(moved.byteLength, 0, "memory of its own moved to the worker (the old view is detached)");
  t.ok(readFileSync(path).equals(a), "the chunk that passed is in the file");
  t.equal(await w.zeros(0, 10, sha(Buffer.alloc(10))), false, "zeros at a place already hashed: refused");
  t.equal(await w.zeros(a.length, zeros.length, sha(a)), false, "zeros with a digest that is not the prefix's: refused");
  t.equal(await w.zeros(a.length, zeros.length, prefix(file, a.length + zeros.length)), true);
  const shared = file.subarray(a.length + zeros.length); // a view into memory shared with other data: copied, left usable
  t.equal(await w.write(a.length + zeros.length, b.length, sha(file), shared, false), true);
  t.equal(shared.byteLength, b.length, "a shared view is left alone");
  const { hex, bytes } = await w.final();
  t.equal(bytes, file.length);
  t.equal(hex, sha(file).toString("hex"), "refused chunks left no trace");
  t.ok(readFileSync(path).equals(file), "the file: both chunks at their offsets, the zeros between them a hole");
  await t.rejects(w.final(), /not open/, "the hash is gone after final()");
});

t.test("running hash: a resumed file starts from its prefix; a missing prefix or file is a clear error", async (t) => {
  const data = randomBytes(5 * 1024 * 1024 + 17);
  const file = join(dir, "prefix");
  const cut = 4 * 1024 * 1024 + 3;
  writeFileSync(file, data.subarray(0, cut));
  const w = new WholeFileHash();
  await w.open(file, cut);
  t.equal(await w.write(cut, data.length - cut, sha(data), Buffer.from(data.subarray(cut)), false), true);
  t.equal((await w.final()).hex, sha(data).toString("hex"));
  t.ok(readFileSync(file).equals(data), "the rest written after the prefix");

  const short = new WholeFileHash();
  await t.rejects(short.open(file, data.length + 1), /asked for, the file has/);
  await t.rejects(new WholeFileHash().open(join(dir, "missing"), 0), /ENOENT/);
  await short.close();
});

t.test("many chunks at once from two ends keep their order", async (t) => {
  const chunks = Array.from({ length: 40 }, () => randomBytes(80_000));
  const file = Buffer.concat(chunks);
  const path = join(dir, "many");
  writeFileSync(path, file);
  const out = fresh("many.out");
  const w = new WholeFileHash();
  await w.open(out, 0);
  const d = new PrefixDigester(path);
  let off = 0;
  const checks = chunks.map((c) => {
    const at = off;
    off += c.length;
    return Promise.all([w.write(at, c.length, prefix(file, off), Buffer.from(c), true), d.read(at, c.length)]);
  });
  const results = await Promise.all(checks);
  t.ok(results.every(([ok, g], i) => ok && g.digest.equals(prefix(file, (i + 1) * 80_000)) && g.chunk.equals(chunks[i]!)), "every chunk written and read with its digest");
  t.equal((await w.final()).hex, sha(file).toString("hex"));
  t.ok(readFileSync(out).equals(file), "written in order");
  await d.close();
});
