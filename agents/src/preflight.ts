/**
 * `ampm-agent --check`: every reason the agent would refuse to start (or
 * start crippled) that can be known without the broker, each in words.
 *
 *   config ─▶ security (key file and its mode, trusted callers, policy) ─▶ files (facts, TLS, creds)
 *          ─▶ plugin directories ─▶ state directory ─▶ metrics address ─▶ problems[]
 */
import { accessSync, constants, existsSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { SigningKey } from "../../proto/wire/index.js";
import { SHIPPED_PLUGIN_DIRS, type AgentConfig } from "./config.js";
import { readFactsFile } from "./facts.js";
import { parseListen } from "./metrics/listen.js";
import { Policy, SECURITY_DEFAULTS, TrustStore } from "./security/index.js";

function attempt(problems: string[], fn: () => void): void {
  try {
    fn();
  } catch (err) {
    problems.push((err as Error).message);
  }
}

function readable(problems: string[], path: string | undefined, what: string): void {
  if (!path) return;
  try {
    accessSync(path, constants.R_OK);
  } catch (err) {
    problems.push(`${what}: cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

/** The nearest existing directory at or above `dir`. */
function existingAncestor(dir: string): string {
  let d = dir;
  while (!existsSync(d) && dirname(d) !== d) d = dirname(d);
  return d;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The problems of a resolved config; an empty list means the agent can start (given a broker). */
export function preflight(config: AgentConfig): string[] {
  const problems: string[] = [];
  const security = { ...SECURITY_DEFAULTS, ...config.security };
  if (security.key) attempt(problems, () => SigningKey.fromFile(security.key!));
  attempt(problems, () => {
    const trust = TrustStore.load(security.callers, security.trusted_file);
    if (security.mode === "enforce" && trust.size === 0) {
      problems.push("security: no trusted callers in enforce mode, so this host would refuse every request (add security.callers or security.trusted_file, or set security.mode: dev on a test machine)");
    }
  });
  attempt(problems, () => Policy.load(security.policy_file, security.mode === "dev" ? "allow" : "deny"));
  if (config.facts_file) attempt(problems, () => readFactsFile(config.facts_file!));
  readable(problems, config.tls?.ca, "tls.ca");
  readable(problems, config.tls?.cert, "tls.cert");
  readable(problems, config.tls?.key, "tls.key");
  readable(problems, config.creds, "creds");
  for (const dir of config.plugin_dirs) {
    if (!isDirectory(dir)) problems.push(`plugin_dirs: ${dir} is not a directory`);
  }
  if (config.shipped_plugins) {
    for (const dir of SHIPPED_PLUGIN_DIRS) {
      if (!isDirectory(dir)) problems.push(`the shipped plugins are not at ${dir} (set shipped_plugins: false to run without them)`);
    }
  }
  const stateRoot = existingAncestor(config.state_dir);
  if (!isDirectory(stateRoot)) problems.push(`state_dir: ${stateRoot} is not a directory`);
  else {
    try {
      accessSync(stateRoot, constants.W_OK);
    } catch {
      problems.push(`state_dir: cannot write to ${stateRoot} (for ${config.state_dir})`);
    }
  }
  if (config.metrics) attempt(problems, () => parseListen(config.metrics!.listen));
  return problems;
}
