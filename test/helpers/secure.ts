/**
 * A secure fleet: keys, a dev CA and broker users from
 * broker-config/secure-setup, nats-server with broker-config/secure.conf
 * (TLS, per-user subject permissions), and agents in enforce mode.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { secureSetup, type SecureSetup } from "../../broker-config/secure-setup.js";
import { startFleet, type AgentSpec, type Fleet } from "./agents.js";
import { startBroker, type Broker } from "./broker.js";
import { runAmpm, type CliResult } from "./cli.js";

export interface SecureFleet {
  broker: Broker;
  setup: SecureSetup;
  fleet: Fleet;
  dir: string;
  /** `ampm` as a caller of the setup (its key, the CA, the broker's URL). */
  ampm(caller: string, args: readonly string[], env?: NodeJS.ProcessEnv): Promise<CliResult>;
  /** What an agent's config needs to join: TLS, its key, the trusted callers (and `security` extras). */
  agentConfig(identity: string, security?: Record<string, unknown>): Record<string, unknown>;
  stop(): Promise<void>;
}

export interface SecureFleetOptions {
  hosts: AgentSpec[];
  operators?: string[];
  viewers?: string[];
  /** Extra `security:` settings for every agent (a policy file, say). */
  security?: Record<string, unknown>;
}

export async function startSecureFleet(options: SecureFleetOptions): Promise<SecureFleet> {
  const dir = mkdtempSync(join(tmpdir(), "ampm-secure-"));
  const setup = secureSetup({
    out: join(dir, "broker"),
    hosts: options.hosts.map((h) => h.identity),
    operators: options.operators ?? ["alice"],
    viewers: options.viewers ?? ["viewer"],
  });
  const broker = await startBroker(setup.conf);
  const agentConfig = (identity: string, security: Record<string, unknown> = {}) => ({
    tls: { ca: setup.ca },
    security: { mode: "enforce", key: setup.hostKeys[identity], trusted_file: setup.trustedFile, ...options.security, ...security },
  });
  const fleet = await startFleet(
    broker.url,
    options.hosts.map((h) => ({ ...h, config: { ...h.config, ...agentConfig(h.identity, (h.config?.security as Record<string, unknown>) ?? {}) } })),
    join(dir, "fleet"),
  );
  return {
    broker,
    setup,
    fleet,
    dir,
    agentConfig,
    ampm: (caller, args, env = {}) =>
      runAmpm([...args, "--server", broker.url], { env: { AMPM_KEY: setup.callerKeys[caller], AMPM_TLS_CA: setup.ca, ...env }, timeoutMs: 60_000 }),
    stop: async () => {
      await fleet.stop();
      await broker.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
