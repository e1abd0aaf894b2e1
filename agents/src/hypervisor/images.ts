/**
 * vm-image-manager's features on the hypervisor agent:
 *
 *   image export   stop (if asked) ▸ lock ▸ root volume ─▶ storage plugin export ─▶ object store ▸ start again
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

/** The root volume, exported by its storage plugin, into the object store; a job. */
export async function imageExport(w: Wing, hostname: string, stop: boolean, bucket: string, caller: string): Promise<Job> {
  const instance = await w.instances.get(hostname);
  if (instance.state === "migrating") throw new StatusError(Status.BUSY, `${hostname} is being migrated`);
  refuseIfMounted(instance, "an export");
  if (instance.state !== "shut off" && !stop) throw new StatusError(Status.ABORTED, `${hostname} is ${instance.state}: stop it first, or export with --stop (it is started again after)`);
  const root = instance.volumes[0];
  if (!root) throw new StatusError(Status.ABORTED, `${hostname} has no volume`);
  const job = w.jobs.begin({ kind: "image-export", instance: hostname, caller });
  const dir = within(w.dir, "transfer", job.id);
  w.background(`${job.record.kind} ${hostname}`, settle(
    job,
    w,
    async () => {
      const unlock = await w.locks.acquire(hostname, `image export (job ${job.id})`);
      const wasRunning = instance.state !== "shut off";
      try {
        if (wasRunning) {
          job.phase("stop");
          await w.driver.shutdown(hostname);
        }
        job.phase("export");
        mkdirSync(dir, { recursive: true });
        const out = await w.volumes.export(root, within(dir, root.name), job);
        job.phase("upload");
        await blobStore(w.transport).put(bucket, job.id, within(dir, root.name));
        return { object: job.id, bucket, sha256: String(out.sha256), bytes: Number(out.bytes), format: String(out.format ?? "") };
      } finally {
        if (wasRunning && (await w.driver.get(hostname))?.state === "shut off") await w.driver.start(hostname);
        unlock();
        rmSync(dir, { recursive: true, force: true });
      }
    },
    (r) => [{ ...r, instance }, `${hostname}: root volume exported (${r.format}, ${r.bytes} bytes, sha256 ${r.sha256.slice(0, 12)}...)`],
  ));
  return job;
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
