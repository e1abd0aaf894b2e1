/**
 * Creating an instance on this host, journaled step by step:
 *
 *   claim (synchronous) ▸ volumes (storage plugins) ▸ template (template plugin) ▸ define ▸ start ▸ done
 *
 * A failure undoes what was made; so does a restart after a crash, except
 * past "define", where the instance exists and is finished instead.
 */
import { mkdirSync, rmSync } from "node:fs";
import { within } from "../paths.js";
import { nameProblem, Status, StatusError, blobStore } from "../../../proto/wire/index.js";
import { fetchVerified } from "../../../proto/domain/index.js";
import type { Job } from "./jobs.js";
import type { CreateRecord, CreateStep, RootImage } from "./journals.js";
import { DEFAULT_CATEGORY, newMac, volumeName, type Instance, type Profile } from "./model.js";
import type { Wing } from "./context.js";

export type { RootImage } from "./journals.js";

/** The instance a profile makes, before anything exists. */
export function newInstance(w: Wing, hostname: string, profile: Profile): Instance {
  const problem = nameProblem("hostname", hostname, "host name");
  if (problem || hostname.length > 200) throw new StatusError(Status.INVALID_DATA, problem ?? `host name ${hostname} is longer than 200 characters`);
  if (profile.volumes.length === 0) throw new StatusError(Status.INVALID_DATA, `profile ${profile.name} has no volumes`);
  const taken = new Set(w.instances.known.flatMap((i) => i.nics.map((n) => n.mac)));
  const nics = profile.nics.map((n) => {
    const mac = newMac(taken);
    taken.add(mac);
    return { mac, bridge: n.bridge, vlan: n.vlan };
  });
  return {
    hostname,
    profile: profile.name,
    category: profile.category || DEFAULT_CATEGORY,
    tags: profile.tags,
    resources: { vcpus: profile.resources.vcpus, memoryMb: profile.resources.memoryMb },
    volumes: profile.volumes.map((v) => ({ name: v.name, storage: v.storage, volume: volumeName(hostname, v.name), sizeBytes: v.sizeBytes, path: "" })),
    nics,
    template: profile.template,
    state: "creating",
    host: w.identity,
    createdAtMs: Date.now(),
    spread: profile.spread,
    requirements: profile.requirements,
    slot: "",
    mounted: false,
  };
}

/**
 * Checks and claims at once (so concurrent creates cannot overfill), then
 * builds in a job. With an image, the root volume is imported from it.
 */
export async function create(w: Wing, hostname: string, profile: Profile, caller: string, image?: RootImage): Promise<Job> {
  await w.instances.refresh();
  if (w.instances.known.some((i) => i.hostname === hostname)) throw new StatusError(Status.ABORTED, `${hostname} exists already on ${w.identity}`);
  const instance = newInstance(w, hostname, profile);
  w.host.checkFits(instance);
  w.host.claim(instance);
  try {
    await w.index.claim(hostname, profile.name, (name) => w.instances.known.some((i) => i.hostname === name));
  } catch (err) {
    w.host.release(hostname);
    throw err;
  }
  const job = w.jobs.begin({ kind: image ? "image-import" : "create", instance: hostname, caller });
  const journal: CreateRecord = { job: job.id, hostname, step: "claimed", volumes: [], instance, image };
  w.journals.creates.save(journal);
  w.background(`create ${hostname}`, build(w, journal, job));
  return job;
}

function step(w: Wing, journal: CreateRecord, next: CreateStep, job: Job): void {
  w.journals.creates.step(journal, next, job);
}

async function build(w: Wing, journal: CreateRecord, job: Job): Promise<void> {
  const { instance } = journal;
  let unlock: (() => void) | undefined;
  try {
    unlock = await w.locks.acquire(instance.hostname, `create (job ${job.id})`);
    const imageFile = journal.image ? await download(w, journal, job) : undefined;
    step(w, journal, "volumes", job);
    for (const [i, v] of instance.volumes.entries()) {
      const made =
        i === 0 && imageFile
          ? await w.volumes.importFrom(v, imageFile, job)
          : await w.volumes.create(v, job);
      v.path = String(made.path ?? "");
      journal.volumes.push(v);
      w.journals.creates.save(journal);
    }
    step(w, journal, "template", job);
    if (!imageFile) await w.templates.apply(instance, job);
    step(w, journal, "define", job);
    await w.driver.define(w.instances.domainSpec(instance));
    step(w, journal, "start", job);
    await w.driver.start(instance.hostname);
    step(w, journal, "done", job);
    w.host.release(instance.hostname);
    await w.instances.refresh();
    job.done({ instance: { ...instance, state: "running" } }, `${instance.hostname}:${instance.profile} created on ${w.identity}`);
    w.log.info({ instance: instance.hostname, profile: instance.profile, job: job.id }, "instance created");
  } catch (err) {
    const undone = await undoCreate(w, journal).then(
      () => "undone",
      (undoErr: unknown) => `not undone yet (${(undoErr as Error).message}): the next start of the agent undoes it`,
    );
    if (undone === "undone") await w.index.release(instance.hostname);
    job.fail(`${(err as Error).message}${undone === "undone" ? "" : `; ${undone}`}`, err);
    w.log.error({ instance: instance.hostname, job: job.id, err: (err as Error).message }, `create failed; ${undone}`);
  } finally {
    unlock?.();
    w.host.release(instance.hostname);
    rmSync(within(w.dir, "transfer", journal.job), { recursive: true, force: true });
  }
}

/** Image import: the image from the object store into a file here, its SHA-256 checked. */
async function download(w: Wing, journal: CreateRecord, job: Job): Promise<string> {
  const image = journal.image!;
  step(w, journal, "download", job);
  const dir = within(w.dir, "transfer", journal.job);
  mkdirSync(dir, { recursive: true });
  const file = within(dir, "image");
  const got = await fetchVerified(blobStore(w.transport), image, file, image.sha256, `the image ${image.object}`);
  job.progress({ bytes: got.size, message: "image received (sha256 ok)" });
  return file;
}

/** Removes what a create made: the domain (if defined), its volumes, template traces. */
async function undoCreate(w: Wing, journal: CreateRecord): Promise<void> {
  const domain = await w.driver.get(journal.hostname).catch(() => undefined);
  if (domain && domain.metadata.createdAtMs === journal.instance.createdAtMs) {
    if (domain.state !== "shut off") await w.driver.destroy(journal.hostname).catch(() => undefined);
    await w.driver.undefine(journal.hostname).catch(() => undefined);
  }
  await w.volumes.delete(journal.volumes, journal.hostname);
  await w.templates.remove(journal.instance).catch(() => undefined);
  journal.step = "done";
  w.journals.creates.save(journal);
  await w.instances.refresh();
}

/** A create interrupted by a crash is undone (or, if it was defined already, finished): nothing half-built stays. */
export async function recoverCreate(w: Wing, journal: CreateRecord): Promise<void> {
  const record = w.jobs.get(journal.job);
  const domain = await w.driver.get(journal.hostname);
  if (journal.step === "start" && domain) {
    // It was defined: finish the start rather than throw the work away.
    if (domain.state === "shut off") await w.driver.start(journal.hostname).catch(() => undefined);
    journal.step = "done";
    w.journals.creates.save(journal);
    if (record) w.jobs.resume(record).done({ instance: journal.instance }, `${journal.hostname}:${journal.instance.profile} created on ${w.identity} (finished after a restart)`);
    return;
  }
  await undoCreate(w, journal);
  if (record) w.jobs.resume(record).fail("interrupted by an agent restart; undone");
  w.log.warn({ instance: journal.hostname, step: journal.step }, "interrupted create undone");
}
