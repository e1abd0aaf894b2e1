/**
 * Client options: defaults, a config file, and AMPM_* environment
 * variables. The CLI puts its flags on top.
 */
import { existsSync } from "node:fs";
import os from "node:os";
import { basename, join } from "node:path";
import { check, compileSchema, ConfigError, readYamlFile } from "../../proto/wire/index.js";

export interface ClientOptions {
  servers?: string[];
  /** Who asks: recorded by agents, and the token of this caller's reply subjects. Default: the key's name, else the user name. */
  caller?: string;
  /** Key file (an nkeys user seed, mode 0600): requests are signed with it, and it logs in to the broker unless other credentials are given. */
  key?: string;
  user?: string;
  password?: string;
  token?: string;
  /** NATS credentials file. */
  creds?: string;
  tls?: { ca?: string; cert?: string; key?: string };
  /** How long actions may run, and how long to wait for their replies. */
  timeoutMs?: number;
  /** Broadcast discovery: overall cap, and the quiet window that ends it early. */
  discoveryTimeoutMs?: number;
  discoveryQuietMs?: number;
  /** How long a request stays valid after it was created. */
  ttlMs?: number;
  /** Extra wait for replies beyond timeoutMs (network, queueing). */
  graceMs?: number;
  connectTimeoutMs?: number;
}

export type ResolvedClientOptions = Required<Omit<ClientOptions, "user" | "password" | "token" | "creds" | "tls" | "key">> &
  Pick<ClientOptions, "user" | "password" | "token" | "creds" | "tls" | "key">;

export const CLIENT_DEFAULTS = Object.freeze({
  servers: Object.freeze(["nats://127.0.0.1:4222"]) as readonly string[],
  timeoutMs: 10_000,
  discoveryTimeoutMs: 2000,
  discoveryQuietMs: 300,
  ttlMs: 60_000,
  graceMs: 1000,
  connectTimeoutMs: 5000,
});

export function defaultCaller(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER ?? "anonymous";
  }
}

/** The caller name a key file stands for: its file name without the extension ("keys/alice.nk" is alice). */
export function keyName(file: string): string {
  return basename(file).replace(/\.(nk|seed|key)$/, "");
}

export function resolveOptions(...layers: ClientOptions[]): ResolvedClientOptions {
  const out: Record<string, unknown> = { ...CLIENT_DEFAULTS, servers: [...CLIENT_DEFAULTS.servers] };
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer)) if (value !== undefined) out[key] = value;
  }
  out.caller ??= typeof out.key === "string" ? keyName(out.key) : defaultCaller();
  return out as ResolvedClientOptions;
}

const str = { type: "string", minLength: 1 };
const ms = { type: "integer", minimum: 1 };
const FILE_SCHEMA = {
  type: "object",
  additionalProperties: false,
  properties: {
    servers: { type: "array", minItems: 1, items: str },
    caller: str,
    key: str,
    user: str,
    password: { type: "string" },
    token: str,
    creds: str,
    tls: { type: "object", additionalProperties: false, properties: { ca: str, cert: str, key: str } },
    timeout_ms: ms,
    discovery_timeout_ms: ms,
    discovery_quiet_ms: ms,
    ttl_ms: ms,
    profiles: { type: "array", items: str },
  },
} as const;

interface FileShape {
  servers?: string[];
  caller?: string;
  key?: string;
  user?: string;
  password?: string;
  token?: string;
  creds?: string;
  tls?: { ca?: string; cert?: string; key?: string };
  timeout_ms?: number;
  discovery_timeout_ms?: number;
  discovery_quiet_ms?: number;
  ttl_ms?: number;
  profiles?: string[];
}

/** The config file to read: explicit, $AMPM_CONFIG, ~/.config/ampm/client.yaml, /etc/ampm/client.yaml. */
export function findConfigFile(explicit?: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (explicit) return explicit;
  if (env.AMPM_CONFIG) return env.AMPM_CONFIG;
  for (const candidate of [join(os.homedir(), ".config", "ampm", "client.yaml"), "/etc/ampm/client.yaml"]) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Reads a client config file (YAML or JSON); ConfigError names the file and field. */
export function readClientConfig(path: string): ClientOptions & { profiles?: string[] } {
  const value = readYamlFile(path, "config file") ?? {};
  const problems = check(compileSchema(FILE_SCHEMA), value);
  if (problems.length > 0) throw new ConfigError(`config file ${path}: ${problems.map((p) => p.message).join("; ")}`);
  const f = value as FileShape;
  return {
    servers: f.servers,
    caller: f.caller,
    key: f.key,
    user: f.user,
    password: f.password,
    token: f.token,
    creds: f.creds,
    tls: f.tls,
    timeoutMs: f.timeout_ms,
    discoveryTimeoutMs: f.discovery_timeout_ms,
    discoveryQuietMs: f.discovery_quiet_ms,
    ttlMs: f.ttl_ms,
    profiles: f.profiles,
  };
}

/** AMPM_SERVER(S), AMPM_CALLER, AMPM_KEY, AMPM_USER, AMPM_PASSWORD, AMPM_TOKEN, AMPM_CREDS, AMPM_TLS_CA/CERT/KEY. */
export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): ClientOptions {
  const servers = env.AMPM_SERVERS ?? env.AMPM_SERVER;
  const tls = env.AMPM_TLS_CA || env.AMPM_TLS_CERT || env.AMPM_TLS_KEY ? { ca: env.AMPM_TLS_CA, cert: env.AMPM_TLS_CERT, key: env.AMPM_TLS_KEY } : undefined;
  return {
    servers: servers ? servers.split(",").map((s) => s.trim()).filter(Boolean) : undefined,
    caller: env.AMPM_CALLER || undefined,
    key: env.AMPM_KEY || undefined,
    user: env.AMPM_USER || undefined,
    password: env.AMPM_PASSWORD || undefined,
    token: env.AMPM_TOKEN || undefined,
    creds: env.AMPM_CREDS || undefined,
    tls,
  };
}
