/**
 * After a restart: every migration the journals say was under way is
 * finished or rolled back, so each instance ends up on exactly one host.
 *
 *   source, before handoff        ─▶ roll back (the target never heard of it)
 *   source, handoff or wait       ─▶ serve the stream again; ask the target (status; abort if it does not know)
 *                                    ─▶ clean up or roll back
 *   source, cleanup               ─▶ clean up
 *   target, download              ─▶ resume the stream from each volume's journaled offset
 *   target, accepted or import    ─▶ undo (the source rolls back when it asks)
 *   target, define                ─▶ the driver tells whether the domain was defined: finish or undo
 *   target, defined / start       ─▶ finish (start it if it was running)
 */
import { readJsonDir } from "../store.js";
import type { Job } from "./jobs.js";
import { finishIn, inDir, resumeIn, undoIn, type InJournal } from "./migrate-in.js";
import { cleanup, outDir, rollback, serve, waitForTarget, type OutJournal } from "./migrate-out.js";
import type { HypervisorService } from "./service.js";

const INTERRUPTED = "interrupted by an agent restart";

function jobFor(svc: HypervisorService, id: string): Job | undefined {
  const record = svc.jobs.get(id);
  return record ? svc.jobs.resume(record) : undefined;
}

/** Instances with an outgoing migration: in flight (shown as migrating) or committed (the target's now). */
export function outgoing(svc: HypervisorService): { inFlight: Set<string>; committed: Set<string> } {
  const inFlight = new Set<string>();
  const committed = new Set<string>();
  for (const j of readJsonDir<OutJournal>(outDir(svc)).values()) {
    if (j.step === "cleanup") committed.add(j.instance.hostname);
    else if (j.step !== "done" && j.step !== "rolled-back") inFlight.add(j.instance.hostname);
  }
  return { inFlight, committed };
}

export async function recoverMigrations(svc: HypervisorService): Promise<void> {
  for (const journal of readJsonDir<InJournal>(inDir(svc)).values()) {
    if (!journal.instance || ["done", "failed", "aborted"].includes(journal.step)) continue;
    const job = jobFor(svc, journal.job);
    svc.log.warn({ migration: journal.id, step: journal.step }, "recovering an incoming migration");
    let committed = journal.step === "defined" || journal.step === "start";
    if (journal.step === "define") committed = (await svc.driver.get(journal.instance.hostname)) !== undefined;
    if (committed) {
      await finishIn(svc, journal, job);
    } else if (journal.step === "download" && job && journal.volumes.every((v) => !v.object)) {
      // A stream: carry on from what is written and journaled (the source keeps waiting meanwhile).
      try {
        resumeIn(svc, journal, job);
      } catch (err) {
        await undoIn(svc, journal, "failed", `cannot resume: ${(err as Error).message}`);
        job.fail(`taking ${journal.instance.hostname} over from ${journal.source}: cannot resume (${(err as Error).message}); undone`);
      }
    } else {
      await undoIn(svc, journal, "failed", INTERRUPTED);
      job?.fail(`taking ${journal.instance.hostname} over from ${journal.source}: ${INTERRUPTED}; undone`);
    }
  }
  for (const journal of readJsonDir<OutJournal>(outDir(svc)).values()) {
    if (journal.step === "done" || journal.step === "rolled-back") continue;
    const job = jobFor(svc, journal.job) ?? svc.jobs.begin({ kind: "migrate", instance: journal.instance.hostname, caller: "ampm-agent", target: journal.target });
    svc.log.warn({ migration: journal.id, step: journal.step }, "recovering an outgoing migration");
    switch (journal.step) {
      case "live":
        // libvirt either moved the domain (gone here: clean up) or did not (roll back).
        if (!(await svc.driver.get(journal.instance.hostname))) await cleanup(svc, journal, job);
        else await rollback(svc, journal, job, INTERRUPTED);
        break;
      case "begin":
      case "stop":
      case "export":
      case "serve":
      case "upload":
        await rollback(svc, journal, job, INTERRUPTED);
        break;
      case "handoff":
      case "wait":
        // The target decides; it may be down for a while, so this must not hold up the agent's start.
        // Meanwhile the stream is served again: the target carries on from what it has.
        serve(svc, journal, job);
        void waitForTarget(svc, journal, job).catch((err) => svc.log.error({ err, migration: journal.id }, "recovery failed"));
        break;
      case "cleanup":
        await cleanup(svc, journal, job);
        break;
    }
  }
}
