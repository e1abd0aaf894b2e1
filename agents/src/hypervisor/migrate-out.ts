/**
 * Cold migration, the source's side. The source drives; each step is
 * journaled before it is taken, so a crash at any point is finished or
 * rolled back on restart (recovery.ts).
 *
 *   begin ▸ queued (until the migration budget's leases are held) ▸ stop ▸ export (storage plugin, raw: dir volumes as tar) ▸ serve (a stream sender, agents/src/transfer)
 *         ▸ handoff (target: migrate_in) ▸ wait (target: download = stream in ▸ import ▸ define = commit ▸ start)
 *         ▸ cleanup ▸ done
 *
 * The target pulls the stream (it grants credit and says where to start),
 * so after a restart here the sender is simply served again (handoff, wait)
 * and the target carries on from what it has. With migration_transport
 * object-store, "upload" (object store) takes the place of "serve".
 *
 * Until the target commits, the instance is the source's: any failure rolls
 * back and it runs here again. After the commit it is the target's: the
 * source only cleans up. Asking the target to abort is how the source learns
 * which side of the commit a migration is on.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import { ampm, Status, StatusError, blobStore } from "../../../proto/wire/index.js";
import { rejections, requestForInstance, snapshotOf } from "../../../proto/domain/index.js";
import { withLeases, withReclaimedLeases } from "../budget/migrations.js";
import { within } from "../paths.js";
import { isOk } from "../peers.js";
import { StreamSender } from "../transfer/index.js";
import { canMigrateLive, type HypervisorDriver } from "./driver.js";
import type { Job } from "./jobs.js";
import type { OutRecord, OutStep } from "./journals.js";
import type { Instance } from "./model.js";
import type { Wing } from "./context.js";

export type { OutRecord, OutStep, TransferFile } from "./journals.js";

/**
 * The target's libvirt URI for a native live migration, or undefined for a
 * cold one: this host allows it (live_migration), its driver can migrate to
 * that URI, the target runs libvirt and says how to reach it, and the
 * instance is running.
 */
export function liveTarget(allowed: boolean, driver: HypervisorDriver, target: { facts: Record<string, unknown> }, instance: Instance): string | undefined {
  const uri = target.facts.libvirt_migration_uri;
  if (!allowed || !canMigrateLive(driver) || instance.state !== "running") return undefined;
  if (target.facts.hypervisor_driver !== "libvirt" || typeof uri !== "string" || !uri) return undefined;
  return driver.canMigrateLive(uri) ? uri : undefined;
}

const POLL_MS = 300;
const WAIT_LIMIT_MS = 6 * 3600 * 1000;

export function readOut(w: Wing, id: string): OutRecord | undefined {
  return w.journals.outgoing.read(id);
}

function record(w: Wing, journal: OutRecord, step: OutStep, job: Job, message = ""): void {
  w.journals.outgoing.step(journal, step, job, message);
}

/** Checks that the move makes sense and that the target answers and has room, then starts the job. */
export async function migrateOut(w: Wing, hostname: string, target: string, caller: string): Promise<Job> {
  const instance = await w.instances.get(hostname);
  if (instance.state === "migrating") throw new StatusError(Status.BUSY, `${hostname} is being migrated already`);
  if (instance.mounted) throw new StatusError(Status.BUSY, `${hostname} is mounted for inspection: ampm image umount ${hostname} first`);
  if (target === w.identity) throw new StatusError(Status.INVALID_DATA, `${hostname} is on ${target} already`);
  const status = await w.peers.call<Record<string, unknown>>(target, "hypervisor", "status", ampm.v1.HostStatusRequest, {}, 5000);
  if (!status) throw new StatusError(Status.ABORTED, `${target} did not answer: is its agent running, with the hypervisor agent?`);
  if (!isOk(status)) throw new StatusError(Status.ABORTED, `${target}: ${status.statusmsg}`);
  const snapshot = snapshotOf(target, status.data);
  const reasons = rejections(snapshot, requestForInstance(instance, w.identity), []);
  if (reasons.length > 0) throw new StatusError(Status.ABORTED, `${target} cannot take ${hostname}: ${reasons.join("; ")}`);
  const id = randomBytes(8).toString("hex");
  const job = w.jobs.begin({ kind: "migrate", instance: hostname, caller, target });
  const liveUri = liveTarget(Boolean(w.settings.live_migration), w.driver, snapshot, instance);
  const journal: OutRecord = { id, job: job.id, instance, target, step: "begin", wasRunning: instance.state !== "shut off", files: [], liveUri };
  record(w, journal, "begin", job);
  w.background(`migrate ${hostname}`, queueAndRun(w, journal, job));
  return job;
}

/** Queued (journaled) until the migration budget (agents/src/budget) gives it its leases; they go back however it ends. */
async function queueAndRun(w: Wing, journal: OutRecord, job: Job): Promise<void> {
  record(w, journal, "queued", job, "asking the migration budget for leases");
  await withLeases(w, journal, job, () => runOut(w, journal, job));
}

async function runOut(w: Wing, journal: OutRecord, job: Job): Promise<void> {
  const { instance } = journal;
  const transfer = within(w.dir, "transfer", journal.id);
  try {
    if (journal.liveUri && canMigrateLive(w.driver)) {
      record(w, journal, "live", job, `virsh migrate --live to ${journal.liveUri}`);
      try {
        await w.driver.migrateLive(instance.hostname, journal.liveUri);
        // libvirt moved the domain (and its record, in <metadata>); the copies of the volumes here go.
        return await cleanup(w, journal, job);
      } catch (err) {
        w.log.warn({ migration: journal.id, err: (err as Error).message }, "live migration failed: migrating cold");
      }
    }
    record(w, journal, "stop", job);
    const domain = await w.driver.get(instance.hostname);
    if (domain && domain.state !== "shut off") await w.driver.shutdown(instance.hostname);
    await w.instances.refresh();

    record(w, journal, "export", job);
    mkdirSync(transfer, { recursive: true });
    journal.files = [];
    const streamed = w.settings.migration_transport !== "object-store";
    for (const v of instance.volumes) {
      const file = within(transfer, v.name);
      const out = await w.volumes.export(v, file, job, w.volumes.rawFormat(v.storage));
      journal.files.push({ name: v.name, file, object: streamed ? "" : `${journal.id}.${v.name}`, sha256: String(out.sha256), bytes: Number(out.bytes), format: String(out.format ?? "") });
    }

    if (streamed) {
      record(w, journal, "serve", job, `${total(journal)} bytes to stream`);
      serve(w, journal, job);
    } else {
      record(w, journal, "upload", job);
      let sent = 0;
      for (const f of journal.files) {
        await blobStore(w.transport).put(w.settings.migration_bucket, f.object, f.file);
        sent += f.bytes;
        job.progress({ bytes: sent, percent: Math.round((100 * sent) / Math.max(1, total(journal))), message: `uploaded ${f.name}` });
      }
    }

    record(w, journal, "handoff", job);
    const reply = await w.peers.call(journal.target, "hypervisor", "migrate_in", ampm.v1.MigrateInRequest, {
      migrationId: journal.id,
      instance,
      source: w.identity,
      start: journal.wasRunning,
      volumes: journal.files.map((f) => ({ name: f.name, object: f.object, sha256: f.sha256, bytes: f.bytes, format: f.format })),
    }, 10_000);
    if (!isOk(reply)) return await settle(w, journal, job, `${journal.target} refused the instance: ${reply?.statusmsg ?? "no answer"}`);

    record(w, journal, "wait", job);
    await waitForTarget(w, journal, job);
  } catch (err) {
    await settle(w, journal, job, (err as Error).message);
  }
}

/**
 * Serves the exported files to the target as a stream (until cleanup or
 * rollback stops it). Progress is what has been sent; the target's side
 * says what is written.
 */
export function serve(w: Wing, journal: OutRecord, job: Job): void {
  if (w.flights.senders.has(journal.id) || journal.files.some((f) => f.object)) return;
  const all = Math.max(1, total(journal));
  const sentBy = journal.files.map(() => 0);
  let shown = -1;
  let half = false;
  const sender = new StreamSender({
    transport: w.transport,
    id: journal.id,
    self: w.identity,
    peer: journal.target,
    files: journal.files.map((f) => ({ file: f.file, bytes: f.bytes })),
    compression: w.settings.migration_compression ?? "none",
    onSent: (i, offset) => {
      sentBy[i] = offset;
      const sent = sentBy.reduce((a, b) => a + b, 0);
      const percent = Math.floor((100 * sent) / all);
      if (percent >= shown + 5 || sent === all) {
        shown = percent;
        job.progress({ bytes: sent, percent, message: `streamed ${sent} of ${all} bytes to ${journal.target}` });
      }
      if (!half && sent * 2 >= all) {
        half = true;
        w.checkpoint("migrate", "streamed-half");
      }
    },
    onError: (err) => w.log.warn({ migration: journal.id, err: err.message }, "cannot serve the stream"),
  });
  w.flights.senders.set(journal.id, sender.start());
}

function total(journal: OutRecord): number {
  return journal.files.reduce((s, f) => s + f.bytes, 0);
}

/** Polls the target until it commits (then clean up) or fails (then roll back). */
export async function waitForTarget(w: Wing, journal: OutRecord, job: Job): Promise<void> {
  const started = Date.now();
  let silent = 0;
  for (;;) {
    const status = await w.peers.call<{ phase: string; committed: boolean; message: string }>(
      journal.target,
      "hypervisor",
      "migration_status",
      ampm.v1.MigrationStatusRequest,
      { migrationId: journal.id },
      5000,
    );
    if (status && isOk(status)) {
      silent = 0;
      const { phase, committed, message } = status.data;
      job.progress({ message: `${journal.target}: ${phase}` });
      if (committed) return cleanup(w, journal, job);
      if (phase === "failed" || phase === "aborted" || phase === "unknown") return settle(w, journal, job, `${journal.target}: ${message || phase}`);
    } else if (++silent % 20 === 0) {
      w.log.warn({ migration: journal.id, target: journal.target }, "the target does not answer; still waiting");
    }
    if (Date.now() - started > WAIT_LIMIT_MS) return settle(w, journal, job, `${journal.target} did not finish within ${WAIT_LIMIT_MS / 3600000} h`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/**
 * A failure: if the target was asked to take over, ask it to abort. Its
 * answer decides: committed means the instance is its (clean up here);
 * otherwise roll back and run it here again. No answer: keep asking.
 */
export async function settle(w: Wing, journal: OutRecord, job: Job, reason: string): Promise<void> {
  if (journal.step === "handoff" || journal.step === "wait") {
    for (let attempt = 0; ; attempt++) {
      const reply = await w.peers.call<{ committed: boolean }>(journal.target, "hypervisor", "migration_abort", ampm.v1.MigrationStatusRequest, { migrationId: journal.id }, 10_000);
      if (reply && isOk(reply)) {
        if (reply.data.committed) return cleanup(w, journal, job);
        break;
      }
      if (attempt % 10 === 0) w.log.warn({ migration: journal.id, target: journal.target }, "cannot reach the target to abort; retrying");
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
  await rollback(w, journal, job, reason);
}

async function dropTransfer(w: Wing, journal: OutRecord): Promise<void> {
  await w.flights.senders.get(journal.id)?.stop();
  w.flights.senders.delete(journal.id);
  for (const f of journal.files) if (f.object) await blobStore(w.transport).delete(w.settings.migration_bucket, f.object).catch(() => undefined);
  rmSync(within(w.dir, "transfer", journal.id), { recursive: true, force: true });
}

/** Not committed: the instance stays here, running again if it was. */
export async function rollback(w: Wing, journal: OutRecord, job: Job, reason: string): Promise<void> {
  await dropTransfer(w, journal);
  const domain = await w.driver.get(journal.instance.hostname);
  if (journal.wasRunning && domain?.state === "shut off") await w.driver.start(journal.instance.hostname);
  record(w, journal, "rolled-back", job, reason);
  await w.instances.refresh();
  job.fail(`migration of ${journal.instance.hostname} to ${journal.target} failed, rolled back (it stays on ${w.identity}): ${reason}`);
  w.log.warn({ migration: journal.id, reason }, "migration rolled back");
}

/** Committed: the instance is the target's; remove it here. */
export async function cleanup(w: Wing, journal: OutRecord, job: Job): Promise<void> {
  record(w, journal, "cleanup", job);
  const domain = await w.driver.get(journal.instance.hostname);
  if (domain) {
    if (domain.state !== "shut off") await w.driver.destroy(journal.instance.hostname);
    await w.driver.undefine(journal.instance.hostname);
  }
  await w.volumes.delete(journal.instance.volumes, journal.instance.hostname, job);
  await w.templates.remove(journal.instance).catch(() => undefined);
  await dropTransfer(w, journal);
  record(w, journal, "done", job);
  await w.instances.refresh();
  job.done({ target: journal.target }, `${journal.instance.hostname}:${journal.instance.profile} migrated to ${journal.target}`);
  w.log.info({ migration: journal.id, instance: journal.instance.hostname, target: journal.target }, "instance migrated");
}

/**
 * After a restart: an outgoing migration the journal says was under way.
 *
 *   begin, queued          ─▶ queued again (nothing was done yet): it goes on as asked
 *   live                   ─▶ libvirt moved the domain (clean up) or did not (roll back)
 *   stop … serve, upload   ─▶ roll back (the target never heard of it)
 *   handoff or wait        ─▶ serve the stream again; ask the target (status; abort if it does not know)
 *   cleanup                ─▶ clean up
 *
 * Past the queue it holds its leases again while it ends (taken at once:
 * withReclaimedLeases), so the budget counts it and nothing is left behind.
 */
export async function recoverOut(w: Wing, journal: OutRecord, job: Job): Promise<void> {
  w.log.warn({ migration: journal.id, step: journal.step }, "recovering an outgoing migration");
  if (journal.step === "begin" || journal.step === "queued") {
    w.background(`migrate ${journal.instance.hostname}`, queueAndRun(w, journal, job));
    return;
  }
  const finish = () =>
    withReclaimedLeases(w, journal, async () => {
      switch (journal.step) {
        case "live":
          if (!(await w.driver.get(journal.instance.hostname))) await cleanup(w, journal, job);
          else await rollback(w, journal, job, INTERRUPTED);
          break;
        case "stop":
        case "export":
        case "serve":
        case "upload":
          await rollback(w, journal, job, INTERRUPTED);
          break;
        case "handoff":
        case "wait":
          await waitForTarget(w, journal, job);
          break;
        case "cleanup":
          await cleanup(w, journal, job);
          break;
      }
    });
  if (journal.step === "handoff" || journal.step === "wait") {
    // The target decides; it may be down for a while, so this must not hold up the agent's start.
    // Meanwhile the stream is served again: the target carries on from what it has.
    serve(w, journal, job);
    void finish().catch((err) => w.log.error({ err, migration: journal.id }, "recovery failed"));
  } else await finish();
}

const INTERRUPTED = "interrupted by an agent restart";
