/**
 * Real ampm-agent processes (the compiled daemon), each with its own
 * config file and state directory.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { stringify } from "yaml";
import { AGENT_MAIN } from "./paths.js";

export interface AgentSpec {
  identity: string;
  tags?: string[];
  facts?: Record<string, unknown>;
  /** Extra config keys. */
  config?: Record<string, unknown>;
  args?: string[];
  /** Extra environment for the agent process (e.g. AMPM_CRASH_AT). */
  env?: Record<string, string>;
}

export interface AgentProcess {
  identity: string;
  spec: AgentSpec;
  process: ChildProcess;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  dir: string;
  configFile: string;
  log(): string;
  /** Lines of the JSON log. */
  entries(): Record<string, unknown>[];
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export async function startAgent(server: string, spec: AgentSpec, root = mkdtempSync(join(tmpdir(), "ampm-agent-"))): Promise<AgentProcess> {
  const dir = join(root, spec.identity);
  mkdirSync(dir, { recursive: true });
  const configFile = join(dir, "agent.yaml");
  writeFileSync(
    configFile,
    stringify({
      identity: spec.identity,
      servers: [server],
      tags: spec.tags ?? [],
      facts: spec.facts ?? {},
      state_dir: join(dir, "state"),
      log_level: "info",
      shipped_plugins: false,
      // Tests of everything but security run unsigned; test/integration/security.test.ts runs enforce mode.
      security: { mode: "dev" },
      ...spec.config,
    }),
  );
  return spawnAgent(spec, dir, configFile);
}

/** Starts (or starts again, after a stop or a crash) the agent of a config file written by startAgent. */
export async function spawnAgent(spec: AgentSpec, dir: string, configFile: string): Promise<AgentProcess> {
  // `env -i`: the agent starts with a clean environment, as under systemd, not with the test runner's instrumentation.
  const env = [`PATH=${process.env.PATH ?? "/usr/bin:/bin"}`, `HOME=${process.env.HOME ?? "/root"}`, ...Object.entries(spec.env ?? {}).map(([k, v]) => `${k}=${v}`)];
  const child = spawn("env", ["-i", ...env, process.execPath, AGENT_MAIN, "--config", configFile, ...(spec.args ?? [])], { stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  let ready: () => void;
  const isReady = new Promise<void>((resolve) => (ready = resolve));
  child.stdout!.on("data", (d) => {
    log += d;
    if (log.includes('"msg":"agent ready"')) ready();
  });
  child.stderr!.on("data", (d) => (log += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const outcome = await Promise.race([isReady.then(() => "ready"), exited.then(() => "exited"), sleep(15_000).then(() => "timeout")]);
  if (outcome !== "ready") {
    child.kill("SIGKILL");
    throw new Error(`agent ${spec.identity} did not start (${outcome}):\n${log}`);
  }
  return {
    identity: spec.identity,
    spec,
    process: child,
    exited,
    dir,
    configFile,
    log: () => log,
    entries: () =>
      log
        .split("\n")
        .filter((l) => l.startsWith("{"))
        .map((l) => JSON.parse(l) as Record<string, unknown>),
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const code = await Promise.race([exited, sleep(10_000).then(() => "timeout" as const)]);
      if (code === "timeout") {
        child.kill("SIGKILL");
        return null;
      }
      return code;
    },
  };
}

export interface Fleet {
  agents: AgentProcess[];
  root: string;
  get(identity: string): AgentProcess;
  stop(): Promise<void>;
}

export function fleetRoot(): string {
  return mkdtempSync(join(tmpdir(), "ampm-fleet-"));
}

export async function startFleet(server: string, specs: AgentSpec[], root = fleetRoot()): Promise<Fleet> {
  const agents = await Promise.all(specs.map((spec) => startAgent(server, spec, root)));
  return {
    agents,
    root,
    get: (identity) => {
      const agent = agents.find((a) => a.identity === identity);
      if (!agent) throw new Error(`no agent ${identity} in the fleet`);
      return agent;
    },
    stop: async () => {
      await Promise.all(agents.map((a) => a.stop()));
      rmSync(root, { recursive: true, force: true });
    },
  };
}
