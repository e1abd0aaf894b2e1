/** The `hypervisor:` section of the agent config. */
export interface HypervisorSettings {
  driver: string;
  slots: number;
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
  /** JetStream object store bucket for volume data in transit. */
  migration_bucket: string;
  /** Driver-specific settings (libvirt: uri, ...). */
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
    slots: { type: "integer", minimum: 0 },
    vcpus: { type: "integer", minimum: 0 },
    memory_mb: { type: "integer", minimum: 0 },
    disk_gb: { type: "number", minimum: 0 },
    storage: { type: "array", items: { type: "string" } },
    templates: { type: "array", items: { type: "string" } },
    categories: { type: "array", minItems: 1, items: { type: "string" } },
    migration_bucket: { type: "string", pattern: "^[A-Za-z0-9_-]+$" },
  },
} as const;
