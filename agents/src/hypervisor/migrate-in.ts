/**
 * Cold migration, the target's side (see migrate-out.ts for the source's).
 *
 *   accepted (claim) ▸ download (the source's stream, or the object store) ▸ verify sha256 ▸ import (storage plugin)
 *   ▸ define ── commit: the instance is ours ──▸ defined ▸ start ▸ done
 *
 * A stream is written in place and journaled (its durable offset, beside
 * the file), so a restart during "download" resumes each volume from there
 * (recovery.ts) instead of undoing the migration.
 *
 * Before the commit, an abort or a crash undoes everything here (the source
 * rolls back). The commit is the domain being defined: the journal says
 * "define" before and "defined" after, and a restart between the two looks
 * at the driver to know which it was.
 */
import { mkdirSync, rmSync } from "node:fs";
import { Status, StatusError, blobStore } from "../../../proto/wire/index.js";
import { fetchVerified } from "../../../proto/domain/index.js";
import { within } from "../paths.js";
import { receiveFile } from "../transfer/index.js";
import type { Job } from "./jobs.js";
import type { InRecord, InStep, InVolume } from "./journals.js";
import type { Instance } from "./model.js";
import type { Wing } from "./context.js";

export type { InRecord, InStep, InVolume } from "./journals.js";

export interface MigrateIn {
  migrationId: string;
  instance: Instance;
  source: string;
  start: boolean;
  volumes: InVolume[];
}

const COMMITTED: readonly InStep[] = ["defined", "start", "done"];

export function readIn(w: Wing, id: string): InRecord | undefined {
  return w.journals.incoming.read(id);
}

function save(w: Wing, journal: InRecord): void {
  w.journals.incoming.save(journal);
}

function record(w: Wing, journal: InRecord, step: InStep, job: Job | undefined, message = ""): void {
  w.journals.incoming.step(journal, step, job, message);
}

export function isCommitted(step: InStep): boolean {
  return COMMITTED.includes(step);
}

/** Takes an instance over from its source: claims room, then downloads, imports, defines and starts it in a job. */
export async function migrateIn(w: Wing, req: MigrateIn, caller: string): Promise<InRecord> {
  const known = readIn(w, req.migrationId);
  if (known) {
    if (known.step === "aborted") throw new StatusError(Status.ABORTED, `migration ${req.migrationId} was aborted`);
    return known;
  }
  const instance: Instance = { ...req.instance, host: w.identity, state: "migrating" };
  await w.instances.refresh();
  const present = (await w.driver.get(instance.hostname)) !== undefined;
  if (present) throw new StatusError(Status.ABORTED, `${instance.hostname} exists on ${w.identity} already`);
  w.host.checkFits(instance);
  w.host.claim(instance);
  const job = w.jobs.begin({ kind: "migrate-in", instance: instance.hostname, caller, target: w.identity });
  const journal: InRecord = { id: req.migrationId, job: job.id, instance, source: req.source, start: req.start, volumes: req.volumes, imported: [], step: "accepted" };
  record(w, journal, "accepted", job, `from ${req.source}`);
  fly(w, journal, job);
  return journal;
}

/** Runs the job in the background, abortable by the source (migration_abort). */
function fly(w: Wing, journal: InRecord, job: Job): void {
  const flight = { abort: false, task: Promise.resolve(), stop: new AbortController() };
  w.flights.incoming.set(journal.id, flight);
  flight.task = runIn(w, journal, job).finally(() => {
    w.flights.incoming.delete(journal.id);
    w.host.release(journal.instance.hostname);
  });
}

/** After a restart during "download": claim the room again and carry on from what was written. */
export function resumeIn(w: Wing, journal: InRecord, job: Job): void {
  w.host.claim(journal.instance);
  fly(w, journal, job);
}

class Aborted extends Error {}

function stopIfAborted(w: Wing, journal: InRecord): void {
  if (w.flights.incoming.get(journal.id)?.abort) throw new Aborted("aborted by the source");
}

async function runIn(w: Wing, journal: InRecord, job: Job): Promise<void> {
  const { instance } = journal;
  const transfer = within(w.dir, "transfer-in", journal.id);
  let unlock: (() => void) | undefined;
  try {
    record(w, journal, "download", job);
    mkdirSync(transfer, { recursive: true });
    let received = 0;
    const total = journal.volumes.reduce((s, v) => s + v.bytes, 0);
    const stop = w.flights.incoming.get(journal.id)?.stop.signal;
    for (const [index, v] of journal.volumes.entries()) {
      stopIfAborted(w, journal);
      const file = within(transfer, v.name);
      if (v.object) {
        await fetchVerified(blobStore(w.transport), { bucket: w.settings.migration_bucket, object: v.object }, file, v.sha256, `volume ${v.name}`);
      } else {
        await stream(w, journal, job, index, v, file, received, total, stop);
      }
      received += v.bytes;
      job.progress({ bytes: received, percent: Math.round((100 * received) / Math.max(1, total)), message: `received ${v.name} (sha256 ok)` });
    }

    stopIfAborted(w, journal);
    record(w, journal, "import", job);
    unlock = await w.locks.acquire(instance.hostname, `migrate-in (job ${job.id})`);
    for (const v of instance.volumes) {
      stopIfAborted(w, journal);
      const sent = journal.volumes.find((t) => t.name === v.name);
      if (!sent) throw new Error(`volume ${v.name} was not sent`);
      const made = await w.volumes.importFrom(v, within(transfer, v.name), job);
      const imported = { ...v, path: String(made.path ?? v.path) };
      journal.imported.push(imported);
      save(w, journal);
    }
    instance.volumes = instance.volumes.map((v) => journal.imported.find((i) => i.name === v.name) ?? v);

    record(w, journal, "define", job);
    stopIfAborted(w, journal);
    await w.driver.define(w.instances.domainSpec(instance));
    record(w, journal, "defined", job, "committed");
    await finishIn(w, journal, job);
  } catch (err) {
    // A stream stopped by the abort ends in its own error: the flag says it was the source's abort.
    const aborted = err instanceof Aborted || w.flights.incoming.get(journal.id)?.abort === true;
    await undoIn(w, journal, aborted ? "aborted" : "failed", (err as Error).message).catch((undoErr: unknown) => {
      w.diskError(undoErr);
      w.log.error({ migration: journal.id, err: (undoErr as Error).message }, "could not undo an incoming migration; the next start does");
    });
    job.fail(`taking ${instance.hostname} over from ${journal.source} failed: ${(err as Error).message}`, err);
  } finally {
    unlock?.();
    rmSync(transfer, { recursive: true, force: true });
  }
}

/**
 * One volume from the source's stream, written in place; its durable
 * offset is journaled beside it (`<name>.progress`), so a restart resumes.
 */
async function stream(w: Wing, journal: InRecord, job: Job, index: number, v: InVolume, file: string, before: number, total: number, signal: AbortSignal | undefined): Promise<void> {
  const note = (from: number, reason: string) => {
    journal.resumes = [...(journal.resumes ?? []), { volume: v.name, from, reason, atMs: Date.now() }];
    save(w, journal);
    w.log.info({ migration: journal.id, volume: v.name, from, reason }, "stream resumed");
  };
  let shown = -1;
  let half = false;
  const result = await receiveFile({
    transport: w.transport,
    id: journal.id,
    self: w.identity,
    peer: journal.source,
    file: index,
    path: file,
    bytes: v.bytes,
    sha256: v.sha256,
    journal: `${file}.progress`,
    signal,
    onRestart: (from, reason) => from > 0 && note(from, reason),
    onProgress: (written) => {
      const percent = Math.floor((100 * (before + written)) / Math.max(1, total));
      if (percent >= shown + 5) {
        shown = percent;
        job.progress({ bytes: before + written, percent, message: `receiving ${v.name}: ${written} of ${v.bytes} bytes` });
      }
    },
    onDurable: (offset) => {
      if (!half && (before + offset) * 2 >= total && before + offset < total) {
        half = true;
        w.checkpoint("migrate-in", "streamed-half");
      }
    },
  });
  if (result.resumedFrom > 0) note(result.resumedFrom, "this agent restarted: from its journal");
}

/** After the commit: start it if it was running, and done. */
export async function finishIn(w: Wing, journal: InRecord, job?: Job): Promise<void> {
  if (journal.start) {
    record(w, journal, "start", job);
    const domain = await w.driver.get(journal.instance.hostname);
    if (domain?.state === "shut off") await w.driver.start(journal.instance.hostname);
  }
  record(w, journal, "done", job);
  rmSync(within(w.dir, "transfer-in", journal.id), { recursive: true, force: true });
  w.host.release(journal.instance.hostname);
  await w.instances.refresh();
  job?.done({ instance: journal.instance.hostname, source: journal.source }, `${journal.instance.hostname} taken over from ${journal.source}`);
}

/** Before the commit: remove whatever was imported; the source keeps the instance. */
export async function undoIn(w: Wing, journal: InRecord, step: "failed" | "aborted", message: string): Promise<void> {
  const domain = await w.driver.get(journal.instance.hostname).catch(() => undefined);
  if (domain && domain.metadata.createdAtMs === journal.instance.createdAtMs && !isCommitted(journal.step)) {
    await w.driver.undefine(journal.instance.hostname).catch(() => undefined);
  }
  await w.volumes.delete(journal.imported, journal.instance.hostname);
  await w.templates.remove(journal.instance).catch(() => undefined);
  journal.imported = [];
  record(w, journal, step, undefined, message);
  w.host.release(journal.instance.hostname);
  await w.instances.refresh();
  w.log.warn({ migration: journal.id, step, message }, "incoming migration undone");
}

export function migrationStatus(w: Wing, id: string): { phase: string; committed: boolean; message: string } {
  const journal = readIn(w, id);
  if (!journal) return { phase: "unknown", committed: false, message: `no migration ${id} on ${w.identity}` };
  return { phase: journal.step, committed: isCommitted(journal.step), message: journal.message ?? "" };
}

/**
 * The source gives up: undo unless committed. The answer is final: once
 * this says not committed, a late migrate_in with this id is refused.
 */
export async function migrationAbort(w: Wing, id: string): Promise<{ phase: string; committed: boolean; message: string }> {
  const journal = readIn(w, id);
  if (!journal) {
    w.journals.incoming.save({ id, job: "", step: "aborted", message: "aborted before it arrived" } as unknown as InRecord);
    return { phase: "aborted", committed: false, message: "aborted before it arrived" };
  }
  if (!isCommitted(journal.step) && journal.step !== "failed" && journal.step !== "aborted") {
    const flight = w.flights.incoming.get(id);
    if (flight) {
      flight.abort = true;
      flight.stop.abort();
      await flight.task;
    } else {
      await undoIn(w, journal, "aborted", "aborted by the source");
    }
  }
  return migrationStatus(w, id);
}

/**
 * After a restart: an incoming migration the journal says was under way.
 *
 *   download (a stream)     ─▶ resume the stream from each volume's journaled offset
 *   accepted, import, ...   ─▶ undo (the source rolls back when it asks)
 *   define                  ─▶ the driver tells whether the domain was defined: finish or undo
 *   defined / start         ─▶ finish (start it if it was running)
 */
export async function recoverIn(w: Wing, journal: InRecord, job: Job | undefined): Promise<void> {
  if (!journal.instance) return;
  w.log.warn({ migration: journal.id, step: journal.step }, "recovering an incoming migration");
  let committed = isCommitted(journal.step);
  if (journal.step === "define") committed = (await w.driver.get(journal.instance.hostname)) !== undefined;
  if (committed) {
    await finishIn(w, journal, job);
  } else if (journal.step === "download" && job && journal.volumes.every((v) => !v.object)) {
    // A stream: carry on from what is written and journaled (the source keeps waiting meanwhile).
    try {
      resumeIn(w, journal, job);
    } catch (err) {
      await undoIn(w, journal, "failed", `cannot resume: ${(err as Error).message}`);
      job.fail(`taking ${journal.instance.hostname} over from ${journal.source}: cannot resume (${(err as Error).message}); undone`);
    }
  } else {
    await undoIn(w, journal, "failed", INTERRUPTED);
    job?.fail(`taking ${journal.instance.hostname} over from ${journal.source}: ${INTERRUPTED}; undone`);
  }
}

const INTERRUPTED = "interrupted by an agent restart";
