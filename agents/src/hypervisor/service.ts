/**
 * The hypervisor agent's state and rules on one host: the driver, whether
 * the host takes new instances, capacity and claims, jobs, and what is left
 * to finish after a crash.
 *
 *   status / instances ◀── driver domains (+ ampm's record) + migrations in flight
 *   create ─▶ claim (synchronous: concurrent creates cannot overfill) ─▶ job (create.ts)
 *   migrate ─▶ job on the source (migrate-out.ts) ◀─▶ job on the target (migrate-in.ts)
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Logger } from "pino";
import { Status, StatusError, type Transport } from "../../../proto/wire/index.js";
import type { PluginCatalog } from "../plugins/catalog.js";
import type { Peers } from "../peers.js";
import { within } from "../paths.js";
import { readJson, writeJsonAtomic } from "../store.js";
import { canSuspend, DomainStateError, reportsFacts, type DomainSpec, type HypervisorDriver } from "./driver.js";
import { createDriver } from "./drivers/index.js";
import { InstanceIndex } from "./instance-index.js";
import { Jobs, type Job } from "./jobs.js";
import { hypervisorJournals, type HypervisorJournals } from "./journals.js";
import { splitTemplate, type Instance, type Volume } from "./model.js";
import { Locks } from "./locks.js";
import type { HypervisorSettings, SlotConfig } from "./settings.js";
import type { StreamSender } from "../transfer/index.js";

export interface HypervisorDeps {
  identity: string;
  /** The agent's state dir; the hypervisor keeps its files in <stateDir>/hypervisor. */
  stateDir: string;
  settings: HypervisorSettings;
  plugins: PluginCatalog;
  facts: () => Record<string, unknown>;
  tags: () => readonly string[];
  agents: () => string[];
  transport: Transport;
  peers: Peers;
  log: Logger;
  /** Fault injection for tests: "<job kind>:<step>" makes the agent kill itself there (AMPM_CRASH_AT). */
  crashAt?: string;
  /** Told when what the host offers changes (enabled, instances, claims): the registry writes it. */
  onChange?: () => void;
  /** Told of errors that may be the disk's (the agent goes read-only: disk.ts). */
  diskError?: (err: unknown) => void;
}

export interface HostStateRecord {
  enabled: boolean;
  reason: string;
  changedBy: string;
  changedAtMs: number;
}

export interface Usage {
  slots: number;
  vcpus: number;
  memoryMb: number;
  diskBytes: number;
}

interface Claim extends Usage {
  hostname: string;
  slot: string;
}

const GB = 1024 ** 3;

export class HypervisorService {
  readonly driver: HypervisorDriver;
  readonly jobs: Jobs;
  readonly locks: Locks;
  /** The journals of create, migrate-in and migrate (journals.ts). */
  readonly journals: HypervisorJournals;
  readonly dir: string;
  private host: HostStateRecord;
  private readonly claims = new Map<string, Claim>();
  /** Incoming migrations in flight: an abort sets the flag and waits for the task. */
  readonly incoming = new Map<string, { abort: boolean; task: Promise<void>; stop: AbortController }>();
  /** Outgoing migrations' streams being served, by migration id. */
  readonly senders = new Map<string, StreamSender>();
  private cache: Instance[] = [];

  /** The instances as last read (refresh() reads them again). */
  get known(): readonly Instance[] {
    return this.cache;
  }
  private capacityCache = { vcpus: 0, memoryMb: 0 };
  private driverFacts: Record<string, unknown> = {};

  constructor(readonly deps: HypervisorDeps) {
    this.dir = join(deps.stateDir, "hypervisor");
    const facts = deps.facts();
    this.driver = createDriver(deps.settings.driver, {
      stateDir: this.dir,
      vcpus: deps.settings.vcpus || Number(facts.cpus) || 1,
      memoryMb: deps.settings.memory_mb || Number(facts.memory_mb) || 1024,
      settings: deps.settings,
      log: deps.log,
    });
    this.jobs = new Jobs(join(this.dir, "jobs"), deps.identity, (subject, data) => deps.transport.publish(subject, data), deps.log, (err) => deps.diskError?.(err));
    this.journals = hypervisorJournals(this.dir, (kind, step) => this.checkpoint(kind, step));
    this.locks = new Locks(join(this.dir, "locks"), deps.log, deps.settings.lock_wait ?? 30_000);
    this.host = readJson<HostStateRecord>(join(this.dir, "host.json")) ?? { enabled: true, reason: "", changedBy: "", changedAtMs: 0 };
    this.index = new InstanceIndex(deps.transport, deps.identity, deps.log);
  }

  /** Name claims and this host's records in the fleet's instance index (KV). */
  readonly index: InstanceIndex;
  /** After start(): refresh() keeps the instance index in step. */
  private indexing = false;

  get identity(): string {
    return this.deps.identity;
  }

  get log(): Logger {
    return this.deps.log;
  }

  /** Reads the domains and finishes or rolls back what a crash interrupted. */
  async start(): Promise<void> {
    const info = await this.driver.hostInfo();
    if (reportsFacts(this.driver)) this.driverFacts = await this.driver.facts();
    this.capacityCache = { vcpus: this.deps.settings.vcpus || info.vcpus, memoryMb: this.deps.settings.memory_mb || info.memoryMb };
    await this.refresh();
    const { recoverJobs } = await import("./recovery.js");
    // What cannot be finished now (say, the disk is full) is left for the next start, not a reason not to start.
    const report = await recoverJobs(this);
    for (const f of report.failed) this.recoveryFailed(`${f.kind} ${f.id}`, f.err);
    await this.refresh();
    await this.index.reconcile(this.cache, new Set(this.claims.keys()));
    this.indexing = true;
  }

  private recoveryFailed(what: string, err: unknown): void {
    this.deps.diskError?.(err);
    this.log.error({ err: (err as Error).message, what }, "could not finish what a crash interrupted; trying again at the next start");
  }

  async close(): Promise<void> {
    await this.driver.close?.();
  }

  /**
   * Runs a job's work in the background. Whatever it throws past its own
   * handling (say, its undo could not write its journal on a full disk) is
   * logged, never an unhandled rejection that would end the agent.
   */
  background(what: string, work: Promise<unknown>): void {
    work.catch((err: unknown) => {
      this.deps.diskError?.(err);
      this.log.error({ err: (err as Error).message, work: what }, "background work failed");
    });
  }

  /** The fault-injection point: with AMPM_CRASH_AT=<kind>:<step>, the agent dies here, as if killed. */
  checkpoint(kind: string, step: string): void {
    if (this.deps.crashAt === `${kind}:${step}`) {
      this.log.warn({ kind, step }, "AMPM_CRASH_AT: killing this agent now");
      process.kill(process.pid, "SIGKILL");
    }
  }

  // --- the host ---

  state(): HostStateRecord {
    return { ...this.host };
  }

  setEnabled(enabled: boolean, reason: string, by: string): HostStateRecord {
    this.host = { enabled, reason, changedBy: by, changedAtMs: Date.now() };
    writeJsonAtomic(join(this.dir, "host.json"), this.host);
    this.log.info({ enabled, reason, by }, enabled ? "host enabled" : "host disabled");
    this.deps.onChange?.();
    return this.state();
  }

  capacity(): Usage {
    const slots = this.deps.settings.slots;
    return { slots: Array.isArray(slots) ? slots.length : slots, ...this.capacityCache, diskBytes: Math.round(this.deps.settings.disk_gb * GB) };
  }

  /** A named slot nobody holds, with its settings; undefined when slots are only counted. */
  private freeSlot(): SlotConfig | undefined {
    const slots = this.deps.settings.slots;
    if (!Array.isArray(slots)) return undefined;
    const taken = new Set([...this.cache.map((i) => i.slot), ...[...this.claims.values()].map((c) => c.slot)]);
    return slots.find((s) => !taken.has(s.name));
  }

  /** Instances and pending claims. */
  used(): Usage {
    const total: Usage = { slots: 0, vcpus: 0, memoryMb: 0, diskBytes: 0 };
    const add = (u: Usage) => {
      total.slots += u.slots;
      total.vcpus += u.vcpus;
      total.memoryMb += u.memoryMb;
      total.diskBytes += u.diskBytes;
    };
    for (const i of this.cache) add(usageOf(i));
    for (const c of this.claims.values()) add(c);
    return total;
  }

  private offered(kind: "storage" | "template", configured: string[]): string[] {
    const active = this.deps.plugins.ofKind(kind).map((p) => p.name);
    return configured.length > 0 ? configured.filter((t) => active.includes(t)) : active;
  }

  storageTypes(): string[] {
    return this.offered("storage", this.deps.settings.storage);
  }

  templateTypes(): string[] {
    return this.offered("template", this.deps.settings.templates);
  }

  /** Facts this agent adds to the host's: what filters and placement ask about. */
  facts(): Record<string, unknown> {
    const capacity = this.capacity();
    const used = this.used();
    return {
      ...this.driverFacts,
      ...(this.deps.settings.migration_uri ? { libvirt_migration_uri: this.deps.settings.migration_uri } : {}),
      hypervisor_driver: this.driver.name,
      disabled: !this.host.enabled,
      slots: capacity.slots,
      free_slots: Math.max(0, capacity.slots - used.slots),
      instances: this.cache.length,
      free_memory_mb: Math.max(0, capacity.memoryMb - used.memoryMb),
      free_vcpus: Math.max(0, capacity.vcpus - used.vcpus),
    };
  }

  /**
   * Claims room for an instance, or says why there is none. Synchronous, so
   * two creates arriving together see each other's claims.
   */
  claim(instance: Instance): Claim {
    if (this.claims.has(instance.hostname)) throw new StatusError(Status.BUSY, `${instance.hostname} is being created or moved here already`);
    const capacity = this.capacity();
    const used = this.used();
    const need = usageOf(instance);
    if (used.slots + need.slots > capacity.slots) throw new StatusError(Status.ABORTED, `${this.identity} has no free slot (${used.slots} of ${capacity.slots} in use)`);
    if (used.memoryMb + need.memoryMb > capacity.memoryMb) {
      throw new StatusError(Status.ABORTED, `${this.identity} has not enough memory (needs ${need.memoryMb} MB, ${capacity.memoryMb - used.memoryMb} MB free)`);
    }
    if (used.vcpus + need.vcpus > capacity.vcpus) {
      throw new StatusError(Status.ABORTED, `${this.identity} has not enough vcpus (needs ${need.vcpus}, ${capacity.vcpus - used.vcpus} free)`);
    }
    if (capacity.diskBytes > 0 && used.diskBytes + need.diskBytes > capacity.diskBytes) {
      throw new StatusError(Status.ABORTED, `${this.identity} has not enough disk for ${instance.hostname}`);
    }
    let slot = "";
    if (Array.isArray(this.deps.settings.slots)) {
      const free = this.freeSlot();
      if (!free) throw new StatusError(Status.ABORTED, `${this.identity} has no free slot (every named slot is taken)`);
      slot = free.name;
      const nic = instance.nics[0];
      if (nic && free.mac) nic.mac = free.mac.toLowerCase();
      if (nic && free.bridge) nic.bridge = free.bridge;
      instance.slot = slot;
    }
    const claim = { hostname: instance.hostname, slot, ...need };
    this.claims.set(instance.hostname, claim);
    this.deps.onChange?.();
    return claim;
  }

  release(hostname: string): void {
    if (this.claims.delete(hostname)) this.deps.onChange?.();
  }

  /** Checks an instance against what this host offers; throws a StatusError saying what does not fit. */
  checkFits(instance: Instance): void {
    if (!this.host.enabled) throw new StatusError(Status.ABORTED, `${this.identity} is disabled${this.host.reason ? ` (${this.host.reason})` : ""}`);
    const categories = this.deps.settings.categories;
    if (!categories.includes("*") && !categories.includes(instance.category)) {
      throw new StatusError(Status.ABORTED, `${this.identity} does not accept category ${instance.category}`);
    }
    const storage = this.storageTypes();
    for (const v of instance.volumes) {
      if (!storage.includes(v.storage)) throw new StatusError(Status.ABORTED, `${this.identity} does not support storage type ${v.storage}`);
    }
    const [type] = splitTemplate(instance.template);
    if (type && !this.templateTypes().includes(type)) throw new StatusError(Status.ABORTED, `${this.identity} does not support template type ${type}`);
  }

  // --- instances ---

  /** Re-reads the domains: the cache answers facts and capacity between changes. */
  async refresh(): Promise<Instance[]> {
    const domains = await this.driver.list();
    const leaving = await this.leavingInstances();
    this.cache = domains
      .filter((d) => !leaving.committed.has(d.name))
      .map((d) => ({
        ...d.metadata,
        slot: d.metadata.slot ?? "",
        host: this.identity,
        state: leaving.inFlight.has(d.name) ? "migrating" : d.state,
        mounted: existsSync(this.mountFile(d.name)),
      }));
    this.deps.onChange?.();
    if (this.indexing) void this.index.sync(this.cache, new Set(this.claims.keys()));
    return this.cache;
  }

  /** Outgoing migrations: in flight (shown as migrating) and committed (the target owns them: hidden). */
  private async leavingInstances(): Promise<{ inFlight: Set<string>; committed: Set<string> }> {
    const { outgoing } = await import("./recovery.js");
    return outgoing(this);
  }

  mountFile(hostname: string): string {
    return within(this.dir, "mounts", `${hostname}.json`);
  }

  async instances(hostname = ""): Promise<Instance[]> {
    const all = await this.refresh();
    return hostname ? all.filter((i) => i.hostname === hostname) : all;
  }

  async instance(hostname: string): Promise<Instance> {
    const [found] = await this.instances(hostname);
    if (!found) throw new StatusError(Status.ABORTED, `no instance ${hostname} on ${this.identity}`);
    return found;
  }

  /** pause, resume, start, stop, destroy. */
  async lifecycle(op: "pause" | "resume" | "start" | "stop" | "destroy", hostname: string): Promise<Instance> {
    const instance = await this.instance(hostname);
    if (instance.state === "migrating") throw new StatusError(Status.BUSY, `${hostname} is being migrated`);
    try {
      switch (op) {
        case "start":
          if (instance.mounted) await (await import("./images.js")).unmount(this, hostname);
          await this.driver.start(hostname);
          break;
        case "stop":
          await this.driver.shutdown(hostname);
          break;
        case "destroy": {
          const release = await this.locks.acquire(hostname, "destroy");
          try {
            if (instance.mounted) await (await import("./images.js")).unmount(this, hostname);
            await this.destroyInstance(instance);
          } finally {
            release();
          }
          return { ...instance, state: "destroyed" };
        }
        case "pause":
        case "resume":
          if (!canSuspend(this.driver)) throw new StatusError(Status.UNKNOWN_ACTION, `the ${this.driver.name} driver cannot ${op} instances`);
          await (op === "pause" ? this.driver.suspend(hostname) : this.driver.resume(hostname));
          break;
      }
    } catch (err) {
      if (err instanceof DomainStateError) throw new StatusError(Status.ABORTED, err.message);
      throw err;
    }
    this.log.info({ op, instance: hostname }, `instance ${op}`);
    return this.instance(hostname);
  }

  /** Power off, undefine, delete its volumes and template traces. */
  async destroyInstance(instance: Instance): Promise<void> {
    const domain = await this.driver.get(instance.hostname);
    if (domain && domain.state !== "shut off") await this.driver.destroy(instance.hostname);
    if (domain) await this.driver.undefine(instance.hostname);
    await this.deleteVolumes(instance.volumes, instance.hostname);
    await this.removeTemplate(instance);
    await this.refresh();
  }

  // --- plugins ---

  /** Runs a plugin action for a job; a failure is an Error with the plugin's words. */
  async plugin(plugin: string, action: string, data: Record<string, unknown>, job: Job, timeoutMs = 3_600_000): Promise<Record<string, unknown>> {
    const outcome = await this.deps.plugins.call(plugin, action, data, {
      requestId: job.id,
      caller: job.record.caller,
      deadline: Date.now() + timeoutMs,
      log: this.log,
      onProgress: (p) => job.progress({ percent: p.total ? Math.round((100 * (p.done ?? 0)) / p.total) : undefined, message: p.message }),
    });
    if (outcome.status !== Status.OK) throw new StatusError(outcome.status, `${plugin} ${action}: ${outcome.message}`);
    return (outcome.data ?? {}) as Record<string, unknown>;
  }

  async deleteVolumes(volumes: readonly Volume[], hostname: string, job?: Job): Promise<void> {
    for (const v of volumes) {
      const outcome = await this.deps.plugins.call(v.storage, "delete", { volume: v.volume }, {
        requestId: job?.id ?? `destroy-${hostname}`,
        caller: job?.record.caller ?? "ampm-agent",
        deadline: Date.now() + 600_000,
        log: this.log,
      });
      if (outcome.status !== Status.OK) this.log.error({ volume: v.volume, message: outcome.message }, "could not delete a volume");
    }
  }

  /** The apply inputs a template plugin declares, from what ampm knows about the instance. */
  private templateInput(type: string, name: string, instance: Instance): Record<string, unknown> {
    const available: Record<string, unknown> = { template: name, mac: instance.nics[0]?.mac ?? "", instance: instance.hostname, volume_path: instance.volumes[0]?.path ?? "" };
    const declared = this.deps.plugins.get(type)?.actions.get("apply")?.inputSchema.properties as Record<string, unknown> | undefined;
    return declared ? Object.fromEntries(Object.entries(available).filter(([k]) => k in declared)) : available;
  }

  async applyTemplate(instance: Instance, job: Job): Promise<void> {
    const [type, name] = splitTemplate(instance.template);
    if (!type) return;
    await this.plugin(type, "apply", this.templateInput(type, name, instance), job);
  }

  /** Template traces outside the volumes (a pxe boot config) go with the instance; plugins without `remove` leave none. */
  async removeTemplate(instance: Instance): Promise<void> {
    const [type] = splitTemplate(instance.template);
    const plugin = type ? this.deps.plugins.get(type) : undefined;
    if (!plugin?.actions.has("remove") || !instance.nics[0]) return;
    await this.deps.plugins.call(type, "remove", { mac: instance.nics[0].mac }, { requestId: `remove-${instance.hostname}`, caller: "ampm-agent", deadline: Date.now() + 60_000, log: this.log });
  }

  domainSpec(instance: Instance): DomainSpec {
    const [type] = splitTemplate(instance.template);
    return {
      name: instance.hostname,
      vcpus: instance.resources.vcpus,
      memoryMb: instance.resources.memoryMb,
      disks: instance.volumes.map((v) => ({ name: v.name, path: v.path, storage: v.storage })),
      nics: instance.nics,
      boot: type === "pxe" ? "network" : "disk",
      kind: type === "lxc" ? "container" : "vm",
      metadata: { ...instance, host: this.identity },
    };
  }
}

export function usageOf(i: Pick<Instance, "resources" | "volumes">): Usage {
  return {
    slots: 1,
    vcpus: i.resources.vcpus,
    memoryMb: i.resources.memoryMb,
    diskBytes: i.volumes.reduce((s, v) => s + v.sizeBytes, 0),
  };
}
