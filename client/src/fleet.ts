/**
 * The fleet of hypervisor hosts, from the caller's side: where instances
 * are, where new ones can go, and the long operations on them.
 *
 *   hosts()   hypervisor.status from every host (one broadcast)
 *   locate()  the instance index (one KV read), then hypervisor.instances {hostname} from that host;
 *             from every host when the index has no (or a wrong) record
 *   place     pure placement over the status snapshots (proto/domain/placement.ts)
 *   create / migrate / evacuate ─▶ a job on one host ─▶ waitJob(): events + polling until it ends
 */
import { randomBytes } from "node:crypto";
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { decodeJson, eventSubject, blobStore } from "../../proto/wire/index.js";
import {
  fetchVerified,
  FetchVerifyError,
  sha256File,
  place,
  rejections,
  requestForInstance,
  planEvacuation,
  requestForProfile,
  snapshotOf,
  type EvacuationEntry,
  type FilterSpec,
  type HostState,
  type Instance,
  type Job,
  type HostSnapshot,
  type Verdict,
  INSTANCES_BUCKET,
  instanceRecord,
  NAME_TAKEN,
  type InstanceRecord,
} from "../../proto/domain/index.js";
import type { CallOptions, Client } from "./client.js";
import type { DiscoveryOptions } from "./discovery/index.js";
import type { Profile } from "./profiles.js";
import { FleetError, outcomeOf } from "./outcomes.js";
import type { HostFailure, HostResult } from "./results.js";

/** A FleetError for hosts that refused the caller (signature, trust, policy); undefined when none did. */
function unauthorized(results: readonly { sender: string; statuscode: number; statusmsg: string }[]): FleetError | undefined {
  const refused = results.filter((r) => outcomeOf(r.statuscode).error === "unauthorized");
  if (refused.length === 0) return undefined;
  const first = refused[0]!;
  const more = refused.length > 1 ? ` (and ${refused.length - 1} more host${refused.length > 2 ? "s" : ""})` : "";
  return new FleetError(`${first.sender} refused: ${first.statusmsg}${more}`, "unauthorized");
}

export interface HostView {
  identity: string;
  state: HostState;
  driver: string;
  instances: Instance[];
  tags: string[];
  snapshot: HostSnapshot;
}

/** What ampm image export writes beside the image (FILE.ampm.json). */
export interface ImageMeta {
  format: string;
  sha256: string;
  bytes: number;
  instance: Instance;
  exportedFrom: string;
  exportedAt: string;
}

export const IMAGE_BUCKET = "ampm-images";

/** A profile that recreates an exported instance (the root volume comes from the image). */
export function profileFromInstance(i: Instance): Profile {
  return {
    name: i.profile,
    description: "",
    template: "",
    resources: { ...i.resources },
    volumes: i.volumes.map((v) => ({ name: v.name, sizeBytes: v.sizeBytes, storage: v.storage })),
    nics: i.nics.map((n) => ({ bridge: n.bridge, vlan: n.vlan })),
    tags: i.tags,
    category: i.category,
    requirements: i.requirements,
    spread: i.spread,
    file: "",
  };
}

export interface FleetOptions {
  filter?: FilterSpec;
  discovery?: DiscoveryOptions;
  timeoutMs?: number;
}

export interface JobOptions {
  /** Called on every change of the job. */
  onJob?: (job: Job) => void;
  /** false: return as soon as the job started. */
  wait?: boolean;
}

/** "host" or "host:profile". */
export function parseInstanceName(name: string): { hostname: string; profile?: string } {
  const colon = name.lastIndexOf(":");
  return colon > 0 ? { hostname: name.slice(0, colon), profile: name.slice(colon + 1) } : { hostname: name };
}

/** This machine's name, for commands given no name (AMPM_HOSTNAME overrides it). */
export function localHostname(env: NodeJS.ProcessEnv = process.env): string {
  return env.AMPM_HOSTNAME || os.hostname();
}

export function instanceLabel(i: { hostname: string; profile: string }): string {
  return `${i.hostname}:${i.profile}`;
}

export class Fleet {
  constructor(readonly client: Client) {}

  private async one(host: string, action: string, body: unknown, timeoutMs = 30_000): Promise<HostResult> {
    const { results, summary } = await this.client.call("hypervisor", action, body, { targets: [host], timeoutMs }).collect();
    if (summary.noResponse.length > 0) throw new FleetError(`${host} did not answer (is its agent running, with the hypervisor agent?)`, "no-response");
    const result = results[0]!;
    // A hostname held elsewhere: no other host would take it either.
    if (!result.ok && result.statusmsg.startsWith(NAME_TAKEN)) throw new FleetError(result.statusmsg, "conflict");
    if (!result.ok) throw new FleetError(`${host}: ${result.statusmsg}`, outcomeOf(result.statuscode).error ?? "refused");
    return result;
  }

  /** Every hypervisor host that matches, with its state and instances. */
  async hosts(options: FleetOptions = {}): Promise<{ hosts: HostView[]; failed: HostFailure[] }> {
    const filter = { ...options.filter, agents: [...(options.filter?.agents ?? []), "hypervisor"] };
    const call: CallOptions = { filter, discovery: options.discovery, timeoutMs: options.timeoutMs };
    const { results, summary } = await this.client.survey("hypervisor", "status", {}, call).collect();
    const hosts = results
      .filter((r) => r.ok)
      .map((r) => {
        const data = r.data as { state: HostView["state"]; driver: string; instances: Instance[]; tags: string[] };
        return { identity: r.sender, state: data.state, driver: data.driver, instances: data.instances, tags: data.tags, snapshot: snapshotOf(r.sender, data) };
      })
      .sort((a, b) => a.identity.localeCompare(b.identity));
    return { hosts, failed: summary.failed };
  }

  async host(identity: string): Promise<HostView> {
    const { hosts } = await this.hosts({ filter: { identity: [identity] } });
    const found = hosts.find((h) => h.identity === identity);
    if (!found) throw new FleetError(`no hypervisor host ${identity} answered`, "not-found");
    return found;
  }

  /** Where an instance is. Its name may carry the profile ("host:profile"), which must then match. */
  /** The instance index's record of a hostname; undefined when there is none (or no index). */
  async indexed(hostname: string): Promise<InstanceRecord | undefined> {
    try {
      const bucket = await this.client.transport.kv?.().open(INSTANCES_BUCKET);
      const entry = await bucket?.get(hostname);
      return entry ? instanceRecord(entry) : undefined;
    } catch {
      return undefined;
    }
  }

  async locate(name: string): Promise<{ instance: Instance; host: string }> {
    const { hostname, profile } = parseInstanceName(name);
    const record = await this.indexed(hostname);
    if (record && record.state !== "creating" && record.state !== "migrating") {
      // One key said where: only that host is asked (a broadcast its identity selects, which every caller role may send).
      const direct = await this.client.survey("hypervisor", "instances", { hostname }, { filter: { identity: [record.host], agents: ["hypervisor"] }, timeoutMs: 5000 }).collect();
      const hit = direct.results.flatMap((r) => (r.ok && r.sender === record.host ? (r.data as { instances: Instance[] }).instances.filter((i) => i.state !== "migrating") : []))[0];
      if (hit) {
        if (profile && hit.profile !== profile) throw new FleetError(`${hostname} has profile ${hit.profile}, not ${profile}`, "not-found");
        return { instance: hit, host: record.host };
      }
      this.client.options.trace?.({ kind: "discovery", level: "verbose", message: `the instance index says ${hostname} is on ${record.host}, which did not confirm: asking every host` });
    }
    const { results } = await this.client.survey("hypervisor", "instances", { hostname }, { filter: { agents: ["hypervisor"] } }).collect();
    const found = results.flatMap((r) => (r.ok ? (r.data as { instances: Instance[] }).instances.map((instance) => ({ instance, host: r.sender })) : []));
    if (found.length === 0) throw unauthorized(results) ?? new FleetError(`no instance ${hostname} on any host`, "not-found");
    const settled = found.filter((f) => f.instance.state !== "migrating");
    const pick = settled.length === 1 ? settled[0]! : found.length === 1 ? found[0]! : undefined;
    if (!pick) throw new FleetError(`${hostname} is on several hosts: ${found.map((f) => `${f.host} (${f.instance.state})`).join(", ")}`, "conflict");
    if (profile && pick.instance.profile !== profile) {
      throw new FleetError(`${hostname} has profile ${pick.instance.profile}, not ${profile}`, "not-found");
    }
    return pick;
  }

  /** Every host's verdict for a new instance of a profile, best first. */
  async placeProfile(profile: Profile, options: FleetOptions & { category?: string } = {}): Promise<Verdict[]> {
    const { hosts } = await this.hosts(options);
    return place(hosts.map((h) => h.snapshot), requestForProfile(profile, options.category ?? profile.category));
  }

  /** Every other host's verdict for an existing instance, best first. */
  async placeInstance(name: string, options: FleetOptions = {}): Promise<{ instance: Instance; host: string; verdicts: Verdict[] }> {
    const located = await this.locate(name);
    const { hosts } = await this.hosts(options);
    const verdicts = place(hosts.map((h) => h.snapshot), requestForInstance(located.instance, located.host));
    return { ...located, verdicts };
  }

  /**
   * Creates an instance: on the host named, or on the best one placement
   * finds (trying the next when a host's claim fails under a concurrent create).
   */
  async create(profile: Profile, hostname: string, options: JobOptions & { container?: string; category?: string } = {}): Promise<Job> {
    return this.placeAndRun("create", {}, profile, hostname, options);
  }

  /** Finds a host for a new instance (or checks the one named) and runs a create-like action there. */
  private async placeAndRun(
    action: "create" | "image_import",
    extra: Record<string, unknown>,
    profile: Profile,
    hostname: string,
    options: JobOptions & { container?: string; category?: string },
  ): Promise<Job> {
    const existing = await this.locate(hostname).catch((err: unknown) => (err instanceof FleetError && err.code === "not-found" ? undefined : Promise.reject(err)));
    if (existing) throw new FleetError(`${NAME_TAKEN}: ${hostname} exists already (on ${existing.host})`, "conflict");
    const chosen = { ...profile, category: options.category ?? profile.category };
    const { hosts } = await this.hosts();
    const request = requestForProfile(chosen);
    let candidates: string[];
    if (options.container) {
      const host = hosts.find((h) => h.identity === options.container);
      if (!host) throw new FleetError(`no hypervisor host ${options.container} answered`, "not-found");
      const reasons = rejections(host.snapshot, request, hosts.map((h) => h.snapshot));
      if (reasons.length > 0) throw new FleetError(`${options.container} cannot take ${hostname}: ${reasons.join("; ")}`, "no-place", [{ identity: host.identity, ok: false, reasons, score: 0 }]);
      candidates = [host.identity];
    } else {
      const verdicts = place(hosts.map((h) => h.snapshot), request);
      candidates = verdicts.filter((v) => v.ok).map((v) => v.identity);
      if (candidates.length === 0) throw new FleetError(`no host can take ${hostname} (${profile.name})`, "no-place", verdicts);
    }
    const body = { ...extra, hostname, profile: { ...chosen, file: undefined } };
    let last: FleetError | undefined;
    for (const host of candidates) {
      try {
        const started = (await this.one(host, action, body)).data as { job: Job };
        return options.wait === false ? started.job : await this.waitJob(host, started.job.id, options.onJob);
      } catch (err) {
        if (!(err instanceof FleetError) || err.code !== "refused" || options.container) throw err;
        last = err; // its room went to a concurrent create: try the next best
      }
    }
    throw last ?? new FleetError(`no host took ${hostname}`, "no-place");
  }

  /** Moves an instance: to the host named, or to the best one placement finds. */
  async migrate(name: string, target?: string, options: JobOptions = {}): Promise<Job> {
    const located = await this.locate(name);
    let to = target;
    if (!to) {
      const { hosts } = await this.hosts();
      const verdicts = place(hosts.map((h) => h.snapshot), requestForInstance(located.instance, located.host));
      const best = verdicts.find((v) => v.ok);
      if (!best) throw new FleetError(`no host can take ${instanceLabel(located.instance)}`, "no-place", verdicts);
      to = best.identity;
    }
    if (to === located.host) throw new FleetError(`${instanceLabel(located.instance)} is on ${to} already`, "refused");
    const started = (await this.one(located.host, "migrate", { hostname: located.instance.hostname, target: to })).data as { job: Job };
    return options.wait === false ? started.job : this.waitJob(located.host, started.job.id, options.onJob);
  }

  /**
   * Moves every instance of a host away: plans here (placement over every
   * host's status, as for one migration), then the host runs the plan as a
   * job. With dryRun, only the plan.
   */
  async evacuate(host: string, options: JobOptions & { parallel?: number; dryRun?: boolean } = {}): Promise<{ plan: EvacuationEntry[]; job?: Job }> {
    const { hosts, failed } = await this.hosts();
    const source = hosts.find((h) => h.identity === host);
    if (!source) throw unauthorized(failed) ?? new FleetError(`${host}: no such hypervisor host answered`, "not-found");
    const plan = planEvacuation(source.instances, host, hosts.map((h) => h.snapshot));
    if (options.dryRun) return { plan };
    const reply = (await this.one(host, "evacuate", { parallel: options.parallel ?? 2, plan }, 60_000)).data as { plan: EvacuationEntry[]; job: Job | null };
    if (!reply.job) return { plan: reply.plan };
    const job = options.wait === false ? reply.job : await this.waitJob(host, reply.job.id, options.onJob);
    return { plan: reply.plan, job };
  }

  async setEnabled(host: string, enabled: boolean, reason = ""): Promise<HostView["state"]> {
    return ((await this.one(host, "set_enabled", { enabled, reason })).data as { state: HostView["state"] }).state;
  }

  async lifecycle(op: "pause" | "resume" | "start" | "stop" | "destroy", name: string): Promise<{ instance: Instance; host: string }> {
    const located = await this.locate(name);
    const reply = (await this.one(located.host, op, { hostname: located.instance.hostname }, 600_000)).data as { instance: Instance };
    return { instance: reply.instance, host: located.host };
  }

  /**
   * Exports an instance's root volume into a local file (tar.gz for dir
   * volumes, qcow2 for qcow2), checking its SHA-256, and writes the
   * instance's record beside it (FILE.ampm.json) for a later import.
   */
  async imageExport(name: string, file: string, options: JobOptions & { stop?: boolean } = {}): Promise<ImageMeta> {
    const located = await this.locate(name);
    const started = (await this.one(located.host, "image_export", { hostname: located.instance.hostname, stop: options.stop ?? false })).data as { job: Job };
    const job = await this.waitJob(located.host, started.job.id, options.onJob);
    const r = job.result as { object: string; bucket: string; sha256: string; bytes: number; format: string; instance: Instance };
    const partial = `${file}.partial`;
    try {
      await fetchVerified(blobStore(this.client.transport), r, partial, r.sha256, "the exported image").catch((err: unknown) => {
        throw err instanceof FetchVerifyError ? new FleetError(err.message, "failed") : err;
      });
      renameSync(partial, file);
    } finally {
      rmSync(partial, { force: true });
      await blobStore(this.client.transport).delete(r.bucket, r.object).catch(() => undefined);
    }
    const meta: ImageMeta = { format: r.format, sha256: r.sha256, bytes: r.bytes, instance: r.instance, exportedFrom: located.host, exportedAt: new Date().toISOString() };
    writeFileSync(`${file}.ampm.json`, `${JSON.stringify(meta, null, 2)}\n`);
    return meta;
  }

  /**
   * Creates an instance from an image file: its root volume is the image
   * (uploaded through the object store, SHA-256 checked on the host); the
   * rest comes from the record beside the file, or from a profile.
   */
  async imageImport(file: string, hostname: string, options: JobOptions & { container?: string; profile?: Profile; category?: string } = {}): Promise<Job> {
    let meta: ImageMeta | undefined;
    try {
      meta = JSON.parse(readFileSync(`${file}.ampm.json`, "utf8")) as ImageMeta;
    } catch {
      meta = undefined;
    }
    const profile = options.profile ?? (meta ? profileFromInstance(meta.instance) : undefined);
    if (!profile) throw new FleetError(`no ${file}.ampm.json beside the image (written by ampm image export): give --profile`, "refused");
    const sha256 = await sha256File(file);
    if (meta && meta.sha256 !== sha256) throw new FleetError(`${file} does not match its record: sha256 ${sha256}, recorded ${meta.sha256}`, "refused");
    const object = `import-${randomBytes(8).toString("hex")}`;
    await blobStore(this.client.transport).put(IMAGE_BUCKET, object, file);
    try {
      return await this.placeAndRun("image_import", { bucket: IMAGE_BUCKET, object, sha256, format: meta?.format ?? "" }, profile, hostname, options);
    } finally {
      await blobStore(this.client.transport).delete(IMAGE_BUCKET, object).catch(() => undefined);
    }
  }

  /** rsync an image directory (on the instance's host) onto its root volume, then start it. */
  async redeploy(name: string, image: string, options: JobOptions = {}): Promise<Job> {
    const located = await this.locate(name);
    const started = (await this.one(located.host, "redeploy", { hostname: located.instance.hostname, image })).data as { job: Job };
    return options.wait === false ? started.job : this.waitJob(located.host, started.job.id, options.onJob);
  }

  /** Mounts (or unmounts) a stopped instance's root volume for inspection. */
  async mount(name: string, on = true): Promise<{ instance: Instance; host: string; path: string }> {
    const located = await this.locate(name);
    const reply = (await this.one(located.host, on ? "mount" : "unmount", { hostname: located.instance.hostname })).data as { instance: Instance; path: string };
    return { ...reply, host: located.host };
  }

  /** Jobs on every hypervisor host (or the one with this id), newest first. */
  async jobs(id = "", options: FleetOptions = {}): Promise<Job[]> {
    const filter = { ...options.filter, agents: ["hypervisor"] };
    const { results } = await this.client.survey("hypervisor", "jobs", { id }, { filter, discovery: options.discovery }).collect();
    return results.flatMap((r) => (r.ok ? (r.data as { jobs: Job[] }).jobs : [])).sort((a, b) => b.startedAtMs - a.startedAtMs);
  }

  /** Follows a job until it ends: its events as they come, and a look at the host every two seconds in case one was missed. */
  waitJob(host: string, id: string, onJob?: (job: Job) => void, timeoutMs = 6 * 3600 * 1000): Promise<Job> {
    return new Promise<Job>((resolve, reject) => {
      let settled = false;
      const finish = (job: Job | undefined, err?: Error) => {
        if (settled) return;
        settled = true;
        sub.unsubscribe();
        clearInterval(poll);
        clearTimeout(limit);
        if (err) reject(err);
        else if (job?.state === "failed") reject(Object.assign(new FleetError(job.message, "failed"), { job }));
        else resolve(job!);
      };
      const seen = (job: Job) => {
        onJob?.(job);
        if (job.state !== "running") finish(job);
      };
      const sub = this.client.transport.subscribe(eventSubject("job", id), (msg) => {
        try {
          seen(decodeJson(msg.data) as Job);
        } catch {
          // not a job event
        }
      });
      let misses = 0;
      const poll = setInterval(() => {
        this.client
          .call("hypervisor", "jobs", { id }, { targets: [host], timeoutMs: 5000 })
          .collect()
          .then(({ results }) => {
            const job = results[0]?.ok ? (results[0].data as { jobs: Job[] }).jobs[0] : undefined;
            if (job) {
              misses = 0;
              seen(job);
            } else if (++misses >= 5) {
              finish(undefined, new FleetError(`lost track of job ${id} on ${host}: the host does not answer; it goes on there, see: ampm job show ${id}`, "no-response"));
            }
          })
          .catch(() => undefined);
      }, 2000);
      const limit = setTimeout(() => finish(undefined, new FleetError(`job ${id} on ${host} did not end within ${timeoutMs / 1000} s`, "no-response")), timeoutMs);
    });
  }
}
