/**
 * The host's own state: whether it takes new instances (host.json), its
 * capacity, and the claims of creates and incoming migrations in flight.
 * Claims are synchronous, so two creates arriving together see each other's.
 */
import { join } from "node:path";
import { Status, StatusError } from "../../../proto/wire/index.js";
import { readJson, writeJsonAtomic } from "../store.js";
import { splitTemplate, type Instance } from "./model.js";
import type { HypervisorSettings, SlotConfig } from "./settings.js";

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

export interface Claim extends Usage {
  hostname: string;
  slot: string;
}

/** What the host offers besides room: storage and template types (volumes.ts). */
export interface Offers {
  storageTypes(): string[];
  templateTypes(): string[];
}

const GB = 1024 ** 3;

export function usageOf(i: Pick<Instance, "resources" | "volumes">): Usage {
  return {
    slots: 1,
    vcpus: i.resources.vcpus,
    memoryMb: i.resources.memoryMb,
    diskBytes: i.volumes.reduce((s, v) => s + v.sizeBytes, 0),
  };
}

export class HostState {
  private record: HostStateRecord;
  private readonly claims = new Map<string, Claim>();
  private cpuMemory = { vcpus: 0, memoryMb: 0 };

  constructor(
    private readonly dir: string,
    readonly identity: string,
    private readonly settings: HypervisorSettings,
    /** The instances as last read (instances.ts). */
    private readonly known: () => readonly Instance[],
    private readonly offers: Offers,
    /** Told when what the host offers changes (enabled, claims). */
    private readonly onChange: () => void,
  ) {
    this.record = readJson<HostStateRecord>(join(dir, "host.json")) ?? { enabled: true, reason: "", changedBy: "", changedAtMs: 0 };
  }

  /** The driver's figures, unless the settings say otherwise (at start). */
  setHardware(info: { vcpus: number; memoryMb: number }): void {
    this.cpuMemory = { vcpus: this.settings.vcpus || info.vcpus, memoryMb: this.settings.memory_mb || info.memoryMb };
  }

  state(): HostStateRecord {
    return { ...this.record };
  }

  get enabled(): boolean {
    return this.record.enabled;
  }

  setEnabled(enabled: boolean, reason: string, by: string): HostStateRecord {
    this.record = { enabled, reason, changedBy: by, changedAtMs: Date.now() };
    writeJsonAtomic(join(this.dir, "host.json"), this.record);
    this.onChange();
    return this.state();
  }

  capacity(): Usage {
    const slots = this.settings.slots;
    return { slots: Array.isArray(slots) ? slots.length : slots, ...this.cpuMemory, diskBytes: Math.round(this.settings.disk_gb * GB) };
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
    for (const i of this.known()) add(usageOf(i));
    for (const c of this.claims.values()) add(c);
    return total;
  }

  /** Names with a claim (a create or an incoming migration in flight). */
  claimed(): Set<string> {
    return new Set(this.claims.keys());
  }

  /** A named slot nobody holds, with its settings; undefined when slots are only counted. */
  private freeSlot(): SlotConfig | undefined {
    const slots = this.settings.slots;
    if (!Array.isArray(slots)) return undefined;
    const taken = new Set([...this.known().map((i) => i.slot), ...[...this.claims.values()].map((c) => c.slot)]);
    return slots.find((s) => !taken.has(s.name));
  }

  /** Claims room for an instance, or says why there is none. */
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
    if (Array.isArray(this.settings.slots)) {
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
    this.onChange();
    return claim;
  }

  release(hostname: string): void {
    if (this.claims.delete(hostname)) this.onChange();
  }

  /** Checks an instance against what this host offers; throws a StatusError saying what does not fit. */
  checkFits(instance: Instance): void {
    if (!this.record.enabled) throw new StatusError(Status.ABORTED, `${this.identity} is disabled${this.record.reason ? ` (${this.record.reason})` : ""}`);
    const categories = this.settings.categories;
    if (!categories.includes("*") && !categories.includes(instance.category)) {
      throw new StatusError(Status.ABORTED, `${this.identity} does not accept category ${instance.category}`);
    }
    const storage = this.offers.storageTypes();
    for (const v of instance.volumes) {
      if (!storage.includes(v.storage)) throw new StatusError(Status.ABORTED, `${this.identity} does not support storage type ${v.storage}`);
    }
    const [type] = splitTemplate(instance.template);
    if (type && !this.offers.templateTypes().includes(type)) throw new StatusError(Status.ABORTED, `${this.identity} does not support template type ${type}`);
  }
}
