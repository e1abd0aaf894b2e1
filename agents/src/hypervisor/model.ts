/**
 * The hypervisor agent's model: the plain shapes of the ampm.v1 messages
 * (proto/domain/model.ts), plus the small rules around them.
 */
import { randomBytes } from "node:crypto";
import type { ampm } from "../../../proto/wire/index.js";
import type { Instance, ProfileMessage } from "../../../proto/domain/index.js";

export type { Instance, Nic, Volume } from "../../../proto/domain/index.js";
/** A profile as a create request carries it. */
export type Profile = ProfileMessage;

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
