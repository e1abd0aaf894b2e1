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
import { nameProblem, Status, StatusError } from "../../../proto/wire/index.js";
import { sha256File } from "../store.js";
import type { Job } from "./jobs.js";
import type { CreateRecord, CreateStep, RootImage } from "./journals.js";
import { DEFAULT_CATEGORY, newMac, volumeName, type Instance, type Profile, type Volume } from "./model.js";
import type { HypervisorService } from "./service.js";

export type { RootImage } from "./journals.js";

/** The instance a profile makes, before anything exists. */
export function newInstance(svc: HypervisorService, hostname: string, profile: Profile): Instance {
  const problem = nameProblem("hostname", hostname, "host name");
  if (problem || hostname.length > 200) throw new StatusError(Status.INVALID_DATA, problem ?? `host name ${hostname} is longer than 200 characters`);
  if (profile.volumes.length === 0) throw new StatusError(Status.INVALID_DATA, `profile ${profile.name} has no volumes`);
  const taken = new Set(svc.known.flatMap((i) => i.nics.map((n) => n.mac)));
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
    host: svc.identity,
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
export async function create(svc: HypervisorService, hostname: string, profile: Profile, caller: string, image?: RootImage): Promise<Job> {
  await svc.refresh();
  if (svc.known.some((i) => i.hostname === hostname)) throw new StatusError(Status.ABORTED, `${hostname} exists already on ${svc.identity}`);
  const instance = newInstance(svc, hostname, profile);
  svc.checkFits(instance);
  svc.claim(instance);
  try {
    await svc.index.claim(hostname, profile.name, (name) => svc.known.some((i) => i.hostname === name));
  } catch (err) {
    svc.release(hostname);
    throw err;
  }
  const job = svc.jobs.begin({ kind: image ? "image-import" : "create", instance: hostname, caller });
  const journal: CreateRecord = { job: job.id, hostname, step: "claimed", volumes: [], instance, image };
  svc.journals.creates.save(journal);
  svc.background(`create ${hostname}`, build(svc, journal, job));
  return job;
}

function step(svc: HypervisorService, journal: CreateRecord, next: CreateStep, job: Job): void {
  svc.journals.creates.step(journal, next, job);
}

async function build(svc: HypervisorService, journal: CreateRecord, job: Job): Promise<void> {
  const { instance } = journal;
  let unlock: (() => void) | undefined;
  try {
    unlock = await svc.locks.acquire(instance.hostname, `create (job ${job.id})`);
    const imageFile = journal.image ? await download(svc, journal, job) : undefined;
    step(svc, journal, "volumes", job);
    for (const [i, v] of instance.volumes.entries()) {
      const made =
        i === 0 && imageFile
          ? await svc.plugin(v.storage, "import", { volume: v.volume, from: imageFile }, job)
          : await svc.plugin(v.storage, "create", { volume: v.volume, size_bytes: v.sizeBytes }, job);
      v.path = String(made.path ?? "");
      journal.volumes.push(v);
      svc.journals.creates.save(journal);
    }
    step(svc, journal, "template", job);
    if (!imageFile) await svc.applyTemplate(instance, job);
    step(svc, journal, "define", job);
    await svc.driver.define(svc.domainSpec(instance));
    step(svc, journal, "start", job);
    await svc.driver.start(instance.hostname);
    step(svc, journal, "done", job);
    svc.release(instance.hostname);
    await svc.refresh();
    job.done({ instance: { ...instance, state: "running" } }, `${instance.hostname}:${instance.profile} created on ${svc.identity}`);
    svc.log.info({ instance: instance.hostname, profile: instance.profile, job: job.id }, "instance created");
  } catch (err) {
    const undone = await undoCreate(svc, journal).then(
      () => "undone",
      (undoErr: unknown) => `not undone yet (${(undoErr as Error).message}): the next start of the agent undoes it`,
    );
    if (undone === "undone") await svc.index.release(instance.hostname);
    job.fail(`${(err as Error).message}${undone === "undone" ? "" : `; ${undone}`}`, err);
    svc.log.error({ instance: instance.hostname, job: job.id, err: (err as Error).message }, `create failed; ${undone}`);
  } finally {
    unlock?.();
    svc.release(instance.hostname);
    rmSync(within(svc.dir, "transfer", journal.job), { recursive: true, force: true });
  }
}

/** Image import: the image from the object store into a file here, its SHA-256 checked. */
async function download(svc: HypervisorService, journal: CreateRecord, job: Job): Promise<string> {
  const image = journal.image!;
  step(svc, journal, "download", job);
  const dir = within(svc.dir, "transfer", journal.job);
  mkdirSync(dir, { recursive: true });
  const file = within(dir, "image");
  const got = await svc.deps.transport.blobs().get(image.bucket, image.object, file);
  if (!got) throw new Error(`no image ${image.object} in the object store bucket ${image.bucket}`);
  const sum = await sha256File(file);
  if (sum !== image.sha256) throw new Error(`the image arrived damaged: sha256 ${sum}, expected ${image.sha256}`);
  job.progress({ bytes: got.size, message: "image received (sha256 ok)" });
  return file;
}

/** Removes what a create made: the domain (if defined), its volumes, template traces. */
async function undoCreate(svc: HypervisorService, journal: CreateRecord): Promise<void> {
  const domain = await svc.driver.get(journal.hostname).catch(() => undefined);
  if (domain && domain.metadata.createdAtMs === journal.instance.createdAtMs) {
    if (domain.state !== "shut off") await svc.driver.destroy(journal.hostname).catch(() => undefined);
    await svc.driver.undefine(journal.hostname).catch(() => undefined);
  }
  await svc.deleteVolumes(journal.volumes, journal.hostname);
  await svc.removeTemplate(journal.instance).catch(() => undefined);
  journal.step = "done";
  svc.journals.creates.save(journal);
  await svc.refresh();
}

/** A create interrupted by a crash is undone (or, if it was defined already, finished): nothing half-built stays. */
export async function recoverCreate(svc: HypervisorService, journal: CreateRecord): Promise<void> {
  const record = svc.jobs.get(journal.job);
  const domain = await svc.driver.get(journal.hostname);
  if (journal.step === "start" && domain) {
    // It was defined: finish the start rather than throw the work away.
    if (domain.state === "shut off") await svc.driver.start(journal.hostname).catch(() => undefined);
    journal.step = "done";
    svc.journals.creates.save(journal);
    if (record) svc.jobs.resume(record).done({ instance: journal.instance }, `${journal.hostname}:${journal.instance.profile} created on ${svc.identity} (finished after a restart)`);
    return;
  }
  await undoCreate(svc, journal);
  if (record) svc.jobs.resume(record).fail("interrupted by an agent restart; undone");
  svc.log.warn({ instance: journal.hostname, step: journal.step }, "interrupted create undone");
}
