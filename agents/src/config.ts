/**
 * ampm-agent configuration, per key, highest first: flags ▸ AMPM_AGENT_*
 * environment ▸ a YAML or JSON file (checked against a schema; errors name
 * the file and the field) ▸ defaults. Maps (tls, facts, hypervisor,
 * security, plugins) merge key by key. Durations take a unit ("30s", "1h")
 * or are milliseconds.
 */
import os from "node:os";
import { join, resolve } from "node:path";
import { HYPERVISOR_DEFAULTS, HYPERVISOR_SCHEMA, type HypervisorSettings } from "./hypervisor/settings.js";
import { parseListen } from "./metrics/listen.js";
import { SECURITY_DEFAULTS, SECURITY_SCHEMA, type SecuritySettings } from "./security/settings.js";
import type { RegistrySettings } from "./registry.js";
import { assertValidIdentity, BUNDLE, checkReplicas, ConfigError, PACKAGE_ROOT } from "../../proto/wire/index.js";
import { REGISTRY_DEFAULTS, check, compileSchema, DURATION, mergeLayers, readYamlFile } from "../../proto/domain/index.js";

export type LogLevel = "trace" | "debug" | "info" | "warn" | "error" | "fatal" | "silent";

export interface AgentConfig {
  identity: string;
  servers: string[];
  user?: string;
  password?: string;
  token?: string;
  creds?: string;
  tls?: { ca?: string; cert?: string; key?: string };
  tags: string[];
  facts: Record<string, unknown>;
  facts_file?: string;
  state_dir: string;
  /** Directories of external plugins, searched in order. */
  plugin_dirs: string[];
  /** Also search the plugins shipped with ampm (agents/plugins/{storage,template}). */
  shipped_plugins: boolean;
  /** Each plugin's own settings, by plugin name (sent to it as `config`). */
  plugins: Record<string, Record<string, unknown>>;
  /** Present: this host runs instances (the hypervisor agent). */
  hypervisor?: HypervisorSettings;
  /** Signed requests, trusted callers, policy, audit (security/settings.ts). */
  security: SecuritySettings;
  /** The host registry entry: heartbeat interval, heartbeats missed before the host counts as gone, the bucket's max age (set by whoever creates it). */
  registry: RegistrySettings;
  /** The JetStream assets this agent creates (registry, instance index, audit stream, object stores): copies kept, 3 on a 3-node cluster. */
  jetstream: { replicas: number };
  /** Absent: no HTTP endpoint. `listen`: where /metrics and /healthz are served (a bare port: 127.0.0.1). */
  metrics?: { listen: string };
  log_level: LogLevel;
  max_concurrent: number;
  /** The longest ttl a request may ask for (ms). */
  max_ttl: number;
  /** How far a caller's clock may be ahead (ms). */
  clock_skew: number;
}

export function defaultConfig(): AgentConfig {
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  return {
    identity: os.hostname(),
    servers: ["nats://127.0.0.1:4222"],
    tags: [],
    facts: {},
    state_dir: root ? "/var/lib/ampm" : join(os.homedir(), ".local", "state", "ampm"),
    plugin_dirs: [],
    shipped_plugins: true,
    plugins: {},
    security: { ...SECURITY_DEFAULTS, callers: [] },
    registry: { heartbeat: REGISTRY_DEFAULTS.heartbeatMs, missed: REGISTRY_DEFAULTS.missed, max_age: REGISTRY_DEFAULTS.maxAgeMs },
    jetstream: { replicas: 1 },
    log_level: "info",
    max_concurrent: 256,
    max_ttl: 60 * 60 * 1000,
    clock_skew: 30_000,
  };
}

const string = { type: "string", minLength: 1 };
const SCHEMA = {
  type: "object",
  additionalProperties: false,
  properties: {
    identity: string,
    servers: { type: "array", minItems: 1, items: string },
    user: string,
    password: { type: "string" },
    token: string,
    creds: string,
    tls: { type: "object", additionalProperties: false, properties: { ca: string, cert: string, key: string } },
    tags: { type: "array", items: { type: "string", pattern: "^\\S+$" } },
    facts: { type: "object" },
    facts_file: string,
    state_dir: string,
    plugin_dirs: { type: "array", items: string },
    shipped_plugins: { type: "boolean" },
    plugins: { type: "object", additionalProperties: { type: "object" } },
    hypervisor: HYPERVISOR_SCHEMA,
    security: SECURITY_SCHEMA,
    registry: {
      type: "object",
      additionalProperties: false,
      properties: { heartbeat: DURATION, missed: { type: "integer", minimum: 1, maximum: 100 }, max_age: DURATION },
    },
    jetstream: { type: "object", additionalProperties: false, properties: { replicas: { type: "integer", minimum: 1, maximum: 5 } } },
    metrics: { type: "object", additionalProperties: false, required: ["listen"], properties: { listen: { type: ["string", "integer"] } } },
    log_level: { enum: ["trace", "debug", "info", "warn", "error", "fatal", "silent"] },
    max_concurrent: { type: "integer", minimum: 1, maximum: 100000 },
    max_ttl: DURATION,
    clock_skew: DURATION,
  },
} as const;

/** The plugin directories shipped with ampm: agents/plugins in a checkout or the npm package; beside a bundle, where it says (the .deb: /usr/lib/ampm/plugins). */
const SHIPPED_PLUGIN_ROOT = BUNDLE ? resolve(PACKAGE_ROOT, BUNDLE.plugins) : join(PACKAGE_ROOT, "agents", "plugins");
export const SHIPPED_PLUGIN_DIRS: readonly string[] = ["storage", "template"].map((kind) => join(SHIPPED_PLUGIN_ROOT, kind));

/** Where the agent looks for plugins: the configured directories, then (unless turned off) the shipped ones. */
export function pluginPath(config: AgentConfig): string[] {
  return [...config.plugin_dirs, ...(config.shipped_plugins ? SHIPPED_PLUGIN_DIRS : [])];
}

/** Reads and checks a config file; throws ConfigError naming the file and each bad field. */
export function readConfigFile(path: string): Partial<AgentConfig> {
  const value = readYamlFile(path, "config file") ?? {};
  const problems = check(compileSchema(SCHEMA), value);
  if (problems.length > 0) {
    throw new ConfigError(`config file ${path}: ${problems.map((p) => p.message).join("; ")}`);
  }
  return value as Partial<AgentConfig>;
}

/** AMPM_AGENT_IDENTITY, AMPM_AGENT_SERVER (comma-separated), AMPM_AGENT_STATE_DIR, AMPM_AGENT_LOG_LEVEL: the flags' variables. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<AgentConfig> {
  const servers = env.AMPM_AGENT_SERVER?.split(",").map((s) => s.trim()).filter(Boolean);
  return {
    identity: env.AMPM_AGENT_IDENTITY || undefined,
    servers: servers?.length ? servers : undefined,
    state_dir: env.AMPM_AGENT_STATE_DIR || undefined,
    log_level: (env.AMPM_AGENT_LOG_LEVEL || undefined) as LogLevel | undefined,
  };
}

/** Defaults, then each layer (lowest first: file, environment, flags), per key; checks what only makes sense whole. */
export function resolveConfig(...layers: Partial<AgentConfig>[]): AgentConfig {
  const merged = mergeLayers<AgentConfig>(defaultConfig(), ...layers);
  merged.registry = mergeLayers<RegistrySettings>(defaultConfig().registry, merged.registry ?? {});
  if (merged.registry.heartbeat < 100) throw new ConfigError(`registry.heartbeat ${merged.registry.heartbeat} ms: at least 100ms`);
  if (merged.registry.max_age !== 0 && merged.registry.max_age < merged.registry.heartbeat * merged.registry.missed) {
    throw new ConfigError("registry.max_age must be longer than registry.heartbeat × registry.missed (or 0: kept), or live hosts would vanish between heartbeats");
  }
  merged.jetstream = { ...defaultConfig().jetstream, ...merged.jetstream };
  checkReplicas(merged.jetstream.replicas, "jetstream.replicas");
  if (merged.hypervisor) merged.hypervisor = mergeLayers<HypervisorSettings>(HYPERVISOR_DEFAULTS, merged.hypervisor);
  if (!["trace", "debug", "info", "warn", "error", "fatal", "silent"].includes(merged.log_level)) throw new ConfigError(`log level "${merged.log_level}": trace, debug, info, warn, error, fatal or silent`);
  if (merged.metrics) {
    merged.metrics = { listen: String(merged.metrics.listen) };
    parseListen(merged.metrics.listen);
  }
  assertValidIdentity(merged.identity);
  return merged;
}
