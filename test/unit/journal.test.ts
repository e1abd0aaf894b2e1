/**
 * The step journal (agents/src/journal) on real files: write-ahead steps,
 * what a crash between the write and the rename leaves, torn and garbage
 * records (a clear error, set aside, the kind told: never a throw out of
 * the recovery loop), the loop's order and terminal steps, and finished
 * records of last week removed.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import t from "tap";
import { Journal, JournalDamaged, KEEP_FINISHED_MS, recoverAll, recoveryHook, type StepRecord } from "../../agents/src/journal/index.js";

type Step = "begin" | "copy" | "done" | "failed";
interface Rec extends StepRecord<Step> {
  id: string;
  copied: number;
}

const root = mkdtempSync(join(tmpdir(), "ampm-journal-"));
t.teardown(() => rmSync(root, { recursive: true, force: true }));

function journal(name: string, onStep?: (kind: string, step: string) => void): Journal<Step, Rec> {
  return new Journal<Step, Rec>({ kind: "copy", dir: join(root, name), terminal: ["done", "failed"], idOf: (r) => r.id, onStep });
}

t.test("a step is written before its hook runs, and the job's phase is told (not for a terminal step)", async (t) => {
  const seen: string[] = [];
  const j = journal("steps", (kind, step) => seen.push(`${kind}:${step}:${(JSON.parse(readFileSync(j.path("a"), "utf8")) as Rec).step}`));
  const phases: string[] = [];
  const rec: Rec = { id: "a", job: "j1", step: "begin", copied: 0 };
  j.step(rec, "begin", { phase: (s) => phases.push(s) });
  rec.copied = 5;
  j.save(rec);
  j.step(rec, "copy", { phase: (s) => phases.push(s) }, "half");
  j.step(rec, "done", { phase: (s) => phases.push(s) });
  t.same(seen, ["copy:begin:begin", "copy:copy:copy", "copy:done:done"], "the hook sees the step on disk already");
  t.same(phases, ["begin", "copy"]);
  t.same(j.read("a"), { id: "a", job: "j1", step: "done", copied: 5, message: "" });
  t.equal(j.read("nothing"), undefined);
  t.throws(() => j.path("../escape"), "ids are checked by within()");
});

t.test("a crash between the write and the rename: the record before stands, the leftover goes", async (t) => {
  const j = journal("crash");
  const rec: Rec = { id: "m1", job: "j2", step: "begin", copied: 0 };
  j.step(rec, "begin");
  // What a kill after writeSync, before renameSync, leaves: the new version (here half written) beside the old.
  writeFileSync(`${j.path("m1")}.tmp-4242`, '{"id":"m1","job":"j2","step":"co');
  const scanned = j.scan();
  t.same(scanned, [{ id: "m1", record: { id: "m1", job: "j2", step: "begin", copied: 0, message: "" } }]);
  t.same(readdirSync(j.dir), ["m1.json"], "the temporary file is removed");
});

t.test("torn and garbage records: a clear error, set aside, the kind told; the others still recovered", async (t) => {
  const j = journal("damaged");
  j.step({ id: "good", job: "j-good", step: "copy", copied: 1 }, "copy");
  j.step({ id: "finished", job: "j-fin", step: "done", copied: 3 }, "done");
  mkdirSync(j.dir, { recursive: true });
  writeFileSync(j.path("torn"), '{"id":"torn","job":"j-torn","step":"co');
  writeFileSync(j.path("garbage"), Buffer.from([0, 1, 2, 255, 254]));
  writeFileSync(j.path("array"), "[1,2,3]\n");

  t.throws(() => j.read("torn"), { name: "JournalDamaged", kind: "copy", id: "torn" });
  t.ok((() => { try { j.read("garbage"); } catch (err) { return err instanceof JournalDamaged; } return false; })(), "a JournalDamaged");
  t.throws(() => j.read("array"), /damaged \(not a journal record: no step\)/);

  const recovered: string[] = [];
  const damaged: { id: string; message: string; setAside: string; readable: string[] }[] = [];
  const report = await recoverAll([
    recoveryHook({
      journal: j,
      recover: async (r: Rec) => {
        recovered.push(r.id);
      },
      damaged: (d, setAside, readable) => damaged.push({ id: d.id, message: d.message, setAside, readable: [...readable].sort() }),
    }),
  ]);
  t.same(recovered, ["good"], "the open record is recovered; the terminal one is not");
  t.same(damaged.map((d) => d.id), ["array", "garbage", "torn"]);
  t.match(damaged[2]!.message, /^the copy journal .*torn\.json is damaged \(not JSON: /);
  t.same(damaged[0]!.readable, ["j-fin", "j-good"], "the kind learns which jobs have a readable record");
  t.equal(report.recovered, 1);
  t.equal(report.damaged.length, 3);
  t.same(readdirSync(j.dir).sort(), ["array.json.damaged", "finished.json", "garbage.json.damaged", "good.json", "torn.json.damaged"], "damaged records set aside, for an operator");
  for (const d of damaged) t.ok(existsSync(d.setAside));

  const again = await recoverAll([recoveryHook({ journal: j, recover: async () => undefined, damaged: () => t.fail("set aside: not seen again") })]);
  t.equal(again.damaged.length, 0, "the next start does not trip on them again");
});

t.test("a hook that throws is reported; the loop goes on with the next record and the next kind", async (t) => {
  const a = journal("fail-a");
  const b = journal("fail-b");
  a.step({ id: "1", job: "x1", step: "begin", copied: 0 }, "begin");
  a.step({ id: "2", job: "x2", step: "copy", copied: 0 }, "copy");
  b.step({ id: "3", job: "x3", step: "begin", copied: 0 }, "begin");
  const order: string[] = [];
  const report = await recoverAll([
    recoveryHook({
      journal: a,
      recover: async (r: Rec) => {
        order.push(r.id);
        if (r.id === "1") throw new Error("disk full");
      },
      damaged: () => undefined,
    }),
    recoveryHook({ journal: b, recover: async (r: Rec) => void order.push(r.id), damaged: () => undefined }),
  ]);
  t.same(order, ["1", "2", "3"]);
  t.same(report.failed.map((f) => [f.id, f.err.message]), [["1", "disk full"]]);
  t.equal(report.recovered, 2);
});

t.test("a directory that does not exist has no records", async (t) => {
  t.same(journal("none").scan(), []);
});

t.test("finished records older than a week are removed at the next start; open ones and recent ones stay", async (t) => {
  const j = journal("prune");
  const old = Date.now() / 1000 - 8 * 24 * 3600;
  for (const [id, step, aged] of [["old-done", "done", true], ["old-failed", "failed", true], ["old-open", "copy", true], ["new-done", "done", false]] as const) {
    j.step({ id, job: `job-${id}`, step: "begin", copied: 0 }, step);
    if (aged) utimesSync(j.path(id), old, old);
  }
  const seen: string[] = [];
  const report = await recoverAll([recoveryHook({ journal: j, recover: async (r: Rec) => void seen.push(r.id), damaged: () => undefined })]);
  t.equal(report.pruned, 2, "the two finished records of last week");
  t.same(readdirSync(join(root, "prune")).sort(), ["new-done.json", "old-open.json"], "an open record stays however old, a recent finished one too");
  t.same(seen, ["old-open"], "and the open one is recovered");
  t.equal(KEEP_FINISHED_MS, 7 * 24 * 3600 * 1000);
});
