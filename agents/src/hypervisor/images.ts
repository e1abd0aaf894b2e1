/**
 * vm-image-manager's features on the hypervisor agent:
 *
 *   image export   lock ▸ stop (if asked) ▸ root volume ─▶ storage plugin export ─▶ object store ▸ start again
 *                  (journaled: a restart part way starts the instance again and fails the job)
 *   image import   create.ts with the root volume imported from the object store (sha256 checked)
 *   redeploy       lock ▸ stop ▸ rsync the image directory onto the root volume (its plugin's sync) ▸ start
 *   mount/unmount  the stopped instance's root volume, for inspection (its plugin's mount); start unmounts
 */
import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { within } from "../paths.js";
import { Status, StatusError, blobStore } from "../../../proto/wire/index.js";
import { readJson, removeFile, writeJsonAtomic } from "../store.js";
import type { Job } from "./jobs.js";
import type { ExportRecord } from "./journals.js";
import type { Instance } from "./model.js";
import type { Wing } from "./context.js";

export const IMAGE_BUCKET = "ampm-images";

function refuseIfMounted(instance: Instance, what: string): void {
  if (instance.mounted) throw new StatusError(Status.BUSY, `${instance.hostname} is mounted for inspection: ampm image umount ${instance.hostname} before ${what}`);
}

function plugin(w: Wing, instance: Instance, action: string, what: string): string {
  const storage = instance.volumes[0]?.storage ?? "";
  if (!w.volumes.can(storage, action)) {
    throw new StatusError(Status.ABORTED, `${what} needs a storage type whose plugin can ${action}; ${instance.hostname}'s root volume is ${storage}`);
  }
  return storage;
}

async function settle<T>(job: Job, w: Wing, work: () => Promise<T>, done: (r: T) => [Record<string, unknown>, string]): Promise<void> {
  try {
    const [result, message] = done(await work());
    job.done(result, message);
  } catch (err) {
    job.fail((err as Error).message, err);
    w.log.error({ job: job.id, kind: job.record.kind, err: (err as Error).message }, "job failed");
  }
}

/** The root volume, exported by its storage plugin, into the object store; a job, journaled (exports/<job>.json). */
export async function imageExport(w: Wing, hostname: string, stop: boolean, bucket: string, caller: string): Promise<Job> {
  const instance = await w.instances.get(hostname);
  if (instance.state === "migrating") throw new StatusError(Status.BUSY, `${hostname} is being migrated`);
  refuseIfMounted(instance, "an export");
  if (instance.state !== "shut off" && !stop) throw new StatusError(Status.ABORTED, `${hostname} is ${instance.state}: stop it first, or export with --stop (it is started again after)`);
  const root = instance.volumes[0];
  if (!root) throw new StatusError(Status.ABORTED, `${hostname} has no volume`);
  const job = w.jobs.begin({ kind: "image-export", instance: hostname, caller });
  const journal: ExportRecord = { job: job.id, hostname, step: "begin", wasRunning: instance.state !== "shut off", bucket, object: job.id };
  w.journals.exports.step(journal, "begin", job);
  const dir = within(w.dir, "transfer", job.id);
  w.background(`${job.record.kind} ${hostname}`, settle(
    job,
    w,
    async () => {
      const unlock = await w.locks.acquire(hostname, `image export (job ${job.id})`);
      try {
        if (journal.wasRunning) {
          w.journals.exports.step(journal, "stop", job);
          await w.driver.shutdown(hostname);
        }
        w.journals.exports.step(journal, "export", job);
        mkdirSync(dir, { recursive: true });
        const out = await w.volumes.export(root, within(dir, root.name), job);
        w.journals.exports.step(journal, "upload", job);
        await blobStore(w.transport).put(bucket, journal.object, within(dir, root.name));
        const result = { object: journal.object, bucket, sha256: String(out.sha256), bytes: Number(out.bytes), format: String(out.format ?? "") };
        await exportEnded(w, journal, "done");
        return result;
      } catch (err) {
        await exportEnded(w, journal, "failed", (err as Error).message).catch((e: Error) => w.log.error({ job: job.id, err: e.message }, "cannot undo a failed image export"));
        throw err;
      } finally {
        unlock();
      }
    },
    (r) => [{ ...r, instance }, `${hostname}: root volume exported (${r.format}, ${r.bytes} bytes, sha256 ${r.sha256.slice(0, 12)}...)`],
  ));
  return job;
}

/**
 * However an export ends: the staging copy goes, the instance runs again if
 * it was running, and a failed export's object (part of one, perhaps) is
 * deleted; then the terminal step is journaled.
 */
async function exportEnded(w: Wing, journal: ExportRecord, step: "done" | "failed", message = ""): Promise<void> {
  rmSync(within(w.dir, "transfer", journal.job), { recursive: true, force: true });
  if (journal.wasRunning && (await w.driver.get(journal.hostname))?.state === "shut off") await w.driver.start(journal.hostname);
  if (step === "failed" && journal.step === "upload") await blobStore(w.transport).delete(journal.bucket, journal.object).catch(() => undefined);
  w.journals.exports.step(journal, step, undefined, message);
  await w.instances.refresh();
}

/**
 * After a restart: an export the journal says was under way is undone, not
 * finished (the caller waiting for it is long gone; running it again is
 * cheap and theirs to ask): the instance runs again if the export stopped
 * it, the staging copy and any part of the object go, the job fails saying so.
 */
export async function recoverExport(w: Wing, journal: ExportRecord, job: Job | undefined): Promise<void> {
  w.log.warn({ job: journal.job, instance: journal.hostname, step: journal.step }, "recovering an image export");
  const reason = `interrupted by an agent restart at "${journal.step}"${journal.wasRunning ? `; ${journal.hostname} is running again` : ""}: run the export again`;
  await exportEnded(w, journal, "failed", reason);
  job?.fail(`image export of ${journal.hostname} ${reason}`);
}

/** The image directories a redeploy can use, by name. */
function images(w: Wing): { dir: string; names: string[] } {
  const dir = w.settings.images_dir;
  if (!dir) throw new StatusError(Status.ABORTED, `${w.identity} has no images_dir in its hypervisor config`);
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((n) => statSync(join(dir, n)).isDirectory()).sort();
  } catch {
    throw new StatusError(Status.ABORTED, `images_dir ${dir} cannot be read`);
  }
  return { dir, names };
}

/** rsync an image directory onto the root volume and start it: vm-image-manager's fast redeploy; a job. */
export async function redeploy(w: Wing, hostname: string, image: string, caller: string): Promise<Job> {
  const instance = await w.instances.get(hostname);
  if (instance.state === "migrating") throw new StatusError(Status.BUSY, `${hostname} is being migrated`);
  const { dir, names } = images(w);
  if (!names.includes(image)) throw new StatusError(Status.ABORTED, `no image ${image} in ${dir} (have: ${names.join(", ") || "none"})`);
  plugin(w, instance, "sync", "a redeploy");
  const root = instance.volumes[0]!;
  const job = w.jobs.begin({ kind: "redeploy", instance: hostname, caller });
  w.background(`${job.record.kind} ${hostname}`, settle(
    job,
    w,
    async () => {
      const unlock = await w.locks.acquire(hostname, `redeploy (job ${job.id})`);
      try {
        if ((await w.instances.get(hostname)).mounted) await unmount(w, hostname);
        const domain = await w.driver.get(hostname);
        if (domain && domain.state !== "shut off") {
          job.phase("stop");
          await w.driver.shutdown(hostname);
        }
        job.phase("sync", `rsync ${image} onto ${root.volume}`);
        const started = Date.now();
        const stats = await w.volumes.sync(root, within(dir, image), job);
        job.phase("start");
        await w.driver.start(hostname);
        await w.instances.refresh();
        const seconds = (Date.now() - started) / 1000;
        return { image, seconds, path: stats.path, filesTransferred: Number(stats.files_transferred ?? 0), bytesTransferred: Number(stats.bytes_transferred ?? 0) };
      } finally {
        unlock();
      }
    },
    (r) => [r, `${hostname} redeployed from ${image}: ${r.filesTransferred} files changed in ${r.seconds.toFixed(1)} s`],
  ));
  return job;
}

/** Mounts the stopped instance's root volume for inspection; its path. */
export async function mount(w: Wing, hostname: string, caller: string): Promise<{ instance: Instance; path: string }> {
  const instance = await w.instances.get(hostname);
  if (instance.mounted) return { instance, path: readJson<{ path: string }>(w.instances.mountFile(hostname))?.path ?? "" };
  if (instance.state !== "shut off") throw new StatusError(Status.ABORTED, `${hostname} is ${instance.state}: stop it before mounting its volume`);
  plugin(w, instance, "mount", "mounting");
  const unlock = await w.locks.acquire(hostname, "mount", 2000);
  try {
    const root = instance.volumes[0]!;
    const path = String((await w.volumes.mount(root, hostname, caller)).path ?? "");
    writeJsonAtomic(w.instances.mountFile(hostname), { path, since: new Date().toISOString(), by: caller });
    return { instance: (await w.instances.list(hostname))[0]!, path };
  } finally {
    unlock();
  }
}

export async function unmount(w: Wing, hostname: string): Promise<Instance> {
  const instance = await w.instances.get(hostname);
  if (!instance.mounted) return instance;
  const root = instance.volumes[0]!;
  await w.volumes.unmount(root, hostname);
  removeFile(w.instances.mountFile(hostname));
  return (await w.instances.list(hostname))[0]!;
}
