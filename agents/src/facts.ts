/**
 * The host's facts, later sources winning: built-in ones (os, cpus, memory
 * ...), the facts file (YAML or JSON, re-read on SIGHUP), the config's
 * `facts`, and facts contributed by agents at the time of asking. `identity`
 * is always the agent's identity.
 */
import os from "node:os";
import { ConfigError } from "../../proto/wire/index.js";
import { readYamlFile } from "../../proto/domain/index.js";

export type Facts = Record<string, unknown>;
export type FactProvider = () => Facts;

export function builtinFacts(identity: string, version: string): Facts {
  return {
    identity,
    hostname: os.hostname(),
    os: os.platform(),
    kernel: os.release(),
    arch: os.arch(),
    cpus: os.cpus().length,
    memory_mb: Math.round(os.totalmem() / (1024 * 1024)),
    node_version: process.versions.node,
    ampm_version: version,
  };
}

export function readFactsFile(path: string): Facts {
  const value = readYamlFile(path, "facts file");
  if (value === null || value === undefined) return {};
  if (typeof value !== "object" || Array.isArray(value)) {
    throw new ConfigError(`facts file ${path} must hold a map of fact names to values`);
  }
  return value as Facts;
}

export class FactSource {
  private fileFacts: Facts = {};
  private readonly providers: FactProvider[] = [];

  constructor(
    private readonly builtin: Facts,
    private readonly configured: Facts,
    private readonly file?: string,
  ) {
    this.reload();
  }

  /** Re-reads the facts file; on error keeps the previous facts and throws. */
  reload(): void {
    if (this.file) this.fileFacts = readFactsFile(this.file);
  }

  addProvider(provider: FactProvider): void {
    this.providers.push(provider);
  }

  snapshot(): Facts {
    const out: Facts = { ...this.builtin, ...this.fileFacts, ...this.configured };
    for (const provider of this.providers) Object.assign(out, provider());
    out.identity = this.builtin.identity;
    return out;
  }
}
