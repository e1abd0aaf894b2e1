/**
 * Placement: which hosts can take an instance, and which is best. Pure
 * functions over host snapshots (hypervisor.status replies), used by the
 * caller (find-containers, create, migrate, evacuate) and by agents
 * (checking a create or a migration against their own state).
 *
 *   snapshots ─▶ hard filters (each failing with a reason) ─▶ weighers ─▶ verdicts, best first
 */
import type { HostView } from "./filter/evaluate.js";
import { FilterMatcher } from "./filter/evaluate.js";

export interface SnapshotInstance {
  hostname: string;
  profile: string;
  spread?: string;
}

/** What placement needs to know about a host. */
export interface HostSnapshot {
  identity: string;
  enabled: boolean;
  reason: string;
  capacity: { slots: number; vcpus: number; memoryMb: number; diskBytes: number };
  used: { slots: number; vcpus: number; memoryMb: number; diskBytes: number };
  storageTypes: string[];
  templateTypes: string[];
  categories: string[];
  instances: SnapshotInstance[];
  tags: string[];
  facts: Record<string, unknown>;
  agents: string[];
}

/** What is being placed: a profile's needs (and, for a migration, the instance). */
export interface PlacementRequest {
  profile: string;
  template: string;
  vcpus: number;
  memoryMb: number;
  volumes: { storage: string; sizeBytes: number }[];
  category: string;
  requirements: string;
  spread: string;
  /** Migrating: the instance's hostname (it does not collide with itself) and its current host. */
  instance?: string;
  from?: string;
}

export interface Verdict {
  identity: string;
  ok: boolean;
  /** Every hard filter that failed, in words. */
  reasons: string[];
  /** Higher is better; only meaningful when ok. */
  score: number;
}

const MB = 1024 * 1024;

function templateType(template: string): string {
  const colon = template.indexOf(":");
  return colon > 0 ? template.slice(0, colon) : template;
}

/** The hard filters of one host; [] when it can take the instance. */
export function rejections(host: HostSnapshot, req: PlacementRequest, all: readonly HostSnapshot[], matcher = new FilterMatcher()): string[] {
  const reasons: string[] = [];
  if (req.from === host.identity) reasons.push("the instance is already here");
  if (!host.enabled) reasons.push(`disabled${host.reason ? ` (${host.reason})` : ""}`);
  if (host.used.slots + 1 > host.capacity.slots) reasons.push(`no free slot (${host.used.slots} of ${host.capacity.slots} in use)`);
  const freeMemory = host.capacity.memoryMb - host.used.memoryMb;
  if (req.memoryMb > freeMemory) reasons.push(`not enough memory (needs ${req.memoryMb} MB, ${Math.max(0, freeMemory)} MB free)`);
  const freeVcpus = host.capacity.vcpus - host.used.vcpus;
  if (req.vcpus > freeVcpus) reasons.push(`not enough vcpus (needs ${req.vcpus}, ${Math.max(0, freeVcpus)} free)`);
  const disk = req.volumes.reduce((sum, v) => sum + v.sizeBytes, 0);
  if (host.capacity.diskBytes > 0 && disk > host.capacity.diskBytes - host.used.diskBytes) {
    reasons.push(`not enough disk (needs ${Math.ceil(disk / MB)} MB, ${Math.max(0, Math.floor((host.capacity.diskBytes - host.used.diskBytes) / MB))} MB free)`);
  }
  for (const storage of new Set(req.volumes.map((v) => v.storage))) {
    if (!host.storageTypes.includes(storage)) reasons.push(`storage type ${storage} not supported`);
  }
  const tmpl = templateType(req.template);
  if (tmpl && !host.templateTypes.includes(tmpl)) reasons.push(`template type ${tmpl} not supported`);
  if (!host.categories.includes("*") && !host.categories.includes(req.category)) reasons.push(`category ${req.category} not accepted`);
  if (req.requirements) {
    const view: HostView = { identity: host.identity, facts: host.facts, tags: host.tags, agents: host.agents };
    if (!matcher.matches({ where: req.requirements }, view)) reasons.push(`requirement not met: ${req.requirements}`);
  }
  if (req.spread) {
    const value = host.facts[req.spread];
    if (value !== undefined) {
      for (const other of all) {
        if (other.facts[req.spread] !== value) continue;
        const clash = other.instances.find((i) => i.profile === req.profile && i.hostname !== req.instance);
        if (clash) {
          reasons.push(`spread violated: ${req.spread} ${String(value)} already runs ${req.profile} (${clash.hostname} on ${other.identity})`);
          break;
        }
      }
    }
  }
  return reasons;
}

/** Higher is better: free slots and free memory after placing, as fractions of the host. */
export function weigh(host: HostSnapshot, req: PlacementRequest): number {
  const slots = host.capacity.slots > 0 ? (host.capacity.slots - host.used.slots - 1) / host.capacity.slots : 0;
  const memory = host.capacity.memoryMb > 0 ? (host.capacity.memoryMb - host.used.memoryMb - req.memoryMb) / host.capacity.memoryMb : 0;
  return Math.round((0.5 * slots + 0.5 * memory) * 1000) / 1000;
}

/** Every host's verdict: those that can take it first, best first; then the others. */
export function place(hosts: readonly HostSnapshot[], req: PlacementRequest): Verdict[] {
  const matcher = new FilterMatcher();
  const verdicts = hosts.map((host) => {
    const reasons = rejections(host, req, hosts, matcher);
    return { identity: host.identity, ok: reasons.length === 0, reasons, score: reasons.length === 0 ? weigh(host, req) : 0 };
  });
  return verdicts.sort((a, b) => Number(b.ok) - Number(a.ok) || b.score - a.score || a.identity.localeCompare(b.identity));
}

/** A snapshot with the instance added (planning several placements in a row). */
export function withInstance(host: HostSnapshot, req: PlacementRequest, hostname: string): HostSnapshot {
  return {
    ...host,
    used: {
      slots: host.used.slots + 1,
      vcpus: host.used.vcpus + req.vcpus,
      memoryMb: host.used.memoryMb + req.memoryMb,
      diskBytes: host.used.diskBytes + req.volumes.reduce((s, v) => s + v.sizeBytes, 0),
    },
    instances: [...host.instances, { hostname, profile: req.profile, spread: req.spread }],
  };
}

// --- from wire messages (decoded, camelCase) to placement's inputs ---

/** A profile, as far as placement cares. */
export interface ProfileLike {
  name: string;
  template: string;
  resources: { vcpus: number; memoryMb: number };
  volumes: { storage: string; sizeBytes: number }[];
  category: string;
  requirements: string;
  spread: string;
}

/** An instance, as far as placement cares. */
export interface InstanceLike {
  hostname: string;
  profile: string;
  template: string;
  resources: { vcpus: number; memoryMb: number };
  volumes: { storage: string; sizeBytes: number }[];
  category: string;
  requirements?: string;
  spread: string;
}

interface StatusData {
  state?: { enabled?: boolean; reason?: string };
  capacity?: { slots?: number; vcpus?: number; memoryMb?: number; diskBytes?: number };
  used?: { slots?: number; vcpus?: number; memoryMb?: number; diskBytes?: number };
  storageTypes?: string[];
  templateTypes?: string[];
  categories?: string[];
  instances?: { hostname?: string; profile?: string; spread?: string }[];
  tags?: string[];
  facts?: Record<string, unknown>;
  agents?: string[];
}

const usage = (u: StatusData["used"]) => ({ slots: u?.slots ?? 0, vcpus: u?.vcpus ?? 0, memoryMb: u?.memoryMb ?? 0, diskBytes: u?.diskBytes ?? 0 });

export function snapshotOf(identity: string, data: unknown): HostSnapshot {
  const d = (data ?? {}) as StatusData;
  return {
    identity,
    enabled: d.state?.enabled ?? false,
    reason: d.state?.reason ?? "",
    capacity: usage(d.capacity),
    used: usage(d.used),
    storageTypes: d.storageTypes ?? [],
    templateTypes: d.templateTypes ?? [],
    categories: d.categories ?? [],
    instances: (d.instances ?? []).map((i) => ({ hostname: i.hostname ?? "", profile: i.profile ?? "", spread: i.spread ?? "" })),
    tags: d.tags ?? [],
    facts: d.facts ?? {},
    agents: d.agents ?? [],
  };
}

export function requestForProfile(profile: ProfileLike, category = profile.category): PlacementRequest {
  return {
    profile: profile.name,
    template: profile.template,
    vcpus: profile.resources.vcpus,
    memoryMb: profile.resources.memoryMb,
    volumes: profile.volumes.map((v) => ({ storage: v.storage, sizeBytes: v.sizeBytes })),
    category: category || "user",
    requirements: profile.requirements,
    spread: profile.spread,
  };
}

/** Placing an existing instance elsewhere (it carries its profile's requirements and spread). */
export function requestForInstance(instance: InstanceLike, from: string): PlacementRequest {
  return {
    profile: instance.profile,
    template: instance.template,
    vcpus: instance.resources.vcpus,
    memoryMb: instance.resources.memoryMb,
    volumes: instance.volumes.map((v) => ({ storage: v.storage, sizeBytes: v.sizeBytes })),
    category: instance.category,
    requirements: instance.requirements ?? "",
    spread: instance.spread,
    instance: instance.hostname,
    from,
  };
}

/** One instance's move in an evacuation. */
export interface EvacuationEntry {
  /** hostname:profile */
  instance: string;
  hostname: string;
  /** "" when no host can take it. */
  target: string;
  reason: string;
}

/**
 * Where each instance of `source` goes: the biggest first (the hardest to
 * place), each placement counted against its target for the ones after.
 * Instances being migrated already are left out.
 */
export function planEvacuation(instances: readonly (InstanceLike & { state?: string })[], source: string, others: readonly HostSnapshot[]): EvacuationEntry[] {
  let hosts = others.filter((h) => h.identity !== source);
  const entries: EvacuationEntry[] = [];
  const movable = instances.filter((i) => i.state !== "migrating");
  for (const instance of [...movable].sort((a, b) => b.resources.memoryMb - a.resources.memoryMb)) {
    const req = requestForInstance(instance, source);
    const [best] = place(hosts, req);
    const name = `${instance.hostname}:${instance.profile}`;
    if (best?.ok) {
      entries.push({ instance: name, hostname: instance.hostname, target: best.identity, reason: "" });
      hosts = hosts.map((h) => (h.identity === best.identity ? withInstance(h, req, instance.hostname) : h));
    } else {
      const why = hosts.length === 0 ? "no other host answered" : `no host can take it (${best?.identity}: ${best?.reasons.join("; ")})`;
      entries.push({ instance: name, hostname: instance.hostname, target: "", reason: why });
    }
  }
  return entries;
}
