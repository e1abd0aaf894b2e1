/**
 * The seam between the hypervisor agent and a hypervisor. A driver keeps
 * ampm's record of each instance with the domain itself (sim: in its state
 * file; libvirt: in the domain XML's <metadata>), so the host stays the
 * source of truth and an agent restart loses nothing.
 *
 * Extra abilities are separate interfaces (CanSuspend, CanMigrateLive), not
 * methods every driver stubs.
 */
import type { Instance } from "./model.js";

export type DomainState = "running" | "paused" | "shut off";

export interface DomainSpec {
  name: string;
  vcpus: number;
  memoryMb: number;
  disks: { name: string; path: string; storage: string }[];
  nics: { mac: string; bridge: string; vlan: number }[];
  /** "network": the first NIC boots first (pxe); "disk": the root volume. */
  boot: "disk" | "network";
  /** "container": an LXC-style domain with the root volume as its filesystem. */
  kind: "vm" | "container";
  metadata: Instance;
}

export interface Domain {
  name: string;
  state: DomainState;
  metadata: Instance;
}

export interface HypervisorDriver {
  readonly name: string;
  hostInfo(): Promise<{ vcpus: number; memoryMb: number }>;
  list(): Promise<Domain[]>;
  get(name: string): Promise<Domain | undefined>;
  define(spec: DomainSpec): Promise<void>;
  undefine(name: string): Promise<void>;
  start(name: string): Promise<void>;
  /** A clean stop. */
  shutdown(name: string): Promise<void>;
  /** Power off. */
  destroy(name: string): Promise<void>;
  close?(): Promise<void>;
}

export interface CanSuspend {
  suspend(name: string): Promise<void>;
  resume(name: string): Promise<void>;
}

export interface CanMigrateLive {
  /** Whether a live migration to `target` (its driver URI) can be tried. */
  canMigrateLive(targetUri: string): boolean;
  migrateLive(name: string, targetUri: string): Promise<void>;
}

/** Facts the driver can tell about the host (libvirt: its URI, the domain type, the architecture). */
export interface ReportsFacts {
  facts(): Promise<Record<string, unknown>>;
}

export function reportsFacts(driver: HypervisorDriver): driver is HypervisorDriver & ReportsFacts {
  return typeof (driver as Partial<ReportsFacts>).facts === "function";
}

export function canSuspend(driver: HypervisorDriver): driver is HypervisorDriver & CanSuspend {
  return typeof (driver as Partial<CanSuspend>).suspend === "function";
}

export function canMigrateLive(driver: HypervisorDriver): driver is HypervisorDriver & CanMigrateLive {
  return typeof (driver as Partial<CanMigrateLive>).migrateLive === "function";
}

/** A domain operation that does not fit the domain's state (start a running one, ...). */
export class DomainStateError extends Error {
  override name = "DomainStateError";
}
