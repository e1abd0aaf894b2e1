/**
 * After a restart: every job the journals say was under way is finished or
 * rolled back, so each instance ends up on exactly one host. One recovery
 * hook per journaled job kind, registered here, in this order:
 *
 *   create, image import   create.ts recoverCreate    (undo, or finish past "define")
 *   migrate-in (target)    migrate-in.ts recoverIn    (resume the stream, finish past the commit, or undo)
 *   migrate (source)       migrate-out.ts recoverOut  (queue again, roll back, serve again and ask the target, or clean up)
 *   image export           images.ts recoverExport    (start the instance again, drop the staging copy and object, fail)
 *
 * A job still "running" that no journal names (evacuate, redeploy, the kinds
 * that are not journaled) was cut short with the process: it is failed,
 * saying so, rather than shown running for ever.
 *
 * The loop itself is agents/src/journal recoverAll(): a record that cannot
 * be read is set aside (<id>.json.damaged) and the job it belonged to is
 * failed with a message asking an operator to look: the agent starts anyway.
 */
import { recoverAll, recoveryHook, type JournalDamaged, type RecoveryHook, type RecoveryReport } from "../journal/index.js";
import { recoverCreate } from "./create.js";
import { recoverExport } from "./images.js";
import type { Job } from "./jobs.js";
import { JOB_KINDS } from "./journals.js";
import { recoverIn } from "./migrate-in.js";
import { recoverOut } from "./migrate-out.js";
import type { Wing } from "./context.js";

function jobFor(w: Wing, id: string): Job | undefined {
  const record = w.jobs.get(id);
  return record ? w.jobs.resume(record) : undefined;
}

/**
 * A damaged record cannot say which job it was: every running job of its
 * kind that no readable record names is failed, for an operator to check
 * its instance (nothing is undone or finished blindly).
 */
function markForOperator(w: Wing, kind: keyof typeof JOB_KINDS, damage: JournalDamaged, setAside: string, readable: ReadonlySet<string>): void {
  const message = `${damage.message}: set aside as ${setAside}; nothing was finished or undone: an operator must check this job's instance`;
  w.log.error({ kind, journal: damage.path, setAside, reason: damage.reason }, "a journal is damaged: needs an operator");
  for (const record of w.jobs.running()) {
    if ((JOB_KINDS[kind] as readonly string[]).includes(record.kind) && !readable.has(record.id)) w.jobs.resume(record).fail(message);
  }
}

export function recoveryHooks(w: Wing): RecoveryHook[] {
  const { creates, incoming, outgoing, exports } = w.journals;
  return [
    recoveryHook({ journal: creates, recover: (r) => recoverCreate(w, r), damaged: (d, to, readable) => markForOperator(w, "create", d, to, readable) }),
    recoveryHook({ journal: incoming, recover: (r) => recoverIn(w, r, jobFor(w, r.job)), damaged: (d, to, readable) => markForOperator(w, "migrate-in", d, to, readable) }),
    recoveryHook({
      journal: outgoing,
      recover: (r) => recoverOut(w, r, jobFor(w, r.job) ?? w.jobs.begin({ kind: "migrate", instance: r.instance.hostname, caller: "ampm-agent", target: r.target })),
      damaged: (d, to, readable) => markForOperator(w, "migrate", d, to, readable),
    }),
    recoveryHook({ journal: exports, recover: (r) => recoverExport(w, r, jobFor(w, r.job)), damaged: (d, to, readable) => markForOperator(w, "image-export", d, to, readable) }),
  ];
}

/** Finishes or rolls back every journaled job a crash interrupted; fails the running jobs no journal names. */
export async function recoverJobs(w: Wing): Promise<RecoveryReport> {
  // Taken before: recovery may begin jobs of its own.
  const running = w.jobs.running();
  const report = await recoverAll(recoveryHooks(w));
  for (const record of running) {
    // Journaled (recovered or finished), or a damaged journal's job failed for an operator already.
    if (report.jobs.has(record.id) || record.state !== "running") continue;
    const message =
      record.kind === "evacuate"
        ? "interrupted by an agent restart: the migrations it had started go on (ampm job ls); run the evacuation again for the rest"
        : `interrupted by an agent restart (a ${record.kind} is not resumed): check ${record.instance || "its instance"} and run it again`;
    w.jobs.resume(record).fail(message);
    w.log.warn({ job: record.id, kind: record.kind, instance: record.instance }, "a job cut short by the restart is failed");
  }
  return report;
}
