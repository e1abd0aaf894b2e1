/**
 * What the hypervisor agent's actions accept, as JSON Schema over their
 * decoded bodies (ampm.v1 messages as plain objects, camelCase, with empty
 * strings, nulls and empty lists left out: `required` means "given and not
 * empty"). The dispatcher checks a body against its action's schema before
 * the action runs (MISSING_DATA / INVALID_DATA naming the field), so no
 * action sees a name that could leave its directory or a half-formed
 * instance. Names follow proto/wire/names.ts (the formats ampm-*).
 */
const hostname = { type: "string", format: "ampm-hostname" };
const id = { type: "string", format: "ampm-id" };
const name = { type: "string", format: "ampm-name" };
/** Plugin, category and agent names: lower case, as subjects and manifests have them. */
const kind = { type: "string", pattern: "^[a-z][a-z0-9_-]{0,63}$" };
const text = (max: number) => ({ type: "string", maxLength: max });
const count = (min: number, max: number) => ({ type: "integer", minimum: min, maximum: max });
const list = (items: object, max: number) => ({ type: "array", items, maxItems: max });
/** Object store object names (not paths anywhere): "<migration id>.<volume>", "import-<hex>". */
const object = { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,191}$" };
/** A migrated volume's object, or "" when the source streams it. */
const objectOrStream = { type: "string", pattern: "^([A-Za-z0-9][A-Za-z0-9._-]{0,191})?$" };
const sha256 = { type: "string", pattern: "^[0-9a-f]{64}$" };
const mac = { type: "string", pattern: "^[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}$" };
/** Bridges and other interface names (IFNAMSIZ). */
const bridge = { type: "string", pattern: "^[A-Za-z0-9._-]{1,15}$" };
const tags = list({ type: "string", minLength: 1, maxLength: 128, pattern: "^[^\\u0000-\\u001f\\u007f]*$" }, 64);
const template = { type: "string", pattern: "^[a-z][a-z0-9_-]{0,63}:[a-z0-9][a-z0-9._-]{0,127}$", not: { pattern: "\\.\\." } };
const GB = 1024 ** 3;

const resources = {
  type: "object",
  required: ["vcpus", "memoryMb"],
  properties: { vcpus: count(1, 4096), memoryMb: count(1, 64 * 1024 * 1024) },
};

const profile = {
  type: "object",
  required: ["name", "resources", "volumes"],
  properties: {
    name: { type: "string", maxLength: 128, pattern: "^[^\\u0000-\\u001f\\u007f/]+$" },
    description: text(1024),
    template,
    resources,
    volumes: list({ type: "object", required: ["name", "sizeBytes", "storage"], properties: { name, sizeBytes: count(1, 1024 * 1024 * GB), storage: kind } }, 16),
    nics: list({ type: "object", properties: { bridge, vlan: count(0, 4094) } }, 16),
    tags,
    category: kind,
    requirements: text(4096),
    spread: text(128),
  },
};

const volume = {
  type: "object",
  required: ["name", "storage", "volume"],
  properties: { name, storage: kind, volume: name, sizeBytes: count(0, 1024 * 1024 * GB), path: text(4096) },
};

const instance = {
  type: "object",
  required: ["hostname", "resources", "volumes"],
  properties: {
    hostname,
    profile: text(128),
    category: kind,
    tags,
    resources,
    volumes: list(volume, 16),
    nics: list({ type: "object", properties: { mac, bridge, vlan: count(0, 4094) } }, 16),
    template,
    state: text(32),
    host: hostname,
    createdAtMs: { type: "integer", minimum: 0 },
    spread: text(128),
    requirements: text(4096),
    slot: name,
    mounted: { type: "boolean" },
  },
};

const planEntry = {
  type: "object",
  properties: { instance: text(300), target: hostname, reason: text(1024), hostname },
};

function body(properties: Record<string, object>, required: string[] = []): object {
  return { type: "object", required, properties };
}

export const INPUT_SCHEMAS = Object.freeze({
  status: body({}),
  instances: body({ hostname }),
  setEnabled: body({ enabled: { type: "boolean" }, reason: text(1024) }),
  create: body({ hostname, profile }, ["hostname", "profile"]),
  instance: body({ hostname }, ["hostname"]),
  migrate: body({ hostname, target: hostname }, ["hostname", "target"]),
  evacuate: body({ parallel: count(0, 64), dryRun: { type: "boolean" }, plan: list(planEntry, 4096) }),
  jobs: body({ id }),
  migrateIn: body(
    {
      migrationId: id,
      instance,
      source: hostname,
      start: { type: "boolean" },
      volumes: list({ type: "object", required: ["name", "sha256"], properties: { name, object: objectOrStream, sha256, bytes: { type: "integer", minimum: 0 }, format: name } }, 16),
    },
    ["migrationId", "instance", "source"],
  ),
  migration: body({ migrationId: id }, ["migrationId"]),
  imageExport: body({ hostname, stop: { type: "boolean" }, bucket: id }, ["hostname"]),
  imageImport: body({ hostname, profile, bucket: id, object, sha256, format: name }, ["hostname", "profile", "object", "sha256"]),
  redeploy: body({ hostname, image: name }, ["hostname", "image"]),
});
