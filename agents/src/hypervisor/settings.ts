/** The `hypervisor:` section of the agent config. */
import { DURATION } from "../../../proto/domain/index.js";

/** A slot with its own settings (vm-image-manager's per-slot configuration). */
export interface SlotConfig {
  name: string;
  /** The MAC its instance's first NIC gets. */
  mac?: string;
  /** The bridge its instance's first NIC is on. */
  bridge?: string;
}

export interface HypervisorSettings {
  driver: string;
  /** How many instances at most: a count, or named slots with their own settings. */
  slots: number | SlotConfig[];
  /** Capacity; 0 means: what the driver reports (sim: the host's facts). */
  vcpus: number;
  memory_mb: number;
  /** 0: not checked. */
  disk_gb: number;
  /** Storage and template types offered; empty means every active plugin of that kind. */
  storage: string[];
  templates: string[];
  /** Instance categories accepted; "*" accepts any. */
  categories: string[];
  /** JetStream object store bucket for volume data in transit (migration_transport object-store). */
  migration_bucket: string;
  /** How migrations move volume data: a stream between the two agents (the default) or the object store. */
  migration_transport?: "stream" | "object-store";
  /** Stream chunks: deflate (level 1) each chunk when that saves an eighth, or none (the default: measured not to pay on a fast link). */
  migration_compression?: "none" | "deflate";
  /** The migration budget's defaults (agents/src/budget; `ampm migrate budget` overrides them fleet-wide). */
  migration_budget?: { fleet?: number; per_source?: number; per_target?: number; lease_ttl?: number };
  /** libvirt: the connection URI (qemu:///system, lxc:///, test:///path/node.xml). */
  uri?: string;
  /** libvirt: this host's URI as other hosts reach it, for native live migration (qemu+ssh://host/system). */
  migration_uri?: string;
  /** Try native live migration when both ends can. */
  live_migration?: boolean;
  /** Directories of images for redeploy (rsync), one per image name. */
  images_dir?: string;
  /** How long a second writer waits for an instance's lock before BUSY (ms). */
  lock_wait?: number;
  /** libvirt: how long a shutdown may take before the domain is powered off (ms). */
  shutdown_timeout?: number;
  /** Driver-specific settings (libvirt: domain_type, copy_storage). */
  [driverSetting: string]: unknown;
}

export const HYPERVISOR_DEFAULTS: Readonly<HypervisorSettings> = Object.freeze({
  driver: "sim",
  slots: 8,
  vcpus: 0,
  memory_mb: 0,
  disk_gb: 0,
  storage: [],
  templates: [],
  categories: ["*"],
  migration_bucket: "ampm-migrations",
});

export const HYPERVISOR_SCHEMA = {
  type: "object",
  properties: {
    driver: { type: "string", minLength: 1 },
    slots: {
      anyOf: [
        { type: "integer", minimum: 0 },
        {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["name"],
            properties: {
              name: { type: "string", pattern: "^[A-Za-z0-9_.-]+$" },
              mac: { type: "string", pattern: "^[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}$" },
              bridge: { type: "string", minLength: 1 },
            },
          },
        },
      ],
    },
    vcpus: { type: "integer", minimum: 0 },
    memory_mb: { type: "integer", minimum: 0 },
    disk_gb: { type: "number", minimum: 0 },
    storage: { type: "array", items: { type: "string" } },
    templates: { type: "array", items: { type: "string" } },
    categories: { type: "array", minItems: 1, items: { type: "string" } },
    migration_bucket: { type: "string", pattern: "^[A-Za-z0-9_-]+$" },
    migration_transport: { enum: ["stream", "object-store"] },
    migration_compression: { enum: ["none", "deflate"] },
    migration_budget: {
      type: "object",
      additionalProperties: false,
      properties: { fleet: { type: "integer", minimum: 0 }, per_source: { type: "integer", minimum: 0 }, per_target: { type: "integer", minimum: 0 }, lease_ttl: DURATION },
    },
    uri: { type: "string", minLength: 1 },
    domain_type: { type: "string", minLength: 1 },
    shutdown_timeout: DURATION,
    migration_uri: { type: "string" },
    live_migration: { type: "boolean" },
    copy_storage: { type: "boolean" },
    images_dir: { type: "string" },
    lock_wait: DURATION,
  },
} as const;
