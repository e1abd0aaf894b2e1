/**
 * The hypervisor agent's model, as plain objects shaped like the ampm.v1
 * messages (camelCase), plus the small rules around them.
 */
import { randomBytes } from "node:crypto";
import type { ampm } from "../../../proto/wire/index.js";

/** An instance, as ampm.v1.Instance (camelCase). */
export interface Instance {
  hostname: string;
  profile: string;
  category: string;
  tags: string[];
  resources: { vcpus: number; memoryMb: number };
  volumes: Volume[];
  nics: Nic[];
  template: string;
  state: string;
  host: string;
  createdAtMs: number;
  spread: string;
  requirements: string;
  /** The named slot it occupies ("" when the host only counts slots). */
  slot: string;
  /** Its root volume is mounted for inspection. */
  mounted: boolean;
}

export interface Volume {
  name: string;
  storage: string;
  volume: string;
  sizeBytes: number;
  path: string;
}

export interface Nic {
  mac: string;
  bridge: string;
  vlan: number;
}

export interface Profile {
  name: string;
  description: string;
  template: string;
  resources: { vcpus: number; memoryMb: number };
  volumes: { name: string; sizeBytes: number; storage: string }[];
  nics: { bridge: string; vlan: number }[];
  tags: string[];
  category: string;
  requirements: string;
  spread: string;
}

export const DEFAULT_CATEGORY = "user";

/** "type:name" → [type, name]; a bare name has no type. */
export function splitTemplate(template: string): [string, string] {
  const colon = template.indexOf(":");
  return colon > 0 ? [template.slice(0, colon), template.slice(colon + 1)] : ["", template];
}

/** The storage plugin's name for an instance's volume. */
export function volumeName(hostname: string, volume: string): string {
  return `${hostname}-${volume}`;
}

/** A locally administered unicast MAC in the 52:54:00 range, not among `taken`. */
export function newMac(taken: ReadonlySet<string>): string {
  for (;;) {
    const tail = [...randomBytes(3)].map((b) => b.toString(16).padStart(2, "0"));
    const mac = ["52", "54", "00", ...tail].join(":");
    if (!taken.has(mac)) return mac;
  }
}

export function toInstanceMessage(i: Instance): ampm.v1.IInstance {
  return i as unknown as ampm.v1.IInstance;
}

/** An instance decoded from a message (defaults filled in by the codec). */
export function fromInstanceMessage(m: Record<string, unknown>): Instance {
  return m as unknown as Instance;
}

/** A profile from a create request, whose body the action's schema (schemas.ts) has checked. */
export function profileFromMessage(m: Record<string, unknown>): Profile {
  const p = m as unknown as Profile;
  return { ...p, category: p.category || DEFAULT_CATEGORY };
}
