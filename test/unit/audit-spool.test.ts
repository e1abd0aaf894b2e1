import { appendFileSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import t from "tap";
import { FileSpool, MemorySpool } from "../../agents/src/security/audit-spool.js";

function dir(t: { teardown(fn: () => void): void }): string {
  const d = mkdtempSync(join(tmpdir(), "ampm-spool-"));
  t.teardown(() => rmSync(d, { recursive: true, force: true }));
  return d;
}

const line = (i: number, size = 100) => `${JSON.stringify({ i, pad: "x".repeat(size) })}\n`;

/** Everything a spool gives, batch by batch, committing each. */
function drain(spool: FileSpool | MemorySpool, max: number): string[] {
  const out: string[] = [];
  for (let b = spool.peek(max); b; b = spool.peek(max)) {
    t.ok(b.data.length <= max || b.records === 1, "a batch stays under the limit");
    out.push(Buffer.from(b.data).toString());
    spool.commit();
  }
  return out;
}

t.test("a file spool ships whole lines from its cursor, under the batch size, and remembers where it is", async (t) => {
  const file = join(dir(t), "audit.jsonl");
  writeFileSync(file, line(-1)); // written before shipping was tracked: not shipped
  let spool = new FileSpool(file);
  for (let i = 0; i < 50; i++) appendFileSync(file, line(i));
  const first = spool.peek(1000)!;
  t.equal(first.records, 8, "as many whole lines as fit (117 bytes each)");
  t.same(spool.peek(1000), first, "until committed, the same batch (a retry sends the same bytes under the same id)");
  appendFileSync(file, line(50));
  t.same(spool.peek(5000), first, "also when more was written meanwhile");
  spool.commit();
  const rest = drain(spool, 1000).join("");
  t.equal(rest.split("\n").filter(Boolean).length, 43, "the rest, once");
  spool.close();
  // After a restart, nothing is shipped twice; what came after is.
  appendFileSync(file, line(51));
  spool = new FileSpool(file);
  t.same(drain(spool, 1000), [line(51)]);
  spool.close();
  t.match(readFileSync(`${file}.cursor`, "utf8"), /"offset":\d+/);
});

t.test("a rotated file is shipped to its end before the new one", async (t) => {
  const d = dir(t);
  const file = join(d, "audit.jsonl");
  writeFileSync(file, "");
  const spool = new FileSpool(file);
  appendFileSync(file, line(1) + line(2));
  renameSync(file, join(d, "audit.jsonl.1"));
  appendFileSync(join(d, "audit.jsonl.1"), line(3)); // the writer still had the old file open
  writeFileSync(file, line(4));
  spool.rotated();
  t.same(drain(spool, 100_000), [line(1) + line(2) + line(3), line(4)]);
  spool.close();
});

t.test("a line longer than any batch is stepped over, not a wedge", async (t) => {
  const file = join(dir(t), "audit.jsonl");
  writeFileSync(file, "");
  const spool = new FileSpool(file);
  appendFileSync(file, line(1) + line(2, 5000) + line(3));
  t.same(drain(spool, 1000), [line(1), line(3)]);
  t.equal(spool.skipped, 1);
  spool.close();
});

t.test("a file truncated in place (copytruncate) is shipped again from its start", async (t) => {
  const file = join(dir(t), "audit.jsonl");
  writeFileSync(file, "");
  const spool = new FileSpool(file);
  appendFileSync(file, line(1) + line(2));
  drain(spool, 100_000);
  writeFileSync(file, line(3));
  t.same(drain(spool, 100_000), [line(3)]);
  spool.close();
});

t.test("a memory spool is bounded: the oldest go first, and are counted", async (t) => {
  const spool = new MemorySpool(1000);
  for (let i = 0; i < 30; i++) spool.append(line(i));
  t.ok(spool.size <= 9 && spool.size >= 8, `${spool.size} kept`);
  t.ok(spool.dropped >= 21);
  const batch = spool.peek(250)!;
  t.equal(batch.records, 2);
  spool.append(line(99));
  t.same(spool.peek(10_000), batch, "the batch in flight stays as it was");
  spool.commit();
  t.ok(drain(spool, 10_000).join("").endsWith(line(99)));
});
