/**
 * The caller's files: a config file and named contexts (a context is a
 * config file with a name: which broker, TLS, key and profiles), under the
 * XDG config directory.
 *
 *   $XDG_CONFIG_HOME/ampm/          (default ~/.config/ampm)
 *     client.yaml                   settings for every context
 *     contexts/<name>.yaml          one per fleet: ampm context add|use|ls|show|rm
 *     context                       the name of the selected one
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { stringify } from "yaml";
import { ConfigError } from "../../proto/wire/index.js";
import { check, compileSchema, DURATION, readYamlFile } from "../../proto/domain/index.js";
import type { ClientOptions } from "./options.js";

/** The environment variables that say where files are. */
export type ConfigEnv = NodeJS.ProcessEnv;

/** $XDG_CONFIG_HOME/ampm, else ~/.config/ampm. */
export function configDir(env: ConfigEnv = process.env): string {
  return join(env.XDG_CONFIG_HOME || join(env.HOME || os.homedir(), ".config"), "ampm");
}

/** Where profiles are looked for when nothing says: <configDir>/profiles and /etc/ampm/profiles, those that exist. */
export function defaultProfileDirs(env: ConfigEnv = process.env): string[] {
  return [join(configDir(env), "profiles"), "/etc/ampm/profiles"].filter((dir) => existsSync(dir));
}

/** The config file to read: explicit, $AMPM_CONFIG, <configDir>/client.yaml, /etc/ampm/client.yaml; undefined when none exists. */
export function findConfigFile(explicit?: string, env: ConfigEnv = process.env): string | undefined {
  if (explicit) return explicit;
  if (env.AMPM_CONFIG) return env.AMPM_CONFIG;
  return [join(configDir(env), "client.yaml"), "/etc/ampm/client.yaml"].find((candidate) => existsSync(candidate));
}

const str = { type: "string", minLength: 1 };
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
    timeout: DURATION,
    discovery_timeout: DURATION,
    discovery_quiet: DURATION,
    ttl: DURATION,
    profiles: { type: "array", items: str },
    jetstream: { type: "object", additionalProperties: false, properties: { replicas: { type: "integer", minimum: 1, maximum: 5 } } },
  },
} as const;

/** A config or context file's keys (durations in milliseconds once checked). */
interface FileShape {
  servers?: string[];
  caller?: string;
  key?: string;
  user?: string;
  password?: string;
  token?: string;
  creds?: string;
  tls?: { ca?: string; cert?: string; key?: string };
  timeout?: number;
  discovery_timeout?: number;
  discovery_quiet?: number;
  ttl?: number;
  profiles?: string[];
  jetstream?: { replicas?: number };
}

/** Reads a client config (or context) file, YAML or JSON; a ConfigError names the file and field. */
export function readClientConfig(path: string, what = "config file"): ClientOptions {
  const value = readYamlFile(path, what) ?? {};
  const problems = check(compileSchema(FILE_SCHEMA), value);
  if (problems.length > 0) throw new ConfigError(`${what} ${path}: ${problems.map((p) => p.message).join("; ")}`);
  const { timeout, discovery_timeout, discovery_quiet, ttl, jetstream, ...rest } = value as FileShape;
  return { ...rest, timeoutMs: timeout, discoveryTimeoutMs: discovery_timeout, discoveryQuietMs: discovery_quiet, ttlMs: ttl, replicas: jetstream?.replicas };
}

/** The same settings as a file holds them (what `ampm context add` writes). */
export function toFileShape(options: ClientOptions): FileShape {
  const { timeoutMs, discoveryTimeoutMs, discoveryQuietMs, ttlMs, servers, caller, key, user, password, token, creds, tls, profiles, replicas } = options;
  const shape: FileShape = { servers, caller, key, user, password, token, creds, tls, profiles, timeout: timeoutMs, discovery_timeout: discoveryTimeoutMs, discovery_quiet: discoveryQuietMs, ttl: ttlMs, jetstream: replicas === undefined ? undefined : { replicas } };
  if (tls && !tls.ca && !tls.cert && !tls.key) delete shape.tls;
  return JSON.parse(JSON.stringify(shape)) as FileShape;
}

// --- contexts ---

const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** Where a context lives: <configDir>/contexts/<name>.yaml. */
export function contextFile(name: string, env: ConfigEnv = process.env): string {
  if (!NAME.test(name)) throw new ConfigError(`context name "${name}": letters, digits and _ . - (it is a file name)`);
  return join(configDir(env), "contexts", `${name}.yaml`);
}

const selectionFile = (env: ConfigEnv) => join(configDir(env), "context");

/** The context to use: $AMPM_CONTEXT, else the one `ampm context use` selected; undefined when none. */
export function selectedContext(env: ConfigEnv = process.env): string | undefined {
  if (env.AMPM_CONTEXT) return env.AMPM_CONTEXT;
  try {
    return readFileSync(selectionFile(env), "utf8").trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Names of the contexts there are, sorted. */
export function listContexts(env: ConfigEnv = process.env): string[] {
  try {
    return readdirSync(join(configDir(env), "contexts"))
      .filter((f) => f.endsWith(".yaml"))
      .map((f) => f.slice(0, -".yaml".length))
      .sort();
  } catch {
    return [];
  }
}

/** A context's settings; a ConfigError when there is no such context. */
export function readContext(name: string, env: ConfigEnv = process.env): ClientOptions {
  const file = contextFile(name, env);
  if (!existsSync(file)) {
    const known = listContexts(env);
    throw new ConfigError(`no context "${name}" (${known.length ? `there are: ${known.join(", ")}` : "there are none: ampm context add NAME --server URL ..."})`);
  }
  return readClientConfig(file, "context");
}

/** Writes a context (mode 600: it may hold a password); returns its file. */
export function writeContext(name: string, options: ClientOptions, env: ConfigEnv = process.env): string {
  const file = contextFile(name, env);
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, stringify(toFileShape(options)), { mode: 0o600 });
  return file;
}

/** Selects a context for later commands (or none, with undefined). */
export function useContext(name: string | undefined, env: ConfigEnv = process.env): void {
  if (name === undefined) {
    rmSync(selectionFile(env), { force: true });
    return;
  }
  readContext(name, env);
  mkdirSync(configDir(env), { recursive: true, mode: 0o700 });
  writeFileSync(selectionFile(env), `${name}\n`);
}

/** Removes a context (and the selection, when it was the selected one). */
export function removeContext(name: string, env: ConfigEnv = process.env): void {
  readContext(name, env);
  rmSync(contextFile(name, env));
  if (!env.AMPM_CONTEXT && selectedContext(env) === name) useContext(undefined, env);
}
