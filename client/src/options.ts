/**
 * Client options and where they come from. The CLI and the library resolve
 * them the same way, per key, highest first:
 *
 *   flags (the caller's own)  ▸  environment (AMPM_*, then NATS_URL)  ▸  context  ▸  config file  ▸  CLIENT_DEFAULTS
 *
 *   const client = await connect(fromEnvironment());
 */
import os from "node:os";
import { basename } from "node:path";
import { checkReplicas } from "../../proto/wire/index.js";
import { mergeLayers } from "../../proto/domain/index.js";
import { defaultProfileDirs, findConfigFile, readClientConfig, readContext, selectedContext, type ConfigEnv } from "./config.js";

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
  /** Copies of the JetStream assets this caller creates (attributes bucket, image object store): 3 on a 3-node cluster (config `jetstream: { replicas: 3 }`, AMPM_JETSTREAM_REPLICAS). */
  replicas?: number;
  /** Directories of profiles, searched in order (resolveProfile). */
  profiles?: string[];
  /** Sees each request, discovery and reply as it happens (the CLI's --verbose and --debug). */
  trace?: (event: TraceEvent) => void;
}

/** What a client reports to `trace`: a one-line message and its details. */
export interface TraceEvent {
  /** "connect", "discovery", "request", "reply". */
  kind: string;
  message: string;
  /** Replies are "debug" (one per host); the rest "verbose". */
  level: "verbose" | "debug";
}

type Optional = "user" | "password" | "token" | "creds" | "tls" | "key" | "trace";
export type ResolvedClientOptions = Required<Omit<ClientOptions, Optional>> & Pick<ClientOptions, Optional>;

export const CLIENT_DEFAULTS = Object.freeze({
  servers: Object.freeze(["nats://127.0.0.1:4222"]) as readonly string[],
  timeoutMs: 10_000,
  discoveryTimeoutMs: 2000,
  discoveryQuietMs: 300,
  ttlMs: 60_000,
  graceMs: 1000,
  connectTimeoutMs: 5000,
  replicas: 1,
  profiles: Object.freeze([]) as readonly string[],
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

/** Options over CLIENT_DEFAULTS, merged per key; the caller defaults to the key's name. */
export function resolveOptions(...layers: ClientOptions[]): ResolvedClientOptions {
  const out = mergeLayers<ResolvedClientOptions>({ ...CLIENT_DEFAULTS, servers: [...CLIENT_DEFAULTS.servers], profiles: [] }, ...layers);
  out.caller ??= out.key ? keyName(out.key) : defaultCaller();
  return out;
}

const list = (value: string | undefined, separator: string) =>
  value
    ? value
        .split(separator)
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;

/**
 * AMPM_SERVER(S) (else NATS_URL), AMPM_CALLER, AMPM_KEY, AMPM_USER,
 * AMPM_PASSWORD, AMPM_TOKEN, AMPM_CREDS, AMPM_TLS_CA/CERT/KEY, AMPM_PROFILES
 * (colon-separated), AMPM_JETSTREAM_REPLICAS. An empty variable is not set.
 */
export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): ClientOptions {
  return {
    servers: list(env.AMPM_SERVERS || env.AMPM_SERVER || env.NATS_URL, ","),
    caller: env.AMPM_CALLER || undefined,
    key: env.AMPM_KEY || undefined,
    user: env.AMPM_USER || undefined,
    password: env.AMPM_PASSWORD || undefined,
    token: env.AMPM_TOKEN || undefined,
    creds: env.AMPM_CREDS || undefined,
    tls: { ca: env.AMPM_TLS_CA || undefined, cert: env.AMPM_TLS_CERT || undefined, key: env.AMPM_TLS_KEY || undefined },
    profiles: list(env.AMPM_PROFILES, ":"),
    replicas: env.AMPM_JETSTREAM_REPLICAS ? checkReplicas(/^\d+$/.test(env.AMPM_JETSTREAM_REPLICAS) ? Number(env.AMPM_JETSTREAM_REPLICAS) : env.AMPM_JETSTREAM_REPLICAS, "AMPM_JETSTREAM_REPLICAS") : undefined,
  };
}

export interface EnvironmentOptions {
  /** Default process.env: AMPM_*, NATS_URL, AMPM_CONFIG, AMPM_CONTEXT, XDG_CONFIG_HOME, HOME. */
  env?: ConfigEnv;
  /** A config file instead of $AMPM_CONFIG, $XDG_CONFIG_HOME/ampm/client.yaml, /etc/ampm/client.yaml. */
  config?: string;
  /** A context instead of $AMPM_CONTEXT or the selected one (ampm context use). */
  context?: string;
  /** The caller's own options (the CLI's flags), over everything else. */
  overrides?: ClientOptions;
}

/**
 * Options as the `ampm` command finds them: the config file, then the
 * context, then the environment, then `overrides`, per key. Throws a
 * ConfigError for a file that is not valid or a context that does not exist.
 */
export function fromEnvironment(options: EnvironmentOptions = {}): ClientOptions {
  const env = options.env ?? process.env;
  const file = findConfigFile(options.config, env);
  const contextName = options.context ?? selectedContext(env);
  return mergeLayers<ClientOptions>({ profiles: defaultProfileDirs(env) }, file ? readClientConfig(file) : {}, contextName ? readContext(contextName, env) : {}, optionsFromEnv(env), options.overrides);
}
